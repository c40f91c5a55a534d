//! HDR and wide-gamut pictures brought down to the 8-bit sRGB the analysis works on.
//!
//! swscale turns the decoded YUV into non-linear R'G'B' code values (RGB48, full range) in the
//! stream's own primaries and transfer; this module does the rest in plain arithmetic, one pixel
//! at a time, through lookup tables built once per stream. The steps and the reasons for them:
//!
//! 1. **Code value to linear light** (a 65 536-entry table, one entry per 16-bit code value, so no
//!    interpolation and no `powf` per pixel):
//!    * PQ: the SMPTE ST 2084 EOTF gives absolute luminance (10 000 nit peak). It is divided by
//!      **203 nits**, the HDR reference white of ITU-R BT.2408 (diffuse white, graphics white),
//!      so reference white lands on SDR 1.0: the colors of an HDR release are then comparable to
//!      those of its SDR release, whose diffuse white sits at the top of the range.
//!    * HLG: the inverse ARIB STD-B67 / BT.2100 OETF gives relative scene light; per pixel, the
//!      BT.2100 HLG OOTF `F = Lw · Ys^(γ-1) · E` with `Lw = 1000` nits and system gamma
//!      `γ = 1.2` (the value BT.2100 gives for a 1000 nit display) turns it into display light.
//!      `Ys` is the scene luminance in the source primaries; `Ys^0.2` comes from a 4097-entry
//!      table indexed by `Ys^(1/4)` (two square roots), where the curve is smooth enough for
//!      linear interpolation. Divided by 203 nits as for PQ (HLG's 75 % signal, its reference
//!      white per BT.2408, is 203 nits on that display).
//!    * SDR: the sRGB curve (BT.709 / BT.1886 material treated as sRGB, as the rest of filmprint
//!      does), already relative to white.
//! 2. **Highlights** (PQ and HLG only): the **BT.2390 EETF** (the hermite-spline knee in the PQ
//!    domain) maps a source whose mastering peak is assumed to be **1000 nits** (the common
//!    mastering display, and HLG's reference display) onto a target whose peak is SDR white
//!    (1.0 = 203 nits); anything above the source peak is treated as the peak. The knee starts
//!    where BT.2390 puts it, `KS = 1.5 · maxLum − 0.5` in normalised PQ, which is ≈ 88 nits
//!    (0.43 of SDR white): everything darker passes unchanged and up to 100 nits changes by less
//!    than one 8-bit level. A later knee would make the spline overshoot (BT.2390's KS is the
//!    largest for which the hermite stays monotonic), so the price of a soft shoulder that still
//!    fits 1000 nits under SDR white is that reference white itself comes out at ≈ 0.78 linear
//!    (sRGB 229), not 1.0. The curve is applied to **max(R, G, B)** and the same ratio scales all
//!    three channels, so hue and saturation are kept and no channel leaves the range (a
//!    luminance-based ratio would push saturated channels over 1.0, to be clipped with a hue
//!    shift). The curve is tabulated over the knee-to-peak span (1025 points, interpolated).
//! 3. **Primaries**: BT.2020 or P3-D65 to BT.709 in linear light with the 3×3 matrix derived
//!    from the standards' chromaticities (the same D65 white, so no adaptation; it matches the
//!    published BT.2087 / SMPTE values).
//! 4. **Gamut**: colors outside BT.709 come out of the matrix with negative components. Instead
//!    of clamping each channel (which shifts hue and lightness), the pixel is desaturated toward
//!    its own BT.709 luminance just enough that its smallest component is 0; then the components
//!    are clamped to 0..=1 (only saturated BT.2020/P3 colors can exceed 1 after the matrix).
//! 5. **sRGB encoding**: the sRGB OETF rounded to 8 bits, through a 65 536-entry table indexed by
//!    linear light (steps of 1/65 535, fine enough even in the shadows).
//!
//! SDR with BT.709 primaries needs none of this: [`HdrConverter::pixel`] then only rounds
//! 16-bit code values to 8 bits, and [`HdrConverter::is_needed`] says so.

use std::fmt;

/// Transfer characteristic of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Transfer {
    /// BT.709 / BT.1886 / sRGB-like gamma, decoded with the sRGB curve.
    Sdr,
    /// SMPTE ST 2084 perceptual quantizer (HDR10, Dolby Vision base layers).
    Pq,
    /// ARIB STD-B67 hybrid log-gamma (BT.2100 HLG).
    Hlg,
}

/// Primaries of the source (all with a D65 white point).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Primaries {
    /// ITU-R BT.709 (the sRGB primaries).
    Bt709,
    /// ITU-R BT.2020 / BT.2100.
    Bt2020,
    /// DCI-P3 primaries with a D65 white (Display P3, P3-D65).
    DciP3,
}

impl Primaries {
    /// CIE xy chromaticities of red, green and blue.
    fn chromaticities(self) -> [[f64; 2]; 3] {
        match self {
            Primaries::Bt709 => [[0.640, 0.330], [0.300, 0.600], [0.150, 0.060]],
            Primaries::Bt2020 => [[0.708, 0.292], [0.170, 0.797], [0.131, 0.046]],
            Primaries::DciP3 => [[0.680, 0.320], [0.265, 0.690], [0.150, 0.060]],
        }
    }

