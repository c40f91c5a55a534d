# The few commands people need. `make demo` and `make test` install what is missing first
# (Debian/Ubuntu packages; run as root or with sudo available), so a fresh machine needs
# nothing else than this repository and a Rust toolchain.

SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Build tools, FFmpeg's libraries for the decoder binding (bindgen needs libclang), and the
# ffmpeg command-line tool the tests use to generate clips with known colors.
PACKAGES := gcc g++ libc6-dev pkg-config libclang-dev libavformat-dev libavcodec-dev libavutil-dev \
            libswscale-dev ffmpeg
# The tests also open the HTML pages in Chromium, check PDFs with qpdf and poppler, and draw
# titles in Japanese, Arabic and Hebrew with the fonts a Debian system falls back to.
TEST_PACKAGES := chromium qpdf poppler-utils fonts-dejavu-core fonts-droid-fallback
# The benchmark's timer, memory meter and report; python3-venv for the seed's pipeline.
BENCH_PACKAGES := hyperfine time python3 python3-venv
SAMPLE := samples/bbb_trailer_360p.mp4

.PHONY: cluster-test deb deb-test setup demo test lint bench install uninstall clean

# Where `make install` puts the program, its manual page and completions (DESTDIR for packaging).
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share

setup:
	@missing=$$(for p in $(PACKAGES) $(EXTRA_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@command -v cargo >/dev/null || { echo "cargo not found: install Rust (rustup.rs), then run make again"; exit 1; }

# Fingerprint of the bundled sample clip: out/bbb_trailer_360p.png and .json
demo: setup
	cargo build --release --locked
	mkdir -p out
	target/release/filmprint $(SAMPLE) -o out/bbb_trailer_360p.png --json out/bbb_trailer_360p.json \
		--title 'Big Buck Bunny\ntrailer'
	@echo "Wrote out/bbb_trailer_360p.png and out/bbb_trailer_360p.json"

test:
	@$(MAKE) --no-print-directory setup EXTRA_PACKAGES="$(TEST_PACKAGES)"
	cargo test --workspace --locked
	# The library without FFmpeg: builds, passes its tests, links no libav.
	scripts/check-no-ffmpeg.sh

lint: setup
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p filmprint --no-default-features --all-targets --locked -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked --quiet
	# The declared rust-version: no dependency needs a newer one (see the script).
	python3 scripts/check-msrv.py
	# The fuzz targets (their own workspace, run on nightly: see fuzz/README.md) still build.
	cargo check --manifest-path fuzz/Cargo.toml --locked --quiet

# Speed against the decoding floor and the seed's Python pipeline (see scripts/bench.sh), and
# the per-stage criterion benchmarks.
bench:
	@$(MAKE) --no-print-directory setup EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	scripts/bench.sh
	cargo bench --locked -p filmprint

# The program, its manual page and bash/zsh/fish completions, all generated from its own option
# definitions (`filmprint man`, `filmprint completions SHELL`).
install: setup
	cargo build --release --locked
	install -Dm755 target/release/filmprint $(BINDIR)/filmprint
	mkdir -p $(SHAREDIR)/man/man1 $(SHAREDIR)/bash-completion/completions $(SHAREDIR)/zsh/site-functions \
		$(SHAREDIR)/fish/vendor_completions.d
	target/release/filmprint man > $(SHAREDIR)/man/man1/filmprint.1
	target/release/filmprint completions bash > $(SHAREDIR)/bash-completion/completions/filmprint
	target/release/filmprint completions zsh > $(SHAREDIR)/zsh/site-functions/_filmprint
	target/release/filmprint completions fish > $(SHAREDIR)/fish/vendor_completions.d/filmprint.fish
	@echo "Installed $(BINDIR)/filmprint, its manual page and completions"

# The Slurm job array run for real: a one-node cluster on this machine (installs slurm-wlm and
# munge from Debian, starts munged, slurmctld and slurmd; as root) over a generated library,
# a task cancelled and resubmitted; see deploy/README.md.
cluster-test: setup
	cargo build --release --locked -p filmprint-cli
	deploy/slurm/test.sh

# A Debian package (cargo-deb): the program, its manual page and completions; its dependencies
# derived from the libraries it links. `make deb-test` installs it with apt-get and runs it from
# /usr/bin (as root: it changes the system), then removes it.
deb: setup
	command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --version 3.8.0
	cargo build --release --locked -p filmprint-cli
	mkdir -p target/release/deb-assets
	target/release/filmprint man | gzip -9n > target/release/deb-assets/filmprint.1.gz
	target/release/filmprint completions bash > target/release/deb-assets/filmprint.bash
	target/release/filmprint completions zsh > target/release/deb-assets/_filmprint
	target/release/filmprint completions fish > target/release/deb-assets/filmprint.fish
	cargo deb -p filmprint-cli --no-build --locked -o target/debian/

deb-test: deb
	scripts/deb-test.sh

uninstall:
	rm -f $(BINDIR)/filmprint $(SHAREDIR)/man/man1/filmprint.1 \
		$(SHAREDIR)/bash-completion/completions/filmprint $(SHAREDIR)/zsh/site-functions/_filmprint \
		$(SHAREDIR)/fish/vendor_completions.d/filmprint.fish

clean:
	cargo clean
	rm -rf out
