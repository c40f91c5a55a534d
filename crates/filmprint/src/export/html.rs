//! The interactive pages: one self-contained HTML file per film (the fingerprint; hovering a
//! bar shows its time code, colors with shares and hex codes, and a thumbnail of its frame; the
//! palette; settings and timings) and a gallery of a batch's films. No network and no external
//! scripts: the picture and thumbnails are embedded as data URIs, the numbers as JSON inside
//! the page, so a page works from the file system. Every user-supplied string is escaped: in
//! HTML text as entities, and inside the JSON `<`, `>` and `&` are written as `\u003c` and so
//! on, so no title can close the script element it sits in.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use crate::fingerprint::{FilmStatistics, Fingerprint, Palette, ShotList, Swatch};
use crate::render::escape_xml;
use crate::sample::format_time;

const FILM_PAGE: &str = include_str!("pages/film.html");
const GALLERY_PAGE: &str = include_str!("pages/gallery.html");

/// The picture shown on a film's page.
#[derive(Debug, Clone, Copy)]
pub struct PageImage<'a> {
    /// `image/png` or `image/svg+xml`.
    pub mime: &'a str,
    /// The file's bytes.
    pub bytes: &'a [u8],
    /// Size in pixels.
    pub width: u32,
    /// Size in pixels.
    pub height: u32,
}

/// A film's page. `image` must show one bar per sample, side by side across its whole width
/// (the hover maps the pointer's x to a bar); `palette`, if any, is listed below it.
pub fn film_page(
    fingerprint: &Fingerprint,
    title: &str,
    image: &PageImage<'_>,
    palette: Option<&Palette>,
) -> String {
    let pair = |c: &Swatch| json!([c.hex, c.share]);
    let samples: Vec<Value> = fingerprint
        .samples
        .iter()
        .map(|s| json!({ "t": s.time_s, "colors": s.colors.iter().map(pair).collect::<Vec<_>>(), "thumb": s.thumbnail }))
        .collect();
    let palette: Vec<Value> = palette.map(|p| p.colors.iter().map(pair).collect()).unwrap_or_default();
    let source = &fingerprint.source;
    let settings = &fingerprint.settings;
    let mut rows = vec![
        ("file", source.file.clone()),
        ("video", format!("{} {}×{}, {}", source.codec, source.width, source.height, source.container)),
        ("bars (N)", settings.samples.to_string()),
        ("clusters per frame (k)", settings.clusters.to_string()),
        ("colors per bar (d)", settings.colors.to_string()),
        ("color space", format!("{:?}", settings.color_space).to_lowercase()),
        ("sampling", format!("{:?}", settings.sampling).to_lowercase()),
    ];
    if let Some(crop) = fingerprint.crop {
        rows.push(("crop", crop.to_string()));
    }
    if let Some(span) = fingerprint.sampled {
        rows.push(("sampled", format!("{} – {}", format_time(span.start_s), format_time(span.end_s))));
    }
    let timings: Vec<(&str, String)> = match &fingerprint.timings {
        Some(t) => vec![
            ("open and index", format!("{:.3} s", t.open_s)),
            ("find bars", format!("{:.3} s", t.crop_s)),
            ("sampling", format!("{:.3} s ({} workers)", t.sampling_s, t.workers)),
            ("frames decoded", t.frames_decoded.to_string()),
            ("render", format!("{:.3} s", t.render_s)),
        ],
        None => Vec::new(),
    };
    let span = fingerprint.sampled_span();
    let data = json!({
        "samples": samples,
        "span": [span.start_s, span.end_s],
        "shots": fingerprint.shots.as_ref().map(shots_data),
        "palette": palette,
        "settings": rows,
        "timings": timings,
        "statistics": fingerprint.statistics.as_ref().map(statistics_rows).unwrap_or_default(),
    });
    let shots = fingerprint.shots.as_ref().map(|l| format!(" · {} shots", l.shots.len())).unwrap_or_default();
    let info = format!(
        "{} · {} · {} bars{shots}",
        source.file,
        format_time(source.duration_s).split('.').next().unwrap_or_default(),
        fingerprint.samples.len()
    );
    let uri = format!("data:{};base64,{}", image.mime, STANDARD.encode(image.bytes));
    fill(
        FILM_PAGE,
        &[
            ("TITLE", escape_xml(title)),
            ("INFO", escape_xml(&info)),
            ("IMAGE", escape_xml(&uri)),
            ("WIDTH", image.width.to_string()),
            ("HEIGHT", image.height.to_string()),
            ("DATA", script_json(&data)),
        ],
    )
}

/// The color statistics as rows of a table.
fn statistics_rows(s: &FilmStatistics) -> Vec<(&'static str, String)> {
    vec![
        ("colorfulness (Hasler & Süsstrunk)", format!("{:.1}", s.colorfulness)),
        (
            "warm / cool / neutral",
            format!("{:.0} % / {:.0} % / {:.0} %", 100.0 * s.warm, 100.0 * s.cool, 100.0 * s.neutral),
        ),
        ("lightness (Oklab)", format!("{:.3} ± {:.3}", s.lightness, s.lightness_sd)),
        ("chroma (Oklab)", format!("{:.3} ± {:.3}", s.chroma, s.chroma_sd)),
        ("palette diversity (entropy of 8 colors)", format!("{:.2} bits of 3", s.palette_entropy)),
    ]
}

