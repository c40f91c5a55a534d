//! Reading a fingerprint file with every quantity bounded while it is parsed, so that memory
//! follows the number of samples (at most [`MAX_SAMPLES`]) and never the file's claims: lists
//! stop at their limit (a file of a million samples is refused at the 100,001st, not after
//! reading all of them), strings at theirs, and no single JSON token may be longer than the
//! longest a fingerprint holds (the parser would otherwise buffer a gigabyte-long string whole
//! before anything could look at it).

use std::fmt;
use std::io::Read;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error as _, SeqAccess, Visitor};

use crate::settings::{MAX_ANALYSIS_ROWS, MAX_CLUSTERS, MAX_SAMPLES};

/// The largest fingerprint file read: [`MAX_SAMPLES`] samples of 20 KiB, about what a sample
/// of k = d = 64 takes pretty-printed (129 colors of ~150 bytes) with its squeezed column.
pub const MAX_FINGERPRINT_BYTES: u64 = MAX_SAMPLES as u64 * 20 * 1024;

/// Longest squeezed column: 6 hex digits per row of the tallest analysed picture.
const MAX_COLUMN_CHARS: usize = 6 * MAX_ANALYSIS_ROWS as usize;
/// Longest thumbnail: a base64 JPEG of half the analysis picture is a few KiB.
const MAX_THUMBNAIL_CHARS: usize = 256 * 1024;
/// Longest warning or title.
const MAX_TEXT_CHARS: usize = 64 * 1024;
/// Most warnings kept.
const MAX_WARNINGS: usize = 1000;
/// Longest JSON token (a string or a number) the reader lets through: the longest string above.
const MAX_TOKEN_BYTES: usize = MAX_THUMBNAIL_CHARS + 16;

/// A list of at most `N` items, refused as soon as item `N + 1` is seen.
struct AtMost<T, const N: usize>(&'static str, PhantomData<T>);

impl<'de, T: Deserialize<'de>, const N: usize> Visitor<'de> for AtMost<T, N> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a list of at most {N} {}", self.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(N).min(4096));
        while let Some(item) = seq.next_element()? {
            if items.len() == N {
                return Err(A::Error::custom(format!("more than {N} {} (the most filmprint reads)", self.0)));
            }
            items.push(item);
        }
        Ok(items)
    }
}

fn at_most<'de, D: Deserializer<'de>, T: Deserialize<'de>, const N: usize>(
    d: D,
    what: &'static str,
) -> Result<Vec<T>, D::Error> {
    d.deserialize_seq(AtMost::<T, N>(what, PhantomData))
}

/// The samples of a fingerprint.
pub(super) fn samples<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    at_most::<D, T, MAX_SAMPLES>(d, "samples")
}

/// The loudness levels of a fingerprint, one per sample (`null`: not measured).
pub(super) fn loudness<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<f32>>, D::Error> {
    struct Levels(Vec<f32>);
    impl<'de> Deserialize<'de> for Levels {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            at_most::<D, f32, MAX_SAMPLES>(d, "loudness levels").map(Levels)
        }
    }
    Ok(Option::<Levels>::deserialize(d)?.map(|levels| levels.0))
}

/// The shots of a fingerprint.
pub(super) fn shots<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    at_most::<D, T, { super::MAX_SHOTS }>(d, "shots")
}

/// A list of colors (a sample's clusters or bar colors, a palette).
pub(super) fn swatches<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    at_most::<D, T, MAX_CLUSTERS>(d, "colors")
}

/// The palettes of the film's parts.
pub(super) fn segments<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    at_most::<D, T, MAX_SAMPLES>(d, "palette segments")
}

/// The warnings.
pub(super) fn warnings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let all: Vec<Text> = at_most::<D, Text, MAX_WARNINGS>(d, "warnings")?;
    Ok(all.into_iter().map(|t| t.0).collect())
}

