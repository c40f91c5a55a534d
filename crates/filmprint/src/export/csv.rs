//! CSV for spreadsheets and plotting scripts: one row per bar, or one per palette color.
//! Written by hand: the format is a few fixed numeric columns and hex codes, nothing a CSV
//! crate would need to quote.

use std::fmt::Write as _;

use crate::fingerprint::{Fingerprint, Palette, Swatch};

/// One row per bar: its index, target and actual times (seconds from the stream start), the
/// frame's presentation timestamp, whether it was a keyframe, the share of pixels left out, the
/// frame's average color, then each of its D colors as hex with its share of the frame.
pub fn samples_csv(fingerprint: &Fingerprint) -> String {
    let colors = fingerprint.samples.iter().map(|s| s.colors.len()).max().unwrap_or(0);
    let mut out = String::from("index,target_s,time_s,pts,keyframe,left_out,average");
    for i in 1..=colors {
        let _ = write!(out, ",color_{i},share_{i}");
    }
    out.push('\n');
    for sample in &fingerprint.samples {
        let average =
            sample.average.as_ref().map(|a| crate::analyse::color::hex(a.rgb())).unwrap_or_default();
        let _ = write!(
            out,
            "{},{:.3},{:.3},{},{},{:.5},{average}",
            sample.index, sample.target_s, sample.time_s, sample.pts, sample.keyframe, sample.left_out
        );
        for i in 0..colors {
            match sample.colors.get(i) {
                Some(c) => {
                    let _ = write!(out, ",{},{:.5}", crate::analyse::color::hex(c.rgb()), c.share);
                }
                None => out.push_str(",,"),
            }
        }
        out.push('\n');
    }
    out
}

fn color_rows(out: &mut String, segment: &str, start: f64, end: f64, colors: &[Swatch]) {
    for (rank, swatch) in colors.iter().enumerate() {
        let [r, g, b] = swatch.rgb();
        let [l, a, bb] = swatch.oklab;
        let _ = writeln!(
            out,
            "{segment},{start:.3},{end:.3},{},{},{r},{g},{b},{l:.5},{a:.5},{bb:.5},{:.5}",
            rank + 1,
            crate::analyse::color::hex([r, g, b]),
            swatch.share
        );
    }
}

/// The palette as CSV: the film's colors (segment `film`), then each segment's (1, 2, …).
pub fn palette_csv(palette: &Palette, duration_s: f64) -> String {
    let mut out = String::from("segment,start_s,end_s,rank,hex,r,g,b,oklab_l,oklab_a,oklab_b,share\n");
    color_rows(&mut out, "film", 0.0, duration_s, &palette.colors);
    for (i, segment) in palette.segments.iter().enumerate() {
        color_rows(&mut out, &(i + 1).to_string(), segment.start_s, segment.end_s, &segment.colors);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::PaletteSegment;

    #[test]
    fn one_row_per_color_with_its_numbers() {
        let red = Swatch { hex: "#ff0000".into(), oklab: [0.62796, 0.22486, 0.12585], share: 0.75 };
        let palette = Palette {
            colors: vec![red.clone()],
            segments: vec![PaletteSegment { start_s: 0.0, end_s: 5.0, colors: vec![red] }],
        };
        assert_eq!(
            palette_csv(&palette, 10.0),
            "segment,start_s,end_s,rank,hex,r,g,b,oklab_l,oklab_a,oklab_b,share\n\
             film,0.000,10.000,1,#ff0000,255,0,0,0.62796,0.22486,0.12585,0.75000\n\
             1,0.000,5.000,1,#ff0000,255,0,0,0.62796,0.22486,0.12585,0.75000\n"
        );
    }
}
