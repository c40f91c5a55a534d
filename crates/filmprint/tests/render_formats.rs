//! The formats agree: the SVG parses and renders (resvg) to the PNG's picture, a fingerprint
//! read back from JSON draws the same PNG bytes, and the text formats are pinned by snapshots.

use crate::common::fingerprint;
use filmprint::Fingerprint;
use filmprint::export::samples_csv;
use filmprint::render::{Canvas, ImageSize, RenderSettings, Style, encode_png, render, render_svg};
use resvg::{tiny_skia, usvg};

/// resvg's options, with the embedded font installed as the only one.
fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_font_data(include_bytes!("../assets/fonts/Inter-SemiBold.otf").to_vec());
    options
}

/// Renders an SVG document with resvg; straight (not premultiplied) RGBA.
fn rasterise_svg(svg: &str, width: u32, height: u32) -> Vec<u8> {
    let tree = usvg::Tree::from_str(svg, &options()).expect("the SVG parses");
    assert_eq!((tree.size().width(), tree.size().height()), (width as f32, height as f32));
    let mut pixmap = tiny_skia::Pixmap::new(width, height).unwrap();
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect()
}

/// (mean absolute difference per channel, share of pixels off by more than `tolerance`).
fn difference(canvas: &Canvas, svg_pixels: &[u8], tolerance: u8) -> (f64, f64) {
    let mut total = 0u64;
    let mut off = 0usize;
    for (a, b) in canvas.rgba.chunks_exact(4).zip(svg_pixels.chunks_exact(4)) {
        let diffs: Vec<u8> = a.iter().zip(b).map(|(x, y)| x.abs_diff(*y)).collect();
        total += diffs.iter().map(|&d| u64::from(d)).sum::<u64>();
        if diffs.iter().any(|&d| d > tolerance) {
            off += 1;
        }
    }
    let pixels = canvas.rgba.len() / 4;
    (total as f64 / (pixels * 4) as f64, off as f64 / pixels as f64)
}

#[test]
fn the_svg_renders_to_the_same_picture_as_the_png() {
    let fp = fingerprint(37, 3, 600.0);
    for style in Style::ALL {
        let (width, height) = if style == Style::Strip { (400, 100) } else { (300, 300) };
        for axis in [None, Some(120.0)] {
            let settings = RenderSettings {
                style,
                size: Some(ImageSize::Exact { width, height }),
                time_axis: axis,
                title: axis.map(|_| "Film Title".to_string()),
                ..RenderSettings::default()
            };
            let png = render(&fp, &settings).unwrap();
            let svg = render_svg(&fp, &settings).unwrap();
            let svg_pixels = rasterise_svg(&svg, width, height);
            let (mean, off) = difference(&png, &svg_pixels, 8);
            // Bars are pixel-exact; only anti-aliased edges (ring, ticks, glyphs: resvg and
            // ab_glyph rasterise them slightly differently) may differ a little. An outlined
            // title has twice the edges of a plain one (the band's and the letters'), each a
            // pixel that may be a little off.
            let exact = !matches!(style, Style::Ring | Style::Arch | Style::WaveRing) && axis.is_none();
            let (mean_limit, off_limit) = if exact { (0.0, 0.0) } else { (0.6, 0.03) };
            assert!(
                mean <= mean_limit && off <= off_limit,
                "{style} axis {axis:?}: mean difference {mean:.3}, {:.2} % of pixels off by more than 8",
                off * 100.0
            );
        }
    }
}

#[test]
fn svg_text_is_escaped_and_names_its_font() {
    let fp = fingerprint(3, 1, 10.0);
    let settings = RenderSettings {
        title: Some("<script>alert(1)</script> & \"Co\"".into()),
        subtitle: Some("1984".into()),
        size: Some(ImageSize::Width(300)),
        ..RenderSettings::default()
    };
    let svg = render_svg(&fp, &settings).unwrap();
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
    assert!(svg.contains("font-family=\"Inter, sans-serif\" font-weight=\"600\""));
    assert_eq!(svg.matches("<text ").count(), 2, "title and subtitle lines");
    usvg::Tree::from_str(&svg, &usvg::Options::default()).expect("parses with text");
}

#[test]
fn a_fingerprint_read_back_from_json_draws_identical_png_bytes() {
    let fp = fingerprint(50, 3, 5400.0);
    let back = Fingerprint::from_json(&fp.to_json(), std::path::Path::new("film.json")).unwrap();
    assert_eq!(back, fp);
    for style in Style::ALL {
        let settings = RenderSettings {
            style,
            title: Some("Film".into()),
            time_axis: Some(1800.0),
            size: Some(ImageSize::Width(400)),
            ..RenderSettings::default()
        };
        let encode = |fp: &Fingerprint| {
            let mut bytes = Vec::new();
            encode_png(
                &render(fp, &settings).unwrap(),
                Some("Film"),
                &mut bytes,
                std::path::Path::new("x.png"),
            )
            .unwrap();
            bytes
        };
        assert_eq!(encode(&fp), encode(&back), "{style}");
    }
}

