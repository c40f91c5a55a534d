//! The command line, and its conversion into the library's settings in one step: validation
//! and defaults live here, the library only ever sees finished settings.

use std::path::{Path, PathBuf};

use clap::{Parser, ValueEnum};
use filmprint::{AnalysisSettings, RenderSettings, SamplingMode};

const EXAMPLES: &str = "\
Examples:
  filmprint movie.mkv
      writes movie.png: 1000 bars, each the dominant color of its frame, titled \"movie\"
  filmprint movie.mkv -n 1800 -k 5 -d 3 --size 3600 --title \"Nausicaä\\nof the\\nValley of the Wind\" --json movie.json
      1800 bars of 3 colors each, a 3600 px square, a three-line title, and the numbers as JSON
  filmprint movie.mkv -k 1 --no-title -o average.png
      each bar is its frame's average color (averaged in linear light)

Exit status: 0 success, 1 the movie or an output file could not be processed, 2 usage error,
130 interrupted.";

/// Sampling modes as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Sampling {
    /// The frame nearest each sample time (decodes the most)
    Exact,
    /// The keyframe nearest each sample time (fastest)
    Keyframe,
    /// A keyframe when one lies within half a sample interval, else the exact frame
    Auto,
}

/// Turn a movie into a color fingerprint: N frames sampled evenly over the film, each drawn as
/// a vertical bar of its dominant colors, with the title over it.
#[derive(Debug, Parser)]
#[command(name = "filmprint", version, after_help = EXAMPLES)]
pub struct Args {
    /// The movie (anything FFmpeg reads: mp4, mkv, avi, webm, mov, ts, …)
    pub movie: PathBuf,

    /// PNG file to write [default: the movie's name with .png, in the current folder]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Number of bars (frames sampled evenly over the film)
    #[arg(short = 'n', long, value_name = "N", default_value_t = 1000)]
    pub samples: usize,

    /// Color clusters found per frame (k-means in Oklab)
    #[arg(short = 'k', long, value_name = "K", default_value_t = 5)]
    pub clusters: usize,

    /// Colors shown per bar: the D largest clusters, most frequent on top (at most K)
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

    /// How frames are chosen
    #[arg(long, value_enum, default_value_t = Sampling::Auto)]
    pub sampling: Sampling,

    /// Seed of the k-means++ initialisation (same seed, same picture)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed: u64,

    /// Worker threads [default: every core]
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub threads: usize,

    /// No progress bar
    #[arg(short, long)]
    pub quiet: bool,
}

/// Everything a run needs, checked.
#[derive(Debug)]
pub struct Plan {
    pub movie: PathBuf,
    pub output: PathBuf,
    pub json: Option<PathBuf>,
    pub analysis: AnalysisSettings,
    pub render: RenderSettings,
    pub threads: usize,
    pub quiet: bool,
}

/// Turns a typed `\n` (backslash, n) into a line break, as the seed's titles were written.
fn unescape_title(title: &str) -> String {
    title.replace("\\n", "\n")
}

/// The default title: the file name without its extension.
fn default_title(movie: &Path) -> String {
    movie.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

impl Args {
    /// Checks the arguments together and builds the run's settings; the error is a usage
    /// message.
    pub fn into_plan(self) -> Result<Plan, String> {
        let analysis = AnalysisSettings {
            samples: self.samples,
            clusters: self.clusters,
            colors: self.colors,
            seed: self.seed,
            sampling: match self.sampling {
                Sampling::Exact => SamplingMode::Exact,
                Sampling::Keyframe => SamplingMode::Keyframe,
                Sampling::Auto => SamplingMode::Auto,
            },
            ..AnalysisSettings::default()
        };
        analysis.validate().map_err(|e| e.to_string())?;
        if let Some(size) = self.size
            && (size == 0 || size > filmprint::render::MAX_SIZE)
        {
            return Err(format!("--size must be between 1 and {}", filmprint::render::MAX_SIZE));
        }
        let output = match self.output {
            Some(path) => path,
            None => {
                let stem = self.movie.file_stem().ok_or_else(|| {
                    format!("cannot derive an output name from '{}'; give one with -o", self.movie.display())
                })?;
                let mut name = stem.to_os_string();
                name.push(".png");
                PathBuf::from(name)
            }
        };
        if same_file(&output, &self.movie) || self.json.as_deref().is_some_and(|j| same_file(j, &self.movie))
        {
            return Err(format!("the output would overwrite the movie '{}'", self.movie.display()));
        }
        if let Some(json) = &self.json
            && (*json == output || same_file(json, &output))
        {
            return Err("-o and --json name the same file".into());
        }
        let title = match (self.no_title, self.title) {
            (true, _) => None,
            (false, Some(title)) => Some(unescape_title(&title)),
            (false, None) => Some(default_title(&self.movie)),
        };
        Ok(Plan {
            movie: self.movie,
            output,
            json: self.json,
            analysis,
            render: RenderSettings { size: self.size, title, ..RenderSettings::default() },
            threads: self.threads,
            quiet: self.quiet,
        })
    }
}

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Plan, String> {
        let args = Args::try_parse_from(std::iter::once("filmprint").chain(args.iter().copied()))
            .map_err(|e| e.to_string())?;
        args.into_plan()
    }

    #[test]
    fn defaults_make_a_titled_png_next_to_the_current_folder() {
        let plan = parse(&["films/Some Movie.2019.mkv"]).unwrap();
        assert_eq!(plan.output, PathBuf::from("Some Movie.2019.png"));
        assert_eq!(plan.render.title.as_deref(), Some("Some Movie.2019"));
        assert_eq!((plan.analysis.samples, plan.analysis.clusters, plan.analysis.colors), (1000, 5, 1));
        assert_eq!(plan.analysis.sampling, SamplingMode::Auto);
    }

    #[test]
    fn titles_take_backslash_n_as_line_breaks() {
        let plan = parse(&["x.mp4", "--title", "Nausicaä\\nof the\\nValley of the Wind"]).unwrap();
        assert_eq!(plan.render.title.as_deref(), Some("Nausicaä\nof the\nValley of the Wind"));
        assert_eq!(parse(&["x.mp4", "--no-title"]).unwrap().render.title, None);
    }

    #[test]
    fn impossible_settings_are_usage_errors() {
        assert!(parse(&["x.mp4", "-n", "0"]).unwrap_err().contains("samples"));
        assert!(parse(&["x.mp4", "-k", "0"]).unwrap_err().contains("clusters"));
        assert!(parse(&["x.mp4", "-k", "2", "-d", "3"]).unwrap_err().contains("cannot exceed"));
        assert!(parse(&["x.mp4", "--size", "0"]).unwrap_err().contains("--size"));
        assert!(parse(&["x.mp4", "-n", "-3"]).is_err());
    }
}
