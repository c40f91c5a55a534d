//! Fonts on this machine for the characters the title's font lacks: a Japanese title in Inter
//! is drawn in, say, Noto Sans CJK rather than as boxes. fontdb lists the installed fonts (the
//! fontconfig folders), once per process; a face is only read when a character is still
//! missing, best candidates first, and read with the same bound as `--font`.

use std::sync::{Arc, OnceLock};

use fontdb::{Database, FaceInfo, Source, Style};

use super::font::FontFile;

/// Most fallback fonts one text takes (each is a file in memory while drawing).
const MAX_FALLBACKS: usize = 6;

/// Most distinct missing characters looked for (a title has far fewer; a hostile one, with
/// thousands no font has, would otherwise test each against every installed face).
const MAX_SEARCHED: usize = 256;

/// The installed fonts, listed once.
fn system() -> &'static Database {
    static SYSTEM: OnceLock<Database> = OnceLock::new();
    SYSTEM.get_or_init(|| {
        let mut database = Database::new();
        database.load_system_fonts();
        database
    })
}

/// Order of preference: upright, proportional, sans-serif faces first (titles are set in a
/// sans), the regional variant the text asks for (`hint`: Japanese kana, Korean hangul), the
/// weight nearest `weight`, then by name and file so the choice is the same on every run of
/// one machine.
fn preference(face: &FaceInfo, weight: u16, hint: Option<&str>) -> impl Ord + use<> {
    let family = face.families.first().map(|f| f.0.clone()).unwrap_or_default();
    let path = match &face.source {
        Source::File(path) | Source::SharedFile(path, _) => path.clone(),
        Source::Binary(_) => Default::default(),
    };
    (
        face.style != Style::Normal,
        face.monospaced,
        !family.contains("Sans"),
        hint.is_some_and(|hint| !family.contains(hint)),
        face.weight.0.abs_diff(weight),
        family,
        path,
        face.index,
    )
}

/// The regional variant of CJK fonts that suits `text`: Han characters are shared, but kana
/// are only Japanese and hangul only Korean.
fn regional_hint(text: &[char]) -> Option<&'static str> {
    if text.iter().any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')) {
        Some("JP")
    } else if text
        .iter()
        .any(|c| matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}'))
    {
        Some("KR")
    } else {
        None
    }
}

/// The OpenType script a font must shape for `c` to be drawn right (letters that join or
/// combine), if any: a font with the letters but no shaping rules for them draws them apart.
fn shaping_script(c: char) -> Option<[u8; 4]> {
    match c {
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' => Some(*b"arab"),
        '\u{0700}'..='\u{074F}' => Some(*b"syrc"),
        '\u{0900}'..='\u{097F}' => Some(*b"dev2"),
        _ => None,
    }
}

/// Whether the font has `c`, and shaping rules for its script when it needs them.
fn draws(face: &ttf_parser::Face<'_>, c: char) -> bool {
    if face.glyph_index(c).is_none() {
        return false;
    }
    let Some(script) = shaping_script(c) else { return true };
    let tag = ttf_parser::Tag::from_bytes(&script);
    face.tables().gsub.is_some_and(|gsub| gsub.scripts.index(tag).is_some())
}

/// Fonts installed on the system that, together, have as many of `missing` as they can, the
/// best candidate first for each character; at most [`MAX_FALLBACKS`]. Remembered for the
/// process (a title is drawn in several styles, and batches repeat titles' scripts).
pub(crate) fn system_fonts_for(missing: &[char], weight: u16) -> Vec<FontFile> {
    type Found = std::collections::HashMap<(Vec<char>, u16), Vec<FontFile>>;
    static FOUND: OnceLock<std::sync::Mutex<Found>> = OnceLock::new();
    let key = (missing.to_vec(), weight);
    let found = FOUND.get_or_init(Default::default);
    if let Some(fonts) = found.lock().ok().and_then(|found| found.get(&key).cloned()) {
        return fonts;
    }
    let fonts = search(missing, weight);
    if let Ok(mut found) = found.lock() {
        // A few titles' worth: fonts are large.
        if found.len() >= 16 {
            found.clear();
        }
        found.insert(key, fonts.clone());
    }
    fonts
}

fn search(missing: &[char], weight: u16) -> Vec<FontFile> {
    let database = system();
    let mut faces: Vec<&FaceInfo> = database.faces().collect();
    let hint = regional_hint(missing);
    faces.sort_by_cached_key(|face| preference(face, weight, hint));
    let mut missing: Vec<char> = missing.iter().copied().take(MAX_SEARCHED).collect();
    let mut found = Vec::new();
    for face in faces {
        if missing.is_empty() || found.len() == MAX_FALLBACKS {
            break;
        }
        // The face read once for all the characters still missing.
        let covers: Vec<char> = database
            .with_face_data(face.id, |data, index| match ttf_parser::Face::parse(data, index) {
                Ok(parsed) => missing.iter().copied().filter(|&c| draws(&parsed, c)).collect(),
                Err(_) => Vec::new(),
            })
            .unwrap_or_default();
        if covers.is_empty() {
            continue;
        }
        let (Source::File(path) | Source::SharedFile(path, _)) = &face.source else { continue };
        let Ok(data) = crate::files::read_regular(path, crate::files::MAX_FONT_BYTES, "a font") else {
            continue;
        };
        let Ok(font) = FontFile::from_collection(Arc::from(data), face.index) else { continue };
        missing.retain(|c| !covers.contains(c));
        found.push(font);
    }
    found
}