#[test]
fn snapshots_of_the_text_formats() {
    let fp = fingerprint(4, 2, 40.0);
    insta::assert_snapshot!("samples_csv", samples_csv(&fp));
    insta::assert_snapshot!("fingerprint_json", fp.to_json());
    let small = |style| RenderSettings {
        style,
        title: Some("A & B".into()),
        size: Some(ImageSize::Width(80)),
        ..RenderSettings::default()
    };
    insta::assert_snapshot!("stacked_svg", render_svg(&fp, &small(Style::Stacked)).unwrap());
    insta::assert_snapshot!("smooth_svg", render_svg(&fp, &small(Style::Smooth)).unwrap());
    insta::assert_snapshot!("ring_svg", render_svg(&fp, &small(Style::Ring)).unwrap());
}

#[test]
fn a_palette_from_a_saved_fingerprint_is_the_palette_of_the_film_and_its_limits_hold() {
    // What a user without FFmpeg does: read a saved fingerprint, compute its palette, draw it.
    let fp = fingerprint(200, 3, 600.0);
    let before = fp.compute_palette(6, 4).unwrap();
    let back = Fingerprint::from_json(&fp.to_json(), std::path::Path::new("film.json")).unwrap();
    let palette = back.compute_palette(6, 4).unwrap();
    assert_eq!(palette, before, "the JSON keeps everything the palette is computed from");
    assert_eq!((palette.colors.len(), palette.segments.len()), (6, 4));
    for colors in std::iter::once(&palette.colors).chain(palette.segments.iter().map(|s| &s.colors)) {
        let total: f32 = colors.iter().map(|c| c.share).sum();
        assert!((total - 1.0).abs() < 1e-3, "shares sum to {total}");
        assert!(colors.windows(2).all(|w| w[0].share >= w[1].share), "largest share first");
    }
    let csv = filmprint::export::palette_csv(&palette, back.source.duration_s);
    assert_eq!(csv.lines().count(), 1 + 6 + 4 * 6, "{csv}");
    assert!(csv.contains(&palette.colors[0].hex));
    let layout = filmprint::render::SwatchLayout { width: 600, height: 100, ..Default::default() };
    let swatch = filmprint::render::render_palette(&palette, &layout).unwrap();
    assert_eq!((swatch.width, swatch.height), (600, 100 + 4 * 25));
    assert_eq!(swatch.pixel(0, 0), Some(palette.colors[0].rgb()));
    // The limits, checked by the library whatever calls it.
    let setting = |colors, segments| match back.compute_palette(colors, segments) {
        Err(filmprint::Error::Setting { setting, .. }) => Some(setting),
        _ => None,
    };
    assert_eq!(setting(0, 0), Some(filmprint::Setting::PaletteColors));
    assert_eq!(setting(65, 0), Some(filmprint::Setting::PaletteColors));
    assert_eq!(setting(8, 1), Some(filmprint::Setting::Segments));
    assert_eq!(setting(8, 201), Some(filmprint::Setting::Segments));
    assert_eq!(setting(64, 200), None);
}

#[test]
fn a_print_size_is_carried_by_the_png_and_the_svg() {
    let fp = fingerprint(20, 2, 60.0);
    let print: filmprint::render::PrintSize = "4x3in@150".parse().unwrap();
    let print = filmprint::render::PrintSize { bleed_mm: 2.54, ..print };
    let (width, height) = print.pixels();
    assert_eq!((width, height), (630, 480), "4.2 × 3.2 inches at 150 dpi");
    let settings = RenderSettings {
        size: Some(ImageSize::Exact { width: width as u32, height: height as u32 }),
        dpi: Some(print.dpi),
        ..RenderSettings::default()
    };
    let canvas = render(&fp, &settings).unwrap();
    let mut bytes = Vec::new();
    encode_png(&canvas, None, &mut bytes, std::path::Path::new("print.png")).unwrap();
    let reader = png::Decoder::new(std::io::Cursor::new(&bytes)).read_info().unwrap();
    let dims = reader.info().pixel_dims.expect("a pHYs chunk");
    // 150 dpi is 5905.5 pixels per metre, written as 5906.
    assert_eq!((dims.xppu, dims.yppu, dims.unit), (5906, 5906, png::Unit::Meter));
    assert_eq!((reader.info().width, reader.info().height), (630, 480));
    let svg = render_svg(&fp, &settings).unwrap();
    assert!(svg.contains("width=\"4.2in\" height=\"3.2in\" viewBox=\"0 0 630 480\""), "{}", &svg[..200]);
    // Without a print size, neither says a physical size.
    let plain = render(&fp, &RenderSettings::default()).unwrap();
    let mut bytes = Vec::new();
    encode_png(&plain, None, &mut bytes, std::path::Path::new("plain.png")).unwrap();
    assert!(png::Decoder::new(std::io::Cursor::new(&bytes)).read_info().unwrap().info().pixel_dims.is_none());
}
