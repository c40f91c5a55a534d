//! The command line, and its conversion into the library's settings in one step: validation
//! and defaults live here, the library only ever sees finished settings.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use filmprint::analyse::{ColorSpace, Rank};
use filmprint::render::SwatchLayout;
use filmprint::{AnalysisSettings, RenderSettings, SamplingMode};

const EXAMPLES: &str = "\
Examples:
  filmprint movie.mkv
      writes movie.png: 1000 bars, each the dominant color of its frame, titled \"movie\"
  filmprint movie.mkv -n 1800 -k 5 -d 3 --size 3600 --title \"Nausicaä\\nof the\\nValley of the Wind\" --json movie.json
      1800 bars of 3 colors each, a 3600 px square, a three-line title, and the numbers as JSON
  filmprint movie.mkv -k 1 --no-title -o average.png
      each bar is its frame's average color (averaged in linear light)
  filmprint movie.mkv --ignore-black --rank vivid --palette movie-palette.png
      letterbox bars left out, colorful clusters first, and the film's 8-color palette
  filmprint palette movie.mkv --segments 10 --csv palette.csv
      the film's palette and one per tenth of the film (also from a saved fingerprint .json)

Exit status: 0 success, 1 the movie or an output file could not be processed, 2 usage error,
130 interrupted.";

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
    /// The film's palette: its dominant colors with their share of screen time
    Palette(PaletteArgs),
}

/// Sampling modes as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Sampling {
    /// The frame nearest each sample time (decodes the most)
    Exact,
    /// The keyframe nearest each sample time (fastest)
    Keyframe,
    /// A keyframe when one lies inside the sample's interval, else the exact frame
    Auto,
}

/// Color spaces as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Space {
    /// Oklab: perceptually uniform
    Oklab,
    /// CIE L*a*b* (D65)
    Cielab,
    /// Gamma-encoded sRGB, as the original Python pipeline clustered
    Srgb,
}

/// Cluster orders as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RankBy {
    /// Largest share of the frame first
    Share,
    /// Colorful clusters (chroma at least --min-chroma) first, each group by share
    Vivid,
}

/// How frames are chosen and their colors found (shared by every command).
#[derive(Debug, Args)]
pub struct AnalysisArgs {
    /// Number of bars (frames sampled evenly over the film)
    #[arg(short = 'n', long, value_name = "N", default_value_t = 1000)]
    pub samples: usize,

    /// Color clusters found per frame (k-means); 1 gives each frame's average color
    #[arg(short = 'k', long, value_name = "K", default_value_t = 5)]
    pub clusters: usize,

    /// How frames are chosen
    #[arg(long, value_enum, default_value_t = Sampling::Auto)]
    pub sampling: Sampling,

    /// Color space of the clustering
    #[arg(long, value_enum, default_value_t = Space::Oklab)]
    pub space: Space,

    /// Order of a frame's clusters (the bar shows the first D)
    #[arg(long, value_enum, default_value_t = RankBy::Share)]
    pub rank: RankBy,

    /// Oklab chroma from which a cluster counts as colorful, for --rank vivid
    #[arg(long, value_name = "C", default_value_t = 0.04)]
    pub min_chroma: f32,

    /// Leave out pixels darker than Oklab lightness L (0..1; 0.1 if not given, else write
    /// --ignore-black=L), e.g. letterbox bars
    #[arg(long, value_name = "L", num_args = 0..=1, require_equals = true, default_missing_value = "0.1")]
    pub ignore_black: Option<f32>,

    /// Leave out pixels lighter than Oklab lightness L (0..1; 0.95 if not given, else write
    /// --ignore-white=L), e.g. blown-out skies
    #[arg(long, value_name = "L", num_args = 0..=1, require_equals = true, default_missing_value = "0.95")]
    pub ignore_white: Option<f32>,

    /// k-means runs per frame; the one with the lowest within-cluster sum of squares is kept
    #[arg(long, value_name = "R", default_value_t = 5)]
    pub restarts: usize,

    /// Bits per channel of the color census clustered (4..8; 8 clusters every distinct color)
    #[arg(long, value_name = "BITS", default_value_t = 5)]
    pub bin_bits: u8,

