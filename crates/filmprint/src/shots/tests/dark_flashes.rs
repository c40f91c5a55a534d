//! Flashes that darken the picture (a failing lamp, an inverted impact frame) are no cuts; a
//! cut out of a darkening shot into a lit shot of the same scene is no flash.

use super::*;

#[test]
fn a_failing_lamp_is_not_a_cut() {
    // Frames 40 and 41 go dark (a third of the light), the lamp comes back, then fails again
    // for frame 44 alone: twice a dip that returns to the picture before it.
    for gray in [false, true] {
        let frames = (0..80u32).map(|n| {
            let dark = matches!(n, 40 | 41 | 44);
            frame(n, move |x, y| {
                let rgb = scene(2, gray)(x, y);
                if dark { rgb.map(|c| c * 0.3) } else { rgb }
            })
        });
        let found = detect(frames, 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn inverted_impact_frames_are_not_a_cut() {
    // A light cartoon whose frames 40 and 41 are its negative (an impact), then it is back:
    // the negative darkens the picture. (A mid-grey picture's negative is as light as it: that
    // counts as a cut, as the change of light is then no part of the change.)
    for gray in [false, true] {
        let frames = (0..80u32).map(|n| {
            let inverted = (40..42).contains(&n);
            frame(n, move |x, y| {
                let rgb = scene(4, gray)(x, y).map(|c| c * 0.4 + 140.0);
                if inverted { rgb.map(|c| 255.0 - c) } else { rgb }
            })
        });
        let found = detect(frames, 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn a_cut_out_of_a_darkening_shot_into_the_same_scene_lit_is_no_flash() {
    // The shot darkens over frames 34-39 (a step at a time, no sharp dip), then frame 40 cuts
    // to the same scene from a little further along, fully lit: it is close to the darkened
    // frames a few before it (the same picture, a little darker), but the picture never
    // dipped sharply right after them, so nothing came back from a flash.
    for gray in [false, true] {
        let frames = (0..80u32).map(|n| {
            let light = if (34..40).contains(&n) { 1.0 - 0.12 * (n - 33) as f32 } else { 1.0 };
            let along = if n < 40 { 0 } else { 2 };
            frame(n, move |x, y| scene(2, gray)(x + along, y).map(|c| c * light))
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
    }
}

#[test]
fn a_dark_flash_whose_light_comes_back_in_steps_is_no_dissolve() {
    // A shot goes dark for frames 40-42 (a lamp failing) and its light comes back most of the
    // way at frame 43, then the rest over frames 44 and 45: a flash's return, then a few steps
    // of light from the dark frames, which are no dissolve out of them.
    for gray in [false, true] {
        let frames = (0..90u32).map(|n| {
            let light = match n {
                40..=42 => 0.3,
                43 => 0.88,
                44 => 0.94,
                _ => 1.0,
            };
            frame(n, move |x, y| scene(2, gray)(x, y).map(|c| c * light))
        });
        let found = detect(frames, 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn a_lamp_dipping_for_a_dozen_frames_is_no_cut() {
    // A portrait against a dark wall (the left half, 14 codes), whose lamp dips and comes back
    // over frames 40-52, as FFmpeg's `eq=brightness='-0.3*clip(1-abs(n-46)/7,0,1)'` darkens a
    // clip: the wall goes black at once, so the dip's first and last frames are steep steps of
    // light, too far apart for the flash test, between frames that change as much as they do
    // once the light is taken out.
    for gray in [false, true] {
        let frames = (0..90u32).map(|n| {
            let dip = 0.3 * 255.0 * (1.0 - n.abs_diff(46) as f32 / 7.0).max(0.0);
            let lit = move |x, y| if x < SIZE.0 / 2 { [14.0; 3] } else { scene(2, gray)(x, y) };
            frame(n, move |x, y| lit(x, y).map(|c| (c - dip).max(0.0)))
        });
        let found = detect(frames, 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn a_dark_shot_dimmed_to_black_for_a_second_is_no_dissolve() {
    // A dark night shot with a bright caption in its corner, its lamp dimmed over frames 40-50
    // and, after a moment in the dark, brought back over 10 frames, as FFmpeg's `eq=brightness`
    // dims a clip before the caption is drawn: the picture sinks into black within a few
    // frames, each a mix of the picture and a darker one (as a short dissolve's frames are),
    // and rises out of it likewise, too far apart for the flash and flare tests. Without the
    // moment in the dark only the way up forms a run; with it, the way down too, held back
    // until the picture comes back. A dimming that stays is a dissolve to another grade of the
    // shot, as a tint that stays is a cut (where it moves the picture's edges), and is kept.
    for gray in [false, true] {
        for dark_until in [50, 54, 60] {
            let found = dimmed_to_black(gray, Some(dark_until));
            assert!(found.is_empty(), "gray {gray}, dark until {dark_until}: {found:?}");
        }
        // Held back, then reported once the picture has not come back: one dissolve, over the
        // way down.
        let stays = dimmed_to_black(gray, None);
        let over_the_way_down = |b: &Boundary| {
            b.transition == Transition::Dissolve
                && (40..=42).contains(&b.first)
                && (45..=51).contains(&b.last)
        };
        assert!(
            stays.len() == 1 && over_the_way_down(&stays[0]),
            "gray {gray}, a dimming that stays: {stays:?}"
        );
    }
}

/// The boundaries of a dark shot dimmed to black over frames 40-50, brought back over the 10
/// frames after `dark_until` (never, with `None`).
fn dimmed_to_black(gray: bool, dark_until: Option<u32>) -> Vec<Boundary> {
    let frames = (0..110u32).map(move |n| {
        let share = match dark_until {
            _ if n <= 50 => (1.0 - (50 - n) as f32 / 10.0).max(0.0),
            Some(until) => (1.0 - n.saturating_sub(until) as f32 / 10.0).max(0.0),
            None => 1.0,
        };
        frame(n, move |x, y| {
            if x < 24 && y < 9 {
                return [230.0, 40.0, 40.0];
            }
            scene(2, gray)(x, y).map(|c| (c * 0.1 + 20.0 - 0.25 * 255.0 * share).max(0.0))
        })
    });
    detect(frames, 24.0)
}
