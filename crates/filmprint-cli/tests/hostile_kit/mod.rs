//! Shared by the hostile-input tests (`hostile_inputs.rs`, `hostile_outputs.rs`): running the
//! binary and judging what it did, and making broken files.

use std::ffi::{OsStr, OsString};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use testkit::{read_png, run_ffmpeg};

// ---------------------------------------------------------------------------------------------
// Running the binary and judging what it did

/// What one run of `filmprint` did.
pub struct Run {
    pub args: String,
    pub code: Option<i32>,
    pub stderr: String,
    pub stdout: Vec<u8>,
    pub elapsed: Duration,
}

/// Runs `filmprint args…` in `cwd`.
pub fn filmprint(cwd: &Path, args: &[&dyn AsRef<OsStr>]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_filmprint"));
    command.args(args.iter().map(|a| a.as_ref()));
    finish(command, cwd, args)
}

/// Runs `filmprint args…` in `cwd` with its address space capped at `kib` KiB (`ulimit -v`),
/// so an input that makes it try to allocate more fails the run instead of the machine, and
/// stopped after 60 s, so one that makes it wait forever fails the test instead of hanging it.
pub fn filmprint_capped(cwd: &Path, kib: u64, args: &[&dyn AsRef<OsStr>]) -> Run {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!("ulimit -v {kib} && exec timeout 60 \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_filmprint"))
        .args(args.iter().map(|a| a.as_ref()));
    finish(command, cwd, args)
}

/// Runs `filmprint args…` in `cwd` as the unprivileged user `nobody` when this test runs as
/// root (`None` otherwise, or when `setpriv` is missing): what a user without root's powers
/// can do to special files.
pub fn filmprint_as_nobody(cwd: &Path, args: &[&dyn AsRef<OsStr>]) -> Option<Run> {
    if !is_root() || Command::new("setpriv").arg("--help").output().is_err() {
        return None;
    }
    let mut command = Command::new("setpriv");
    command
        .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"])
        .arg(env!("CARGO_BIN_EXE_filmprint"))
        .args(args.iter().map(|a| a.as_ref()));
    Some(finish(command, cwd, args))
}

/// Whether the tests run as root.
pub fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// Runs `command` in `cwd` and records what it did.
pub fn finish(mut command: Command, cwd: &Path, args: &[&dyn AsRef<OsStr>]) -> Run {
    let args: Vec<_> = args.iter().map(|a| a.as_ref().to_string_lossy().into_owned()).collect();
    let started = Instant::now();
    let out = command.current_dir(cwd).stdin(Stdio::null()).output().unwrap();
    let run = Run {
        args: args.join(" "),
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        stdout: out.stdout,
        elapsed: started.elapsed(),
    };
    // With --nocapture, a table of what every case did.
    eprintln!("[hostile] {} -> exit {:?} in {:?}: {}", run.args, run.code, run.elapsed, run.first_line());
    run
}

impl Run {
    pub fn first_line(&self) -> &str {
        self.stderr.lines().next().unwrap_or_default()
    }

    pub fn assert_no_panic(&self) {
        for sign in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
            assert!(!self.stderr.contains(sign), "`filmprint {}` panicked:\n{}", self.args, self.stderr);
        }
        assert_ne!(self.code, Some(101), "`filmprint {}` panicked:\n{}", self.args, self.stderr);
    }

    /// Failed with `code` and one line `filmprint: error: …` that contains `about` (the file
    /// or folder concerned).
    pub fn assert_error(&self, code: i32, about: &str) {
        self.assert_no_panic();
        assert_eq!(self.code, Some(code), "`filmprint {}`:\n{}", self.args, self.stderr);
        let line = self.first_line();
        assert!(line.starts_with("filmprint: error: "), "`filmprint {}`:\n{}", self.args, self.stderr);
        assert!(line.contains(about), "`filmprint {}` does not name '{about}':\n{}", self.args, self.stderr);
        assert_eq!(self.stderr.trim_end().lines().count(), 1, "`filmprint {}`:\n{}", self.args, self.stderr);
    }

    /// Succeeded, silently or with a warning.
    pub fn assert_success(&self) {
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
    pub fn assert_warning(&self, about: &str) -> &str {
        self.assert_success();
        let line = self.first_line();
        assert!(line.starts_with("filmprint: warning: "), "`filmprint {}` gave no warning", self.args);
        assert!(line.contains(about), "`filmprint {}` does not name '{about}':\n{}", self.args, self.stderr);
        line
    }
}

