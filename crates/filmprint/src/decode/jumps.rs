//! Timestamps that are not continuous, as in MPEG-TS files joined with `cat`: the second
//! file's clock starts again (or, past FFmpeg's 33-bit wrap correction, jumps a day ahead), so
//! a file with 8 s of video declares 95,357 s and most samples land in the gap. The packet
//! pass (`timing.rs`) finds the jumps; each continuous part is then shifted to follow the one
//! before, by file position, so the film is sampled as the video that exists. Readers apply
//! the same shifts to the packets they read, and seek by byte position.

use crate::sample::TimeBase;
use crate::source::TimestampJump;

/// A backward jump of the video's timestamps (in decode order) longer than this starts a new
/// continuous part: packets are never that far out of order.
const BACKWARD_JUMP_SECONDS: f64 = 1.0;
/// A forward jump longer than this starts a new part, unless other streams' packets fill the
/// gap (a variable-frame-rate video holding a still picture while its sound goes on).
const FORWARD_JUMP_SECONDS: f64 = 60.0;
/// Packets of other streams between two video packets kept for telling a filled gap; more
/// than this many is a filled gap.
const MAX_BRIDGING_PACKETS: usize = 4096;

/// A continuous part of the video, as the file times it.
struct Part {
    /// Byte position of its first video packet, and the timestamp of that packet (decode
    /// order) and of the last packet before it.
    pos: i64,
    from: i64,
    to: i64,
    /// Earliest presentation time and latest end in it.
    first: i64,
    end: i64,
}

/// The offset of the packet at byte `pos` (0 before the first jump, or without a position).
pub(crate) fn jump_offset(jumps: &[TimestampJump], pos: i64) -> i64 {
    if pos < 0 {
        return 0;
    }
    let i = jumps.partition_point(|j| j.pos <= pos);
    i.checked_sub(1).map_or(0, |i| jumps[i].offset)
}

/// Follows the video's timestamps in decode order to find where they jump.
pub(crate) struct JumpFinder {
    backward: i64,
    forward: i64,
    /// The previous video packet's decode timestamp.
    last: Option<i64>,
    /// Timestamps of other streams' packets read since that packet.
    others: Vec<i64>,
    /// Whether any position is unknown (then no jump is acted on: parts are told by position).
    unplaced: bool,
    parts: Vec<Part>,
}

impl JumpFinder {
    pub(crate) fn new(tb: TimeBase) -> Self {
        JumpFinder {
            backward: tb.ticks(BACKWARD_JUMP_SECONDS),
            forward: tb.ticks(FORWARD_JUMP_SECONDS),
            last: None,
            others: Vec::new(),
            unplaced: false,
            parts: Vec::new(),
        }
    }

    pub(crate) fn other_packet(&mut self, ts: i64) {
        if self.others.len() <= MAX_BRIDGING_PACKETS {
            self.others.push(ts);
        }
    }

    /// Whether other streams' packets (read since the video packet at `last`) run through the
    /// gap up to `ts` with no hole as long as a jump: sound going on under a held picture. A
    /// packet or two at either end (the last sound of one part, the first of the next) is not.
    fn filled(&self, last: i64, ts: i64) -> bool {
        if self.others.len() > MAX_BRIDGING_PACKETS {
            return true;
        }
        let mut inside: Vec<i64> = self.others.iter().copied().filter(|&o| o > last && o < ts).collect();
        inside.sort_unstable();
        let mut previous = last;
        for t in inside.into_iter().chain([ts]) {
            if t.saturating_sub(previous) > self.forward {
                return false;
            }
            previous = t;
        }
        true
    }

    /// A video packet at byte `pos`, decode time `ts`, shown over `[pts, end)`.
    pub(crate) fn video_packet(&mut self, pos: i64, ts: i64, pts: i64, end: i64) {
        self.unplaced |= pos < 0;
        let jumped = self.last.is_some_and(|last| {
            let back = ts < last.saturating_sub(self.backward);
            back || (ts > last.saturating_add(self.forward) && !self.filled(last, ts))
        });
        if jumped || self.parts.is_empty() {
            let from = self.last.unwrap_or(ts);
            self.parts.push(Part { pos, from, to: ts, first: pts, end });
        } else if let Some(part) = self.parts.last_mut() {
            part.first = part.first.min(pts);
            part.end = part.end.max(end);
        }
        self.last = Some(ts);
        self.others.clear();
    }

