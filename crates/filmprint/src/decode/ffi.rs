//! The handful of FFmpeg calls that `ffmpeg-next` does not wrap: reading the demuxer's seek
//! index, seeking on one stream's time base, telling the demuxer to drop other streams, and
//! giving swscale the stream's own color matrix and range. Every `unsafe` block of the crate
//! lives here, each next to the invariant that makes it sound.

use std::os::raw::c_int;

use ffmpeg_next as ffmpeg;
use ffmpeg_next::ffi;

use crate::frame::YuvPlanes;

/// Opens a container and reads its stream information, like `ffmpeg::format::input`, but
/// from the path's bytes: that one panics on a file name that is not UTF-8, which Linux allows.
pub(crate) fn open_input(path: &std::path::Path) -> Result<ffmpeg::format::context::Input, ffmpeg::Error> {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().into_owned().into_bytes();
    let name = std::ffi::CString::new(bytes).map_err(|_| ffmpeg::Error::Other { errno: ffi::EINVAL })?;
    // SAFETY: `name` is a valid NUL-terminated string for the duration of the call; on failure
    // avformat_open_input frees the context and leaves the pointer null; on success we own the
    // context, which is closed here if reading the stream information fails, and otherwise
    // handed to the wrapper, which closes it when dropped.
    unsafe {
        let mut context = std::ptr::null_mut();
        let ret =
            ffi::avformat_open_input(&mut context, name.as_ptr(), std::ptr::null(), std::ptr::null_mut());
        if ret < 0 {
            return Err(ffmpeg::Error::from(ret));
        }
        let ret = ffi::avformat_find_stream_info(context, std::ptr::null_mut());
        if ret < 0 {
            ffi::avformat_close_input(&mut context);
            return Err(ffmpeg::Error::from(ret));
        }
        Ok(ffmpeg::format::context::Input::wrap(context))
    }
}

/// Timestamps of the keyframe entries in the demuxer's index for one stream, ascending.
///
/// MP4/MOV list every sample (timestamps are decode times there), Matroska lists its cues,
/// AVI its `idx1`; MPEG-TS and piped files list nothing.
pub(crate) fn index_keyframes(input: &mut ffmpeg::format::context::Input, stream: usize) -> Vec<i64> {
    // SAFETY: `input` owns a valid AVFormatContext and `stream` < nb_streams (checked below);
    // the entry pointers returned by avformat_index_get_entry stay valid until the next call
    // that may change the index, and we copy out what we need before any such call.
    unsafe {
        let ctx = input.as_mut_ptr();
        if stream >= (*ctx).nb_streams as usize {
            return Vec::new();
        }
        let st = *(*ctx).streams.add(stream);
        let count = ffi::avformat_index_get_entries_count(st);
        let mut keyframes = Vec::new();
        for i in 0..count {
            let entry = ffi::avformat_index_get_entry(st, i);
            if entry.is_null() {
                continue;
            }
            let flags = (*entry).flags();
            if flags & ffi::AVINDEX_KEYFRAME != 0 && flags & ffi::AVINDEX_DISCARD_FRAME == 0 {
                keyframes.push((*entry).timestamp);
            }
        }
        keyframes.sort_unstable();
        keyframes.dedup();
        keyframes
    }
}

/// Seeks so that the next packet read starts at the last keyframe at or before `ts`
/// (in the stream's own time base).
pub(crate) fn seek_stream(
    input: &mut ffmpeg::format::context::Input,
    stream: usize,
    ts: i64,
) -> Result<(), ffmpeg::Error> {
    // SAFETY: valid context; stream index in range is checked by FFmpeg itself (it returns an
    // error for an out-of-range index).
    let ret = unsafe { ffi::avformat_seek_file(input.as_mut_ptr(), stream as c_int, i64::MIN, ts, ts, 0) };
    if ret >= 0 {
        return Ok(());
    }
    // Some demuxers cannot honour an upper bound; accept the nearest keyframe instead.
    // SAFETY: as above.
    let ret =
        unsafe { ffi::avformat_seek_file(input.as_mut_ptr(), stream as c_int, i64::MIN, ts, i64::MAX, 0) };
    if ret >= 0 { Ok(()) } else { Err(ffmpeg::Error::from(ret)) }
}

