//! Options of the fingerprint picture (style, size, title, format), shared by the main command
//! and `render`, and their conversion into one render job per requested style.

use std::path::{Path, PathBuf};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, ValueEnum};
use filmprint::render::{
    BarUnit, FontFile, ImageSize, OutlineMode, PictureFormat, PrintSize, RenderSettings, Style,
    TitlePosition, TitleStyle, parse_length,
};

use super::usage;

/// Parses a style name, listing every style with its description in `--help`.
fn style_parser() -> impl TypedValueParser<Value = Style> {
    PossibleValuesParser::new(Style::ALL.map(|s| PossibleValue::new(s.name()).help(s.description())))
        .try_map(|name| name.parse::<Style>())
}

/// Title positions as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Position {
    /// Over the middle (inside the ring for `ring`)
    Center,
    /// Over the top
    Top,
    /// Over the bottom
    Bottom,
    /// On a solid band below the bars
    Band,
}

/// When to outline the title, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Outlining {
    /// Where the bars behind the title leave it too little contrast (WCAG 3:1)
    Auto,
    /// Always
    On,
    /// Never
    Off,
}

/// A color as `--title-color` and `--background` take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

/// `white`, `black` or `#rrggbb`, as typed.
impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            [255, 255, 255] => f.write_str("white"),
            [0, 0, 0] => f.write_str("black"),
            other => f.write_str(&filmprint::analyse::color::hex(other)),
        }
    }
}

/// `#rrggbb`, `rrggbb`, `white` or `black`.
fn parse_color(text: &str) -> Result<Rgb, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "white" => Ok(Rgb([255, 255, 255])),
        "black" => Ok(Rgb([0, 0, 0])),
        other => filmprint::analyse::color::parse_hex(other)
            .map(Rgb)
            .ok_or_else(|| format!("'{text}' is not a color: write #rrggbb (e.g. #ffcc00), white or black")),
    }
}

fn parse_fraction(text: &str) -> Result<f32, String> {
    text.parse::<f32>()
        .ok()
        .filter(|v| (0.0..=1.0).contains(v))
        .ok_or_else(|| format!("'{text}' is not an opacity between 0 and 1"))
}

/// What the fingerprint picture looks like and where it goes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Picture")]
pub struct PictureArgs {
    /// Picture to write: PNG, or SVG/PDF for a .svg/.pdf name [default: the input's name with .png, in
    /// the current folder]. With several styles, one file per style: NAME-STYLE.png
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Style of the picture; several, comma-separated, make one picture each
    #[arg(long, value_name = "STYLE", value_delimiter = ',', default_value = Style::default().name(), value_parser = style_parser())]
    pub style: Vec<Style>,

    /// Size in pixels: a width (3000; the height follows from the style: square, or a quarter
    /// for strip) or WIDTHxHEIGHT (1920x1080) [default: the multiple of N nearest 2000, so
    /// every bar is equally wide]
    #[arg(long, value_name = "SIZE")]
    pub size: Option<ImageSize>,

    /// Print size: a physical size at a resolution — 24x36in@300, 50x70cm@150, or a preset
    /// (A0–A6, B1, B2, letter, tabloid, legal) as A2@300 (300 dpi when left out); the pixel
    /// size follows, and the PNG (pHYs) and SVG (inches) carry the physical size
    #[arg(long, value_name = "SIZE@DPI", conflicts_with = "size")]
    pub print: Option<PrintSize>,

    /// Picture beyond each edge of the print, cut off after printing: 3mm, 0.125in
    #[arg(long, value_name = "LENGTH", requires = "print", value_parser = parse_length)]
    pub bleed: Option<f64>,

    /// Title; "\n" starts a new line [default: the movie's file name without extension]
    #[arg(long, value_name = "TEXT", conflicts_with = "no_title")]
    pub title: Option<String>,

    /// Draw no title
    #[arg(long)]
    pub no_title: bool,

    /// A smaller line under the title, e.g. "1984 · Hayao Miyazaki"
    #[arg(long, value_name = "TEXT")]
    pub subtitle: Option<String>,

    /// Where the title goes [default: band for strip, else center]
    #[arg(long, value_enum, value_name = "WHERE")]
    pub title_position: Option<Position>,

    /// Title line height in pixels [default: as large as fits]
    #[arg(long, value_name = "PX")]
    pub title_size: Option<f32>,

