//! Shot boundaries in generated video files whose cuts, dissolves and fades are known to the
//! frame, read through FFmpeg: every frame decoded, in color and in black and white.

use filmprint::decode::FfmpegSource;
use filmprint::frame::CropMode;
use filmprint::shots::{Boundary, Transition};
use filmprint::source::FrameSource;
use filmprint::{AnalysisSettings, NoProgress, find_shots};
use testkit::Clip;

const SIZE: &str = "320x180";

fn boundaries(clip: &Clip) -> (u64, Vec<Boundary>) {
    let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
    let settings = AnalysisSettings { crop: CropMode::None, ..AnalysisSettings::default() };
    let shots = find_shots(&source, &settings, 2, &NoProgress).unwrap();
    (shots.frames, shots.boundaries())
}

fn kinds(found: &[Boundary]) -> Vec<(Transition, u64, u64)> {
    found.iter().map(|b| (b.transition, b.first, b.last)).collect()
}

/// Lavfi sources joined by `graph` (a filter graph over inputs 0, 1, ...), in H.264 with a
/// keyframe every 30 frames.
fn lavfi_clip(name: &str, inputs: &[&str], graph: &str) -> Clip {
    let mut args = Vec::new();
    for input in inputs {
        args.extend(["-f", "lavfi", "-i", input]);
    }
    args.extend(["-filter_complex", graph, "-c:v", "libx264", "-g", "30"]);
    Clip::encode(name, &args)
}

/// A test card, a zooming fractal and color bars of `seconds` each at 25 fps, joined by
/// `graph` (see [`lavfi_clip`]).
fn card_fractal_bars(name: &str, [card, fractal, bars]: [f64; 3], graph: &str) -> Clip {
    let inputs = [
        format!("testsrc2=s={SIZE}:r=25:d={card}"),
        format!("mandelbrot=s={SIZE}:r=25,trim=duration={fractal}"),
        format!("smptebars=s={SIZE}:r=25:d={bars}"),
    ];
    lavfi_clip(name, &inputs.each_ref().map(String::as_str), graph)
}

#[test]
fn cuts_are_found_to_the_frame_in_color_and_in_black_and_white() {
    // A test card with moving parts (2 s), a zooming fractal (1.4 s), color bars (1.6 s), at
    // 25 fps: cuts at frames 50 and 85.
    for gray in ["", ",hue=s=0"] {
        let graph = format!("[0][1][2]concat=n=3:v=1:a=0,format=yuv420p{gray}");
        let clip = card_fractal_bars("cuts.mp4", [2.0, 1.4, 1.6], &graph);
        let (frames, found) = boundaries(&clip);
        assert_eq!(frames, 125);
        assert_eq!(
            kinds(&found),
            vec![(Transition::Cut, 50, 50), (Transition::Cut, 85, 85)],
            "gray {gray:?}"
        );
        assert!((found[0].first_s - 2.0).abs() < 1e-6 && (found[1].first_s - 3.4).abs() < 1e-6);
    }
}

#[test]
fn a_dissolve_and_a_fade_through_black_are_one_boundary_each() {
    // Test card, then an 0.8 s dissolve (FFmpeg's xfade, frames 40 to 59) into a fractal, a
    // fade out and in through black (frames 80 to 109), color bars.
    let graph = "[0][1]xfade=transition=fade:duration=0.8:offset=1.6,fade=t=out:st=3.2:d=0.6[a];\
                 [2]fade=t=in:st=0:d=0.6[b];[a][b]concat=n=2:v=1:a=0,format=yuv420p";
    let clip = card_fractal_bars("gradual.mp4", [2.4, 2.2, 2.0], graph);
    let (_, found) = boundaries(&clip);
    assert_eq!(found.len(), 2, "{:?}", kinds(&found));
    let (dissolve, fade) = (found[0], found[1]);
    assert_eq!(dissolve.transition, Transition::Dissolve, "{:?}", kinds(&found));
    assert!(dissolve.first.abs_diff(40) <= 2 && dissolve.last.abs_diff(59) <= 2, "{:?}", kinds(&found));
    assert_eq!(fade.transition, Transition::Fade, "{:?}", kinds(&found));
    assert!(fade.first.abs_diff(80) <= 2 && fade.last.abs_diff(109) <= 2, "{:?}", kinds(&found));
}

