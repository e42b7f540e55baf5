//! Reading what an image is without decoding its pixels: its format, its size as it is meant
//! to be shown (after its EXIF orientation), whether it holds a GPS position, and whether it
//! stays within the limits of [`ImageSettings`].

use img_parts::jpeg::{markers, Jpeg};
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};

use super::{Format, ImageProblem, ImageSettings};

/// What loket knows of an image before it makes anything of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    pub format: Format,
    /// As shown: width and height swapped when the orientation turns the picture a quarter.
    pub width: u32,
    pub height: u32,
    /// The EXIF orientation (1 to 8; 1 when there is none).
    pub orientation: u16,
    /// The image holds a GPS position (in EXIF or XMP).
    pub gps: bool,
    /// More than one frame (GIF, WebP).
    pub animated: bool,
    /// SHA-256 of the file's bytes, as 64 hex digits: the cache key's and the variants'
    /// names' base.
    pub hash: String,
}

/// What the header of one format says, before the limits are applied.
#[derive(Debug, Default)]
struct Facts {
    width: u32,
    height: u32,
    /// The EXIF block (TIFF, without the `Exif\0\0` prefix).
    exif: Option<Vec<u8>>,
    /// An XMP packet or text chunk names a GPS position.
    xmp_gps: bool,
    frames: u64,
}

/// Reads `bytes` (a file whose name says `format`) within `settings`' limits.
pub fn inspect(bytes: &[u8], format: Format, settings: &ImageSettings) -> Result<ImageInfo, ImageProblem> {
    let found = sniff(bytes);
    if found != Some(format) {
        return Err(ImageProblem::NotFormat { format, found });
    }
    let facts = match format {
        Format::Jpeg => jpeg(bytes, settings)?,
        Format::Png => png(bytes, settings)?,
        Format::Gif => gif(bytes, settings)?,
        Format::Webp => webp(bytes, settings)?,
        Format::Avif => avif(bytes, settings)?,
    };
    let (orientation, exif_gps) = facts.exif.map(read_exif).unwrap_or((1, false));
    let (width, height) =
        if (5..=8).contains(&orientation) { (facts.height, facts.width) } else { (facts.width, facts.height) };
    Ok(ImageInfo {
        format,
        width,
        height,
        orientation,
        gps: exif_gps || facts.xmp_gps,
        animated: facts.frames > 1,
        hash: super::cache::sha256_hex(bytes),
    })
}

/// The format the first bytes say.
pub(crate) fn sniff(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(Format::Gif)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(Format::Webp)
    } else if avif_brand(bytes) {
        Some(Format::Avif)
    } else {
        None
    }
}

pub(crate) fn malformed(detail: impl ToString) -> ImageProblem {
    ImageProblem::Malformed { detail: detail.to_string() }
}

/// A file cut short is `CutShort`; anything else img-parts finds is `Malformed`.
pub(crate) fn parts_error(err: img_parts::Error) -> ImageProblem {
    match err {
        img_parts::Error::Truncated => ImageProblem::CutShort,
        other => malformed(other),
    }
}

/// A GIF cut short is `CutShort`; anything else the decoder finds is `Malformed`.
pub(crate) fn gif_error(err: gif::DecodingError) -> ImageProblem {
    match err {
        gif::DecodingError::UnexpectedEof => ImageProblem::CutShort,
        gif::DecodingError::Io(err) if err.kind() == std::io::ErrorKind::UnexpectedEof => ImageProblem::CutShort,
        other => malformed(other),
    }
}

/// `TooManyPixels` when `width`×`height` is more than the settings allow.
fn check_pixels(width: u32, height: u32, settings: &ImageSettings) -> Result<(), ImageProblem> {
    if width == 0 || height == 0 {
        return Err(malformed("0 pixels wide or high"));
    }
    if u64::from(width) * u64::from(height) > settings.max_pixels {
        return Err(ImageProblem::TooManyPixels {
            width: width.into(),
            height: height.into(),
            max_pixels: settings.max_pixels,
        });
    }
    Ok(())
}

