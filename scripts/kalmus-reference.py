#!/usr/bin/env python3
"""Golden values for KALMUS's six barcode comparison metrics, computed by KALMUS's own code.

Runs kalmus.tkinter_windows.gui_utils.compare_two_barcodes(barcode_1, barcode_2) on two real
kalmus ColorBarcode objects (barcode_type "Color") whose `.colors` are the per-frame colors in the
input, and prints (cross_corre, loc_cross_corre, nrmse, ssim, needleman, smithw) plus the
intermediate values a reimplementation needs. Nothing here reimplements a metric: KALMUS's
functions are only wrapped to record what they were given and what they returned.

Setup (once; needs a Python 3.10 interpreter: scikit-image 0.19.3 has no wheels for 3.11+,
and 0.19.x is the last line where KALMUS's `structural_similarity(..., multichannel=True)`
and `skimage.future.graph` both still work):

    python3.10 -m venv ~/.cache/filmprint-kalmus-venv        # e.g. /root/.pyenv/versions/3.10.13/bin/python
    ~/.cache/filmprint-kalmus-venv/bin/pip install kalmus==1.3.14 scikit-image==0.19.3 \\
        numpy==1.26.4 biopython==1.79 opencv-python==4.11.0.86 scipy==1.15.3

(kalmus 1.3.14 from PyPI; its measure_utils.py, gui_utils.py and Barcode.py are identical,
modulo CRLF line endings, to KALMUS git HEAD 0788e5b "1.3.15a".) If `import kalmus` is not
possible, point KALMUS_SRC at a directory holding the `kalmus/` package taken from the KALMUS
repository; it is put first on sys.path.

Run:

    ~/.cache/filmprint-kalmus-venv/bin/python scripts/kalmus-reference.py INPUT.json [--float64] [--full] [--no-ipp]

INPUT.json is {"a": [[r, g, b], ...], "b": [[r, g, b], ...]}: per-frame colors, 0..255.
"a" becomes barcode_1, "b" barcode_2. By default `.colors` is stored the way KALMUS stores it
(ColorBarcode.collect_colors and build_barcode_from_json both do np.array(...).astype("uint8"),
which truncates, not rounds); --float64 keeps the input as float64 instead. --full adds the whole
hue strings. --no-ipp turns off Intel IPP in OpenCV: with IPP (the wheel's default, so what KALMUS
users get) cv2.resize of float64 images is off by about one ulp from exact bilinear arithmetic
(e.g. (193 + 36) / 2 comes out as 114.50000000000001); without it, it is exact. SSIM raises in KALMUS for any barcode narrower or shorter than 7 pixels (fewer than
7 * 160 = 1120 frames): the script then reports "ssim": null with the error text and still
computes the other five metrics along KALMUS's own code path.
"""
import json
import os
import sys
import warnings

os.environ.setdefault("MPLBACKEND", "Agg")
if os.environ.get("KALMUS_SRC"):
    sys.path.insert(0, os.environ["KALMUS_SRC"])