    /// Name used in descriptions.
    fn name(self) -> &'static str {
        match self {
            Primaries::Bt709 => "BT.709",
            Primaries::Bt2020 => "BT.2020",
            Primaries::DciP3 => "P3-D65",
        }
    }
}

/// Luminance of HDR reference white (ITU-R BT.2408), which becomes SDR 1.0.
const REFERENCE_WHITE_NITS: f64 = 203.0;
/// Peak luminance the BT.2390 EETF assumes for the source (typical mastering display).
const SOURCE_PEAK_NITS: f64 = 1000.0;
/// Nominal peak of the display the HLG OOTF is evaluated for.
const HLG_DISPLAY_PEAK_NITS: f64 = 1000.0;
/// HLG system gamma for a 1000 nit display (BT.2100: `1.2 + 0.42 · log10(Lw / 1000)`).
const HLG_SYSTEM_GAMMA: f64 = 1.2;
/// Number of distinct 16-bit code values, the size of the decoding and encoding tables.
const CODES: usize = 1 << 16;
/// Intervals of the tabulated EETF between the knee and the source peak.
const EETF_STEPS: usize = 1024;
/// Intervals of the tabulated `Ys^(γ-1)`, indexed by `Ys^(1/4)`.
const OOTF_STEPS: usize = 4096;
/// D65 white point (CIE xy).
const D65: [f64; 2] = [0.3127, 0.3290];

/// A 3×3 matrix, rows first.
type Matrix = [[f64; 3]; 3];

/// A converter built once per stream: lookup tables from 16-bit code values to linear light,
/// the HLG OOTF and BT.2390 EETF, the primaries matrix and the sRGB encoding.
pub(crate) struct HdrConverter {
    /// Source transfer characteristic.
    transfer: Transfer,
    /// Source primaries.
    primaries: Primaries,
    /// Code value to linear light (SDR units for PQ and SDR, scene light for HLG); empty when
    /// no conversion is needed.
    decode: Vec<f32>,
    /// HLG only: the OOTF gain as a function of scene luminance.
    ootf: Option<Ootf>,
    /// PQ and HLG: the highlight compression.
    eetf: Option<Eetf>,
    /// Linear source RGB to linear BT.709 RGB.
    to_bt709: [[f32; 3]; 3],
    /// Luminance weights of BT.709 RGB.
    luma_709: [f32; 3],
    /// Linear light in steps of 1/65 535 to 8-bit sRGB; empty when no conversion is needed.
    encode: Vec<u8>,
}

impl fmt::Debug for HdrConverter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HdrConverter")
            .field("transfer", &self.transfer)
            .field("primaries", &self.primaries)
            .finish_non_exhaustive()
    }
}

impl HdrConverter {
    /// A converter for a stream with this transfer and these primaries; builds every table.
    pub(crate) fn new(transfer: Transfer, primaries: Primaries) -> Self {
        let source_npm = rgb_to_xyz(primaries);
        let bt709_npm = rgb_to_xyz(Primaries::Bt709);
        let to_bt709 = multiply(&invert(&bt709_npm), &source_npm);
        let mut converter = HdrConverter {
            transfer,
            primaries,
            decode: Vec::new(),
            ootf: None,
            eetf: None,
            to_bt709: to_bt709.map(|row| row.map(|v| v as f32)),
            luma_709: bt709_npm[1].map(|v| v as f32),
            encode: Vec::new(),
        };
        if !converter.is_needed() {
            return converter;
        }
        let decode_one: fn(f64) -> f64 = match transfer {
            Transfer::Sdr => srgb_eotf,
            Transfer::Pq => |e| pq_eotf(e) / REFERENCE_WHITE_NITS,
            Transfer::Hlg => hlg_inverse_oetf,
        };
        converter.decode = (0..CODES).map(|code| decode_one(code as f64 / 65535.0) as f32).collect();
        if transfer == Transfer::Hlg {
            converter.ootf = Some(Ootf::new(source_npm[1]));
        }
        if transfer != Transfer::Sdr {
            converter.eetf = Some(Eetf::new());
        }
        converter.encode =
            (0..CODES).map(|i| (srgb_oetf(i as f64 / 65535.0) * 255.0).round() as u8).collect();
        converter
    }

    /// Whether this converter was built for this transfer and these primaries.
    pub(crate) fn converts(&self, transfer: Transfer, primaries: Primaries) -> bool {
        (self.transfer, self.primaries) == (transfer, primaries)
    }

    /// Whether this converter does anything beyond what plain 8-bit sRGB output would (PQ, HLG
    /// or non-709 primaries).
    pub(crate) fn is_needed(&self) -> bool {
        self.transfer != Transfer::Sdr || self.primaries != Primaries::Bt709
    }

