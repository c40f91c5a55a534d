//! Fingerprint data: JSON round trips, schema checks, squeezed columns, palettes.

use std::path::Path;

use super::*;

fn example() -> Fingerprint {
    let red = Swatch { hex: "#ff0000".into(), oklab: [0.6, 0.2, 0.1], share: 1.0 };
    let sample = Sample {
        pts: 5000,
        column: Some(Sample::encode_column(&[[255, 0, 0], [0, 16, 255]])),
        ..test_support::sample(0, 5.0, vec![red])
    };
    test_support::synthetic(10.0, vec![sample])
}

#[test]
fn squeezed_columns_round_trip_and_malformed_ones_are_empty() {
    let mut sample = example().samples[0].clone();
    assert_eq!(sample.column_colors(), vec![[255, 0, 0], [0, 16, 255]]);
    sample.column = Some("ff00".into());
    assert!(sample.column_colors().is_empty());
    sample.column = Some("zz0000".into());
    assert!(sample.column_colors().is_empty());
    sample.column = None;
    assert!(sample.column_colors().is_empty());
}

#[test]
fn json_round_trips() {
    let fp = example();
    let back = Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map_err(|e| e.to_string());
    assert_eq!(back, Ok(fp));
}

#[test]
fn other_schemas_and_garbage_are_refused_clearly() {
    let newer = example().to_json().replace("\"schema\": 1", "\"schema\": 2");
    let err = Fingerprint::from_json(&newer, Path::new("x.json")).map(|_| ()).map_err(|e| e.to_string());
    assert_eq!(
        err,
        Err("'x.json' is not a usable fingerprint file: it has schema 2, this filmprint reads schema 1"
            .into())
    );
    assert!(Fingerprint::from_json("{}", Path::new("x.json")).is_err());
    assert!(Fingerprint::from_json("not json", Path::new("x.json")).is_err());
    let mistyped = example().to_json().replace("\"index\": 0", "\"index\": \"zero\"");
    assert!(Fingerprint::from_json(&mistyped, Path::new("x.json")).is_err());
}

#[test]
fn fingerprints_without_samples_or_colors_are_refused() {
    let refused = |fp: &Fingerprint| {
        Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map(|_| ()).map_err(|e| e.to_string())
    };
    let mut no_samples = example();
    no_samples.samples.clear();
    assert_eq!(
        refused(&no_samples),
        Err("'x.json' is not a usable fingerprint file: it has no samples".into())
    );
    let mut no_colors = example();
    no_colors.samples[0].colors.clear();
    assert_eq!(
        refused(&no_colors),
        Err("'x.json' is not a usable fingerprint file: sample 0 has no colors".into())
    );
    assert_eq!(refused(&example()), Ok(()));
}

