//! A corpus of hostile and broken inputs, generated here and run end to end through the
//! `filmprint` binary: files that are not movies, truncated and corrupt movies, degenerate
//! videos, absurd dimensions, awkward file names, and output folders that cannot take a file.
//!
//! Whatever the input, the tool must not panic, must exit 0 for a usable result or with its
//! documented status (1 input/output error, 2 usage), must say what went wrong on stderr's
//! first line (`filmprint: error: …` naming the file, or `filmprint: warning: …` for a partial
//! result), and must leave no output or temporary file behind when it fails.
//!
//! This file: inputs that are not movies, broken movies, degenerate videos.

use std::path::PathBuf;

use tempfile::TempDir;

use crate::hostile_kit::*;

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
        (&folder, "is a folder, not a movie file"),
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
    for (input, samples, sampling, shown) in [
        (&picture, "50", "auto", "one frame"),
        (&one_frame, "50", "auto", "one frame"),
        (&ten_frames, "1000", "auto", "10 distinct frames"),
        (&ten_frames, "1000", "exact", "10 distinct frames"),
        (&ten_frames, "1000", "keyframe", "one frame"),
    ] {
        let run = filmprint(out.path(), &[input, &"-n", &samples, &"--sampling", &sampling, &"-o", &png]);
        // Said in one line: the bars repeat frames.
        let warning = run.assert_warning("has fewer frames than the");
        assert!(warning.contains(&format!("they show {shown}")), "{warning}");
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
fn the_shots_pass_reads_broken_movies_as_far_as_they_decode() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let csv = out.path().join("shots.csv");
    let last_end = |csv: &std::path::Path| -> f64 {
        let text = std::fs::read_to_string(csv).unwrap();
        let row = text.lines().last().unwrap();
        row.split(',').nth(2).unwrap().parse().unwrap()
    };
    // Cut in half with its index first: the decodable half, with a warning naming the loss
    // (its last packet cut short once failed the whole run, the error reported at draining).
    let faststart = test_pattern(corpus.path(), "faststart.mp4", &["-movflags", "+faststart"]);
    let bytes = std::fs::metadata(&faststart).unwrap().len() as usize;
    let half = cut(&faststart, bytes / 2, "half_faststart.mp4");
    let run = filmprint(out.path(), &[&"shots", &half, &"-q", &"-o", &csv]);
    let warning = run.assert_warning(&name(&half));
    assert!(warning.contains("truncated"), "{warning}");
    let end = last_end(&csv);
    assert!((end - 10.0).abs() <= 1.5, "the shots end at {end} s, not near 10 s");
    assert_eq!(files_in(out.path()), ["shots.csv"], "{}", run.args);
    std::fs::remove_file(&csv).unwrap();
    // Cut in half with its index at the end: nothing to read, said in one line.
    let plain = test_pattern(corpus.path(), "plain.mp4", &[]);
    let bytes = std::fs::metadata(&plain).unwrap().len() as usize;
    let headless = cut(&plain, bytes / 2, "half_plain.mp4");
    let run = filmprint(out.path(), &[&"shots", &headless, &"-q", &"-o", &csv]);
    run.assert_error(1, &name(&headless));
    assert_left_nothing(out.path(), &run);
    // Garbage in the middle: read past, to the end.
    let corrupt = corrupt(&plain, &[0.4, 0.6], "corrupt_plain.mp4");
    let run = filmprint(out.path(), &[&"shots", &corrupt, &"-q", &"-o", &csv]);
    run.assert_success();
    assert_eq!(last_end(&csv), 20.0, "{}", run.args);
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

/// Inputs that are not regular files, and inputs far larger than they may be, are refused
/// without being read: `--font /dev/zero` used to read until memory ran out, a FIFO as the
/// movie was "empty", and `render` of a million-sample fingerprint passed 10 GB.
#[test]
fn special_and_oversized_inputs_are_refused_without_reading_them() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let dir = corpus.path();
    let fifo = dir.join("movie-pipe.mp4");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let movie = red_frames(dir, "movie.mp4", 5);
    let png = out.path().join("out.png");
    // 1.5 GB of address space: far below what reading any of these whole would take.
    const CAP: u64 = 1_500_000;

    // As the movie.
    for (input, kind) in [
        (fifo.as_path(), "is a FIFO (named pipe), not a movie file"),
        (std::path::Path::new("/dev/zero"), "is a character device, not a movie file"),
        (std::path::Path::new("/dev/urandom"), "is a character device, not a movie file"),
    ] {
        let run = filmprint_capped(out.path(), CAP, &[&input, &"-o", &png]);
        run.assert_error(1, &input.display().to_string());
        assert!(run.stderr.contains(kind), "expected '{kind}' in: {}", run.stderr);
        assert_left_nothing(out.path(), &run);
    }

    // As the font.
    let big_font = dir.join("huge.ttf");
    std::fs::File::create(&big_font).unwrap().set_len(65 << 20).unwrap();
    for (font, why) in [
        (std::path::Path::new("/dev/zero"), "is a character device, not a regular file"),
        (fifo.as_path(), "is a FIFO (named pipe), not a regular file"),
        (big_font.as_path(), "it is 65.0 MiB, more than 64.0 MiB a font may be"),
    ] {
        let run = filmprint_capped(out.path(), CAP, &[&movie, &"-n", &"20", &"--font", &font, &"-o", &png]);
        run.assert_error(1, &font.display().to_string());
        assert!(run.stderr.contains(why), "expected '{why}' in: {}", run.stderr);
        assert_left_nothing(out.path(), &run);
    }

    // As the fingerprint to draw: a FIFO, a file past the size limit (sparse: nothing is
    // stored), and a valid-looking file of a million samples.
    let over = dir.join("over.json");
    std::fs::File::create(&over).unwrap().set_len(filmprint::fingerprint::MAX_FINGERPRINT_BYTES + 1).unwrap();
    let million = dir.join("million.json");
    write_fingerprint_of(&million, 1_000_000);
    for (json, why) in [
        (fifo.as_path(), "is a FIFO (named pipe), not a regular file"),
        (over.as_path(), "more than 1.9 GiB a fingerprint may be"),
        (million.as_path(), "more than 100000 samples"),
    ] {
        let run = filmprint_capped(out.path(), CAP, &[&"render", &json, &"-o", &png]);
        run.assert_error(1, &json.display().to_string());
        assert!(run.stderr.contains(why), "expected '{why}' in: {}", run.stderr);
        assert_left_nothing(out.path(), &run);
    }
    // The largest allowed is drawn, in memory that follows it (a minimal sample takes ~130
    // bytes of JSON).
    let most = dir.join("most.json");
    write_fingerprint_of(&most, filmprint::MAX_SAMPLES);
    let run = filmprint_capped(out.path(), CAP, &[&"render", &most, &"-o", &png, &"--size", &"1000"]);
    run.assert_success();
    std::fs::remove_file(&png).unwrap();

    // And the limit holds for analysis too.
    let run = filmprint(out.path(), &[&movie, &"-n", &"100001", &"-o", &png]);
    run.assert_no_panic();
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("100000"), "{}", run.stderr);
    assert_left_nothing(out.path(), &run);
}

