//! Argument parsing: defaults, conversions and usage errors.

use super::*;
use filmprint::SamplingMode;
use filmprint::analyse::{ColorSpace, Rank};
use filmprint::render::{ImageSize, PictureFormat, Style, TitlePosition};

fn parse(args: &[&str]) -> Result<Plan, String> {
    let cli = Cli::try_parse_from(std::iter::once("filmprint").chain(args.iter().copied()))
        .map_err(|e| e.to_string())?;
    cli.into_plan()
}

#[test]
fn defaults_make_a_titled_png_next_to_the_current_folder() {
    let plan = parse(&["films/Some Movie.2019.mkv"]).unwrap();
    assert_eq!(plan.pictures.len(), 1);
    let picture = &plan.pictures[0];
    assert_eq!(picture.path, PathBuf::from("Some Movie.2019.png"));
    assert_eq!(picture.format, PictureFormat::Png);
    assert!(picture.default_title && picture.settings.title.is_none(), "titled after the movie once read");
    assert_eq!(picture.settings.style, Style::Stacked);
    assert_eq!((plan.analysis.samples, plan.analysis.clusters, plan.analysis.colors), (1000, 5, 1));
    assert_eq!(plan.analysis.sampling, SamplingMode::Auto);
    assert_eq!(plan.analysis.color_space, ColorSpace::Oklab);
    assert!(plan.palette.is_none() && plan.csv.is_none());
}

#[test]
fn titles_take_backslash_n_as_line_breaks() {
    let titled =
        parse(&["x.mp4", "--title", "Nausicaä\\nof the\\nValley of the Wind", "--subtitle", "1984"]).unwrap();
    let settings = &titled.pictures[0].settings;
    assert_eq!(settings.title.as_deref(), Some("Nausicaä\nof the\nValley of the Wind"));
    assert_eq!(settings.subtitle.as_deref(), Some("1984"));
    assert!(!titled.pictures[0].default_title);
    let untitled = parse(&["x.mp4", "--no-title"]).unwrap();
    assert!(untitled.pictures[0].settings.title.is_none() && !untitled.pictures[0].default_title);
}

#[test]
fn several_styles_make_one_file_each_and_the_extension_picks_the_format() {
    let plan = parse(&["x.mp4", "--style", "stacked,ring,ring", "-o", "out/film.svg"]).unwrap();
    let files: Vec<(&Path, PictureFormat, Style)> =
        plan.pictures.iter().map(|p| (p.path.as_path(), p.format, p.settings.style)).collect();
    assert_eq!(
        files,
        vec![
            (Path::new("out/film-stacked.svg"), PictureFormat::Svg, Style::Stacked),
            (Path::new("out/film-ring.svg"), PictureFormat::Svg, Style::Ring),
        ]
    );
    assert!(parse(&["x.mp4", "-o", "x.jpg"]).unwrap_err().contains(".png, .svg or .pdf"));
    let plan = parse(&["x.mp4", "-o", "Poster.PDF"]).unwrap();
    assert_eq!(plan.pictures[0].format, PictureFormat::Pdf);
    assert!(parse(&["palette", "x.mp4", "-o", "x.jpg"]).unwrap_err().contains(".png, .svg or .pdf"));
    assert!(parse(&["x.mp4", "--style", "spiral"]).is_err());
}

#[test]
fn picture_options_reach_the_render_settings() {
    let plan = parse(&[
        "x.mp4",
        "--size",
        "1920x1080",
        "--title-position",
        "band",
        "--title-color",
        "#ffcc00",
        "--title-alpha",
        "0.5",
        "--title-size",
        "40",
        "--line-spacing",
        "1.5",
        "--time-axis",
        "15",
        "--background",
        "white",
        "--transparent",
        "--csv",
        "bars.csv",
    ])
    .unwrap();
    let s = &plan.pictures[0].settings;
    assert_eq!(s.size, Some(ImageSize::Exact { width: 1920, height: 1080 }));
    assert_eq!(s.title_style.position, Some(TitlePosition::Band));
    assert_eq!(s.title_style.color, [255, 0xcc, 0]);
    assert_eq!(
        (s.title_style.alpha, s.title_style.size, s.title_style.line_spacing),
        (Some(0.5), Some(40.0), 1.5)
    );
    assert_eq!((s.time_axis, s.background, s.transparent), (Some(900.0), [255, 255, 255], true));
    assert_eq!(plan.csv, Some(PathBuf::from("bars.csv")));
    assert_eq!(
        parse(&["x.mp4", "--size", "3000"]).unwrap().pictures[0].settings.size,
        Some(ImageSize::Width(3000))
    );
}

