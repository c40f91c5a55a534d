//! The comparison's page: the picture, with the pointer mapped back to both films' times (the
//! hover shows a moment of either film and its match in the other), the findings, the grade
//! part by part and KALMUS' scores. Self-contained and escaped like the film pages.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use super::html::{fill, script_json};
use crate::compare::units::compared_forms;
use crate::compare::{Comparison, grade::Grade, timecode};
use crate::error::Result;
use crate::fingerprint::{Fingerprint, Swatch};
use crate::render::{self, ComparePicture, escape_xml};

const COMPARE_PAGE: &str = include_str!("pages/compare.html");

/// Most matched points the page carries (the hover picks the nearest).
const MAX_PAGE_PAIRS: usize = 5000;

fn film_data(fingerprint: &Fingerprint) -> Value {
    let pair = |c: &Swatch| json!([c.hex, c.share]);
    let span = fingerprint.sampled_span();
    let samples: Vec<Value> = fingerprint
        .samples
        .iter()
        .map(|s| json!({ "t": s.time_s, "colors": s.colors.iter().map(pair).collect::<Vec<_>>(), "thumb": s.thumbnail }))
        .collect();
    json!({ "span": [span.start_s, span.end_s], "samples": samples })
}

fn grade_row(label: String, g: &Grade) -> Vec<String> {
    vec![
        label,
        g.pairs.to_string(),
        format!("{:+.3}", g.lightness),
        format!("{:+.3}", g.a),
        format!("{:+.3}", g.b),
        format!("{:.3}", g.chroma_ratio),
        format!("{:+.1}°", g.hue_turn),
        format!("{:.3}", g.delta_e),
    ]
}

/// The page of a comparison of `a` and `b`.
pub fn compare_page(
    c: &Comparison,
    a: &Fingerprint,
    b: &Fingerprint,
    picture: &ComparePicture,
) -> Result<String> {
    let layout = render::compare_layout(c, a, b, picture)?;
    // The films as compared (by shot when both have shots): the pairs index their samples.
    let forms = compared_forms(a, b);
    let canvas = render::render_comparison(c, a, b, picture)?;
    let mut png = Vec::new();
    let title = format!(
        "{} against {}",
        c.a.title.clone().unwrap_or_else(|| c.a.file.clone()),
        c.b.title.clone().unwrap_or_else(|| c.b.file.clone())
    );
    render::encode_png(&canvas, Some(&title), &mut png, std::path::Path::new("comparison page"))?;
    let every = c.pairs.len().div_ceil(MAX_PAGE_PAIRS).max(1);
    let pairs: Vec<Value> = c
        .pairs
        .iter()
        .step_by(every)
        .map(|p| json!({ "a": p.a_s, "b": p.b_s, "as": p.a_sample, "bs": p.b_sample, "e": p.delta_e }))
        .collect();
    let spans = |list: &[crate::fingerprint::Span]| {
        list.iter().map(|s| json!([s.start_s, s.end_s])).collect::<Vec<_>>()
    };
    let mut grade_rows = vec![grade_row("whole film".into(), &c.grade)];
    grade_rows.extend(
        c.segments
            .iter()
            .map(|s| grade_row(format!("{}–{}", timecode(s.span.start_s), timecode(s.span.end_s)), &s.grade)),
    );
    let k = &c.kalmus;
    let kalmus = vec![
        ("cross correlation", format!("{:.4}", k.cross_correlation)),
        ("local cross correlation", format!("{:.4}", k.local_cross_correlation)),
        ("NRMSE similarity", format!("{:.4}", k.nrmse)),
        ("SSIM", k.ssim.map_or_else(|| "— (barcode under 7 × 7 pixels)".into(), |v| format!("{v:.4}"))),
        ("Needleman–Wunsch", format!("{:.4}", k.needleman_wunsch)),
        ("Smith–Waterman", format!("{:.4}", k.smith_waterman)),
    ];
    let data = json!({
        "layout": {
            "width": layout.width, "height": layout.height, "left": layout.left, "pixels_per_s": layout.pixels_per_s,
            "top_a": layout.top_a, "top_links": layout.top_links, "top_b": layout.top_b, "bottom_b": layout.bottom_b,
        },
        "a": film_data(&forms.1),
        "b": film_data(&forms.2),
        "pairs": pairs,
        "only_in_a": spans(&c.only_in_a),
        "only_in_b": spans(&c.only_in_b),
        "findings": c.summary,
        "grade_head": ["part of A", "pairs", "ΔL", "Δa", "Δb", "chroma B/A", "hue turn", "median ΔE"],
        "grade_rows": grade_rows,
        "kalmus": kalmus,
    });
    let info = format!("A: {} · B: {} · distance {:.4}", c.a.file, c.b.file, c.distance);
    let uri = format!("data:image/png;base64,{}", STANDARD.encode(&png));
    Ok(fill(
        COMPARE_PAGE,
        &[
            ("TITLE", escape_xml(&title)),
            ("INFO", escape_xml(&info)),
            ("IMAGE", escape_xml(&uri)),
            ("WIDTH", canvas.width.to_string()),
            ("HEIGHT", canvas.height.to_string()),
            ("DATA", script_json(&data)),
        ],
    ))
}
