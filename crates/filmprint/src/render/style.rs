//! What a picture can look like: the styles, the title's place, the size. Plain settings with
//! their names as typed on the command line, so the CLI and the library agree on them.

use std::fmt;
use std::str::FromStr;

use super::font::FontFile;
use crate::error::{Error, Setting};

/// How the bars are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Style {
    /// The seed's: each bar its d colors stacked, equal heights, most frequent on top.
    #[default]
    Stacked,
    /// Each bar's d colors with heights proportional to their cluster shares.
    Proportional,
    /// One color per bar: the frame's mean in linear light.
    Average,
    /// The bars blended into a continuous gradient along time.
    Smooth,
    /// Each sampled frame squeezed to one column (rows averaged across the frame).
    Frames,
    /// The bars wrapped into an annulus, time clockwise from 12 o'clock, title in the centre.
    Ring,
    /// A wide, short banner (4:1) with the title on a band below.
    Strip,
    /// The bars on a half ring arching over the title, time from left to right (2:1).
    Arch,
    /// The bars as a sound wave: each as tall as the film is loud over its interval, about a
    /// centre line, in a 4:1 strip with the title on a band below.
    Wave,
    /// The wave wrapped into a ring: each bar reaching out as far as the film is loud.
    WaveRing,
}

impl Style {
    /// Every style, in the order `--help` lists them.
    pub const ALL: [Style; 10] = [
        Style::Stacked,
        Style::Proportional,
        Style::Average,
        Style::Smooth,
        Style::Frames,
        Style::Ring,
        Style::Strip,
        Style::Arch,
        Style::Wave,
        Style::WaveRing,
    ];

    /// The style's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Style::Stacked => "stacked",
            Style::Proportional => "proportional",
            Style::Average => "average",
            Style::Smooth => "smooth",
            Style::Frames => "frames",
            Style::Ring => "ring",
            Style::Strip => "strip",
            Style::Arch => "arch",
            Style::Wave => "wave",
            Style::WaveRing => "wave-ring",
        }
    }

    /// One line saying what the style draws (for `--help`).
    pub fn description(self) -> &'static str {
        match self {
            Style::Stacked => "Each bar its D colors stacked, equal heights (the classic movie barcode)",
            Style::Proportional => "Each bar's D colors, heights proportional to their share of the frame",
            Style::Average => "One color per bar: the frame's mean in linear light",
            Style::Smooth => "The bars blended into a continuous gradient along time",
            Style::Frames => "Each sampled frame squeezed to one column",
            Style::Ring => "The bars wrapped into a ring, time clockwise from 12 o'clock, title inside",
            Style::Strip => "A 4:1 banner with the title on a band below",
            Style::Arch => "The bars on a half ring arching over the title, time left to right (2:1)",
            Style::Wave => "A 4:1 sound wave: each bar as tall as the film is loud then (reads the audio)",
            Style::WaveRing => {
                "The wave wrapped into a ring, each bar reaching out as loud as it is (reads the audio)"
            }
        }
    }

    /// Whether the style draws the film's loudness (measured from its sound).
    pub fn needs_loudness(self) -> bool {
        matches!(self, Style::Wave | Style::WaveRing)
    }

    /// Width ÷ height of the picture when only one side is given.
    pub fn aspect(self) -> u32 {
        match self {
            Style::Strip | Style::Wave => 4,
            Style::Arch => 2,
            _ => 1,
        }
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Style {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        Style::ALL.into_iter().find(|s| s.name().eq_ignore_ascii_case(text.trim())).ok_or_else(|| {
            let names: Vec<&str> = Style::ALL.iter().map(|s| s.name()).collect();
            format!("unknown style '{text}' (the styles are {})", names.join(", "))
        })
    }
}

/// Where the title goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TitlePosition {
    /// Over the middle of the picture (for `ring`, inside the ring).
    #[default]
    Center,
    /// Over the top of the picture.
    Top,
    /// Over the bottom of the picture.
    Bottom,
    /// On a solid band below the bars, as in the seed's later variant.
    Band,
}

