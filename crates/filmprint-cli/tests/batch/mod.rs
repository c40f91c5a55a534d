//! `filmprint batch` and `merge` end to end on a small library of generated clips: films found
//! by probing in folders and globs, safe distinct names, failures recorded while the rest goes
//! on, resuming, and the gallery.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{filmprint, hex_rgb, json};
use serde_json::Value;
use tempfile::TempDir;
use testkit::{near, run_ffmpeg};

mod shards;

/// A library: `a/movie.mp4` (red), `b/movie.mp4` (blue), `c/Other Film.mkv` (green),
/// `d/e/deep.webm` (white, one folder further down), and things that are not films: a poster
/// (PNG), notes (text) and a subtitle file.
fn library() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let clip = |relative: &str, color: &str, codec: &[&str]| {
        let path = root.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let source = format!("color=c={color}:s=64x36:r=10:d=1");
        let mut args = vec!["-f", "lavfi", "-i", &source];
        args.extend(codec);
        run_ffmpeg(&args, &path);
    };
    clip("a/movie.mp4", "red", &["-c:v", "libx264"]);
    clip("b/movie.mp4", "blue", &["-c:v", "libx264"]);
    clip("c/Other Film.mkv", "green", &["-c:v", "libx264"]);
    clip("d/e/deep.webm", "white", &["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"]);
    run_ffmpeg(
        &["-f", "lavfi", "-i", "color=c=yellow:s=32x32:d=1", "-frames:v", "1"],
        &root.path().join("a/poster.png"),
    );
    std::fs::write(root.path().join("c/notes.txt"), "not a film").unwrap();
    std::fs::write(root.path().join("b/movie.srt"), "1\n00:00:00,000 --> 00:00:01,000\nHi\n").unwrap();
    root
}

fn batch(args: &[&str]) -> std::process::Output {
    let mut all = vec!["batch", "-n", "4", "-q"];
    all.extend_from_slice(args);
    filmprint(&all)
}

fn films(out: &Path, manifest: &str) -> BTreeMap<String, Value> {
    let manifest = json(&out.join(manifest));
    manifest["films"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["name"].as_str().unwrap().to_string(), f.clone()))
        .collect()
}

fn names(out: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn films_status(out: &Path) -> Vec<String> {
    films(out, "filmprint-batch.json").values().map(|f| f["status"].as_str().unwrap().to_string()).collect()
}

#[test]
fn a_folder_is_searched_by_probing_and_every_film_gets_its_own_outputs() {
    let lib = library();
    let out = lib.path().join("out");
    let root = lib.path().to_str().unwrap();
    let run = batch(&[root, "-r", "-o", out.to_str().unwrap()]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let films = films(&out, "filmprint-batch.json");
    let keys: Vec<&str> = films.keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 4, "{keys:?}");
    assert!(keys.contains(&"Other Film") && keys.contains(&"deep"), "{keys:?}");
    let movies: Vec<&&str> = keys.iter().filter(|k| k.starts_with("movie-")).collect();
    assert_eq!(movies.len(), 2, "two movie.mp4 in two folders get two names: {keys:?}");
    for (name, film) in &films {
        assert_eq!(film["status"], "done", "{film}");
        for output in film["outputs"].as_array().unwrap() {
            assert!(out.join(output.as_str().unwrap()).is_file(), "{output}");
        }
        assert!(out.join(format!("{name}.png")).is_file() && out.join(format!("{name}.json")).is_file());
    }
    // The colors are each film's own: the red clip's bars are red, the blue one's blue.
    let first_color = |film: &Value| {
        let fp = json(&out.join(format!("{}.json", film["name"].as_str().unwrap())));
        hex_rgb(&fp["samples"][0]["colors"][0]["hex"])
    };
    let by_input =
        |suffix: &str| films.values().find(|f| f["input"].as_str().unwrap().ends_with(suffix)).unwrap();
    let red = first_color(by_input("a/movie.mp4"));
    let blue = first_color(by_input("b/movie.mp4"));
    assert!(near(red, [255, 0, 0], 4) && near(blue, [0, 0, 255], 4), "{red:?} {blue:?}");
    // Nothing else in the folder: no temporary files, no poster or notes taken as films.
    let expected = 4 * 2 + 1;
    assert_eq!(names(&out).len(), expected, "{:?}", names(&out));

    // Without -r only the top folder is searched: it holds no film.
    let flat = batch(&[root, "-o", lib.path().join("flat").to_str().unwrap()]);
    assert_eq!(flat.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&flat.stderr).contains("no films among the inputs"),
        "{}",
        String::from_utf8_lossy(&flat.stderr)
    );
}

