//! The transfer curves, kept apart from the converter because they are the part checked against
//! the standards: the PQ, HLG and sRGB curves as written in SMPTE ST 2084, BT.2100 and IEC 61966-2-1,
//! and the two that need tables to be cheap per pixel, the HLG OOTF gain and the BT.2390 EETF.

use super::{HLG_DISPLAY_PEAK_NITS, REFERENCE_WHITE_NITS, SOURCE_PEAK_NITS};

/// HLG system gamma for a 1000 nit display (BT.2100: `1.2 + 0.42 · log10(Lw / 1000)`).
const HLG_SYSTEM_GAMMA: f64 = 1.2;
/// Intervals of the tabulated EETF between the knee and the source peak.
const EETF_STEPS: usize = 1024;
/// Intervals of the tabulated `Ys^(γ-1)`, indexed by `Ys^(1/4)`.
const OOTF_STEPS: usize = 4096;

/// The BT.2100 HLG OOTF gain `Lw · Ys^(γ-1)`, in SDR units, as a function of scene luminance.
pub(super) struct Ootf {
    /// Luminance weights of the source primaries.
    pub(super) luma: [f32; 3],
    /// Gain at `Ys = (k / OOTF_STEPS)^4`.
    table: Vec<f32>,
}

impl Ootf {
    /// Tables the gain for a source whose luminance weights are `luma`.
    pub(super) fn new(luma: [f64; 3]) -> Self {
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
    pub(super) fn gain(&self, ys: f32) -> f32 {
        lerp(&self.table, ys.clamp(0.0, 1.0).sqrt().sqrt() * OOTF_STEPS as f32)
    }
}

/// The BT.2390 EETF in SDR units (1.0 = reference white), tabulated from the knee to the peak.
pub(super) struct Eetf {
    /// Start of the knee; below it the curve is the identity.
    pub(super) knee: f32,
    /// Assumed source peak; above it the output is the target peak.
    peak: f32,
    /// Table intervals per unit of input.
    per_unit: f32,
    /// Output at `knee + k / per_unit`.
    table: Vec<f32>,
}

impl Eetf {
    /// Tables the curve from [`SOURCE_PEAK_NITS`] to a [`REFERENCE_WHITE_NITS`] peak.
    pub(super) fn new() -> Self {
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
    pub(super) fn apply(&self, value: f32) -> f32 {
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
pub(super) fn pq_eotf(signal: f64) -> f64 {
    let p = signal.clamp(0.0, 1.0).powf(1.0 / PQ_M2);
    PQ_PEAK_NITS * ((p - PQ_C1).max(0.0) / (PQ_C2 - PQ_C3 * p)).powf(1.0 / PQ_M1)
}

/// Inverse SMPTE ST 2084 EOTF: luminance in nits to PQ signal (0..=1).
pub(super) fn pq_inverse_eotf(nits: f64) -> f64 {
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
pub(super) fn hlg_inverse_oetf(signal: f64) -> f64 {
    let signal = signal.clamp(0.0, 1.0);
    if signal <= 0.5 { signal * signal / 3.0 } else { (((signal - HLG_C) / HLG_A).exp() + HLG_B) / 12.0 }
}

/// sRGB EOTF: encoded (0..=1) to linear.
pub(super) fn srgb_eotf(encoded: f64) -> f64 {
    if encoded <= 0.04045 { encoded / 12.92 } else { ((encoded + 0.055) / 1.055).powf(2.4) }
}

/// sRGB OETF: linear (0..=1) to encoded.
pub(super) fn srgb_oetf(linear: f64) -> f64 {
    let linear = linear.clamp(0.0, 1.0);
    if linear <= 0.003_130_8 { linear * 12.92 } else { 1.055 * linear.powf(1.0 / 2.4) - 0.055 }
}
