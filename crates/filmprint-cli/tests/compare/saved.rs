//! `filmprint compare` on saved fingerprints and over a library: what it writes, what it
//! refuses, and comparing films shot by shot.

use std::path::Path;

use serde_json::Value;
use testkit::{read_png, run_ffmpeg};

use super::{compare, copy, film, number, spans};
use crate::common::{filmprint, json};

#[test]
fn saved_fingerprints_compare_without_decoding_and_every_output_is_written() {
    let base = film("film.mp4", 0);
    let trimmed = copy(&base, "trimmed.mp4", &["-ss", "2.5"], &[]);
    let saved = base.sibling("film.json");
    let made = filmprint(&[
        base.path.to_str().unwrap(),
        "-n",
        "120",
        "-q",
        "-o",
        base.sibling("film.png").to_str().unwrap(),
        "--json",
        saved.to_str().unwrap(),
    ]);
    assert!(made.status.success());
    // A saved fingerprint against a movie: the movie is analysed as the fingerprint was made.
    let (picture, svg, page, out) =
        (base.sibling("c.png"), base.sibling("c.svg"), base.sibling("c.html"), base.sibling("c.json"));
    let run = filmprint(&[
        "compare",
        saved.to_str().unwrap(),
        trimmed.to_str().unwrap(),
        "-q",
        "-o",
        picture.to_str().unwrap(),
        "--svg",
        svg.to_str().unwrap(),
        "--html",
        page.to_str().unwrap(),
        "--json",
        out.to_str().unwrap(),
        "--width",
        "1200",
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let c = json(&out);
    assert_eq!(c["b"]["samples"], 120, "the movie was sampled as the fingerprint was");
    assert!((number(&c["timing"]["offset_s"]) + 2.5).abs() < 0.3, "{}", c["timing"]);
    let (width, height, _) = read_png(&picture);
    assert_eq!(width, 1200);
    assert!(height > 300 && height < 1200, "{height}");
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"), "{}", &svg[..60]);
    let page = std::fs::read_to_string(&page).unwrap();
    assert!(page.contains("data:image/png;base64,") && page.contains("\"pairs\""));

    // Analysis options cannot change a saved fingerprint: a usage error, nothing written.
    let refused = base.sibling("refused.png");
    let run = filmprint(&[
        "compare",
        saved.to_str().unwrap(),
        saved.to_str().unwrap(),
        "-n",
        "50",
        "-o",
        refused.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(!refused.exists());
    // Only PNG and SVG pictures; no --timings.
    for args in [vec!["-o", "c.jpg"], vec!["--timings"]] {
        let mut all = vec!["compare", saved.to_str().unwrap(), saved.to_str().unwrap()];
        all.extend(args.iter().copied());
        assert_eq!(filmprint(&all).status.code(), Some(2), "{args:?}");
    }
    // A fingerprint whose samples are out of order: one line, exit 1, nothing written.
    let mut shuffled = json(&saved);
    shuffled["samples"].as_array_mut().unwrap().swap(2, 50);
    let hostile = base.sibling("shuffled.json");
    std::fs::write(&hostile, shuffled.to_string()).unwrap();
    let run = filmprint(&[
        "compare",
        saved.to_str().unwrap(),
        hostile.to_str().unwrap(),
        "-o",
        refused.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.lines().count() == 1 && stderr.contains("comes before"), "{stderr}");
    assert!(!refused.exists());
    // A missing film: one line, exit 1, nothing written.
    let run = filmprint(&[
        "compare",
        saved.to_str().unwrap(),
        "/nonexistent/film.mkv",
        "-o",
        refused.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("/nonexistent/film.mkv"), "{stderr}");
    assert!(!refused.exists());
}

#[test]
fn a_librarys_gallery_lists_each_films_nearest_films() {
    let base = film("a-film.mp4", 0);
    copy(&base, "b-graded.mp4", &[], &["-vf", "eq=saturation=0.85"]);
    copy(&base, "c-trimmed.mp4", &["-ss", "5"], &[]);
    run_ffmpeg(
        &["-f", "lavfi", "-i", "mandelbrot=s=160x90:r=24", "-t", "20", "-c:v", "libx264"],
        &base.sibling("d-other.mp4"),
    );
    let out = base.sibling("prints");
    let run = filmprint(&[
        "batch",
        base.dir.path().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--html",
        "-n",
        "120",
        "-q",
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    let data = page
        .split("<script type=\"application/json\" id=\"data\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let data: Value = serde_json::from_str(data).unwrap();
    let films = data["films"].as_array().unwrap();
    let titles: Vec<&str> = films.iter().map(|f| f["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["a-film", "b-graded", "c-trimmed", "d-other"]);
    let nearest = |i: usize| -> Vec<(usize, f64)> {
        films[i]["nearest"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| (n[0].as_u64().unwrap() as usize, number(&n[1])))
            .collect()
    };
    let of_a = nearest(0);
    assert_eq!(of_a.len(), 3);
    assert!(of_a[..2].iter().all(|&(i, d)| (i == 1 || i == 2) && d < 0.05), "{of_a:?}");
    assert_eq!(of_a[2].0, 3, "the unrelated film last: {of_a:?}");
    assert!(of_a[2].1 > 3.0 * of_a[1].1, "{of_a:?}");
    assert_eq!(nearest(3).len(), 3);
    let matrix = data["matrix"].as_array().unwrap();
    assert_eq!(matrix.len(), 4);
    assert_eq!(number(&matrix[0][3]), number(&matrix[3][0]));
}

#[test]
fn films_with_shots_are_compared_shot_by_shot() {
    let base = film("film.mp4", 0);
    let cut = copy(&base, "cut.mp4", &[], &["-vf", "select='not(between(t,13.5,18.49))',setpts=N/24/TB"]);
    let saved = |movie: &Path, name: &str| {
        let json = base.sibling(name);
        let run = filmprint(&[
            movie.to_str().unwrap(),
            "--shots",
            "-n",
            "60",
            "-q",
            "-o",
            base.sibling("x.png").to_str().unwrap(),
            "--json",
            json.to_str().unwrap(),
        ]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        json
    };
    let (a, b) = (saved(&base.path, "a.json"), saved(&cut, "b.json"));
    let (c, findings) = compare(&a, &b, &[]);
    // Two movies with --shots: the same, without saving anything first.
    let (direct, _) = compare(&base.path, &cut, &["--shots", "-n", "60"]);
    assert_eq!(direct["unit"], "shots");
    assert_eq!(direct["only_in_a"], c["only_in_a"]);
    assert_eq!(c["unit"], "shots", "{findings}");
    assert!(findings.contains("shot by shot"), "{findings}");
    let pairs = c["pairs"].as_array().unwrap();
    assert!(pairs.iter().all(|p| p["a_shot"].is_u64() && p["b_shot"].is_u64()));
    // After the cut, B's shots are A's less the ones cut out (the detector's shots, whatever
    // it made of the moving gradients: at least the two scenes).
    for pair in pairs.iter().filter(|p| number(&p["a_s"]) > 20.0) {
        let (a_shot, b_shot) = (pair["a_shot"].as_u64().unwrap(), pair["b_shot"].as_u64().unwrap());
        assert!(a_shot >= b_shot + 2, "{pair}");
    }
    let lacks = spans(&c["only_in_a"]);
    assert_eq!(lacks.len(), 1, "{findings}");
    assert!((lacks[0].0 - 13.5).abs() <= 0.5 && (lacks[0].1 - 18.5).abs() <= 0.5, "{lacks:?}");
}
