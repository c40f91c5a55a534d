//! Every style drawn from synthetic fingerprints with known colors: bars on the expected whole
//! columns, heights following shares, the ring's angle following time, nothing blank or
//! blended where it should not be.

use crate::common::{COLUMN_ROWS, SHARES, average, color, column, fingerprint, runs};
use filmprint::render::{
    Canvas, ImageSize, RenderSettings, Style, TitlePosition, TitleStyle, encode_png, render,
};

fn settings(style: Style, width: u32, height: u32) -> RenderSettings {
    RenderSettings { style, size: Some(ImageSize::Exact { width, height }), ..RenderSettings::default() }
}

fn row(canvas: &Canvas, y: u32) -> Vec<[u8; 3]> {
    (0..canvas.width).map(|x| canvas.pixel(x, y).unwrap()).collect()
}

fn column_of(canvas: &Canvas, x: u32) -> Vec<[u8; 3]> {
    (0..canvas.height).map(|y| canvas.pixel(x, y).unwrap()).collect()
}

#[test]
fn stacked_bars_are_whole_columns_in_time_order_with_equal_heights() {
    // 7 bars over 100 pixels: widths of 14 or 15, the extra pixels spread out.
    let fp = fingerprint(7, 3, 70.0);
    let canvas = render(&fp, &settings(Style::Stacked, 100, 99)).unwrap();
    for (band, y) in [(0, 0), (0, 32), (1, 33), (1, 65), (2, 66), (2, 98)] {
        let bars = runs(row(&canvas, y));
        assert_eq!(bars.len(), 7, "row {y}");
        for (i, &(rgb, width)) in bars.iter().enumerate() {
            assert_eq!(rgb, color(i, band), "bar {i} row {y}");
            assert!(width == 14 || width == 15, "bar {i} is {width} px wide");
        }
    }
    // A multiple of N: bar i is exactly columns 10i..10i+10.
    let fp = fingerprint(10, 1, 70.0);
    let canvas = render(&fp, &settings(Style::Stacked, 100, 10)).unwrap();
    for x in 0..100 {
        assert_eq!(canvas.pixel(x, 5), Some(color(x as usize / 10, 0)), "column {x}");
    }
}

#[test]
fn proportional_heights_match_the_shares() {
    let fp = fingerprint(4, 3, 40.0);
    let canvas = render(&fp, &settings(Style::Proportional, 200, 200)).unwrap();
    let shown: f32 = SHARES[..3].iter().sum();
    for x in [0, 49, 50, 199] {
        let bands = runs(column_of(&canvas, x));
        let bar = x as usize / 50;
        assert_eq!(bands.len(), 3, "column {x}");
        for (j, &(rgb, height)) in bands.iter().enumerate() {
            assert_eq!(rgb, color(bar, j));
            let expected = 200.0 * SHARES[j] / shown;
            assert!((height as f32 - expected).abs() <= 1.0, "band {j}: {height} px, expected {expected}");
        }
    }
}

#[test]
fn average_bars_show_the_frame_mean() {
    let fp = fingerprint(5, 2, 40.0);
    let canvas = render(&fp, &settings(Style::Average, 50, 20)).unwrap();
    for x in 0..50 {
        assert!(column_of(&canvas, x).iter().all(|&p| p == average(x as usize / 10)), "column {x}");
    }
}

#[test]
fn frames_show_each_squeezed_column_row_by_row() {
    let fp = fingerprint(5, 1, 40.0);
    let height = 10 * COLUMN_ROWS as u32;
    let canvas = render(&fp, &settings(Style::Frames, 50, height)).unwrap();
    for x in 0..50 {
        for y in 0..height {
            assert_eq!(canvas.pixel(x, y), Some(column(x as usize / 10, y as usize / 10)), "({x}, {y})");
        }
    }
    let mut old = fingerprint(5, 1, 40.0);
    old.samples[3].column = None;
    let error = render(&old, &settings(Style::Frames, 50, 50)).unwrap_err().to_string();
    assert!(error.contains("squeezed column"), "{error}");
}