    /// Converts one pixel (16-bit R'G'B' code values) to 8-bit sRGB.
    #[inline]
    pub(crate) fn pixel(&self, rgb: [u16; 3]) -> [u8; 3] {
        if self.decode.is_empty() {
            // SDR BT.709: the same picture at 8 bits, rounded (65 535 / 255 = 257 exactly).
            return rgb.map(|v| ((u32::from(v) + 128) / 257) as u8);
        }
        let mut light = rgb.map(|v| self.decode[usize::from(v)]);
        if let Some(ootf) = &self.ootf {
            let gain = ootf.gain(dot(ootf.luma, light));
            light = light.map(|v| v * gain);
        }
        if let Some(eetf) = &self.eetf {
            let max = light[0].max(light[1]).max(light[2]);
            if max > eetf.knee {
                let ratio = eetf.apply(max) / max;
                light = light.map(|v| v * ratio);
            }
        }
        let linear = self.to_bt709.map(|row| dot(row, light));
        into_gamut(linear, self.luma_709).map(|v| self.encode[(v * 65535.0 + 0.5) as usize])
    }

    /// Converts a whole RGB48 buffer (3 u16 per pixel, native endian) into RGB24 bytes (3 per
    /// pixel), appended to `out`. A trailing partial pixel is ignored.
    pub(crate) fn convert(&self, rgb48: &[u16], out: &mut Vec<u8>) {
        let pixels = rgb48.chunks_exact(3);
        out.reserve(pixels.len() * 3);
        for p in pixels {
            out.extend_from_slice(&self.pixel([p[0], p[1], p[2]]));
        }
    }
}

/// What converting a stream with this transfer and these primaries does, in words (no tables
/// are built).
pub(crate) fn description(transfer: Transfer, primaries: Primaries) -> String {
    let source = primaries.name();
    match transfer {
        Transfer::Sdr if primaries == Primaries::Bt709 => "SDR BT.709 (no conversion)".to_string(),
        Transfer::Sdr => format!("SDR {source} -> SDR BT.709 (sRGB curve, gamut mapped toward luminance)"),
        Transfer::Pq => format!(
            "PQ {source} -> SDR BT.709 (BT.2390 EETF on max(R,G,B), {SOURCE_PEAK_NITS} nit source peak, \
             {REFERENCE_WHITE_NITS} nit reference white)"
        ),
        Transfer::Hlg => format!(
            "HLG {source} -> SDR BT.709 (BT.2100 OOTF for a {HLG_DISPLAY_PEAK_NITS} nit display, BT.2390 EETF \
             on max(R,G,B), {REFERENCE_WHITE_NITS} nit reference white)"
        ),
    }
}

/// The BT.2100 HLG OOTF gain `Lw · Ys^(γ-1)`, in SDR units, as a function of scene luminance.
struct Ootf {
    /// Luminance weights of the source primaries.
    luma: [f32; 3],
    /// Gain at `Ys = (k / OOTF_STEPS)^4`.
    table: Vec<f32>,
}

impl Ootf {
    /// Tables the gain for a source whose luminance weights are `luma`.
    fn new(luma: [f64; 3]) -> Self {
        let scale = HLG_DISPLAY_PEAK_NITS / REFERENCE_WHITE_NITS;
        // Ys^(γ-1) = (Ys^(1/4))^(4(γ-1)): smooth in the index, unlike Ys^0.2 near 0.
        let exponent = 4.0 * (HLG_SYSTEM_GAMMA - 1.0);
        let table = (0..=OOTF_STEPS)
            .map(|k| (scale * (k as f64 / OOTF_STEPS as f64).powf(exponent)) as f32)
            .collect();
        Ootf { luma: luma.map(|v| v as f32), table }
    }

    /// Gain for scene luminance `ys` (0..=1).
    #[inline]
    fn gain(&self, ys: f32) -> f32 {
        lerp(&self.table, ys.clamp(0.0, 1.0).sqrt().sqrt() * OOTF_STEPS as f32)
    }
}

/// The BT.2390 EETF in SDR units (1.0 = reference white), tabulated from the knee to the peak.
struct Eetf {
    /// Start of the knee; below it the curve is the identity.
    knee: f32,
    /// Assumed source peak; above it the output is the target peak.
    peak: f32,
    /// Table intervals per unit of input.
    per_unit: f32,
    /// Output at `knee + k / per_unit`.
    table: Vec<f32>,
}

impl Eetf {
    /// Tables the curve from [`SOURCE_PEAK_NITS`] to a [`REFERENCE_WHITE_NITS`] peak.
    fn new() -> Self {
        let curve = Bt2390::new(SOURCE_PEAK_NITS, REFERENCE_WHITE_NITS);
        let knee = curve.knee_nits() / REFERENCE_WHITE_NITS;
        let peak = SOURCE_PEAK_NITS / REFERENCE_WHITE_NITS;
        let step = (peak - knee) / EETF_STEPS as f64;
        let table = (0..=EETF_STEPS)
            .map(|k| {
                (curve.apply((knee + k as f64 * step) * REFERENCE_WHITE_NITS) / REFERENCE_WHITE_NITS) as f32
            })
            .collect();
        Eetf { knee: knee as f32, peak: peak as f32, per_unit: (1.0 / step) as f32, table }
    }

    /// The compressed value of `value` (SDR units, at least the knee).
    #[inline]
    fn apply(&self, value: f32) -> f32 {
        lerp(&self.table, (value.min(self.peak) - self.knee) * self.per_unit)
    }
}

