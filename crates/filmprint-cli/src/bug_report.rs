//! A bug (a panic) ends like every other failure: one line on stderr and exit status 1, never
//! Rust's panic report and its backtrace hint, and never a staged output left behind (the
//! panic unwinds to `main`, and what was staged is removed as it is dropped). Setting
//! `RUST_BACKTRACE` keeps Rust's own report, for whoever debugs it.

use std::panic::AssertUnwindSafe;
use std::process::ExitCode;
use std::sync::Mutex;

/// Where the first panic of the run happened (`file:line`): a worker thread's panic that
/// reaches `main` arrives there as the thread scope's own, which says nothing useful.
static FIRST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Runs `command`, turning a panic that reaches it into the one-line report and `failure`.
pub fn guard(failure: u8, command: impl FnOnce() -> ExitCode) -> ExitCode {
    if std::env::var_os("RUST_BACKTRACE").is_none() {
        // Quiet, but remembering where: panics the library turns into errors pass here too.
        std::panic::set_hook(Box::new(|info| {
            if let (Ok(mut first), Some(at)) = (FIRST_PANIC.lock(), info.location())
                && first.is_none()
            {
                *first = Some(format!("{}:{}", at.file(), at.line()));
            }
        }));
    }
    match std::panic::catch_unwind(AssertUnwindSafe(command)) {
        Ok(code) => code,
        Err(panic) => {
            let at = FIRST_PANIC.lock().ok().and_then(|first| first.clone());
            let at = at.map(|at| format!(" at {at}")).unwrap_or_default();
            eprintln!(
                "filmprint: error: internal error{at} ({}); please report this as a bug",
                filmprint::panic_message(&*panic)
            );
            ExitCode::from(failure)
        }
    }
}

/// Debug builds only: panics when `FILMPRINT_PANIC_AT` names `place`, so that the tests can
/// check how a bug ends, there being (by design) no known input that causes one.
pub fn panic_if_asked(place: &str) {
    if cfg!(debug_assertions) && std::env::var_os("FILMPRINT_PANIC_AT").is_some_and(|asked| asked == place) {
        panic!("asked for by FILMPRINT_PANIC_AT={place}");
    }
}