#[test]
fn a_broken_film_is_recorded_and_the_others_are_made_and_a_rerun_resumes() {
    let lib = library();
    let out = lib.path().join("out");
    let broken = lib.path().join("broken.mp4");
    std::fs::write(&broken, b"this is not a movie").unwrap();
    let glob = format!("{}/*/movie.mp4", lib.path().display());
    let args = [glob.as_str(), broken.to_str().unwrap(), "-o", out.to_str().unwrap()];
    let run = batch(&args);
    assert_eq!(run.status.code(), Some(1), "a failed film makes the run fail at the end");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("broken.mp4") && stderr.contains("2 made") && stderr.contains("1 failed"),
        "{stderr}"
    );
    let films = films(&out, "filmprint-batch.json");
    assert_eq!(films.len(), 3);
    let failed = &films["broken"];
    assert_eq!(failed["status"], "failed");
    assert!(failed["error"].as_str().unwrap().contains("broken.mp4"), "{failed}");
    assert_eq!(films.values().filter(|f| f["status"] == "done").count(), 2);

    // Run again: the made films are up to date and left alone; the broken one is tried again.
    let made = out.join(format!("{}.png", films.keys().find(|k| k.starts_with("movie-")).unwrap()));
    let before = std::fs::metadata(&made).unwrap().modified().unwrap();
    let again = batch(&args);
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("0 made, 2 up to date, 1 failed"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(std::fs::metadata(&made).unwrap().modified().unwrap(), before);
    let resumed = films_status(&out);
    assert_eq!(resumed.iter().filter(|s| *s == "up_to_date").count(), 2, "{resumed:?}");

    // Other settings, a changed input, or --force: made again.
    let more = batch(&[glob.as_str(), "-o", out.to_str().unwrap(), "-d", "1", "-k", "3"]);
    assert!(
        String::from_utf8_lossy(&more.stderr).contains("2 made, 0 up to date"),
        "{}",
        String::from_utf8_lossy(&more.stderr)
    );
    run_ffmpeg(
        &["-f", "lavfi", "-i", "color=c=red:s=64x36:r=10:d=2", "-c:v", "libx264"],
        &lib.path().join("a/movie.mp4"),
    );
    let changed = batch(&[glob.as_str(), "-o", out.to_str().unwrap(), "-d", "1", "-k", "3"]);
    assert!(
        String::from_utf8_lossy(&changed.stderr).contains("1 made, 1 up to date"),
        "{}",
        String::from_utf8_lossy(&changed.stderr)
    );
    let forced = batch(&[glob.as_str(), "-o", out.to_str().unwrap(), "-d", "1", "-k", "3", "--force"]);
    assert!(
        String::from_utf8_lossy(&forced.stderr).contains("2 made, 0 up to date"),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
}

/// `filmprint batch -n 4 -q args…` run in `cwd`; its stderr.
fn batch_in(cwd: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .args(["batch", "-n", "4", "-q"])
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn modified(path: &Path) -> std::time::SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn a_film_is_known_by_its_file_and_settings_not_by_the_paths_that_name_it() {
    let lib = library();
    let root = lib.path();
    let out = root.join("out");
    let (a, b) = (root.join("a"), root.join("b"));
    let (code, stderr) =
        batch_in(Path::new("/"), &[a.to_str().unwrap(), b.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("2 made, 0 up to date"), "{stderr}");
    let names = films(&out, "filmprint-batch.json");
    assert_eq!(names.keys().collect::<Vec<_>>(), ["movie-a", "movie-b"]);
    let (png, json) = (out.join("movie-a.png"), out.join("movie-a.json"));
    let (png_made, json_made) = (modified(&png), modified(&json));

    // From another folder, with relative paths; then through a linked folder.
    let (code, stderr) = batch_in(root, &["a", "b", "-o", "out"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("0 made, 2 up to date"), "relative paths: {stderr}");
    std::os::unix::fs::symlink(&a, root.join("linked")).unwrap();
    let (_, stderr) = batch_in(root, &["linked", "b", "-o", "out"]);
    assert!(stderr.contains("0 made, 2 up to date"), "a linked folder: {stderr}");

    // Pages asked for now: only the pages are written, from the saved fingerprints.
    let (code, stderr) = batch_in(root, &["a", "b", "-o", "out", "--html"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("0 made, 2 drawn again from their fingerprints, 0 up to date"), "{stderr}");
    assert!(out.join("movie-a.html").is_file() && out.join("movie-b.html").is_file());
    // Pages drawn from saved fingerprints have no frame thumbnails, and the run says so.
    assert!(
        stderr.contains("2 pages were made from fingerprints saved without frame thumbnails"),
        "{stderr}"
    );
    let page = std::fs::read_to_string(out.join("movie-a.html")).unwrap();
    assert!(page.contains("\"thumb\":null") && !page.contains("\"thumb\":\""), "a thumbnail from nowhere");
    assert_eq!(
        (modified(&png), modified(&json)),
        (png_made, json_made),
        "the picture or JSON was made again"
    );
    let (_, stderr) = batch_in(root, &["a", "b", "-o", "out", "--html"]);
    assert!(stderr.contains("0 made, 2 up to date"), "{stderr}");

    // Other picture options: pictures drawn again, nothing decoded (the JSON stays).
    let (_, stderr) = batch_in(root, &["a", "b", "-o", "out", "--style", "ring"]);
    assert!(stderr.contains("0 made, 2 drawn again"), "{stderr}");
    assert_ne!(modified(&png), png_made);
    assert_eq!(modified(&json), json_made);
    // Other analysis settings: made again.
    let (_, stderr) = batch_in(root, &["a", "b", "-o", "out", "--style", "ring", "-k", "3"]);
    assert!(stderr.contains("2 made, 0 up to date"), "{stderr}");
}

#[test]
fn the_same_file_named_twice_is_one_film() {
    let lib = library();
    let root = lib.path();
    let (code, stderr) =
        batch_in(root, &["a/movie.mp4", "./b/../a/movie.mp4", "a/../a/movie.mp4", "-o", "out"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("1 made"), "{stderr}");
    assert_eq!(films(&root.join("out"), "filmprint-batch.json").len(), 1);
}

#[test]
fn broken_films_found_in_folders_are_failures_not_skips() {
    let lib = library();
    let root = lib.path();
    // A film's name with nothing of a film in it; and a Matroska file cut off in its header,
    // under a name that says nothing (only its first bytes tell it is a container).
    std::fs::write(root.join("c/broken.mp4"), b"this was never a film").unwrap();
    let mkv = std::fs::read(root.join("c/Other Film.mkv")).unwrap();
    std::fs::write(root.join("c/cut-off.bin"), &mkv[..40]).unwrap();
    let (code, stderr) = batch_in(root, &["c", "-o", "out"]);
    assert_eq!(code, Some(1), "{stderr}");
    let films = films(&root.join("out"), "filmprint-batch.json");
    let status = |name: &str| films[name]["status"].as_str().unwrap().to_string();
    assert_eq!(status("broken"), "failed", "{films:?}");
    assert_eq!(status("cut-off"), "failed", "{films:?}");
    assert_eq!(status("Other Film"), "done");
    assert_eq!(films.len(), 3, "notes.txt is not a film: {films:?}");
    assert!(stderr.contains("1 made, 0 up to date, 2 failed"), "{stderr}");
}
