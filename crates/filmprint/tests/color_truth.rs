//! Ground truth for the color analysis: frames made of known color regions in known
//! proportions (with a little noise, as real frames have), analysed both directly and after a
//! round trip through a lossless video file. The dominant colors must come back within
//! ΔE(Oklab) 0.005 of the regions' mean colors, with shares within one percentage point.

use filmprint::analyse::{
    ClusterSettings, ColorShare, ColorSpace, FrameColors, LightLimits, color, dominant_colors,
};
use filmprint::decode::FfmpegSource;
use filmprint::frame::Picture;
use filmprint::internal::{cluster_census, histogram_with_at_least};
use filmprint::sample::{self, SamplingMode};
use filmprint::source::FrameSource;
use testkit::Clip;

/// A region: its color and its share of the frame's width.
struct Region {
    rgb: [u8; 3],
    share: f32,
}

const SCENES: &[&[Region]] = &[
    &[
        Region { rgb: [200, 40, 30], share: 0.5 },
        Region { rgb: [30, 60, 160], share: 0.3 },
        Region { rgb: [240, 220, 120], share: 0.2 },
    ],
    &[Region { rgb: [15, 15, 20], share: 0.62 }, Region { rgb: [120, 180, 90], share: 0.38 }],
    &[
        Region { rgb: [90, 90, 90], share: 0.25 },
        Region { rgb: [250, 140, 20], share: 0.25 },
        Region { rgb: [20, 120, 130], share: 0.35 },
        Region { rgb: [180, 60, 170], share: 0.15 },
    ],
];

const WIDTH: u32 = 256;
const HEIGHT: u32 = 144;

/// Small deterministic noise (−3..=3 code values per channel), like grain.
fn noise(x: u32, y: u32, channel: u32) -> i32 {
    let mut h = x.wrapping_mul(0x9E37_79B1) ^ y.wrapping_mul(0x85EB_CA77) ^ channel.wrapping_mul(0xC2B2_AE3D);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2C1B_3C6D);
    h ^= h >> 12;
    (h % 7) as i32 - 3
}

/// The region of column x.
fn region_at(scene: &[Region], x: u32) -> usize {
    let mut edge = 0.0;
    for (i, r) in scene.iter().enumerate() {
        edge += r.share * WIDTH as f32;
        if (x as f32) < edge.round() {
            return i;
        }
    }
    scene.len() - 1
}

fn picture(scene: &[Region]) -> Picture {
    Picture::from_fn(WIDTH, HEIGHT, |x, y| {
        let rgb = scene[region_at(scene, x)].rgb;
        [0, 1, 2].map(|c| (i32::from(rgb[c]) + noise(x, y, c as u32)).clamp(0, 255) as u8)
    })
}

/// Each region's exact mean color in Oklab (the mean of its noisy pixels, in linear light for
/// the reference, then Oklab) and its exact share.
fn truth(picture: &Picture, scene: &[Region]) -> Vec<([f32; 3], f32)> {
    let mut sums = vec![([0.0f64; 3], 0.0f64); scene.len()];
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let i = ((y * WIDTH + x) * 3) as usize;
            let linear = color::srgb8_to_linear([picture.rgb[i], picture.rgb[i + 1], picture.rgb[i + 2]]);
            let s = &mut sums[region_at(scene, x)];
            s.0.iter_mut().zip(linear).for_each(|(a, b)| *a += f64::from(b));
            s.1 += 1.0;
        }
    }
    let total = f64::from(WIDTH * HEIGHT);
    sums.iter()
        .map(|(sum, n)| {
            let lab = color::linear_to_oklab(sum.map(|s| s / n));
            (lab.map(|v| v as f32), (n / total) as f32)
        })
        .collect()
}

fn delta_e(a: [f32; 3], b: [f32; 3]) -> f32 {
    a.iter().zip(&b).map(|(x, y)| (x - y).powi(2)).sum::<f32>().sqrt()
}

fn assert_matches(found: &filmprint::analyse::FrameColors, expected: &[([f32; 3], f32)], what: &str) {
    assert_eq!(found.clusters.len(), expected.len(), "{what}: cluster count");
    for (lab, share) in expected {
        let nearest = found
            .clusters
            .iter()
            .min_by(|a, b| delta_e(a.oklab, *lab).total_cmp(&delta_e(b.oklab, *lab)))
            .unwrap();
        let de = delta_e(nearest.oklab, *lab);
        assert!(de <= 0.005, "{what}: color {lab:?} found as {:?}, ΔE {de}", nearest.oklab);
        assert!((nearest.share - share).abs() <= 0.01, "{what}: share {} found as {}", share, nearest.share);
    }
}

