//! What the command line is made to mean before clap reads it, where clap alone would
//! misread it: a mistyped subcommand (clap takes `rendr` for the movie's name and complains
//! about the next word), and `--ignore-black 0.2` written with a space (the value is optional,
//! so clap would take `0.2` for the movie).

use std::ffi::OsString;

/// Options whose value is optional (`--ignore-black` alone means 0.1).
const OPTIONAL_VALUES: [&str; 2] = ["--ignore-black", "--ignore-white"];

/// The arguments with an optional value written after a space joined to its option
/// (`--ignore-black 0.2` becomes `--ignore-black=0.2`) when it is a number.
pub fn join_optional_values(args: impl IntoIterator<Item = OsString>) -> Vec<OsString> {
    let mut out: Vec<OsString> = Vec::new();
    let mut args = args.into_iter().peekable();
    while let Some(arg) = args.next() {
        if arg == "--" {
            out.push(arg);
            out.extend(args);
            break;
        }
        let takes_optional = arg.to_str().is_some_and(|a| OPTIONAL_VALUES.contains(&a));
        let number = args.peek().and_then(|next| next.to_str()).is_some_and(|v| v.parse::<f32>().is_ok());
        if takes_optional && number {
            if let Some(value) = args.next() {
                let mut joined = arg;
                joined.push("=");
                joined.push(value);
                out.push(joined);
            }
        } else {
            out.push(arg);
        }
    }
    out
}

/// When the first word after the program name is not an option, not an existing file and
/// not a subcommand, but looks like one mistyped, the message that says so.
pub fn mistyped_subcommand(args: &[OsString], subcommands: &[&str]) -> Option<String> {
    let word = args.get(1)?.to_str()?;
    if word.starts_with('-') || subcommands.contains(&word) || std::path::Path::new(word).exists() {
        return None;
    }
    let nearest = subcommands
        .iter()
        .map(|name| (strsim::damerau_levenshtein(word, name), *name))
        .filter(|&(distance, name)| distance <= 2 && distance < name.len())
        .min()?;
    Some(format!("'{word}' is neither a file nor a subcommand; did you mean `filmprint {} …`?", nearest.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn optional_values_after_a_space_are_joined_only_when_numbers() {
        assert_eq!(
            join_optional_values(os(&["fp", "m.mp4", "--ignore-black", "0.2", "-n", "5"])),
            os(&["fp", "m.mp4", "--ignore-black=0.2", "-n", "5"])
        );
        assert_eq!(
            join_optional_values(os(&["fp", "--ignore-white", "m.mp4"])),
            os(&["fp", "--ignore-white", "m.mp4"])
        );
        assert_eq!(
            join_optional_values(os(&["fp", "--", "--ignore-black", "1"])),
            os(&["fp", "--", "--ignore-black", "1"])
        );
    }

    #[test]
    fn mistyped_subcommands_are_named() {
        let names = ["render", "palette", "batch", "merge"];
        let said = mistyped_subcommand(&os(&["fp", "rendr", "x.json"]), &names);
        assert_eq!(
            said.as_deref(),
            Some("'rendr' is neither a file nor a subcommand; did you mean `filmprint render …`?")
        );
        assert!(mistyped_subcommand(&os(&["fp", "pallete"]), &names).is_some_and(|m| m.contains("palette")));
        assert_eq!(mistyped_subcommand(&os(&["fp", "movie.mkv"]), &names), None, "not like any");
        assert_eq!(mistyped_subcommand(&os(&["fp", "render"]), &names), None);
        assert_eq!(mistyped_subcommand(&os(&["fp", "--batch"]), &names), None);
        assert_eq!(mistyped_subcommand(&os(&["fp"]), &names), None);
    }
}
