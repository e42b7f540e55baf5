//! Pictures (issue 24): what a build publishes of photos next to pages. Their hidden data
//! (GPS position, comments, text chunks) is gone, read back with an EXIF reader; the
//! orientation is kept; page images, cards and figures get `<picture>` with variants; a
//! second build encodes nothing; hostile files are findings. The photos are made by the test.

mod common;

use common::{build_at, render};
use image::{ImageEncoder, RgbImage};
use img_parts::{ImageEXIF, ImageICC};
use std::fs;
use std::path::Path;

/// A secret written into the EXIF description and the comments: it must never come out.
const SECRET: &str = "LOKET-SECRET-PLACE-7f3a";

/// A photo-like JPEG of `width` × `height` (as stored) with EXIF: `orientation`, and a GPS
/// position when `gps`.
fn photo(width: u32, height: u32, orientation: u16, gps: bool) -> Vec<u8> {
    let pixels = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, ((x ^ y) % 256) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
        .write_image(pixels.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .unwrap();
    use exif::{Field, In, Rational, Tag, Value};
    let mut fields = vec![
        Field { tag: Tag::Orientation, ifd_num: In::PRIMARY, value: Value::Short(vec![orientation]) },
        Field { tag: Tag::ImageDescription, ifd_num: In::PRIMARY, value: Value::Ascii(vec![SECRET.into()]) },
    ];
    if gps {
        let degrees = |d: u32, m: u32| vec![Rational::from((d, 1)), Rational::from((m, 1)), Rational::from((0, 1))];
        fields.push(Field { tag: Tag::GPSLatitudeRef, ifd_num: In::PRIMARY, value: Value::Ascii(vec![b"N".to_vec()]) });
        fields.push(Field { tag: Tag::GPSLatitude, ifd_num: In::PRIMARY, value: Value::Rational(degrees(52, 5)) });
        fields.push(Field {
            tag: Tag::GPSLongitudeRef,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"E".to_vec()]),
        });
        fields.push(Field { tag: Tag::GPSLongitude, ifd_num: In::PRIMARY, value: Value::Rational(degrees(4, 18)) });
    }
    let mut writer = exif::experimental::Writer::new();
    for field in &fields {
        writer.push_field(field);
    }
    let mut tiff = std::io::Cursor::new(Vec::new());
    writer.write(&mut tiff, false).unwrap();
    let mut parsed = img_parts::jpeg::Jpeg::from_bytes(jpeg.into()).unwrap();
    parsed.set_exif(Some(tiff.into_inner().into()));
    // A comment segment (COM) with the secret too.
    let comment = img_parts::jpeg::JpegSegment::new_with_contents(
        img_parts::jpeg::markers::COM,
        img_parts::Bytes::from(format!("taken at {SECRET}")),
    );
    parsed.segments_mut().insert(1, comment);
    parsed.encoder().bytes().to_vec()
}

/// A PNG with text chunks (`tEXt`, `iTXt`) that hold the secret.
fn png_with_text(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.add_text_chunk("Comment".into(), format!("made at {SECRET}")).unwrap();
        encoder.add_itxt_chunk("Location".into(), SECRET.into()).unwrap();
        let mut writer = encoder.write_header().unwrap();
        let data: Vec<u8> = (0..width * height * 3).map(|i| (i % 251) as u8).collect();
        writer.write_image_data(&data).unwrap();
    }
    out
}

/// An animated GIF of `frames` frames of 1 × 1 pixel.
fn gif_of_frames(frames: usize) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = gif::Encoder::new(&mut out, 1, 1, &[0, 0, 0, 255, 255, 255]).unwrap();
        for n in 0..frames {
            let frame = gif::Frame { width: 1, height: 1, buffer: vec![(n % 2) as u8].into(), ..Default::default() };
            encoder.write_frame(&frame).unwrap();
        }
    }
    out
}

