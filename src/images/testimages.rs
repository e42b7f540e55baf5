//! Small pictures made in tests (no binary fixtures): JPEG, PNG, WebP and GIF files with
//! EXIF (GPS position, orientation), XMP, text chunks and comments, and hostile files.

use std::io::{Cursor, Write};

use exif::{Field, In, Tag, Value};
use img_parts::jpeg::{markers, Jpeg, JpegSegment};
use img_parts::png::{Png, PngChunk};
use img_parts::riff::{RiffChunk, RiffContent};
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};

/// An XMP packet with a GPS position, as a phone or Lightroom writes it.
pub(crate) const XMP_WITH_GPS: &[u8] = b"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF \
xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description \
xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"52,5.1N\" \
exif:GPSLongitude=\"4,53.8E\"/></rdf:RDF></x:xmpmeta>";

/// A picture of `width`×`height` with a gradient, so that pixels differ.
pub(crate) fn picture(width: u32, height: u32) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x * 7) as u8, (y * 5) as u8, ((x + y) * 3) as u8]))
}

/// Raw EXIF (TIFF) with the orientation and, when `gps`, a GPS position.
pub(crate) fn exif_block(orientation: u16, gps: bool) -> Vec<u8> {
    let fields = [
        Field { tag: Tag::Orientation, ifd_num: In::PRIMARY, value: Value::Short(vec![orientation]) },
        Field { tag: Tag::Make, ifd_num: In::PRIMARY, value: Value::Ascii(vec![b"PhoneMaker".to_vec()]) },
        Field { tag: Tag::GPSLatitudeRef, ifd_num: In::PRIMARY, value: Value::Ascii(vec![b"N".to_vec()]) },
        Field {
            tag: Tag::GPSLatitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![(52, 1).into(), (5, 1).into(), (6, 1).into()]),
        },
    ];
    let mut writer = exif::experimental::Writer::new();
    for (i, field) in fields.iter().enumerate() {
        if i < 2 || gps {
            writer.push_field(field);
        }
    }
    let mut buf = Cursor::new(Vec::new());
    writer.write(&mut buf, false).expect("EXIF of a test");
    buf.into_inner()
}

fn encode(image: &image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut buf = Cursor::new(Vec::new());
    image.write_to(&mut buf, format).expect("encoding a test picture");
    buf.into_inner()
}

/// A plain JPEG of `width`×`height`, no metadata.
pub(crate) fn plain_jpeg(width: u32, height: u32) -> Vec<u8> {
    encode(&picture(width, height).into(), image::ImageFormat::Jpeg)
}

/// A JPEG as a phone writes it: EXIF with orientation 6 and a GPS position, an XMP packet
/// with a GPS position, a comment, and an IPTC block.
pub(crate) fn phone_jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut jpeg = Jpeg::from_bytes(plain_jpeg(width, height).into()).expect("a JPEG");
    jpeg.set_exif(Some(exif_block(6, true).into()));
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    xmp.extend_from_slice(XMP_WITH_GPS);
    let segments = jpeg.segments_mut();
    segments.insert(1, JpegSegment::new_with_contents(markers::APP1, xmp.into()));
    segments.insert(1, JpegSegment::new_with_contents(markers::COM, Bytes::from_static(b"Taken at home")));
    segments
        .insert(1, JpegSegment::new_with_contents(markers::APP13, Bytes::from_static(b"Photoshop 3.0\08BIM secret")));
    jpeg.encoder().bytes().to_vec()
}

fn text_chunk(kind: [u8; 4], contents: Vec<u8>) -> PngChunk {
    PngChunk::new(kind, contents.into())
}

/// A plain RGB PNG.
pub(crate) fn plain_png(width: u32, height: u32) -> Vec<u8> {
    encode(&picture(width, height).into(), image::ImageFormat::Png)
}

/// A PNG with tEXt, zTXt and iTXt chunks (a comment, a GPS position, XMP), a tIME and an
/// eXIf chunk with a GPS position and orientation 3.
pub(crate) fn png_with_text(width: u32, height: u32) -> Vec<u8> {
    let mut png = Png::from_bytes(plain_png(width, height).into()).expect("a PNG");
    let mut compressed = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    compressed.write_all(b"52.08N 4.30E").expect("in memory");
    let compressed = compressed.finish().expect("in memory");
    let mut ztxt = b"GPS\0\0".to_vec();
    ztxt.extend_from_slice(&compressed);
    let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    itxt.extend_from_slice(XMP_WITH_GPS);
    let chunks = png.chunks_mut();
    let at = 1;
    chunks.insert(at, text_chunk(*b"tEXt", b"Comment\0Taken at home".to_vec()));
    chunks.insert(at, text_chunk(*b"zTXt", ztxt));
    chunks.insert(at, text_chunk(*b"iTXt", itxt));
    chunks.insert(at, text_chunk(*b"tIME", vec![7, 230, 1, 2, 3, 4, 5]));
    chunks.insert(at, text_chunk(*b"eXIf", exif_block(3, true)));
    png.encoder().bytes().to_vec()
}

