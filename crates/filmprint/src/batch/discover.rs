//! Which files of the inputs are films. Named files are taken as they are (a broken one is a
//! failed film, recorded like any other); files found in folders or by globs are taken only if
//! FFmpeg finds a real video in them, whatever their extension, so posters, subtitles and
//! notes beside the films are passed over.

use std::path::{Path, PathBuf};

use crate::decode;

/// What the inputs named.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Found {
    /// The films, sorted by path, each once.
    pub films: Vec<PathBuf>,
    /// Files looked at in folders or globs that are not films.
    pub passed_over: usize,
    /// Inputs that name nothing, with the reason.
    pub missing: Vec<String>,
}

/// Whether FFmpeg finds a video in the file that is neither cover art nor a still image.
pub fn is_movie(path: &Path) -> bool {
    decode::is_movie(path)
}

/// The films among `inputs`: files, folders (their files, and with `recursive` those of every
/// folder below) and glob patterns (`films/*.mkv`, `**/*` with `recursive`).
pub fn find_films(inputs: &[PathBuf], recursive: bool) -> Found {
    let mut found = Found::default();
    let mut films = Vec::new();
    for input in inputs {
        if input.is_file() {
            films.push(input.clone());
        } else if input.is_dir() {
            scan_folder(input, recursive, &mut films, &mut found.passed_over);
        } else if let Some(matches) = glob_matches(input) {
            if matches.is_empty() {
                found.missing.push(format!("'{}' matches no file", input.display()));
            }
            for path in matches {
                if path.is_dir() {
                    scan_folder(&path, recursive, &mut films, &mut found.passed_over);
                } else {
                    probe_into(path, &mut films, &mut found.passed_over);
                }
            }
        } else {
            found.missing.push(format!("'{}' does not exist", input.display()));
        }
    }
    films.sort();
    films.dedup();
    found.films = films;
    found
}

/// The paths a pattern matches, or `None` when the input is not a pattern.
fn glob_matches(input: &Path) -> Option<Vec<PathBuf>> {
    let text = input.to_str()?;
    if !text.contains(['*', '?', '[']) {
        return None;
    }
    let paths = glob::glob(text).ok()?;
    let mut matches: Vec<PathBuf> = paths.filter_map(|p| p.ok()).collect();
    matches.sort();
    Some(matches)
}

fn scan_folder(folder: &Path, recursive: bool, films: &mut Vec<PathBuf>, passed_over: &mut usize) {
    let depth = if recursive { usize::MAX } else { 1 };
    let walk = walkdir::WalkDir::new(folder).max_depth(depth).follow_links(true).sort_by_file_name();
    for entry in walk.into_iter().filter_map(|e| e.ok()) {
        if entry.file_type().is_file() {
            probe_into(entry.into_path(), films, passed_over);
        }
    }
}

fn probe_into(path: PathBuf, films: &mut Vec<PathBuf>, passed_over: &mut usize) {
    if is_movie(&path) {
        films.push(path);
    } else {
        *passed_over += 1;
    }
}