    /// Whether a video packet was seen.
    pub(crate) fn has_video(&self) -> bool {
        !self.parts.is_empty()
    }

    /// The first and end time of the video on the continuous axis `jumps` (from
    /// [`JumpFinder::jumps`]) make: with no jump acted on, the parts keep their own times.
    pub(crate) fn span(&self, jumps: &[TimestampJump]) -> (Option<i64>, Option<i64>) {
        let offsets = std::iter::once(0).chain(jumps.iter().map(|j| j.offset)).chain(std::iter::repeat(0));
        let (mut first, mut end): (Option<i64>, Option<i64>) = (None, None);
        for (part, offset) in self.parts.iter().zip(offsets) {
            let (f, e) = (part.first.saturating_add(offset), part.end.saturating_add(offset));
            first = Some(first.map_or(f, |x| x.min(f)));
            end = Some(end.map_or(e, |x| x.max(e)));
        }
        (first, end)
    }

    /// The jumps, each part shifted to start where the one before ends.
    pub(crate) fn jumps(&self) -> Vec<TimestampJump> {
        if self.unplaced || self.parts.len() < 2 {
            return Vec::new();
        }
        let mut jumps = Vec::new();
        let mut offset = 0i64;
        for pair in self.parts.windows(2) {
            let (before, part) = (&pair[0], &pair[1]);
            offset = before.end.saturating_add(offset).saturating_sub(part.first);
            jumps.push(TimestampJump { pos: part.pos, offset, from: part.from, to: part.to });
        }
        jumps
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: TimeBase = TimeBase { num: 1, den: 1000 };

    /// Video packets at 40 ms steps from `from`, at byte positions from `pos`.
    fn frames(finder: &mut JumpFinder, from: i64, count: i64, pos: i64) {
        for i in 0..count {
            let ts = from + 40 * i;
            finder.video_packet(pos + i * 100, ts, ts, ts + 40);
        }
    }

    #[test]
    fn a_clock_that_starts_over_is_a_jump_and_the_part_is_shifted() {
        let mut finder = JumpFinder::new(MS);
        frames(&mut finder, 1400, 100, 0); // 1.4 s .. 5.4 s
        frames(&mut finder, 1400, 100, 10_000); // again
        let jumps = finder.jumps();
        assert_eq!(jumps, [TimestampJump { pos: 10_000, offset: 4000, from: 5360, to: 1400 }]);
        assert_eq!(jump_offset(&jumps, 9_999), 0);
        assert_eq!(jump_offset(&jumps, 10_000), 4000);
        assert_eq!(jump_offset(&jumps, -1), 0, "a packet without a position is not shifted");
        assert_eq!(finder.span(&jumps), (Some(1400), Some(9400)), "8 s of video from 1.4 s");
    }

    #[test]
    fn a_long_gap_is_a_jump_unless_other_streams_fill_it() {
        // 90 s of nothing between two video packets.
        let mut bare = JumpFinder::new(MS);
        frames(&mut bare, 0, 10, 0);
        frames(&mut bare, 90_400, 10, 1000);
        assert_eq!(bare.jumps().len(), 1);
        assert_eq!(bare.jumps()[0].offset, 400 - 90_400);
        // Sound that stops a second after the picture and starts again with the next part
        // does not fill the gap.
        let mut joined = JumpFinder::new(MS);
        frames(&mut joined, 0, 10, 0);
        joined.other_packet(1500);
        joined.other_packet(90_300);
        frames(&mut joined, 90_400, 10, 1000);
        assert_eq!(joined.jumps().len(), 1);
        // The same gap with sound going on through it: a still picture, not a jump.
        let mut filled = JumpFinder::new(MS);
        frames(&mut filled, 0, 10, 0);
        for t in (400..90_400).step_by(1000) {
            filled.other_packet(t);
        }
        frames(&mut filled, 90_400, 10, 1000);
        assert!(filled.jumps().is_empty());
        // Short gaps and small reorderings are the stream's own.
        let mut steady = JumpFinder::new(MS);
        frames(&mut steady, 0, 10, 0);
        frames(&mut steady, 30_000, 10, 1000);
        frames(&mut steady, 29_500, 1, 2000);
        assert!(steady.jumps().is_empty());
    }
}
