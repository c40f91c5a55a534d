//! How long work reports back: the library calls a [`Progress`] the caller provides (the CLI
//! draws a bar with it), and asks it whether to stop. The library itself never prints.

/// Receives progress reports and can ask the work to stop. Called from worker threads.
pub trait Progress: Sync {
    /// A stage with `total` units of work starts (e.g. "sampling", N frames).
    fn start(&self, stage: &str, total: u64) {
        let _ = (stage, total);
    }

    /// `done` more units of the current stage are finished.
    fn advance(&self, done: u64) {
        let _ = done;
    }

    /// When this returns true, the work stops as soon as it can with [`crate::Error::Cancelled`].
    fn is_cancelled(&self) -> bool {
        false
    }
}

/// Reports nowhere and never cancels.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {}
