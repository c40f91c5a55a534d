//! A corpus of hostile and broken inputs, generated here and run end to end through the
//! `filmprint` binary: files that are not movies, truncated and corrupt movies, degenerate
//! videos, absurd dimensions, awkward file names, and output folders that cannot take a file.
//!
//! Whatever the input, the tool must not panic, must exit 0 for a usable result or with its
//! documented status (1 input/output error, 2 usage), must say what went wrong on stderr's
//! first line (`filmprint: error: …` naming the file, or `filmprint: warning: …` for a partial
//! result), and must leave no output or temporary file behind when it fails.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;
use testkit::{read_png, run_ffmpeg};

// ---------------------------------------------------------------------------------------------
// Running the binary and judging what it did

/// What one run of `filmprint` did.
struct Run {
    args: String,
    code: Option<i32>,
    stderr: String,
    elapsed: Duration,
}

/// Runs `filmprint args…` in `cwd`.
fn filmprint(cwd: &Path, args: &[&dyn AsRef<OsStr>]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_filmprint"));
    command.args(args.iter().map(|a| a.as_ref()));
    finish(command, cwd, args)
}

/// Runs `filmprint args…` in `cwd` with its address space capped at `kib` KiB (`ulimit -v`),
/// so an input that makes it try to allocate more fails the run instead of the machine.
fn filmprint_capped(cwd: &Path, kib: u64, args: &[&dyn AsRef<OsStr>]) -> Run {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_filmprint"))
        .args(args.iter().map(|a| a.as_ref()));
    finish(command, cwd, args)
}

/// Runs `command` in `cwd` and records what it did.
fn finish(mut command: Command, cwd: &Path, args: &[&dyn AsRef<OsStr>]) -> Run {
    let args: Vec<_> = args.iter().map(|a| a.as_ref().to_string_lossy().into_owned()).collect();
    let started = Instant::now();
    let out = command.current_dir(cwd).stdin(Stdio::null()).output().unwrap();
    let run = Run {
        args: args.join(" "),
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: started.elapsed(),
    };
    // With --nocapture, a table of what every case did.
    eprintln!("[hostile] {} -> exit {:?} in {:?}: {}", run.args, run.code, run.elapsed, run.first_line());
    run
}

impl Run {
    fn first_line(&self) -> &str {
        self.stderr.lines().next().unwrap_or_default()
    }

    fn assert_no_panic(&self) {
        for sign in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
            assert!(!self.stderr.contains(sign), "`filmprint {}` panicked:\n{}", self.args, self.stderr);
        }
        assert_ne!(self.code, Some(101), "`filmprint {}` panicked:\n{}", self.args, self.stderr);
    }

    /// Failed with `code` and one line `filmprint: error: …` that contains `about` (the file
    /// or folder concerned).
    fn assert_error(&self, code: i32, about: &str) {
        self.assert_no_panic();
        assert_eq!(self.code, Some(code), "`filmprint {}`:\n{}", self.args, self.stderr);
        let line = self.first_line();
        assert!(line.starts_with("filmprint: error: "), "`filmprint {}`:\n{}", self.args, self.stderr);
        assert!(line.contains(about), "`filmprint {}` does not name '{about}':\n{}", self.args, self.stderr);
        assert_eq!(self.stderr.trim_end().lines().count(), 1, "`filmprint {}`:\n{}", self.args, self.stderr);
    }

    /// Succeeded, silently or with a warning.
    fn assert_success(&self) {
        self.assert_no_panic();
        assert_eq!(self.code, Some(0), "`filmprint {}`:\n{}", self.args, self.stderr);
        let line = self.first_line();
        assert!(
            line.is_empty() || line.starts_with("filmprint: warning: "),
            "`filmprint {}`:\n{}",
            self.args,
            self.stderr
        );
    }

    /// Succeeded with a first line `filmprint: warning: …` that contains `about`; returns it.
    fn assert_warning(&self, about: &str) -> &str {
        self.assert_success();
        let line = self.first_line();
        assert!(line.starts_with("filmprint: warning: "), "`filmprint {}` gave no warning", self.args);
        assert!(line.contains(about), "`filmprint {}` does not name '{about}':\n{}", self.args, self.stderr);
        line
    }
}

/// The names in `dir`, sorted.
fn files_in(dir: &Path) -> Vec<OsString> {
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    names
}

fn assert_left_nothing(dir: &Path, run: &Run) {
    assert_eq!(files_in(dir), Vec::<OsString>::new(), "`filmprint {}` left files behind", run.args);
}

