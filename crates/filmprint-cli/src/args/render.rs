//! `filmprint render`: a saved fingerprint drawn again, in any style, size, title and format.

use std::path::{Path, PathBuf};

use clap::Args;
use filmprint::AnalysisSettings;

use super::{Input, PictureArgs, Plan, check_outputs};

/// `filmprint render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A fingerprint saved with --json
    pub fingerprint: PathBuf,

    /// Colors shown per bar, from each frame's clusters (at most the K it was made with)
    /// [default: as it was made]
    #[arg(short = 'd', long, value_name = "D")]
    pub colors: Option<usize>,

    /// Say nothing on success (the summary line a terminal gets)
    #[arg(short, long)]
    pub quiet: bool,

    #[command(flatten)]
    pub picture: PictureArgs,
}

/// For a `render` input that is not JSON at all: if it is a movie, the message that says how
/// to draw a movie.
fn movie_given_to_render(path: &Path) -> Option<String> {
    let mut head = [0u8; 64];
    // Only a regular file is opened (a FIFO would wait for a writer); reading it is bounded.
    let mut file = filmprint::files::open_regular(path, u64::MAX, "a fingerprint").ok()?;
    let read = std::io::Read::read(&mut file, &mut head).ok()?;
    let first = head[..read].iter().find(|b| !b.is_ascii_whitespace())?;
    if *first == b'{' || filmprint::decode::probe_film(path) != filmprint::decode::FilmProbe::Film {
        return None;
    }
    Some(format!(
        "'{}' is a movie, not a fingerprint: make its picture with `filmprint {}` (add --json FILE to \
         save a fingerprint that `filmprint render` draws again)",
        path.display(),
        path.display()
    ))
}

impl RenderArgs {
    pub(super) fn into_plan(self) -> Result<Plan, String> {
        if let Some(message) = movie_given_to_render(&self.fingerprint) {
            return Err(message);
        }
        let pictures = self.picture.jobs(&self.fingerprint)?;
        let outputs: Vec<&Path> =
            pictures.iter().map(|p| p.path.as_path()).chain(self.picture.csv.as_deref()).collect();
        check_outputs(&self.fingerprint, &outputs)?;
        Ok(Plan {
            input: Input::Fingerprint(self.fingerprint),
            pictures,
            csv: self.picture.csv,
            json: None,
            html: None,
            palette: None,
            shots: None,
            loudness: false,
            font: self.picture.font,
            bar_colors: self.colors,
            analysis: AnalysisSettings::default(),
            threads: 0,
            quiet: self.quiet,
            timings: false,
        })
    }
}