/// Counts one more frame of `pixels` pixels; a finding as soon as a limit is passed.
fn count_frame(frames: &mut u64, pixels: &mut u64, more: u64, settings: &ImageSettings) -> Result<(), ImageProblem> {
    *frames += 1;
    *pixels = pixels.saturating_add(more);
    if *frames > settings.max_frames {
        return Err(ImageProblem::TooManyFrames { frames: *frames, max_frames: settings.max_frames });
    }
    if *pixels > settings.max_pixels {
        return Err(ImageProblem::TooManyAnimationPixels {
            frames: *frames,
            pixels: *pixels,
            max_pixels: settings.max_pixels,
        });
    }
    Ok(())
}

/// The orientation (1 when none or out of range) and whether a GPS position is there.
fn read_exif(exif: Vec<u8>) -> (u16, bool) {
    let parsed = match exif::Reader::new().continue_on_error(true).read_raw(exif) {
        Ok(exif) => exif,
        // What could be read before the error still counts (a GPS position before a broken tag).
        Err(err) => match err.distill_partial_result(|_| {}) {
            Ok(exif) => exif,
            Err(_) => return (1, false),
        },
    };
    let orientation = parsed
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)
        .and_then(|field| field.value.get_uint(0))
        .and_then(|value| u16::try_from(value).ok())
        .filter(|value| (1..=8).contains(value))
        .unwrap_or(1);
    let gps = parsed.fields().any(|field| {
        matches!(
            field.tag,
            exif::Tag::GPSLatitude | exif::Tag::GPSLongitude | exif::Tag::GPSDestLatitude | exif::Tag::GPSDestLongitude
        )
    });
    (orientation, gps)
}

/// An XMP packet or a text names a GPS position (`exif:GPSLatitude="..."`, `<exif:GPSLongitude>`).
pub(crate) fn names_gps(text: &[u8]) -> bool {
    const NAMES: [&[u8]; 2] = [b"GPSLatitude", b"GPSLongitude"];
    NAMES.iter().any(|name| text.windows(name.len()).any(|window| window == *name))
}

/// The start of an XMP packet in a JPEG APP1 segment (and of the extended XMP that follows it).
pub(crate) const XMP_PREFIXES: [&[u8]; 2] =
    [b"http://ns.adobe.com/xap/1.0/\0", b"http://ns.adobe.com/xmp/extension/\0"];

fn jpeg(bytes: &[u8], settings: &ImageSettings) -> Result<Facts, ImageProblem> {
    let jpeg = Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).map_err(parts_error)?;
    let (width, height) = jpeg.dimensions().ok_or_else(|| malformed("no frame header"))?;
    check_pixels(width.into(), height.into(), settings)?;
    if !jpeg.segments().iter().any(|segment| segment.marker() == markers::SOS) {
        return Err(malformed("no image data"));
    }
    // A file cut short ends before its end marker. The walk may start at the file's start:
    // the segments before the first scan have a length, as those between scans do.
    jpeg_scans(bytes, |_| {})?;
    let xmp_gps = jpeg
        .segments_by_marker(markers::APP1)
        .filter(|segment| XMP_PREFIXES.iter().any(|prefix| segment.contents().starts_with(prefix)))
        .any(|segment| names_gps(segment.contents()));
    Ok(Facts {
        width: width.into(),
        height: height.into(),
        exif: jpeg.exif().map(|exif| exif.to_vec()),
        xmp_gps,
        frames: 1,
    })
}

