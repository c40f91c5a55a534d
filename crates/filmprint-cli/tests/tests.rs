//! The command's end-to-end tests, one binary (linked once, run in parallel): the `filmprint`
//! program run on clips generated with known colors, on a hostile-input corpus, over a
//! library, and its HTML pages in a browser.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;
mod hostile_kit;

mod batch;
mod cli;
mod color;
mod compare;
mod help_and_errors;
mod hostile_inputs;
mod hostile_outputs;
mod hostile_streams;
mod print;
mod real_films;
mod render;
mod report;
mod shots;
mod titles;
mod wave;
