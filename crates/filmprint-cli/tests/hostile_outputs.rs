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

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::process::Command;

use tempfile::TempDir;

use crate::hostile_kit::*;

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

    // A regular file where a folder should be (ENOTDIR, which stops root too): refused before
    // the movie is even opened (the movie named here does not exist).
    let file = scratch.path().join("file.txt");
    std::fs::write(&file, b"not a folder").unwrap();
    let run = filmprint(scratch.path(), &[&"missing-movie.mp4", &"-o", &file.join("out.png")]);
    run.assert_error(1, &file.display().to_string());
    let run = filmprint(scratch.path(), &[&movie, &"-n", &"50", &"-o", &file.join("sub/out.png")]);
    run.assert_error(1, &file.display().to_string());
    assert_eq!(files_in(scratch.path()), ["file.txt"]);
    assert_eq!(std::fs::read(&file).unwrap(), b"not a folder");

    // Folders that do not exist are made (the README's own `-o art/movie.svg`).
    let run = filmprint(
        scratch.path(),
        &[&movie, &"-n", &"50", &"-o", &"art/2024/movie.svg", &"--json", &"art/movie.json"],
    );
    run.assert_success();
    assert_eq!(files_in(&scratch.path().join("art")), ["2024", "movie.json"]);
    assert_eq!(files_in(&scratch.path().join("art/2024")), ["movie.svg"]);
    // ...and removed again when the run fails after making them.
    let run =
        filmprint(scratch.path(), &[&movie, &"-n", &"50", &"-o", &"new/movie.png", &"--json", &"/dev/full"]);
    run.assert_error(1, "/dev/full");
    assert!(!scratch.path().join("new").exists(), "the folder made for a failed run is left");

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

/// Special files (devices, FIFOs, standard output) given as outputs are written into, never
/// renamed over: as root, a staged rename would replace `/dev/full` or `/dev/null` with a
/// regular file.
/// O_NONBLOCK on Linux.
fn libc_nonblock() -> i32 {
    0o4000
}

fn is_char_device(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

#[test]
fn special_files_are_written_into_never_replaced() {
    let corpus = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), "movie.mp4", 5);
    set_mode(corpus.path(), 0o755);
    let out = TempDir::new().unwrap();
    let png = out.path().join("movie.png");

    // /dev/full refuses the bytes: the run fails and nothing else is written either.
    let run = filmprint(out.path(), &[&movie, &"-n", &"20", &"-o", &png, &"--json", &"/dev/full"]);
    run.assert_error(1, "/dev/full");
    assert!(run.stderr.contains("No space left"), "{}", run.stderr);
    assert_left_nothing(out.path(), &run);
    assert!(is_char_device(Path::new("/dev/full")), "/dev/full was replaced");

    // /dev/null takes them, and stays a device.
    let run = filmprint(out.path(), &[&movie, &"-n", &"20", &"-o", &png, &"--json", &"/dev/null"]);
    run.assert_success();
    assert!(is_char_device(Path::new("/dev/null")), "/dev/null was replaced");
    std::fs::remove_file(&png).unwrap();

    // A device node of our own (root only: mknod), as root and as an unprivileged user.
    let node = out.path().join("null-device");
    let made = Command::new("mknod").arg(&node).args(["c", "1", "3"]).status().is_ok_and(|s| s.success());
    if made {
        set_mode(out.path(), 0o777);
        std::fs::set_permissions(&node, std::fs::Permissions::from_mode(0o666)).unwrap();
        let run = filmprint(out.path(), &[&movie, &"-n", &"20", &"-o", &png, &"--json", &node]);
        run.assert_success();
        assert!(is_char_device(&node), "the device node was replaced (as root)");
        std::fs::remove_file(&png).unwrap();
        if let Some(run) =
            filmprint_as_nobody(out.path(), &[&movie, &"-n", &"20", &"-o", &png, &"--json", &node])
        {
            run.assert_success();
            assert!(is_char_device(&node), "the device node was replaced (as nobody)");
            std::fs::remove_file(&png).unwrap();
        }
        std::fs::remove_file(&node).unwrap();
    } else {
        eprintln!("skipped the device node: mknod is not permitted here");
    }

    // A FIFO: the reader gets the whole JSON, and the FIFO stays (as any user: the folder is
    // ours, so a rename would succeed without root).
    let fifo = out.path().join("numbers.fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    set_mode(out.path(), 0o777);
    set_mode(&fifo, 0o666);
    let users: Vec<bool> = if is_root() { vec![false, true] } else { vec![false] };
    for as_nobody in users {
        let reader_path = fifo.clone();
        let reader = std::thread::spawn(move || std::fs::read_to_string(reader_path).unwrap());
        let args: [&dyn AsRef<OsStr>; 7] = [&movie, &"-n", &"20", &"-o", &png, &"--json", &fifo];
        let run = if as_nobody {
            filmprint_as_nobody(out.path(), &args).unwrap()
        } else {
            filmprint(out.path(), &args)
        };
        // A run that failed before opening the FIFO would leave the reader waiting: open and
        // close it once for writing, which ends that read (and does nothing if it is done).
        let _ = std::fs::OpenOptions::new().write(true).custom_flags(libc_nonblock()).open(&fifo);
        run.assert_success();
        let text = reader.join().unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["samples"].as_array().unwrap().len(), 20);
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");
        std::fs::remove_file(&png).unwrap();
    }
    assert_eq!(files_in(out.path()), ["numbers.fifo"]);
}

