//! `filmprint palette`: the film's dominant colors with their share of screen time.

use std::path::{Path, PathBuf};

use clap::Args;
use filmprint::AnalysisSettings;
use filmprint::analyse::palette::PaletteSettings;
use filmprint::fingerprint::check_palette;
use filmprint::render::{PictureFormat, SwatchLayout};

use super::picture::{derived_name, refuse_stdout};
use super::{AnalysisArgs, Input, PalettePlan, Plan, check_outputs, is_json, usage};

/// `filmprint palette`.
#[derive(Debug, Args)]
pub struct PaletteArgs {
    /// The movie, or a fingerprint .json saved with --json (then nothing is decoded, and the
    /// analysis options cannot be used: the saved settings stand)
    pub input: PathBuf,

    /// Swatch to write: PNG, or SVG/PDF for a .svg/.pdf name [default: the input's name with
    /// -palette.png, in the current folder]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Colors in the palette
    #[arg(short = 'p', long = "colors", value_name = "P", default_value_t = PaletteSettings::default().colors)]
    pub colors: usize,

    /// Also a palette for each of S equal parts of the film (rows below the film's)
    #[arg(long, value_name = "S", default_value_t = 0)]
    pub segments: usize,

    /// Bar widths proportional to the colors' shares of screen time (else equal)
    #[arg(long)]
    pub proportional: bool,

    /// Write each color's hex code and share on its bar
    #[arg(long)]
    pub labels: bool,

    /// Also write the swatch as SVG
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,

    /// Also write the palette as CSV (one row per color: hex, RGB, Oklab, share)
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,

    /// Also write the fingerprint, palette included, as JSON
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    #[command(flatten)]
    pub analysis: AnalysisArgs,
}

impl PaletteArgs {
    pub(super) fn into_plan(self) -> Result<Plan, String> {
        let analysis = self.analysis.settings(1)?;
        if !is_json(&self.input) {
            check_palette(self.colors, self.segments, analysis.samples).map_err(|e| usage(&e))?;
        }
        let is_json = is_json(&self.input);
        if is_json && analysis != (AnalysisSettings { colors: 1, ..AnalysisSettings::default() }) {
            return Err(
                "analysis options do not apply to a saved fingerprint: it keeps the settings it was made \
                        with"
                    .into(),
            );
        }
        let picture = match self.output {
            Some(path) => path,
            None => derived_name(&self.input, "-palette.png")?,
        };
        refuse_stdout(&picture, "-o")?;
        if let Some(svg) = &self.svg {
            refuse_stdout(svg, "--svg")?;
        }
        let mut pictures = vec![picture];
        pictures.extend(self.svg);
        for (picture, flag) in pictures.iter().zip(["-o", "--svg"]) {
            if PictureFormat::of(picture).is_none() {
                return Err(format!(
                    "{flag}: cannot tell the picture format of '{}': name it {}",
                    picture.display(),
                    PictureFormat::NAMES
                ));
            }
        }
        let outputs: Vec<&Path> = pictures
            .iter()
            .map(PathBuf::as_path)
            .chain(self.csv.as_deref())
            .chain(self.json.as_deref())
            .collect();
        check_outputs(&self.input, &outputs)?;
        Ok(Plan {
            input: if is_json { Input::Fingerprint(self.input) } else { Input::Movie(self.input) },
            pictures: Vec::new(),
            csv: None,
            json: self.json,
            html: None,
            shots: None,
            loudness: false,
            font: None,
            bar_colors: None,
            palette: Some(PalettePlan {
                colors: self.colors,
                segments: self.segments,
                layout: SwatchLayout {
                    proportional: self.proportional,
                    labels: self.labels,
                    ..SwatchLayout::default()
                },
                pictures,
                csv: self.csv,
            }),
            analysis,
            threads: self.analysis.threads,
            quiet: self.analysis.quiet,
            timings: self.analysis.timings,
        })
    }
}