#[test]
fn numbers_beyond_single_precision_are_refused() {
    // Found by fuzzing (fuzz/README.md): a share of 1e39 read as infinity and was written back
    // as `null`, so the fingerprint's own JSON no longer read.
    let json = example().to_json();
    // Refused by the parser itself (the number does not fit the field) or, where it does not
    // know the field's precision, by the check after it; either way with the place named.
    let read = |text: String| -> Result<(), String> {
        match Fingerprint::from_json(&text, Path::new("x.json")) {
            Ok(_) => Ok(()),
            Err(e) => {
                let message = e.to_string();
                assert!(message.starts_with("'x.json' is not a usable fingerprint file: "), "{message}");
                assert!(message.contains("out of range"), "{message}");
                Err(message)
            }
        }
    };
    let refused = |text: String| read(text).is_err();
    assert!(refused(json.replacen("\"share\": 1.0", "\"share\": 1e39", 1)));
    assert!(refused(json.replacen("0.6,", "-4e38,", 2)));
    assert!(refused(json.replace("\"keyframe\": false,", "\"keyframe\": false, \"left_out\": 1e40,")));
    assert!(refused(json.replace("\"min_chroma\": 0.04", "\"min_chroma\": 1e39")));
    let mut palette = example();
    palette.palette = Some(Palette { colors: palette.samples[0].colors.clone(), segments: Vec::new() });
    let with_palette = palette.to_json();
    assert_eq!(read(with_palette.clone()), Ok(()));
    let last_share = with_palette.rfind("\"share\": 1.0").unwrap_or_default();
    let mut huge = with_palette;
    huge.replace_range(last_share..last_share + "\"share\": 1.0".len(), "\"share\": 1e39");
    assert!(refused(huge));
    // The largest finite values still read, and round-trip.
    let largest = json.replacen("\"share\": 1.0", "\"share\": 3.4028235e38", 1);
    let fp = Fingerprint::from_json(&largest, Path::new("x.json")).map_err(|e| e.to_string());
    let back = fp
        .clone()
        .and_then(|fp| Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map_err(|e| e.to_string()));
    assert_eq!(back, fp);
}
#[test]
fn every_number_survives_a_round_trip_exactly() {
    // Found by fuzzing (fuzz/README.md): serde_json's default float parsing can miss by one
    // unit in the last place, so 18.041661666666666 was written back as 18.041661666666663.
    let mut fp = example();
    fp.samples[0].time_s = 18.041_661_666_666_666;
    fp.samples[0].target_s = 0.1 + 0.2;
    fp.source.duration_s = f64::MAX;
    fp.source.frame_rate = Some(f64::MIN_POSITIVE);
    let back = Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map_err(|e| e.to_string());
    assert_eq!(back, Ok(fp));
}

#[test]
fn the_longest_column_filmprint_writes_reads_back_and_a_longer_one_is_refused() {
    let mut fp = example();
    fp.samples[0].column = Some("a0b0c0".repeat(crate::settings::MAX_ANALYSIS_ROWS as usize));
    let back = Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map_err(|e| e.to_string());
    assert_eq!(back, Ok(fp.clone()));
    fp.samples[0].column = Some("a0b0c0".repeat(crate::settings::MAX_ANALYSIS_ROWS as usize + 1));
    let err =
        Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map(|_| ()).map_err(|e| e.to_string());
    assert!(err.as_ref().is_err_and(|e| e.contains("more than the 24576")), "{err:?}");
}

#[test]
fn shots_round_trip_and_crafted_shot_lists_are_refused_before_any_work() {
    let red = Swatch { hex: "#ff0000".into(), oklab: [0.6, 0.2, 0.1], share: 1.0 };
    let shot = |index: usize, start_s: f64, end_s: f64| Shot {
        index,
        first_frame: (start_s * 24.0) as u64,
        last_frame: (end_s * 24.0) as u64 - 1,
        start_s,
        end_s,
        transition: None,
        frame_s: start_s,
        frames_analysed: 1,
        colors: vec![red.clone()],
        clusters: vec![red.clone()],
        average: None,
        column: None,
        thumbnail: None,
    };
    let with_shots = |shots: Vec<Shot>| Fingerprint { shots: Some(ShotList::new(240, shots)), ..example() };
    let good = with_shots(vec![shot(0, 0.0, 4.0), shot(1, 4.0, 10.0)]);
    let read = Fingerprint::from_json(&good.to_json(), Path::new("f.json")).unwrap();
    assert_eq!(read, good);
    assert_eq!(read.shots.as_ref().map(|s| s.statistics.median_s), Some(5.0));
    // A time past eleven days would make the per-minute statistics a giant list: refused first.
    for (shots, why) in [
        (vec![shot(0, 0.0, 4.0), shot(1, 4.0, 1e300)], "outside"),
        (vec![shot(0, 0.0, 4.0), shot(1, 5.0, 10.0)], "frames do not follow on"),
        (vec![shot(0, 0.0, 4.0), Shot { start_s: 4.5, ..shot(1, 4.0, 10.0) }], "does not start where"),
        (
            vec![shot(0, 0.0, 4.0), Shot { last_frame: u64::MAX, ..shot(1, 4.0, 10.0) }],
            "frames do not follow on",
        ),
        (vec![shot(0, 4.0, 2.0)], "ends before"),
        (Vec::new(), "empty"),
    ] {
        let json = with_shots(shots).to_json();
        let error = Fingerprint::from_json(&json, Path::new("f.json")).unwrap_err().to_string();
        assert!(error.contains(why), "{error}");
    }
}