#[test]
fn text_outputs_go_to_standard_output() {
    let corpus = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), "movie.mp4", 5);
    let out = TempDir::new().unwrap();
    let png = out.path().join("movie.png");

    let run = filmprint(out.path(), &[&movie, &"-n", &"20", &"-o", &png, &"--json", &"-"]);
    run.assert_success();
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["samples"].as_array().unwrap().len(), 20);
    let run = filmprint(out.path(), &[&movie, &"-n", &"20", &"-o", &png, &"--csv", &"-"]);
    run.assert_success();
    let csv = String::from_utf8(run.stdout).unwrap();
    assert!(csv.starts_with("index,") && csv.lines().count() == 21, "{csv}");

    // /dev/stdout redirected to a file: written through the descriptor, so the file the shell
    // opened gets the JSON (a rename would leave the shell's file empty).
    let redirected = out.path().join("redirected.json");
    let file = std::fs::File::create(&redirected).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .args([movie.as_os_str(), OsStr::new("-n"), OsStr::new("20"), OsStr::new("-o")])
        .arg(&png)
        .args(["--json", "/dev/stdout"])
        .stdout(file)
        .status()
        .unwrap();
    assert!(status.success());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&redirected).unwrap()).unwrap();
    assert_eq!(json["samples"].as_array().unwrap().len(), 20);

    // Pictures are not text, and two outputs cannot share standard output.
    let run = filmprint(out.path(), &[&movie, &"-o", &"-"]);
    run.assert_no_panic();
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("standard output"), "{}", run.stderr);
    let run = filmprint(out.path(), &[&movie, &"-o", &png, &"--json", &"-", &"--csv", &"-"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
}

#[test]
fn outputs_through_symbolic_links_replace_the_file_the_link_names() {
    let corpus = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), "movie.mp4", 5);
    let out = TempDir::new().unwrap();
    let (real, link) = (out.path().join("real.json"), out.path().join("link.json"));
    std::fs::write(&real, b"old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let run = filmprint(out.path(), &[&movie, &"-n", &"20", &"-o", &"movie.png", &"--json", &link]);
    run.assert_success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&real).unwrap().contains("\"samples\""));

    let dangling = out.path().join("dangling.json");
    std::os::unix::fs::symlink(out.path().join("nowhere.json"), &dangling).unwrap();
    let run = filmprint(out.path(), &[&movie, &"-n", &"20", &"-o", &"other.png", &"--json", &dangling]);
    run.assert_error(1, "symbolic link");
    assert!(!out.path().join("other.png").exists() && !out.path().join("nowhere.json").exists());
}

/// A FIFO nobody reads yet is waited for, as a shell's `>` would; Ctrl-C while waiting stops
/// the run and removes everything it staged, the folders it made too.
#[test]
fn a_fifo_without_a_reader_is_waited_for_and_ctrl_c_stops_the_wait_cleanly() {
    let corpus = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), "movie.mp4", 5);
    let out = TempDir::new().unwrap();
    let fifo = out.path().join("numbers.fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .arg(&movie)
        .args(["-n", "20", "-q", "-o"])
        .arg(out.path().join("new/movie.png"))
        .arg("--json")
        .arg(&fifo)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The picture is staged in the folder made for it once the run waits for the reader.
    let staged = || {
        std::fs::read_dir(out.path().join("new"))
            .map(|d| d.filter_map(|e| e.ok()).any(|e| e.file_name().to_string_lossy().ends_with(".part")))
            .unwrap_or(false)
    };
    let started = std::time::Instant::now();
    while !staged() {
        assert!(started.elapsed().as_secs() < 60, "the run never got to writing");
        assert!(child.try_wait().unwrap().is_none(), "the run ended without a reader");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(child.try_wait().unwrap().is_none(), "it waits for the reader");
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let stopped = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(stopped.elapsed().as_secs() < 10, "Ctrl-C did not stop the wait");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(130));
    assert_eq!(files_in(out.path()), ["numbers.fifo"], "staged files or the new folder were left");
}

/// A bug ends like any failure: one line naming it as a bug, status 1, and the outputs it had
/// already staged removed. (Debug builds panic where `FILMPRINT_PANIC_AT` says: no input is
/// known to cause a panic.)
#[test]
fn a_bug_while_writing_is_one_line_and_leaves_nothing() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let movie = red_frames(corpus.path(), "red.mp4", 5);
    let args: [&dyn AsRef<OsStr>; 9] =
        [&movie, &"-n", &"20", &"--size", &"200", &"-o", &"red.png", &"--json", &"red.json"];
    let mut command = Command::new(env!("CARGO_BIN_EXE_filmprint"));
    command
        .args(args.iter().map(|a| a.as_ref()))
        .env("FILMPRINT_PANIC_AT", "commit")
        .env_remove("RUST_BACKTRACE");
    let run = finish(command, out.path(), &args);
    run.assert_error(1, "internal error at crates/filmprint-cli/src/bug_report.rs:");
    assert!(
        run.first_line().ends_with("(asked for by FILMPRINT_PANIC_AT=commit); please report this as a bug")
    );
    assert_left_nothing(out.path(), &run);
    // Without the panic the same command writes both files.
    filmprint(out.path(), &args).assert_success();
    assert_eq!(files_in(out.path()), ["red.json", "red.png"]);
}