/// `path` is a readable PNG of `width`×`height` pixels.
fn assert_png(path: &Path, width: u32, height: u32) {
    let (w, h, _) = read_png(path);
    assert_eq!((w, h), (width, height), "{}", path.display());
}

/// The name of `path` as messages show it.
fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Times written as h:mm:ss(.fff) in `text`, in seconds.
fn times_in(text: &str) -> Vec<f64> {
    let time = |word: &str| {
        let [h, m, s] = word.trim_end_matches('.').split(':').collect::<Vec<_>>()[..] else { return None };
        if m.len() != 2 || s.len() < 2 {
            return None;
        }
        Some(h.parse::<f64>().ok()? * 3600.0 + m.parse::<f64>().ok()? * 60.0 + s.parse::<f64>().ok()?)
    };
    text.split(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.')).filter_map(time).collect()
}

// ---------------------------------------------------------------------------------------------
// Making the corpus

/// `len` bytes from a xorshift64 generator: the same garbage on every run.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 32) as u8
        })
        .collect()
}

/// Runs ffmpeg to make `dir/name`.
fn encode(dir: &Path, name: impl AsRef<OsStr>, args: &[&str]) -> PathBuf {
    let path = dir.join(name.as_ref());
    run_ffmpeg(args, &path);
    path
}

/// A 160×90 H.264 clip of `frames` red frames at 25 fps.
fn red_frames(dir: &Path, name: impl AsRef<OsStr>, frames: u32) -> PathBuf {
    let frames = frames.to_string();
    encode(
        dir,
        name,
        &["-f", "lavfi", "-i", "color=c=red:s=160x90:r=25:d=10", "-frames:v", &frames, "-c:v", "libx264"],
    )
}

/// 20 s of moving test pattern (so bytes are spread evenly over time), 160×90 at 10 fps with
/// a keyframe every second, in the container `name` asks for.
fn test_pattern(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let mut args = vec!["-f", "lavfi", "-i", "testsrc2=s=160x90:r=10:d=20", "-c:v", "libx264", "-g", "10"];
    args.extend_from_slice(extra);
    encode(dir, name, &args)
}

/// A copy of `path` holding only its first `bytes` bytes.
fn cut(path: &Path, bytes: usize, name: &str) -> PathBuf {
    let data = std::fs::read(path).unwrap();
    let cut = path.with_file_name(name);
    std::fs::write(&cut, &data[..bytes]).unwrap();
    cut
}

/// A copy of `path` with 2 KiB of garbage written over it at each of `fractions` of its length.
fn corrupt(path: &Path, fractions: &[f64], name: &str) -> PathBuf {
    let mut data = std::fs::read(path).unwrap();
    for (i, fraction) in fractions.iter().enumerate() {
        let at = (data.len() as f64 * fraction) as usize;
        data[at..at + 2048].copy_from_slice(&noise(2048, 7 + i as u64));
    }
    let corrupt = path.with_file_name(name);
    std::fs::write(&corrupt, data).unwrap();
    corrupt
}

/// Where the `moov` box (an MP4's index) starts and how long it is.
fn moov_box(mp4: &[u8]) -> (usize, usize) {
    let mut at = 0;
    while at + 8 <= mp4.len() {
        let size = u32::from_be_bytes(mp4[at..at + 4].try_into().unwrap()) as usize;
        if &mp4[at + 4..at + 8] == b"moov" {
            return (at, size);
        }
        at += size.max(8);
    }
    panic!("no moov box");
}

/// A 32×32 green PNG picture.
fn png_picture(path: &Path) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut encoder = png::Encoder::new(file, 32, 32);
    encoder.set_color(png::ColorType::Rgb);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&[0, 200, 0].repeat(32 * 32)).unwrap();
}

/// A tmpfs mounted on a folder for the length of a test (needs root or CAP_SYS_ADMIN),
/// unmounted when dropped, also when the test fails.
struct Mount {
    dir: PathBuf,
}

impl Mount {
    /// Mounts a tmpfs with `options` (e.g. `size=16k`) on `dir`; `None` if not permitted.
    fn tmpfs(dir: &Path, options: &str) -> Option<Mount> {
        std::fs::create_dir_all(dir).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then(|| Mount { dir: dir.to_owned() })
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
    }
}

