//! The HTML pages of `batch --html` in a real browser (Debian's Chromium, headless, driven
//! over the DevTools protocol): hovering a bar shows its time code, colors and frame; a title
//! holding markup is shown as text; the gallery sorts; a screenshot is kept for the README.
//!
//! Needs Chromium (`make test` installs Debian's `chromium`; another binary can be named in
//! `FILMPRINT_CHROMIUM`); `FILMPRINT_SKIP_BROWSER=1` skips these tests, saying so. `FILMPRINT_SCREENSHOT=PATH` also saves the page's screenshot there.

use std::path::{Path, PathBuf};

use crate::common::{filmprint, json};
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::{Browser, LaunchOptions, Tab};
use serde_json::Value;
use testkit::{Clip, color_sequence, near, strs};

const TITLE: &str = "<script>alert('x')</script> & \"Friends\"";

/// The browser, or `None` when `FILMPRINT_SKIP_BROWSER=1` asks to skip these tests (say, on a
/// machine without Chromium); without that, a missing Chromium fails them.
fn browser() -> Option<(Browser, tempfile::TempDir)> {
    if std::env::var_os("FILMPRINT_SKIP_BROWSER").is_some_and(|v| v == "1") {
        eprintln!("skipped: FILMPRINT_SKIP_BROWSER=1 (the HTML pages are not tested in a browser)");
        return None;
    }
    let path = std::env::var_os("FILMPRINT_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/bin/chromium".into());
    assert!(
        path.exists(),
        "Chromium is needed for the HTML tests: apt-get install chromium (or set FILMPRINT_CHROMIUM)"
    );
    let profile = tempfile::tempdir().unwrap();
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .headless(true)
        .sandbox(false)
        .window_size(Some((1280, 900)))
        .user_data_dir(Some(profile.path().to_owned()))
        .args(vec![std::ffi::OsStr::new("--disable-gpu")])
        .build()
        .unwrap();
    Some((Browser::new(options).unwrap(), profile))
}

fn open(browser: &Browser, page: &Path) -> std::sync::Arc<Tab> {
    let tab = browser.new_tab().unwrap();
    tab.navigate_to(&format!("file://{}", page.display())).unwrap().wait_until_navigated().unwrap();
    tab
}

fn eval(tab: &Tab, script: &str) -> Value {
    tab.evaluate(script, false).unwrap().value.unwrap_or(Value::Null)
}