/// Walks the compressed data after a JPEG's first scan header up to its end marker, and gives
/// `keep` what is needed to show the picture: the scans, and the tables and scan headers
/// between them. Comments and APPn segments between scans are left out, and so is whatever
/// follows the end marker (a maker's trailer, a second picture of a multi-picture file).
/// Malformed when the end marker or a segment is cut short.
pub(crate) fn jpeg_scans(data: &[u8], mut keep: impl FnMut(&[u8])) -> Result<(), ImageProblem> {
    let mut start = 0;
    let mut at = 0;
    while let Some(offset) = data.get(at..).and_then(|rest| rest.iter().position(|&b| b == 0xFF)) {
        at += offset;
        let Some(&marker) = data.get(at + 1) else { break };
        match marker {
            // A stuffed 0xFF in the data, a restart marker, or a fill byte.
            0x00 | markers::RST0..=markers::RST7 => at += 2,
            0xFF => at += 1,
            markers::EOI => {
                keep(&data[start..at + 2]);
                return Ok(());
            }
            // Markers with a length: tables, scan headers, and metadata.
            0xC0..=0xCF
            | 0xDA..=0xDF
            | markers::APP0..=markers::APP15
            | markers::JPG0..=markers::JPG13
            | markers::COM => {
                let length = data.get(at + 2..at + 4).ok_or(ImageProblem::CutShort)?;
                let end = at + 2 + usize::from(u16::from_be_bytes([length[0], length[1]]));
                if end > data.len() {
                    return Err(ImageProblem::CutShort);
                }
                if matches!(marker, markers::APP0..=markers::APP15 | markers::JPG0..=markers::JPG13 | markers::COM) {
                    keep(&data[start..at]);
                    start = end;
                }
                at = end;
            }
            // Markers without a length (TEM, reserved ones): part of the data.
            _ => at += 2,
        }
    }
    Err(ImageProblem::CutShort)
}

/// The most bytes of a compressed PNG text chunk loket inflates to look for a GPS position.
const MAX_TEXT: u64 = 1 << 20;

/// The text of a PNG text chunk (tEXt, zTXt, iTXt), inflated when compressed (at most
/// [`MAX_TEXT`] bytes of it).
pub(crate) fn png_text(kind: [u8; 4], contents: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let Some(keyword_end) = contents.iter().position(|&b| b == 0) else { return contents.to_vec() };
    let after = &contents[keyword_end + 1..];
    let inflate = |data: &[u8]| {
        let mut out = Vec::new();
        let _ = flate2::read::ZlibDecoder::new(data).take(MAX_TEXT).read_to_end(&mut out);
        out
    };
    match &kind {
        // Compression method, then the compressed text.
        b"zTXt" => inflate(after.get(1..).unwrap_or_default()),
        // Compression flag, method, language tag\0, translated keyword\0, text.
        b"iTXt" => {
            let compressed = after.first() == Some(&1);
            let rest = after.get(2..).unwrap_or_default();
            let mut parts = rest.splitn(3, |&b| b == 0);
            let (_, _, text) = (parts.next(), parts.next(), parts.next().unwrap_or_default());
            if compressed {
                inflate(text)
            } else {
                text.to_vec()
            }
        }
        _ => after.to_vec(),
    }
}

/// The data of a PNG text chunk that ImageMagick and exiftool call `Raw profile type exif`
/// (or `APP1`, `xmp`, `iptc`): a newline, the type, the length, then the data in hexadecimal.
fn raw_profile(contents: &[u8], text: &[u8]) -> Option<Vec<u8>> {
    if !contents.starts_with(b"Raw profile type ") {
        return None;
    }
    let hex = text.splitn(4, |&b| b == b'\n').nth(3)?;
    let digits: Vec<u8> = hex
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map_while(|&b| char::from(b).to_digit(16).map(|digit| digit as u8))
        .collect();
    Some(digits.chunks_exact(2).map(|pair| pair[0] << 4 | pair[1]).collect())
}

