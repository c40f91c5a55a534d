//! Trimming: the part of the film that is sampled, given as times people write (`1:02:03.5`,
//! `95s`, `5%`, or `-8:00` for eight minutes before the end), so studio logos and end credits
//! can be left out. The N samples then spread over that part only.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Timeline;

/// A moment of the film as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum TimeSpec {
    /// Seconds from the start of the video stream.
    FromStart(f64),
    /// Seconds before the end of the video stream.
    FromEnd(f64),
    /// A percentage (0..=100) of the stream's length.
    Percent(f64),
}

impl TimeSpec {
    /// Seconds from the start of a stream `duration_s` long, clamped to the stream.
    pub fn seconds(self, duration_s: f64) -> f64 {
        let seconds = match self {
            TimeSpec::FromStart(s) => s,
            TimeSpec::FromEnd(s) => duration_s - s,
            TimeSpec::Percent(p) => duration_s * p / 100.0,
        };
        seconds.clamp(0.0, duration_s.max(0.0))
    }
}

/// Seconds in `h:mm:ss(.f)`, `m:ss(.f)`, `Ns`, `Nm`, `Nh` or a plain number of seconds.
pub(crate) fn parse_seconds(text: &str) -> Option<f64> {
    let number = |s: &str| -> Option<f64> {
        // Digits and at most one dot; no signs, exponents, "inf" or "NaN".
        let plain =
            !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == '.') && s.matches('.').count() <= 1;
        plain.then(|| s.parse::<f64>().ok()).flatten().filter(|v| v.is_finite())
    };
    if text.contains(':') {
        let parts: Vec<&str> = text.split(':').collect();
        if parts.len() > 3 {
            return None;
        }
        let (last, whole) = parts.split_last()?;
        let seconds = number(last)?;
        // Minutes and seconds below 60 once a larger unit is given, as clocks write them.
        if seconds >= 60.0 || last.split('.').next().is_none_or(|s| s.len() != 2) {
            return None;
        }
        let mut total = seconds;
        for (i, part) in whole.iter().rev().enumerate() {
            if part.is_empty() || !part.chars().all(|c| c.is_ascii_digit()) || part.len() > 6 {
                return None;
            }
            let value: f64 = part.parse().ok()?;
            if i == 0 && whole.len() == 2 && value >= 60.0 {
                return None;
            }
            total += value * if i == 0 { 60.0 } else { 3600.0 };
        }
        return Some(total);
    }
    let (digits, unit) = match text.char_indices().last()? {
        (i, 's') => (&text[..i], 1.0),
        (i, 'm') => (&text[..i], 60.0),
        (i, 'h') => (&text[..i], 3600.0),
        _ => (text, 1.0),
    };
    // Finite once multiplied too: 1e308 hours is no time (found by fuzzing).
    number(digits).map(|v| v * unit).filter(|v| v.is_finite())
}

impl FromStr for TimeSpec {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let trimmed = text.trim();
        let invalid =
            || format!("'{text}' is not a time: write 1:02:03.5, 95s, 12m, 5% or, before the end, -8:00");
        if let Some(percent) = trimmed.strip_suffix('%') {
            let value: f64 = percent.trim().parse().map_err(|_| invalid())?;
            if !(0.0..=100.0).contains(&value) {
                return Err(format!("'{text}': a percentage must be between 0 and 100"));
            }
            return Ok(TimeSpec::Percent(value));
        }
        if let Some(rest) = trimmed.strip_prefix('-') {
            return parse_seconds(rest).map(TimeSpec::FromEnd).ok_or_else(invalid);
        }
        parse_seconds(trimmed).map(TimeSpec::FromStart).ok_or_else(invalid)
    }
}

impl TryFrom<String> for TimeSpec {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

impl fmt::Display for TimeSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TimeSpec::FromStart(s) => write!(f, "{s}s"),
            TimeSpec::FromEnd(s) => write!(f, "-{s}s"),
            TimeSpec::Percent(p) => write!(f, "{p}%"),
        }
    }
}

impl From<TimeSpec> for String {
    fn from(spec: TimeSpec) -> String {
        spec.to_string()
    }
}

