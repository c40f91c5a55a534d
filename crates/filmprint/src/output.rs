//! Writing output files so that a file either appears complete or not at all, and so that
//! nothing that is not an ordinary file is ever replaced.
//!
//! An output path is one of three destinations:
//! - a regular file, new or existing: the bytes go to a temporary file in the target folder,
//!   which is renamed over the target only once fully written, so an error, a full disk or
//!   Ctrl-C leaves no half-written file behind. A symbolic link is followed, as `cp` does: the
//!   file it points to is replaced and the link stays; a link to nothing is refused. Missing
//!   folders are made, and removed again if the output is not committed;
//! - a character device or a FIFO (`/dev/null`, a named pipe, a terminal): written into
//!   directly, never renamed over (that would replace a system file with a regular one);
//! - standard output: `-`, or any path that names the file standard output already is
//!   (`/dev/stdout`, `/proc/self/fd/1`), written through the process's own descriptor so a
//!   redirected stdout is appended to, not replaced.
//!
//! Folders, block devices and sockets are refused with a clear message.
//!
//! Outputs to streams are held in memory until committed, so that a run that fails on a later
//! output writes nothing anywhere; [`Staging`] commits a run's outputs together.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

mod destination;

pub use destination::check_writable;
pub(crate) use destination::{Destination, destination};
use destination::{existing_ancestor, folder_of, is_stream, refused, temp_file_in};

/// An output fully prepared but not yet visible under its own name. Dropping it undoes it
/// (the temporary file and any folder made for it are removed); [`StagedFile::commit`] puts
/// it in place.
#[derive(Debug)]
pub struct StagedFile {
    path: PathBuf,
    kind: StagedKind,
}

#[derive(Debug)]
enum StagedKind {
    /// A regular file: written under a temporary name, renamed at commit. `created` are the
    /// folders made for it (outermost first), removed again if it is dropped.
    Renamed { temp: Option<tempfile::NamedTempFile>, target: PathBuf, created: Vec<PathBuf> },
    /// A stream or standard output: the bytes wait in memory.
    Held { bytes: Vec<u8>, to: Destination },
}

impl StagedFile {
    /// The path the output was asked for under.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Puts the output in place: renames the file over its target (replacing any regular file
    /// there), or writes the held bytes into the stream (waiting for a FIFO's reader).
    pub fn commit(self) -> Result<()> {
        self.commit_unless(&|| false)
    }

    /// [`StagedFile::commit`], giving up with [`Error::Cancelled`] if `cancelled` says so
    /// while it waits for a FIFO's reader.
    pub fn commit_unless(mut self, cancelled: &dyn Fn() -> bool) -> Result<()> {
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| Error::Io { action: "write", path, source }
        };
        match &mut self.kind {
            StagedKind::Renamed { temp, target, created } => {
                // Looked at again just before the rename: something that is not a regular file
                // may have appeared there since the output was staged.
                if destination(&self.path)? != Destination::File(target.clone()) {
                    return Err(refused(&self.path, "it changed while the output was being made".into()));
                }
                let Some(file) = temp.take() else { return Ok(()) };
                file.persist(&*target).map_err(|e| io(&self.path)(std::io::Error::from(e.error.kind())))?;
                created.clear();
                Ok(())
            }
            StagedKind::Held { bytes, to: Destination::Stdout } => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes).and_then(|()| out.flush()).map_err(io(&self.path))
            }
            StagedKind::Held { bytes, to } => {
                let Destination::Stream(stream) = to else { return Ok(()) };
                let mut file = open_stream(stream, cancelled)?;
                file.write_all(bytes).and_then(|()| file.flush()).map_err(io(stream))
            }
        }
    }
}

