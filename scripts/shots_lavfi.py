"""Pieces of FFmpeg filter graphs shared by the shot corpus's sources (shots-corpus.py and
shots_sources_i.py to shots_sources_q.py): the fonts of its cards, drawn-scene sources (one
painted in layers), a line of text and a blended effect."""

import re

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def half(e):
    """A luma-plane expression in X, Y rewritten for the chroma planes (X, Y halved there)."""
    return re.sub(r"\b([XY])\b", r"(2*\1)", str(e))


def geq(lum, cb=128, cr=128):
    """A geq source; the chroma expressions use luma coordinates (X, Y are halved in chroma)."""
    return (f"nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='{lum}':cb='{half(cb)}'"
            f":cr='{half(cr)}'")


def scene(lum, cb=128, cr=128):
    """A drawn scene (a geq source), each plane clipped to 0-255 (geq wraps what lies outside)."""
    return geq(*(f"clip({e},0,255)" if isinstance(e, str) else e for e in (lum, cb, cr)))


def text(src, line, size, x, y, color="white", extra=""):
    """src with a line of text drawn on it."""
    return (f"{src},drawtext=fontfile={FONT}:fontsize={size}:fontcolor={color}:text='{line}'"
            f":x={x}:y={y}{extra}")


def overlay(mask, lum, cb=None, cr=None):
    """An effect: geq blending each plane towards a value where mask (luma coordinates) is 1."""
    m = half(mask)
    cbe = f"clip(cb(X,Y)+({cb}-cb(X,Y))*{m},0,255)" if cb is not None else "cb(X,Y)"
    cre = f"clip(cr(X,Y)+({cr}-cr(X,Y))*{m},0,255)" if cr is not None else "cr(X,Y)"
    return (f"format=yuv420p,geq=lum='clip(lum(X,Y)+({lum}-lum(X,Y))*{mask},0,255)'"
            f":cb='{cbe}':cr='{cre}'")


def paint(layers, bg, mul="1", add="0"):
    """A drawn scene: layers (mask, lum, cb, cr), the first on top, over the background bg
    (lum, cb, cr); the luma is then multiplied by the light mul and add is added to it."""
    lum, cb, cr = (str(e) for e in bg)
    for mask, lm, b, r in reversed(layers):
        lum, cb, cr = f"if({mask},{lm},{lum})", f"if({mask},{b},{cb})", f"if({mask},{r},{cr})"
    return scene(f"min(250,({lum})*{mul}+{add})", cb, cr)


def either(*masks):
    """A mask that is 1 where any of masks is."""
    return "gt(" + "+".join(f"({m})" for m in masks) + ",0)"
