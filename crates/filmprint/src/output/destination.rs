//! Where an output path's bytes go: a regular file (written atomically), a stream written
//! into as it is, or standard output; and what is refused. Decided again just before a
//! staged file is committed, so a path that changed meanwhile is refused.

use std::fs::Metadata;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::files::kind_of;

/// Where the bytes of an output path go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Destination {
    /// A regular file (new or existing), written atomically; the path has its symbolic links
    /// resolved when the file exists.
    File(PathBuf),
    /// A character device or FIFO, written into as it is.
    Stream(PathBuf),
    /// This process's standard output.
    Stdout,
}

pub(super) fn is_stream(meta: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        meta.file_type().is_fifo() || meta.file_type().is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Whether `meta` describes the very file this process's standard output is.
fn is_stdout(meta: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() else { return false };
        let Ok(out) = std::fs::File::from(fd).metadata() else { return false };
        out.dev() == meta.dev() && out.ino() == meta.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

pub(super) fn refused(path: &Path, why: String) -> Error {
    Error::Io { action: "write", path: path.to_owned(), source: std::io::Error::other(why) }
}

/// Decides where `path`'s bytes go (see the module comment), refusing folders, block devices,
/// sockets and links to nothing.
pub(crate) fn destination(path: &Path) -> Result<Destination> {
    if path.as_os_str() == "-" {
        return Ok(Destination::Stdout);
    }
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if is_missing(&e) => {
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(refused(
                    path,
                    "it is a symbolic link to a file that does not exist; not writing through it".into(),
                ));
            }
            return Ok(Destination::File(path.to_owned()));
        }
        Err(source) => return Err(Error::Io { action: "write", path: path.to_owned(), source }),
    };
    if is_stdout(&meta) {
        return Ok(Destination::Stdout);
    }
    if meta.is_file() {
        let resolved = std::fs::canonicalize(path).map_err(|source| Error::Io {
            action: "write",
            path: path.to_owned(),
            source,
        })?;
        return Ok(Destination::File(resolved));
    }
    if is_stream(&meta) {
        return Ok(Destination::Stream(path.to_owned()));
    }
    Err(refused(path, format!("it is {}, not a file to write into", kind_of(&meta))))
}

/// Whether a path does not exist: nothing is there, or a file stands where a folder of it
/// should (which `existing_ancestor` then names).
pub(super) fn is_missing(error: &std::io::Error) -> bool {
    matches!(error.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory)
}

/// The folder a new file at `path` goes into.
pub(super) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The nearest folder at or above `dir` that exists, and the folders below it that do not
/// (outermost first); an error if something that is not a folder is in the way.
pub(super) fn existing_ancestor(dir: &Path) -> Result<(PathBuf, Vec<PathBuf>)> {
    let mut missing = Vec::new();
    let mut at = dir.to_path_buf();
    loop {
        match std::fs::metadata(&at) {
            Ok(meta) if meta.is_dir() => {
                missing.reverse();
                return Ok((at, missing));
            }
            Ok(_) => {
                let not_a_folder = std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a folder");
                return Err(Error::Io {
                    action: "create a file in the folder",
                    path: at,
                    source: not_a_folder,
                });
            }
            Err(e) if is_missing(&e) => {
                missing.push(at.clone());
                match at.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() => at = parent.to_path_buf(),
                    _ => at = PathBuf::from("."),
                }
            }
            Err(source) => return Err(Error::Io { action: "create a file in the folder", path: at, source }),
        }
    }
}

/// A temporary file in `dir`, with the permissions any new file gets.
pub(super) fn temp_file_in(dir: &Path) -> Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".filmprint-").suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Like any new file: 0666 minus the user's umask (tempfile's default is 0600).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // Checked by the caller for a clean message (tempfile's own names its random file).
    builder.tempfile_in(dir).map_err(|e| Error::Io {
        action: "create a file in the folder",
        path: dir.to_owned(),
        source: std::io::Error::from(e.kind()),
    })
}

/// Checks, before any work is done, that `path` can be written: its destination is one that
/// can be written (see `destination`) and, for a file, the nearest existing folder above it
/// takes a new file (tried for real, then removed). Nothing is left on disk.
pub fn check_writable(path: &Path) -> Result<()> {
    match destination(path)? {
        Destination::Stdout => Ok(()),
        Destination::Stream(stream) => {
            // Not opened: opening a FIFO would wake (and, closed again, end) a reader waiting
            // for the real bytes.
            rustix::fs::access(&stream, rustix::fs::Access::WRITE_OK).map_err(|errno| Error::Io {
                action: "write",
                path: stream,
                source: errno.into(),
            })
        }
        Destination::File(file) => {
            let (folder, _) = existing_ancestor(folder_of(&file))?;
            drop(temp_file_in(&folder)?);
            Ok(())
        }
    }
}
