//! Writing output files so that a file either appears complete or not at all: the bytes go to
//! a temporary file in the target folder, which is renamed over the target only once fully
//! written. An error, a full disk or Ctrl-C leaves no half-written picture behind.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A file fully written under a temporary name in its target folder, not yet visible under
/// its own name. Dropping it deletes it; [`StagedFile::commit`] renames it into place. Staging
/// every output first means a run that fails on its second file leaves none behind.
#[derive(Debug)]
pub struct StagedFile {
    temp: tempfile::NamedTempFile,
    path: PathBuf,
}

impl StagedFile {
    /// Renames the file to its final name (replacing any file there).
    pub fn commit(self) -> Result<()> {
        let path = self.path;
        self.temp.persist(&path).map(|_| ()).map_err(|e| Error::Io {
            action: "write",
            path,
            source: std::io::Error::from(e.error.kind()),
        })
    }
}

/// Writes what `write` produces to a temporary file in `path`'s folder.
pub fn stage(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<StagedFile> {
    let io_error = |action: &'static str, path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io { action, path, source }
    };
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    // Checked first for a clean message (tempfile's own names its random file).
    let folder = std::fs::metadata(dir).map_err(io_error("create a file in the folder", dir))?;
    if !folder.is_dir() {
        let not_a_folder = std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a folder");
        return Err(io_error("create a file in the folder", dir)(not_a_folder));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".filmprint-").suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Like any new file: 0666 minus the user's umask (tempfile's default is 0600).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let temp = builder
        .tempfile_in(dir)
        .map_err(|e| io_error("create a file in the folder", dir)(std::io::Error::from(e.kind())))?;
    {
        let mut writer = BufWriter::new(temp.as_file());
        write(&mut writer)?;
        writer.flush().map_err(io_error("write", path))?;
    }
    temp.as_file().sync_data().map_err(io_error("write", path))?;
    Ok(StagedFile { temp, path: path.to_owned() })
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
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().map_err(|e| e.to_string());
        let Ok(dir) = dir else { panic!("no temp dir") };
        let target = dir.path().join("out.png");
        let result = write_atomically(&target, |w| {
            w.write_all(b"half").map_err(|_| Error::Cancelled)?;
            Err(Error::Cancelled)
        });
        assert!(matches!(result, Err(Error::Cancelled)));
        assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(0));
    }

    #[test]
    fn writes_replace_the_target_whole() {
        let Ok(dir) = tempfile::tempdir() else { panic!("no temp dir") };
        let target = dir.path().join("out.json");
        assert!(write_bytes(&target, b"first version, long").is_ok());
        assert!(write_bytes(&target, b"second").is_ok());
        assert_eq!(std::fs::read(&target).ok(), Some(b"second".to_vec()));
        assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(1));
    }

    #[test]
    fn staged_files_appear_only_when_committed() {
        let Ok(dir) = tempfile::tempdir() else { panic!("no temp dir") };
        let (a, b) = (dir.path().join("a.png"), dir.path().join("b.json"));
        let staged = stage(&a, |w| w.write_all(b"png").map_err(|_| Error::Cancelled));
        let Ok(staged) = staged else { panic!("staging failed") };
        assert!(!a.exists());
        // A second output failing: dropping the first leaves nothing.
        assert!(stage(&dir.path().join("missing/b.json"), |_| Ok(())).is_err());
        drop(staged);
        assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(0));
        let (sa, sb) = (stage(&a, |_| Ok(())), stage(&b, |_| Ok(())));
        assert!(sa.and_then(StagedFile::commit).is_ok() && sb.and_then(StagedFile::commit).is_ok());
        assert!(a.exists() && b.exists());
    }

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let err = write_bytes(Path::new("/nonexistent-folder/x.png"), b"x").map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err("cannot create a file in the folder '/nonexistent-folder': No such file or directory (os error 2)".into())
        );
    }
}