/// Seeks so that the next packet read starts at byte `pos` of the file (for files whose
/// timestamps cannot be sought, see `timing.rs`).
pub(crate) fn seek_byte(input: &mut ffmpeg::format::context::Input, pos: i64) -> Result<(), ffmpeg::Error> {
    // SAFETY: valid context; with AVSEEK_FLAG_BYTE and stream -1 FFmpeg only moves the read
    // position (and flushes its packet buffers), checking the position itself.
    let ret = unsafe {
        ffi::avformat_seek_file(input.as_mut_ptr(), -1, i64::MIN, pos, pos, ffi::AVSEEK_FLAG_BYTE as c_int)
    };
    if ret >= 0 { Ok(()) } else { Err(ffmpeg::Error::from(ret)) }
}

/// The `AVPixFmtDescriptor` of `format`: FFmpeg's static table entry, or `None`.
fn descriptor(format: ffmpeg::format::Pixel) -> Option<ffi::AVPixFmtDescriptor> {
    let descriptor = format.descriptor()?;
    // SAFETY: av_pix_fmt_desc_get returned a non-null pointer into FFmpeg's static table of
    // pixel format descriptors, which lives as long as the program; we copy the plain struct.
    Some(unsafe { *descriptor.as_ptr() })
}

/// Whether frames of `format` hold RGB (or palette) values rather than YUV: FFV1 `gbrp`, PNG,
/// QuickTime Animation, screen recordings in `bgra`. (FFmpeg decodes ProRes 4444 to YUV 4:4:4.)
pub(crate) fn is_rgb(format: ffmpeg::format::Pixel) -> bool {
    let rgb_or_palette = (ffi::AV_PIX_FMT_FLAG_RGB | ffi::AV_PIX_FMT_FLAG_PAL) as u64;
    descriptor(format).is_some_and(|d| d.flags & rgb_or_palette != 0)
}

/// The chroma grid of `format`: pixels across and down that share a chroma sample (1 × 1 for
/// RGB and 4:4:4).
pub(crate) fn chroma_grid(format: ffmpeg::format::Pixel) -> (u32, u32) {
    match descriptor(format) {
        Some(d) if !is_rgb(format) => (1 << d.log2_chroma_w.min(4), 1 << d.log2_chroma_h.min(4)),
        _ => (1, 1),
    }
}

/// How a planar YUV format lays out its samples, for the conversion that reads them directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlanarYuv {
    /// Bits per sample, 8 to 16 (more than 8 in two little-endian bytes).
    pub(crate) bits: u8,
    /// log2 of the chroma subsampling across and down.
    pub(crate) chroma_shift: (u8, u8),
}

/// The layout of `format` if it is plain planar YUV (Y, U and V in planes 0, 1 and 2, one
/// sample per element, 8 to 16 bits, little-endian), with or without alpha: `yuv420p`,
/// `yuvj422p`, `yuv444p10le`... Everything else (semi-planar, packed, big-endian, float) is
/// left to swscale.
pub(crate) fn planar_yuv(format: ffmpeg::format::Pixel) -> Option<PlanarYuv> {
    let d = descriptor(format)?;
    let excluded = (ffi::AV_PIX_FMT_FLAG_RGB
        | ffi::AV_PIX_FMT_FLAG_PAL
        | ffi::AV_PIX_FMT_FLAG_BE
        | ffi::AV_PIX_FMT_FLAG_BITSTREAM
        | ffi::AV_PIX_FMT_FLAG_HWACCEL
        | ffi::AV_PIX_FMT_FLAG_FLOAT) as u64;
    let planar = d.flags & ffi::AV_PIX_FMT_FLAG_PLANAR as u64 != 0;
    if d.flags & excluded != 0 || !planar || d.nb_components < 3 || d.log2_chroma_w > 2 || d.log2_chroma_h > 2
    {
        return None;
    }
    let depth = d.comp[0].depth;
    let bytes = if depth > 8 { 2 } else { 1 };
    let plain = d.comp[..3].iter().enumerate().all(|(plane, c)| {
        c.plane == plane as c_int && c.depth == depth && c.step == bytes && c.offset == 0 && c.shift == 0
    });
    (plain && (8..=16).contains(&depth))
        .then_some(PlanarYuv { bits: depth as u8, chroma_shift: (d.log2_chroma_w, d.log2_chroma_h) })
}