/// The part of `timeline` between `start` and `end` (the whole stream where not given), as a
/// timeline of its own: same time base and keyframes, its own start and end. The error says
/// why the part is empty.
pub fn trimmed(
    timeline: &Timeline,
    start: Option<TimeSpec>,
    end: Option<TimeSpec>,
) -> Result<Timeline, String> {
    if start.is_none() && end.is_none() {
        return Ok(timeline.clone());
    }
    let duration = timeline.duration_seconds();
    let from = start.map_or(0.0, |s| s.seconds(duration));
    let to = end.map_or(duration, |e| e.seconds(duration));
    let tb = timeline.time_base;
    let first = timeline.start.saturating_add(tb.ticks(from)).min(timeline.end);
    let last = timeline.start.saturating_add(tb.ticks(to)).min(timeline.end);
    if last <= first {
        return Err(format!(
            "nothing is left to sample: it starts at {} and ends at {} of a {} stream",
            super::format_time(from),
            super::format_time(to),
            super::format_time(duration)
        ));
    }
    Ok(Timeline { start: first, end: last, ..timeline.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::TimeBase;

    #[test]
    fn times_are_read_as_people_write_them() {
        let cases = [
            ("1:02:03.5", TimeSpec::FromStart(3723.5)),
            ("62:03", TimeSpec::FromStart(3723.0)),
            ("0:05", TimeSpec::FromStart(5.0)),
            ("95s", TimeSpec::FromStart(95.0)),
            ("95", TimeSpec::FromStart(95.0)),
            ("2.5m", TimeSpec::FromStart(150.0)),
            ("1h", TimeSpec::FromStart(3600.0)),
            ("5%", TimeSpec::FromStart(0.0)),
            ("-8:00", TimeSpec::FromEnd(480.0)),
            ("-90s", TimeSpec::FromEnd(90.0)),
        ];
        for (text, expected) in cases {
            let expected = if text == "5%" { TimeSpec::Percent(5.0) } else { expected };
            assert_eq!(text.parse::<TimeSpec>(), Ok(expected), "{text}");
        }
        for bad in [
            "", "abc", "1:2:3:4", "1:60", "1:5", "-", "5%%", "101%", "-5%", "1e3", "inf", "NaN", "1::00",
            "s", "1:00:61", "+5",
        ] {
            assert!(bad.parse::<TimeSpec>().is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn times_too_large_for_a_number_are_refused() {
        // Found by fuzzing (fuzz/README.md): 1e306 is a number, but 1e306 hours is not, and
        // "-1e306h" read as an infinite time before the end.
        let huge = format!("1{}", "0".repeat(306));
        for text in [format!("{huge}h"), format!("-{huge}h"), format!("{huge}0m")] {
            assert!(text.parse::<TimeSpec>().is_err(), "{text:?} should be refused");
        }
        assert_eq!(format!("{huge}s").parse::<TimeSpec>(), Ok(TimeSpec::FromStart(1e306)));
    }

    #[test]
    fn specs_resolve_within_the_stream_and_survive_json() {
        assert_eq!(TimeSpec::Percent(10.0).seconds(600.0), 60.0);
        assert_eq!(TimeSpec::FromEnd(60.0).seconds(600.0), 540.0);
        assert_eq!(TimeSpec::FromStart(900.0).seconds(600.0), 600.0, "clamped to the end");
        assert_eq!(TimeSpec::FromEnd(900.0).seconds(600.0), 0.0, "clamped to the start");
        for spec in [TimeSpec::FromStart(3.25), TimeSpec::FromEnd(480.0), TimeSpec::Percent(12.5)] {
            let json = serde_json::to_string(&spec).unwrap();
            assert_eq!(serde_json::from_str::<TimeSpec>(&json).unwrap(), spec, "{json}");
        }
    }

    #[test]
    fn trimming_narrows_the_timeline_and_refuses_empty_parts() {
        let t = Timeline {
            time_base: TimeBase { num: 1, den: 1000 },
            start: 5000,
            end: 605_000,
            keyframes: vec![5000, 65_000],
            frame_duration: Some(40),
        };
        let part = trimmed(&t, Some(TimeSpec::FromStart(60.0)), Some(TimeSpec::FromEnd(60.0))).unwrap();
        assert_eq!((part.start, part.end), (65_000, 545_000));
        assert_eq!(part.keyframes, t.keyframes);
        assert_eq!(trimmed(&t, None, None).unwrap(), t);
        let error = trimmed(&t, Some(TimeSpec::Percent(80.0)), Some(TimeSpec::Percent(20.0))).unwrap_err();
        assert!(error.contains("nothing is left"), "{error}");
    }
}
