//! The batch manifest, `OUTDIR/filmprint-batch.json` (one per shard when sharded): for every
//! film its input, outcome, error, outputs, timings and what the gallery sorts by. It is
//! rewritten atomically each time a film finishes, so it is always whole and says how far the
//! run got; the next run reads it to skip films whose outputs are up to date.

use std::collections::HashMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::Shard;
use crate::error::{Error, Result};
use crate::fingerprint::{Fingerprint, Timings};
use crate::output;

/// The manifest's file name in the output folder of an unsharded run.
pub const MANIFEST_NAME: &str = "filmprint-batch.json";

/// The manifest's file name: [`MANIFEST_NAME`], or `filmprint-batch-I-of-N.json` for a shard,
/// so that shards sharing an output folder never write the same file.
pub fn manifest_name(shard: Option<Shard>) -> String {
    match shard {
        None => MANIFEST_NAME.to_string(),
        Some(s) => format!("filmprint-batch-{}-of-{}.json", s.index, s.count),
    }
}

/// The largest manifest read: a record takes about 1 KiB, so this is a library of some 200,000
/// films.
const MAX_MANIFEST_BYTES: u64 = 256 << 20;

/// Version of the manifest layout.
const SCHEMA: u32 = 1;

/// A batch run's record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Layout version (1).
    pub schema: u32,
    /// The program that wrote it.
    pub tool: String,
    /// The slice of the films this run took, if sharded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<Shard>,
    /// One record per film, in the order of the films' paths.
    pub films: Vec<FilmRecord>,
}

/// Where a film stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not done yet (the run is going on, or stopped before it).
    Pending,
    /// Made by this run.
    Done,
    /// Made by an earlier run with the same input and settings; left as it was.
    UpToDate,
    /// Could not be made; `error` says why.
    Failed,
}

/// What a film's outputs depend on, in two parts with stable field names: the analysis
/// (changing it means decoding the film again) and the pictures (changing them means only
/// drawing again from the saved fingerprint). Neither holds output paths or switches that do
/// not change the outputs (threads, progress), so moving the output folder, running from
/// another folder, or asking for the HTML pages too, makes nothing again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FilmKey {
    /// The analysis settings, as the fingerprint records them.
    pub analysis: serde_json::Value,
    /// The picture options.
    pub picture: serde_json::Value,
}

/// A key written by an earlier version (a text) reads as no key: the film is made again once.
fn lenient_key<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<FilmKey, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// What an earlier run's record of a film is worth now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Everything wanted is there, made from the same input with the same settings.
    UpToDate,
    /// The analysis stands (its fingerprint JSON is there), but pictures are missing or were
    /// drawn with other options: draw them again from the JSON, without decoding.
    Redraw,
    /// Decode and analyse again.
    Remake,
}

/// Size and modification time of an input file: if either changed, the film is made again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputStamp {
    /// Bytes.
    pub size: u64,
    /// Modification time, seconds since 1970.
    pub modified_s: i64,
    /// Nanoseconds past `modified_s`.
    pub modified_ns: u32,
}

impl InputStamp {
    /// The stamp of the file at `path`.
    pub fn of(path: &Path) -> Result<InputStamp> {
        let meta =
            std::fs::metadata(path).map_err(|source| Error::InputFile { path: path.to_owned(), source })?;
        let since = meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).unwrap_or_default();
        Ok(InputStamp {
            size: meta.len(),
            modified_s: i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
            modified_ns: since.subsec_nanos(),
        })
    }
}

/// One film of the batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FilmRecord {
    /// The input file, as given or found.
    pub input: String,
    /// Its output name: every output is this plus an extension, in the output folder.
    pub name: String,
    /// Where it stands.
    pub status: Status,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Output files made, relative to the output folder.
    #[serde(default)]
    pub outputs: Vec<String>,
    /// The input's path with every symbolic link resolved: the film's identity, whatever
    /// path named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The input when it was made, to tell whether it changed since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stamp: Option<InputStamp>,
    /// The settings it was made with.
    #[serde(default, deserialize_with = "lenient_key")]
    pub settings: FilmKey,
    /// Where the time went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timings: Option<Timings>,
    /// Duration of the video stream, seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_s: Option<f64>,
    /// Mean Oklab lightness of the bars' first colors (0..1), for sorting by brightness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lightness: Option<f32>,
    /// Hue angle (degrees, 0..360) of the bars' first colors' mean chroma, for sorting by hue;
    /// none for a film without color.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hue: Option<f32>,
}

impl FilmRecord {
    /// A film not done yet.
    pub fn pending(input: &Path, name: &str, settings: &FilmKey) -> FilmRecord {
        FilmRecord {
            input: input.to_string_lossy().into_owned(),
            name: name.to_string(),
            status: Status::Pending,
            error: None,
            outputs: Vec::new(),
            source: std::fs::canonicalize(input).ok().map(|p| p.to_string_lossy().into_owned()),
            stamp: None,
            settings: settings.clone(),
            timings: None,
            duration_s: None,
            lightness: None,
            hue: None,
        }
    }