#[test]
fn render_reads_a_saved_fingerprint_only() {
    let plan = parse(&["render", "saved/film.json", "--style", "ring"]).unwrap();
    assert!(matches!(plan.input, Input::Fingerprint(_)));
    assert_eq!(plan.pictures[0].path, PathBuf::from("film.png"));
    assert!(plan.pictures[0].default_title);
    assert!(parse(&["render", "film.json", "-n", "10"]).is_err(), "no analysis options");
    assert!(parse(&["film.json"]).unwrap_err().contains("filmprint render"));
}

#[test]
fn color_options_reach_the_settings() {
    // `--ignore-black` without a value before the movie: the movie is not taken as its value.
    let plan = parse(&["--ignore-black", "x.mp4", "--space", "cielab", "--rank", "vivid", "--restarts", "3"])
        .unwrap();
    assert_eq!(plan.analysis.color_space, ColorSpace::Cielab);
    assert_eq!(plan.analysis.rank, Rank::Vivid);
    assert_eq!(plan.analysis.ignore_black, Some(0.1));
    assert_eq!(plan.analysis.ignore_white, None);
    assert_eq!(plan.analysis.restarts, 3);
    let white = parse(&["x.mp4", "--ignore-white=0.9"]).unwrap();
    assert_eq!(white.analysis.ignore_white, Some(0.9));
}

#[test]
fn bars_are_found_unless_told_otherwise() {
    use filmprint::frame::{CropMode, CropRect};
    assert_eq!(parse(&["x.mp4"]).unwrap().analysis.crop, CropMode::Auto);
    assert_eq!(parse(&["x.mp4", "--no-crop"]).unwrap().analysis.crop, CropMode::None);
    let manual = parse(&["x.mp4", "--crop", "1920:800:0:140"]).unwrap();
    assert_eq!(manual.analysis.crop, CropMode::Manual(CropRect { width: 1920, height: 800, x: 0, y: 140 }));
    assert!(parse(&["x.mp4", "--crop", "1920x800"]).unwrap_err().contains("WIDTH:HEIGHT:X:Y"));
    assert!(parse(&["x.mp4", "--crop", "10:10:0:0", "--no-crop"]).is_err());
}

#[test]
fn start_and_end_trim_the_film() {
    use filmprint::sample::TimeSpec;
    let plan = parse(&["x.mp4", "--start", "1:30", "--end", "-8:00"]).unwrap();
    assert_eq!(plan.analysis.start, Some(TimeSpec::FromStart(90.0)));
    assert_eq!(plan.analysis.end, Some(TimeSpec::FromEnd(480.0)));
    assert_eq!(parse(&["x.mp4", "--end=95%"]).unwrap().analysis.end, Some(TimeSpec::Percent(95.0)));
    assert!(parse(&["x.mp4", "--start", "soon"]).unwrap_err().contains("not a time"));
    assert_eq!(
        parse(&["x.mp4", "--start", "50%", "--end", "10%"]).unwrap_err(),
        "--start/--end: its start (50) must come before its end (10)"
    );
}

#[test]
fn the_palette_command_reads_movies_or_fingerprints() {
    let plan = parse(&["palette", "film.mkv", "--segments", "10", "--csv", "p.csv", "-p", "6"]).unwrap();
    assert!(matches!(plan.input, Input::Movie(_)));
    assert!(plan.pictures.is_empty());
    let palette = plan.palette.unwrap();
    assert_eq!((palette.colors, palette.segments), (6, 10));
    assert_eq!(palette.pictures, vec![PathBuf::from("film-palette.png")]);
    let saved = parse(&["palette", "film.JSON", "--svg", "p.svg"]).unwrap();
    assert!(matches!(saved.input, Input::Fingerprint(_)));
    assert_eq!(saved.palette.unwrap().pictures.len(), 2);
}

