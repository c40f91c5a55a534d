//! The command line, and its conversion into the library's settings in one step: validation
//! and defaults live here, the library only ever sees finished settings.

mod analysis;
mod batch;
mod compare;
mod examples;
mod fingerprint;
mod fixups;
mod palette;
mod picture;
mod render;
mod shots;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};
use filmprint::render::SwatchLayout;
use filmprint::{AnalysisSettings, Error, Setting};

pub use analysis::AnalysisArgs;
pub use batch::{BatchArgs, BatchPlan, MergeArgs, MergePlan};
pub use compare::{CompareArgs, ComparePlan, Film};
use examples::*;
pub use fingerprint::FingerprintArgs;
pub use fixups::{join_optional_values, mistyped_subcommand};
pub use palette::PaletteArgs;
pub use picture::{PictureArgs, PictureJob};
pub use render::RenderArgs;
pub use shots::{ShotsArgs, ShotsPlan};

const EXAMPLES: &str = "\
Examples:
  filmprint movie.mkv
      writes movie.png: 1000 bars, each the dominant color of its frame, titled \"movie\"
  filmprint movie.mkv -n 1800 -k 5 -d 3 --size 3600 --title \"Nausicaä\\nof the\\nValley of the Wind\" --json movie.json
      1800 bars of 3 colors each, a 3600 px square, a three-line title, and the numbers as JSON
  filmprint movie.mkv -d 3 --style stacked,proportional,ring -o art/movie.png
      three pictures from one analysis: art/movie-stacked.png, -proportional.png, -ring.png
  filmprint render movie.json --style strip --size 3000 --subtitle \"1984\" -o banner.svg
      redraw a saved fingerprint in another style and format, without decoding the movie
  filmprint movie.mkv --ignore-black --rank vivid --palette movie-palette.png
      letterbox bars left out, colorful clusters first, and the film's 8-color palette
  filmprint palette movie.mkv --segments 10 --csv palette.csv
      the film's palette and one per tenth of the film (also from a saved fingerprint .json)
  filmprint movie.mkv --bars shots --json movie.json
      a bar per shot, as wide as the shot is long (every frame is decoded to find the cuts)
  filmprint shots movie.mkv --edl movie.edl
      the shots as CSV, their statistics, and an edit decision list of the cuts
  filmprint compare dvd.mkv bluray.mkv
      how two editions line up, what one lacks, and how their colors differ
  filmprint batch ~/Films -r -o prints --html
      every film below ~/Films into prints/, with an interactive page each and a gallery;
      run it again to resume, or as --shard 1/4 … 4/4 on four machines, then filmprint merge

Exit status: 0 success; 1 an input or output file could not be used (a movie, a fingerprint,
a font, an output folder), in a batch a film failed, or filmprint hit a bug (it says so); 2 the
command line is wrong (an unknown option, a value out of range); 130 interrupted.";

/// Turn a movie into a color fingerprint: N frames sampled evenly over the film, each drawn as
/// a vertical bar of its dominant colors, with the title over it.
#[derive(Debug, Parser)]
#[command(
    name = "filmprint",
    version,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub fingerprint: FingerprintArgs,
}

/// Other things to make.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Draw a fingerprint saved with --json again (any style, size, title, format), without
    /// decoding the movie
    #[command(after_help = RENDER_EXAMPLES)]
    Render(RenderArgs),
    /// The film's palette: its dominant colors with their share of screen time
    #[command(after_help = PALETTE_EXAMPLES)]
    Palette(PaletteArgs),
    /// The film's shots: every cut, dissolve and fade to the frame, each shot's colors, the
    /// shot-length statistics; as CSV, an edit decision list, JSON and a page
    #[command(after_help = SHOTS_EXAMPLES)]
    Shots(ShotsArgs),
    /// Compare two films or saved fingerprints (editions, digitisations, grades): how they line
    /// up in time, what only one has, how their colors differ and where
    #[command(after_help = COMPARE_EXAMPLES)]
    Compare(CompareArgs),
    /// The colors of a saved fingerprint in color space: on the Oklab a–b plane, around the hue
    /// wheel, lightness and chroma over the film
    #[command(after_help = PLOT_EXAMPLES)]
    Plot(crate::plot::PlotArgs),
    /// Fingerprints of many films (files, folders, globs) into one folder, side by side, with a
    /// manifest; an interrupted batch resumes where it stopped
    #[command(after_help = BATCH_EXAMPLES)]
    Batch(BatchArgs),
    /// Join the manifests of a batch run in shards (--shard I/N) and build its gallery
    #[command(after_help = MERGE_EXAMPLES)]
    Merge(MergeArgs),
    /// Print a completion script for a shell
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff)
    #[command(after_help = "Example:\n  filmprint man | man -l -      read it now\n  \
                            filmprint man > /usr/local/share/man/man1/filmprint.1")]
    Man,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Task {
    /// One film (or one saved fingerprint).
    Single(Box<Plan>),
    /// Many films.
    Batch(Box<BatchPlan>),
    /// Joining shards.
    Merge(MergePlan),
    /// Two films compared.
    Compare(Box<ComparePlan>),
    /// Plots of a saved fingerprint.
    Plot(Box<crate::plot::PlotArgs>),
    /// A shell completion script, on standard output.
    Completions(clap_complete::Shell),
    /// The manual page, on standard output.
    Man,
}