fn set_mode(dir: &Path, mode: u32) {
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A folder no file can be created in, writable again when dropped.
struct ReadOnlyFolder {
    path: PathBuf,
    mount: Option<Mount>,
}

impl ReadOnlyFolder {
    /// chmod 0555 or, where that does not stop this user (root), a read-only tmpfs mounted
    /// on it; `None` if neither works.
    fn new(path: &Path) -> Option<ReadOnlyFolder> {
        std::fs::create_dir_all(path).unwrap();
        set_mode(path, 0o555);
        let probe = path.join("probe");
        if std::fs::write(&probe, b"").is_err() {
            return Some(ReadOnlyFolder { path: path.to_owned(), mount: None });
        }
        std::fs::remove_file(probe).unwrap();
        set_mode(path, 0o755);
        let mount = Mount::tmpfs(path, "ro,size=16k")?;
        Some(ReadOnlyFolder { path: path.to_owned(), mount: Some(mount) })
    }
}

impl Drop for ReadOnlyFolder {
    fn drop(&mut self) {
        if self.mount.is_none() {
            let _ = std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(0o755));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The corpus

#[test]
fn files_that_are_not_movies_fail_cleanly() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let dir = corpus.path();
    let empty = dir.join("empty.mp4");
    std::fs::write(&empty, b"").unwrap();
    let random = dir.join("random.mp4");
    std::fs::write(&random, noise(64 * 1024, 1)).unwrap();
    let text = dir.join("notes.mp4");
    std::fs::write(&text, b"This is a text file, not a movie.\n").unwrap();
    let folder = dir.join("folder.mkv");
    std::fs::create_dir(&folder).unwrap();
    let audio =
        encode(dir, "audio_only.m4a", &["-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "aac"]);
    let missing = dir.join("missing.mp4");

    let png = out.path().join("out.png");
    for (input, message) in [
        (&missing, "No such file"),
        (&folder, "is a directory"),
        (&empty, "is empty"),
        (&random, "cannot open"),
        (&text, "cannot open"),
        (&audio, "has no video stream"),
    ] {
        let run = filmprint(out.path(), &[input, &"-o", &png]);
        run.assert_error(1, &name(input));
        assert!(run.stderr.contains(message), "expected '{message}' in: {}", run.stderr);
        assert_left_nothing(out.path(), &run);
    }
}

#[test]
fn still_pictures_and_videos_shorter_than_the_sample_count_give_a_full_picture() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let picture = corpus.path().join("picture.mkv");
    png_picture(&picture);
    let one_frame = red_frames(corpus.path(), "one_frame.mp4", 1);
    let ten_frames = red_frames(corpus.path(), "ten_frames.mp4", 10);
    let png = out.path().join("out.png");
    for (input, samples, sampling) in [
        (&picture, "50", "auto"),
        (&one_frame, "50", "auto"),
        (&ten_frames, "1000", "auto"),
        (&ten_frames, "1000", "exact"),
    ] {
        let run = filmprint(out.path(), &[input, &"-n", &samples, &"--sampling", &sampling, &"-o", &png]);
        run.assert_success();
        assert_eq!(files_in(out.path()), ["out.png"], "{}", run.args);
        // Default size: 2 px per bar, at least 2000 px.
        assert_png(&png, 2000, 2000);
        std::fs::remove_file(&png).unwrap();
    }
}

#[test]
fn truncated_movies_with_their_index_give_what_is_decodable_with_a_warning() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let faststart = test_pattern(corpus.path(), "faststart.mp4", &["-movflags", "+faststart"]);
    let matroska = test_pattern(corpus.path(), "movie.mkv", &[]);
    let png = out.path().join("out.png");
    for movie in [&faststart, &matroska] {
        let bytes = std::fs::metadata(movie).unwrap().len() as usize;
        for percent in [10, 50, 90] {
            let truncated = cut(movie, bytes * percent / 100, &format!("{percent}_percent_{}", name(movie)));
            let run = filmprint(out.path(), &[&truncated, &"-n", &"50", &"--size", &"200", &"-o", &png]);
            let warning = run.assert_warning(&name(&truncated));
            assert!(warning.contains("truncated"), "{warning}");
            // The lost range: from about where the bytes stop (they are spread evenly over
            // the 20 s) to the declared end.
            let times = times_in(warning);
            let stop = 20.0 * percent as f64 / 100.0;
            assert!(times.iter().any(|t| (t - stop).abs() <= 1.5), "no time near {stop} s: {warning}");
            assert!(times.iter().any(|t| (t - 20.0).abs() <= 0.1), "no time near 20 s: {warning}");
            assert_eq!(files_in(out.path()), ["out.png"], "{}", run.args);
            assert_png(&png, 200, 200);
            std::fs::remove_file(&png).unwrap();
        }
    }
}

#[test]
fn truncated_movies_without_a_readable_index_fail_cleanly() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let dir = corpus.path();
    // A plain MP4 keeps its index at the end: any cut removes it.
    let plain = test_pattern(dir, "plain.mp4", &[]);
    let bytes = std::fs::read(&plain).unwrap();
    let mut cuts: Vec<PathBuf> =
        [10, 50, 90].map(|p| cut(&plain, bytes.len() * p / 100, &format!("{p}_percent_plain.mp4"))).into();
    // Cut inside the index of a faststart MP4, and before the first frame of a Matroska file.
    let faststart = test_pattern(dir, "faststart.mp4", &["-movflags", "+faststart"]);
    let (moov, moov_len) = moov_box(&std::fs::read(&faststart).unwrap());
    cuts.push(cut(&faststart, moov + moov_len / 2, "half_index.mp4"));
    let matroska = test_pattern(dir, "movie.mkv", &[]);
    let header = std::fs::read(&matroska).unwrap();
    let first_cluster = header.windows(4).position(|w| w == [0x1F, 0x43, 0xB6, 0x75]).unwrap();
    cuts.push(cut(&matroska, first_cluster, "header_only.mkv"));

    let png = out.path().join("out.png");
    for truncated in &cuts {
        let run = filmprint(out.path(), &[truncated, &"-n", &"50", &"-o", &png]);
        run.assert_error(1, &name(truncated));
        assert_left_nothing(out.path(), &run);
    }
}

#[test]
fn corrupt_packets_in_the_middle_are_skipped() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    // In Matroska the demuxer must resync past the garbage; in MP4 the index survives and
    // the decoder is handed the garbage.
    let matroska = test_pattern(corpus.path(), "movie.mkv", &[]);
    let mp4 = test_pattern(corpus.path(), "movie.mp4", &[]);
    let png = out.path().join("out.png");
    for movie in [&matroska, &mp4] {
        let corrupt = corrupt(movie, &[0.4, 0.6], &format!("corrupt_{}", name(movie)));
        for sampling in ["auto", "exact"] {
            let run = filmprint(
                out.path(),
                &[&corrupt, &"-n", &"100", &"--sampling", &sampling, &"--size", &"200", &"-o", &png],
            );
            run.assert_success();
            assert_eq!(files_in(out.path()), ["out.png"], "{}", run.args);
            assert_png(&png, 200, 200);
            std::fs::remove_file(&png).unwrap();
        }
    }
}

