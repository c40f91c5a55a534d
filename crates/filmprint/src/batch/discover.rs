//! Which files of the inputs are films. Named files are taken as they are (a broken one is a
//! failed film, recorded like any other); files found in folders or by globs are taken if
//! FFmpeg finds a real video in them, whatever their extension, so posters, subtitles, sound
//! files and notes beside the films are passed over. A file FFmpeg cannot read at all is
//! taken too when it looks like a film — a video extension, or a container's signature in its
//! first bytes — so a broken film is a failure in the manifest, as it would be if named, and
//! not silently skipped. The same file named twice (`B.mp4` and `./x/../B.mp4`, a symbolic
//! link) is one film.
//!
//! Probing a file takes a few milliseconds, mostly waiting (opening it, reading its first
//! megabytes, over a network share longer): the files are probed by several threads at once,
//! so a library of thousands is bounded by the disk, not by one probe after another.

use std::path::{Path, PathBuf};

use crate::decode::{self, FilmProbe};

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

/// File name extensions of video containers. (`.ts` and `.mts` are also TypeScript sources:
/// for those, only a transport stream's signature counts.)
const VIDEO_EXTENSIONS: [&str; 17] = [
    "mp4", "m4v", "mov", "mkv", "webm", "avi", "m2ts", "mpg", "mpeg", "vob", "wmv", "asf", "flv", "ogv",
    "3gp", "mxf", "divx",
];

/// Whether the file is to be made as a film: FFmpeg finds one in it, or it cannot be read and
/// looks like one.
pub fn is_movie(path: &Path) -> bool {
    match decode::probe_film(path) {
        FilmProbe::Film => true,
        FilmProbe::NotAFilm => false,
        FilmProbe::Unreadable => looks_like_a_film(path),
    }
}

