//! The detector where a run of raised differences must end by itself (the new shot moves or
//! is grainier than the old one, for longer than any transition lasts) or begins before the
//! transition it holds, where frames stay flat while they fade, where the light flickers, and
//! where a cut must be a peak (a whip pan's fastest frame is none).

use super::*;
use crate::shots::detect::{FLAT, GRADUAL_LOW, GRADUAL_MIN, PEAK};

/// Scene `seed` with `extra` times the usual grain on top (a grainier film stock).
fn grainy(seed: u32, n: u32, extra: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let rgb = scene(seed, false)(x, y);
        std::array::from_fn(|c| rgb[c] + extra * grain(n + 7919, x, y, c as u32))
    }
}

/// The one boundary found, of kind `transition`, from about `first` to about `last`.
fn assert_one(found: &[Boundary], transition: Transition, first: u64, last: u64) {
    assert_eq!(found.len(), 1, "{found:?}");
    let b = found[0];
    assert_eq!(b.transition, transition, "{b:?}");
    assert!(b.first.abs_diff(first) <= 2 && b.last.abs_diff(last) <= 3, "{b:?}");
}

#[test]
fn a_still_shot_dissolving_into_a_long_panning_shot_is_one_dissolve() {
    // Still scene A to frame 29, a dissolve over 30..=41 into scene B, which pans on for ten
    // seconds: its frames keep differing from the last far more than A's did, so the run of
    // raised differences must end when the mix does, not when the pan does (never, here).
    let frames = (0..300u32).map(|n| {
        let t = ((n as f32 - 29.0) / 13.0).clamp(0.0, 1.0);
        frame(n, move |x, y| mix(scene(1, false)(x, y), scene(8, false)(x + 2 * n, y), t))
    });
    // B pans while it mixes in, so the frames towards the end fit a mix less well: the
    // boundary may end a few frames early, but within the dissolve.
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Dissolve);
    assert!(found[0].first.abs_diff(30) <= 2 && (35..=43).contains(&found[0].last), "{:?}", found[0]);
}

#[test]
fn a_fade_in_from_black_into_a_long_grainy_shot_is_found() {
    // Black to frame 29, a fade in over 30..=41 into a shot four times as grainy as the rest
    // of the tests' frames, which lasts ten seconds.
    let frames = (0..300u32).map(|n| {
        let level = ((n as f32 - 29.0) / 13.0).clamp(0.0, 1.0);
        frame(n, move |x, y| if level == 0.0 { [0.0; 3] } else { grainy(3, n, 4.0)(x, y).map(|c| c * level) })
    });
    assert_one(&detect(frames, 25.0), Transition::Fade, 30, 41);
}

#[test]
fn a_fade_through_black_into_an_even_grey_shot_reaches_the_grey() {
    // Scene A to frame 29, fade out over 30..=39, black 40..=43, then a fade in over 44..=53
    // to an even grey: every frame of the fade in is as flat as black (each cell the frame's
    // mean), yet it is no hold, and the fade ends where the grey is reached.
    let frames = (0..120u32).map(|n| {
        let (grey, level) = match n {
            0..30 => (false, 1.0),
            30..40 => (false, 1.0 - (n - 29) as f32 / 11.0),
            40..44 => (false, 0.0),
            44..54 => (true, (n - 43) as f32 / 10.0),
            _ => (true, 1.0),
        };
        frame(n, move |x, y| {
            let rgb = if grey { [120.0; 3] } else { scene(1, false)(x, y) };
            rgb.map(|c| c * level)
        })
    });
    let frames: Vec<FrameSignature> = frames.collect();
    assert!((40..120).all(|n| frames[n].is_flat(FLAT)));
    assert_one(&detect(frames, 25.0), Transition::Fade, 30, 53);
}

