//! `filmprint compare`: two films or saved fingerprints, one picture of how they differ, the
//! numbers as JSON, a page to explore them.

use std::path::{Path, PathBuf};

use clap::Args;
use filmprint::AnalysisSettings;
use filmprint::compare::{CompareSettings, MAX_SEGMENTS};

use super::picture::{derived_name, refuse_stdout};
use super::{AnalysisArgs, check_outputs, is_json};

/// `filmprint compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The first film (A): a movie, or a fingerprint .json saved with --json
    pub a: PathBuf,

    /// The second film (B), compared against A
    pub b: PathBuf,

    /// The picture: A's bars over B's, a ΔE strip, the alignment, the spans only one has (PNG,
    /// or SVG/PDF for a .svg/.pdf name) [default: A-vs-B.png in the current folder]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Also the picture as SVG
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,

    /// Also everything as JSON: alignment, timing, only-in-one spans, grade overall and per
    /// segment, distance, KALMUS' scores ('-' for standard output)
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Also an interactive page: hover a moment for both films' times and colors
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,

    /// Find the movies' shots (every frame is decoded) and compare shot by shot, as when both
    /// saved fingerprints hold shots
    #[arg(long)]
    pub shots: bool,

    /// Equal parts of A whose grade is reported each on its own
    #[arg(long, value_name = "S", default_value_t = CompareSettings::default().segments)]
    pub segments: usize,

    /// Width of the picture in pixels (the height follows)
    #[arg(long, value_name = "PX", default_value_t = 2000)]
    pub width: u32,

    /// Font of the labels (TTF/OTF) [default: the embedded font]
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,

    #[command(flatten)]
    pub analysis: AnalysisArgs,
}

/// Where a film of the comparison comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Film {
    /// A movie, analysed with the plan's settings.
    Movie(PathBuf),
    /// A saved fingerprint.
    Fingerprint(PathBuf),
}

impl Film {
    pub fn path(&self) -> &Path {
        match self {
            Film::Movie(path) | Film::Fingerprint(path) => path,
        }
    }
}

/// A checked `compare` run.
#[derive(Debug)]
pub struct ComparePlan {
    pub a: Film,
    pub b: Film,
    /// How a movie is analysed; `None` to take a saved fingerprint's settings (one movie and
    /// one fingerprint: the movie is analysed as the fingerprint was made).
    pub analysis: Option<AnalysisSettings>,
    pub settings: CompareSettings,
    /// Find the movies' shots.
    pub shots: bool,
    pub picture: PathBuf,
    pub svg: Option<PathBuf>,
    pub json: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub width: u32,
    pub font: Option<PathBuf>,
    pub threads: usize,
    pub quiet: bool,
}

impl ComparePlan {
    /// Every file the run writes.
    pub fn outputs(&self) -> Vec<&Path> {
        [Some(self.picture.as_path()), self.svg.as_deref(), self.json.as_deref(), self.html.as_deref()]
            .into_iter()
            .flatten()
            .collect()
    }
}

/// `a-vs-b.png` from the inputs' names.
fn default_picture(a: &Path, b: &Path) -> Result<PathBuf, String> {
    let stem = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let b_part = format!("-vs-{}.png", stem(b));
    derived_name(a, &b_part)
}

impl CompareArgs {
    pub(super) fn into_plan(self) -> Result<ComparePlan, String> {
        if self.segments == 0 || self.segments > MAX_SEGMENTS {
            return Err(format!("--segments: must be 1..={MAX_SEGMENTS}"));
        }
        if !(400..=filmprint::render::MAX_WHOLE_SIZE).contains(&self.width) {
            return Err(format!("--width: must be 400..={} pixels", filmprint::render::MAX_WHOLE_SIZE));
        }
        let film = |path: PathBuf| if is_json(&path) { Film::Fingerprint(path) } else { Film::Movie(path) };
        let (a, b) = (film(self.a), film(self.b));
        let settings = self.analysis.settings(AnalysisSettings::default().colors)?;
        let movies = [&a, &b].iter().filter(|f| matches!(f, Film::Movie(_))).count();
        if self.shots && movies == 0 {
            return Err(
                "--shots finds the shots of movies: saved fingerprints keep the shots they were made \
                        with"
                    .into(),
            );
        }
        let analysis = match movies {
            2 => Some(settings),
            _ if settings != AnalysisSettings::default() => {
                return Err(
                    "analysis options apply only when both films are movies: a saved fingerprint keeps \
                            its settings, and a movie compared with one is analysed as it was made"
                        .into(),
                );
            }
            _ => None,
        };
        let picture = match self.output {
            Some(path) => path,
            None => default_picture(a.path(), b.path())?,
        };
        refuse_stdout(&picture, "-o")?;
        if filmprint::render::PictureFormat::of(&picture).is_none() {
            return Err(format!(
                "-o: cannot tell the picture format of '{}': name it {}",
                picture.display(),
                filmprint::render::PictureFormat::NAMES
            ));
        }
        if self.analysis.timings {
            return Err(
                "--timings: not for compare (time each film's analysis with `filmprint MOVIE --timings`)"
                    .into(),
            );
        }
        for (path, flag) in [(&self.svg, "--svg"), (&self.html, "--html")] {
            if let Some(path) = path {
                refuse_stdout(path, flag)?;
            }
        }
        let plan = ComparePlan {
            a,
            b,
            analysis,
            settings: CompareSettings { segments: self.segments, ..CompareSettings::default() },
            shots: self.shots,
            picture,
            svg: self.svg,
            json: self.json,
            html: self.html,
            width: self.width,
            font: self.font,
            threads: self.analysis.threads,
            quiet: self.analysis.quiet,
        };
        for input in [plan.a.path(), plan.b.path()] {
            check_outputs(input, &plan.outputs())?;
        }
        Ok(plan)
    }
}
