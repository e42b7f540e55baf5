//! The editors' handbook (`docs/handbook/{nl,en}/`) cannot drift from loket. Its example
//! pages are code blocks marked with the file they belong to (```` ```markdown
//! file=content/nl/asiel/gehoor.md ````; `part-of=site.yaml` adds a block to the end of that
//! file). Each chapter's blocks are written into a copy of `tests/fixtures/handbook/` and the
//! site must build with zero findings. A block marked `broken=PATH` is a page with a mistake:
//! the real human report of `loket check` on the chapter's site with that page must equal the
//! block marked `output-of=PATH` (`LOKET_BLESS=1` rewrites it; then review the diff). Every
//! link of the handbook resolves, every chapter is linked from its language's index, and the
//! README stays short.

mod common;

use common::{build_at, copy_dir, fixture, render};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 2] = ["nl", "en"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn chapters(lang: &str) -> Vec<PathBuf> {
    let dir = root().join("docs/handbook").join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("handbook folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    files
}

/// A fenced code block: its info string's words after the language as `key=value`, its text,
/// and where its text starts and ends in the Markdown (byte offsets), for blessing.
#[derive(Debug)]
struct Block {
    attrs: BTreeMap<String, String>,
    text: String,
    line: usize,
    start: usize,
    end: usize,
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut open: Option<(String, BTreeMap<String, String>, usize, usize)> = None;
    let mut offset = 0;
    for (index, line) in markdown.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end();
        match &open {
            None if trimmed.starts_with("```") => {
                let fence: String = trimmed.chars().take_while(|c| *c == '`').collect();
                let info = &trimmed[fence.len()..];
                let attrs = info
                    .split_whitespace()
                    .skip(1)
                    .filter_map(|w| w.split_once('='))
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                open = Some((fence, attrs, index + 1, offset + line.len()));
            }
            Some((fence, _, _, _)) if trimmed == fence => {
                let (_, attrs, line_no, start) = open.take().expect("an open block");
                found.push(Block {
                    attrs,
                    text: markdown[start..offset].to_string(),
                    line: line_no,
                    start,
                    end: offset,
                });
            }
            _ => {}
        }
        offset += line.len();
    }
    assert!(open.is_none(), "a code block is never closed");
    found
}

/// The chapter's site: the base fixture with the chapter's `file=` and `part-of=` blocks.
fn chapter_site(chapter: &Path, blocks: &[Block]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_dir(&fixture("handbook"), dir.path());
    let mut written = BTreeMap::new();
    for block in blocks {
        if let Some(path) = block.attrs.get("file") {
            let previous = written.insert(path.clone(), block.line);
            assert!(previous.is_none(), "{}:{}: {path} is given twice", chapter.display(), block.line);
            write(dir.path(), path, &block.text);
        }
    }
    for block in blocks {
        if let Some(path) = block.attrs.get("part-of") {
            let file = dir.path().join(path);
            let mut text = std::fs::read_to_string(&file).unwrap_or_default();
            text.push_str(&block.text);
            std::fs::write(&file, text).expect("write");
        }
    }
    dir
}

fn write(site: &Path, path: &str, text: &str) {
    let file = site.join(path);
    std::fs::create_dir_all(file.parent().expect("a folder")).expect("mkdir");
    std::fs::write(&file, text).expect("write");
}

#[test]
fn every_example_of_the_handbook_builds_without_findings() {
    let mut examples = 0;
    for lang in LANGUAGES {
        for chapter in chapters(lang) {
            let text = std::fs::read_to_string(&chapter).expect("read chapter");
            let blocks = blocks(&text);
            if !blocks.iter().any(|b| b.attrs.contains_key("file") || b.attrs.contains_key("part-of")) {
                continue;
            }
            examples += blocks.len();
            let site = chapter_site(&chapter, &blocks);
            match build_at(site.path(), |o| o.write = false) {
                Ok(built) => assert!(
                    built.report.diagnostics.is_empty(),
                    "the examples of {} give findings:\n{}",
                    chapter.display(),
                    render(&built.report.diagnostics)
                ),
                Err(problems) => panic!("the examples of {} do not build:\n{}", chapter.display(), render(&problems)),
            }
        }
    }
    assert!(examples > 10, "the handbook has only {examples} examples: are the blocks marked?");
}

/// The human report of `loket check` on the site, as an editor sees it in the terminal.
fn human_report(site: &Path, lang: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["check", "--root"])
        .arg(site)
        .env("LOKET_LANG", lang)
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .output()
        .expect("run loket");
    assert_eq!(out.status.code(), Some(1), "a broken example must fail the check");
    String::from_utf8(out.stderr).expect("the report is text")
}

