//! Films side by side: up to `jobs` at once, each taking the next film as it finishes one, so
//! a long film does not hold up the others. Results come back to the calling thread one at a
//! time, in the order films finish, so recording them needs no lock.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Runs `work` on every item (with its position), `jobs` at a time, and hands each result to
/// `done` on the calling thread as it comes. Once `stop` says so, no further item is started.
pub fn run_queue<T, R>(
    items: &[T],
    jobs: usize,
    stop: &(dyn Fn() -> bool + Sync),
    work: &(dyn Fn(usize, &T) -> R + Sync),
    mut done: impl FnMut(usize, R),
) where
    T: Sync,
    R: Send,
{
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, items.len().max(1)) {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || {
                while !stop() {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if send.send((i, work(i, item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        for (i, result) in receive {
            done(i, result);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;

    #[test]
    fn every_item_runs_once_and_a_stop_starts_no_more() {
        let items: Vec<u64> = (0..50).collect();
        let mut seen = [0; 50];
        run_queue(&items, 3, &|| false, &|i, &x| x * 2 + i as u64, |i, r| {
            seen[i] += 1;
            assert_eq!(r, items[i] * 3);
        });
        assert!(seen.iter().all(|&s| s == 1));

        let stop = AtomicBool::new(false);
        let mut finished = 0;
        run_queue(
            &items,
            2,
            &|| stop.load(Ordering::Relaxed),
            &|_, _| stop.store(true, Ordering::Relaxed),
            |_, ()| finished += 1,
        );
        assert!((1..=2).contains(&finished), "{finished}");
    }
}