#[test]
fn a_fade_through_black_into_a_dark_grainy_title_card_is_one_fade() {
    // A test card, then FFmpeg's `xfade=fadeblack` over frames 50 to 79 into a title card: a
    // line of cream "words" on a dark brown ground, grainy. The card rises out of black so
    // slowly at first that its first frames change less than its own grain, and near black
    // they fit no mix of black and the card; it must still be one fade that reaches the card,
    // not a fade out and then a dissolve into the card.
    for gray in ["", ",hue=s=0"] {
        let card = format!(
            "color=c=0x181410:s={SIZE}:r=25:d=4,drawbox=x=110:y=86:w=100:h=6:color=0xe8d8b0:t=fill,\
             noise=alls=16:allf=t"
        );
        let graph = format!("[0][1]xfade=transition=fadeblack:duration=1.2:offset=2,format=yuv420p{gray}");
        let clip = lavfi_clip("card.mp4", &[&format!("testsrc2=s={SIZE}:r=25:d=4"), &card], &graph);
        let (_, found) = boundaries(&clip);
        assert_eq!(found.len(), 1, "gray {gray:?}: {:?}", kinds(&found));
        let fade = found[0];
        assert_eq!(fade.transition, Transition::Fade, "gray {gray:?}: {:?}", kinds(&found));
        assert!(
            fade.first.abs_diff(50) <= 2 && (70..=81).contains(&fade.last),
            "gray {gray:?}: {:?}",
            kinds(&found)
        );
    }
}

#[test]
fn a_fade_in_that_lifts_crushed_grain_out_of_black_is_one_fade() {
    // A test card, then `xfade=fadeblack` over frames 50 to 79 into a grainy dark card with a
    // pale line, under a grade that crushes its blacks to black: the grain stays black until
    // the fade has lifted it past the crush, then rises out of black in a few frames. Near
    // black a few codes are a large change of lightness, so that step changes the frame far
    // more than those around it, holds little of where the next frames go and fits a mix of
    // black and the card only loosely: it is still the fade, not a cut after a fade out.
    for (ground, grain) in [("0x202020", 12), ("0x202020", 20), ("0x282828", 12), ("0x282828", 20)] {
        let card = format!(
            "color=c={ground}:s={SIZE}:r=25:d=4,drawbox=x=110:y=86:w=100:h=6:color=0xe8e8e8:t=fill,\
             noise=alls={grain}:allf=t"
        );
        for crush in ["0.03", "0.05"] {
            for gray in ["", ",hue=s=0"] {
                let graph = format!(
                    "[0][1]xfade=transition=fadeblack:duration=1.2:offset=2,format=gbrp,\
                     curves=all='0/0 {crush}/0 1/1',format=yuv420p{gray}"
                );
                let clip =
                    lavfi_clip("crushed.mp4", &[&format!("testsrc2=s={SIZE}:r=25:d=4"), &card], &graph);
                let (_, found) = boundaries(&clip);
                let what = format!(
                    "ground {ground}, grain {grain}, crush {crush}, gray {gray:?}: {:?}",
                    kinds(&found)
                );
                assert_eq!(found.len(), 1, "{what}");
                let fade = found[0];
                assert_eq!(fade.transition, Transition::Fade, "{what}");
                assert!(fade.first.abs_diff(50) <= 2 && (74..=86).contains(&fade.last), "{what}");
            }
        }
    }
}

#[test]
fn a_flash_and_a_fast_pan_are_no_boundaries() {
    // Two frames lit by a flash; then the camera sweeping 10 pixels a frame across a wide card.
    let flash = format!("testsrc2=s={SIZE}:r=25:d=3,drawbox=c=white@0.8:t=fill:enable='between(n,40,41)'");
    let pan = "testsrc2=s=1280x180:r=25:d=4,crop=w=320:h=180:x='min(n*10\\,960)':y=0";
    for (name, graph) in [("flash.mp4", flash.as_str()), ("pan.mp4", pan)] {
        let clip = Clip::encode(
            name,
            &["-f", "lavfi", "-i", graph, "-c:v", "libx264", "-g", "30", "-pix_fmt", "yuv420p"],
        );
        let (_, found) = boundaries(&clip);
        assert!(found.is_empty(), "{name}: {:?}", kinds(&found));
    }
    // The pan is a hard case: far from its start at its end, every frame well apart from the
    // last, as in a dissolve.
    let clip = Clip::encode("pan.mp4", &["-f", "lavfi", "-i", pan, "-c:v", "libx264", "-pix_fmt", "yuv420p"]);
    let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
    let mut frames = Vec::new();
    source
        .each_signature(1, None, &mut |_, signature, _| {
            frames.push(signature);
            Ok(())
        })
        .unwrap();
    assert!(frames[0].difference(&frames[96]) > 0.1);
    let steps: Vec<f32> = (1..96).map(|n| frames[n].difference(&frames[n - 1])).collect();
    assert!(steps.iter().all(|&s| s > 0.005), "{steps:?}");
}