#[test]
fn a_photo_in_static_is_published_without_its_hidden_data() {
    let site = site(&[("foto.jpg", photo(600, 400, 1, false))], "");
    fs::create_dir_all(site.path().join("static/images")).unwrap();
    fs::write(site.path().join("static/images/kaart.jpg"), photo(640, 480, 3, true)).unwrap();
    let built = build_ok(site.path());
    let warnings: Vec<_> = built.report.diagnostics.iter().filter(|d| d.rule.name() == "image-location").collect();
    assert_eq!(warnings.len(), 1, "{}", render(&built.report.diagnostics));
    assert_eq!(warnings[0].file, Path::new("static/images/kaart.jpg"));
    let published = fs::read(built.out().join("images/kaart.jpg")).unwrap();
    assert!(!contains(&published, SECRET.as_bytes()));
    let exif = exif_of(&published).expect("its orientation is kept");
    assert_eq!(exif.fields().map(|f| f.tag).collect::<Vec<_>>(), [exif::Tag::Orientation]);
}

/// A site with a story section: a story with a page image and a figure, an overview with
/// its card, and `files` next to the story.
fn site(files: &[(&str, Vec<u8>)], story_extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let write = |path: &str, contents: &[u8]| {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    };
    write(
        "site.yaml",
        b"base_url: https://loket.example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: Testloket }\n  en: { name: English, title: Test desk }\nchecks: { missing-translation: off }\n",
    );
    write("content/nl/_index.md", b"---\ntitle: Home\ndescription: De voorpagina.\n---\nWelkom.\n");
    write("content/en/_index.md", b"---\ntitle: Home\ndescription: The front page.\n---\nWelcome.\n");
    write(
        "content/nl/verhalen/_index.md",
        b"---\ntitle: Verhalen\ndescription: Verhalen van mensen.\n---\nVerhalen.\n",
    );
    let story = format!(
        "---\ntitle: Het verhaal van Amina\ndescription: Amina vertelt over haar aanmelding.\ntemplate: story.html\nimage: {{ src: foto.jpg, alt: \"Amina in de tuin\" }}\nextra: {{ person: Amina, quote: Ik voelde me gehoord. }}\n---\nAmina kwam in 2024 naar Nederland.\n\n{{{{ figure(src=\"foto.jpg\", alt=\"De tuin van het centrum\") }}}}\n\n{story_extra}\n"
    );
    write("content/nl/verhalen/amina.md", story.as_bytes());
    for (name, bytes) in files {
        write(&format!("content/nl/verhalen/{name}"), bytes);
    }
    dir
}

fn build_ok(root: &Path) -> common::Built {
    match build_at(root, |o| o.search = false) {
        Ok(built) => built,
        Err(problems) => panic!("the site should build, but:\n{}", render(&problems)),
    }
}

/// Every output file below `folder` with its bytes.
fn files_below(folder: &Path) -> Vec<(String, Vec<u8>)> {
    common::snapshot(folder)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn exif_of(bytes: &[u8]) -> Option<exif::Exif> {
    exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)).ok()
}

#[test]
fn a_photo_with_a_gps_position_is_published_without_it_and_warns() {
    let site = site(&[("foto.jpg", photo(2400, 1600, 1, true))], "");
    let built = build_ok(site.path());
    let warnings: Vec<_> = built.report.diagnostics.iter().filter(|d| d.rule.name() == "image-location").collect();
    assert_eq!(warnings.len(), 1, "{}", render(&built.report.diagnostics));
    assert!(warnings[0].file.ends_with("content/nl/verhalen/foto.jpg"), "{:?}", warnings[0].file);
    let mut pictures = 0;
    for (path, bytes) in files_below(&built.out()) {
        assert!(!contains(&bytes, SECRET.as_bytes()), "{path} holds the secret");
        if path.ends_with(".jpg") || path.ends_with(".webp") || path.ends_with(".png") {
            pictures += 1;
            if let Some(exif) = exif_of(&bytes) {
                assert!(
                    exif.fields().all(|f| f.tag == exif::Tag::Orientation),
                    "{path} has EXIF fields besides the orientation: {:?}",
                    exif.fields().map(|f| f.tag).collect::<Vec<_>>()
                );
            }
        }
    }
    // The original (a stand-in, as no page links to it) and 4 widths below 2400 in 2 formats.
    assert_eq!(pictures, 1 + 4 * 2, "{:?}", files_below(&built.out()).iter().map(|f| &f.0).collect::<Vec<_>>());
}

