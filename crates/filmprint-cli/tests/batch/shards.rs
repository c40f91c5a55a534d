//! Shards that together make every film exactly once, `merge`, the batch's usage errors, and
//! a batch stopped by a signal.

use super::{batch, films, films_status, library, names};
use crate::common::{filmprint, json, wait_until_reading};
use testkit::run_ffmpeg;

#[test]
fn shards_make_every_film_exactly_once_and_merge_joins_them() {
    let lib = library();
    let out = lib.path().join("out");
    let root = lib.path().to_str().unwrap();
    for shard in ["1/3", "2/3", "3/3"] {
        let run = batch(&[root, "-r", "-o", out.to_str().unwrap(), "--shard", shard, "--html", "-j", "2"]);
        assert!(run.status.success(), "{shard}: {}", String::from_utf8_lossy(&run.stderr));
    }
    let mut made: Vec<String> = Vec::new();
    for i in 1..=3 {
        let manifest = json(&out.join(format!("filmprint-batch-{i}-of-3.json")));
        assert_eq!(manifest["shard"], format!("{i}/3"));
        for film in manifest["films"].as_array().unwrap() {
            assert_eq!(film["status"], "done");
            made.push(film["name"].as_str().unwrap().to_string());
        }
    }
    made.sort();
    let mut unique = made.clone();
    unique.dedup();
    assert_eq!(made, unique, "a film made twice");
    assert_eq!(made.len(), 4, "every film once: {made:?}");
    assert!(!out.join("index.html").exists(), "a shard alone builds no gallery");

    let merge = filmprint(&["merge", out.to_str().unwrap(), "--html"]);
    assert!(merge.status.success(), "{}", String::from_utf8_lossy(&merge.stderr));
    let merged = films(&out, "filmprint-batch.json");
    assert_eq!(merged.keys().cloned().collect::<Vec<_>>(), made);
    let gallery = std::fs::read_to_string(out.join("index.html")).unwrap();
    for name in &made {
        assert!(
            gallery.contains(&format!("{name}.html")) && gallery.contains(&format!("{name}.png")),
            "{name}"
        );
        assert!(out.join(format!("{name}.html")).is_file());
    }

    // A shard's manifest missing: the warning is the first thing said, and the merge fails.
    std::fs::remove_file(out.join("filmprint-batch-3-of-3.json")).unwrap();
    let merge = filmprint(&["merge", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&merge.stderr);
    assert_eq!(merge.status.code(), Some(1), "{stderr}");
    assert!(stderr.lines().next().unwrap().starts_with("filmprint: warning: 2 of 3 shards"), "{stderr}");
    assert!(stderr.contains("(missing: 3)"), "{stderr}");

    // The library cut another way into the same folder (2/2 beside 1/3 and 2/3): 1/3, 2/3
    // and 2/2 are three manifests of two cuts, and a film may be in none of them. Refused.
    let run = batch(&[root, "-r", "-o", out.to_str().unwrap(), "--shard", "2/2"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let merge = filmprint(&["merge", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&merge.stderr);
    assert_eq!(merge.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cut into 2 and 3 shards"), "{stderr}");
}

#[test]
fn bad_batch_arguments_are_usage_errors() {
    let lib = tempfile::tempdir().unwrap();
    let file = lib.path().join("file.txt");
    std::fs::write(&file, "x").unwrap();
    for (args, message) in [
        (vec!["batch", "x.mp4"], "--output"),
        (vec!["batch", "x.mp4", "-o", file.to_str().unwrap()], "is a file"),
        (vec!["batch", "x.mp4", "-o", "out", "--shard", "4/3"], "between 1 and the number of shards"),
        (vec!["batch", "x.mp4", "-o", "out", "--jobs", "0"], "--jobs"),
        (vec!["batch", "x.mp4", "-o", "out", "--csv", "a.csv"], "--csv"),
        (vec!["merge", lib.path().join("none").to_str().unwrap()], "is not a folder"),
    ] {
        let run = filmprint(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&run.stderr).contains(message),
            "{args:?}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let missing = filmprint(&[
        "batch",
        lib.path().join("nothing-here").to_str().unwrap(),
        "-o",
        lib.path().join("o").to_str().unwrap(),
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("does not exist"));
}

#[test]
fn ctrl_c_stops_a_batch_within_a_second_keeping_the_manifest_whole() {
    interrupted_by("-INT");
}

#[test]
fn a_scheduler_s_sigterm_stops_a_batch_like_ctrl_c() {
    // Slurm and Kubernetes stop a task with SIGTERM (pre-emption, time limit, deletion).
    interrupted_by("-TERM");
}

fn interrupted_by(signal: &str) {
    // Two films long enough that exact sampling on one thread takes several seconds each.
    let root = tempfile::tempdir().unwrap();
    for name in ["one", "two"] {
        run_ffmpeg(
            &[
                "-f",
                "lavfi",
                "-i",
                "testsrc2=s=640x360:r=25:d=60",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-g",
                "250",
            ],
            &root.path().join(format!("{name}.mp4")),
        );
    }
    let out = root.path().join("out");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .args(["batch", root.path().to_str().unwrap(), "-o", out.to_str().unwrap(), "-n", "1500"])
        .args(["--sampling", "exact", "--threads", "1", "-q"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Past finding the films (which opens them too): the manifest is written, then a film is
    // being made.
    let started = std::time::Instant::now();
    while !out.join("filmprint-batch.json").exists() {
        assert!(started.elapsed().as_secs() < 60, "the batch never wrote its manifest");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let films = [root.path().join("one.mp4"), root.path().join("two.mp4")];
    wait_until_reading(&mut child, &[&films[0], &films[1]]);
    let kill = std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let interrupted = std::time::Instant::now();
    let run = child.wait_with_output().unwrap();
    assert!(interrupted.elapsed() < std::time::Duration::from_secs(1), "took {:?}", interrupted.elapsed());
    assert_eq!(run.status.code(), Some(130), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(String::from_utf8_lossy(&run.stderr).contains("not made (interrupted)"));
    // Only the manifest is there, whole, with both films still to make.
    assert_eq!(names(&out), ["filmprint-batch.json"]);
    assert_eq!(films_status(&out), ["pending", "pending"]);
}
