//! A film's shots in the formats researchers and editors read: CSV (one row per shot) and an
//! edit decision list (CMX 3600) that Resolve and Premiere import as the film's cuts. Both are
//! a few fixed fields, written by hand (no EDL crate on crates.io writes CMX 3600 events with
//! dissolves; the format is one line per event).

use std::fmt::Write as _;

use crate::analyse::color::hex;
use crate::fingerprint::{Shot, ShotList};
use crate::shots::Transition;

/// One row per shot: index, start, end and duration (seconds from the stream start), first and
/// last frame, the transition into it (`cut`, `dissolve`, `fade`, empty for the first) with
/// its span, the time of its representative frame, its average color, then every cluster of
/// its frames as hex with its share.
pub fn shots_csv(list: &ShotList) -> String {
    let clusters = list.shots.iter().map(|s| s.clusters.len()).max().unwrap_or(0);
    let mut out = String::from(
        "index,start_s,end_s,duration_s,first_frame,last_frame,transition,transition_start_s,\
         transition_end_s,frame_s,frames_analysed,average",
    );
    for i in 1..=clusters {
        let _ = write!(out, ",color_{i},share_{i}");
    }
    out.push('\n');
    for shot in &list.shots {
        let (kind, from, to) = match &shot.transition {
            Some(t) => (name(t.kind), format!("{:.3}", t.start_s), format!("{:.3}", t.end_s)),
            None => ("", String::new(), String::new()),
        };
        let average = shot.average.as_ref().map(|a| hex(a.rgb())).unwrap_or_default();
        let _ = write!(
            out,
            "{},{:.3},{:.3},{:.3},{},{},{kind},{from},{to},{:.3},{},{average}",
            shot.index,
            shot.start_s,
            shot.end_s,
            shot.duration_s(),
            shot.first_frame,
            shot.last_frame,
            shot.frame_s,
            shot.frames_analysed
        );
        for i in 0..clusters {
            match shot.clusters.get(i) {
                Some(c) => {
                    let _ = write!(out, ",{},{:.5}", hex(c.rgb()), c.share);
                }
                None => out.push_str(",,"),
            }
        }
        out.push('\n');
    }
    out
}

/// The transition's name as the exports write it.
pub fn name(kind: Transition) -> &'static str {
    match kind {
        Transition::Cut => "cut",
        Transition::Dissolve => "dissolve",
        Transition::Fade => "fade",
    }
}

