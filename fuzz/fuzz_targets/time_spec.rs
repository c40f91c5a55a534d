//! `--start` and `--end` as typed (`1:02:03.5`, `95s`, `12m`, `5%`, `-8:00`), and as a saved
//! fingerprint holds them: any string may be refused, none may panic; an accepted time is a
//! finite, non-negative amount, is written back (as the JSON stores it) to the same value, and
//! always falls inside the stream it is applied to.
#![no_main]

use filmprint::sample::TimeSpec;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(spec) = text.parse::<TimeSpec>() else { return };
    match spec {
        TimeSpec::FromStart(s) | TimeSpec::FromEnd(s) => {
            assert!(s.is_finite() && s >= 0.0, "{text:?} gave {spec:?}")
        }
        TimeSpec::Percent(p) => assert!((0.0..=100.0).contains(&p), "{text:?} gave {spec:?}"),
    }
    let written = spec.to_string();
    assert_eq!(written.parse::<TimeSpec>(), Ok(spec), "{text:?} gave {spec:?}, written {written:?}");
    for duration in [0.0, 0.04, 95.0, 7200.0, 1e9] {
        let at = spec.seconds(duration);
        assert!((0.0..=duration).contains(&at), "{spec:?} of a {duration} s stream is at {at}");
    }
});