#[test]
fn known_regions_are_found_with_their_colors_and_shares() {
    for (n, scene) in SCENES.iter().enumerate() {
        let picture = picture(scene);
        let expected = truth(&picture, scene);
        let settings = ClusterSettings { clusters: scene.len(), ..ClusterSettings::default() };
        assert_matches(&dominant_colors(&picture, &settings), &expected, &format!("scene {n}, defaults"));
        // Coarse censuses, held coarse (these frames have too few colors for the default census
        // to stay there).
        let distinct =
            histogram_with_at_least(&picture, ColorSpace::Oklab, 8, LightLimits::default(), 0).points.len();
        for bits in [5, 6] {
            let census =
                histogram_with_at_least(&picture, ColorSpace::Oklab, bits, LightLimits::default(), 0);
            assert!(census.points.len() < distinct / 4, "scene {n}: {bits} bits must bin coarsely");
            let clusters: Vec<ColorShare> = cluster_census(&census, &settings)
                .clusters
                .iter()
                .map(|c| ColorShare::from_point(ColorSpace::Oklab, c.center, (c.weight / census.kept) as f32))
                .collect();
            let found = FrameColors { clusters, average: None, left_out: 0.0 };
            assert_matches(&found, &expected, &format!("scene {n}, {bits}-bit census"));
        }
        // Clustering in another space still finds the same regions (compared in Oklab).
        for space in [ColorSpace::Cielab, ColorSpace::Srgb] {
            let settings = ClusterSettings { clusters: scene.len(), space, ..ClusterSettings::default() };
            let found = dominant_colors(&picture, &settings);
            for (lab, share) in &expected {
                let nearest = found
                    .clusters
                    .iter()
                    .min_by(|a, b| delta_e(a.oklab, *lab).total_cmp(&delta_e(b.oklab, *lab)))
                    .unwrap();
                assert!(delta_e(nearest.oklab, *lab) <= 0.01, "scene {n} in {space:?}");
                assert!((nearest.share - share).abs() <= 0.01, "scene {n} in {space:?}");
            }
        }
    }
}

#[test]
fn known_regions_survive_a_lossless_video_round_trip() {
    // The scenes as frames of a lossless RGB video (FFV1), 1 s each, decoded back by filmprint.
    let dir = tempfile::tempdir().unwrap();
    let mut inputs = Vec::new();
    for (n, scene) in SCENES.iter().enumerate() {
        let path = dir.path().join(format!("scene{n}.png"));
        let picture = picture(scene);
        let file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let mut encoder = png::Encoder::new(file, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgb);
        encoder.write_header().unwrap().write_image_data(&picture.rgb).unwrap();
        inputs.extend([
            "-loop".to_string(),
            "1".into(),
            "-t".into(),
            "1".into(),
            "-r".into(),
            "10".into(),
            "-i".into(),
        ]);
        inputs.push(path.to_str().unwrap().to_string());
    }
    let mut args: Vec<String> = inputs;
    let streams: String = (0..SCENES.len()).map(|i| format!("[{i}:v]")).collect();
    args.extend([
        "-filter_complex".into(),
        format!("{streams}concat=n={}:v=1:a=0[v]", SCENES.len()),
        "-map".into(),
        "[v]".into(),
        "-c:v".into(),
        "ffv1".into(),
        "-pix_fmt".into(),
        "bgr0".into(),
    ]);
    let clip = Clip::encode("regions_lossless.mkv", &args.iter().map(String::as_str).collect::<Vec<_>>());
    let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
    let plan = sample::plan(&source.info().timeline, SCENES.len(), SamplingMode::Exact);
    let mut reader = source.reader(1, None).unwrap();
    for (n, request) in plan.iter().enumerate() {
        let decoded = reader.fetch(request, plan.get(n + 1)).unwrap();
        let expected = truth(&picture(SCENES[n]), SCENES[n]);
        let settings = ClusterSettings { clusters: SCENES[n].len(), ..ClusterSettings::default() };
        assert_matches(
            &dominant_colors(&decoded.picture, &settings),
            &expected,
            &format!("decoded scene {n}"),
        );
    }
}