/// The BT.2390 EETF (hermite knee in the PQ domain, no black level), in nits.
struct Bt2390 {
    /// PQ code of the source peak.
    source_peak: f64,
    /// Target peak in PQ, normalised to the source range.
    max_lum: f64,
    /// Knee start in PQ, normalised to the source range.
    knee: f64,
}

impl Bt2390 {
    /// The curve from a source peaking at `source_nits` to a target peaking at `target_nits`.
    fn new(source_nits: f64, target_nits: f64) -> Self {
        let source_peak = pq_inverse_eotf(source_nits);
        let max_lum = pq_inverse_eotf(target_nits) / source_peak;
        Bt2390 { source_peak, max_lum, knee: 1.5 * max_lum - 0.5 }
    }

    /// Luminance where the knee starts.
    fn knee_nits(&self) -> f64 {
        pq_eotf(self.knee * self.source_peak)
    }

    /// Maps `nits` (clamped to the source peak) to the target range.
    fn apply(&self, nits: f64) -> f64 {
        let e1 = (pq_inverse_eotf(nits) / self.source_peak).clamp(0.0, 1.0);
        let e2 = if e1 < self.knee {
            e1
        } else {
            let t = (e1 - self.knee) / (1.0 - self.knee);
            let (t2, t3) = (t * t, t * t * t);
            (2.0 * t3 - 3.0 * t2 + 1.0) * self.knee
                + (t3 - 2.0 * t2 + t) * (1.0 - self.knee)
                + (-2.0 * t3 + 3.0 * t2) * self.max_lum
        };
        pq_eotf(e2 * self.source_peak)
    }
}

/// Linear interpolation in `table` at fractional index `position` (clamped to the table).
#[inline]
fn lerp(table: &[f32], position: f32) -> f32 {
    let last = table.len().saturating_sub(2);
    let position = position.max(0.0);
    let index = (position as usize).min(last);
    match (table.get(index), table.get(index + 1)) {
        (Some(&low), Some(&high)) => low + (position - index as f32).min(1.0) * (high - low),
        _ => 0.0,
    }
}

/// Moves a linear BT.709 color into the 0..=1 cube: desaturated toward its luminance until no
/// component is negative, then clamped.
#[inline]
fn into_gamut(rgb: [f32; 3], luma: [f32; 3]) -> [f32; 3] {
    let y = dot(luma, rgb);
    if y.is_nan() || y <= 0.0 {
        return [0.0; 3];
    }
    let low = rgb[0].min(rgb[1]).min(rgb[2]);
    let rgb = if low < 0.0 {
        let keep = y / (y - low);
        rgb.map(|v| (y + keep * (v - y)).max(0.0))
    } else {
        rgb
    };
    rgb.map(|v| v.clamp(0.0, 1.0))
}

/// Dot product.
#[inline]
fn dot(a: [f32; 3], b: [f32; 3]) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// SMPTE ST 2084 constants.
const PQ_M1: f64 = 2610.0 / 16384.0;
/// SMPTE ST 2084 constants.
const PQ_M2: f64 = 2523.0 / 4096.0 * 128.0;
/// SMPTE ST 2084 constants.
const PQ_C1: f64 = 3424.0 / 4096.0;
/// SMPTE ST 2084 constants.
const PQ_C2: f64 = 2413.0 / 4096.0 * 32.0;
/// SMPTE ST 2084 constants.
const PQ_C3: f64 = 2392.0 / 4096.0 * 32.0;
/// PQ peak luminance.
const PQ_PEAK_NITS: f64 = 10_000.0;

/// SMPTE ST 2084 EOTF: PQ signal (0..=1) to absolute luminance in nits.
fn pq_eotf(signal: f64) -> f64 {
    let p = signal.clamp(0.0, 1.0).powf(1.0 / PQ_M2);
    PQ_PEAK_NITS * ((p - PQ_C1).max(0.0) / (PQ_C2 - PQ_C3 * p)).powf(1.0 / PQ_M1)
}

/// Inverse SMPTE ST 2084 EOTF: luminance in nits to PQ signal (0..=1).
fn pq_inverse_eotf(nits: f64) -> f64 {
    let y = (nits / PQ_PEAK_NITS).clamp(0.0, 1.0).powf(PQ_M1);
    ((PQ_C1 + PQ_C2 * y) / (1.0 + PQ_C3 * y)).powf(PQ_M2)
}

/// HLG constant a (BT.2100).
const HLG_A: f64 = 0.178_832_77;
/// HLG constant b = 1 − 4a.
const HLG_B: f64 = 1.0 - 4.0 * HLG_A;
/// HLG constant c = 0.5 − a · ln(4a).
const HLG_C: f64 = 0.559_910_73;

/// Inverse HLG OETF (ARIB STD-B67, BT.2100): signal (0..=1) to relative scene light (0..=1).
fn hlg_inverse_oetf(signal: f64) -> f64 {
    let signal = signal.clamp(0.0, 1.0);
    if signal <= 0.5 { signal * signal / 3.0 } else { (((signal - HLG_C) / HLG_A).exp() + HLG_B) / 12.0 }
}

/// sRGB EOTF: encoded (0..=1) to linear.
fn srgb_eotf(encoded: f64) -> f64 {
    if encoded <= 0.04045 { encoded / 12.92 } else { ((encoded + 0.055) / 1.055).powf(2.4) }
}