fn png(bytes: &[u8], settings: &ImageSettings) -> Result<Facts, ImageProblem> {
    // The header first, so that a bomb is refused before the rest is read.
    let header = bytes.get(8..33).ok_or(ImageProblem::CutShort)?;
    if &header[4..8] != b"IHDR" {
        return Err(malformed("no image header"));
    }
    let be = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let (width, height) = (be(8), be(12));
    check_pixels(width, height, settings)?;
    let png = Png::from_bytes(Bytes::copy_from_slice(bytes)).map_err(parts_error)?;
    if png.chunks().last().map(|chunk| chunk.kind()) != Some(*b"IEND") {
        return Err(ImageProblem::CutShort);
    }
    if !png.chunks().iter().any(|chunk| chunk.kind() == *b"IDAT") {
        return Err(malformed("no image data"));
    }
    let mut frames = 1;
    if let Some(actl) = png.chunk_by_type(*b"acTL") {
        // An animated PNG: each fcTL is a frame (the first may be the still image too).
        let (mut counted, mut pixels) = (0, 0);
        for fctl in png.chunks_by_type(*b"fcTL") {
            let size = fctl.contents().get(4..12).ok_or_else(|| malformed("broken frame header"))?;
            let w = u32::from_be_bytes([size[0], size[1], size[2], size[3]]);
            let h = u32::from_be_bytes([size[4], size[5], size[6], size[7]]);
            count_frame(&mut counted, &mut pixels, u64::from(w) * u64::from(h), settings)?;
        }
        let declared = actl.contents().get(0..4).map(|n| u32::from_be_bytes([n[0], n[1], n[2], n[3]]));
        frames = counted.max(declared.unwrap_or(1).into()).max(1);
    }
    let xmp_gps =
        png.chunks().iter().filter(|chunk| matches!(&chunk.kind(), b"tEXt" | b"zTXt" | b"iTXt")).any(|chunk| {
            let text = png_text(chunk.kind(), chunk.contents());
            match raw_profile(chunk.contents(), &text) {
                Some(raw) => names_gps(&raw) || read_exif(raw.strip_prefix(b"Exif\0\0").unwrap_or(&raw).to_vec()).1,
                None => names_gps(&text),
            }
        });
    Ok(Facts { width, height, exif: png.exif().map(|exif| exif.to_vec()), xmp_gps, frames })
}

fn gif(bytes: &[u8], settings: &ImageSettings) -> Result<Facts, ImageProblem> {
    let mut options = gif::DecodeOptions::new();
    // Frames are counted from their headers: no pixel is decoded.
    options.skip_frame_decoding(true);
    let mut decoder = options.read_info(bytes).map_err(gif_error)?;
    let (width, height) = (u32::from(decoder.width()), u32::from(decoder.height()));
    check_pixels(width, height, settings)?;
    let (mut frames, mut pixels) = (0, 0);
    while let Some(frame) = decoder.next_frame_info().map_err(gif_error)? {
        let more = u64::from(frame.width) * u64::from(frame.height);
        count_frame(&mut frames, &mut pixels, more, settings)?;
    }
    if frames == 0 {
        return Err(malformed("no image data"));
    }
    let xmp_gps = decoder.xmp_metadata().is_some_and(names_gps);
    Ok(Facts { width, height, exif: None, xmp_gps, frames })
}

fn webp(bytes: &[u8], settings: &ImageSettings) -> Result<Facts, ImageProblem> {
    let webp = WebP::from_bytes(Bytes::copy_from_slice(bytes)).map_err(parts_error)?;
    let (width, height) = webp.dimensions().ok_or_else(|| malformed("no image header"))?;
    check_pixels(width, height, settings)?;
    let (mut frames, mut pixels) = (0, 0);
    for anmf in webp.chunks_by_id(*b"ANMF") {
        // X, Y (3 bytes each), then width − 1 and height − 1 (3 bytes each, little-endian).
        let data = anmf.content().data().and_then(|data| data.get(6..12)).ok_or_else(|| malformed("broken frame"))?;
        let w = u32::from_le_bytes([data[0], data[1], data[2], 0]) + 1;
        let h = u32::from_le_bytes([data[3], data[4], data[5], 0]) + 1;
        count_frame(&mut frames, &mut pixels, u64::from(w) * u64::from(h), settings)?;
    }
    if frames == 0 && !webp.has_chunk(*b"VP8 ") && !webp.has_chunk(*b"VP8L") {
        return Err(malformed("no image data"));
    }
    let xmp_gps = webp.chunks_by_id(*b"XMP ").filter_map(|chunk| chunk.content().data()).any(|data| names_gps(data));
    Ok(Facts { width, height, exif: webp.exif().map(|exif| exif.to_vec()), xmp_gps, frames: frames.max(1) })
}