/// h:mm:ss of a time rounded to the second, as the page writes it.
fn timecode(seconds: f64) -> String {
    let t = seconds.round() as u64;
    format!("{}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60)
}

/// A film page of 4 s of red then 4 s of blue, 8 bars, with a hostile title.
fn film() -> (Clip, PathBuf, Value) {
    let args = color_sequence(&[("red", 4.0), ("blue", 4.0)], "160x90", 10);
    let mut args = strs(&args);
    args.extend(["-c:v", "libx264"]);
    let clip = Clip::encode("film.mp4", &args);
    let out = clip.sibling("out");
    let run = filmprint(&[
        "batch",
        clip.path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--html",
        "-n",
        "8",
        "-q",
        "--title",
        TITLE,
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let fingerprint = json(&out.join("film.json"));
    (clip, out, fingerprint)
}

#[test]
fn hovering_a_bar_shows_its_time_colors_and_frame_and_titles_are_text() {
    let (_clip, out, fingerprint) = film();
    let Some((browser, _profile)) = browser() else { return };
    let tab = open(&browser, &out.join("film.html"));

    // The title, markup and all, is text: no script ran, none was added.
    assert_eq!(eval(&tab, "document.getElementById('title').textContent"), TITLE);
    assert_eq!(eval(&tab, "document.querySelectorAll('script').length"), 2);
    assert_eq!(eval(&tab, "document.getElementById('title').childElementCount"), 0);
    assert_eq!(eval(&tab, "document.title"), format!("{TITLE} · filmprint"));

    let bars = tab.wait_for_element("#bars").unwrap();
    let box_ = bars.get_box_model().unwrap();
    let (left, width) = (box_.content.most_left(), box_.content.width());
    let middle = box_.content.most_top() + box_.content.height() / 2.0;
    for bar in [1usize, 6] {
        let x = left + width * (bar as f64 + 0.5) / 8.0;
        tab.move_mouse_to_point(headless_chrome::browser::tab::point::Point { x, y: middle }).unwrap();
        let shown = eval(&tab, "document.getElementById('tip').style.display");
        assert_eq!(shown, "block", "bar {bar}: the tooltip shows");
        let text = eval(&tab, "document.getElementById('tip').textContent");
        let text = text.as_str().unwrap();
        let sample = &fingerprint["samples"][bar];
        assert!(text.contains(&timecode(sample["time_s"].as_f64().unwrap())), "bar {bar}: {text}");
        let hex = sample["colors"][0]["hex"].as_str().unwrap();
        assert!(text.contains(hex), "bar {bar}: {text} lacks {hex}");
        assert!(text.contains("100.0 %"), "a one-color frame: {text}");
        let expected = if bar < 4 { [255, 0, 0] } else { [0, 0, 255] };
        assert!(near(crate::common::hex_rgb(&Value::String(hex.into())), expected, 4), "bar {bar}: {hex}");
        let thumb = eval(&tab, "document.querySelector('#tip img').naturalWidth");
        assert_eq!(thumb, 80, "bar {bar}: the frame's thumbnail (160 px wide at analysis, halved)");
    }
    // Clicking pins the tooltip; clicking a color code copies it (the button says so).
    tab.click_point(headless_chrome::browser::tab::point::Point { x: left + width * 6.5 / 8.0, y: middle })
        .unwrap();
    assert_eq!(eval(&tab, "document.getElementById('tip').classList.contains('pinned')"), true);
    tab.wait_for_element("#tip button.hex").unwrap().click().unwrap();
    // The button says so once the clipboard's promise settles (for 1.2 s): look a few times,
    // as a loaded machine may settle it after the click returns.
    let copied = (0..40).any(|_| {
        let shown =
            eval(&tab, "document.querySelector('#tip button.hex').classList.contains('copied')") == true;
        if !shown {
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        shown
    });
    assert!(copied, "the color code's button says it was copied");
    // The palette lists the film's colors with their shares.
    let palette = eval(&tab, "document.getElementById('palette').textContent");
    assert!(palette.as_str().unwrap().contains("50.0%"), "{palette}");

    let png = tab.capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    if let Some(path) = std::env::var_os("FILMPRINT_SCREENSHOT") {
        std::fs::write(path, &png).unwrap();
    }
}

#[test]
fn the_gallery_sorts_films_and_links_their_pages() {
    let root = tempfile::tempdir().unwrap();
    for (name, color, seconds) in [("b-long", "navy", 3), ("a-short", "yellow", 1), ("c-mid", "red", 2)] {
        let source = format!("color=c={color}:s=64x36:r=10:d={seconds}");
        testkit::run_ffmpeg(
            &["-f", "lavfi", "-i", &source, "-c:v", "libx264"],
            &root.path().join(format!("{name}.mp4")),
        );
    }
    let out = root.path().join("out");
    let run = filmprint(&[
        "batch",
        root.path().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--html",
        "-n",
        "4",
        "-q",
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let Some((browser, _profile)) = browser() else { return };
    let tab = open(&browser, &out.join("index.html"));
    let order = |tab: &Tab| {
        eval(tab, "[...document.querySelectorAll('.film .name')].map(e => e.textContent).join(',')")
    };
    assert_eq!(order(&tab), "a-short,b-long,c-mid");
    tab.wait_for_element("button[data-key=duration]").unwrap().click().unwrap();
    assert_eq!(order(&tab), "a-short,c-mid,b-long");
    tab.wait_for_element("button[data-key=lightness]").unwrap().click().unwrap();
    assert_eq!(order(&tab), "b-long,c-mid,a-short", "navy, red, yellow: darkest first");
    let links =
        eval(&tab, "[...document.querySelectorAll('.film > a')].map(a => a.getAttribute('href')).join(',')");
    assert_eq!(links, "b-long.html,c-mid.html,a-short.html");
    assert_eq!(
        eval(&tab, "[...document.images].every(i => i.complete && i.naturalWidth > 0)"),
        true,
        "pictures load from the folder"
    );
    // Each film lists its nearest films; a small library shows every pair's distance.
    let near = eval(&tab, "document.querySelector('.film .near').textContent");
    assert!(near.as_str().unwrap().starts_with("nearest: "), "{near}");
    assert_eq!(eval(&tab, "document.getElementById('similarity').hidden"), false);
    assert_eq!(eval(&tab, "document.querySelectorAll('#matrix td').length"), 9);
}

#[test]
fn a_single_film_gets_its_page_with_html() {
    let args = color_sequence(&[("red", 1.0), ("blue", 1.0)], "160x90", 10);
    let mut args = strs(&args);
    args.extend(["-c:v", "libx264"]);
    let clip = Clip::encode("film.mp4", &args);
    let page = clip.sibling("film.html");
    let run = filmprint(&[
        clip.path.to_str().unwrap(),
        "-n",
        "4",
        "-q",
        "-o",
        clip.sibling("film.png").to_str().unwrap(),
        "--html",
        page.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let Some((browser, _profile)) = browser() else { return };
    let tab = open(&browser, &page);
    assert_eq!(eval(&tab, "document.getElementById('title').textContent"), "film");
    assert_eq!(eval(&tab, "JSON.parse(document.getElementById('data').textContent).samples.length"), 4);
    assert_eq!(
        eval(&tab, "JSON.parse(document.getElementById('data').textContent).samples.every(s => s.thumb)"),
        true
    );
}

#[test]
fn hovering_a_shot_shows_its_span_duration_and_frame_and_the_cuts_are_marked() {
    // Red 2 s, blue 1 s, green 1 s: three shots, cuts at 2 s and 3 s.
    let args = color_sequence(&[("red", 2.0), ("blue", 1.0), ("green", 1.0)], "160x90", 25);
    let mut args = strs(&args);
    args.extend(["-c:v", "libx264"]);
    let clip = Clip::encode("shots.mp4", &args);
    let page = clip.sibling("shots.html");
    let run = filmprint(&[
        "shots",
        clip.path.to_str().unwrap(),
        "-o",
        clip.sibling("shots.csv").to_str().unwrap(),
        "--html",
        page.to_str().unwrap(),
        "-n",
        "8",
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let Some((browser, _profile)) = browser() else { return };
    let tab = open(&browser, &page);
    assert_eq!(eval(&tab, "document.getElementById('shots').hidden"), false);
    // A line over the bars where each shot after the first begins, at 50 % and 75 %.
    assert_eq!(
        eval(&tab, "[...document.querySelectorAll('#cuts div')].map(d => d.style.left).join(',')"),
        "50%,75%"
    );
    // The strip's shots are as wide as they are long; the chart has a bar per shot.
    let widths = eval(
        &tab,
        "[...document.querySelectorAll('#script .shot')].map(d => d.getBoundingClientRect().width).join(',')",
    );
    let widths: Vec<f64> = widths.as_str().unwrap().split(',').map(|w| w.parse().unwrap()).collect();
    assert_eq!(widths.len(), 3);
    assert!((widths[0] / widths[1] - 2.0).abs() < 0.05 && (widths[1] - widths[2]).abs() < 1.0, "{widths:?}");
    assert_eq!(eval(&tab, "document.querySelectorAll('#chart rect').length"), 3);
    // Hovering the second shot shows its span, duration, transition, color and frame.
    let strip = tab.wait_for_element("#script").unwrap().get_box_model().unwrap();
    let (left, width) = (strip.content.most_left(), strip.content.width());
    let middle = strip.content.most_top() + strip.content.height() / 2.0;
    tab.move_mouse_to_point(headless_chrome::browser::tab::point::Point {
        x: left + width * 0.62,
        y: middle,
    })
    .unwrap();
    assert_eq!(eval(&tab, "document.getElementById('shot-tip').style.display"), "block");
    let text = eval(&tab, "document.getElementById('shot-tip').textContent");
    let text = text.as_str().unwrap();
    assert!(
        text.contains("0:00:02 – 0:00:03") && text.contains("shot 2 of 3 · 1.00 s · after a cut"),
        "{text}"
    );
    assert!(text.contains("100.0 %"), "one color: {text}");
    assert_eq!(eval(&tab, "document.querySelector('#shot-tip img').naturalWidth"), 80);
    let stats = eval(&tab, "document.getElementById('shot-stats').textContent");
    assert!(stats.as_str().unwrap().contains("average shot length1.33 s"), "{stats}");
}

#[test]
fn the_comparison_page_shows_a_moment_and_its_match_in_the_other_film() {
    // A: 3 s red, 1 s yellow, 4 s blue, 4 s green. B: the same with its first 3 s cut off.
    // (The cut part must differ from what follows it: of a 4 s red shot cut to 1 s, which
    // 3 s went is not in the pictures, and either answer would be right.)
    let args = color_sequence(&[("red", 3.0), ("yellow", 1.0), ("blue", 4.0), ("green", 4.0)], "160x90", 10);
    let mut args = strs(&args);
    args.extend(["-c:v", "libx264"]);
    let a = Clip::encode("a.mp4", &args);
    let b = a.sibling("b.mp4");
    testkit::run_ffmpeg(&["-ss", "3", "-i", a.path.to_str().unwrap(), "-c:v", "libx264"], &b);
    let page = a.sibling("a-vs-b.html");
    let run = filmprint(&[
        "compare",
        a.path.to_str().unwrap(),
        b.to_str().unwrap(),
        "-n",
        "60",
        "-q",
        "-o",
        a.sibling("a-vs-b.png").to_str().unwrap(),
        "--html",
        page.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let Some((browser, _profile)) = browser() else { return };
    let tab = open(&browser, &page);
    let layout = eval(&tab, "JSON.stringify(JSON.parse(document.getElementById('data').textContent).layout)");
    let layout: Value = serde_json::from_str(layout.as_str().unwrap()).unwrap();
    let picture = tab.wait_for_element("#comparison").unwrap().get_box_model().unwrap();
    let scale = picture.content.width() / layout["width"].as_f64().unwrap();
    let point = |t: f64, y: f64| headless_chrome::browser::tab::point::Point {
        x: picture.content.most_left()
            + scale * (layout["left"].as_f64().unwrap() + t * layout["pixels_per_s"].as_f64().unwrap()),
        y: picture.content.most_top() + scale * y,
    };
    let band_a = layout["top_a"].as_f64().unwrap() + 10.0;
    // 6 s into A (blue) is 3 s into B.
    tab.move_mouse_to_point(point(6.0, band_a)).unwrap();
    assert_eq!(eval(&tab, "document.getElementById('tip').style.display"), "block");
    let text = eval(&tab, "document.getElementById('tip').textContent");
    let text = text.as_str().unwrap();
    let offset: f64 =
        text.split("B − A ").nth(1).and_then(|r| r.trim_end_matches(" s").parse().ok()).unwrap();
    assert!((offset + 3.0).abs() < 0.25 && text.contains("A 0:0") && text.contains("B 0:0"), "{text}");
    assert!(text.contains("#0000ff") || text.contains("#0000fe"), "blue in both: {text}");
    // 1 s into A is a part B lacks.
    tab.move_mouse_to_point(point(1.0, band_a)).unwrap();
    let text = eval(&tab, "document.getElementById('tip').textContent");
    assert!(text.as_str().unwrap().contains("only in A"), "{text}");
    // The findings are listed, and KALMUS' scores tabled.
    let findings = eval(&tab, "document.getElementById('findings').textContent");
    // The cut ends at 3 s, to within a sample's interval (0.2 s).
    let findings = findings.as_str().unwrap();
    let lacks_until: f64 = findings
        .split("B lacks 0:00.0–0:")
        .nth(1)
        .and_then(|rest| rest.get(..4))
        .and_then(|end| end.parse().ok())
        .unwrap_or(f64::NAN);
    assert!((lacks_until - 3.0).abs() <= 0.2 + 1e-9, "{findings}");
    assert_eq!(eval(&tab, "document.querySelectorAll('#kalmus tr').length"), 7);
}
