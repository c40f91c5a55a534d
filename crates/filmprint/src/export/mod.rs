//! Export stage: the numbers behind the pictures, in formats other tools read, and the
//! interactive HTML pages.

mod compare;
mod csv;
pub mod html;
mod shots;
pub(crate) mod thumbnail;

pub use compare::compare_page;
pub use csv::{palette_csv, samples_csv};
pub use shots::{shots_csv, shots_edl};