#[test]
fn the_messages_in_the_handbook_are_the_real_reports_of_its_broken_examples() {
    let bless = std::env::var_os("LOKET_BLESS").is_some();
    let mut compared = 0;
    let mut mismatches = Vec::new();
    for lang in LANGUAGES {
        for chapter in chapters(lang) {
            let mut text = std::fs::read_to_string(&chapter).expect("read chapter");
            let blocks = blocks(&text);
            let mut replacements = Vec::new();
            for broken in blocks.iter().filter(|b| b.attrs.contains_key("broken")) {
                let path = &broken.attrs["broken"];
                let output = blocks
                    .iter()
                    .find(|b| b.attrs.get("output-of") == Some(path))
                    .unwrap_or_else(|| panic!("{}: no block output-of={path}", chapter.display()));
                let site = chapter_site(&chapter, &blocks);
                write(site.path(), path, &broken.text);
                let actual = human_report(site.path(), lang);
                compared += 1;
                if bless {
                    replacements.push((output.start, output.end, actual));
                } else if actual != output.text {
                    mismatches.push(format!(
                        "== {}:{}\n-- in the handbook:\n{}-- loket says:\n{actual}",
                        chapter.display(),
                        output.line,
                        output.text
                    ));
                }
            }
            replacements.sort_by_key(|r| std::cmp::Reverse(r.0));
            for (start, end, actual) in &replacements {
                text.replace_range(start..end, actual);
            }
            if !replacements.is_empty() {
                std::fs::write(&chapter, text).expect("bless the chapter");
            }
        }
    }
    assert!(compared >= 2, "each language's chapter on reading a message shows a real report");
    assert!(
        mismatches.is_empty(),
        "the handbook shows other words (LOKET_BLESS=1 rewrites them):\n{}",
        mismatches.join("\n")
    );
}

/// The Markdown outside code: fenced blocks and inline code removed, so that the links of
/// example pages do not count as links of the handbook.
fn prose(markdown: &str) -> String {
    let mut kept = String::new();
    let mut in_block = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            let mut in_code = false;
            for c in line.chars() {
                if c == '`' {
                    in_code = !in_code;
                } else if !in_code {
                    kept.push(c);
                }
            }
            kept.push('\n');
        }
    }
    kept
}

fn links(markdown: &str) -> Vec<String> {
    let text = prose(markdown);
    let mut found = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        if let Some(end) = rest.find(')') {
            found.push(rest[..end].to_string());
        }
    }
    found
}

/// GitHub's name of a heading: lowercase, letters, digits, `-` and `_` kept, spaces as `-`.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn anchors(markdown: &str) -> Vec<String> {
    let text = prose(markdown);
    let mut names: Vec<String> =
        text.lines().filter(|l| l.starts_with('#')).map(|l| anchor(l.trim_start_matches('#'))).collect();
    // An explicit `<a id="...">` is a target too.
    let mut rest = markdown;
    while let Some(at) = rest.find("<a id=\"") {
        rest = &rest[at + 7..];
        names.extend(rest.split_once('"').map(|(id, _)| id.to_string()));
    }
    names
}

#[test]
fn every_link_of_the_handbook_resolves_and_every_chapter_is_in_its_index() {
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let chapters = chapters(lang);
        for chapter in &chapters {
            let text = std::fs::read_to_string(chapter).expect("read chapter");
            for link in links(&text) {
                if link.starts_with("https://") || link.starts_with("http://") || link.starts_with("mailto:") {
                    continue;
                }
                let (path, fragment) = link.split_once('#').unwrap_or((&link, ""));
                let target =
                    if path.is_empty() { chapter.clone() } else { chapter.parent().expect("folder").join(path) };
                if !target.exists() {
                    problems.push(format!("{}: {link} does not exist", chapter.display()));
                    continue;
                }
                if !fragment.is_empty() {
                    let target_text = std::fs::read_to_string(&target).unwrap_or_default();
                    if !anchors(&target_text).iter().any(|a| a == fragment) {
                        problems.push(format!("{}: {link} names no heading", chapter.display()));
                    }
                }
            }
        }
        let index = root().join("docs/handbook").join(lang).join("README.md");
        let index_links = links(&std::fs::read_to_string(&index).expect("the handbook's index page"));
        for chapter in chapters.iter().filter(|c| !c.ends_with("README.md")) {
            let name = chapter.file_name().and_then(|n| n.to_str()).expect("name");
            if !index_links.iter().any(|l| l == name) {
                problems.push(format!("{} does not link {name}", index.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_link_check_can_fail() {
    assert_eq!(links("see [a](a.md) and `[b](b.md)`\n```\n[c](c.md)\n```\n"), vec!["a.md"]);
    assert_eq!(anchor(" Wat neemt u mee?"), "wat-neemt-u-mee");
    let found = blocks("x\n```markdown file=content/nl/a.md\n---\n```\n");
    assert_eq!(found[0].attrs["file"], "content/nl/a.md");
    assert_eq!(found[0].text, "---\n");
}

#[test]
fn the_readme_is_short() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let lines = readme.lines().count();
    assert!(lines <= 200, "README.md has {lines} lines; move detail to docs/ (at most 200)");
    for page in
        ["docs/handbook/nl/README.md", "docs/handbook/en/README.md", "docs/maintainers.md", "docs/benchmarks.md"]
    {
        assert!(readme.contains(page), "README.md does not link {page}");
    }
}