/// sRGB OETF: linear (0..=1) to encoded.
fn srgb_oetf(linear: f64) -> f64 {
    let linear = linear.clamp(0.0, 1.0);
    if linear <= 0.003_130_8 { linear * 12.92 } else { 1.055 * linear.powf(1.0 / 2.4) - 0.055 }
}

/// The normalised primary matrix: linear RGB in `primaries` to CIE XYZ (Y of white = 1).
fn rgb_to_xyz(primaries: Primaries) -> Matrix {
    let xyz = |[x, y]: [f64; 2]| [x / y, 1.0, (1.0 - x - y) / y];
    let [r, g, b] = primaries.chromaticities().map(xyz);
    let columns = [[r[0], g[0], b[0]], [r[1], g[1], b[1]], [r[2], g[2], b[2]]];
    let white = xyz(D65);
    let inverse = invert(&columns);
    let scale = inverse.map(|row| row[0] * white[0] + row[1] * white[1] + row[2] * white[2]);
    columns.map(|row| [row[0] * scale[0], row[1] * scale[1], row[2] * scale[2]])
}

/// Inverse of a 3×3 matrix (the primaries matrices are far from singular).
fn invert(m: &Matrix) -> Matrix {
    let cofactor = |r0: usize, r1: usize, c0: usize, c1: usize| m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0];
    let adjugate = [
        [cofactor(1, 2, 1, 2), -cofactor(0, 2, 1, 2), cofactor(0, 1, 1, 2)],
        [-cofactor(1, 2, 0, 2), cofactor(0, 2, 0, 2), -cofactor(0, 1, 0, 2)],
        [cofactor(1, 2, 0, 1), -cofactor(0, 2, 0, 1), cofactor(0, 1, 0, 1)],
    ];
    let determinant = m[0][0] * adjugate[0][0] + m[0][1] * adjugate[1][0] + m[0][2] * adjugate[2][0];
    adjugate.map(|row| row.map(|v| v / determinant))
}

/// Matrix product `a · b`.
fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    let mut product = [[0.0; 3]; 3];
    for (row, a_row) in product.iter_mut().zip(a) {
        for (column, value) in row.iter_mut().enumerate() {
            *value = (0..3).map(|k| a_row[k] * b[k][column]).sum();
        }
    }
    product
}

#[cfg(test)]
mod tests {
    use super::*;

    // An independent f64 reference, written from the standards with their published constants and
    // the published (4-decimal) primaries matrices, not from the code above.

    /// ST 2084 inverse EOTF with the constants as printed (m1, m2, c1, c2, c3).
    fn ref_pq_signal(nits: f64) -> f64 {
        let y = (nits / 10_000.0).powf(0.159_301_757_812_5);
        ((0.835_937_5 + 18.851_562_5 * y) / (1.0 + 18.6875 * y)).powf(78.843_75)
    }

    /// ST 2084 EOTF.
    fn ref_pq_nits(signal: f64) -> f64 {
        let p = signal.powf(1.0 / 78.843_75);
        10_000.0 * ((p - 0.835_937_5).max(0.0) / (18.851_562_5 - 18.6875 * p)).powf(1.0 / 0.159_301_757_812_5)
    }

    /// BT.2100 HLG inverse OETF.
    fn ref_hlg_scene(signal: f64) -> f64 {
        if signal <= 0.5 {
            signal * signal / 3.0
        } else {
            (((signal - 0.559_910_73) / 0.178_832_77).exp() + 0.284_668_92) / 12.0
        }
    }

    /// BT.2100 HLG OETF (scene light to signal), for building inputs.
    fn ref_hlg_signal(scene: f64) -> f64 {
        if scene <= 1.0 / 12.0 {
            (3.0 * scene).sqrt()
        } else {
            0.178_832_77 * (12.0 * scene - 0.284_668_92).ln() + 0.559_910_73
        }
    }

    fn ref_srgb_decode(v: f64) -> f64 {
        if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    }

    fn ref_srgb_encode(v: f64) -> f64 {
        if v <= 0.003_130_8 { 12.92 * v } else { 1.055 * v.powf(1.0 / 2.4) - 0.055 }
    }

    /// BT.2390 EETF (section 5.4.1), source 1000 nits, target 203 nits, black 0.
    fn ref_bt2390(nits: f64) -> f64 {
        let source = ref_pq_signal(1000.0);
        let e1 = (ref_pq_signal(nits.min(1000.0)) / source).min(1.0);
        let max_lum = ref_pq_signal(203.0) / source;
        let ks = 1.5 * max_lum - 0.5;
        let e2 = if e1 < ks {
            e1
        } else {
            let t = (e1 - ks) / (1.0 - ks);
            (2.0 * t.powi(3) - 3.0 * t.powi(2) + 1.0) * ks
                + (t.powi(3) - 2.0 * t.powi(2) + t) * (1.0 - ks)
                + (-2.0 * t.powi(3) + 3.0 * t.powi(2)) * max_lum
        };
        ref_pq_nits(e2 * source)
    }