impl FromStr for TitlePosition {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "center" | "centre" => Ok(TitlePosition::Center),
            "top" => Ok(TitlePosition::Top),
            "bottom" => Ok(TitlePosition::Bottom),
            "band" => Ok(TitlePosition::Band),
            _ => Err(format!("unknown title position '{text}' (center, top, bottom or band)")),
        }
    }
}

/// The picture's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageSize {
    /// The width; the height follows from the style (equal, or a quarter for `strip`).
    Width(u32),
    /// Both sides.
    Exact {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}

impl FromStr for ImageSize {
    type Err = String;

    /// `3000` or `1920x1080`.
    fn from_str(text: &str) -> Result<Self, String> {
        let number = |s: &str| {
            s.trim().parse::<u32>().ok().filter(|&n| n > 0).ok_or_else(|| {
                format!("'{text}' is not a size: give a width in pixels (3000) or WIDTHxHEIGHT (1920x1080)")
            })
        };
        match text.split_once(['x', 'X', '×']) {
            Some((w, h)) => Ok(ImageSize::Exact { width: number(w)?, height: number(h)? }),
            None => Ok(ImageSize::Width(number(text)?)),
        }
    }
}

/// Parses a time axis step: a number of minutes (`10`, `2.5`), or a time as `--start` takes
/// one (`30s`, `5m`, `1h`, `1:30`); the result is in seconds, at least 1.
pub fn parse_time_step(text: &str) -> Result<f64, String> {
    let text = text.trim();
    let minutes = text.parse::<f64>().ok().filter(|_| text.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    minutes
        .map(|m| m * 60.0)
        .or_else(|| crate::sample::parse_seconds(text))
        .filter(|s| s.is_finite() && *s >= 1.0)
        .ok_or_else(|| {
            format!("'{text}' is not a time step: write minutes (10, 2.5) or 30s, 5m, 1h, 1:30 (at least 1s)")
        })
}

/// When the title gets an outline (a band of the opposite lightness around its letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutlineMode {
    /// Where the bars behind it leave the title too little contrast to read.
    #[default]
    Auto,
    /// Always.
    On,
    /// Never.
    Off,
}

/// How the title and subtitle look.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleStyle {
    /// Where it goes; `None` is the style's own place (the band for `strip`, else the centre).
    pub position: Option<TitlePosition>,
    /// Text color (sRGB).
    pub color: [u8; 3],
    /// Opacity, 0..1; `None` is the seed's 0xAA/255 over the bars, and opaque on a band.
    pub alpha: Option<f32>,
    /// Line height (ascender to descender) in pixels; `None` fits the title to the picture.
    pub size: Option<f32>,
    /// Multiplies the font's own distance between lines.
    pub line_spacing: f32,
    /// When to outline the letters.
    pub outline: OutlineMode,
}

/// Line spacing accepted, times the font's own.
pub const LINE_SPACING: std::ops::RangeInclusive<f32> = 0.5..=4.0;