    /// Title color: #rrggbb, white or black
    #[arg(long, value_name = "COLOR", default_value_t = Rgb(TitleStyle::default().color), value_parser = parse_color)]
    pub title_color: Rgb,

    /// Title opacity, 0..1 [default: 0.667 over the bars, as the classic Python movie-barcode
    /// script drew it; 1 on a band]
    #[arg(long, value_name = "A", value_parser = parse_fraction)]
    pub title_alpha: Option<f32>,

    /// Outline the title's letters (black around a light title, white around a dark one)
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = Outlining::Auto)]
    pub title_outline: Outlining,

    /// Distance between title lines, times the font's own
    #[arg(long, value_name = "F", default_value_t = TitleStyle::default().line_spacing)]
    pub line_spacing: f32,

    /// TrueType/OpenType font for the title [default: the embedded Inter SemiBold]
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,

    /// Draw a time axis with a tick and time code every STEP of film time: minutes (10, 2.5)
    /// or with a unit (30s, 5m, 1h)
    #[arg(long, value_name = "STEP", value_parser = filmprint::render::parse_time_step)]
    pub time_axis: Option<f64>,

    /// Color of the area the bars leave empty (around the ring, the title band)
    #[arg(long, value_name = "COLOR", default_value_t = Rgb(RenderSettings::default().background), value_parser = parse_color)]
    pub background: Rgb,

    /// Leave that area transparent (PNG with alpha; SVG without a background)
    #[arg(long)]
    pub transparent: bool,

    /// What a bar stands for: a sampled frame (N equal bars), or a shot (bars as wide as the
    /// shots are long: the film's color script; the shots are found first, or read from a
    /// fingerprint saved with them)
    #[arg(long, value_enum, value_name = "UNIT", default_value_t = Bars::Samples)]
    pub bars: Bars,

    /// Also write the numbers per bar as CSV (index, times, colors as hex, shares)
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
}

/// What a bar stands for, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Bars {
    /// A sampled frame
    Samples,
    /// A shot
    Shots,
}

/// One picture to draw.
#[derive(Debug)]
pub struct PictureJob {
    pub path: PathBuf,
    pub format: PictureFormat,
    pub settings: RenderSettings,
    /// The title is to be the source movie's name (known once the fingerprint is).
    pub default_title: bool,
}

/// Pictures go to files: `-` (standard output) is for the text outputs.
pub fn refuse_stdout(path: &Path, option: &str) -> Result<(), String> {
    if path.as_os_str() == "-" {
        return Err(format!(
            "{option} -: pictures are written to files; '-' (standard output) is for --json and --csv"
        ));
    }
    Ok(())
}

/// `<stem><suffix>` in the current folder.
pub fn derived_name(input: &Path, suffix: &str) -> Result<PathBuf, String> {
    let stem = input.file_stem().ok_or_else(|| {
        format!("cannot derive an output name from '{}'; give one with -o", input.display())
    })?;
    let mut name = stem.to_os_string();
    name.push(suffix);
    Ok(PathBuf::from(name))
}

/// Turns a typed `\n` (backslash, n) into a line break, as the seed's titles were written.
fn unescape(text: &str) -> String {
    text.replace("\\n", "\n")
}

impl PictureArgs {
    /// One job per style (repeats dropped), for pictures of `input`.
    pub fn jobs(&self, input: &Path) -> Result<Vec<PictureJob>, String> {
        self.check()?;
        let base = match &self.output {
            Some(path) => path.clone(),
            None => derived_name(input, ".png")?,
        };
        self.jobs_at(base)
    }