#[test]
fn statistics_follow_their_published_definitions() {
    use crate::analyse::color::srgb8_to_oklab;
    let swatch = |rgb: [u8; 3], share: f32| Swatch {
        hex: crate::analyse::color::hex(rgb),
        oklab: srgb8_to_oklab(rgb),
        share,
    };
    let mut fp = example();
    let template = fp.samples[0].clone();
    // Every frame half pure red, half pure blue.
    fp.samples = (0..10)
        .map(|i| Sample {
            index: i,
            clusters: vec![swatch([255, 0, 0], 0.5), swatch([0, 0, 255], 0.5)],
            colors: vec![swatch([255, 0, 0], 0.5)],
            ..template.clone()
        })
        .collect();
    fp.settings.samples = 10;
    let s = fp.statistics().unwrap();
    // Hasler & Süsstrunk by hand: rg = R − G is 255 and 0, yb = (R + G)/2 − B is 127.5 and
    // −255; σ_rgyb = √(127.5² + 191.25²), μ_rgyb = √(127.5² + 63.75²), M = σ + 0.3 μ.
    let expected = 127.5f64.hypot(191.25) + 0.3 * 127.5f64.hypot(63.75);
    assert!((f64::from(s.colorfulness) - expected).abs() < 0.5, "{} against {expected}", s.colorfulness);
    assert!((s.warm - 0.5).abs() < 1e-6 && (s.cool - 0.5).abs() < 1e-6 && s.neutral == 0.0, "{s:?}");
    // Two colors in equal shares: one bit.
    assert!((s.palette_entropy - 1.0).abs() < 0.01, "{s:?}");
    let (lr, lb) = (srgb8_to_oklab([255, 0, 0])[0], srgb8_to_oklab([0, 0, 255])[0]);
    assert!(
        (s.lightness - (lr + lb) / 2.0).abs() < 1e-5 && (s.lightness_sd - (lr - lb).abs() / 2.0).abs() < 1e-5
    );
    // A grey film: no color, all neutral, one palette color.
    for sample in &mut fp.samples {
        sample.clusters = vec![swatch([128, 128, 128], 1.0)];
    }
    let grey = fp.statistics().unwrap();
    assert!(grey.colorfulness < 0.5 && grey.neutral == 1.0 && grey.palette_entropy < 0.01, "{grey:?}");
}

#[test]
fn loudness_levels_round_trip_and_bad_ones_are_refused() {
    let fp = Fingerprint { loudness: Some(vec![-21.5]), ..example() };
    let json = fp.to_json();
    assert_eq!(Fingerprint::from_json(&json, Path::new("x.json")).ok(), Some(fp.clone()));
    // Written by hand as null: not measured.
    let null = example().to_json().replacen("\"samples\"", "\"loudness\": null,\n  \"samples\"", 1);
    assert_eq!(Fingerprint::from_json(&null, Path::new("x.json")).ok().map(|f| f.loudness), Some(None));
    for (levels, why) in
        [("[-20.0, -30.0]", "2 loudness levels for 1 samples"), ("[1e39]", ""), ("[-500.0]", "-500")]
    {
        let bad = json.replace("-21.5", levels.trim_matches(['[', ']']));
        let error = Fingerprint::from_json(&bad, Path::new("x.json")).map(|_| ()).unwrap_err().to_string();
        assert!(error.contains(why), "{levels}: {error}");
    }
}
