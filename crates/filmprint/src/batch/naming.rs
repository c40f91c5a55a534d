//! Output names for the films of a batch. A name is made from the file's own name, with
//! anything that could reach outside the output folder or upset a file system replaced, and
//! when two films would get the same name (two folders holding `movie.mp4`), each gets the
//! names of the folders it is in, nearest first, as far up as needed to tell them apart
//! (`movie-a`, `movie-b`), or its extension when they share a folder. Names depend on where the
//! files are, with symbolic links resolved, and not on how the command line spelled them
//! (absolute or relative, through a linked folder), so a batch run again from another folder
//! finds its films done; and every machine of a sharded run names every film the same.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Longest name kept from a file name, in characters, and in bytes (file systems count bytes:
/// 80 CJK characters are 240).
const LONGEST: usize = 80;
const LONGEST_BYTES: usize = 120;

/// A file name made safe to use as an output name: letters and digits of any script, `-`,
/// `_`, `.` and spaces are kept, anything else (path separators, control characters, quotes)
/// becomes `_`; no leading dot or space, at most 80 characters and 120 bytes; never empty.
pub fn safe_name(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') { c } else { '_' })
        .take(LONGEST)
        .collect();
    let kept = truncated(&kept, LONGEST_BYTES);
    let trimmed = kept.trim_start_matches(['.', ' ']).trim_end_matches(['.', ' ']);
    if trimmed.is_empty() { "film".to_string() } else { trimmed.to_string() }
}

/// One output name (without extension) per film, in the same order, all different even on
/// file systems that ignore case.
pub fn output_names(films: &[PathBuf]) -> Vec<String> {
    let resolved: Vec<PathBuf> =
        films.iter().map(|path| std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())).collect();
    let stems: Vec<String> = resolved.iter().map(|path| safe_name(&stem(path))).collect();
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, stem) in stems.iter().enumerate() {
        groups.entry(stem.to_lowercase()).or_default().push(i);
    }
    let mut names = stems.clone();
    for group in groups.values().filter(|g| g.len() > 1) {
        for (i, suffix) in group.iter().zip(distinguishing_suffixes(group.iter().map(|&i| &resolved[i]))) {
            names[*i] = format!("{}-{suffix}", stems[*i]);
        }
    }
    // What is still alike (a file literally named like another's suffixed name) is settled by
    // numbering, in the films' order.
    let mut taken: HashMap<String, usize> = HashMap::new();
    for name in &mut names {
        let count = taken.entry(name.to_lowercase()).or_default();
        *count += 1;
        if *count > 1 {
            *name = format!("{name}-{count}");
        }
    }
    names
}

/// Longest suffix added to tell films of one name apart, in bytes.
const LONGEST_SUFFIX: usize = 60;

/// For files of the same stem, what tells them apart, as few words as possible: their
/// extensions alone (`movie-mkv`, `movie-mp4`: one folder), else the nearest folder names
/// (innermost first, joined with `_`), with the extensions added when the folders alone do not.
fn distinguishing_suffixes<'a>(paths: impl Iterator<Item = &'a PathBuf>) -> Vec<String> {
    let films: Vec<(Vec<String>, String)> = paths
        .map(|path| {
            let folders = path
                .parent()
                .into_iter()
                .flat_map(|p| p.components().rev())
                .filter_map(|c| match c {
                    std::path::Component::Normal(name) => Some(safe_name(&name.to_string_lossy())),
                    _ => None,
                })
                .collect();
            (folders, path.extension().map(|e| safe_name(&e.to_string_lossy())).unwrap_or_default())
        })
        .collect();
    let unique = |suffixes: &[String]| {
        let mut lower: Vec<String> = suffixes.iter().map(|s| s.to_lowercase()).collect();
        lower.sort();
        lower.dedup();
        lower.len() == suffixes.len()
    };
    let depth = films.iter().map(|f| f.0.len()).max().unwrap_or(0);
    let mut chosen = None;
    for k in 0..=depth {
        let folders: Vec<String> = films
            .iter()
            .map(|(folders, _)| folders.iter().take(k).cloned().collect::<Vec<_>>().join("_"))
            .collect();
        if k > 0 && unique(&folders) {
            chosen = Some(folders);
            break;
        }
        let with_extension: Vec<String> = folders
            .iter()
            .zip(&films)
            .map(
                |(f, (_, extension))| {
                    if f.is_empty() { extension.clone() } else { format!("{f}_{extension}") }
                },
            )
            .collect();
        if unique(&with_extension) {
            chosen = Some(with_extension);
            break;
        }
    }
    let suffixes =
        chosen.unwrap_or_else(|| films.iter().map(|(f, e)| format!("{}_{e}", f.join("_"))).collect());
    suffixes.into_iter().map(|s| truncated(&s, LONGEST_SUFFIX)).collect()
}