#[test]
fn a_whip_pan_back_and_forth_over_smooth_shapes_is_no_dissolve() {
    // The camera holds still for a second, then swings left and right across soft circular
    // gradients (drawn with `geq`: FFmpeg's `gradients` source is not the same from run to
    // run), up to 24 pixels a frame: the blurred, smooth frames between its turns fit mixes of
    // the frames around them as a dissolve's do, but the camera's move explains their changes.
    // Its first frames, where it starts at full speed out of the still hold, are left out: in
    // color they still make one false dissolve (a known limit).
    for gray in ["", ",hue=s=0"] {
        let graph = format!(
            "nullsrc=s=640x360:r=25:d=5,format=yuv420p,geq=lum='128+90*sin(hypot(X-200,Y-150)/45)':\
             cb='128+60*sin(hypot(X-450,Y-220)/70)':cr='128+60*cos(hypot(X-300,Y-100)/55)',\
             crop=320:180:x='160+80*sin(max(n-25\\,0)*0.3)':y=90,format=yuv420p{gray}"
        );
        let clip = Clip::encode("whip.mp4", &["-f", "lavfi", "-i", &graph, "-c:v", "libx264", "-g", "30"]);
        let (_, found) = boundaries(&clip);
        let later: Vec<_> = found.iter().filter(|b| b.first > 30).collect();
        assert!(later.is_empty(), "gray {gray:?}: {:?}", kinds(&found));
    }
}

#[test]
fn a_flare_that_dies_away_is_no_dissolve() {
    // A zooming fractal lit by a flare (a flambé's blaze, the sun into the lens) that rises
    // and dies away around frame 50: its rise fits a dissolve into a lighter picture, but the
    // picture comes back to what it was. A quick one (dying within the run of raised
    // differences), and a slow one (its run ends before it has died away; and slow enough
    // for the follower of slow dissolves, which looks at every fourth frame, to see it).
    for width in [2, 8] {
        for gray in ["", ",hue=s=0"] {
            let graph = format!(
                "mandelbrot=s={SIZE}:r=25,eq=brightness='0.3*exp(-abs(n-50)/{width})':eval=frame,\
                 format=yuv420p{gray}"
            );
            let clip = Clip::encode(
                "flare.mp4",
                &["-f", "lavfi", "-t", "4", "-i", &graph, "-c:v", "libx264", "-g", "30"],
            );
            let (frames, found) = boundaries(&clip);
            assert_eq!(frames, 100);
            assert!(found.is_empty(), "width {width}, gray {gray:?}: {:?}", kinds(&found));
        }
    }
}

#[test]
fn a_flash_in_the_shot_after_a_dissolve_leaves_the_dissolve() {
    // A lit fractal dissolving (0.8 s from frame 40) into the same fractal unlit, held; then,
    // 6 or 8 frames after the dissolve, a flash lights it up again for three frames: the
    // picture comes back near the one before the dissolve, but all at once and not to stay,
    // as a flare dying away does not. The dissolve stays (and the flash is no cut).
    for flash in [26, 28] {
        for gray in ["", ",hue=s=0"] {
            let fractal = format!("mandelbrot=s={SIZE}:r=25,trim=duration=2.4");
            let graph = format!(
                "[0]eq=brightness=0.35[lit];[1]eq=brightness='0.35*between(n,{flash},{})':eval=frame[f];\
                 [lit][f]xfade=transition=fade:duration=0.8:offset=1.6,format=yuv420p{gray}",
                flash + 2
            );
            let clip = lavfi_clip("flash-after.mp4", &[&fractal, &fractal], &graph);
            let (frames, found) = boundaries(&clip);
            assert_eq!(frames, 100);
            let kinds = kinds(&found);
            let dissolve = matches!(kinds[..], [(Transition::Dissolve, 38..=44, 58..=61)]);
            assert!(dissolve, "flash at {flash}, gray {gray:?}: {kinds:?}");
        }
    }
}