/// A film on the gallery page.
#[derive(Debug, Clone, PartialEq)]
pub struct GalleryFilm {
    /// Shown under the picture.
    pub title: String,
    /// The film's page, relative to the gallery.
    pub page: Option<String>,
    /// The fingerprint picture, relative to the gallery.
    pub image: Option<String>,
    /// Seconds.
    pub duration_s: Option<f64>,
    /// Degrees.
    pub hue: Option<f32>,
    /// Oklab lightness.
    pub lightness: Option<f32>,
    /// Why it failed, if it did.
    pub failed: Option<String>,
    /// Its nearest films (indices into the gallery's list) and their distances.
    pub nearest: Vec<(usize, f32)>,
    /// Its color statistics, when its fingerprint could be read.
    pub statistics: Option<FilmStatistics>,
}

/// The shots as the page draws them: each one's span, transition, colors and frame, and the
/// statistics as rows of a table.
fn shots_data(list: &ShotList) -> Value {
    let pair = |c: &Swatch| json!([c.hex, c.share]);
    let shots: Vec<Value> = list
        .shots
        .iter()
        .map(|s| {
            json!({
                "s": s.start_s,
                "e": s.end_s,
                "k": s.transition.map(|t| super::shots::name(t.kind)),
                "colors": s.clusters.iter().map(pair).collect::<Vec<_>>(),
                "thumb": s.thumbnail,
            })
        })
        .collect();
    let st = &list.statistics;
    let stats = [
        ("shots", st.count.to_string()),
        ("average shot length", format!("{:.2} s", st.average_s)),
        ("median shot length", format!("{:.2} s", st.median_s)),
        ("standard deviation", format!("{:.2} s", st.sd_s)),
        ("shortest / longest", format!("{:.2} s / {:.2} s", st.shortest_s, st.longest_s)),
        ("cuts / dissolves / fades", format!("{} / {} / {}", st.cuts, st.dissolves, st.fades)),
    ];
    json!({ "list": shots, "stats": stats })
}

/// The gallery of a batch: every film's fingerprint, sortable by title, duration, dominant hue
/// and brightness, each with its nearest films; and for a small library the matrix of every
/// pair's distance (`matrix[i][j]` between films i and j of the list).
pub fn gallery_page(films: &[GalleryFilm], matrix: Option<&[Vec<f32>]>) -> String {
    let list: Vec<Value> = films
        .iter()
        .map(|f| {
            json!({
                "title": f.title, "page": f.page, "image": f.image, "duration": f.duration_s,
                "hue": f.hue, "lightness": f.lightness, "failed": f.failed,
                "nearest": f.nearest.iter().map(|&(i, d)| json!([i, d])).collect::<Vec<_>>(),
                "colorfulness": f.statistics.as_ref().map(|s| s.colorfulness),
                "warm": f.statistics.as_ref().map(|s| s.warm),
                "entropy": f.statistics.as_ref().map(|s| s.palette_entropy),
            })
        })
        .collect();
    let data = json!({ "films": list, "matrix": matrix });
    fill(GALLERY_PAGE, &[("DATA", script_json(&data))])
}

/// JSON that can sit inside a `<script>` element: nothing in it can end the element.
pub(super) fn script_json(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// Replaces each `{{NAME}}` of the template in one pass, so a value that itself holds
/// `{{…}}` is never expanded.
pub(super) fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after
            .find("}}")
            .and_then(|end| values.iter().find(|(k, _)| *k == &after[..end]).map(|v| (end, v)))
        {
            Some((end, (_, value))) => {
                out.push_str(value);
                rest = &after[end + 2..];
            }
            None => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_once_and_json_cannot_close_its_script() {
        assert_eq!(
            fill("a {{X}} b {{Y}} {{Z}}", &[("X", "{{Y}}".into()), ("Y", "2".into())]),
            "a {{Y}} b 2 {{Z}}"
        );
        let json = script_json(&json!({ "title": "</script><script>alert(1)</script> & <!--" }));
        assert!(!json.contains('<') && !json.contains('>') && !json.contains('&'), "{json}");
        let back: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["title"], "</script><script>alert(1)</script> & <!--");
        let page = gallery_page(
            &[GalleryFilm {
                title: "<b>x</b>".into(),
                page: None,
                image: None,
                duration_s: None,
                hue: None,
                lightness: None,
                failed: None,
                nearest: Vec::new(),
                statistics: None,
            }],
            None,
        );
        assert!(!page.contains("<b>x</b>"), "{page}");
        assert_eq!(page.matches("</script>").count(), 2, "only the page's own two scripts end");
    }
}
