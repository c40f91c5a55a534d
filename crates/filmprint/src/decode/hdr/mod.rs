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
//!
//! The transfer curves of steps 1 and 2 live in `curves.rs`, the primaries matrices and the gamut
//! mapping of steps 3 and 4 in `gamut.rs`; this file holds the per-stream converter that chains them.

mod curves;
mod gamut;

use std::fmt;

use curves::{Eetf, Ootf, hlg_inverse_oetf, pq_eotf, srgb_eotf, srgb_oetf};
use gamut::{dot, into_gamut, invert, multiply, rgb_to_xyz};

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
/// Number of distinct 16-bit code values, the size of the decoding and encoding tables.
const CODES: usize = 1 << 16;

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

#[cfg(test)]
mod tests;
