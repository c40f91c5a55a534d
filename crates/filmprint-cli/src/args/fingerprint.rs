//! The default command's arguments (the fingerprint picture of one movie) and their plan.

use std::path::{Path, PathBuf};

use clap::Args;
use filmprint::AnalysisSettings;
use filmprint::analyse::palette::PaletteSettings;
use filmprint::fingerprint::check_palette;
use filmprint::render::SwatchLayout;

use super::picture::refuse_stdout;
use super::{AnalysisArgs, Input, PalettePlan, PictureArgs, Plan, ShotsPlan, check_outputs, is_json, usage};

/// The default command: the fingerprint picture.
#[derive(Debug, Args)]
pub struct FingerprintArgs {
    /// The movie (anything FFmpeg reads: mp4, mkv, avi, webm, mov, ts, …)
    #[arg(required = true)]
    pub movie: Option<PathBuf>,

    /// Colors shown per bar: the first D clusters, top to bottom (at most K)
    #[arg(short = 'd', long, value_name = "D", default_value_t = AnalysisSettings::default().colors)]
    pub colors: usize,

    /// Also write the fingerprint's numbers (per bar: times, colors as hex and Oklab, shares,
    /// average, squeezed column) as JSON, which `filmprint render` draws again
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Also write the film's palette as a swatch (PNG, or SVG/PDF for a .svg/.pdf name); the JSON then
    /// includes it
    #[arg(long, value_name = "FILE")]
    pub palette: Option<PathBuf>,

    /// Colors in the palette
    #[arg(long, value_name = "P", default_value_t = PaletteSettings::default().colors, requires = "palette")]
    pub palette_colors: usize,

    /// Write each color's hex code and share on the palette swatch
    #[arg(long, requires = "palette")]
    pub palette_labels: bool,

    /// Also write an interactive page: hover a bar for its time code, colors, shares and a
    /// thumbnail of its frame; the palette, settings and timings (one self-contained file)
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,

    /// Also find the film's shots (every frame is decoded, about the time of a full decode):
    /// the JSON and the page then hold them, and --bars shots draws a bar per shot
    #[arg(long)]
    pub shots: bool,

    /// Also measure the film's loudness per bar (reads the sound; the wave styles turn it on)
    #[arg(long)]
    pub loudness: bool,

    #[command(flatten)]
    pub picture: PictureArgs,

    #[command(flatten)]
    pub analysis: AnalysisArgs,
}

impl FingerprintArgs {
    pub(super) fn into_plan(self) -> Result<Plan, String> {
        let movie = self.movie.ok_or("a movie file is required")?;
        if is_json(&movie) {
            return Err(format!(
                "'{}' looks like a saved fingerprint: draw it with `filmprint render {}`",
                movie.display(),
                movie.display()
            ));
        }
        let mut analysis = self.analysis.settings(self.colors)?;
        // The page shows each bar's frame.
        analysis.thumbnails = self.html.is_some();
        let pictures = self.picture.jobs(&movie)?;
        let outputs: Vec<&Path> = pictures
            .iter()
            .map(|p| p.path.as_path())
            .chain(self.picture.csv.as_deref())
            .chain(self.json.as_deref())
            .chain(self.palette.as_deref())
            .chain(self.html.as_deref())
            .collect();
        check_outputs(&movie, &outputs)?;
        if let Some(path) = &self.palette {
            refuse_stdout(path, "--palette")?;
        }
        check_palette(self.palette_colors, 0, analysis.samples).map_err(|e| usage(&e))?;
        let palette = self.palette.map(|picture| PalettePlan {
            colors: self.palette_colors,
            segments: 0,
            layout: SwatchLayout { labels: self.palette_labels, ..SwatchLayout::default() },
            pictures: vec![picture],
            csv: None,
        });
        let by_shot = pictures.iter().any(|job| job.settings.bars == filmprint::render::BarUnit::Shots);
        Ok(Plan {
            input: Input::Movie(movie),
            pictures,
            csv: self.picture.csv,
            json: self.json,
            html: self.html,
            palette,
            shots: (self.shots || by_shot).then(ShotsPlan::default),
            loudness: self.loudness,
            font: self.picture.font,
            bar_colors: None,
            analysis,
            threads: self.analysis.threads,
            quiet: self.analysis.quiet,
            timings: self.analysis.timings,
        })
    }
}