    /// Records a film made (or drawn again) from `fingerprint` into `outputs`; a fingerprint
    /// read back from its JSON has no timings, and those of the run that made it stay.
    pub fn done(&mut self, fingerprint: &Fingerprint, stamp: InputStamp, outputs: Vec<String>) {
        let firsts: Vec<[f32; 3]> =
            fingerprint.samples.iter().filter_map(|s| s.colors.first()).map(|c| c.oklab).collect();
        let n = firsts.len().max(1) as f32;
        let (l, a, b) = firsts.iter().fold((0.0, 0.0, 0.0), |(l, a, b), c| (l + c[0], a + c[1], b + c[2]));
        let (a, b) = (a / n, b / n);
        self.status = Status::Done;
        self.error = None;
        self.outputs = outputs;
        self.stamp = Some(stamp);
        if fingerprint.timings.is_some() {
            self.timings = fingerprint.timings.clone();
        }
        self.duration_s = Some(fingerprint.source.duration_s);
        self.lightness = Some(l / n);
        self.hue = (a.hypot(b) > 1e-3).then(|| b.atan2(a).to_degrees().rem_euclid(360.0));
    }

    /// Records a failure.
    pub fn failed(&mut self, error: String) {
        self.status = Status::Failed;
        self.error = Some(error);
        self.outputs.clear();
    }

    /// What this record, from an earlier run, is worth for the film `self.source` names now
    /// stamped `stamp`, to be made with `settings` into `wanted` (output names in `folder`,
    /// `json` among them).
    pub fn freshness(
        &self,
        now: &FilmRecord,
        stamp: &InputStamp,
        wanted: &[String],
        json: &str,
        folder: &Path,
    ) -> Freshness {
        let there = |name: &String| folder.join(name).is_file();
        let analysed = matches!(self.status, Status::Done | Status::UpToDate)
            && self.stamp.as_ref() == Some(stamp)
            && self.source.is_some()
            && self.source == now.source
            && self.settings.analysis == now.settings.analysis
            && self.outputs.iter().any(|o| o == json)
            && there(&json.to_string());
        if !analysed {
            Freshness::Remake
        } else if self.settings.picture != now.settings.picture || !wanted.iter().all(there) {
            Freshness::Redraw
        } else {
            Freshness::UpToDate
        }
    }
}

impl Manifest {
    /// An empty manifest.
    pub fn new(shard: Option<Shard>) -> Manifest {
        Manifest {
            schema: SCHEMA,
            tool: format!("filmprint {}", env!("CARGO_PKG_VERSION")),
            shard,
            films: Vec::new(),
        }
    }

    /// Reads a manifest; the error names the file.
    pub fn read(path: &Path) -> Result<Manifest> {
        let invalid = |why: String| {
            Error::InvalidSettings(format!("'{}' is not a filmprint batch manifest: {why}", path.display()))
        };
        let file = crate::files::open_regular(path, MAX_MANIFEST_BYTES, "a batch manifest")?;
        let manifest: Manifest =
            serde_json::from_reader(std::io::BufReader::new(file)).map_err(|e| invalid(e.to_string()))?;
        if manifest.schema != SCHEMA {
            return Err(invalid(format!("it has schema {}, this filmprint reads {SCHEMA}", manifest.schema)));
        }
        Ok(manifest)
    }