/// Writes a minimal fingerprint of `samples` gray samples to `path`, streaming.
fn write_fingerprint_of(path: &std::path::Path, samples: usize) {
    use std::io::Write;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    write!(
        file,
        r#"{{"schema": 1, "tool": "test", "source": {{"file": "x.mp4", "container": "mov", "stream_index": 0,
        "codec": "h264", "width": 16, "height": 16, "frame_rate": 25.0, "time_base": {{"num": 1, "den": 1000}},
        "start_s": 0.0, "duration_s": 100.0, "keyframes": 1, "keyframe_source": "index"}},
        "settings": {{"samples": {samples}, "clusters": 1, "colors": 1, "color_space": "oklab", "seed": 0,
        "sampling": "auto", "analysis_width": 256}}, "samples": ["#
    )
    .unwrap();
    for i in 0..samples {
        let comma = if i + 1 < samples { "," } else { "" };
        write!(
            file,
            r##"{{"index":{i},"target_s":0.5,"time_s":0.5,"pts":500,"keyframe":true,"colors":[{{"hex":"#808080","oklab":[0.6,0.0,0.0],"share":1.0}}],"clusters":[]}}{comma}"##
        )
        .unwrap();
    }
    write!(file, "]}}").unwrap();
    file.flush().unwrap();
}

#[test]
fn bars_that_repeat_frames_are_told_only_when_the_video_is_that_short() {
    let corpus = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let clip = test_pattern(corpus.path(), "twenty_seconds.mp4", &[]); // 200 frames, 20 keyframes
    let png = out.path().join("out.png");
    for (samples, sampling) in [("150", "auto"), ("150", "exact"), ("150", "keyframe")] {
        let run = filmprint(out.path(), &[&clip, &"-n", &samples, &"--sampling", &sampling, &"-o", &png]);
        run.assert_success();
        assert_eq!(run.stderr, "", "{}", run.args);
    }
    let run = filmprint(out.path(), &[&clip, &"-n", &"300", &"-o", &png]);
    assert!(run.assert_warning("fewer frames than the 300 bars").contains("200 distinct frames"));
}
