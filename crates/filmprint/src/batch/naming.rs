//! Output names for the films of a batch. A name is made from the file's own name, with
//! anything that could reach outside the output folder or upset a file system replaced, and
//! when two films would get the same name (two folders holding `movie.mp4`), each gets a short
//! hash of its path appended. Names depend only on the paths as given, so every machine of a
//! sharded run, given the same inputs, names every film the same.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Longest name kept from a file name, in characters.
const LONGEST: usize = 80;

/// A file name made safe to use as an output name: letters and digits of any script, `-`,
/// `_`, `.` and spaces are kept, anything else (path separators, control characters, quotes)
/// becomes `_`; no leading dot or space, at most 80 characters; never empty.
pub fn safe_name(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') { c } else { '_' })
        .take(LONGEST)
        .collect();
    let trimmed = kept.trim_start_matches(['.', ' ']).trim_end_matches(['.', ' ']);
    if trimmed.is_empty() { "film".to_string() } else { trimmed.to_string() }
}

/// One output name (without extension) per film, in the same order, all different even on
/// file systems that ignore case.
pub fn output_names(films: &[PathBuf]) -> Vec<String> {
    let stems: Vec<String> = films.iter().map(|path| safe_name(&stem(path))).collect();
    let mut uses: HashMap<String, usize> = HashMap::new();
    for stem in &stems {
        *uses.entry(stem.to_lowercase()).or_default() += 1;
    }
    let mut names: Vec<String> = stems
        .iter()
        .zip(films)
        .map(|(stem, path)| {
            if uses[&stem.to_lowercase()] > 1 {
                format!("{stem}-{:08x}", path_hash(path) as u32)
            } else {
                stem.clone()
            }
        })
        .collect();
    // A hash collision (or a file literally named like another's hashed name) is settled by
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

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// FNV-1a of the path's bytes: stable across runs, machines and Rust versions (unlike the
/// standard library's hasher), which names must be.
pub(crate) fn path_hash(path: &Path) -> u64 {
    fnv1a(path.as_os_str().as_encoded_bytes())
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
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
        assert_eq!(names[3], "other");
        for name in &names[..3] {
            assert!(name.to_lowercase().starts_with("movie-"), "{name}");
            assert_eq!(name.len(), "movie-".len() + 8, "{name}");
        }
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
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c, "the published FNV-1a value");
    }
}