/// A video extension, or a container's signature in the file's first bytes.
fn looks_like_a_film(path: &Path) -> bool {
    let extension = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    if extension.is_some_and(|e| VIDEO_EXTENSIONS.contains(&e.as_str())) {
        return true;
    }
    let Ok(mut file) = crate::files::open_regular(path, u64::MAX, "a film") else { return false };
    let mut head = [0u8; 197];
    let mut read = 0;
    while read < head.len() {
        match std::io::Read::read(&mut file, &mut head[read..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => read += n,
        }
    }
    has_container_signature(&head[..read])
}

/// The first bytes of MP4/MOV, Matroska/WebM, AVI, MPEG-TS (188-byte packets, or 192 as on
/// Blu-ray), MPEG-PS, FLV, Ogg, ASF or MXF.
fn has_container_signature(head: &[u8]) -> bool {
    let at = |offset: usize, bytes: &[u8]| head.get(offset..offset + bytes.len()) == Some(bytes);
    at(4, b"ftyp")
        || at(4, b"moov")
        || at(0, &[0x1a, 0x45, 0xdf, 0xa3])
        || (at(0, b"RIFF") && at(8, b"AVI "))
        || (at(0, &[0x47]) && at(188, &[0x47]))
        || (at(4, &[0x47]) && at(196, &[0x47]))
        || at(0, &[0, 0, 1, 0xba])
        || at(0, b"FLV")
        || at(0, b"OggS")
        || at(0, &[0x30, 0x26, 0xb2, 0x75])
        || at(0, &[0x06, 0x0e, 0x2b, 0x34])
}

/// Files probed at once per core: more than one, as a probe also waits on the disk (on a
/// network share, mostly), not many more, as on a local disk probing is CPU work.
const PROBES_PER_CORE: usize = 2;

/// Most files probed at once.
const MAX_PROBES: usize = 32;

/// The films among `inputs`: files, folders (their files, and with `recursive` those of every
/// folder below) and glob patterns (`films/*.mkv`, `**/*` with `recursive`).
pub fn find_films(inputs: &[PathBuf], recursive: bool) -> Found {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    find_films_with(inputs, recursive, (cores * PROBES_PER_CORE).min(MAX_PROBES))
}

/// [`find_films`] with `probes` files probed at once (at least one).
pub fn find_films_with(inputs: &[PathBuf], recursive: bool, probes: usize) -> Found {
    let mut found = Found::default();
    let mut films = Vec::new();
    // Files found in folders and by patterns, to probe.
    let mut candidates = Vec::new();
    for input in inputs {
        if input.is_file() {
            films.push(input.clone());
        } else if input.is_dir() {
            scan_folder(input, recursive, &mut candidates);
        } else if let Some(matches) = glob_matches(input) {
            if matches.is_empty() {
                found.missing.push(format!("'{}' matches no file", input.display()));
            }
            for path in matches {
                if path.is_dir() {
                    scan_folder(&path, recursive, &mut candidates);
                } else {
                    candidates.push(path);
                }
            }
        } else if let Ok(meta) = std::fs::metadata(input) {
            found.missing.push(format!(
                "'{}' is {}, not a film file",
                input.display(),
                crate::files::kind_of(&meta)
            ));
        } else {
            found.missing.push(format!("'{}' does not exist", input.display()));
        }
    }
    let verdicts = probe_all(&candidates, probes);
    for (path, is_film) in candidates.into_iter().zip(verdicts) {
        if is_film {
            films.push(path);
        } else {
            found.passed_over += 1;
        }
    }
    films.sort();
    // One film per file, under the first of its names.
    let mut seen = std::collections::HashSet::new();
    films.retain(|film| seen.insert(std::fs::canonicalize(film).unwrap_or_else(|_| film.clone())));
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

fn scan_folder(folder: &Path, recursive: bool, files: &mut Vec<PathBuf>) {
    let depth = if recursive { usize::MAX } else { 1 };
    let walk = walkdir::WalkDir::new(folder).max_depth(depth).follow_links(true).sort_by_file_name();
    for entry in walk.into_iter().filter_map(|e| e.ok()) {
        if entry.file_type().is_file() {
            files.push(entry.into_path());
        }
    }
}

/// Whether each file is a film, `probes` files at a time (each thread takes the next file not
/// yet taken, so a slow file holds up only its thread).
fn probe_all(files: &[PathBuf], probes: usize) -> Vec<bool> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let verdicts: Vec<std::sync::atomic::AtomicBool> =
        files.iter().map(|_| std::sync::atomic::AtomicBool::new(false)).collect();
    std::thread::scope(|scope| {
        for _ in 0..probes.clamp(1, files.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    verdicts[i].store(is_movie(path), Ordering::Relaxed);
                }
            });
        }
    });
    verdicts.into_iter().map(std::sync::atomic::AtomicBool::into_inner).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_signatures_are_told_from_other_files() {
        let mut ts = vec![0u8; 189];
        (ts[0], ts[188]) = (0x47, 0x47);
        for head in [
            &b"\0\0\0\x20ftypisom"[..],
            &[0x1a, 0x45, 0xdf, 0xa3, 0x01],
            b"RIFF\0\0\0\0AVI LIST",
            &ts,
            &[0, 0, 1, 0xba, 0x44],
        ] {
            assert!(has_container_signature(head), "{head:?}");
        }
        for head in [&b"\x89PNG\r\n"[..], b"1\n00:00:00,000 --> ", b"GIF89a", b"", &[0x47; 10]] {
            assert!(!has_container_signature(head), "{head:?}");
        }
        let mut m2ts = vec![0u8; 197];
        (m2ts[4], m2ts[196]) = (0x47, 0x47);
        assert!(has_container_signature(&m2ts));
    }

    #[test]
    fn typescript_is_not_a_broken_film_but_a_broken_film_file_is() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("app.ts");
        std::fs::write(&source, "export const answer: number = 42;\n").unwrap();
        let broken = dir.path().join("broken.mkv");
        std::fs::write(&broken, "not a film at all").unwrap();
        let found = find_films(&[dir.path().to_path_buf()], false);
        assert_eq!(found.films, [broken]);
        assert_eq!(found.passed_over, 1);
    }
}