#[test]
fn smooth_passes_through_each_bar_at_its_centre_without_edges() {
    // Bars 21 px wide: their centres fall on pixel centres 10, 31, 52, …
    let fp = fingerprint(5, 2, 40.0);
    let canvas = render(&fp, &settings(Style::Smooth, 105, 40)).unwrap();
    for i in 0..5 {
        assert_eq!(canvas.pixel(21 * i + 10, 0), Some(color(i as usize, 0)));
        assert_eq!(canvas.pixel(21 * i + 10, 39), Some(color(i as usize, 1)));
    }
    // Between two centres (31.5 and 52.5), the colors mixed in proportion: pixel 41's centre
    // is 10/21 of the way.
    let (a, b) = (color(1, 0), color(2, 0));
    let mid = canvas.pixel(41, 0).unwrap();
    let mixed = [0, 1, 2].map(|c| f32::from(a[c]) + (f32::from(b[c]) - f32::from(a[c])) * 10.0 / 21.0);
    assert!(mid.iter().zip(mixed).all(|(&m, e)| (f32::from(m) - e).abs() <= 1.0), "{mid:?} vs {mixed:?}");
    // No jumps: neighbouring columns differ by at most a 21st of the bars' difference (+1).
    for x in 1..105 {
        let (p, q) = (canvas.pixel(x - 1, 0).unwrap(), canvas.pixel(x, 0).unwrap());
        for c in 0..3 {
            assert!(p[c].abs_diff(q[c]) <= 200 / 21 + 1, "columns {} and {x}: {p:?} {q:?}", x - 1);
        }
    }
}

#[test]
fn the_ring_maps_angle_to_time_clockwise_from_twelve() {
    let n = 8;
    let fp = fingerprint(n, 2, 80.0);
    let canvas = render(&fp, &settings(Style::Ring, 200, 200)).unwrap();
    // Outer radius 96, inner 48: the outer band from 96 to 72, the inner from 72 to 48.
    let at = |turn: f64, radius: f64| {
        let angle = turn * std::f64::consts::TAU;
        let (x, y) = (100.0 + radius * angle.sin(), 100.0 - radius * angle.cos());
        canvas.pixel(x as u32, y as u32).unwrap()
    };
    for i in 0..n {
        let turn = (i as f64 + 0.5) / n as f64;
        assert_eq!(at(turn, 84.0), color(i, 0), "bar {i}, outer band");
        assert_eq!(at(turn, 60.0), color(i, 1), "bar {i}, inner band");
    }
    // The hole and the corners show the background.
    assert_eq!(canvas.pixel(100, 100), Some([0, 0, 0]));
    assert_eq!(canvas.pixel(2, 2), Some([0, 0, 0]));
    // The boundary between the last and the first bar is at 12 o'clock: just left of it the
    // last bar, just right of it the first.
    assert_eq!(canvas.pixel(97, 16), Some(color(n - 1, 0)));
    assert_eq!(canvas.pixel(102, 16), Some(color(0, 0)));
}

#[test]
fn a_transparent_ring_leaves_the_outside_clear() {
    let fp = fingerprint(8, 1, 80.0);
    let canvas =
        render(&fp, &RenderSettings { transparent: true, ..settings(Style::Ring, 100, 100) }).unwrap();
    assert_eq!(canvas.rgba_at(1, 1).map(|p| p[3]), Some(0));
    assert_eq!(canvas.rgba_at(50, 50).map(|p| p[3]), Some(0), "the hole too");
    assert_eq!(canvas.rgba_at(50, 10).map(|p| p[3]), Some(255));
    let mut png = Vec::new();
    encode_png(&canvas, None, &mut png, std::path::Path::new("ring.png")).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    assert_eq!(decoder.read_info().unwrap().info().color_type, png::ColorType::Rgba);
}

#[test]
fn the_strip_is_a_banner_with_its_title_on_a_band() {
    let fp = fingerprint(10, 1, 80.0);
    let plain =
        render(&fp, &RenderSettings { size: Some(ImageSize::Width(400)), ..Default::default() }).unwrap();
    assert_eq!((plain.width, plain.height), (400, 400));
    let strip =
        RenderSettings { style: Style::Strip, size: Some(ImageSize::Width(400)), ..Default::default() };
    let untitled = render(&fp, &strip).unwrap();
    assert_eq!((untitled.width, untitled.height), (400, 100));
    assert_eq!(untitled.pixel(5, 99), Some(color(0, 0)), "no title, no band");
    let titled = render(&fp, &RenderSettings { title: Some("Synthetic\nFilm".into()), ..strip }).unwrap();
    // The band is the bottom 22 rows: background with the title's ink, the bars above it.
    assert_eq!(titled.pixel(5, 77), Some(color(0, 0)));
    assert_eq!(titled.pixel(5, 78), Some([0, 0, 0]));
    let ink = (78..100).flat_map(|y| row(&titled, y)).filter(|&p| p != [0, 0, 0]).count();
    assert!(ink > 100, "the band holds the title ({ink} px of ink)");
    let default_size = render(&fp, &RenderSettings { style: Style::Strip, ..Default::default() }).unwrap();
    assert_eq!((default_size.width, default_size.height), (2000, 500));
}

