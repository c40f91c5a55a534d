//! `filmprint shots` and what every command needs to know about shots: whether to find them,
//! and where their exports go.

use std::path::{Path, PathBuf};

use clap::Args;

use super::picture::derived_name;
use super::{AnalysisArgs, Input, Plan, check_outputs, is_json};

/// Where the shots go.
#[derive(Debug, Default)]
pub struct ShotsPlan {
    /// One row per shot.
    pub csv: Option<PathBuf>,
    /// The cuts and dissolves as an edit decision list.
    pub edl: Option<PathBuf>,
    /// Print the statistics (`filmprint shots`).
    pub summary: bool,
}

/// `filmprint shots`.
#[derive(Debug, Args)]
pub struct ShotsArgs {
    /// The movie (every frame is decoded), or a fingerprint .json saved with its shots
    pub input: PathBuf,

    /// The shots as CSV, one row per shot: start, end, duration, transition, colors and shares
    /// ('-' for standard output) [default: the input's name with -shots.csv, in the current
    /// folder]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Also an edit decision list (CMX 3600) of the cuts and dissolves, which Resolve and
    /// Premiere import
    #[arg(long, value_name = "FILE")]
    pub edl: Option<PathBuf>,

    /// Also the fingerprint with its shots as JSON (`filmprint render --bars shots` draws it)
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Also an interactive page: the film by shot, hover a shot for its time span, duration
    /// and frame; a shot-length chart
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,

    #[command(flatten)]
    pub analysis: AnalysisArgs,
}

impl ShotsArgs {
    pub(super) fn into_plan(self) -> Result<Plan, String> {
        let is_json = is_json(&self.input);
        let mut analysis = self.analysis.settings(super::AnalysisSettings::default().colors)?;
        if is_json && analysis != super::AnalysisSettings::default() {
            return Err(
                "analysis options do not apply to a saved fingerprint: it keeps the shots it was made \
                        with"
                    .into(),
            );
        }
        analysis.thumbnails = self.html.is_some();
        // The samples are written only with the fingerprint (--json, --html): without them one
        // stands in (a fingerprint has at least one), and nothing is clustered for N bars.
        if self.json.is_none() && self.html.is_none() {
            analysis.samples = 1;
        }
        let csv = match self.output {
            Some(path) => path,
            None => derived_name(&self.input, "-shots.csv")?,
        };
        let outputs: Vec<&Path> =
            [Some(csv.as_path()), self.edl.as_deref(), self.json.as_deref(), self.html.as_deref()]
                .into_iter()
                .flatten()
                .collect();
        check_outputs(&self.input, &outputs)?;
        if outputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
            return Err("only one output can go to standard output ('-')".into());
        }
        Ok(Plan {
            input: if is_json { Input::Fingerprint(self.input) } else { Input::Movie(self.input) },
            pictures: Vec::new(),
            csv: None,
            json: self.json,
            html: self.html,
            palette: None,
            shots: Some(ShotsPlan { csv: Some(csv), edl: self.edl, summary: true }),
            loudness: false,
            font: None,
            bar_colors: None,
            analysis,
            threads: self.analysis.threads,
            quiet: self.analysis.quiet,
            timings: self.analysis.timings,
        })
    }
}
