//! What a fingerprint says about its source: the file's facts, and the warnings the user must
//! read with it (a film shorter than the bars asked for, timestamps that jump, a truncated
//! file). Apart from the pipeline's work loop because they describe the input, not the work.

use crate::fingerprint::{AnalysisSettings, Sample, SourceInfo};
use crate::sample::format_time;
use crate::source::{FrameSource, VideoInfo};

/// When the video has fewer frames than bars were asked for: how many distinct frames they
/// show. (Keyframe sampling shares keyframes between bars by design; it is told only when the
/// video itself is that short.)
pub(super) fn samples_warning(
    samples: &[Sample],
    info: &VideoInfo,
    settings: &AnalysisSettings,
) -> Option<String> {
    let distinct = samples.iter().map(|s| s.pts).collect::<std::collections::BTreeSet<_>>().len();
    let n = samples.len();
    let frames = info.frame_rate.map(|fps| fps * info.timeline.duration_seconds());
    let short = settings.sampling != crate::SamplingMode::Keyframe || frames.is_some_and(|f| f < n as f64);
    (distinct < n && short).then(|| {
        let shown =
            if distinct == 1 { "one frame".to_string() } else { format!("{distinct} distinct frames") };
        format!(
            "'{}' has fewer frames than the {n} bars asked for: they show {shown}, each over {} bars or so",
            info.path.display(),
            n.div_ceil(distinct.max(1))
        )
    })
}

/// What the user should be told about the source (and `more`).
pub(super) fn warnings(info: &VideoInfo, more: &Option<String>) -> Vec<String> {
    let timeline = &info.timeline;
    let mut warnings = Vec::new();
    if let Some(first) = info.timestamp_jumps.first() {
        let tb = timeline.time_base;
        let parts = info.timestamp_jumps.len() + 1;
        warnings.push(format!(
            "'{}': its timestamps are not continuous (they jump {} from {:.3} s to {:.3} s{}, as in files joined \
             with cat); its {parts} continuous parts were sampled one after another, {} of video in all",
            info.path.display(),
            if first.to < first.from { "back" } else { "ahead" },
            tb.seconds(first.from),
            tb.seconds(first.to),
            match parts - 2 {
                0 => String::new(),
                1 => ", and once more".into(),
                more => format!(", and {more} more times"),
            },
            format_time(timeline.duration_seconds())
        ));
    }
    if let Some(declared) = info.truncated_from {
        let (stops, declares) = (timeline.offset_seconds(timeline.end), timeline.offset_seconds(declared));
        warnings.push(format!(
            "'{}' is truncated: its data stops at {} but it declares {}; only {}–{} is analysed and {}–{} is lost",
            info.path.display(),
            format_time(stops),
            format_time(declares),
            format_time(0.0),
            format_time(stops),
            format_time(stops),
            format_time(declares)
        ));
    }
    warnings.extend(more.clone());
    warnings
}

/// The source's facts a fingerprint records.
pub(super) fn source_info(source: &dyn FrameSource) -> SourceInfo {
    let info = source.info();
    let timeline = &info.timeline;
    SourceInfo {
        file: info
            .path
            .file_name()
            .map_or_else(|| info.path.display().to_string(), |n| n.to_string_lossy().into_owned()),
        container: info.container.clone(),
        stream_index: info.stream_index,
        codec: info.codec.clone(),
        width: info.width,
        height: info.height,
        rotation: info.rotation,
        color_conversion: info.color_conversion.clone(),
        frame_rate: info.frame_rate,
        time_base: timeline.time_base,
        start_s: timeline.time_base.seconds(timeline.start),
        duration_s: timeline.duration_seconds(),
        keyframes: timeline.keyframes.len(),
        keyframe_source: info.keyframe_source.to_string(),
    }
}