    const BT709_TO_BT2020: Matrix =
        [[0.6274, 0.3293, 0.0433], [0.0691, 0.9195, 0.0114], [0.0164, 0.0880, 0.8956]];
    const BT2020_TO_BT709: Matrix =
        [[1.6605, -0.5876, -0.0728], [-0.1246, 1.1329, -0.0083], [-0.0182, -0.1006, 1.1187]];
    // As commonly published (4 decimals, not all rounded the same way: hence the 3e-4 tolerance below).
    const P3_TO_BT709: Matrix = [[1.2249, -0.2247, 0.0], [-0.0420, 1.0419, 0.0], [-0.0197, -0.0786, 1.0983]];
    const IDENTITY: Matrix = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
    const LUMA_709: [f64; 3] = [0.2126, 0.7152, 0.0722];
    const LUMA_2020: [f64; 3] = [0.2627, 0.6780, 0.0593];
    const LUMA_P3: [f64; 3] = [0.2290, 0.6917, 0.0793];

    fn apply(m: &Matrix, v: [f64; 3]) -> [f64; 3] {
        m.map(|row| row[0] * v[0] + row[1] * v[1] + row[2] * v[2])
    }

    fn luminance(weights: [f64; 3], v: [f64; 3]) -> f64 {
        weights[0] * v[0] + weights[1] * v[1] + weights[2] * v[2]
    }

    /// The whole conversion in f64 with `powf` everywhere.
    fn reference(transfer: Transfer, primaries: Primaries, rgb: [u16; 3]) -> [u8; 3] {
        let (matrix, luma) = match primaries {
            Primaries::Bt709 => (IDENTITY, LUMA_709),
            Primaries::Bt2020 => (BT2020_TO_BT709, LUMA_2020),
            Primaries::DciP3 => (P3_TO_BT709, LUMA_P3),
        };
        let signal = rgb.map(|v| f64::from(v) / 65535.0);
        let mut light = match transfer {
            Transfer::Sdr => signal.map(ref_srgb_decode),
            Transfer::Pq => signal.map(|s| ref_pq_nits(s) / 203.0),
            Transfer::Hlg => {
                let scene = signal.map(ref_hlg_scene);
                let ys = luminance(luma, scene);
                scene.map(|e| 1000.0 * ys.powf(0.2) * e / 203.0)
            }
        };
        if transfer != Transfer::Sdr {
            let max = light[0].max(light[1]).max(light[2]);
            if max > 0.0 {
                let ratio = ref_bt2390(max * 203.0) / 203.0 / max;
                light = light.map(|v| v * ratio);
            }
        }
        let mut rgb = apply(&matrix, light);
        let y = luminance(LUMA_709, rgb);
        if y <= 0.0 {
            return [0; 3];
        }
        let low = rgb[0].min(rgb[1]).min(rgb[2]);
        if low < 0.0 {
            rgb = rgb.map(|v| y + y / (y - low) * (v - y));
        }
        rgb.map(|v| (255.0 * ref_srgb_encode(v.clamp(0.0, 1.0))).round() as u8)
    }

    /// 16-bit code value of a signal in 0..=1.
    fn code(signal: f64) -> u16 {
        (signal * 65535.0).round() as u16
    }

    /// 16-bit PQ code values of linear light given in nits.
    fn pq(nits: [f64; 3]) -> [u16; 3] {
        nits.map(|n| code(ref_pq_signal(n)))
    }

    fn assert_close(actual: [u8; 3], expected: [u8; 3], tolerance: u8, what: &str) {
        for (a, e) in actual.into_iter().zip(expected) {
            assert!(
                a.abs_diff(e) <= tolerance,
                "{what}: got {actual:?}, expected {expected:?} ± {tolerance}"
            );
        }
    }

    fn linear_luminance(srgb: [u8; 3]) -> f64 {
        luminance(LUMA_709, srgb.map(|v| ref_srgb_decode(f64::from(v) / 255.0)))
    }

    #[test]
    fn pq_curve_matches_published_code_values() {
        for (nits, published) in [(100.0, 0.5081), (203.0, 0.5807), (1000.0, 0.7518), (10_000.0, 1.0)] {
            assert!((ref_pq_signal(nits) - published).abs() < 6e-5, "reference PQ({nits})");
            // The converter's table at the published 16-bit code gives the luminance back.
            let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
            let decoded = f64::from(converter.decode[usize::from(code(published))]) * REFERENCE_WHITE_NITS;
            assert!(
                (decoded / nits - 1.0).abs() < 2e-3,
                "PQ {published} decodes to {decoded} nits, not {nits}"
            );
            // And the exact code of the luminance decodes to it within the 16-bit step.
            let exact = f64::from(converter.decode[usize::from(code(ref_pq_signal(nits)))]) * 203.0;
            assert!((exact / nits - 1.0).abs() < 5e-4, "{exact} nits for {nits}");
        }
        assert_eq!((ref_pq_signal(100.0) * 1023.0).round(), 520.0);
        assert!((pq_inverse_eotf(100.0) - ref_pq_signal(100.0)).abs() < 1e-12);
        assert!((pq_eotf(0.5807) - ref_pq_nits(0.5807)).abs() < 1e-9);
    }