/// Opens a device or FIFO for writing, never creating nor truncating it. A FIFO without a
/// reader is waited for (as a shell's `>` does), without blocking, so `cancelled` is heard.
fn open_stream(path: &Path, cancelled: &dyn Fn() -> bool) -> Result<std::fs::File> {
    let io = |source| Error::Io { action: "write", path: path.to_owned(), source };
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    loop {
        match options.open(path) {
            Ok(file) => {
                // Writes block again (a FIFO's reader may be slower than we are).
                #[cfg(unix)]
                rustix::fs::fcntl_setfl(&file, rustix::fs::OFlags::empty()).map_err(|e| io(e.into()))?;
                // Checked on the open file: a regular file put there meanwhile is not written into.
                let meta = file.metadata().map_err(io)?;
                if !is_stream(&meta) {
                    return Err(refused(path, "it changed while the output was being made".into()));
                }
                return Ok(file);
            }
            Err(e) if e.raw_os_error() == Some(libc::ENXIO) => {
                if cancelled() {
                    return Err(Error::Cancelled);
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(source) => return Err(io(source)),
        }
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if let StagedKind::Renamed { temp, created, .. } = &mut self.kind {
            drop(temp.take());
            // Innermost first; a folder something else was put into stays.
            for folder in created.iter().rev() {
                let _ = std::fs::remove_dir(folder);
            }
        }
    }
}

/// Prepares `path` with what `write` produces: a temporary file in the target's folder (made
/// if missing) for a regular file, bytes in memory for a stream or standard output.
pub fn stage(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<StagedFile> {
    let io_error = |action: &'static str, path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io { action, path, source }
    };
    let target = match destination(path)? {
        Destination::File(target) => target,
        to => {
            let mut bytes = Vec::new();
            write(&mut bytes)?;
            return Ok(StagedFile { path: path.to_owned(), kind: StagedKind::Held { bytes, to } });
        }
    };
    let dir = folder_of(&target).to_path_buf();
    let (_, missing) = existing_ancestor(&dir)?;
    let mut staged = StagedFile {
        path: path.to_owned(),
        kind: StagedKind::Renamed { temp: None, target: target.clone(), created: Vec::new() },
    };
    for folder in missing {
        std::fs::create_dir(&folder).map_err(io_error("create the folder", &folder))?;
        if let StagedKind::Renamed { created, .. } = &mut staged.kind {
            created.push(folder);
        }
    }
    let temp = temp_file_in(&dir)?;
    {
        let mut writer = BufWriter::new(temp.as_file());
        write(&mut writer)?;
        writer.flush().map_err(io_error("write", path))?;
    }
    temp.as_file().sync_data().map_err(io_error("write", path))?;
    if let StagedKind::Renamed { temp: slot, .. } = &mut staged.kind {
        *slot = Some(temp);
    }
    Ok(staged)
}

/// A run's outputs, staged one by one and committed together: if the run stops before
/// [`Staging::commit`], dropping it removes every staged file and the folders made for them.
#[derive(Debug, Default)]
pub struct Staging {
    files: Vec<StagedFile>,
}

impl Staging {
    /// Adds a staged output.
    pub fn push(&mut self, file: StagedFile) {
        self.files.push(file);
    }

    /// Stages `path` (see [`stage`]) and adds it.
    pub fn stage(&mut self, path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
        self.files.push(stage(path, write)?);
        Ok(())
    }

    /// Puts every output in place: first the streams (a device can refuse bytes, as
    /// `/dev/full` does, and then no file is renamed into place either), then the files, whose
    /// renames within their own folder do not fail once staged.
    pub fn commit(self) -> Result<()> {
        self.commit_unless(&|| false)
    }

    /// [`Staging::commit`], giving up (and removing every staged file) with
    /// [`Error::Cancelled`] if `cancelled` says so while a FIFO's reader is awaited.
    pub fn commit_unless(mut self, cancelled: &dyn Fn() -> bool) -> Result<()> {
        let (streams, files): (Vec<_>, Vec<_>) = std::mem::take(&mut self.files)
            .into_iter()
            .partition(|f| matches!(f.kind, StagedKind::Held { .. }));
        self.files = files;
        for stream in streams {
            stream.commit_unless(cancelled)?;
        }
        for file in std::mem::take(&mut self.files) {
            file.commit()?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Latest first, so a folder made for an earlier file is empty by the time it is
        // removed.
        while let Some(file) = self.files.pop() {
            drop(file);
        }
    }
}

/// Creates `path` atomically with the bytes `write` produces.
pub fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    stage(path, write)?.commit()
}

/// Writes `bytes` to `path` atomically.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically(path, |w| {
        w.write_all(bytes).map_err(|source| Error::Io { action: "write", path: path.to_owned(), source })
    })
}

#[cfg(test)]
mod tests;