#[test]
fn a_flash_of_color_is_no_cut_but_a_cut_into_a_tint_that_stays_is() {
    // A game's red hurt frames over a moving test card (two strong, one faint, from frame
    // 50), a blue flash of two frames over a zooming fractal: the picture's hue, not its
    // light, makes most of the change, and it goes again (both were two false cuts before).
    // The same red cast from frame 50 on, staying, is a cut. And a deep blue shot darkening
    // over four frames, then cut at frame 50 back to it lit, keeps its cut: the darkening
    // shifts the mean hue too, but less than the light (lost without that guard).
    let darkening = "if(between(N,46,49),1-(N-45)*0.15,1)";
    let flashes = [
        "testsrc2=s={SIZE}:r=25,drawbox=c=0xff2020@0.55:t=fill:enable='between(n,50,51)',\
         drawbox=c=0xff2020@0.25:t=fill:enable='eq(n,52)'"
            .to_string(),
        "mandelbrot=s={SIZE}:r=25,drawbox=c=0x20a0ff@0.5:t=fill:enable='between(n,50,51)'".to_string(),
        "testsrc2=s={SIZE}:r=25,drawbox=c=0xff2020@0.55:t=fill:enable='gte(n,50)'".to_string(),
        format!("testsrc2=s={SIZE}:r=25,hue=s=0,format=gbrp,geq=r='0':g='0':b='b(X,Y)*{darkening}'"),
    ];
    for (i, graph) in flashes.iter().enumerate() {
        let graph = format!("{},format=yuv420p", graph.replace("{SIZE}", SIZE));
        let clip = Clip::encode(
            "color-flash.mp4",
            &["-f", "lavfi", "-t", "4", "-i", &graph, "-c:v", "libx264", "-g", "30"],
        );
        let (frames, found) = boundaries(&clip);
        assert_eq!(frames, 100);
        let found = kinds(&found);
        match i {
            0 | 1 => assert!(found.is_empty(), "{graph}: {found:?}"),
            2 => assert_eq!(found, vec![(Transition::Cut, 50, 50)], "{graph}"),
            _ => assert!(found.contains(&(Transition::Cut, 50, 50)), "{graph}: {found:?}"),
        }
    }
}

#[test]
fn a_cut_under_exposure_flicker_into_a_darker_framing_is_a_cut() {
    // A time-lapse's exposure flicker over a grey scene, cut at frame 56 to a darker, closer
    // framing of it: the flicker darkened the frame before the cut towards the new shot, which
    // looked like the first step of a dissolve (a two-frame dissolve at 54-55 before). With the
    // light taken out, that frame holds nothing of the new shot.
    let scene = format!("testsrc2=s={SIZE}:r=25:d=2.24,hue=s=0.3,eq=contrast=0.35");
    let closer = format!(
        "testsrc2=s={SIZE}:r=25:d=1.76,crop=iw*0.5:ih*0.5:iw*0.3:ih*0.3,scale=320:180,hue=s=0.3,\
         eq=contrast=0.35:brightness=-0.25"
    );
    for gray in ["", ",hue=s=0"] {
        let graph = format!(
            "[0][1]concat=n=2:v=1,eq=brightness='0.035*sin(n*2.7)+0.025*sin(n*5.3+1)':eval=frame,\
             noise=alls=20:allf=t+u:all_seed=5,format=yuv420p{gray}"
        );
        let clip = lavfi_clip("flicker-cut.mp4", &[&scene, &closer], &graph);
        let (frames, found) = boundaries(&clip);
        assert_eq!(frames, 100);
        assert_eq!(kinds(&found), vec![(Transition::Cut, 56, 56)], "gray {gray:?}");
    }
}

