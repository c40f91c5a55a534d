"""Pieces of FFmpeg filter graphs shared by the shot corpus's sources (shots-corpus.py and
shots_sources_i.py): the fonts of its cards and a drawn-scene source."""

import re

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def geq(lum, cb=128, cr=128):
    """A geq source; the chroma expressions use luma coordinates (X, Y are halved in chroma)."""
    def chroma(e):
        return re.sub(r"\b([XY])\b", r"(2*\1)", str(e))
    return (f"nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='{lum}':cb='{chroma(cb)}'"
            f":cr='{chroma(cr)}'")
