//! The film's loudness over time, for the wave styles: its audio stream decoded once, in
//! order, and the mean power of every sample (all channels) summed into the bars' intervals.
//! RMS level in dBFS rather than EBU R128: a bar's height needs a level per interval, not a
//! broadcast loudness, and RMS needs no filter state across the intervals' edges. Memory is one
//! sum per bar, whatever the film's length.

use std::path::Path;

use ffmpeg::format::Sample as Format;
use ffmpeg::media::Type;
use ffmpeg_next as ffmpeg;

use super::probe::open_input;
use crate::error::{Error, Result};

/// The level of an interval with no sound at all (or none decoded), dBFS.
pub const SILENCE_DBFS: f32 = -120.0;

/// Sums of power per interval, the intervals given by their edges (increasing seconds).
struct Levels<'a> {
    edges: &'a [f64],
    power: Vec<f64>,
    count: Vec<u64>,
}

impl Levels<'_> {
    /// Adds one sample's power at `time`.
    fn add(&mut self, cursor: &mut usize, time: f64, power: f64) {
        let last = self.power.len();
        if last == 0 || time < self.edges[0] || time >= self.edges[last] {
            return;
        }
        // Time only moves forward, but a stream may jump back: look again from the start then.
        if time < self.edges[*cursor] {
            *cursor = 0;
        }
        while *cursor + 1 < last && time >= self.edges[*cursor + 1] {
            *cursor += 1;
        }
        self.power[*cursor] += power;
        self.count[*cursor] += 1;
    }
}

/// One channel's samples of a decoded frame as numbers from -1 to 1, or `None` for a sample
/// format this does not read.
fn channel_values(frame: &ffmpeg::frame::Audio, channel: usize) -> Option<Vec<f64>> {
    let format = frame.format();
    if format == Format::None {
        return None;
    }
    let planar = format.is_planar();
    let channels = usize::from(frame.channels());
    let samples = frame.samples();
    let (plane, offset, stride) = if planar { (channel, 0, 1) } else { (0, channel, channels) };
    let data = frame.data(plane);
    let size = format.bytes();
    let value = |i: usize| -> Option<f64> {
        let at = (i * stride + offset) * size;
        let bytes = data.get(at..at + size)?;
        Some(match format {
            Format::U8(_) => (f64::from(bytes[0]) - 128.0) / 128.0,
            Format::I16(_) => f64::from(i16::from_ne_bytes(bytes.try_into().ok()?)) / 32768.0,
            Format::I32(_) => f64::from(i32::from_ne_bytes(bytes.try_into().ok()?)) / 2_147_483_648.0,
            Format::I64(_) => i64::from_ne_bytes(bytes.try_into().ok()?) as f64 / 9.223_372_036_854_776e18,
            Format::F32(_) => f64::from(f32::from_ne_bytes(bytes.try_into().ok()?)),
            Format::F64(_) => f64::from_ne_bytes(bytes.try_into().ok()?),
            Format::None => return None,
        })
    };
    (0..samples).map(value).collect()
}

/// Adds a decoded frame's samples, the first at `start` seconds.
fn add_frame(levels: &mut Levels<'_>, cursor: &mut usize, frame: &ffmpeg::frame::Audio, start: f64) {
    let channels = usize::from(frame.channels()).max(1);
    let Some(values) = (0..channels).map(|c| channel_values(frame, c)).collect::<Option<Vec<_>>>() else {
        return;
    };
    let rate = f64::from(frame.rate().max(1));
    for i in 0..frame.samples() {
        let power = values.iter().map(|v| v[i] * v[i]).sum::<f64>() / channels as f64;
        if power.is_finite() {
            levels.add(cursor, start + i as f64 / rate, power);
        }
    }
}

/// Checks the file has an audio stream, before a long analysis that would need it.
pub fn require_audio_stream(path: &Path) -> Result<()> {
    super::init();
    let input = open_input(path)?;
    match input.streams().best(Type::Audio) {
        Some(_) => Ok(()),
        None => Err(Error::NoAudioStream { path: path.to_owned() }),
    }
}

/// The RMS level, in dBFS, of the film's main audio stream over each interval between
/// consecutive `edges` (seconds of the stream's timeline, increasing); [`SILENCE_DBFS`] where
/// there is no sound. Errors when the file has no audio stream or it cannot be decoded.
pub fn loudness(path: &Path, edges: &[f64]) -> Result<Vec<f32>> {
    super::init();
    let mut input = open_input(path)?;
    let stream =
        input.streams().best(Type::Audio).ok_or_else(|| Error::NoAudioStream { path: path.to_owned() })?;
    let index = stream.index();
    let time_base = stream.time_base();
    let seconds =
        |ts: i64| f64::from(time_base.numerator()) * ts as f64 / f64::from(time_base.denominator().max(1));
    let context = ffmpeg::codec::context::Context::from_parameters(stream.parameters())
        .map_err(super::decode_error(path, "reading the audio stream's parameters"))?;
    let mut decoder =
        context.decoder().audio().map_err(super::decode_error(path, "opening the audio decoder"))?;
    let intervals = edges.len().saturating_sub(1);
    let mut levels = Levels { edges, power: vec![0.0; intervals], count: vec![0; intervals] };
    let mut cursor = 0;
    let mut frame = ffmpeg::frame::Audio::empty();
    // Where the next frame starts when it carries no timestamp.
    let mut clock: Option<f64> = None;
    let mut drain =
        |decoder: &mut ffmpeg::decoder::Audio, levels: &mut Levels<'_>, clock: &mut Option<f64>| {
            while decoder.receive_frame(&mut frame).is_ok() {
                let start = frame.timestamp().map(seconds).or(*clock).unwrap_or(0.0);
                add_frame(levels, &mut cursor, &frame, start);
                *clock = Some(start + frame.samples() as f64 / f64::from(frame.rate().max(1)));
            }
        };
    for (stream, packet) in input.packets() {
        if stream.index() != index {
            continue;
        }
        // A damaged packet is skipped: the interval keeps what the others give.
        if decoder.send_packet(&packet).is_ok() {
            drain(&mut decoder, &mut levels, &mut clock);
        }
    }
    if decoder.send_eof().is_ok() {
        drain(&mut decoder, &mut levels, &mut clock);
    }
    Ok(levels
        .power
        .iter()
        .zip(&levels.count)
        .map(|(&power, &count)| {
            if count == 0 || power <= 0.0 {
                SILENCE_DBFS
            } else {
                ((10.0 * (power / count as f64).log10()) as f32).max(SILENCE_DBFS)
            }
        })
        .collect())
}