/// The shots as a CMX 3600 edit decision list titled `title`, of the clip `clip`: one event
/// per shot, source and record times equal (the film cut where it cuts), a cut (`C`) or a
/// dissolve (`D` with its length in frames, starting where the transition starts) into it. Timecodes count frames at the nominal
/// rate of `fps` (24 for 23.976, non-drop frame), so every event is frame-exact.
pub fn shots_edl(list: &ShotList, title: &str, clip: &str, fps: f64) -> String {
    let rate = nominal_rate(fps);
    let timecode = |frame: u64| {
        let seconds = frame / rate;
        format!("{:02}:{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60, frame % rate)
    };
    let clean = |text: &str| text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>();
    let mut out = format!("TITLE: {}\nFCM: NON-DROP FRAME\n\n", clean(title));
    // An event starts where its transition does (a dissolve is the event it leads into).
    let starts: Vec<u64> = list
        .shots
        .iter()
        .map(|shot| match (gradual(shot), shot.transition) {
            (Some(_), Some(t)) => t.first_frame,
            _ => shot.first_frame,
        })
        .collect();
    for (event, shot) in list.shots.iter().enumerate() {
        let number = event + 1;
        let end = starts.get(event + 1).copied().unwrap_or(shot.last_frame.saturating_add(1));
        let (tc_in, tc_out) = (timecode(starts[event]), timecode(end.max(starts[event])));
        match gradual(shot) {
            Some(frames) => {
                // The outgoing shot held for no time, then the dissolve into this one.
                let _ = writeln!(out, "{number:03}  AX       V     C        {tc_in} {tc_in} {tc_in} {tc_in}");
                let _ = writeln!(
                    out,
                    "{number:03}  AX       V     D    {frames:03} {tc_in} {tc_out} {tc_in} {tc_out}"
                );
            }
            None => {
                let _ =
                    writeln!(out, "{number:03}  AX       V     C        {tc_in} {tc_out} {tc_in} {tc_out}");
            }
        }
        let _ = writeln!(out, "* FROM CLIP NAME: {}\n", clean(clip));
    }
    out
}

/// A gradual transition's length in frames (at least 1), or `None` for a cut or none.
fn gradual(shot: &Shot) -> Option<u64> {
    shot.transition
        .filter(|t| t.kind != Transition::Cut)
        .map(|t| t.last_frame.saturating_add(1).saturating_sub(t.first_frame).clamp(1, 999))
}

/// The whole frames per second timecodes count: 24 for 23.976, 30 for 29.97, 25 when unknown.
fn nominal_rate(fps: f64) -> u64 {
    if fps.is_finite() && fps >= 1.0 { (fps.round() as u64).max(1) } else { 25 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::{ShotTransition, Swatch};

    fn shot(
        index: usize,
        frames: (u64, u64),
        seconds: (f64, f64),
        transition: Option<ShotTransition>,
    ) -> Shot {
        let red = Swatch { hex: "#ff0000".into(), oklab: [0.62796, 0.22486, 0.12585], share: 1.0 };
        Shot {
            index,
            first_frame: frames.0,
            last_frame: frames.1,
            start_s: seconds.0,
            end_s: seconds.1,
            transition,
            frame_s: (seconds.0 + seconds.1) / 2.0,
            frames_analysed: 2,
            colors: vec![red.clone()],
            clusters: vec![red],
            average: None,
            column: None,
            thumbnail: None,
        }
    }

    fn list() -> ShotList {
        let cut = ShotTransition {
            kind: Transition::Cut,
            first_frame: 96,
            last_frame: 96,
            start_s: 4.0,
            end_s: 4.0,
        };
        let dissolve = ShotTransition {
            kind: Transition::Dissolve,
            first_frame: 84_000,
            last_frame: 84_023,
            start_s: 3500.0,
            end_s: 3500.958,
        };
        ShotList::new(
            86_400,
            vec![
                shot(0, (0, 95), (0.0, 4.0), None),
                shot(1, (96, 84_011), (4.0, 3500.5), Some(cut)),
                shot(2, (84_012, 86_399), (3500.5, 3600.0), Some(dissolve)),
            ],
        )
    }

    #[test]
    fn the_edl_has_an_event_per_shot_with_frame_exact_timecodes() {
        let edl = shots_edl(&list(), "Film", "film.mkv", 24_000.0 / 1001.0);
        let events: Vec<&str> = edl.lines().filter(|l| l.starts_with('0')).collect();
        assert_eq!(
            events,
            vec![
                "001  AX       V     C        00:00:00:00 00:00:04:00 00:00:00:00 00:00:04:00",
                "002  AX       V     C        00:00:04:00 00:58:20:00 00:00:04:00 00:58:20:00",
                "003  AX       V     C        00:58:20:00 00:58:20:00 00:58:20:00 00:58:20:00",
                "003  AX       V     D    024 00:58:20:00 01:00:00:00 00:58:20:00 01:00:00:00",
            ]
        );
        assert!(edl.starts_with("TITLE: Film\nFCM: NON-DROP FRAME\n"));
        assert_eq!(edl.matches("* FROM CLIP NAME: film.mkv").count(), 3);
    }

    #[test]
    fn the_csv_has_a_row_per_shot() {
        let csv = shots_csv(&list());
        let rows: Vec<&str> = csv.lines().collect();
        assert_eq!(rows.len(), 4);
        assert!(rows[0].starts_with("index,start_s,end_s,duration_s,first_frame,last_frame,transition,"));
        assert_eq!(rows[1], "0,0.000,4.000,4.000,0,95,,,,2.000,2,,#ff0000,1.00000");
        assert_eq!(
            rows[3],
            "2,3500.500,3600.000,99.500,84012,86399,dissolve,3500.000,3500.958,3550.250,2,,#ff0000,1.00000"
        );
    }
}
