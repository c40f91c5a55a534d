//! What a new user meets first: `--help` with examples for every command, completions and a
//! manual page, and mistakes answered with a message that says what to do.

use crate::common::{filmprint, json, red_then_blue};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_command_has_help_with_examples_in_plain_words() {
    for command in [
        vec!["--help"],
        vec!["render", "--help"],
        vec!["palette", "--help"],
        vec!["batch", "--help"],
        vec!["merge", "--help"],
        vec!["completions", "--help"],
        vec!["man", "--help"],
    ] {
        let out = filmprint(&command);
        assert!(out.status.success(), "{command:?}");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("Example"), "{command:?} has no example:\n{help}");
        for unexplained in ["the original", "the seed", "original's", "seed's"] {
            assert!(!help.contains(unexplained), "{command:?} says '{unexplained}':\n{help}");
        }
    }
}

#[test]
fn completions_and_the_manual_page_come_from_the_command_line_itself() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = filmprint(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = String::from_utf8_lossy(&out.stdout);
        for word in ["filmprint", "render", "palette", "time-axis"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    // The bash script is valid bash.
    let out = filmprint(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("filmprint.bash");
    std::fs::write(&script, &out.stdout).unwrap();
    assert!(std::process::Command::new("bash").arg("-n").arg(&script).status().unwrap().success());

    let out = filmprint(&["man"]);
    assert!(out.status.success());
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(
        page.contains(".TH filmprint 1") && page.contains("time\\-axis") && page.contains("render"),
        "{page}"
    );
    // Piped into a reader that stops early: no error.
    let head = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("'{}' man | head -c 10 > /dev/null", env!("CARGO_BIN_EXE_filmprint")))
        .output()
        .unwrap();
    assert!(head.stderr.is_empty(), "{}", String::from_utf8_lossy(&head.stderr));
}

#[test]
fn mistakes_are_answered_with_what_to_do() {
    let clip = red_then_blue("movie.mp4", &["-c:v", "libx264"]);
    let movie = clip.path.to_str().unwrap();

    // A mistyped subcommand is named, not taken for a movie.
    let out = filmprint(&["rendr", "x.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("did you mean `filmprint render"), "{}", stderr(&out));

    // A movie given to render.
    let out = filmprint(&["render", movie]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a movie, not a fingerprint")
            && stderr(&out).contains(&format!("`filmprint {movie}`")),
        "{}",
        stderr(&out)
    );

    // --ignore-black with its value after a space is read as its value.
    let js = clip.sibling("ib.json");
    let out = filmprint(&[
        movie,
        "-n",
        "10",
        "-q",
        "--ignore-black",
        "0.2",
        "-o",
        clip.sibling("ib.png").to_str().unwrap(),
        "--json",
        js.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!((json(&js)["settings"]["ignore_black"].as_f64().unwrap() - 0.2).abs() < 1e-6);
    // ...and alone it still means its default, with the movie after it.
    let out = filmprint(&[
        "-n",
        "10",
        "-q",
        "--ignore-black",
        movie,
        "-o",
        clip.sibling("ib.png").to_str().unwrap(),
        "--json",
        js.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!((json(&js)["settings"]["ignore_black"].as_f64().unwrap() - 0.1).abs() < 1e-6);
}

#[test]
fn a_run_says_what_it_wrote_on_a_terminal_only() {
    let clip = red_then_blue("movie.mp4", &["-c:v", "libx264"]);
    let movie = clip.path.to_str().unwrap();
    let png = clip.sibling("out.png");
    // Piped: nothing at all.
    let out = filmprint(&[movie, "-n", "10", "-o", png.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
    // On a terminal (script(1) gives it one): one line naming the files, the size and the bars.
    let Ok(status) = std::process::Command::new("script").arg("--version").output() else {
        eprintln!("skipped the terminal: script(1) is not installed");
        return;
    };
    assert!(status.status.success());
    let command = format!(
        "'{}' '{movie}' -n 10 -o '{}' --json '{}'",
        env!("CARGO_BIN_EXE_filmprint"),
        png.display(),
        clip.sibling("out.json").display()
    );
    let out = std::process::Command::new("script").args(["-qec", &command, "/dev/null"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default().to_string();
    assert!(
        last.contains("wrote")
            && last.contains("out.png (2000×2000)")
            && last.contains("out.json")
            && last.contains("10 bars in"),
        "{text:?}"
    );
    let quiet = format!("{command} -q");
    let out = std::process::Command::new("script").args(["-qec", &quiet, "/dev/null"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("wrote"), "--quiet says nothing");
}