#[test]
fn cuts_into_and_out_of_a_shot_whose_camera_hunts_for_its_exposure_are_cuts() {
    // A grey scene whose brightness pumps from frame to frame (a camera's auto-gain hunting)
    // between two calm shots: cut into it at 50 from a darker framing (its first frame looked
    // like the start of a dissolve, the next ones being lit otherwise), and out of it at 98 to
    // a closer framing (the flicker, on one side of the cut only, made the cut no peak).
    let hunting = |phase: u32| {
        format!(
            "testsrc2=s={SIZE}:r=25:d=1.92,hue=s=0.3,eq=contrast=0.35,\
             eq=brightness='0.045*sin(n*1.7+{phase})+0.03*sin(n*0.6+{phase})':eval=frame"
        )
    };
    let framing = |seconds: &str, crop: &str, brightness: &str| {
        format!(
            "testsrc2=s={SIZE}:r=25:d={seconds},crop={crop},scale=320:180,setsar=1,hue=s=0.3,\
             eq=contrast=0.35:brightness={brightness}"
        )
    };
    let darker = framing("2", "iw*0.7:ih*0.7:iw*0.3:ih*0.3", "-0.2");
    let closer = framing("1.6", "iw*0.8:ih*0.8:iw*0.05:ih*0.05", "0");
    let bars = "smptebars=s=320x180:r=25:d=2,eq=contrast=0.6".to_string();
    for (first, phase) in [(&darker, 4), (&bars, 0)] {
        for gray in ["", ",hue=s=0"] {
            let graph =
                format!("[0][1][2]concat=n=3:v=1,noise=alls=20:allf=t+u:all_seed=7,format=yuv420p{gray}");
            let clip = lavfi_clip("gain-hunting.mp4", &[first, &hunting(phase), &closer], &graph);
            let (frames, found) = boundaries(&clip);
            assert_eq!(frames, 138);
            assert_eq!(
                kinds(&found),
                vec![(Transition::Cut, 50, 50), (Transition::Cut, 98, 98)],
                "phase {phase}, gray {gray:?}"
            );
        }
    }
}

#[test]
fn a_tape_glitch_is_no_cut_but_the_cut_after_it_is() {
    // Frames 40 and 41 have bands of lines displaced sideways (a tape glitch): two false cuts
    // (into the glitch and out of it) before, as its light neither rises nor falls. The
    // picture from before it is back at frame 42; the cut to color bars at 75 stays.
    let shift = |plane: &str, by: u32, band: u32, width: u32| {
        format!("{plane}='{plane}(mod(X+{by}*between(N,40,41)*gt(sin(floor(Y/{band})*7.7),0),{width}),Y)'")
    };
    let glitch = format!(
        "format=yuv420p,geq={}:{}:{}",
        shift("lum", 60, 12, 320),
        shift("cb", 30, 6, 160),
        shift("cr", 30, 6, 160)
    );
    let card = format!("testsrc2=s={SIZE}:r=25:d=3,hue=s=0.5");
    let bars = format!("smptebars=s={SIZE}:r=25:d=1");
    for gray in ["", ",hue=s=0"] {
        let graph = format!(
            "[0]{glitch}[g];[g][1]concat=n=2:v=1,noise=alls=12:allf=t+u:all_seed=3,format=yuv420p{gray}"
        );
        let clip = lavfi_clip("glitch.mp4", &[&card, &bars], &graph);
        let (frames, found) = boundaries(&clip);
        assert_eq!(frames, 100);
        assert_eq!(kinds(&found), vec![(Transition::Cut, 75, 75)], "gray {gray:?}");
    }
}

#[test]
fn a_picture_smaller_than_the_grid_keeps_its_colors() {
    // 48×32 in 4:2:0: its chroma planes (24×16) have fewer samples than the 64×36 grid has
    // cells, so the grid is taken from the picture (no cell is left empty, i.e. green).
    let clip = Clip::encode(
        "tiny.mp4",
        &["-f", "lavfi", "-i", "color=c=red:s=48x32:r=25:d=1", "-c:v", "libx264", "-pix_fmt", "yuv420p"],
    );
    let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
    let settings = AnalysisSettings { crop: CropMode::None, ..AnalysisSettings::default() };
    let shots = find_shots(&source, &settings, 1, &NoProgress).unwrap();
    assert_eq!(shots.shots.len(), 1);
    let clusters = &shots.shots[0].clusters;
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    let [r, g, b] = clusters[0].rgb();
    assert!(r > 230 && g < 30 && b < 30, "{:?}", clusters[0]);
}