/// Where the film's data comes from.
#[derive(Debug)]
pub enum Input {
    /// A movie to decode and analyse.
    Movie(PathBuf),
    /// A fingerprint saved earlier.
    Fingerprint(PathBuf),
}

/// What to make of the palette.
#[derive(Debug)]
pub struct PalettePlan {
    pub colors: usize,
    pub segments: usize,
    pub layout: SwatchLayout,
    /// Swatch pictures (PNG or SVG by extension).
    pub pictures: Vec<PathBuf>,
    pub csv: Option<PathBuf>,
}

/// Everything a run needs, checked.
#[derive(Debug)]
pub struct Plan {
    pub input: Input,
    /// Fingerprint pictures, one per style.
    pub pictures: Vec<PictureJob>,
    /// The per-bar numbers as CSV.
    pub csv: Option<PathBuf>,
    pub json: Option<PathBuf>,
    /// The interactive page (`batch --html`).
    pub html: Option<PathBuf>,
    pub palette: Option<PalettePlan>,
    /// The shots: found (for a movie) when present, and exported.
    pub shots: Option<ShotsPlan>,
    /// Measure the loudness per bar (for a movie; the wave styles also ask for it).
    pub loudness: bool,
    /// The title's font file (`--font`), read before anything is decoded; the embedded font
    /// otherwise.
    pub font: Option<PathBuf>,
    /// Colors per bar to draw a saved fingerprint with (`render -d`).
    pub bar_colors: Option<usize>,
    pub analysis: AnalysisSettings,
    pub threads: usize,
    pub quiet: bool,
    pub timings: bool,
}

impl Plan {
    /// Every file the run writes.
    pub fn outputs(&self) -> Vec<&Path> {
        let palette =
            self.palette.iter().flat_map(|p| p.pictures.iter().map(PathBuf::as_path).chain(p.csv.as_deref()));
        let shots = self.shots.iter().flat_map(|s| s.csv.as_deref().into_iter().chain(s.edl.as_deref()));
        self.pictures
            .iter()
            .map(|p| p.path.as_path())
            .chain(self.csv.as_deref())
            .chain(self.json.as_deref())
            .chain(self.html.as_deref())
            .chain(palette)
            .chain(shots)
            .collect()
    }
}

/// Whether two paths name the same file (the same text, or the same existing file).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
}

/// Refuses outputs that would overwrite the input or each other.
pub(crate) fn check_outputs(input: &Path, outputs: &[&Path]) -> Result<(), String> {
    for (i, output) in outputs.iter().enumerate() {
        if same_file(output, input) {
            return Err(format!("an output would overwrite the input '{}'", input.display()));
        }
        if outputs[..i].iter().any(|other| same_file(other, output)) {
            return Err(format!("two outputs name the same file '{}'", output.display()));
        }
    }
    Ok(())
}

/// The option a library setting is given with on the command line.
pub fn flag(setting: Setting) -> &'static str {
    match setting {
        Setting::Samples => "-n/--samples",
        Setting::Clusters => "-k/--clusters",
        Setting::Colors => "-d/--colors",
        Setting::Restarts => "--restarts",
        Setting::BinBits => "--bin-bits",
        Setting::IgnoreBlack => "--ignore-black",
        Setting::IgnoreWhite => "--ignore-white",
        Setting::MinChroma => "--min-chroma",
        Setting::Span => "--start/--end",
        Setting::Crop => "--crop",
        Setting::PaletteColors => "the palette's colors (-p/--colors, --palette-colors)",
        Setting::Segments => "--segments",
        Setting::Size => "--size",
        Setting::TitleSize => "--title-size",
        Setting::LineSpacing => "--line-spacing",
        Setting::TitleAlpha => "--title-alpha",
        Setting::TimeAxis => "--time-axis",
        // Not options of the command line.
        Setting::AnalysisWidth => "the analysis width",
        _ => "a setting",
    }
}

/// A library error as the command line says it: a setting by the option that gives it.
pub fn usage(error: &Error) -> String {
    match error {
        Error::Setting { setting, why } => format!("{}: {why}", flag(*setting)),
        other => other.to_string(),
    }
}

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

impl Cli {
    /// Checks the arguments together and builds the run's task; the error is a usage message.
    pub fn into_task(self) -> Result<Task, String> {
        Ok(match self.command {
            Some(Command::Palette(args)) => Task::Single(Box::new(args.into_plan()?)),
            Some(Command::Shots(args)) => Task::Single(Box::new(args.into_plan()?)),
            Some(Command::Render(args)) => Task::Single(Box::new(args.into_plan()?)),
            Some(Command::Batch(args)) => Task::Batch(Box::new(args.into_plan()?)),
            Some(Command::Merge(args)) => Task::Merge(args.into_plan()?),
            Some(Command::Compare(args)) => Task::Compare(Box::new(args.into_plan()?)),
            Some(Command::Plot(args)) => {
                crate::plot::check(&args)?;
                Task::Plot(Box::new(args))
            }
            Some(Command::Completions { shell }) => Task::Completions(shell),
            Some(Command::Man) => Task::Man,
            None => Task::Single(Box::new(self.fingerprint.into_plan()?)),
        })
    }

    /// The plan of a one-film command.
    #[cfg(test)]
    pub fn into_plan(self) -> Result<Plan, String> {
        match self.into_task()? {
            Task::Single(plan) => Ok(*plan),
            other => Err(format!("not a one-film command: {other:?}")),
        }
    }
}

#[cfg(test)]
mod tests;
