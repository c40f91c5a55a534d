//! Many films in one run (`filmprint batch`): finding the films among files, folders and globs,
//! naming their outputs so that none escapes the output folder or collides with another,
//! splitting the list into deterministic shards for several machines, running films side by
//! side, and the manifest that records each film's outcome so an interrupted run resumes where
//! it stopped. Making one film's outputs is the command line's job, as for a single film.

#[cfg(feature = "ffmpeg")]
mod discover;
mod manifest;
mod naming;
mod queue;
mod shard;

#[cfg(feature = "ffmpeg")]
pub use discover::{Found, find_films, find_films_with, is_movie};
pub use manifest::{
    FilmKey, FilmRecord, Freshness, InputStamp, MANIFEST_NAME, Manifest, Status, manifest_name,
};
pub use naming::{output_names, safe_name};
pub use queue::run_queue;
pub use shard::Shard;