/// The planes of a planar YUV `frame` laid out as `layout` says, each slice exactly as long as
/// its rows reach, or `None` when a plane is missing, too narrow, or stored bottom-up (a
/// negative linesize), where swscale reads the frame instead. (`Frame::data` would make each
/// slice `linesize × rows` long, which runs past the buffer of a cropped frame, and is
/// meaningless for a negative linesize.)
pub(crate) fn yuv_planes(frame: &ffmpeg::util::frame::Video, layout: PlanarYuv) -> Option<YuvPlanes<'_>> {
    let (width, height) = (frame.width() as usize, frame.height() as usize);
    if width == 0 || height == 0 {
        return None;
    }
    let bytes = if layout.bits > 8 { 2 } else { 1 };
    // SAFETY: the wrapper holds a valid AVFrame for as long as `frame` is borrowed; its
    // `data` and `linesize` arrays are plain fields read by value.
    let (data, linesize) = unsafe { ((*frame.as_ptr()).data, (*frame.as_ptr()).linesize) };
    let mut planes: [&[u8]; 3] = [&[]; 3];
    let mut strides = [0usize; 3];
    for i in 0..3 {
        let (w, h) = match i {
            0 => (width, height),
            _ => (width.div_ceil(1 << layout.chroma_shift.0), height.div_ceil(1 << layout.chroma_shift.1)),
        };
        let row = w * bytes;
        let stride = usize::try_from(linesize[i]).ok().filter(|&stride| stride >= row)?;
        if data[i].is_null() {
            return None;
        }
        // SAFETY: a decoded frame of this format and size has plane i as `h` rows of `row`
        // bytes, `linesize[i]` bytes apart, from `data[i]` (av_frame_apply_cropping keeps
        // that true of a cropped frame: it moves the pointers and shrinks the size), so these
        // `(h - 1) * stride + row` bytes are allocated and written by the decoder; the buffer is
        // reference-counted by the frame, which outlives the returned slices.
        planes[i] = unsafe { std::slice::from_raw_parts(data[i], (h - 1) * stride + row) };
        strides[i] = stride;
    }
    Some(YuvPlanes {
        planes,
        strides,
        chroma_shift: layout.chroma_shift,
        width: width as u32,
        height: height as u32,
    })
}

/// Reads the next packet into `packet`, releasing the one it held first. `Packet::read` of
/// ffmpeg-next calls `av_read_frame`, which overwrites a packet without releasing its buffer:
/// reusing one packet leaked every buffer it had held (hundreds of MB over a 2-hour film).
pub(crate) fn read_packet(
    input: &mut ffmpeg::format::context::Input,
    packet: &mut ffmpeg::Packet,
) -> Result<(), ffmpeg::Error> {
    // SAFETY: the packet is a valid, owned AVPacket; unreferencing leaves it blank and
    // reusable, as av_read_frame requires.
    unsafe { ffi::av_packet_unref(ffmpeg::packet::Mut::as_mut_ptr(packet)) };
    packet.read(input)
}

/// Makes the demuxer drop every stream but `keep`, so we never read audio or subtitles.
pub(crate) fn discard_other_streams(input: &mut ffmpeg::format::context::Input, keep: usize) {
    // SAFETY: valid context; we index only below nb_streams and write a plain enum field that
    // the demuxer reads on the next av_read_frame.
    unsafe {
        let ctx = input.as_mut_ptr();
        for i in 0..(*ctx).nb_streams as usize {
            let st = *(*ctx).streams.add(i);
            (*st).discard =
                if i == keep { ffi::AVDiscard::AVDISCARD_DEFAULT } else { ffi::AVDiscard::AVDISCARD_ALL };
        }
    }
}

/// True when FFmpeg only guessed the container's duration from its bit rate (e.g. a Matroska
/// file written to a pipe), in which case the duration must not be trusted.
pub(crate) fn duration_is_a_bitrate_guess(input: &ffmpeg::format::context::Input) -> bool {
    // SAFETY: valid context; reading a plain enum field.
    unsafe {
        (*input.as_ptr()).duration_estimation_method
            == ffi::AVDurationEstimationMethod::AVFMT_DURATION_FROM_BITRATE
    }
}

/// The container's start time in microseconds (`AV_NOPTS_VALUE` when unknown).
pub(crate) fn container_start(input: &ffmpeg::format::context::Input) -> i64 {
    // SAFETY: valid context; reading a plain integer field.
    unsafe { (*input.as_ptr()).start_time }
}

/// Coded width and height from a stream's codec parameters (0 when unknown).
pub(crate) fn coded_size(params: &ffmpeg::codec::Parameters) -> (u32, u32) {
    // SAFETY: the parameters object is valid while borrowed; reading plain integer fields.
    let (w, h) = unsafe { ((*params.as_ptr()).width, (*params.as_ptr()).height) };
    (u32::try_from(w).unwrap_or(0), u32::try_from(h).unwrap_or(0))
}