impl RenderSettings {
    /// Checks the settings can make a picture: each side of the size at most
    /// [`MAX_SIZE`](super::MAX_SIZE), a positive title size no larger, an opacity from 0 to 1,
    /// a line spacing in [`LINE_SPACING`], time axis ticks at least a second apart.
    pub fn validate(&self) -> Result<(), Error> {
        let sides = match self.size {
            Some(ImageSize::Width(width)) => vec![width],
            Some(ImageSize::Exact { width, height }) => vec![width, height],
            None => Vec::new(),
        };
        let max = super::MAX_SIZE;
        if sides.iter().any(|&side| side == 0 || side > max) {
            return Err(Error::setting(
                Setting::Size,
                format!("each side must be between 1 and {max} pixels"),
            ));
        }
        if let Some(size) = self.title_style.size
            && !(size > 0.0 && size <= max as f32)
        {
            return Err(Error::setting(
                Setting::TitleSize,
                format!("must be a positive number of pixels, at most {max}"),
            ));
        }
        if self.title_style.alpha.is_some_and(|a| !(0.0..=1.0).contains(&a)) {
            return Err(Error::setting(Setting::TitleAlpha, "must be between 0 and 1"));
        }
        if !LINE_SPACING.contains(&self.title_style.line_spacing) {
            return Err(Error::setting(
                Setting::LineSpacing,
                format!("must be between {} and {}", LINE_SPACING.start(), LINE_SPACING.end()),
            ));
        }
        if self.time_axis.is_some_and(|step| !(step >= 1.0 && step.is_finite())) {
            return Err(Error::setting(Setting::TimeAxis, "ticks must be at least 1 second apart"));
        }
        Ok(())
    }
}

impl Default for TitleStyle {
    fn default() -> Self {
        TitleStyle {
            position: None,
            color: [255, 255, 255],
            alpha: None,
            size: None,
            line_spacing: 1.0,
            outline: OutlineMode::Auto,
        }
    }
}

/// What one bar of the picture stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BarUnit {
    /// A sampled frame: N bars of equal width.
    #[default]
    Samples,
    /// A shot (the fingerprint must hold its shots): bars as wide as the shots are long, the
    /// film's color script.
    Shots,
}

/// How to draw a fingerprint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RenderSettings {
    /// The style.
    pub style: Style,
    /// What a bar stands for.
    pub bars: BarUnit,
    /// The size; `None` gives a width that is the multiple of N nearest 2000 pixels, so every
    /// bar is equally wide (the height following from the style).
    pub size: Option<ImageSize>,
    /// Title text (lines separated by `\n`); `None` draws no title.
    pub title: Option<String>,
    /// A smaller line under the title (year, director).
    pub subtitle: Option<String>,
    /// Look of the title.
    pub title_style: TitleStyle,
    /// The font of the title, subtitle and labels.
    pub font: FontFile,
    /// Tick marks with labels every this many seconds of film (at least 1); `None` draws no
    /// time axis.
    pub time_axis: Option<f64>,
    /// Color of the area the bars leave empty (around the ring, the title band).
    pub background: [u8; 3],
    /// Leave that area transparent instead (PNG with alpha).
    pub transparent: bool,
    /// The resolution the picture is printed at (`--print`): PNG and SVG then say their
    /// physical size.
    pub dpi: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sizes_and_positions_parse() {
        for style in Style::ALL {
            assert_eq!(style.name().parse::<Style>(), Ok(style));
        }
        assert!("spiral".parse::<Style>().unwrap_err().contains("stacked, proportional"));
        assert_eq!("3000".parse(), Ok(ImageSize::Width(3000)));
        assert_eq!("1920x1080".parse(), Ok(ImageSize::Exact { width: 1920, height: 1080 }));
        for bad in ["0", "x", "12x", "-5", "1e3", "100x0", ""] {
            assert!(bad.parse::<ImageSize>().is_err(), "{bad}");
        }
        assert_eq!("Band".parse(), Ok(TitlePosition::Band));
        assert_eq!(parse_time_step("10"), Ok(600.0));
        assert_eq!(parse_time_step("2.5"), Ok(150.0));
        assert_eq!(parse_time_step("30s"), Ok(30.0));
        assert_eq!(parse_time_step("5m"), Ok(300.0));
        assert_eq!(parse_time_step(" 1h "), Ok(3600.0));
        assert_eq!(parse_time_step("1:30"), Ok(90.0));
        for bad in ["0", "0.5s", "-5", "x", "", "s", "1e400", "nan"] {
            assert!(parse_time_step(bad).is_err(), "{bad}");
        }
        assert!("left".parse::<TitlePosition>().is_err());
    }
}
