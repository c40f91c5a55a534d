#!/usr/bin/env python3
"""Checks the declared minimum Rust version (rust-version in Cargo.toml) can still build
filmprint: no crate in the dependency graph declares a newer one, and the toolchain here is at
least that new. (Clippy's incompatible_msrv lint, denied in the workspace, checks our own use of
the standard library against it.) Building with that exact toolchain needs rustup to fetch it,
which this project's machines cannot; this is the check that runs everywhere.

Usage: scripts/check-msrv.py   (from the repository; exits 1 on a violation)
"""
import json
import re
import subprocess
import sys


def version(text):
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3]) + (0,) * (3 - len(re.findall(r"\d+", text)[:3]))


def main():
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True, capture_output=True, text=True).stdout)
    ours = {p["name"]: p for p in meta["packages"] if p["id"] in meta["workspace_members"]}
    declared = {p.get("rust_version") for p in ours.values()}
    if len(declared) != 1 or None in declared:
        print(f"the workspace's crates declare different or no rust-version: {declared}")
        return 1
    msrv = declared.pop()
    # Only what the resolved graph uses (normal, build and dev dependencies of our crates).
    used = {node["id"] for node in meta["resolve"]["nodes"]}
    too_new = [
        (p["name"], p["version"], p["rust_version"])
        for p in meta["packages"]
        if p["id"] in used and p.get("rust_version") and version(p["rust_version"]) > version(msrv)
    ]
    for name, ver, needs in sorted(too_new):
        print(f"{name} {ver} needs Rust {needs}, newer than the declared {msrv}")
    rustc = subprocess.run(["rustc", "--version"], check=True, capture_output=True, text=True).stdout
    if version(rustc.split()[1]) < version(msrv):
        print(f"this toolchain ({rustc.strip()}) is older than the declared {msrv}")
        return 1
    if too_new:
        return 1
    print(f"rust-version {msrv}: every dependency builds with it ({len(used)} crates checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
