//! No input makes loket panic: broken files (invalid UTF-8, a byte-order mark, CRLF line
//! ends, an unclosed front matter block, an empty file, a binary file named `.md`) and
//! Markdown soup are reported as findings, with their positions, never as a crash. The odd
//! bytes are made here rather than committed.

mod common;

use common::{build_at, copy_fixture, render};
use std::fs;
use std::path::Path;
use std::process::Command;

const FRONT: &str = "---\ntitle: T\ndescription: D\n---\n";

fn findings(root: &Path) -> String {
    match build_at(root, |o| o.write = false) {
        Ok(built) => render(&built.report.diagnostics),
        Err(problems) => render(&problems),
    }
}

#[test]
fn broken_files_are_findings_not_panics() {
    let site = copy_fixture("valid/basic");
    let nl = site.path().join("content/nl");
    fs::write(nl.join("kapot-utf8.md"), b"---\ntitle: caf\xe9\ndescription: D\n---\n").unwrap();
    fs::write(nl.join("bom.md"), "\u{feff}---\ntitle: BOM\ndescription: D\n---\n# Kop\n").unwrap();
    fs::write(nl.join("crlf.md"), "---\r\ntitle: CRLF\r\ndescription: D\r\n---\r\nTekst.\r\n\r\n#### Vier\r\n")
        .unwrap();
    fs::write(nl.join("open.md"), "---\ntitle: Open\ndescription: D\n").unwrap();
    fs::write(nl.join("leeg.md"), "").unwrap();
    let binary: Vec<u8> = (0..=255u8).cycle().take(2048).collect();
    fs::write(nl.join("binair.md"), binary).unwrap();

    let text = findings(site.path());
    for expected in [
        "content/nl/binair.md:2:118: error[encoding]: This page is not saved as ordinary text",
        "content/nl/bom.md:5:1: error[heading-h1]",
        "content/nl/crlf.md:7:1: error[heading-skip]",
        "content/nl/kapot-utf8.md:2:11: error[encoding]",
        "content/nl/leeg.md:1:1: error[front-matter]: This page does not start with its settings.",
        "content/nl/open.md:1:1: error[front-matter]: The settings at the top of the page have no end line.",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }

    // The command line too: exit status 1 (a panic would be 101), and snippets of files
    // with a BOM and CRLF line ends.
    let output = Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["check", "--root", site.path().to_str().unwrap()])
        .output()
        .expect("run loket");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("7 | #### Vier\n"), "{stderr}");
    assert!(!stderr.contains('\r'), "{stderr}");
}

/// A small deterministic generator, so a failure can be reproduced.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn markdown_soup_never_panics() {
    let site = copy_fixture("valid/basic");
    let soup = fs::create_dir_all(site.path().join("content/nl/soep")).map(|_| site.path().join("content/nl/soep"));
    let soup = soup.unwrap();
    fs::write(soup.join("_index.md"), FRONT).unwrap();
    let pieces = [
        "#",
        "##",
        "####",
        " ",
        "\n",
        "\n\n",
        "*",
        "_",
        "[",
        "]",
        "(",
        ")",
        "![",
        "<",
        ">",
        "</",
        "<span",
        " lang=\"en\"",
        "<script>",
        "onclick=",
        "\"",
        "'",
        "javascript:",
        "|",
        "|---|",
        "-",
        "1.",
        "`",
        "```",
        "&amp;",
        "&#0;",
        "\u{feff}",
        "é",
        "日本",
        "\r",
        "\t",
        "[^1]",
        "[^1]: x",
        "{#id}",
        "klik hier",
        "https://x",
        "Zin.",
        "woord",
        "---",
        ">",
        "<!--",
        "-->",
        "<![CDATA[",
        "\u{0}",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ];
    let mut random = Lcg(7);
    for n in 0..40 {
        let body: String = (0..200).map(|_| pieces[random.next() % pieces.len()]).collect();
        fs::write(soup.join(format!("p{n}.md")), format!("{FRONT}{body}")).unwrap();
    }
    // Whatever it finds, it finds without panicking, at a place inside the file.
    let problems = match build_at(site.path(), |o| o.write = false) {
        Ok(built) => built.report.diagnostics,
        Err(problems) => problems,
    };
    let in_soup: Vec<_> = problems.iter().filter(|d| d.file.starts_with("content/nl/soep")).collect();
    assert!(in_soup.len() > 40, "the soup should have many findings: {}", in_soup.len());
    for d in in_soup {
        let text = fs::read_to_string(site.path().join(&d.file)).unwrap().replace("\r\n", "\n").replace('\r', "\n");
        let line = text.split('\n').nth(d.position.line - 1);
        let line = line.unwrap_or_else(|| panic!("{d}: no such line"));
        assert!(d.position.column >= 1 && d.position.column <= line.chars().count() + 1, "{d}: no such column");
    }
}
