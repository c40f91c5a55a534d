//! Times film discovery over folders: which files are films, probed one at a time and several
//! at once, side by side in one run. Used by `scripts/discovery-bench.sh`.
//!
//! Usage: `cargo run --release --example discover -- FOLDER [PROBES...]`

#![allow(clippy::print_stdout)]

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next().map(PathBuf::from) else {
        eprintln!("usage: discover FOLDER [PROBES...]");
        std::process::exit(2);
    };
    let mut probes: Vec<usize> = args.filter_map(|a| a.parse().ok()).collect();
    if probes.is_empty() {
        probes = vec![1, 8];
    }
    filmprint::decode::init_process();
    println!("{:>7} {:>8} {:>12} {:>10}", "probes", "films", "passed over", "seconds");
    for n in probes {
        let started = Instant::now();
        let found = filmprint::batch::find_films_with(std::slice::from_ref(&folder), true, n);
        let seconds = started.elapsed().as_secs_f64();
        println!("{n:>7} {:>8} {:>12} {seconds:>10.2}", found.films.len(), found.passed_over);
    }
}