/// A string of at most `N` characters.
fn string_at_most<'de, D: Deserializer<'de>, const N: usize>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    if text.len() > N {
        return Err(D::Error::custom(format!(
            "a text of {} bytes, more than the {N} it may have",
            text.len()
        )));
    }
    Ok(text)
}

/// A color's hex code (`#rrggbb`; a little room for what `parse_hex` also reads).
pub(super) fn hex<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    string_at_most::<D, 16>(d)
}

/// A title or subtitle.
pub(super) fn title<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<Text>::deserialize(d).map(|t| t.map(|t| t.0))
}

/// A squeezed column.
pub(super) fn column<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<Column>::deserialize(d).map(|c| c.map(|c| c.0))
}

/// A thumbnail.
pub(super) fn thumbnail<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<Thumbnail>::deserialize(d).map(|t| t.map(|t| t.0))
}

struct Text(String);
struct Column(String);
struct Thumbnail(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_at_most::<D, MAX_TEXT_CHARS>(d).map(Text)
    }
}

impl<'de> Deserialize<'de> for Column {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_at_most::<D, MAX_COLUMN_CHARS>(d).map(Column)
    }
}

impl<'de> Deserialize<'de> for Thumbnail {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_at_most::<D, MAX_THUMBNAIL_CHARS>(d).map(Thumbnail)
    }
}

/// Passes JSON text through, failing once a single token — the inside of a string, or a run
/// of characters outside strings that is not white space or punctuation, such as a number —
/// is longer than [`MAX_TOKEN_BYTES`]. The parser buffers a whole token before deciding
/// anything about it; this keeps that buffer small whatever the file holds.
pub(super) struct TokenLimit<R> {
    inner: R,
    in_string: bool,
    escaped: bool,
    token: usize,
}

impl<R: Read> TokenLimit<R> {
    pub(super) fn new(inner: R) -> Self {
        TokenLimit { inner, in_string: false, escaped: false, token: 0 }
    }
}

impl<R: Read> Read for TokenLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &byte in &buf[..n] {
            if self.in_string {
                match (self.escaped, byte) {
                    (true, _) => self.escaped = false,
                    (false, b'\\') => self.escaped = true,
                    (false, b'"') => {
                        self.in_string = false;
                        self.token = 0;
                        continue;
                    }
                    _ => {}
                }
                self.token += 1;
            } else if byte == b'"' {
                self.in_string = true;
                self.token = 0;
            } else if matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'{' | b'}' | b'[' | b']' | b':' | b',') {
                self.token = 0;
            } else {
                self.token += 1;
            }
            if self.token > MAX_TOKEN_BYTES {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("a value longer than {MAX_TOKEN_BYTES} bytes, more than any fingerprint holds"),
                ));
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(text: &[u8]) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        TokenLimit::new(text).read_to_end(&mut out).map(|_| out)
    }

    #[test]
    fn long_tokens_are_stopped_short_ones_pass() {
        let fine = br#"{"a": "x\"y", "b": [1.5, -2e3], "c": true}"#;
        assert_eq!(pass(fine).ok(), Some(fine.to_vec()));
        let long_string = format!("{{\"a\": \"{}\"}}", "x".repeat(MAX_TOKEN_BYTES + 1));
        assert!(pass(long_string.as_bytes()).is_err());
        let long_number = format!("[1{}]", "0".repeat(MAX_TOKEN_BYTES + 1));
        assert!(pass(long_number.as_bytes()).is_err());
        // Many short tokens are fine however long the text.
        let many = format!("[{}1]", "12345, ".repeat(MAX_TOKEN_BYTES));
        assert!(pass(many.as_bytes()).is_ok());
        // An escaped quote does not end the string.
        let escaped =
            format!("[\"{}\\\"{}\"]", "x".repeat(MAX_TOKEN_BYTES / 2), "y".repeat(MAX_TOKEN_BYTES / 2 + 8));
        assert!(pass(escaped.as_bytes()).is_err());
    }
}