/// A lossless WebP with an EXIF chunk (GPS position, orientation 8) and an XMP chunk.
pub(crate) fn webp_with_exif(width: u32, height: u32) -> Vec<u8> {
    let plain = encode(&picture(width, height).into(), image::ImageFormat::WebP);
    let mut webp = WebP::from_bytes(plain.into()).expect("a WebP");
    webp.set_exif(Some(exif_block(8, true).into()));
    webp.chunks_mut().push(RiffChunk::new(*b"XMP ", RiffContent::Data(Bytes::from_static(XMP_WITH_GPS))));
    // The XMP flag of VP8X, which img-parts does not set.
    if let Some(vp8x) = webp.chunks_mut().iter_mut().find(|chunk| chunk.id() == *b"VP8X") {
        if let RiffContent::Data(data) = vp8x.content_mut() {
            let mut flags = data.to_vec();
            flags[0] |= 0b0000_0100;
            *data = flags.into();
        }
    }
    webp.encoder().bytes().to_vec()
}

/// A GIF of `frames` frames of `width`×`height`, looping forever, with a comment extension and
/// an application extension besides the loop count.
pub(crate) fn gif(width: u16, height: u16, frames: usize) -> Vec<u8> {
    let palette: Vec<u8> = (0..=255u8).flat_map(|i| [i, 255 - i, i / 2]).collect();
    let mut encoder = gif::Encoder::new(Vec::new(), width, height, &palette).expect("a GIF");
    encoder.set_repeat(gif::Repeat::Infinite).expect("in memory");
    encoder.write_raw_extension(gif::Extension::Comment.into(), &[b"Taken at home"]).expect("in memory");
    encoder.write_raw_extension(gif::Extension::Application.into(), &[b"SECRET01ABC", b"payload"]).expect("in memory");
    let pixels = usize::from(width) * usize::from(height);
    for n in 0..frames {
        let buffer: Vec<u8> = (0..pixels).map(|i| ((i + n * 13) % 256) as u8).collect();
        let mut frame = gif::Frame::from_indexed_pixels(width, height, buffer, if n % 2 == 0 { Some(3) } else { None });
        frame.delay = 10 + n as u16 % 5;
        frame.dispose = gif::DisposalMethod::Background;
        encoder.write_frame(&frame).expect("in memory");
    }
    encoder.into_inner().expect("in memory")
}

/// A PNG whose header claims `width`×`height`, with no image data worth the name.
pub(crate) fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    for chunk in
        [text_chunk(*b"IHDR", ihdr), text_chunk(*b"IDAT", vec![0x78, 0x9c, 0x03, 0]), text_chunk(*b"IEND", vec![])]
    {
        bytes.extend_from_slice(&chunk.encoder().bytes());
    }
    bytes
}

/// An animated WebP of `frames` lossless frames of `width`×`height` (VP8X, ANIM, ANMF), with an
/// XMP chunk.
pub(crate) fn animated_webp(width: u32, height: u32, frames: usize) -> Vec<u8> {
    let still =
        WebP::from_bytes(encode(&picture(width, height).into(), image::ImageFormat::WebP).into()).expect("a WebP");
    let vp8l = still.chunk_by_id(*b"VP8L").expect("a lossless WebP").clone().encoder().bytes();
    let u24 = |n: u32| n.to_le_bytes()[..3].to_vec();
    let mut vp8x = vec![0b0000_0110, 0, 0, 0];
    vp8x.extend(u24(width - 1));
    vp8x.extend(u24(height - 1));
    let mut chunks = vec![
        RiffChunk::new(*b"VP8X", RiffContent::Data(vp8x.into())),
        RiffChunk::new(*b"ANIM", RiffContent::Data(vec![0; 6].into())),
    ];
    for _ in 0..frames {
        let mut anmf = [u24(0), u24(0), u24(width - 1), u24(height - 1), u24(100)].concat();
        anmf.push(0);
        anmf.extend_from_slice(&vp8l);
        chunks.push(RiffChunk::new(*b"ANMF", RiffContent::Data(anmf.into())));
    }
    chunks.push(RiffChunk::new(*b"XMP ", RiffContent::Data(Bytes::from_static(XMP_WITH_GPS))));
    let riff = RiffChunk::new(*b"RIFF", RiffContent::List { kind: Some(*b"WEBP"), subchunks: chunks });
    riff.encoder().bytes().to_vec()
}

/// A PNG with the headers of an animated PNG: acTL and `frames` fcTL chunks (the frames' data
/// is the still image's, which is all a reader of headers needs).
pub(crate) fn apng_headers(width: u32, height: u32, frames: u32) -> Vec<u8> {
    let mut png = Png::from_bytes(plain_png(width, height).into()).expect("a PNG");
    let chunks = png.chunks_mut();
    chunks.insert(1, text_chunk(*b"acTL", [frames.to_be_bytes(), 0u32.to_be_bytes()].concat()));
    for n in 0..frames {
        let mut fctl = [n, width, height, 0, 0].map(u32::to_be_bytes).concat();
        fctl.extend_from_slice(&[0, 1, 0, 10, 0, 0]);
        chunks.insert(2, text_chunk(*b"fcTL", fctl));
    }
    png.encoder().bytes().to_vec()
}
