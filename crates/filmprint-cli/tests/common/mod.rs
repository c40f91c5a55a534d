//! Helpers shared by the end-to-end tests: running the binary, reading its JSON and PNGs,
//! and the clips most tests start from.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use testkit::{Clip, color_sequence, strs, with};

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