/// Tells swscale which YUV matrix and range the source uses; the output is full-range RGB.
/// `matrix` is one of FFmpeg's `SWS_CS_*` constants.
pub(crate) fn set_colorspace(
    scaler: &mut ffmpeg::software::scaling::Context,
    matrix: c_int,
    full_range_input: bool,
) -> Result<(), ffmpeg::Error> {
    // SAFETY: the scaling context is valid for the lifetime of `scaler`; sws_getCoefficients
    // returns pointers to static tables; sws_setColorspaceDetails copies what it needs.
    let ret = unsafe {
        let table = ffi::sws_getCoefficients(matrix);
        let default = ffi::sws_getCoefficients(ffi::SWS_CS_DEFAULT);
        ffi::sws_setColorspaceDetails(
            scaler.as_mut_ptr(),
            table,
            c_int::from(full_range_input),
            default,
            1,
            0,
            1 << 16,
            1 << 16,
        )
    };
    // It returns -1 when the source is not YUV (then there is nothing to configure).
    if ret >= 0 || ret == -1 { Ok(()) } else { Err(ffmpeg::Error::from(ret)) }
}

/// A new reference to `frame` showing only `rect` (in its pixels; checked to fit by the caller).
/// The pixels are not copied: the new frame shares the buffers, with moved data pointers.
pub(crate) fn cropped(
    frame: &ffmpeg::util::frame::Video,
    rect: super::CropRect,
) -> Result<ffmpeg::util::frame::Video, ffmpeg::Error> {
    // SAFETY: av_frame_clone makes a new AVFrame referencing the same (refcounted) buffers, or
    // returns null; the crop fields are plain integers that av_frame_apply_cropping validates
    // against the frame's size before moving the data pointers. The new frame is owned by the
    // returned wrapper, which frees it.
    unsafe {
        let clone = ffi::av_frame_clone(frame.as_ptr());
        if clone.is_null() {
            return Err(ffmpeg::Error::Other { errno: ffi::ENOMEM });
        }
        let (w, h) =
            (u32::try_from((*clone).width).unwrap_or(0), u32::try_from((*clone).height).unwrap_or(0));
        (*clone).crop_left = rect.x as usize;
        (*clone).crop_top = rect.y as usize;
        (*clone).crop_right = w.saturating_sub(rect.x + rect.width) as usize;
        (*clone).crop_bottom = h.saturating_sub(rect.y + rect.height) as usize;
        let mut wrapped = ffmpeg::util::frame::Video::wrap(clone);
        let ret = ffi::av_frame_apply_cropping(wrapped.as_mut_ptr(), ffi::AV_FRAME_CROP_UNALIGNED as c_int);
        if ret < 0 {
            return Err(ffmpeg::Error::from(ret));
        }
        Ok(wrapped)
    }
}

/// The clockwise rotation (0, 90, 180 or 270 degrees) a player applies to show the stream the
/// right way up, from its display matrix (phone videos are stored sideways); 0 when there is
/// none or it is not a quarter turn.
pub(crate) fn display_rotation(stream: &ffmpeg::format::stream::Stream<'_>) -> u16 {
    use ffmpeg::codec::packet::side_data::Type;
    for side_data in stream.side_data() {
        if side_data.kind() != Type::DisplayMatrix {
            continue;
        }
        let bytes = side_data.data();
        if bytes.len() < 36 {
            continue;
        }
        let mut matrix = [0i32; 9];
        for (value, chunk) in matrix.iter_mut().zip(bytes.chunks_exact(4)) {
            *value = i32::from_ne_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        // SAFETY: av_display_rotation_get reads exactly nine int32 values from the pointer,
        // which points at our local array of nine.
        let counterclockwise = unsafe { ffi::av_display_rotation_get(matrix.as_ptr()) };
        if !counterclockwise.is_finite() {
            return 0;
        }
        let clockwise = (-counterclockwise).rem_euclid(360.0);
        let quarter = (clockwise / 90.0).round();
        if (clockwise - quarter * 90.0).abs() < 1.0 {
            return (quarter as u16 % 4) * 90;
        }
        return 0;
    }
    0
}

/// Silences FFmpeg's own logging: the library reports through its return values, never by
/// printing. Called once, before the first file is opened.
pub(crate) fn quiet_logging() {
    // SAFETY: av_log_set_level only stores an int.
    unsafe { ffi::av_log_set_level(ffi::AV_LOG_QUIET) };
}

/// Makes glibc's allocator hand freed memory back (see `init_process`): fixing the trim
/// threshold stops glibc raising its mmap threshold, so large buffers stay mmapped and are
/// unmapped when freed. Elsewhere than glibc, nothing.
pub(crate) fn return_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it is safe to call at any time.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 1 << 20);
    }
}
