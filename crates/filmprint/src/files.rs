//! Reading the files filmprint takes besides movies — fonts, saved fingerprints, batch
//! manifests — with a bound. Only regular files are read (a FIFO would block, `/dev/zero` never
//! ends), and never more than a limit that follows from what the file can legitimately hold,
//! so a hostile or mistaken input costs an error, not the machine's memory.

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// The name of the kind of file `meta` describes, for messages ("a FIFO", "a folder").
pub fn kind_of(meta: &Metadata) -> &'static str {
    let kind = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else if kind.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// The largest font file read (the biggest CJK fonts are about 20 MiB).
pub const MAX_FONT_BYTES: u64 = 64 << 20;

fn refused(path: &Path, why: String) -> Error {
    Error::Io { action: "read", path: path.to_owned(), source: std::io::Error::other(why) }
}

/// Human-readable size: `12.8 GB`, `403 MB`, `64 KiB`-style figures are for limits, these for
/// what was found.
fn size_text(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GiB", b as f64 / f64::from(1u32 << 30)),
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / f64::from(1u32 << 20)),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} bytes"),
    }
}

/// Opens `path` for reading if it is a regular file of at most `limit` bytes (`what` names the
/// kind of file in the message, e.g. "a font"). The returned reader stops at the limit even if
/// the file grows meanwhile.
pub fn open_regular(path: &Path, limit: u64, what: &str) -> Result<std::io::Take<File>> {
    let io = |source| Error::Io { action: "read", path: path.to_owned(), source };
    let not_regular = |meta: &Metadata| refused(path, format!("it is {}, not a regular file", kind_of(meta)));
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    // Opened without blocking (a FIFO put there since would otherwise wait for a writer), and
    // checked again on the open file.
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let size = meta.len();
    if size > limit {
        return Err(refused(
            path,
            format!("it is {}, more than {} {what} may be", size_text(size), size_text(limit)),
        ));
    }
    Ok(file.take(limit))
}

/// The whole of a regular file of at most `limit` bytes (see [`open_regular`]).
pub fn read_regular(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    let mut reader = open_regular(path, limit, what)?;
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
        action: "read",
        path: path.to_owned(),
        source,
    })?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let Ok(dir) = tempfile::tempdir() else { panic!("no temp dir") };
        let file = dir.path().join("small.bin");
        assert!(std::fs::write(&file, [7u8; 100]).is_ok());
        assert_eq!(read_regular(&file, 100, "a test file").ok(), Some(vec![7u8; 100]));
        let err = read_regular(&file, 99, "a test file").map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err(format!(
                "cannot read '{}': it is 100 bytes, more than 99 bytes a test file may be",
                file.display()
            ))
        );
        for (special, kind) in [("/dev/zero", "a character device"), ("/tmp", "a folder")] {
            let err = read_regular(Path::new(special), 1 << 20, "a font").map_err(|e| e.to_string());
            assert_eq!(err, Err(format!("cannot read '{special}': it is {kind}, not a regular file")));
        }
        // A FIFO is refused before it is opened (opening it would wait for a writer).
        let fifo = dir.path().join("pipe");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success()));
        let err = read_regular(&fifo, 1 << 20, "a font").map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err(format!("cannot read '{}': it is a FIFO (named pipe), not a regular file", fifo.display()))
        );
        assert_eq!(size_text(13_743_895_347), "12.8 GiB");
        assert_eq!(size_text(64 << 20), "64.0 MiB");
    }
}