    /// The records of an earlier run in `folder` (any shard's), by film name; none if there
    /// are none or they do not read.
    pub fn earlier(folder: &Path) -> Vec<FilmRecord> {
        let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
        let mut records = Vec::new();
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("filmprint-batch")
                && name.ends_with(".json")
                && let Ok(manifest) = Manifest::read(&entry.path())
            {
                records.extend(manifest.films);
            }
        }
        records
    }

    /// Writes the manifest atomically (a whole file or the previous one, never half of one).
    pub fn write(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::Internal(e.to_string()))?;
        output::write_bytes(path, text.as_bytes())
    }

    /// The manifests of several shards as one, films in path order; a film several hold (a
    /// shard run twice) is taken from the one that made it, else the last.
    pub fn merge(parts: Vec<Manifest>) -> Manifest {
        let made = |f: &FilmRecord| matches!(f.status, Status::Done | Status::UpToDate);
        let mut by_name: HashMap<String, FilmRecord> = HashMap::new();
        for film in parts.into_iter().flat_map(|m| m.films) {
            match by_name.get(&film.name) {
                Some(kept) if made(kept) && !made(&film) => {}
                _ => {
                    by_name.insert(film.name.clone(), film);
                }
            }
        }
        let mut films: Vec<FilmRecord> = by_name.into_values().collect();
        films.sort_by(|a, b| a.input.cmp(&b.input).then(a.name.cmp(&b.name)));
        Manifest { films, ..Manifest::new(None) }
    }

    /// Films that failed.
    pub fn failures(&self) -> usize {
        self.films.iter().filter(|f| f.status == Status::Failed).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: u32, style: &str) -> FilmKey {
        FilmKey {
            analysis: serde_json::json!({ "clusters": k }),
            picture: serde_json::json!({ "style": style }),
        }
    }

    fn record(name: &str, status: Status) -> FilmRecord {
        FilmRecord {
            status,
            source: Some(format!("/films/{name}.mp4")),
            ..FilmRecord::pending(Path::new(&format!("films/{name}.mp4")), name, &key(5, "stacked"))
        }
    }

    #[test]
    fn manifests_round_trip_and_refuse_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(MANIFEST_NAME);
        let mut manifest = Manifest::new(Some(Shard { index: 2, count: 3 }));
        manifest.films.push(record("a", Status::Failed));
        manifest.write(&path).unwrap();
        assert_eq!(Manifest::read(&path).unwrap(), manifest);
        std::fs::write(&path, "{\"schema\": 9, \"tool\": \"x\", \"films\": []}").unwrap();
        let error = Manifest::read(&path).unwrap_err().to_string();
        assert!(error.contains("schema 9"), "{error}");
        assert_eq!(manifest_name(Some(Shard { index: 2, count: 3 })), "filmprint-batch-2-of-3.json");
    }

    #[test]
    fn a_record_is_up_to_date_only_with_the_same_input_settings_and_outputs() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.png", "a.json"] {
            std::fs::write(dir.path().join(name), b"made").unwrap();
        }
        let stamp = InputStamp { size: 10, modified_s: 5, modified_ns: 1 };
        let mut done = record("a", Status::Done);
        done.stamp = Some(stamp);
        done.outputs = vec!["a.png".into(), "a.json".into()];
        let now = record("a", Status::Pending);
        let wanted = ["a.png".to_string(), "a.json".to_string()];
        let fresh = |old: &FilmRecord, now: &FilmRecord, stamp: &InputStamp, wanted: &[String]| {
            old.freshness(now, stamp, wanted, "a.json", dir.path())
        };
        assert_eq!(fresh(&done, &now, &stamp, &wanted), Freshness::UpToDate);
        // Another input, or the same file under another path: made again.
        assert_eq!(fresh(&done, &now, &InputStamp { size: 11, ..stamp }, &wanted), Freshness::Remake);
        assert_eq!(fresh(&done, &now, &InputStamp { modified_ns: 2, ..stamp }, &wanted), Freshness::Remake);
        let moved = FilmRecord { source: Some("/elsewhere/a.mp4".into()), ..now.clone() };
        assert_eq!(fresh(&done, &moved, &stamp, &wanted), Freshness::Remake);
        // Other analysis settings: made again; other picture options or a new output: redrawn.
        let k6 = FilmRecord { settings: key(6, "stacked"), ..now.clone() };
        assert_eq!(fresh(&done, &k6, &stamp, &wanted), Freshness::Remake);
        let ring = FilmRecord { settings: key(5, "ring"), ..now.clone() };
        assert_eq!(fresh(&done, &ring, &stamp, &wanted), Freshness::Redraw);
        let with_page = [wanted[0].clone(), wanted[1].clone(), "a.html".into()];
        assert_eq!(fresh(&done, &now, &stamp, &with_page), Freshness::Redraw);
        std::fs::remove_file(dir.path().join("a.png")).unwrap();
        assert_eq!(fresh(&done, &now, &stamp, &wanted), Freshness::Redraw, "a picture is missing");
        std::fs::remove_file(dir.path().join("a.json")).unwrap();
        assert_eq!(fresh(&done, &now, &stamp, &wanted), Freshness::Remake, "the fingerprint is missing");
        let failed = FilmRecord { status: Status::Failed, ..done };
        assert_eq!(fresh(&failed, &now, &stamp, &wanted), Freshness::Remake);
    }

    #[test]
    fn keys_of_earlier_versions_read_as_none() {
        let old = r#"{"input": "a.mp4", "name": "a", "status": "done", "settings": "{...} | PictureArgs"}"#;
        let record: FilmRecord = serde_json::from_str(old).unwrap();
        assert_eq!(record.settings, FilmKey::default());
    }

    #[test]
    fn merging_shards_keeps_each_film_once_preferring_made_ones() {
        let one = Manifest {
            films: vec![record("b", Status::Done), record("a", Status::Failed)],
            ..Manifest::new(None)
        };
        let two = Manifest {
            films: vec![record("c", Status::Pending), record("a", Status::Done)],
            ..Manifest::new(None)
        };
        let three = Manifest { films: vec![record("a", Status::Failed)], ..Manifest::new(None) };
        let merged = Manifest::merge(vec![one, two, three]);
        let names: Vec<(&str, Status)> = merged.films.iter().map(|f| (f.name.as_str(), f.status)).collect();
        assert_eq!(names, [("a", Status::Done), ("b", Status::Done), ("c", Status::Pending)]);
        assert_eq!(merged.failures(), 0);
    }
}
