//! Files next to pages (issue 9): a web page, a script or an SVG with script in `content/`
//! fails `check` and `build` with `unsafe-file` at that file, and nothing is written.

mod common;

use common::{build_at, copy_fixture, render, snapshot};
use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const SVG_WITH_SCRIPT: &str =
    "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\" height=\"1\"/>\n<script>alert(1)</script>\n</svg>\n";

/// The files and positions of the `unsafe-file` findings.
fn unsafe_files(problems: &loket::diagnostics::Diagnostics) -> Vec<(PathBuf, usize, usize)> {
    problems
        .sorted()
        .iter()
        .filter(|d| d.rule == loket::rules::Rule::UnsafeFile)
        .map(|d| (d.file.clone(), d.position.line, d.position.column))
        .collect()
}

#[test]
fn html_and_svg_with_script_next_to_pages_fail_the_build_and_write_nothing() {
    let site = copy_fixture("valid/basic");
    let root = site.path();
    let out_dir = tempfile::tempdir().expect("temporary folder");
    let out = out_dir.path().join("public");
    build_at(root, |o| o.out = Some(out.clone())).unwrap_or_else(|p| panic!("the fixture builds:\n{}", render(&p)));
    let before = snapshot(&out);

    fs::write(root.join("content/nl/oud.html"), "<!DOCTYPE html><title>Oud</title><script>alert(1)</script>")
        .expect("write");
    fs::write(root.join("content/nl/diensten/procedure/kaart.svg"), SVG_WITH_SCRIPT).expect("write");
    fs::write(root.join("content/en/app.JS"), "alert(1)").expect("write");

    for write in [false, true] {
        let problems = match build_at(root, |o| {
            o.out = Some(out.clone());
            o.write = write;
        }) {
            Ok(_) => panic!("a site with script next to its pages must not build"),
            Err(problems) => problems,
        };
        assert_eq!(
            unsafe_files(&problems),
            [
                (PathBuf::from("content/en/app.JS"), 1, 1),
                (PathBuf::from("content/nl/diensten/procedure/kaart.svg"), 3, 1),
                (PathBuf::from("content/nl/oud.html"), 1, 1),
            ],
            "{}",
            render(&problems)
        );
    }
    assert_eq!(snapshot(&out), before, "the previous output is untouched");
    // And into a fresh folder, nothing at all.
    let fresh = out_dir.path().join("fresh");
    assert!(build_at(root, |o| o.out = Some(fresh.clone())).is_err());
    assert!(!fresh.exists(), "nothing is written");
}

#[test]
fn an_entity_bomb_in_an_svg_is_refused_without_expanding_it() {
    let site = copy_fixture("valid/basic");
    let root = site.path();
    let mut bomb = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY l0 \"lollollollollollol\">\n");
    for level in 1..=9 {
        let previous = format!("&l{};", level - 1).repeat(10);
        bomb.push_str(&format!("<!ENTITY l{level} \"{previous}\">\n"));
    }
    bomb.push_str("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&l9;</text></svg>\n");
    fs::write(root.join("content/nl/diensten/procedure/schema.svg"), bomb).expect("write");
    let started = Instant::now();
    let problems = build_at(root, |o| o.write = false).err().expect("refused");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(
        unsafe_files(&problems),
        [(PathBuf::from("content/nl/diensten/procedure/schema.svg"), 2, 1)],
        "{}",
        render(&problems)
    );
}

#[test]
fn harmless_files_next_to_pages_are_published_as_they_are() {
    let site = copy_fixture("valid/basic");
    let root = site.path();
    let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n\
               <svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://example.org/\"><rect width=\"1\" height=\"1\"/></a></svg>\n";
    fs::write(root.join("content/nl/kaart.svg"), svg).expect("write");
    fs::write(root.join("content/nl/brief.PDF"), "%PDF-1.4\n").expect("write");
    let built = build_at(root, |_| {}).unwrap_or_else(|p| panic!("harmless files build:\n{}", render(&p)));
    assert_eq!(built.read("nl/kaart.svg"), svg);
    assert!(built.exists("nl/brief.PDF"));
}
