//! `filmprint plot`: a saved fingerprint's colors in color space — the a–b plane, the hue
//! wheel, lightness and chroma over time — as PNG or SVG, written together (all or none).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use filmprint::render::{self, FontFile, PictureFormat, PlotKind};
use filmprint::{Error, Fingerprint, output};

use crate::args::usage;
use crate::{stage_bytes, stage_text};

/// `filmprint plot`.
#[derive(Debug, Args)]
pub struct PlotArgs {
    /// A fingerprint saved with --json
    pub fingerprint: PathBuf,

    /// Which plots, comma-separated: ab (every color of every frame on the Oklab a–b plane,
    /// area by screen time), hue (screen time by hue around a wheel), lightness (lightness
    /// and chroma over the film)
    #[arg(long, value_name = "KIND", value_delimiter = ',', default_value = "ab,hue,lightness")]
    pub kind: Vec<PlotKind>,

    /// The picture: PNG, or SVG/PDF for a .svg/.pdf name; with several kinds one file each,
    /// FILE-KIND.png [default: the fingerprint's name with -KIND.png, in the current folder]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Width in pixels (square plots; lightness is half as high)
    #[arg(long, value_name = "PX", default_value_t = 1200)]
    pub size: u32,

    /// Font of the labels (TTF/OTF) [default: the embedded font]
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
}

/// Where each plot goes.
fn outputs(args: &PlotArgs) -> Result<Vec<(PlotKind, PathBuf)>, String> {
    let mut kinds = args.kind.clone();
    kinds.dedup();
    let stem = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(match &args.output {
        Some(path) if kinds.len() == 1 => vec![(kinds[0], path.clone())],
        Some(path) => {
            let extension =
                path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_else(|| "png".into());
            kinds
                .iter()
                .map(|k| (*k, path.with_file_name(format!("{}-{}.{extension}", stem(path), k.name()))))
                .collect()
        }
        None => kinds
            .iter()
            .map(|k| (*k, PathBuf::from(format!("{}-{}.png", stem(&args.fingerprint), k.name()))))
            .collect(),
    })
}

/// Checks the arguments; the error is a usage message.
pub fn check(args: &PlotArgs) -> Result<(), String> {
    if !(200..=render::MAX_WHOLE_SIZE).contains(&args.size) {
        return Err(format!("--size: must be 200..={} pixels", render::MAX_WHOLE_SIZE));
    }
    for (_, path) in outputs(args)? {
        if path.as_os_str() == "-" {
            return Err("-o -: plots are pictures, written to files".into());
        }
        if PictureFormat::of(&path).is_none() {
            return Err(format!(
                "-o: cannot tell the picture format of '{}': name it {}",
                path.display(),
                PictureFormat::NAMES
            ));
        }
    }
    // The same check as every command's: not over the input (however it is named), not two
    // plots to one file.
    let plots = outputs(args)?;
    let paths: Vec<&Path> = plots.iter().map(|(_, p)| p.as_path()).collect();
    crate::args::check_outputs(&args.fingerprint, &paths)
}

fn run(args: &PlotArgs) -> Result<Vec<PathBuf>, Error> {
    let plots = outputs(args).map_err(Error::InvalidSettings)?;
    for (_, path) in &plots {
        output::check_writable(path)?;
    }
    let font = args.font.as_deref().map(FontFile::load).transpose()?.unwrap_or_default();
    let fingerprint = Fingerprint::read(&args.fingerprint)?;
    let mut staged = output::Staging::default();
    for (kind, path) in &plots {
        staged.push(match PictureFormat::of(path) {
            Some(PictureFormat::Svg) => {
                stage_text(path, &render::plot_svg(&fingerprint, *kind, args.size, &font)?)?
            }
            Some(PictureFormat::Pdf) => {
                let svg = render::plot_svg(&fingerprint, *kind, args.size, &font)?;
                stage_bytes(path, &render::svg_to_pdf(&svg, &font)?)?
            }
            Some(PictureFormat::Png) | None => {
                let canvas = render::render_plot(&fingerprint, *kind, args.size, &font)?;
                output::stage(path, |w| render::encode_png(&canvas, fingerprint.title.as_deref(), w, path))?
            }
        });
    }
    staged.commit_unless(&|| false)?;
    Ok(plots.into_iter().map(|(_, p)| p).collect())
}

/// Makes the plots and says how it went.
pub fn run_plot(args: &PlotArgs) -> ExitCode {
    match run(args) {
        Ok(written) => {
            if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
                eprintln!("wrote {}", names.join(", "));
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("filmprint: error: {}", usage(&error));
            ExitCode::from(crate::exit_status(&error))
        }
    }
}