#[test]
fn a_cut_under_a_flickering_light_is_found_and_the_flicker_is_no_cut() {
    // An old print's lamp flickers: every frame is lightened or darkened by up to 30 codes
    // (FFmpeg's eq brightness of ±0.12, as `sin(2.9 n)`), in two shots cut at frame 40.
    let flicker = |n: u32| 30.0 * (n as f32 * 2.9).sin();
    for gray in [false, true] {
        let shot = move |n: u32| {
            frame(n, move |x, y| scene(if n < 40 { 2 } else { 6 }, gray)(x, y).map(|c| c + flicker(n)))
        };
        let frames: Vec<FrameSignature> = (0..80).map(shot).collect();
        // A hard case: the cut differs from the frame before less than three times as much as
        // the flicker makes the frames around it differ.
        let step = |n: usize| frames[n].difference(&frames[n - 1]);
        let mut around: Vec<f32> = (34..47).filter(|&n| n != 40).map(step).collect();
        around.sort_by(f32::total_cmp);
        assert!(step(40) < CUT_RATIO * around[around.len() / 2], "gray {gray}: {} {:?}", step(40), around);
        assert_eq!(cuts(&detect(frames, 25.0)), vec![40], "gray {gray}");
        let still: Vec<FrameSignature> =
            (0..80).map(|n| frame(n, move |x, y| scene(2, gray)(x, y).map(|c| c + flicker(n)))).collect();
        let found = detect(still, 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn a_dissolve_into_a_grainy_shot_ends_before_the_next_one() {
    // Still scene A, a dissolve over 30..=41 into a shot four times as grainy, which lasts to
    // frame 119, and a dissolve over 120..=131 into still scene C: the grain keeps every frame
    // of B raised against A, yet the first dissolve's run ends when B is reached, so that the
    // second is a boundary of its own.
    let frames = (0..180u32).map(|n| {
        let first = ((n as f32 - 29.0) / 13.0).clamp(0.0, 1.0);
        let second = ((n as f32 - 119.0) / 13.0).clamp(0.0, 1.0);
        frame(n, move |x, y| {
            mix(mix(scene(1, false)(x, y), grainy(8, n, 4.0)(x, y), first), scene(5, false)(x, y), second)
        })
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 2, "{found:?}");
    for (b, (first, last)) in found.iter().zip([(30, 41), (120, 131)]) {
        assert_eq!(b.transition, Transition::Dissolve, "{b:?}");
        assert!(b.first.abs_diff(first) <= 2 && b.last.abs_diff(last) <= 3, "{b:?}");
    }
}

#[test]
fn a_fade_through_a_dim_frame_into_a_grainy_shot_ends_before_the_next_dissolve() {
    // Scene A pans as it fades down to a tenth of its light over 30..=41 (dim, not flat: no
    // frame is a hold), and a shot four times as grainy fades up out of it over 42..=53,
    // lasting to frame 139; then a dissolve over 140..=151 into still scene C. The first run's
    // frames are no mixes of its ends (A moves), but its contrast dips deep, so it ends when
    // the grainy shot is reached, and the dissolve is a boundary of its own.
    let frames = (0..200u32).map(|n| {
        let level = match n {
            0..30 => 1.0,
            30..42 => 1.0 - 0.9 * (n - 29) as f32 / 12.0,
            42..54 => 0.1 + 0.9 * (n - 41) as f32 / 12.0,
            _ => 1.0,
        };
        let t = ((n as f32 - 139.0) / 13.0).clamp(0.0, 1.0);
        let offset = 4 * n.saturating_sub(29);
        frame(n, move |x, y| {
            let shot = if n < 42 { scene(1, false)(x + offset, y) } else { grainy(8, n, 4.0)(x, y) };
            mix(shot.map(|c| c * level), scene(5, false)(x, y), t)
        })
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].first.abs_diff(30) <= 2 && (38..=56).contains(&found[0].last), "{:?}", found[0]);
    assert_eq!(found[1].transition, Transition::Dissolve, "{:?}", found[1]);
    assert!(found[1].first.abs_diff(140) <= 2 && found[1].last.abs_diff(151) <= 3, "{:?}", found[1]);
}

#[test]
fn a_whip_pan_too_fast_for_the_motion_search_is_no_cut() {
    // The camera whips across the scene as a sigmoid, fastest at frame 40 (80 pixels a frame in
    // a 96-pixel frame: beyond the motion search's reach, so nothing explains the move), slow
    // at both ends. Its differences rise and fall over several frames; the fastest frame
    // stands out from the shot's median, but hardly from its neighbours, as no cut does.
    let offset = |n: u32| (300.0 / (1.0 + ((40.0 - n as f32) * 1.1).exp())) as u32;
    let frames: Vec<FrameSignature> =
        (0..80u32).map(|n| frame(n, move |x, y| scene(4, false)(x + offset(n), y))).collect();
    let step = |n: usize| frames[n].difference(&frames[n - 1]);
    assert!(step(40) > 3.0 * step(20) && step(40) > CUT_MIN, "{} {}", step(40), step(20));
    let fastest = (30..50).max_by(|&a, &b| step(a).total_cmp(&step(b))).unwrap_or(40);
    assert!(step(fastest) < PEAK * step(fastest - 1).max(step(fastest + 1)), "{}", step(fastest));
    let found = detect(frames, 25.0);
    assert!(cuts(&found).is_empty(), "{found:?}");
}

#[test]
fn a_title_card_fading_in_out_of_black_is_part_of_the_fade() {
    // Scene A fades out over 30..=39, digital black holds over 40..=45, and a title card — a
    // line of small white words on black, a few percent of the frame, without grain as titles
    // are made — fades in over 46..=57 and holds. Each step of the fade in changes the frame
    // by less than a gradual transition's usual floor, and the card differs from black by
    // less than a dissolve's ends must; but it rises out of a still black hold, and the fade
    // reaches the card.
    let words = |x: u32, y: u32| (26..28).contains(&y) && (24..72).contains(&x) && x % 4 != 3;
    let frames: Vec<FrameSignature> = (0..110u32)
        .map(|n| match n {
            0..30 => frame(n, scene(1, false)),
            30..40 => frame(n, move |x, y| scene(1, false)(x, y).map(|c| c * (1.0 - (n - 29) as f32 / 11.0))),
            40..46 => clean(|_, _| [0.0; 3]),
            _ => {
                let level = ((n - 45) as f32 / 12.0).min(1.0);
                clean(move |x, y| if words(x, y) { [235.0 * level; 3] } else { [0.0; 3] })
            }
        })
        .collect();
    // The hard case: each step of the fade in is below a gradual transition's usual floor,
    // and the card is closer to black than a dissolve's ends must be.
    assert!((47..58).all(|n| frames[n].difference(&frames[n - 1]) < GRADUAL_LOW));
    assert!(frames[45].difference(&frames[60]) < GRADUAL_MIN);
    assert_one(&detect(frames, 25.0), Transition::Fade, 30, 57);
}

#[test]
fn a_cut_after_a_frame_the_flicker_darkened_towards_the_next_shot_is_found() {
    // A flickering print (±3 codes from frame to frame), cut at frame 40 into a darker shot,
    // and the lamp happens to dim the frame before the cut by 11 codes: that frame alone lies
    // a little of the way from the old shot to the new one (within the mix test's tolerance),
    // as a frame of a fade would, but the frames before it do not. Taken for a fade's last
    // step before the rule that a lone frame under flicker must hold a good part of the next.
    let flicker = |n: u32| match n {
        39 => -11.0,
        _ if n.is_multiple_of(2) => 3.0,
        _ => -3.0,
    };
    for gray in [false, true] {
        let shot = move |n: u32| {
            frame(n, move |x, y| {
                let shot = if n < 40 { scene(2, gray)(x, y) } else { scene(6, gray)(x, y).map(|c| 0.6 * c) };
                shot.map(|c| c + flicker(n))
            })
        };
        let frames: Vec<FrameSignature> = (0..80).map(shot).collect();
        let found = detect(frames, 25.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert_eq!(cuts(&found), vec![40], "gray {gray}");
    }
}

#[test]
fn a_cut_into_white_and_a_fade_in_out_of_it_are_one_fade() {
    // A fade through white whose first half is one frame: scene A to frame 39, frame 40
    // nearly white, frame 41 white, then a fade in over 42..=49 into scene B. One boundary
    // (a fade from 40 to 49), not a cut and a fade. After a white hold of half a second the
    // fade in is a boundary of its own, and the cut into white stays a cut.
    for gray in [false, true] {
        let frames = (0..100u32).map(|n| {
            frame(n, move |x, y| match n {
                0..40 => scene(1, gray)(x, y),
                40 => mix(scene(1, gray)(x, y), [250.0; 3], 0.9),
                41 => [250.0; 3],
                42..50 => mix([250.0; 3], scene(5, gray)(x, y), (n - 41) as f32 / 9.0),
                _ => scene(5, gray)(x, y),
            })
        });
        let found = detect(frames, 25.0);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].transition, found[0].first), (Transition::Fade, 40), "{found:?}");
        assert!(found[0].last.abs_diff(49) <= 3, "{found:?}");
        let held = (0..100u32).map(|n| {
            frame(n, move |x, y| match n {
                0..40 => scene(1, gray)(x, y),
                40..64 => [250.0; 3],
                64..72 => mix([250.0; 3], scene(5, gray)(x, y), (n - 63) as f32 / 9.0),
                _ => scene(5, gray)(x, y),
            })
        });
        // Streamed: the cut comes out once no fade in can join it, before the fade in begins
        // (not held back, with the pictures waiting for its shot, until the hold ends; the
        // detector looks up to a slow flash's length ahead, so the hold is a second long).
        let mut detector = ShotDetector::new();
        let mut found = Vec::new();
        for (n, signature) in held.enumerate() {
            for boundary in detector.push(n as u64, n as f64 / 25.0, signature) {
                found.push((boundary, n));
            }
        }
        found.extend(detector.finish().into_iter().map(|b| (b, 100)));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].0.transition, found[0].0.first), (Transition::Cut, 40), "{found:?}");
        assert!(found[0].1 < 64, "the cut came out at frame {}", found[0].1);
        assert_eq!(found[1].0.transition, Transition::Fade, "{found:?}");
    }
}

