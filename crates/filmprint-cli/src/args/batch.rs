//! `filmprint batch` and `filmprint merge`: the options of a run over many films, checked once
//! for all of them.

use std::path::PathBuf;

use clap::Args;
use filmprint::AnalysisSettings;
use filmprint::batch::{FilmKey, Shard};

use super::{AnalysisArgs, PictureArgs};

/// `filmprint batch`.
#[derive(Debug, Args)]
#[command(mut_arg("output", |a| a
    .required(true)
    .value_name("DIR")
    .help("Folder for every film's outputs (made if missing): NAME.png, NAME.json (and NAME.html), \
           with NAME from the film's file name")))]
pub struct BatchArgs {
    /// Movie files, folders (their films, found by probing, not by extension) and glob patterns
    /// (quote them: 'films/*.mkv')
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Also look for films in every folder below the given ones
    #[arg(short, long)]
    pub recursive: bool,

    /// Films made at the same time; the cores are shared out between them [default: 1 per 2
    /// cores, at least 1]
    #[arg(short, long, value_name = "J")]
    pub jobs: Option<usize>,

    /// Make every film again, even those whose outputs are up to date
    #[arg(long)]
    pub force: bool,

    /// Take only the I-th of N slices of the films (1 <= I <= N), to spread a library over
    /// machines; `filmprint merge` then joins the slices' manifests
    #[arg(long, value_name = "I/N")]
    pub shard: Option<Shard>,

    /// Also write an interactive page per film (NAME.html: hover a bar for its time, colors and
    /// frame) and an index.html gallery of all films
    #[arg(long)]
    pub html: bool,

    /// Colors shown per bar: the first D clusters, top to bottom (at most K)
    #[arg(short = 'd', long, value_name = "D", default_value_t = AnalysisSettings::default().colors)]
    pub colors: usize,

    #[command(flatten)]
    pub picture: PictureArgs,

    #[command(flatten)]
    pub analysis: AnalysisArgs,
}

/// `filmprint merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The output folder the shards wrote into (their filmprint-batch-I-of-N.json manifests)
    pub folder: PathBuf,

    /// Also build the index.html gallery of all films
    #[arg(long)]
    pub html: bool,
}

/// A checked batch run.
#[derive(Debug)]
pub struct BatchPlan {
    pub inputs: Vec<PathBuf>,
    pub recursive: bool,
    pub folder: PathBuf,
    pub jobs: usize,
    /// Threads for each film's own work.
    pub threads_per_film: usize,
    pub force: bool,
    pub shard: Option<Shard>,
    pub html: bool,
    pub analysis: AnalysisSettings,
    pub picture: PictureArgs,
    pub quiet: bool,
    /// What the outputs depend on: a film made with other analysis settings is made again,
    /// one drawn with other picture options is drawn again from its fingerprint.
    pub key: FilmKey,
}

/// A checked merge.
#[derive(Debug)]
pub struct MergePlan {
    pub folder: PathBuf,
    pub html: bool,
}

impl BatchArgs {
    pub fn into_plan(self) -> Result<BatchPlan, String> {
        let mut analysis = self.analysis.settings(self.colors)?;
        // The pages show each bar's frame.
        analysis.thumbnails = self.html;
        self.picture.check()?;
        if self.picture.csv.is_some() {
            return Err("--csv names one file: in a batch, each film's numbers are in its NAME.json".into());
        }
        let folder = self.picture.output.clone().ok_or("batch needs an output folder: -o DIR")?;
        if folder.is_file() {
            return Err(format!("-o '{}' is a file: batch writes into a folder", folder.display()));
        }
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let cores = if self.analysis.threads > 0 { self.analysis.threads } else { cores };
        let jobs = match self.jobs {
            Some(0) => return Err("--jobs must be at least 1".into()),
            Some(j) => j,
            None => (cores / 2).max(1),
        };
        // The cores are shared out: films side by side, each with its share of threads, so the
        // machine is busy but never oversubscribed.
        let threads_per_film = (cores / jobs).max(1);
        // Thumbnails are for the pages: not part of what the analysis finds.
        let analysis_key = AnalysisSettings { thumbnails: false, ..analysis.clone() };
        let mut analysis_value = serde_json::to_value(&analysis_key).map_err(|e| e.to_string())?;
        // Bars by shot need the shots, found in a pass of their own (with exact samples): a
        // film made without them is made again, not drawn again from its fingerprint.
        if self.picture.bars == super::picture::Bars::Shots
            && let Some(fields) = analysis_value.as_object_mut()
        {
            fields.insert("shots".into(), serde_json::Value::Bool(true));
        }
        let key = FilmKey { analysis: analysis_value, picture: self.picture.key() };
        Ok(BatchPlan {
            inputs: self.inputs,
            recursive: self.recursive,
            folder,
            jobs,
            threads_per_film,
            force: self.force,
            shard: self.shard,
            html: self.html,
            analysis,
            quiet: self.analysis.quiet,
            picture: self.picture,
            key,
        })
    }
}

impl MergeArgs {
    pub fn into_plan(self) -> Result<MergePlan, String> {
        if !self.folder.is_dir() {
            return Err(format!("'{}' is not a folder", self.folder.display()));
        }
        Ok(MergePlan { folder: self.folder, html: self.html })
    }
}
