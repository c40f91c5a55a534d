//! The examples each subcommand's `--help` ends with.

pub(super) const RENDER_EXAMPLES: &str = "\
Examples:
  filmprint render movie.json --style ring --size 3000 -o ring.png
      the saved fingerprint as a ring, 3000 px square
  filmprint render movie.json -d 3 --subtitle \"1984\" -o three-colors.svg
      three colors per bar (up to the clusters the analysis kept), as SVG";

pub(super) const PALETTE_EXAMPLES: &str = "\
Examples:
  filmprint palette movie.mkv
      movie-palette.png: the film's 8 colors, by their share of screen time
  filmprint palette movie.json -p 12 --segments 10 --labels --csv palette.csv
      from a saved fingerprint: 12 colors, a row per tenth of the film, hex codes on the swatch";

pub(super) const SHOTS_EXAMPLES: &str = "\
Examples:
  filmprint shots movie.mkv
      movie-shots.csv: a row per shot; the shot count and lengths (average, median) on screen
  filmprint shots movie.mkv --edl movie.edl --json movie.json --html movie.html
      also the cuts for an editor, the fingerprint with its shots, and a page to explore them
  filmprint render movie.json --bars shots -o script.png
      the film's color script: a bar per shot, as wide as the shot is long";

pub(super) const COMPARE_EXAMPLES: &str = "\
Examples:
  filmprint compare film-1984.mkv film-restored.mkv
      film-1984-vs-film-restored.png and the findings: offset, speed, spans only one has, grade
  filmprint compare dvd.json bluray.mkv --json diff.json --html diff.html
      a saved fingerprint against a movie (analysed as the fingerprint was made), all numbers
      as JSON and a page to explore them";

pub(super) const PLOT_EXAMPLES: &str = "\
Examples:
  filmprint plot movie.json
      movie-ab.png, movie-hue.png and movie-lightness.png
  filmprint plot movie.json --kind ab --size 2000 -o colors.svg
      every color of every sampled frame on the Oklab a-b plane, as SVG";

pub(super) const BATCH_EXAMPLES: &str = "\
Examples:
  filmprint batch ~/Films -r -o prints --html
      every film below ~/Films into prints/, a page each and an index.html gallery
  filmprint batch 'films/*.mkv' -o prints --shard 2/4
      the second quarter of the films (run 1/4 … 4/4 on four machines, then filmprint merge)";

pub(super) const MERGE_EXAMPLES: &str = "\
Example:
  filmprint merge prints --html
      join prints/filmprint-batch-I-of-N.json into filmprint-batch.json and build the gallery";

pub(super) const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  filmprint completions bash > ~/.local/share/bash-completion/completions/filmprint
  filmprint completions zsh > ~/.zfunc/_filmprint
  filmprint completions fish > ~/.config/fish/completions/filmprint.fish";