fn avif(bytes: &[u8], settings: &ImageSettings) -> Result<Facts, ImageProblem> {
    let size = imagesize::blob_size(bytes).map_err(malformed)?;
    let width = u32::try_from(size.width).map_err(malformed)?;
    let height = u32::try_from(size.height).map_err(malformed)?;
    check_pixels(width, height, settings)?;
    // An image sequence (`avis`) is shown as loket copies it; its frames are not counted.
    let frames = if bytes.get(8..12) == Some(b"avis") { 2 } else { 1 };
    Ok(Facts { width, height, exif: None, xmp_gps: false, frames })
}

/// One ISO BMFF box: its type and contents, and what follows it.
pub(crate) fn next_box(data: &[u8]) -> Option<([u8; 4], &[u8], &[u8])> {
    let size = u32::from_be_bytes(data.get(0..4)?.try_into().ok()?);
    let kind: [u8; 4] = data.get(4..8)?.try_into().ok()?;
    let (header, size) = match size {
        0 => (8, data.len()),
        1 => (16, usize::try_from(u64::from_be_bytes(data.get(8..16)?.try_into().ok()?)).ok()?),
        size => (8, usize::try_from(size).ok()?),
    };
    if size < header || size > data.len() {
        return None;
    }
    Some((kind, &data[header..size], &data[size..]))
}

/// The contents of the first box of `kind` among the boxes of `data`.
fn find_box<'a>(mut data: &'a [u8], kind: &[u8; 4]) -> Option<&'a [u8]> {
    while let Some((found, contents, rest)) = next_box(data) {
        if &found == kind {
            return Some(contents);
        }
        data = rest;
    }
    None
}

/// The file starts with an `ftyp` box naming an AVIF brand.
fn avif_brand(bytes: &[u8]) -> bool {
    match next_box(bytes) {
        Some((kind, contents, _)) if &kind == b"ftyp" => contents
            .chunks_exact(4)
            .enumerate()
            // Major brand, minor version, compatible brands.
            .any(|(i, brand)| i != 1 && (brand == b"avif" || brand == b"avis")),
        _ => false,
    }
}