    /// Seed of the k-means++ initialisation (same seed, same picture)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed: u64,

    /// Worker threads [default: every core]
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub threads: usize,

    /// No progress bar
    #[arg(short, long)]
    pub quiet: bool,

    /// Print where the time went (and keep the timings in the JSON)
    #[arg(long)]
    pub timings: bool,
}

/// The default command: the fingerprint picture.
#[derive(Debug, Args)]
pub struct FingerprintArgs {
    /// The movie (anything FFmpeg reads: mp4, mkv, avi, webm, mov, ts, …)
    #[arg(required = true)]
    pub movie: Option<PathBuf>,

    /// PNG file to write [default: the movie's name with .png, in the current folder]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Colors shown per bar: the first D clusters, top to bottom (at most K)
    #[arg(short = 'd', long, value_name = "D", default_value_t = 1)]
    pub colors: usize,

    /// Side of the square image in pixels [default: the multiple of N nearest 2000, so every bar
    /// is equally wide]
    #[arg(long, value_name = "PX")]
    pub size: Option<u32>,

    /// Title over the picture; "\n" starts a new line [default: the movie's file name without
    /// extension]
    #[arg(long, value_name = "TEXT", conflicts_with = "no_title")]
    pub title: Option<String>,

    /// Draw no title
    #[arg(long)]
    pub no_title: bool,

    /// Also write the fingerprint's numbers (per bar: times, colors as hex and Oklab, shares) as
    /// JSON
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Also write the film's palette as a swatch (PNG, or SVG for a .svg name); the JSON then
    /// includes it
    #[arg(long, value_name = "FILE")]
    pub palette: Option<PathBuf>,

    /// Colors in the palette
    #[arg(long, value_name = "P", default_value_t = 8, requires = "palette")]
    pub palette_colors: usize,

    #[command(flatten)]
    pub analysis: AnalysisArgs,
}

/// `filmprint palette`.
#[derive(Debug, Args)]
pub struct PaletteArgs {
    /// The movie, or a fingerprint .json saved with --json (then nothing is decoded, and the
    /// analysis options cannot be used: the saved settings stand)
    pub input: PathBuf,

    /// Swatch to write: PNG, or SVG for a .svg name [default: the input's name with
    /// -palette.png, in the current folder]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Colors in the palette
    #[arg(short = 'p', long = "colors", value_name = "P", default_value_t = 8)]
    pub colors: usize,

    /// Also a palette for each of S equal parts of the film (rows below the film's)
    #[arg(long, value_name = "S", default_value_t = 0)]
    pub segments: usize,

    /// Bar widths proportional to the colors' shares of screen time (else equal)
    #[arg(long)]
    pub proportional: bool,

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
    /// The fingerprint picture, when one is made.
    pub output: Option<PathBuf>,
    pub json: Option<PathBuf>,
    pub palette: Option<PalettePlan>,
    pub analysis: AnalysisSettings,
    pub render: RenderSettings,
    pub threads: usize,
    pub quiet: bool,
    pub timings: bool,
}

/// Turns a typed `\n` (backslash, n) into a line break, as the seed's titles were written.
fn unescape_title(title: &str) -> String {
    title.replace("\\n", "\n")
}

/// `<stem><suffix>` in the current folder.
fn derived_name(input: &Path, suffix: &str) -> Result<PathBuf, String> {
    let stem = input.file_stem().ok_or_else(|| {
        format!("cannot derive an output name from '{}'; give one with -o", input.display())
    })?;
    let mut name = stem.to_os_string();
    name.push(suffix);
    Ok(PathBuf::from(name))
}

/// Whether two paths name the same file (the same text, or the same existing file).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
}