/// The names in `dir`, sorted.
pub fn files_in(dir: &Path) -> Vec<OsString> {
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    names
}

pub fn assert_left_nothing(dir: &Path, run: &Run) {
    assert_eq!(files_in(dir), Vec::<OsString>::new(), "`filmprint {}` left files behind", run.args);
}

/// `path` is a readable PNG of `width`×`height` pixels.
pub fn assert_png(path: &Path, width: u32, height: u32) {
    let (w, h, _) = read_png(path);
    assert_eq!((w, h), (width, height), "{}", path.display());
}

/// The name of `path` as messages show it.
pub fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Times written as h:mm:ss(.fff) in `text`, in seconds.
pub fn times_in(text: &str) -> Vec<f64> {
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
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
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
pub fn encode(dir: &Path, name: impl AsRef<OsStr>, args: &[&str]) -> PathBuf {
    let path = dir.join(name.as_ref());
    run_ffmpeg(args, &path);
    path
}

/// A 160×90 H.264 clip of `frames` red frames at 25 fps.
pub fn red_frames(dir: &Path, name: impl AsRef<OsStr>, frames: u32) -> PathBuf {
    let frames = frames.to_string();
    encode(
        dir,
        name,
        &["-f", "lavfi", "-i", "color=c=red:s=160x90:r=25:d=10", "-frames:v", &frames, "-c:v", "libx264"],
    )
}

/// 20 s of moving test pattern (so bytes are spread evenly over time), 160×90 at 10 fps with
/// a keyframe every second, in the container `name` asks for.
pub fn test_pattern(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let mut args = vec!["-f", "lavfi", "-i", "testsrc2=s=160x90:r=10:d=20", "-c:v", "libx264", "-g", "10"];
    args.extend_from_slice(extra);
    encode(dir, name, &args)
}

/// A copy of `path` holding only its first `bytes` bytes.
pub fn cut(path: &Path, bytes: usize, name: &str) -> PathBuf {
    let data = std::fs::read(path).unwrap();
    let cut = path.with_file_name(name);
    std::fs::write(&cut, &data[..bytes]).unwrap();
    cut
}

/// A copy of `path` with 2 KiB of garbage written over it at each of `fractions` of its length.
pub fn corrupt(path: &Path, fractions: &[f64], name: &str) -> PathBuf {
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
pub fn moov_box(mp4: &[u8]) -> (usize, usize) {
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
pub fn png_picture(path: &Path) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut encoder = png::Encoder::new(file, 32, 32);
    encoder.set_color(png::ColorType::Rgb);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&[0, 200, 0].repeat(32 * 32)).unwrap();
}

/// A tmpfs mounted on a folder for the length of a test (needs root or CAP_SYS_ADMIN),
/// unmounted when dropped, also when the test fails.
pub struct Mount {
    pub dir: PathBuf,
}

impl Mount {
    /// Mounts a tmpfs with `options` (e.g. `size=16k`) on `dir`; `None` if not permitted.
    pub fn tmpfs(dir: &Path, options: &str) -> Option<Mount> {
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

pub fn set_mode(dir: &Path, mode: u32) {
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A folder no file can be created in, writable again when dropped.
pub struct ReadOnlyFolder {
    pub path: PathBuf,
    pub mount: Option<Mount>,
}

impl ReadOnlyFolder {
    /// chmod 0555 or, where that does not stop this user (root), a read-only tmpfs mounted
    /// on it; `None` if neither works.
    pub fn new(path: &Path) -> Option<ReadOnlyFolder> {
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