    #[test]
    fn primaries_matrices_match_published_values() {
        let bt709 = rgb_to_xyz(Primaries::Bt709);
        let cases = [
            (Primaries::Bt2020, BT2020_TO_BT709, LUMA_2020),
            (Primaries::DciP3, P3_TO_BT709, LUMA_P3),
            (Primaries::Bt709, IDENTITY, LUMA_709),
        ];
        for (primaries, published, luma) in cases {
            let source = rgb_to_xyz(primaries);
            let derived = multiply(&invert(&bt709), &source);
            for (row, published_row) in derived.iter().zip(&published) {
                for (d, p) in row.iter().zip(published_row) {
                    assert!((d - p).abs() < 3e-4, "{primaries:?}: {derived:?}");
                }
            }
            for (d, p) in source[1].iter().zip(luma) {
                assert!((d - p).abs() < 1e-4, "{primaries:?} luminance {:?}", source[1]);
            }
        }
        let back = multiply(&invert(&rgb_to_xyz(Primaries::Bt2020)), &bt709);
        for (row, published_row) in back.iter().zip(&BT709_TO_BT2020) {
            for (d, p) in row.iter().zip(published_row) {
                assert!((d - p).abs() < 1e-4, "709 -> 2020: {back:?}");
            }
        }
    }

    #[test]
    fn pq_reference_white_is_neutral_and_just_under_the_shoulder() {
        let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
        let white = converter.pixel(pq([203.0; 3]));
        // BT.2390 with a 1000 nit source and a 203 nit target puts 203 nits at ≈ 159 nits.
        let expected = (255.0 * ref_srgb_encode(ref_bt2390(203.0) / 203.0)).round() as u8;
        assert_eq!(expected, 229);
        assert_close(white, [expected; 3], 1, "203 nit white");
        assert!(white[0] == white[1] && white[1] == white[2], "{white:?}");
        assert_eq!(converter.pixel(pq([1000.0; 3])), [255; 3]);
        assert_eq!(converter.pixel(pq([10_000.0; 3])), [255; 3]);
    }

    #[test]
    fn pq_black_is_black() {
        for primaries in [Primaries::Bt709, Primaries::Bt2020, Primaries::DciP3] {
            assert_eq!(HdrConverter::new(Transfer::Pq, primaries).pixel([0; 3]), [0; 3]);
        }
    }

    #[test]
    fn pq_bt2020_red_inside_bt709_round_trips() {
        let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
        let bt2020 = apply(&BT709_TO_BT2020, [0.5, 0.0, 0.0]).map(|v| v * 203.0);
        let red = converter.pixel(pq(bt2020));
        assert_close(red, [188, 0, 0], 2, "BT.709 red at half of white");
        // The same color signalled with BT.709 primaries.
        let direct = HdrConverter::new(Transfer::Pq, Primaries::Bt709).pixel(pq([0.5 * 203.0, 0.0, 0.0]));
        assert_close(direct, [188, 0, 0], 1, "BT.709 PQ red");
    }

    #[test]
    fn pq_highlights_are_monotonic() {
        let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
        let colors = [[1.0, 1.0, 1.0], [1.0, 0.5, 0.1], [0.2, 0.4, 1.0], [0.05, 1.0, 0.2], [1.0, 0.0, 0.0]];
        for color in colors {
            let linear_steps = (0..=64).map(|i| f64::from(i) * 10_000.0 / 64.0);
            let log_steps = (0..=64).map(|i| 0.01 * 1e6_f64.powf(f64::from(i) / 64.0));
            for steps in [linear_steps.collect::<Vec<_>>(), log_steps.collect()] {
                let mut previous = -1.0;
                for nits in steps {
                    let out = converter.pixel(pq(color.map(|c| c * nits)));
                    let y = linear_luminance(out);
                    assert!(y >= previous, "{color:?} at {nits} nits: {out:?} darker than the step before");
                    previous = y;
                }
            }
        }
    }