impl AnalysisArgs {
    fn settings(&self, colors: usize) -> Result<AnalysisSettings, String> {
        let settings = AnalysisSettings {
            samples: self.samples,
            clusters: self.clusters,
            colors,
            seed: self.seed,
            sampling: match self.sampling {
                Sampling::Exact => SamplingMode::Exact,
                Sampling::Keyframe => SamplingMode::Keyframe,
                Sampling::Auto => SamplingMode::Auto,
            },
            color_space: match self.space {
                Space::Oklab => ColorSpace::Oklab,
                Space::Cielab => ColorSpace::Cielab,
                Space::Srgb => ColorSpace::Srgb,
            },
            rank: match self.rank {
                RankBy::Share => Rank::Share,
                RankBy::Vivid => Rank::Vivid,
            },
            min_chroma: self.min_chroma,
            ignore_black: self.ignore_black,
            ignore_white: self.ignore_white,
            restarts: self.restarts,
            bin_bits: self.bin_bits,
            ..AnalysisSettings::default()
        };
        settings.validate().map_err(|e| e.to_string())?;
        Ok(settings)
    }
}

/// Refuses outputs that would overwrite the input or each other.
fn check_outputs(input: &Path, outputs: &[&Path]) -> Result<(), String> {
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

fn check_palette_colors(colors: usize) -> Result<(), String> {
    if (1..=64).contains(&colors) {
        Ok(())
    } else {
        Err("the palette must have between 1 and 64 colors".into())
    }
}

impl Cli {
    /// Checks the arguments together and builds the run's plan; the error is a usage message.
    pub fn into_plan(self) -> Result<Plan, String> {
        match self.command {
            Some(Command::Palette(args)) => args.into_plan(),
            None => self.fingerprint.into_plan(),
        }
    }
}

impl FingerprintArgs {
    fn into_plan(self) -> Result<Plan, String> {
        let movie = self.movie.ok_or("a movie file is required")?;
        let analysis = self.analysis.settings(self.colors)?;
        if let Some(size) = self.size
            && (size == 0 || size > filmprint::render::MAX_SIZE)
        {
            return Err(format!("--size must be between 1 and {}", filmprint::render::MAX_SIZE));
        }
        let output = match self.output {
            Some(path) => path,
            None => derived_name(&movie, ".png")?,
        };
        let outputs: Vec<&Path> = [Some(output.as_path()), self.json.as_deref(), self.palette.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        check_outputs(&movie, &outputs)?;
        check_palette_colors(self.palette_colors)?;
        let title = match (self.no_title, self.title) {
            (true, _) => None,
            (false, Some(title)) => Some(unescape_title(&title)),
            (false, None) => {
                Some(movie.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default())
            }
        };
        let palette = self.palette.map(|picture| PalettePlan {
            colors: self.palette_colors,
            segments: 0,
            layout: SwatchLayout::default(),
            pictures: vec![picture],
            csv: None,
        });
        Ok(Plan {
            input: Input::Movie(movie),
            output: Some(output),
            json: self.json,
            palette,
            analysis,
            render: RenderSettings { size: self.size, title, ..RenderSettings::default() },
            threads: self.analysis.threads,
            quiet: self.analysis.quiet,
            timings: self.analysis.timings,
        })
    }
}

impl PaletteArgs {
    fn into_plan(self) -> Result<Plan, String> {
        let analysis = self.analysis.settings(1)?;
        check_palette_colors(self.colors)?;
        let is_json = self.input.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if is_json && analysis != (AnalysisSettings { colors: 1, ..AnalysisSettings::default() }) {
            return Err(
                "analysis options do not apply to a saved fingerprint: it keeps the settings it was made \
                        with"
                    .into(),
            );
        }
        if self.segments == 1 || (!is_json && self.segments > analysis.samples) {
            return Err("--segments must be 0 (none) or between 2 and the number of samples (-n)".into());
        }
        let picture = match self.output {
            Some(path) => path,
            None => derived_name(&self.input, "-palette.png")?,
        };
        let mut pictures = vec![picture];
        pictures.extend(self.svg);
        let outputs: Vec<&Path> = pictures
            .iter()
            .map(PathBuf::as_path)
            .chain(self.csv.as_deref())
            .chain(self.json.as_deref())
            .collect();
        check_outputs(&self.input, &outputs)?;
        Ok(Plan {
            input: if is_json { Input::Fingerprint(self.input) } else { Input::Movie(self.input) },
            output: None,
            json: self.json,
            palette: Some(PalettePlan {
                colors: self.colors,
                segments: self.segments,
                layout: SwatchLayout { proportional: self.proportional, ..SwatchLayout::default() },
                pictures,
                csv: self.csv,
            }),
            analysis,
            render: RenderSettings::default(),
            threads: self.analysis.threads,
            quiet: self.analysis.quiet,
            timings: self.analysis.timings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Plan, String> {
        let cli = Cli::try_parse_from(std::iter::once("filmprint").chain(args.iter().copied()))
            .map_err(|e| e.to_string())?;
        cli.into_plan()
    }

    #[test]
    fn defaults_make_a_titled_png_next_to_the_current_folder() {
        let plan = parse(&["films/Some Movie.2019.mkv"]).unwrap();
        assert_eq!(plan.output, Some(PathBuf::from("Some Movie.2019.png")));
        assert_eq!(plan.render.title.as_deref(), Some("Some Movie.2019"));
        assert_eq!((plan.analysis.samples, plan.analysis.clusters, plan.analysis.colors), (1000, 5, 1));
        assert_eq!(plan.analysis.sampling, SamplingMode::Auto);
        assert_eq!(plan.analysis.color_space, ColorSpace::Oklab);
        assert!(plan.palette.is_none());
    }

    #[test]
    fn titles_take_backslash_n_as_line_breaks() {
        let titled = parse(&["x.mp4", "--title", "Nausicaä\\nof the\\nValley of the Wind"]).unwrap();
        assert_eq!(titled.render.title.as_deref(), Some("Nausicaä\nof the\nValley of the Wind"));
        assert_eq!(parse(&["x.mp4", "--no-title"]).unwrap().render.title, None);
    }

    #[test]
    fn color_options_reach_the_settings() {
        // `--ignore-black` without a value before the movie: the movie is not taken as its value.
        let plan =
            parse(&["--ignore-black", "x.mp4", "--space", "cielab", "--rank", "vivid", "--restarts", "3"])
                .unwrap();
        assert_eq!(plan.analysis.color_space, ColorSpace::Cielab);
        assert_eq!(plan.analysis.rank, Rank::Vivid);
        assert_eq!(plan.analysis.ignore_black, Some(0.1));
        assert_eq!(plan.analysis.ignore_white, None);
        assert_eq!(plan.analysis.restarts, 3);
        let white = parse(&["x.mp4", "--ignore-white=0.9"]).unwrap();
        assert_eq!(white.analysis.ignore_white, Some(0.9));
    }

    #[test]
    fn the_palette_command_reads_movies_or_fingerprints() {
        let plan = parse(&["palette", "film.mkv", "--segments", "10", "--csv", "p.csv", "-p", "6"]).unwrap();
        assert!(matches!(plan.input, Input::Movie(_)));
        assert_eq!(plan.output, None);
        let palette = plan.palette.unwrap();
        assert_eq!((palette.colors, palette.segments), (6, 10));
        assert_eq!(palette.pictures, vec![PathBuf::from("film-palette.png")]);
        let saved = parse(&["palette", "film.JSON", "--svg", "p.svg"]).unwrap();
        assert!(matches!(saved.input, Input::Fingerprint(_)));
        assert_eq!(saved.palette.unwrap().pictures.len(), 2);
    }

    #[test]
    fn impossible_settings_are_usage_errors() {
        assert!(parse(&["x.mp4", "-n", "0"]).unwrap_err().contains("samples"));
        assert!(parse(&["x.mp4", "-k", "0"]).unwrap_err().contains("clusters"));
        assert!(parse(&["x.mp4", "-k", "2", "-d", "3"]).unwrap_err().contains("cannot exceed"));
        assert!(parse(&["x.mp4", "--size", "0"]).unwrap_err().contains("--size"));
        assert!(parse(&["x.mp4", "-n", "-3"]).is_err());
        assert!(parse(&["x.mp4", "--ignore-black=2"]).unwrap_err().contains("lightness"));
        assert!(parse(&["x.mp4", "-o", "a.png", "--json", "a.png"]).unwrap_err().contains("same file"));
        assert!(parse(&["palette", "x.mp4", "-p", "0"]).unwrap_err().contains("palette"));
        assert!(parse(&[]).is_err());
    }
}