#[test]
fn impossible_settings_are_usage_errors() {
    assert_eq!(parse(&["x.mp4", "-n", "0"]).unwrap_err(), "-n/--samples: must be between 1 and 100000");
    assert!(parse(&["x.mp4", "-k", "0"]).unwrap_err().starts_with("-k/--clusters: "));
    assert_eq!(
        parse(&["x.mp4", "-k", "2", "-d", "3"]).unwrap_err(),
        "-d/--colors: must be between 1 and the number of clusters (2), not 3"
    );
    assert!(parse(&["x.mp4", "--size", "0"]).unwrap_err().contains("size"));
    assert_eq!(
        parse(&["x.mp4", "--size", "70000"]).unwrap_err(),
        "--size: each side must be between 1 and 65535 pixels"
    );
    assert!(parse(&["x.mp4", "--title-alpha", "2"]).unwrap_err().contains("opacity"));
    assert!(parse(&["x.mp4", "--title-color", "teal"]).unwrap_err().contains("color"));
    assert!(parse(&["x.mp4", "--time-axis", "0"]).is_err());
    assert!(parse(&["x.mp4", "--line-spacing", "0"]).unwrap_err().starts_with("--line-spacing: "));
    assert!(parse(&["x.mp4", "-n", "-3"]).is_err());
    assert_eq!(
        parse(&["x.mp4", "--ignore-black=2"]).unwrap_err(),
        "--ignore-black: is an Oklab lightness, between 0 and 1"
    );
    assert!(parse(&["x.mp4", "-o", "a.png", "--json", "a.png"]).unwrap_err().contains("same file"));
    assert!(parse(&["x.mp4", "-o", "a.png", "--csv", "a.png"]).unwrap_err().contains("same file"));
    assert!(parse(&["palette", "x.mp4", "-p", "0"]).unwrap_err().contains("palette"));
    assert!(parse(&[]).is_err());
    // Alone, the black and white limits take the library's defaults.
    let alone = parse(&["x.mp4", "--ignore-black", "--ignore-white"]).unwrap();
    assert_eq!(
        (alone.analysis.ignore_black, alone.analysis.ignore_white),
        (Some(filmprint::DEFAULT_IGNORE_BLACK), Some(filmprint::DEFAULT_IGNORE_WHITE))
    );
}

#[test]
fn help_gives_the_library_s_numbers() {
    use clap::CommandFactory;
    let help = Cli::command().render_long_help().to_string();
    for alone in [filmprint::DEFAULT_IGNORE_BLACK, filmprint::DEFAULT_IGNORE_WHITE] {
        assert!(help.contains(&format!("{alone} if given alone")), "{alone} missing from --help");
    }
}

#[test]
fn the_command_line_defaults_are_the_library_s() {
    let plan = parse(&["x.mp4"]).unwrap();
    assert_eq!(plan.analysis, AnalysisSettings::default());
    let settings = &plan.pictures[0].settings;
    let library = filmprint::RenderSettings::default();
    assert_eq!(settings.title_style, library.title_style);
    assert_eq!((settings.background, settings.transparent, settings.size), (library.background, false, None));
}

#[test]
fn a_batch_key_holds_what_changes_the_outputs_and_nothing_else() {
    let key = |args: &[&str]| {
        let cli = Cli::try_parse_from(["filmprint", "batch", "films"].iter().chain(args)).unwrap();
        match cli.into_task().unwrap() {
            Task::Batch(plan) => plan.key,
            other => panic!("{other:?}"),
        }
    };
    let base = key(&["-o", "/tmp/lib"]);
    // Where outputs go, how many at once, pages or not: the same key.
    assert_eq!(key(&["-o", "lib"]), base);
    assert_eq!(key(&["-o", "/tmp/lib", "-j", "3", "--threads", "2", "-q", "--html"]), base);
    // No title, the film's name, a title given: three keys.
    let (none, given) = (key(&["-o", "lib", "--no-title"]), key(&["-o", "lib", "--title", "X"]));
    assert!(none != base && given != base && none != given);
    assert_eq!(none.analysis, base.analysis, "a title is drawn, not analysed");
    let k3 = key(&["-o", "lib", "-k", "3"]);
    assert!(k3.analysis != base.analysis && k3.picture == base.picture);
}
