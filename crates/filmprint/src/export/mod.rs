//! Export stage: the numbers behind the pictures, in formats other tools read.

mod csv;

pub use csv::{palette_csv, samples_csv};