#[test]
fn cuts_into_and_out_of_a_shot_moving_two_ways_are_cuts() {
    // Still scene A to frame 29, then scene B at 30..=79, its top half panning one way and its
    // bottom half the other (a tracking shot's parallax: no one shift of the picture explains
    // it), then still scene C. B changes so much from frame to frame that the cut into it
    // outdoes the neighbourhood's median (B's frames) less than `CUT_RATIO` times, and was
    // missed; weighed side by side, it outdoes the still side by far and the moving side still
    // clearly. (The cut out of B was found before too.)
    let moving = |n: u32| {
        move |x: u32, y: u32| {
            let shift = 9 * n;
            scene(6, false)(if y < SIZE.1 / 2 { x + shift } else { x + 400 - shift % 400 }, y)
        }
    };
    let frames: Vec<FrameSignature> = (0..110u32)
        .map(|n| match n {
            0..30 => frame(n, scene(2, false)),
            30..80 => frame(n, moving(n)),
            _ => frame(n, scene(9, false)),
        })
        .collect();
    let step = |n: usize| frames[n].difference(&frames[n - 1]);
    let mut around: Vec<f32> = (31..37).map(step).collect();
    around.sort_by(f32::total_cmp);
    assert!(step(30) < CUT_RATIO * around[2] && step(30) > 2.0 * around[3], "{} {around:?}", step(30));
    assert_eq!(cuts(&detect(frames, 25.0)), vec![30, 80]);
}