    /// What the pictures depend on, with stable names (for a batch's resume key): every
    /// option that changes a picture, and nothing else (not where it is written).
    pub fn key(&self) -> serde_json::Value {
        let size = self.size.map(|size| match size {
            ImageSize::Width(width) => width.to_string(),
            ImageSize::Exact { width, height } => format!("{width}x{height}"),
        });
        // A font file is known by its path and its stamp (size and time), like a film.
        let font = self.font.as_ref().map(|path| {
            let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
            let stamp = filmprint::batch::InputStamp::of(path).ok();
            serde_json::json!({ "path": canonical.to_string_lossy(), "stamp": stamp })
        });
        serde_json::json!({
            "styles": self.style.iter().map(|s| s.name()).collect::<Vec<_>>(),
            "size": size,
            "print": self.print_size().map(|p| [p.width_mm, p.height_mm, p.dpi, p.bleed_mm]),
            // Three cases, told apart: no title, the film's name, a title given.
            "title": match (self.no_title, &self.title) {
                (true, _) => serde_json::json!({ "none": true }),
                (false, None) => serde_json::json!({ "film_name": true }),
                (false, Some(title)) => serde_json::json!({ "text": unescape(title) }),
            },
            "subtitle": self.subtitle.as_deref().map(unescape),
            "title_position": self.title_position.map(|p| format!("{p:?}").to_lowercase()),
            "title_size": self.title_size,
            "title_color": self.title_color.0,
            "title_alpha": self.title_alpha,
            "line_spacing": self.line_spacing,
            "title_outline": format!("{:?}", self.title_outline).to_lowercase(),
            "font": font,
            "time_axis": self.time_axis,
            "bars": format!("{:?}", self.bars).to_lowercase(),
            "background": self.background.0,
            "transparent": self.transparent,
        })
    }

    /// The print size with its bleed, when `--print` is given.
    fn print_size(&self) -> Option<PrintSize> {
        self.print.map(|p| PrintSize { bleed_mm: self.bleed.unwrap_or(0.0), ..p })
    }

    /// Checks the options that do not depend on the input (the library's limits).
    pub fn check(&self) -> Result<(), String> {
        self.settings().validate().map_err(|e| usage(&e))
    }

    /// The render settings the options give (the style and the default title are set per
    /// picture).
    fn settings(&self) -> RenderSettings {
        RenderSettings {
            style: Style::default(),
            bars: match self.bars {
                Bars::Samples => BarUnit::Samples,
                Bars::Shots => BarUnit::Shots,
            },
            size: match self.print_size() {
                Some(print) => {
                    let (width, height) = print.pixels();
                    let side = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
                    Some(ImageSize::Exact { width: side(width), height: side(height) })
                }
                None => self.size,
            },
            dpi: self.print_size().map(|p| p.dpi),
            title: if self.no_title { None } else { self.title.as_deref().map(unescape) },
            subtitle: self.subtitle.as_deref().map(unescape),
            title_style: TitleStyle {
                position: self.title_position.map(|p| match p {
                    Position::Center => TitlePosition::Center,
                    Position::Top => TitlePosition::Top,
                    Position::Bottom => TitlePosition::Bottom,
                    Position::Band => TitlePosition::Band,
                }),
                color: self.title_color.0,
                alpha: self.title_alpha,
                size: self.title_size,
                line_spacing: self.line_spacing,
                outline: match self.title_outline {
                    Outlining::Auto => OutlineMode::Auto,
                    Outlining::On => OutlineMode::On,
                    Outlining::Off => OutlineMode::Off,
                },
            },
            // The file of --font, if any, is read when the run starts (`Plan::font`).
            font: FontFile::embedded(),
            time_axis: self.time_axis,
            background: self.background.0,
            transparent: self.transparent,
        }
    }

    /// One job per style (repeats dropped), drawn into `base` (or `base` with `-STYLE` added
    /// to its name for several styles).
    pub fn jobs_at(&self, base: PathBuf) -> Result<Vec<PictureJob>, String> {
        let mut styles: Vec<Style> = Vec::new();
        for &style in &self.style {
            if !styles.contains(&style) {
                styles.push(style);
            }
        }
        refuse_stdout(&base, "-o")?;
        let extension = base.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
        let Some(format) = PictureFormat::of(&base) else {
            return Err(format!(
                "cannot tell the picture format of '{}': name it {}",
                base.display(),
                PictureFormat::NAMES
            ));
        };
        let settings = self.settings();
        if let Some(wave) = styles.iter().find(|s| s.needs_loudness())
            && settings.bars == BarUnit::Shots
        {
            return Err(format!(
                "--style {wave}: draws a bar per sample (the loudness is measured per sample), not --bars shots"
            ));
        }
        let several = styles.len() > 1;
        Ok(styles
            .into_iter()
            .map(|style| {
                let path = if several {
                    let mut name = base.file_stem().unwrap_or_default().to_os_string();
                    name.push(format!("-{style}."));
                    name.push(extension.as_deref().unwrap_or("png"));
                    base.with_file_name(name)
                } else {
                    base.clone()
                };
                PictureJob {
                    path,
                    format,
                    settings: RenderSettings { style, ..settings.clone() },
                    default_title: !self.no_title && self.title.is_none(),
                }
            })
            .collect())
    }
}
