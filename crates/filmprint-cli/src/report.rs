//! The HTML pages of `batch --html`: the film's page (drawn here as a plain stacked picture
//! one bar per sample wide, so the pointer's position maps to a bar exactly) and the gallery
//! built from the manifest. The pages themselves are the library's (`export::html`).

use std::path::Path;

use filmprint::batch::{Manifest, Status};
use filmprint::export::html::{GalleryFilm, PageImage, film_page as page, gallery_page};
use filmprint::fingerprint::{FilmStatistics, LENGTH_CLASSES, ShotList};
use filmprint::render::{self, ImageSize, RenderSettings, Style};
use filmprint::{Error, Fingerprint, output};

/// Width the page's picture aims at, in pixels (it is shown scaled to the window).
const PAGE_WIDTH: usize = 1200;
const PAGE_HEIGHT: u32 = 360;

/// The page of one film, titled `title`, to be written at `path`.
pub fn film_page(fingerprint: &Fingerprint, title: &str, path: &Path) -> Result<String, Error> {
    let n = fingerprint.samples.len().max(1);
    // A whole number of pixels per bar, so every bar is equally wide.
    let per_bar = (PAGE_WIDTH as f64 / n as f64).round().max(1.0) as usize;
    let width = u32::try_from(n * per_bar).unwrap_or(render::MAX_WHOLE_SIZE).min(render::MAX_WHOLE_SIZE);
    let settings = RenderSettings {
        style: Style::Stacked,
        size: Some(ImageSize::Exact { width, height: PAGE_HEIGHT }),
        title: None,
        ..RenderSettings::default()
    };
    let canvas = render::render(fingerprint, &settings)?;
    let mut png = Vec::new();
    render::encode_png(&canvas, Some(title), &mut png, path)?;
    let palette = match &fingerprint.palette {
        Some(palette) => Some(palette.clone()),
        None => fingerprint.compute_palette(8, 0).ok(),
    };
    let image = PageImage { mime: "image/png", bytes: &png, width: canvas.width, height: canvas.height };
    Ok(page(fingerprint, title, &image, palette.as_ref()))
}

/// `filmprint shots`' report: the count, Cinemetrics' measures, the lengths' distribution and
/// the cutting rate, in a few lines.
pub fn shot_summary(file: &str, list: &ShotList) -> String {
    let s = &list.statistics;
    let length = list.shots.last().map_or(0.0, |l| l.end_s) - list.shots.first().map_or(0.0, |f| f.start_s);
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut classes = Vec::new();
    let mut lower = 0.0;
    for (i, count) in s.distribution.iter().enumerate() {
        let label = match LENGTH_CLASSES.get(i) {
            Some(upper) => format!("{lower}–{upper} s"),
            None => format!(">{lower} s"),
        };
        classes.push(format!("{label}: {count}"));
        lower = LENGTH_CLASSES.get(i).copied().unwrap_or(lower);
    }
    let rates = &s.per_minute;
    let busiest = rates.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)));
    format!(
        "{file}: {} in {} ({}, {}, {})\n  average shot length {:.2} s, median {:.2} s, standard deviation \
         {:.2} s, shortest {:.2} s, longest {:.2} s\n  shot lengths: {}\n  {} shots per minute{}\n",
        plural(s.count, "shot", "shots"),
        filmprint::sample::format_time(length),
        plural(s.cuts, "cut", "cuts"),
        plural(s.dissolves, "dissolve", "dissolves"),
        plural(s.fades, "fade", "fades"),
        s.average_s,
        s.median_s,
        s.sd_s,
        s.shortest_s,
        s.longest_s,
        classes.join(", "),
        // A film of no length (a single frame) has no rate.
        if length > 0.0 { format!("{:.1}", s.count as f64 / (length / 60.0)) } else { "–".into() },
        busiest.map_or(String::new(), |(minute, n)| format!(", the most ({n}) in minute {}", minute + 1)),
    )
}

/// The warning for a title or subtitle with characters neither the font nor any installed font
/// has (drawn as boxes), if it has any.
pub fn missing_glyphs(settings: &RenderSettings) -> Option<String> {
    let text = [settings.title.as_deref(), settings.subtitle.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    // The fonts on the system stand in for the font's missing characters; only what none has
    // is drawn as a box.
    let missing = settings.font.covering(&text).missing_glyphs(&text);
    if missing.is_empty() {
        return None;
    }
    let shown: String = missing.iter().take(12).collect();
    let more = if missing.len() > 12 { "…" } else { "" };
    Some(format!(
        "neither the font ({}) nor any font installed has a glyph for {shown}{more} in the title: drawn as boxes; \
         install a font that has them (e.g. Debian's fonts-noto-cjk for Japanese, Chinese, Korean) or give one \
         with --font",
        settings.font.family()
    ))
}

/// Writes `index.html` into the batch folder: every film of the manifest with its picture and
/// its nearest films (measured on the saved fingerprints; a film whose JSON cannot be read
/// just has none).
pub fn write_gallery(folder: &Path, manifest: &Manifest) -> Result<(), Error> {
    let made = |film: &filmprint::batch::FilmRecord| matches!(film.status, Status::Done | Status::UpToDate);
    let mut films: Vec<GalleryFilm> = manifest
        .films
        .iter()
        .map(|film| {
            let output = |extension: &str| {
                film.outputs.iter().find(|o| o.ends_with(extension)).filter(|_| made(film)).cloned()
            };
            GalleryFilm {
                title: film.name.clone(),
                page: output(".html"),
                image: output(".png").or_else(|| output(".svg")),
                duration_s: film.duration_s,
                hue: film.hue,
                lightness: film.lightness,
                failed: film.error.clone(),
                nearest: Vec::new(),
                statistics: None,
            }
        })
        .collect();
    // The library's likenesses, from coarse copies of the saved fingerprints.
    let saved: Vec<(usize, Option<FilmStatistics>, Fingerprint)> = manifest
        .films
        .iter()
        .enumerate()
        .filter(|(_, film)| made(film))
        .filter_map(|(i, film)| {
            let json = film.outputs.iter().find(|o| o.ends_with(".json"))?;
            let fingerprint = Fingerprint::read(&folder.join(json)).ok()?;
            filmprint::compare::check_comparable(&fingerprint).ok()?;
            Some((i, fingerprint.statistics().ok(), filmprint::compare::library::coarse(&fingerprint)))
        })
        .collect();
    let coarse: Vec<Fingerprint> = saved.iter().map(|(_, _, f)| f.clone()).collect();
    let similarity = filmprint::compare::library::similarity(&coarse, 0);
    for (k, (i, statistics, _)) in saved.iter().enumerate() {
        films[*i].nearest = similarity.nearest[k].iter().map(|n| (saved[n.film].0, n.distance)).collect();
        films[*i].statistics = statistics.clone();
    }
    // The matrix over the films measured, laid out on the gallery's list (unmeasured: none).
    let matrix = similarity.matrix.map(|m| {
        let mut full = vec![vec![f32::NAN; films.len()]; films.len()];
        for (a, (i, _, _)) in saved.iter().enumerate() {
            for (b, (j, _, _)) in saved.iter().enumerate() {
                full[*i][*j] = m[a][b];
            }
        }
        full
    });
    output::write_bytes(&folder.join("index.html"), gallery_page(&films, matrix.as_deref()).as_bytes())
}