    #[test]
    fn pq_below_100_nits_is_not_tone_mapped() {
        let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt709);
        for nits in (0..=100).map(f64::from) {
            for color in [[1.0, 1.0, 1.0], [1.0, 0.6, 0.3], [0.1, 0.3, 1.0]] {
                let light = color.map(|c| c * nits);
                let unmapped = light.map(|v| (255.0 * ref_srgb_encode(v / 203.0)).round() as u8);
                assert_close(converter.pixel(pq(light)), unmapped, 2, &format!("{light:?} nits"));
            }
        }
    }

    #[test]
    fn pq_out_of_gamut_green_stays_green() {
        let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
        let [r, g, b] = converter.pixel(pq([0.0, 100.0, 0.0]));
        assert!(g > r.saturating_add(60) && g > b.saturating_add(60), "{:?}", [r, g, b]);
        assert_close(
            [r, g, b],
            reference(Transfer::Pq, Primaries::Bt2020, pq([0.0, 100.0, 0.0])),
            1,
            "green",
        );
        // Brighter and fully saturated: still green, no wrap-around.
        let [r, g, b] = converter.pixel(pq([0.0, 4000.0, 0.0]));
        assert!(g > r.saturating_add(60) && g > b.saturating_add(60), "{:?}", [r, g, b]);
        assert_close(
            [r, g, b],
            reference(Transfer::Pq, Primaries::Bt2020, pq([0.0, 4000.0, 0.0])),
            1,
            "bright green",
        );
    }

    #[test]
    fn hlg_reference_white_is_near_white_and_black_is_black() {
        let converter = HdrConverter::new(Transfer::Hlg, Primaries::Bt2020);
        let white = converter.pixel([code(0.75); 3]);
        // HLG 75 % is 203 nits on a 1000 nit display, then on the BT.2390 shoulder like PQ white.
        assert!(white[0] == white[1] && white[1] == white[2], "{white:?}");
        assert!((225..=235).contains(&white[0]), "{white:?}");
        assert_close(white, reference(Transfer::Hlg, Primaries::Bt2020, [code(0.75); 3]), 1, "HLG 0.75");
        let scene = ref_hlg_scene(0.75);
        assert!(
            (1000.0 * scene.powf(1.2) - 203.0).abs() < 1.0,
            "HLG 75 % is {} nits",
            1000.0 * scene.powf(1.2)
        );
        assert_eq!(converter.pixel([0; 3]), [0; 3]);
        assert_eq!(converter.pixel([65535; 3]), [255; 3]);
        // Mid-tones are untouched by the knee: 18 % grey on a 1000 nit display is ≈ 26 nits.
        let grey = ref_hlg_signal(0.18 * 0.26496);
        assert_close(
            converter.pixel([code(grey); 3]),
            reference(Transfer::Hlg, Primaries::Bt2020, [code(grey); 3]),
            1,
            "grey",
        );
    }

    #[test]
    fn wide_gamut_sdr_grey_stays_grey() {
        for primaries in [Primaries::Bt2020, Primaries::DciP3] {
            let converter = HdrConverter::new(Transfer::Sdr, primaries);
            assert!(converter.is_needed());
            for level in [0u16, 1, 2000, 0x8000, 50_000, 65535] {
                let out = converter.pixel([level; 3]);
                let expected = ((u32::from(level) + 128) / 257) as u8;
                assert_close(out, [expected; 3], 1, &format!("{primaries:?} grey {level}"));
                assert!(out[0].abs_diff(out[1]) <= 1 && out[1].abs_diff(out[2]) <= 1, "{out:?}");
            }
        }
    }

    #[test]
    fn sdr_bt709_is_plain_rounding() {
        let converter = HdrConverter::new(Transfer::Sdr, Primaries::Bt709);
        assert!(!converter.is_needed());
        for v in 0..=u16::MAX {
            let expected = (f64::from(v) * 255.0 / 65535.0).round() as u8;
            assert_eq!(converter.pixel([v, v, 65535 - v]), [expected, expected, 255 - expected]);
        }
        assert!(HdrConverter::new(Transfer::Pq, Primaries::Bt709).is_needed());
        assert!(HdrConverter::new(Transfer::Hlg, Primaries::Bt709).is_needed());
    }

    #[test]
    fn tables_match_the_f64_reference() {
        let levels: Vec<u16> =
            (0..=16).map(|i| (i * 4096).min(65535) as u16).chain([37, 300, 1111]).collect();
        for transfer in [Transfer::Sdr, Transfer::Pq, Transfer::Hlg] {
            for primaries in [Primaries::Bt709, Primaries::Bt2020, Primaries::DciP3] {
                let converter = HdrConverter::new(transfer, primaries);
                for &r in &levels {
                    for &g in &levels {
                        for &b in &levels {
                            let expected = reference(transfer, primaries, [r, g, b]);
                            let what = format!("{transfer:?} {primaries:?} {:?}", [r, g, b]);
                            assert_close(converter.pixel([r, g, b]), expected, 1, &what);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn converts_a_whole_picture() {
        let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
        let (width, height) = (256usize, 144usize);
        let mut rgb48 = Vec::with_capacity(width * height * 3);
        for y in 0..height {
            for x in 0..width {
                rgb48.extend([(x * 256) as u16, (y * 455) as u16, ((x * y) % 65536) as u16]);
            }
        }
        let mut out = vec![7u8];
        converter.convert(&rgb48, &mut out);
        assert_eq!(out.len(), 1 + width * height * 3);
        assert_eq!(out[0], 7, "appends");
        for (pixel, converted) in rgb48.chunks_exact(3).zip(out[1..].chunks_exact(3)) {
            assert_eq!(converted, converter.pixel([pixel[0], pixel[1], pixel[2]]));
        }
        // A trailing partial pixel is ignored.
        let mut short = Vec::new();
        converter.convert(&rgb48[..7], &mut short);
        assert_eq!(short.len(), 6);
    }

    #[test]
    fn describes_itself() {
        let pq = description(Transfer::Pq, Primaries::Bt2020);
        assert_eq!(
            pq,
            "PQ BT.2020 -> SDR BT.709 (BT.2390 EETF on max(R,G,B), 1000 nit source peak, 203 nit reference white)"
        );
        assert!(description(Transfer::Hlg, Primaries::Bt2020).starts_with("HLG BT.2020 -> SDR"));
        assert!(description(Transfer::Sdr, Primaries::DciP3).starts_with("SDR P3-D65 -> SDR"));
        assert_eq!(description(Transfer::Sdr, Primaries::Bt709), "SDR BT.709 (no conversion)");
    }
}