#[test]
fn no_column_is_blank_even_with_more_bars_than_pixels() {
    let fp = fingerprint(1000, 2, 3600.0);
    for style in
        [Style::Stacked, Style::Proportional, Style::Average, Style::Smooth, Style::Frames, Style::Strip]
    {
        for width in [999, 1000, 1001, 250] {
            let canvas = render(&fp, &settings(style, width, 60)).unwrap();
            for x in 0..width {
                assert!(
                    column_of(&canvas, x).iter().all(|&p| p != [0, 0, 0]),
                    "{style}: column {x} of {width} is blank"
                );
            }
        }
    }
}

#[test]
fn titles_go_where_they_are_asked() {
    let fp = fingerprint(10, 1, 80.0);
    let title = |position| RenderSettings {
        title: Some("Title".into()),
        title_style: TitleStyle {
            position: Some(position),
            color: [0, 0, 0],
            alpha: Some(1.0),
            ..TitleStyle::default()
        },
        background: [255, 255, 255],
        ..settings(Style::Average, 300, 300)
    };
    let ink_rows = |canvas: &Canvas| -> (u32, u32) {
        let rows: Vec<u32> = (0..canvas.height).filter(|&y| row(canvas, y).contains(&[0, 0, 0])).collect();
        (rows[0], rows[rows.len() - 1])
    };
    let (top, bottom) = ink_rows(&render(&fp, &title(TitlePosition::Top)).unwrap());
    assert!(top >= 10 && bottom < 100, "top: {top}..{bottom}");
    let (top, bottom) = ink_rows(&render(&fp, &title(TitlePosition::Bottom)).unwrap());
    assert!(top >= 200 && bottom < 290, "bottom: {top}..{bottom}");
    let (top, bottom) = ink_rows(&render(&fp, &title(TitlePosition::Center)).unwrap());
    assert!((i64::from(top + bottom) - 300).abs() <= 4, "centre: {top}..{bottom}");
    let band = render(&fp, &title(TitlePosition::Band)).unwrap();
    // 15 % of 300: the bars stop at row 255, the band (white background) follows.
    assert_eq!(band.pixel(2, 254), Some(average(0)));
    assert_eq!(band.pixel(2, 256), Some([255, 255, 255]));
    let (top, _) = ink_rows(&band);
    assert!(top >= 255, "band title starts at {top}");
}

#[test]
fn the_time_axis_ticks_at_its_minutes() {
    // One hour over 1000 px: ticks at 15, 30 and 45 minutes are at x = 250, 500, 750.
    let fp = fingerprint(10, 1, 3600.0);
    let canvas =
        render(&fp, &RenderSettings { time_axis: Some(900.0), ..settings(Style::Average, 1000, 1000) })
            .unwrap();
    let plain = render(&fp, &settings(Style::Average, 1000, 1000)).unwrap();
    // The axis is shaded; the ticks rise 8 px from the bottom, the labels end above row 985.
    let changed: Vec<u32> = (0..1000).filter(|&x| canvas.pixel(x, 998) != canvas.pixel(x, 989)).collect();
    assert!((0..1000).all(|x| canvas.pixel(x, 989) != plain.pixel(x, 989)), "the axis strip is shaded");
    // Each tick is 2 px wide, centred on its time.
    assert_eq!(changed, vec![249, 250, 499, 500, 749, 750]);
    // The labels sit above the ticks.
    let label_ink = (900..980).any(|y| (230..270).any(|x| canvas.pixel(x, y) != plain.pixel(x, y)));
    assert!(label_ink);
    // Around the ring too, without failing.
    render(&fp, &RenderSettings { time_axis: Some(900.0), ..settings(Style::Ring, 400, 400) }).unwrap();
}

#[test]
fn bad_sizes_are_refused() {
    let fp = fingerprint(3, 1, 10.0);
    assert!(render(&fp, &settings(Style::Stacked, 0, 10)).is_err());
    assert!(render(&fp, &settings(Style::Stacked, 10, 70_000)).is_err());
    let mut empty = fp.clone();
    empty.samples.clear();
    assert!(render(&empty, &RenderSettings::default()).unwrap_err().to_string().contains("no samples"));
}