import numpy as np  # noqa: E402


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = {a for a in argv if a.startswith("--")}
    if len(args) != 1 or flags - {"--float64", "--full", "--no-ipp"}:
        sys.stderr.write(__doc__)
        return 2
    data = json.load(open(args[0]))

    import Bio
    import cv2
    import scipy
    import skimage
    from skimage.util.dtype import dtype_range

    import kalmus
    import kalmus.tkinter_windows.gui_utils as gui_utils
    import kalmus.utils.measure_utils as mu
    from kalmus.barcodes.Barcode import ColorBarcode

    if "--no-ipp" in flags:
        cv2.ipp.setUseIPP(False)
    dtype = "float64" if "--float64" in flags else "uint8"
    barcodes = []
    for key in ("a", "b"):
        bc = ColorBarcode(color_metric="Average", frame_type="Whole_frame")
        bc.colors = np.array(data[key]).astype(dtype)
        bc.total_frames = len(bc.colors)
        barcodes.append(bc)

    info = {}
    real = {name: getattr(mu, name) for name in (
        "cross_correlation", "ssim_similarity", "generate_hue_strings_from_color_barcode",
        "compare_needleman_wunsch", "compare_smith_waterman", "get_resample_index")}

    def cross_correlation(t, s):
        info["after_resize_shapes"] = [list(t.shape), list(s.shape)]
        return real["cross_correlation"](t, s)

    def ssim_similarity(im1, im2, window_size=None):
        try:
            return real["ssim_similarity"](im1, im2, window_size)
        except Exception as exc:  # KALMUS does not catch this; compare_two_barcodes would raise
            info["ssim_error"] = "%s: %s" % (type(exc).__name__, exc)
            return float("nan")

    hue_strings = []

    def hue_strings_fn(colors, num_interval=12):
        s = real["generate_hue_strings_from_color_barcode"](colors, num_interval)
        hue_strings.append(s)
        return s

    resample = []

    def get_resample_index(n, k=10):
        idx = real["get_resample_index"](n, k)
        resample.append({"from": int(n), "to": int(k), "first10": idx[:10].tolist(),
                         "last3": idx[-3:].tolist(), "len": int(len(idx))})
        return idx

    raw_scores = {}

    def needleman(s1, s2, **kw):
        raw_scores["needleman_raw"] = real["compare_needleman_wunsch"](s1, s2)
        return real["compare_needleman_wunsch"](s1, s2, **kw)

    def smithw(s1, s2, **kw):
        raw_scores["smithw_raw"] = real["compare_smith_waterman"](s1, s2)
        return real["compare_smith_waterman"](s1, s2, **kw)

    mu.cross_correlation = cross_correlation
    mu.ssim_similarity = ssim_similarity
    mu.generate_hue_strings_from_color_barcode = hue_strings_fn
    mu.get_resample_index = get_resample_index
    mu.compare_needleman_wunsch = needleman
    mu.compare_smith_waterman = smithw

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = gui_utils.compare_two_barcodes(barcodes[0], barcodes[1])

    names = ["cross_corre", "loc_cross_corre", "nrmse", "ssim", "needleman", "smithw"]
    metrics = {}
    for name, value in zip(names, result):
        value = float(value)
        metrics[name] = None if value != value else value

    shapes = [list(bc.get_barcode().shape) for bc in barcodes]
    sizes = [int(np.prod(s)) for s in shapes]
    resized = "a" if sizes[0] <= sizes[1] else "b"
    ah, aw = info["after_resize_shapes"][0][:2]
    f64_lo, f64_hi = dtype_range[np.float64]
    out = {
        "metrics": metrics,
        "ssim_error": info.get("ssim_error"),
        "intermediate": {
            "colors_dtype": str(barcodes[0].colors.dtype),
            "n_frames": [len(bc.colors) for bc in barcodes],
            "reshaped_shapes": shapes,
            "resized": resized,
            "resize_dsize_wh": shapes[1][:2][::-1] if resized == "a" else shapes[0][:2][::-1],
            "after_resize_shapes": info["after_resize_shapes"],
            "local_cc_window_rows_cols": [max(ah // 40, 1), max(aw // 40, 1)],
            "resample": resample,
            "hue_string_len": [len(s) for s in hue_strings],
            "hue_string_a_head40": hue_strings[0][:40],
            "hue_string_b_head40": hue_strings[1][:40],
            "needleman_raw_score": float(raw_scores["needleman_raw"]),
            "smithw_raw_score": float(raw_scores["smithw_raw"]),
            "alignment_normaliser": 2 * len(hue_strings[0]),
            "ssim_data_range": float(f64_hi - f64_lo),
            "ssim_data_range_note": "skimage %s default for float64 input: dtype_range[float64] = (%g, %g)"
                                    % (skimage.__version__, f64_lo, f64_hi),
            "ssim_win_size": 7,
            "nrmse_denominator": None,
        },
        "warnings": sorted({"%s: %s" % (w.category.__name__, str(w.message).splitlines()[0])
                            for w in caught}),
        "versions": {
            "python": sys.version.split()[0], "kalmus": kalmus.__version__,
            "kalmus_file": kalmus.__file__, "numpy": np.__version__,
            "scikit-image": skimage.__version__, "biopython": Bio.__version__,
            "opencv": cv2.__version__, "scipy": scipy.__version__,
            "opencv_uses_ipp": bool(cv2.ipp.useIPP()),
        },
    }
    t1 = barcodes[0].get_barcode().astype("float64")
    t2 = barcodes[1].get_barcode().astype("float64")
    if resized == "a":
        t1 = cv2.resize(t1, dsize=t2.shape[:2][::-1], interpolation=cv2.INTER_LINEAR)
    else:
        t2 = cv2.resize(t2, dsize=t1.shape[:2][::-1], interpolation=cv2.INTER_LINEAR)
    # Same expression as measure_utils.nrmse_similarity "Min max" (image_2's range from image_1's min).
    out["intermediate"]["nrmse_denominator"] = float(max(t1.max() - t1.min(), t2.max() - t1.min()))
    if "--full" in flags:
        out["intermediate"]["hue_string_a"] = hue_strings[0]
        out["intermediate"]["hue_string_b"] = hue_strings[1]
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
