//! A corpus of hostile and broken inputs, generated here and run end to end through the
//! `filmprint` binary: files that are not movies, truncated and corrupt movies, degenerate
//! videos, absurd dimensions, awkward file names, and output folders that cannot take a file.
//!
//! Whatever the input, the tool must not panic, must exit 0 for a usable result or with its
//! documented status (1 input/output error, 2 usage), must say what went wrong on stderr's
//! first line (`filmprint: error: …` naming the file, or `filmprint: warning: …` for a partial
//! result), and must leave no output or temporary file behind when it fails.
//!
//! This file: awkward file names, and output folders that cannot take a file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod hostile_kit;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use tempfile::TempDir;

use hostile_kit::*;

#[test]
fn awkward_file_names_work() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();

    // Spaces, a dash and accents, CJK: the default output is named after the movie.
    let unicode = red_frames(corpus.path(), "film – été 東京.mp4", 5);
    let run = filmprint(out.path(), &[&unicode, &"-n", &"50", &"--size", &"200"]);
    run.assert_success();
    assert_eq!(files_in(out.path()), ["film – été 東京.png"]);
    assert_png(&out.path().join("film – été 東京.png"), 200, 200);

    // A name starting with a dash, given after `--` and as ./-film.mp4.
    let dash_dir = TempDir::new().unwrap();
    red_frames(dash_dir.path(), "-film.mp4", 5);
    let run = filmprint(dash_dir.path(), &[&"-n", &"50", &"--size", &"200", &"--", &"-film.mp4"]);
    run.assert_success();
    assert_eq!(files_in(dash_dir.path()), ["-film.mp4", "-film.png"]);
    assert_png(&dash_dir.path().join("-film.png"), 200, 200);
    std::fs::remove_file(dash_dir.path().join("-film.png")).unwrap();
    let run =
        filmprint(dash_dir.path(), &[&"./-film.mp4", &"-n", &"50", &"--size", &"200", &"-o", &"./-out.png"]);
    run.assert_success();
    assert_eq!(files_in(dash_dir.path()), ["-film.mp4", "-out.png"]);
    std::fs::remove_file(dash_dir.path().join("-out.png")).unwrap();
    // Without either, it is an option: a usage error (clap's own message, as in cli.rs).
    let run = filmprint(dash_dir.path(), &[&"-film.mp4"]);
    run.assert_no_panic();
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.first_line().starts_with("error:") && run.stderr.contains("--"), "{}", run.stderr);
    assert_eq!(files_in(dash_dir.path()), ["-film.mp4"]);

    // Output names that are not UTF-8.
    let other = TempDir::new().unwrap();
    let png = OsStr::from_bytes(b"out\xfe.png");
    let json = OsStr::from_bytes(b"out\xfe.json");
    let run =
        filmprint(other.path(), &[&unicode, &"-n", &"50", &"--size", &"200", &"-o", &png, &"--json", &json]);
    run.assert_success();
    assert_eq!(files_in(other.path()), [json.to_owned(), png.to_owned()]);
    assert_png(&other.path().join(png), 200, 200);
}

#[test]
fn a_movie_name_that_is_not_utf8_works() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), OsStr::from_bytes(b"film\xff.mp4"), 5);
    let run = filmprint(out.path(), &[&movie, &"-n", &"50", &"--size", &"200"]);
    run.assert_success();
    let expected = OsStr::from_bytes(b"film\xff.png");
    assert_eq!(files_in(out.path()), [expected.to_owned()]);
    assert_png(&out.path().join(expected), 200, 200);
}

#[test]
fn output_folders_that_cannot_take_a_file_fail_cleanly() {
    let corpus = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), "movie.mp4", 5);
    let scratch = TempDir::new().unwrap();

    // A folder that does not exist, and a regular file where a folder should be (ENOTDIR,
    // which stops root too).
    let missing = scratch.path().join("no/such/folder");
    let file = scratch.path().join("file.txt");
    std::fs::write(&file, b"not a folder").unwrap();
    for folder in [&missing, &file] {
        let run = filmprint(scratch.path(), &[&movie, &"-n", &"50", &"-o", &folder.join("out.png")]);
        run.assert_error(1, &folder.display().to_string());
    }
    assert_eq!(files_in(scratch.path()), ["file.txt"]);
    assert_eq!(std::fs::read(&file).unwrap(), b"not a folder");

    let read_only = scratch.path().join("read_only");
    let Some(_guard) = ReadOnlyFolder::new(&read_only) else {
        eprintln!(
            "skipped the read-only folder: chmod does not stop this user and mounting is not permitted"
        );
        return;
    };
    let run = filmprint(scratch.path(), &[&movie, &"-n", &"50", &"-o", &read_only.join("out.png")]);
    run.assert_error(1, &read_only.display().to_string());
    assert_left_nothing(&read_only, &run);
}

#[test]
fn a_full_disk_fails_cleanly_and_leaves_nothing() {
    let corpus = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), "movie.mp4", 5);
    let scratch = TempDir::new().unwrap();
    let full = scratch.path().join("full");
    let Some(_mount) = Mount::tmpfs(&full, "size=16k") else {
        eprintln!("skipped the full disk: mounting a 16 KiB tmpfs is not permitted here");
        return;
    };
    // A picture too big for the disk (well over 40 KB however well it compresses).
    let png = full.join("big.png");
    let run = filmprint(scratch.path(), &[&movie, &"-n", &"50", &"--size", &"4000", &"-o", &png]);
    run.assert_error(1, &name(&png));
    assert!(run.stderr.contains("No space left"), "{}", run.stderr);
    assert_left_nothing(&full, &run);
    // A picture that fits, and numbers that do not: neither is left.
    let (png, json) = (full.join("small.png"), full.join("numbers.json"));
    let run =
        filmprint(scratch.path(), &[&movie, &"-n", &"300", &"--size", &"200", &"-o", &png, &"--json", &json]);
    run.assert_error(1, &name(&json));
    assert_left_nothing(&full, &run);
}