/// The AVIF file holds an Exif item or an XMP item (`mime` with `application/rdf+xml`), which
/// loket cannot remove. `None` when its item list cannot be read.
pub(crate) fn avif_has_metadata(bytes: &[u8]) -> Option<bool> {
    // meta and iinf are full boxes: version and flags first.
    let meta = find_box(bytes, b"meta")?.get(4..)?;
    let Some(iinf) = find_box(meta, b"iinf") else { return Some(false) };
    let version = *iinf.first()?;
    let mut entries = if version == 0 { iinf.get(6..)? } else { iinf.get(8..)? };
    while let Some((kind, infe, rest)) = next_box(entries) {
        entries = rest;
        if &kind != b"infe" {
            continue;
        }
        let version = *infe.first()?;
        if version < 2 {
            // Old item entries carry no item type; treat them as unknown data.
            return Some(true);
        }
        // Item id (2 bytes, 4 in version 3), protection index (2), item type (4).
        let at = if version == 2 { 8 } else { 10 };
        let item_type = infe.get(at..at + 4)?;
        if item_type == b"Exif" {
            return Some(true);
        }
        if item_type == b"mime" {
            let rest = infe.get(at + 4..)?;
            if rest.windows(7).any(|window| window == b"rdf+xml") || rest.windows(3).any(|window| window == b"xmp") {
                return Some(true);
            }
        }
    }
    Some(false)
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::images::testimages;

    fn settings() -> ImageSettings {
        ImageSettings::default()
    }

    #[test]
    fn a_phone_jpeg_has_gps_and_is_shown_turned() {
        let info = inspect(&testimages::phone_jpeg(40, 30), Format::Jpeg, &settings()).expect("a JPEG");
        assert_eq!((info.width, info.height, info.orientation), (30, 40, 6));
        assert!(info.gps);
        assert!(!info.animated);
        assert_eq!(info.hash.len(), 64);
    }

    #[test]
    fn a_plain_jpeg_has_no_gps() {
        let info = inspect(&testimages::plain_jpeg(40, 30), Format::Jpeg, &settings()).expect("a JPEG");
        assert_eq!((info.width, info.height, info.orientation, info.gps), (40, 30, 1, false));
    }

    #[test]
    fn gps_in_xmp_alone_counts() {
        let mut jpeg = Jpeg::from_bytes(testimages::plain_jpeg(8, 8).into()).expect("a JPEG");
        let mut xmp = XMP_PREFIXES[0].to_vec();
        xmp.extend_from_slice(testimages::XMP_WITH_GPS);
        jpeg.segments_mut().insert(1, img_parts::jpeg::JpegSegment::new_with_contents(markers::APP1, xmp.into()));
        let info = inspect(&jpeg.encoder().bytes(), Format::Jpeg, &settings()).expect("a JPEG");
        assert!(info.gps);
    }

    #[test]
    fn png_webp_and_gif_are_read() {
        let png = inspect(&testimages::png_with_text(20, 10), Format::Png, &settings()).expect("a PNG");
        assert_eq!((png.width, png.height, png.orientation, png.gps), (20, 10, 3, true));
        let webp = inspect(&testimages::webp_with_exif(20, 10), Format::Webp, &settings()).expect("a WebP");
        assert_eq!((webp.width, webp.height, webp.orientation, webp.gps), (10, 20, 8, true));
        let gif = inspect(&testimages::gif(6, 4, 3), Format::Gif, &settings()).expect("a GIF");
        assert_eq!((gif.width, gif.height, gif.animated, gif.gps), (6, 4, true, false));
        let still = inspect(&testimages::gif(6, 4, 1), Format::Gif, &settings()).expect("a GIF");
        assert!(!still.animated);
    }

    #[test]
    fn gps_in_a_png_raw_profile_counts() {
        let mut exif = b"Exif\0\0".to_vec();
        exif.extend(testimages::exif_block(1, true));
        let hex: String = exif.iter().map(|b| format!("{b:02x}")).collect();
        let mut chunk = b"Raw profile type exif\0\nexif\n     ".to_vec();
        chunk.extend(format!("{}\n{hex}\n", exif.len()).bytes());
        let mut png = Png::from_bytes(testimages::plain_png(4, 4).into()).expect("a PNG");
        png.chunks_mut().insert(1, img_parts::png::PngChunk::new(*b"tEXt", chunk.into()));
        let info = inspect(&png.encoder().bytes(), Format::Png, &settings()).expect("a PNG");
        assert!(info.gps);
        let plain = inspect(&testimages::plain_png(4, 4), Format::Png, &settings()).expect("a PNG");
        assert!(!plain.gps);
    }

    #[test]
    fn a_name_that_lies_is_found() {
        let problem = inspect(&testimages::plain_png(4, 4), Format::Jpeg, &settings()).unwrap_err();
        assert_eq!(problem, ImageProblem::NotFormat { format: Format::Jpeg, found: Some(Format::Png) });
        let problem = inspect(b"hello", Format::Png, &settings()).unwrap_err();
        assert_eq!(problem, ImageProblem::NotFormat { format: Format::Png, found: None });
    }

    #[test]
    fn a_bomb_is_refused_at_once() {
        let bomb = testimages::png_claiming(100_000, 100_000);
        let start = Instant::now();
        let problem = inspect(&bomb, Format::Png, &settings()).unwrap_err();
        assert!(start.elapsed() < Duration::from_millis(50), "{:?}", start.elapsed());
        assert_eq!(problem, ImageProblem::TooManyPixels { width: 100_000, height: 100_000, max_pixels: 50_000_000 });
    }

    #[test]
    fn a_truncated_jpeg_is_cut_short() {
        let jpeg = testimages::phone_jpeg(64, 48);
        for cut in [jpeg.len() - 20, jpeg.len() / 2, 300, 10, 3] {
            let problem = inspect(&jpeg[..cut], Format::Jpeg, &settings()).unwrap_err();
            assert_eq!(problem, ImageProblem::CutShort, "{cut}");
        }
    }

    #[test]
    fn five_thousand_frames_are_refused_quickly() {
        let gif = testimages::gif(1, 1, 5_000);
        let start = Instant::now();
        let problem = inspect(&gif, Format::Gif, &settings()).unwrap_err();
        assert!(start.elapsed() < Duration::from_secs(1), "{:?}", start.elapsed());
        assert_eq!(problem, ImageProblem::TooManyFrames { frames: 501, max_frames: 500 });
    }

    #[test]
    fn animated_png_and_webp_frames_are_counted() {
        let webp = inspect(&testimages::animated_webp(8, 6, 3), Format::Webp, &settings()).expect("a WebP");
        assert_eq!((webp.width, webp.height, webp.animated), (8, 6, true));
        let problem = inspect(&testimages::animated_webp(1, 1, 600), Format::Webp, &settings()).unwrap_err();
        assert_eq!(problem, ImageProblem::TooManyFrames { frames: 501, max_frames: 500 });
        let png = inspect(&testimages::apng_headers(4, 4, 3), Format::Png, &settings()).expect("a PNG");
        assert!(png.animated);
        let problem = inspect(&testimages::apng_headers(4, 4, 600), Format::Png, &settings()).unwrap_err();
        assert_eq!(problem, ImageProblem::TooManyFrames { frames: 501, max_frames: 500 });
    }

    #[test]
    fn frames_with_too_many_pixels_in_all_are_refused() {
        let settings = ImageSettings { max_pixels: 100, ..settings() };
        let problem = inspect(&testimages::gif(6, 6, 3), Format::Gif, &settings).unwrap_err();
        assert_eq!(problem, ImageProblem::TooManyAnimationPixels { frames: 3, pixels: 108, max_pixels: 100 });
    }

    #[test]
    fn avif_boxes_are_read() {
        fn boxed(kind: &[u8; 4], contents: &[u8]) -> Vec<u8> {
            let mut out = ((contents.len() + 8) as u32).to_be_bytes().to_vec();
            out.extend_from_slice(kind);
            out.extend_from_slice(contents);
            out
        }
        let ftyp = boxed(b"ftyp", b"avif\0\0\0\0mif1miaf");
        let infe = |item_type: &[u8; 4]| {
            let mut contents = vec![2, 0, 0, 0, 0, 1, 0, 0];
            contents.extend_from_slice(item_type);
            contents.push(0);
            boxed(b"infe", &contents)
        };
        let file = |items: &[&[u8; 4]]| {
            let mut iinf = vec![0, 0, 0, 0, 0, items.len() as u8];
            for item in items {
                iinf.extend(infe(item));
            }
            let mut meta = vec![0, 0, 0, 0];
            meta.extend(boxed(b"iinf", &iinf));
            let mut out = ftyp.clone();
            out.extend(boxed(b"meta", &meta));
            out
        };
        assert_eq!(sniff(&file(&[b"av01"])), Some(Format::Avif));
        assert_eq!(avif_has_metadata(&file(&[b"av01"])), Some(false));
        assert_eq!(avif_has_metadata(&file(&[b"av01", b"Exif"])), Some(true));
    }
}
