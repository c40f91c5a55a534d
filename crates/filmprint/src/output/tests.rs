use std::io::Read;

use super::*;
use crate::files::kind_of;

fn temp_dir() -> tempfile::TempDir {
    let Ok(dir) = tempfile::tempdir() else { panic!("no temp dir") };
    dir
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[cfg(unix)]
fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let dir = temp_dir();
    let target = dir.path().join("out.png");
    let result = write_atomically(&target, |w| {
        w.write_all(b"half").map_err(|_| Error::Cancelled)?;
        Err(Error::Cancelled)
    });
    assert!(matches!(result, Err(Error::Cancelled)));
    assert_eq!(names_in(dir.path()), Vec::<String>::new());
}

#[test]
fn writes_replace_the_target_whole() {
    let dir = temp_dir();
    let target = dir.path().join("out.json");
    assert!(write_bytes(&target, b"first version, long").is_ok());
    assert!(write_bytes(&target, b"second").is_ok());
    assert_eq!(std::fs::read(&target).ok(), Some(b"second".to_vec()));
    assert_eq!(names_in(dir.path()), ["out.json"]);
}

#[test]
fn staged_files_appear_only_when_committed() {
    let dir = temp_dir();
    let (a, b) = (dir.path().join("a.png"), dir.path().join("b.json"));
    let staged = stage(&a, |w| w.write_all(b"png").map_err(|_| Error::Cancelled));
    let Ok(staged) = staged else { panic!("staging failed") };
    assert!(!a.exists());
    // A second output failing: dropping the first leaves nothing.
    let blocker = dir.path().join("blocker");
    assert!(std::fs::write(&blocker, b"a file").is_ok());
    assert!(stage(&blocker.join("b.json"), |_| Ok(())).is_err());
    drop(staged);
    assert_eq!(names_in(dir.path()), ["blocker"]);
    let (sa, sb) = (stage(&a, |_| Ok(())), stage(&b, |_| Ok(())));
    assert!(sa.and_then(StagedFile::commit).is_ok() && sb.and_then(StagedFile::commit).is_ok());
    assert!(a.exists() && b.exists());
}

#[test]
fn missing_folders_are_made_and_removed_again_if_nothing_is_committed() {
    let dir = temp_dir();
    let deep = dir.path().join("art/2024/prints");
    let mut staging = Staging::default();
    assert!(staging.stage(&deep.join("a.png"), |w| w.write_all(b"a").map_err(|_| Error::Cancelled)).is_ok());
    assert!(staging.stage(&deep.join("b.svg"), |w| w.write_all(b"b").map_err(|_| Error::Cancelled)).is_ok());
    assert!(deep.is_dir(), "the folders exist while the outputs are staged");
    drop(staging);
    assert_eq!(names_in(dir.path()), Vec::<String>::new(), "every folder made was removed");

    let mut staging = Staging::default();
    assert!(staging.stage(&deep.join("a.png"), |w| w.write_all(b"a").map_err(|_| Error::Cancelled)).is_ok());
    assert!(staging.commit().is_ok());
    assert_eq!(std::fs::read(deep.join("a.png")).ok(), Some(b"a".to_vec()));
    assert_eq!(names_in(&deep), ["a.png"]);
}

#[test]
fn a_file_where_a_folder_should_be_is_a_clear_error() {
    let dir = temp_dir();
    let file = dir.path().join("file.txt");
    assert!(std::fs::write(&file, b"x").is_ok());
    let err = write_bytes(&file.join("sub/x.png"), b"x").map_err(|e| e.to_string());
    assert_eq!(err, Err(format!("cannot create a file in the folder '{}': not a folder", file.display())));
    assert!(check_writable(&file.join("x.png")).is_err());
}

#[test]
fn checking_writability_leaves_nothing_behind() {
    let dir = temp_dir();
    assert!(check_writable(&dir.path().join("new/folders/out.png")).is_ok());
    assert!(check_writable(&dir.path().join("out.png")).is_ok());
    assert_eq!(names_in(dir.path()), Vec::<String>::new());
    assert!(check_writable(Path::new("-")).is_ok());
    assert!(check_writable(dir.path()).is_err(), "a folder is not a file to write");
}

#[cfg(unix)]
#[test]
fn devices_are_written_into_never_replaced() {
    // /dev/null takes anything; /dev/full refuses with ENOSPC. Both stay devices.
    assert_eq!(destination(Path::new("/dev/null")).ok(), Some(Destination::Stream("/dev/null".into())));
    assert!(check_writable(Path::new("/dev/null")).is_ok());
    assert!(write_bytes(Path::new("/dev/null"), b"into the void").is_ok());
    assert!(is_char_device(Path::new("/dev/null")));
    let err = write_bytes(Path::new("/dev/full"), b"too much").map_err(|e| e.to_string());
    let Err(err) = err else { panic!("/dev/full took the bytes") };
    assert!(err.contains("/dev/full") && err.contains("No space left"), "{err}");
    assert!(is_char_device(Path::new("/dev/full")));
}

#[cfg(unix)]
#[test]
fn a_fifo_gets_the_bytes_and_stays_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let dir = temp_dir();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    assert!(check_writable(&fifo).is_ok(), "a FIFO without a reader yet can be written later");
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let read = std::fs::File::open(&reader_path).and_then(|mut f| f.read_to_string(&mut text));
        read.map(|_| text).map_err(|e| e.to_string())
    });
    assert!(write_bytes(&fifo, b"{\"schema\": 1}").is_ok());
    assert_eq!(reader.join().ok(), Some(Ok("{\"schema\": 1}".to_string())));
    assert!(std::fs::symlink_metadata(&fifo).is_ok_and(|m| m.file_type().is_fifo()));
    assert_eq!(names_in(dir.path()), ["pipe"]);
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_followed_and_links_to_nothing_refused() {
    let dir = temp_dir();
    let (target, link) = (dir.path().join("real.json"), dir.path().join("link.json"));
    assert!(std::fs::write(&target, b"old").is_ok());
    assert!(std::os::unix::fs::symlink(&target, &link).is_ok());
    assert!(write_bytes(&link, b"new").is_ok());
    assert_eq!(std::fs::read(&target).ok(), Some(b"new".to_vec()));
    assert!(std::fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()), "the link stays");

    let dangling = dir.path().join("dangling.json");
    assert!(std::os::unix::fs::symlink(dir.path().join("nowhere/x.json"), &dangling).is_ok());
    let err = write_bytes(&dangling, b"x").map_err(|e| e.to_string());
    assert!(err.as_ref().is_err_and(|e| e.contains("symbolic link")), "{err:?}");
    assert!(check_writable(&dangling).is_err());
    assert_eq!(names_in(dir.path()), ["dangling.json", "link.json", "real.json"]);
}

#[cfg(unix)]
#[test]
fn kinds_of_files_are_named() {
    let Ok(null) = std::fs::metadata("/dev/null") else { panic!("no /dev/null") };
    assert_eq!(kind_of(&null), "a character device");
    let Ok(tmp) = std::fs::metadata("/tmp") else { panic!("no /tmp") };
    assert_eq!(kind_of(&tmp), "a folder");
    let err = destination(Path::new("/tmp")).map_err(|e| e.to_string());
    assert_eq!(err, Err("cannot write '/tmp': it is a folder, not a file to write into".into()));
}