/// The longest start of `text` of at most `bytes` bytes that ends on a character.
fn truncated(text: &str, bytes: usize) -> String {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_leave_the_output_folder() {
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name(".hidden"), "hidden");
        assert_eq!(safe_name("..."), "film");
        assert_eq!(safe_name(""), "film");
        assert_eq!(safe_name("a\\b:c*d?\"e<f>g|h\n"), "a_b_c_d__e_f_g_h_");
        assert_eq!(safe_name("Amélie (2001) – 4K"), "Amélie _2001_ _ 4K");
        assert_eq!(safe_name(&"x".repeat(300)).len(), 80);
        for name in ["../x", "/abs", "a/../../b", "C:\\x", ".."] {
            let safe = safe_name(name);
            assert!(!safe.contains('/') && !safe.contains('\\') && !safe.starts_with('.'), "{safe}");
        }
    }

    #[test]
    fn films_with_the_same_name_get_different_stable_names() {
        let films: Vec<PathBuf> =
            ["a/movie.mp4", "b/movie.mp4", "b/Movie.mkv", "c/other.mkv"].iter().map(PathBuf::from).collect();
        let names = output_names(&films);
        assert_eq!(names, ["movie-a_mp4", "movie-b_mp4", "Movie-b_mkv", "other"]);
        let one_folder: Vec<PathBuf> = ["a/movie.mp4", "a/movie.mkv"].iter().map(PathBuf::from).collect();
        assert_eq!(output_names(&one_folder), ["movie-mp4", "movie-mkv"]);
        let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        lower.sort();
        lower.dedup();
        assert_eq!(lower.len(), 4, "{names:?}");
        // The same inputs name the same way every time, whatever the order they come in.
        let mut reversed = films.clone();
        reversed.reverse();
        let mut again = output_names(&reversed);
        again.reverse();
        assert_eq!(again, names);
        // Deeper folders only as far up as needed.
        let deep: Vec<PathBuf> = ["x/2020/cut/film.mkv", "y/2020/cut/film.mkv", "z/2021/film.mkv"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(output_names(&deep), ["film-cut_2020_x", "film-cut_2020_y", "film-2021_z"]);
    }

    #[test]
    fn real_files_are_named_by_their_nearest_folders_not_their_whole_path() {
        // Existing files: names come from their resolved paths, and only the folders needed.
        let root = tempfile::tempdir().unwrap();
        let films: Vec<PathBuf> = ["x/one/film.mkv", "x/two/film.mkv", "x/two/film.mp4"]
            .iter()
            .map(|relative| {
                let path = root.path().join(relative);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, b"").unwrap();
                path
            })
            .collect();
        assert_eq!(output_names(&films), ["film-one_mkv", "film-two_mkv", "film-two_mp4"]);
        let same_folder = [films[1].clone(), films[2].clone()];
        assert_eq!(output_names(&same_folder), ["film-mkv", "film-mp4"]);
        // However long the names, within what file systems take.
        let long = "東京".repeat(100);
        assert!(safe_name(&long).len() <= 120);
        let deep: Vec<PathBuf> =
            (0..2).map(|i| PathBuf::from(format!("{}/{i}/{}/film.mkv", long, long))).collect();
        assert!(output_names(&deep).iter().all(|n| n.len() <= 120 + 1 + 60), "{:?}", output_names(&deep));
    }
}