#[test]
fn the_orientation_is_kept_in_the_original_and_applied_in_the_variants() {
    // Stored 1200 × 800, shown turned a quarter (6): 800 × 1200.
    let site = site(&[("foto.jpg", photo(1200, 800, 6, false))], "[De foto op volle grootte](foto.jpg)");
    let built = build_ok(site.path());
    let html = built.read("nl/verhalen/amina/index.html");
    assert!(html.contains(r#"width="800" height="1200""#), "{html}");
    // The linked original: whole, with only its orientation.
    let original = fs::read(built.out().join("nl/verhalen/foto.jpg")).unwrap();
    let exif = exif_of(&original).expect("the original keeps an EXIF block with its orientation");
    let orientation = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY).unwrap();
    assert_eq!(orientation.value.get_uint(0), Some(6));
    assert_eq!(exif.fields().count(), 1);
    assert_eq!(image::load_from_memory(&original).unwrap().width(), 1200, "the original is whole");
    // The variants are turned: taller than wide, without EXIF.
    for (path, bytes) in files_below(&built.out().join("nl/verhalen")) {
        if path.contains("foto-") {
            let decoded = image::load_from_memory(&bytes).unwrap();
            assert!(decoded.height() > decoded.width(), "{path} is not turned");
            assert!(exif_of(&bytes).is_none(), "{path} has EXIF");
        }
    }
}

#[test]
fn a_png_loses_its_text_chunks_and_keeps_its_pixels() {
    let png = png_with_text(300, 200);
    let site = site(&[("foto.jpg", photo(600, 400, 1, false)), ("kaart.png", png.clone())], "[Kaart](kaart.png)");
    let built = build_ok(site.path());
    let published = fs::read(built.out().join("nl/verhalen/kaart.png")).unwrap();
    assert!(!contains(&published, SECRET.as_bytes()));
    assert!(!contains(&published, b"tEXt") && !contains(&published, b"iTXt"));
    let (before, after) = (image::load_from_memory(&png).unwrap(), image::load_from_memory(&published).unwrap());
    assert_eq!(before.to_rgb8().as_raw(), after.to_rgb8().as_raw(), "the pixels changed");
    // Without its chunks, the colour profile (none here) is not added either.
    assert!(img_parts::png::Png::from_bytes(published.into()).unwrap().icc_profile().is_none());
}

#[test]
fn page_images_cards_and_figures_get_variants_with_srcset() {
    let site = site(
        &[("foto.jpg", photo(2000, 1500, 1, false))],
        "Zo zag het eruit: ![De *tuin* van \"het\" centrum](foto.jpg \"Zomer\").",
    );
    let built = build_ok(site.path());
    let story = built.read("nl/verhalen/amina/index.html");
    let overview = built.read("nl/verhalen/index.html");
    let variant = |width: u32, ext: &str| {
        let prefix = format!("/nl/verhalen/foto-{width}w.");
        story
            .split(['"', ' ', ','])
            .find(|token| token.starts_with(&prefix) && token.ends_with(&format!(".{ext}")))
            .unwrap_or_else(|| panic!("no {prefix}*.{ext} in {story}"))
            .to_string()
    };
    if std::env::var("IMG_DEBUG").is_ok() {
        println!("STORY {story}");
    }
    for html in [&story, &overview] {
        assert!(html.contains(r#"<source type="image/webp" srcset="/nl/verhalen/foto-480w."#), "{html}");
        assert!(html.contains(r#"width="2000" height="1500""#), "{html}");
    }
    // The header's image is in the first screen: not lazy. The figure is, and so are cards.
    let header = &story[story.find("story-header").unwrap()..];
    let header = &header[..header.find("</header>").unwrap()];
    assert!(header.contains(r#"class="page-image story-image""#) && !header.contains("loading="), "{header}");
    let figure = &story[story.find("<figure>").unwrap()..];
    assert!(figure.contains(r#"loading="lazy""#) && figure.contains("<picture>"), "{figure}");
    assert!(overview.contains(r#"class="card-image""#) && overview.contains(r#"loading="lazy""#), "{overview}");
    // Every variant of the srcset exists, with a content hash in its name, at its width.
    for width in [480, 800, 1200, 1600] {
        for ext in ["webp", "jpg"] {
            let url = variant(width, ext);
            let hash = url.rsplit('.').nth(1).unwrap();
            assert!(hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{url}");
            let bytes = fs::read(built.out().join(url.trim_start_matches('/'))).unwrap();
            assert_eq!(image::load_from_memory(&bytes).unwrap().width(), width, "{url}");
        }
    }
    // An image in the text gets its variants too, with its alt text and title.
    let inline = built.read("nl/verhalen/amina/index.html");
    assert!(
        inline.contains(
            r#"width="2000" height="1500" alt="De tuin van &quot;het&quot; centrum" title="Zomer" loading="lazy""#
        ),
        "{inline}"
    );
    // The original is larger than every variant and no page links to it: its address holds
    // the widest variant, not the photo at full size.
    let original = fs::read(built.out().join("nl/verhalen/foto.jpg")).unwrap();
    assert_eq!(image::load_from_memory(&original).unwrap().width(), 1600);
}

#[test]
fn a_second_build_encodes_nothing_and_writes_the_same_bytes() {
    let site = site(&[("foto.jpg", photo(1000, 700, 1, false))], "");
    let first = build_ok(site.path());
    // 480 and 800, and the photo's own 1000, in WebP and JPEG.
    assert_eq!(first.report.pictures_made, 6);
    assert!(site.path().join(".loket-cache/images").is_dir());
    let second = build_ok(site.path());
    assert_eq!(second.report.pictures_made, 0, "the cache was not used");
    assert_eq!(files_below(&first.out()), files_below(&second.out()), "the second build differs");
    // A cache entry that is not what its name says (a hostile pull request could commit one)
    // is made again.
    let cache = site.path().join(".loket-cache/images");
    let entry = fs::read_dir(&cache).unwrap().flatten().find(|e| e.path().extension().is_some_and(|x| x == "webp"));
    fs::write(entry.unwrap().path(), b"<svg onload=alert(1)>").unwrap();
    let third = build_ok(site.path());
    assert_eq!(third.report.pictures_made, 1);
    assert_eq!(files_below(&first.out()), files_below(&third.out()));
    // An entry of the right format and size that carries EXIF with a GPS position: what is
    // published of it has no EXIF.
    let entry = fs::read_dir(&cache).unwrap().flatten().find(|e| e.path().extension().is_some_and(|x| x == "jpg"));
    let entry = entry.unwrap().path();
    let size = image::load_from_memory(&fs::read(&entry).unwrap()).unwrap();
    fs::write(&entry, photo(size.width(), size.height(), 1, true)).unwrap();
    let fourth = build_ok(site.path());
    for (path, bytes) in files_below(&fourth.out()) {
        assert!(!contains(&bytes, SECRET.as_bytes()), "{path} holds the planted secret");
    }
}

#[test]
fn hostile_pictures_are_findings_at_their_file() {
    // A PNG header that claims 100,000 × 100,000 pixels (a decompression bomb).
    let mut bomb = png_with_text(1, 1);
    bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
    let mut truncated = photo(800, 600, 1, false);
    truncated.truncate(truncated.len() / 2);
    let files = [
        ("foto.jpg", photo(600, 400, 1, false)),
        ("film.gif", gif_of_frames(5_000)),
        ("bom.png", bomb),
        ("half.jpg", truncated),
        ("nep.jpg", b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec()),
    ];
    let site = site(&files, "![Bom](bom.png) ![Half](half.jpg) ![Nep](nep.jpg) ![Film](film.gif)");
    let problems = match build_at(site.path(), |o| o.search = false) {
        Ok(_) => panic!("hostile pictures should fail the build"),
        Err(problems) => problems,
    };
    let found: Vec<(String, &str)> = problems
        .sorted()
        .iter()
        .filter(|d| d.rule.name() == "image")
        .map(|d| (d.file.file_name().unwrap().to_string_lossy().into_owned(), d.message.id()))
        .collect();
    assert!(found.contains(&("bom.png".into(), "image-too-many-pixels")), "{}", render(&problems));
    assert!(found.iter().any(|(f, _)| f == "half.jpg"), "{}", render(&problems));
    assert!(found.contains(&("film.gif".into(), "image-too-many-frames")), "{}", render(&problems));
    assert!(found.iter().any(|(f, _)| f == "nep.jpg"), "{}", render(&problems));
}
