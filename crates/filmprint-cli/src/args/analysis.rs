//! Options that choose frames and find their colors, shared by every command that reads a movie.

use std::sync::LazyLock;

use clap::{Args, ValueEnum};
use filmprint::analyse::{ColorSpace, Rank};
use filmprint::frame::{CropMode, CropRect};
use filmprint::sample::TimeSpec;
use filmprint::{AnalysisSettings, DEFAULT_IGNORE_BLACK, DEFAULT_IGNORE_WHITE, SamplingMode};

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
    /// Gamma-encoded sRGB, as the classic Python movie-barcode script (scikit-learn k-means) clustered
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

/// What `--ignore-black` and `--ignore-white` mean alone: the library's defaults, as text.
static IGNORE_BLACK_ALONE: LazyLock<String> = LazyLock::new(|| DEFAULT_IGNORE_BLACK.to_string());
static IGNORE_WHITE_ALONE: LazyLock<String> = LazyLock::new(|| DEFAULT_IGNORE_WHITE.to_string());

impl From<SamplingMode> for Sampling {
    fn from(mode: SamplingMode) -> Self {
        match mode {
            SamplingMode::Exact => Sampling::Exact,
            SamplingMode::Keyframe => Sampling::Keyframe,
            SamplingMode::Auto => Sampling::Auto,
        }
    }
}

impl From<ColorSpace> for Space {
    fn from(space: ColorSpace) -> Self {
        match space {
            ColorSpace::Oklab => Space::Oklab,
            ColorSpace::Cielab => Space::Cielab,
            ColorSpace::Srgb => Space::Srgb,
        }
    }
}

impl From<Rank> for RankBy {
    fn from(rank: Rank) -> Self {
        match rank {
            Rank::Share => RankBy::Share,
            Rank::Vivid => RankBy::Vivid,
        }
    }
}

/// How frames are chosen and their colors found (shared by every command).
#[derive(Debug, Args)]
#[command(next_help_heading = "Analysis")]
pub struct AnalysisArgs {
    /// Number of bars (frames sampled evenly over the film)
    #[arg(short = 'n', long, value_name = "N", default_value_t = AnalysisSettings::default().samples)]
    pub samples: usize,

    /// Color clusters found per frame (k-means); 1 gives each frame's average color
    #[arg(short = 'k', long, value_name = "K", default_value_t = AnalysisSettings::default().clusters)]
    pub clusters: usize,

    /// How frames are chosen
    #[arg(long, value_enum, default_value_t = Sampling::from(AnalysisSettings::default().sampling))]
    pub sampling: Sampling,

    /// Sample from this time on, e.g. to skip studio logos: 1:02:03.5, 95s, 2m, 5%
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub start: Option<TimeSpec>,

    /// Sample up to this time, e.g. to leave out the end credits: 1:45:00, 95%, or -8:00 (eight
    /// minutes before the end)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub end: Option<TimeSpec>,

    /// Color space of the clustering
    #[arg(long, value_enum, default_value_t = Space::from(AnalysisSettings::default().color_space))]
    pub space: Space,

    /// Order of a frame's clusters (the bar shows the first D)
    #[arg(long, value_enum, default_value_t = RankBy::from(AnalysisSettings::default().rank))]
    pub rank: RankBy,

    /// Oklab chroma from which a cluster counts as colorful, for --rank vivid
    #[arg(long, value_name = "C", default_value_t = AnalysisSettings::default().min_chroma)]
    pub min_chroma: f32,

    /// Leave out pixels darker than Oklab lightness L (0..1; 0.1 if given alone), e.g. letterbox bars
    #[arg(long, value_name = "L", num_args = 0..=1, require_equals = true, default_missing_value = IGNORE_BLACK_ALONE.as_str())]
    pub ignore_black: Option<f32>,

    /// Leave out pixels lighter than Oklab lightness L (0..1; 0.95 if given alone), e.g. blown-out skies
    #[arg(long, value_name = "L", num_args = 0..=1, require_equals = true, default_missing_value = IGNORE_WHITE_ALONE.as_str())]
    pub ignore_white: Option<f32>,

    /// Read this video stream (its index in the container, as ffprobe lists it) [default: the
    /// film's own: not cover art, the default stream, then the largest picture]
    #[arg(long, value_name = "N")]
    pub stream: Option<usize>,

    /// Replace a sample whose frame is black (a fade, a cut to black) by the nearest frame of
    /// its interval that is not [default: keep black frames, as the classic Python movie-barcode
    /// script did]
    #[arg(long)]
    pub skip_black: bool,

    /// Analyse the whole frame: do not look for letterbox/pillarbox bars to cut off
    #[arg(long, conflicts_with = "crop")]
    pub no_crop: bool,

    /// Analyse only this part of the frame, in source pixels, instead of finding the bars:
    /// WIDTH:HEIGHT:X:Y as in FFmpeg's crop filter, e.g. 1920:800:0:140
    #[arg(long, value_name = "W:H:X:Y")]
    pub crop: Option<CropRect>,

    /// k-means runs per frame; the one with the lowest within-cluster sum of squares is kept
    #[arg(long, value_name = "R", default_value_t = AnalysisSettings::default().restarts)]
    pub restarts: usize,

    /// Bits per channel of the color census clustered (4..8; 8 clusters every distinct color)
    #[arg(long, value_name = "BITS", default_value_t = AnalysisSettings::default().bin_bits)]
    pub bin_bits: u8,

    /// Seed of the k-means++ initialisation (same seed, same picture)
    #[arg(long, value_name = "N", default_value_t = AnalysisSettings::default().seed)]
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

impl AnalysisArgs {
    /// The library's settings, checked; `colors` is the bar's D.
    pub fn settings(&self, colors: usize) -> Result<AnalysisSettings, String> {
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
            start: self.start,
            end: self.end,
            skip_black: self.skip_black,
            stream: self.stream,
            crop: match (self.no_crop, self.crop) {
                (true, _) => CropMode::None,
                (false, Some(rect)) => CropMode::Manual(rect),
                (false, None) => CropMode::Auto,
            },
            ..AnalysisSettings::default()
        };
        settings.validate().map_err(|e| super::usage(&e))?;
        Ok(settings)
    }
}