#[test]
fn huge_declared_dimensions_fail_without_allocating_gigabytes() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let dir = corpus.path();
    // Raw video whose header promises frames far larger than the bytes that follow:
    // 65535² is beyond FFmpeg's limit, 16000² is 384 MB a frame.
    let mut y4m = Vec::new();
    for (name, side) in [("huge_65535.y4m", 65535), ("huge_16000.y4m", 16000)] {
        let mut data = format!("YUV4MPEG2 W{side} H{side} F25:1 Ip A1:1 C420jpeg\nFRAME\n").into_bytes();
        data.extend(noise(4096, 3));
        std::fs::write(dir.join(name), data).unwrap();
        y4m.push(dir.join(name));
    }
    // A Matroska file of one 256×256 raw frame that declares 16000×16000.
    let raw = encode(
        dir,
        "huge_16000.mkv",
        &["-f", "lavfi", "-i", "color=s=256x256:d=0.04", "-c:v", "rawvideo", "-pix_fmt", "yuv420p"],
    );
    let mut data = std::fs::read(&raw).unwrap();
    for element in [[0xB0, 0x82, 0x01, 0x00], [0xBA, 0x82, 0x01, 0x00]] {
        let at = data.windows(4).position(|w| w == element).expect("PixelWidth/PixelHeight of 256");
        data[at + 2..at + 4].copy_from_slice(&16000u16.to_be_bytes());
    }
    std::fs::write(&raw, data).unwrap();

    let png = out.path().join("out.png");
    for movie in y4m.iter().chain([&raw]) {
        // 2 GB of address space: enough for a normal run, not for one of these frames
        // decoded at full size (or a 65535² one allocated).
        let run = filmprint_capped(out.path(), 2_000_000, &[movie, &"--threads", &"1", &"-o", &png]);
        run.assert_error(1, &name(movie));
        assert_left_nothing(out.path(), &run);
    }
}

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
