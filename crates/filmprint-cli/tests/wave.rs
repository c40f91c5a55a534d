//! The wave styles: the loudness per bar measured from the sound against the sine's RMS level
//! worked out by hand (a sine of amplitude A has an RMS of A/√2), in the codecs' sample formats
//! (AAC decodes to planar floats, PCM to packed 16-bit integers), drawn as bar heights.

use crate::common::filmprint;
use testkit::{Clip, read_png};

fn assert_ok(out: &std::process::Output) {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Four seconds, red then blue, with a 440 Hz sine (amplitude 1/8) loud for two seconds and at
/// 5 % after, coded with `audio` (an FFmpeg audio encoder) in `container`.
fn loud_then_quiet(audio: &str, container: &str) -> Clip {
    Clip::encode(
        &format!("loud then quiet {audio}.{container}"),
        &[
            "-f",
            "lavfi",
            "-i",
            "color=c=red:s=96x54:r=10:d=2[a];color=c=blue:s=96x54:r=10:d=2[b];[a][b]concat=n=2:v=1:a=0",
            "-f",
            "lavfi",
            "-i",
            // Both channels the same sine at full level (an up-mix would lower each by 3 dB).
            "sine=f=440:d=4:sample_rate=48000,volume='if(lt(t,2),1,0.05)':eval=frame,pan=stereo|c0=c0|c1=c0",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            audio,
            "-shortest",
        ],
    )
}

/// The sine's RMS level: 20·log10(A/√2) dBFS.
fn sine_dbfs(amplitude: f64) -> f64 {
    20.0 * (amplitude / std::f64::consts::SQRT_2).log10()
}

#[test]
fn each_bar_is_as_loud_as_the_sound_over_its_interval() {
    let (loud, quiet) = (sine_dbfs(0.125), sine_dbfs(0.125 * 0.05));
    for (audio, container) in [("aac", "mp4"), ("pcm_s16le", "mkv")] {
        let clip = loud_then_quiet(audio, container);
        let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
        let run = filmprint(&[
            clip.path.to_str().unwrap(),
            "-n",
            "8",
            "-q",
            "--style",
            "wave",
            "--size",
            "800x400",
            "--no-title",
            "--json",
            &p("fp.json"),
            "-o",
            &p("wave.png"),
        ]);
        assert_ok(&run);
        let fp = crate::common::json(std::path::Path::new(&p("fp.json")));
        let levels: Vec<f64> =
            fp["loudness"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        assert_eq!(levels.len(), 8);
        // Bars 0–2 and 5–7 lie wholly in one half (3 and 4 meet at 2 s).
        for (i, level) in levels.iter().enumerate() {
            let expected = match i {
                0..=2 => loud,
                5..=7 => quiet,
                _ => continue,
            };
            assert!(
                (level - expected).abs() < 0.3,
                "{audio}: bar {i} at {level:.2} dBFS, expected {expected:.2}"
            );
        }
        // The picture: a loud bar fills the height; a quiet one (26 dB down of the 45 shown)
        // stands 0.03 + 0.97 × 19/45 of it, about the middle.
        let (width, height, pixels) = read_png(std::path::Path::new(&p("wave.png")));
        let tall = |x: u32| {
            (0..height)
                .filter(|&y| {
                    let i = ((y * width + x) * 3) as usize;
                    pixels[i..i + 3].iter().any(|&c| c > 40)
                })
                .count() as f64
        };
        let expected = 0.03 + 0.97 * (45.0 - (loud - quiet)) / 45.0;
        assert!((tall(50) / f64::from(height) - 1.0).abs() < 0.01, "{audio}: the loud bar fills the height");
        let ratio = tall(750) / tall(50);
        assert!(
            (ratio - expected).abs() < 0.02,
            "{audio}: quiet bar {ratio:.3} of the loud one, {expected:.3} expected"
        );
    }
}

#[test]
fn the_wave_ring_redraws_from_the_json_and_films_without_sound_are_refused() {
    let clip = loud_then_quiet("aac", "mp4");
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    assert_ok(&filmprint(&[
        clip.path.to_str().unwrap(),
        "-n",
        "8",
        "-q",
        "--loudness",
        "--json",
        &p("fp.json"),
        "-o",
        &p("a.png"),
    ]));
    for picture in ["ring.png", "ring.svg", "ring.pdf"] {
        assert_ok(&filmprint(&["render", &p("fp.json"), "--style", "wave-ring", "-o", &p(picture)]));
    }
    let (width, height, pixels) = read_png(std::path::Path::new(&p("ring.png")));
    // 12 o'clock (the loud start) reaches further out than 6 o'clock (the quiet end).
    let lit = |x: u32, y: u32| pixels[((y * width + x) * 3) as usize..][..3].iter().any(|&c| c > 40);
    let reach = |down: bool| {
        (0..height / 2)
            .filter(|&r| lit(width / 2 + 3, if down { height / 2 + r } else { height / 2 - r }))
            .max()
    };
    assert!(reach(false) > reach(true), "{:?} {:?}", reach(false), reach(true));
    // A film without sound, a fingerprint without loudness, a bar per shot: each says why.
    let silent =
        Clip::encode("silent.mp4", &["-f", "lavfi", "-i", "color=c=red:s=64x36:r=10:d=1", "-c:v", "libx264"]);
    let out = filmprint(&[
        silent.path.to_str().unwrap(),
        "--style",
        "wave",
        "-o",
        &p("x.png"),
        "--json",
        &p("silent.json"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("has no audio stream"), "{stderr}");
    assert!(!clip.sibling("silent.json").exists(), "nothing written");
    assert_ok(&filmprint(&[
        silent.path.to_str().unwrap(),
        "-q",
        "-o",
        &p("x.png"),
        "--json",
        &p("silent.json"),
    ]));
    let out = filmprint(&["render", &p("silent.json"), "--style", "wave", "-o", &p("y.png")]);
    assert_eq!(out.status.code(), Some(2), "like a bar per shot from a fingerprint without shots");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--loudness"));
    let out = filmprint(&["render", &p("fp.json"), "--style", "wave", "--bars", "shots", "-o", &p("z.png")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("a bar per sample"));
}
