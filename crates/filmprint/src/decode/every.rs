//! Reading every frame of a film, in order, for what needs all of them rather than samples
//! (shot boundaries): one demuxer and one decoder from the first frame to the last, the
//! decoder's own frame threads sharing the cores, each frame reduced at once to a signature.
//!
//! The demuxer and decoder run on a thread of their own, a few frames ahead of the caller:
//! the signatures and whatever `visit` does then fill the cores' idle moments while the
//! decoder waits on its frame threads, instead of holding the next packet back.

use std::sync::mpsc;

use super::probe::SeekTable;
use super::run::{Run, Timed};
use super::scale::Scaler;
use crate::error::{Error, Result};
use crate::frame::CropRect;
use crate::shots::FrameSignature;
use crate::source::{PictureOnDemand, VideoInfo};

/// Decoded frames waiting for their signature: enough to keep the decoder busy through a
/// slow frame of the caller's, few enough that memory stays a handful of full-size frames
/// (four ran no faster than two on the 720p benchmark film, run in turn).
const FRAMES_AHEAD: usize = 2;

/// Gives `visit` the timestamp and signature of every frame of the stream's time span, in
/// presentation order.
pub(crate) fn each_signature(
    info: &VideoInfo,
    seeks: &SeekTable,
    analysis_width: u32,
    threads: usize,
    crop: Option<CropRect>,
    visit: &mut dyn FnMut(i64, FrameSignature, PictureOnDemand<'_>) -> Result<()>,
) -> Result<()> {
    let mut run = Run::open(info, seeks, threads)?;
    let timeline = &info.timeline;
    run.seek(timeline.start, None)?;
    // Stops at the end, on an error, or when the caller stopped listening.
    let decode = move |sender: &mpsc::SyncSender<Result<Timed>>| {
        while let Some(next) = run.next_frame(None).transpose() {
            let failed = next.is_err();
            if sender.send(next).is_err() || failed {
                break;
            }
        }
    };
    read_ahead(FRAMES_AHEAD, decode, |frames| {
        let mut scaler = Scaler::new(analysis_width, crop, info.rotation);
        let decode_error = |action: String, source| super::decode_error(&info.path, action)(source);
        for timed in frames {
            let Timed { pts, frame } = timed?;
            // Frames of the keyframe's group before the span, or past a truncated file's end.
            if pts < timeline.start || pts >= timeline.end {
                continue;
            }
            let sar = info.sample_aspect;
            let signature = scaler
                .signature(&frame, sar)
                .map_err(|e| decode_error(format!("reading the frame at pts {pts}"), e))?;
            let scaler = &mut scaler;
            visit(pts, signature, &mut || {
                scaler
                    .picture(&frame, sar)
                    .map_err(|e| decode_error(format!("scaling the frame at pts {pts}"), e))
            })?;
        }
        Ok(())
    })
}

/// Runs `produce` on a thread of its own, at most `ahead` items ahead of `consume`, which
/// takes them in order on the calling thread. When `consume` returns, its receiver is dropped
/// and `produce`'s next send fails, which stops it. A panic of `produce` is an
/// [`Error::Internal`]: its dropped sender would otherwise look like the end of the film.
fn read_ahead<T: Send>(
    ahead: usize,
    produce: impl FnOnce(&mpsc::SyncSender<T>) + Send,
    consume: impl FnOnce(mpsc::Receiver<T>) -> Result<()>,
) -> Result<()> {
    let (sender, receiver) = mpsc::sync_channel::<T>(ahead);
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || produce(&sender));
        let consumed = consume(receiver);
        // The panic first: it is why a stream ended early.
        producer.join().map_err(|panic| Error::from_panic(&*panic))?;
        consumed
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_reading_ahead_is_an_error_not_an_early_end() {
        let mut seen = Vec::new();
        let result = read_ahead(
            2,
            |sender| {
                for i in 0..3 {
                    let _ = sender.send(i);
                }
                panic!("decoder bug after frame 2");
            },
            |items| {
                seen.extend(items);
                Ok(())
            },
        );
        assert_eq!(seen, [0, 1, 2]);
        match result {
            Err(Error::Internal(message)) => {
                assert!(message.contains("decoder bug after frame 2"), "{message}")
            }
            other => panic!("expected an internal error, got {other:?}"),
        }
    }

    #[test]
    fn reading_ahead_stops_the_producer_when_the_consumer_stops() {
        let mut sent = 0;
        let result = read_ahead(
            2,
            |sender| {
                // Endless unless the consumer's going away stops it.
                while sender.send(sent).is_ok() {
                    sent += 1;
                }
            },
            |items| {
                let taken: Vec<u64> = items.iter().take(5).collect();
                assert_eq!(taken, [0, 1, 2, 3, 4]);
                Err(Error::Cancelled)
            },
        );
        assert!(matches!(result, Err(Error::Cancelled)), "{result:?}");
        assert!(sent <= 5 + 2 + 1, "{sent} sent ahead of 5 taken");
    }
}
