//! Helpers shared by the end-to-end tests: running the binary, reading its JSON and PNGs,
//! and the clips most tests start from.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use testkit::{Clip, color_sequence, read_png, strs, with};

pub fn filmprint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_filmprint")).args(args).output().unwrap()
}

pub fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Runs filmprint on `clip` with `args`, writing `out.png` and `out.json` beside it, checks
/// it succeeded, and returns the JSON.
pub fn fingerprint_of(clip: &Clip, args: &[&str]) -> Value {
    let (png, js) = (clip.sibling("out.png"), clip.sibling("out.json"));
    let mut all = vec![clip.path.to_str().unwrap()];
    all.extend_from_slice(args);
    all.extend(["-q", "-o", png.to_str().unwrap(), "--json", js.to_str().unwrap()]);
    let out = filmprint(&all);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    json(&js)
}

pub fn hex_rgb(value: &Value) -> [u8; 3] {
    let hex = value.as_str().unwrap();
    let channel = |i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    [channel(1), channel(3), channel(5)]
}

/// The bar colors (top to bottom) of every sample in the JSON.
pub fn bar_colors(fp: &Value) -> Vec<Vec<[u8; 3]>> {
    fp["samples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["colors"].as_array().unwrap().iter().map(|c| hex_rgb(&c["hex"])).collect())
        .collect()
}

pub fn pixel(png: &(u32, u32, Vec<u8>), x: u32, y: u32) -> [u8; 3] {
    let i = ((y * png.0 + x) * 3) as usize;
    [png.2[i], png.2[i + 1], png.2[i + 2]]
}

pub const RED: [u8; 3] = [255, 0, 0];
pub const BLUE: [u8; 3] = [0, 0, 255];

pub fn red_then_blue(name: &str, extra: &[&str]) -> Clip {
    let args = with(&color_sequence(&[("red", 3.0), ("blue", 1.0)], "160x90", 25), extra);
    Clip::encode(name, &strs(&args))
}

/// Waits until the running `child` has one of `files` open (it is reading a movie): a sign it
/// is at work that holds on a loaded machine, where a fixed sleep may end before the program
/// has started, or after it has finished. Fails the test if the child exits first or takes
/// over a minute.
pub fn wait_until_reading(child: &mut std::process::Child, files: &[&Path]) {
    let targets: Vec<std::path::PathBuf> = files.iter().map(|f| f.canonicalize().unwrap()).collect();
    let started = std::time::Instant::now();
    loop {
        assert!(child.try_wait().unwrap().is_none(), "the run ended before it was seen reading");
        let open = std::fs::read_dir(format!("/proc/{}/fd", child.id())).is_ok_and(|fds| {
            fds.filter_map(|e| e.ok())
                .any(|e| std::fs::read_link(e.path()).is_ok_and(|l| targets.contains(&l)))
        });
        if open {
            return;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "the run never opened {files:?}");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Runs a poppler or qpdf tool (installed by the CI script) and returns its standard output.
pub fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed (poppler-utils, qpdf): {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// poppler's rendering of the PDF's page at `width`×`height` pixels.
pub fn poppler_pixels(pdf: &Path, width: u32, height: u32) -> (u32, u32, Vec<u8>) {
    let stem = pdf.file_stem().unwrap().to_str().unwrap();
    let prefix = pdf.with_file_name(format!("{stem}-poppler"));
    let (w, h) = (width.to_string(), height.to_string());
    let p = prefix.to_str().unwrap();
    tool(
        "pdftoppm",
        &["-png", "-singlefile", "-scale-to-x", &w, "-scale-to-y", &h, pdf.to_str().unwrap(), p],
    );
    read_png(&pdf.with_file_name(format!("{stem}-poppler.png")))
}

/// Mean absolute difference per channel, and the share of pixels off by more than 48 in a
/// channel (edges anti-aliased differently).
pub fn difference(a: &[u8], b: &[u8]) -> (f64, f64) {
    assert_eq!(a.len(), b.len());
    let mean = a.iter().zip(b).map(|(x, y)| f64::from(x.abs_diff(*y))).sum::<f64>() / a.len() as f64;
    let off = a
        .chunks_exact(3)
        .zip(b.chunks_exact(3))
        .filter(|(p, q)| p.iter().zip(*q).any(|(x, y)| x.abs_diff(*y) > 48));
    (mean, off.count() as f64 / (a.len() / 3) as f64)
}