#[test]
fn a_dissolve_right_after_the_camera_jolts_is_found_from_its_own_start() {
    // A still shot; the camera jolts over frames 40..=45 (the picture jumps 5 pixels up and
    // down, which is no cut), and at once the shot dissolves into another over frames
    // 46..=57. The run of raised differences starts with the jolt, whose frames are no mix of
    // anything: the dissolve is a mix from the frame before its own first frame.
    let frames: Vec<FrameSignature> = (0..100u32)
        .map(|n| {
            let jolt = if (40..46).contains(&n) { 5 * (n % 2) + 1 } else { 0 };
            let t = ((n as f32 - 45.0) / 13.0).clamp(0.0, 1.0);
            frame(n, move |x, y| mix(scene(2, false)(x, y + jolt), scene(9, false)(x, y), t))
        })
        .collect();
    assert_one(&detect(frames, 25.0), Transition::Dissolve, 46, 57);
}

#[test]
fn light_switched_on_and_off_in_a_shot_is_no_cut() {
    // A night scene (scene 3 at a tenth of its light) with a striped balloon, dim, which its
    // burner lights from frame 40 to 69; at 90 a cut to another night scene, its balloon
    // elsewhere. Lit or not, the balloon keeps its shapes: two changes of light, one cut.
    for gray in [false, true] {
        let night = move |seed: u32, lit: bool| {
            move |x: u32, y: u32| {
                if (x as f32 - 6.0 * seed as f32 - 30.0).hypot(y as f32 - 27.0) < 18.0 {
                    let stripe = if x % 12 < 6 { [200.0, 120.0, 60.0] } else { [150.0, 60.0, 40.0] };
                    let stripe = if gray {
                        [0.3 * stripe[0] + 0.59 * stripe[1] + 0.11 * stripe[2]; 3]
                    } else {
                        stripe
                    };
                    stripe.map(|c| c * if lit { 1.0 } else { 0.4 })
                } else {
                    scene(seed, gray)(x, y).map(|c| c * 0.1)
                }
            }
        };
        let frames = (0..120).map(|n| {
            let seed = if n < 90 { 3 } else { 9 };
            frame(n, night(seed, (40..70).contains(&n)))
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![90], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_cut_the_lamp_darkens_under_a_strong_flicker_is_no_flash() {
    // A print whose lamp flickers hard (up to ±30 codes from frame to frame) and whose
    // picture weaves (a pixel up and down); at frame 40 a cut into another shot of like
    // shapes, on a frame the lamp dims by 40 codes more. Most of the cut's change is light,
    // and the flicker's large differences allow much for the picture coming back: taken for
    // a dark flash until the flash had to be one with the light taken out too.
    let flicker = |n: u32| 30.0 * (n as f32 * 2.9).sin() - if n == 40 { 40.0 } else { 0.0 };
    for gray in [false, true] {
        let frames = (0..80).map(|n| {
            frame(n, move |x, y| {
                let y = y + n % 2;
                scene(if n < 40 { 2 } else { 4 }, gray)(x, y).map(|c| c + flicker(n))
            })
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_fade_out_lost_in_a_flickering_light_is_found_by_its_last_step_into_black() {
    // An old print's lamp flickers hard (its gain jumps at random by up to a quarter either
    // way) from a cut at frame 20; from frame 60 the picture fades out in three steps into black,
    // held to 72, then fades in over ten frames into a night scene at a tenth of the light.
    // The flicker hides the fade's steps, so no run of raised differences forms; its last
    // step into black is a step of a gradual change, but of none the detector follows.
    let gain = |n: u32| 0.6 + 0.15 * grain(n, 1, 1, 7) / 4.0;
    for gray in [false, true] {
        let frames = (0..110).map(|n| {
            let light = match n {
                0..20 => 0.6,
                20..60 => gain(n),
                60..63 => gain(n) * (63 - n) as f32 / 4.0,
                63..72 => 0.0,
                72..82 => 0.1 * (n - 71) as f32 / 10.0,
                _ => 0.1,
            };
            let seed = match n {
                0..20 => 7,
                20..63 => 2,
                _ => 5,
            };
            frame(n, move |x, y| scene(seed, gray)(x, y).map(|c| c * light))
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![20], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 2, "gray {gray}: {found:?}");
        assert!((59..=63).contains(&found[1].first), "gray {gray}: {found:?}");
        assert_eq!(found[1].transition, Transition::Fade, "gray {gray}: {found:?}");
    }
}
