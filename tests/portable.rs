//! A site that builds on Linux builds the same on Windows and macOS (issue 22): names that
//! Windows cannot hold and output paths that differ only in case or Unicode normalization are
//! findings, and CRLF line endings and a byte-order mark read as LF does. Each behaviour is
//! forced here on Linux (where all of these files can exist side by side); in git these files
//! could not even be checked out on Windows.

mod common;

use common::{build_at, render, snapshot};
use loket::diagnostics::Diagnostics;
use std::fs;
use std::path::Path;

/// The findings as the command line prints them, with `/` between folders on every system
/// (Windows prints `content\\nl\\a.md`), to compare with the expected text here.
fn shown(problems: &Diagnostics) -> String {
    let text = render(problems);
    if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text
    }
}

fn findings(root: &Path) -> Diagnostics {
    match build_at(root, |o| o.write = false) {
        Ok(built) => built.report.diagnostics,
        Err(problems) => problems,
    }
}

/// A site with a home page in two languages.
fn minimal() -> tempfile::TempDir {
    let site = tempfile::tempdir().expect("temporary folder");
    write(site.path(), "site.yaml", SITE_YAML);
    write(site.path(), "content/nl/_index.md", "---\ntitle: Welkom\ndescription: Home.\n---\n");
    write(site.path(), "content/en/_index.md", "---\ntitle: Welcome\ndescription: Home.\n---\n");
    site
}

const SITE_YAML: &str = "base_url: https://loket.example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: \"Testloket\" }\n  en: { name: English, title: \"Test desk\" }\n# One language is enough here.\nchecks: { missing-translation: off }\n";

fn write(root: &Path, path: &str, contents: &str) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, contents).expect("write");
}

#[cfg(target_os = "linux")]
#[test]
fn names_windows_cannot_hold_are_findings_at_the_file() {
    let page = "---\ntitle: Hulp\ndescription: Hulp.\n---\nTekst.\n";
    for (file, contents, expected) in [
        ("content/nl/aux.md", page, "content/nl/aux.md:1:1: error[file-name]: Windows does not allow this file name, “aux.md”: “aux” is a name Windows keeps for a device."),
        ("content/nl/con/_index.md", page, "content/nl/con/_index.md:1:1: error[file-name]: Windows does not allow this folder name, “con”: “con” is a name Windows keeps for a device."),
        ("content/nl/formulier?.pdf", "%PDF", "content/nl/formulier?.pdf:1:1: error[file-name]: Windows does not allow this file name, “formulier?.pdf”: it has the character ?."),
        ("static/docs/Nul.txt", "x", "static/docs/Nul.txt:1:1: error[file-name]"),
        ("static/docs/punt.", "x", "static/docs/punt.:1:1: error[file-name]: Windows does not allow this file name, “punt.”: it ends in a dot or a space."),
        ("static/a\tb.txt", "x", "error[file-name]: Windows does not allow this file name, “a\\tb.txt”: it has a control character."),
        ("data/com1.yaml", "telefoon: \"088\"\n", "data/com1.yaml:1:1: error[file-name]"),
        ("templates/lpt1.html", "x", "templates/lpt1.html:1:1: error[file-name]"),
        ("locales/nl/a|b.ftl", "x = y\n", "locales/nl/a|b.ftl:1:1: error[file-name]"),
    ] {
        let site = minimal();
        write(site.path(), file, contents);
        let rendered = render(&findings(site.path()));
        assert!(rendered.contains(expected), "no finding {expected:?} in:\n{rendered}");
        assert!(rendered.contains("= hint: Rename it"), "{rendered}");
    }
}

#[test]
fn aliases_that_differ_from_a_page_only_in_case_are_a_conflict_naming_both() {
    let site = minimal();
    let root = site.path();
    write(root, "content/nl/faq/_index.md", "---\ntitle: Vragen\ndescription: Vragen.\n---\nTekst.\n");
    write(root, "content/nl/faq/vraag.md", "---\ntitle: Vraag\ndescription: Vraag.\n---\nTekst.\n");
    write(
        root,
        "content/nl/faq/oud.md",
        "---\ntitle: Oud\ndescription: Oud.\naliases:\n  - /nl/faq/Vraag/\n---\nTekst.\n",
    );
    let rendered = shown(&findings(root));
    assert!(
        rendered.contains("content/nl/faq/oud.md:5:5: error[output-conflict]: `/nl/faq/Vraag/index.html`, made by an alias in content/nl/faq/oud.md, and `/nl/faq/vraag/index.html`, made by the page content/nl/faq/vraag.md"),
        "{rendered}"
    );
}

/// `café.txt` written as NFC (`é` one character) and as NFD (`e` and a combining accent):
/// two files on Linux, one on macOS.
#[cfg(target_os = "linux")]
#[test]
fn static_files_that_differ_only_in_normalization_or_case_are_a_conflict() {
    let site = minimal();
    let root = site.path();
    write(root, "static/caf\u{e9}.txt", "nfc");
    write(root, "static/cafe\u{301}.txt", "nfd");
    write(root, "static/Logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    write(root, "static/logo.SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    let rendered = shown(&findings(root));
    assert_eq!(rendered.matches("error[output-conflict]").count(), 2, "{rendered}");
    assert!(rendered.contains("differ only in capital letters or in how accents are stored"), "{rendered}");
    assert!(rendered.contains("`/Logo.svg`") && rendered.contains("`/logo.SVG`"), "{rendered}");
}

/// A site and its copy with every text file in CRLF and with a byte-order mark.
fn lf_and_crlf_bom(files: &[(&str, &str)]) -> (tempfile::TempDir, tempfile::TempDir) {
    let lf = minimal();
    let crlf = minimal();
    for (path, text) in files {
        write(lf.path(), path, text);
        write(crlf.path(), path, &format!("\u{feff}{}", text.replace('\n', "\r\n")));
    }
    (lf, crlf)
}

/// The same site in LF and in CRLF with a BOM builds to the same bytes.
fn builds_alike(files: &[(&str, &str)]) {
    let (lf, crlf) = lf_and_crlf_bom(files);
    let built = |root: &Path| match build_at(root, |_| {}) {
        Ok(built) => built,
        Err(problems) => panic!("{} should build, but:\n{}", root.display(), render(&problems)),
    };
    let (a, b) = (built(lf.path()), built(crlf.path()));
    assert_eq!(render(&a.report.diagnostics), render(&b.report.diagnostics));
    let (a, b) = (snapshot(&a.out()), snapshot(&b.out()));
    assert_eq!(a.len(), b.len());
    for ((name_a, bytes_a), (name_b, bytes_b)) in a.iter().zip(&b) {
        assert_eq!(name_a, name_b);
        assert!(
            bytes_a == bytes_b,
            "{name_a} differs:\n{}\n---\n{}",
            String::from_utf8_lossy(bytes_a),
            String::from_utf8_lossy(bytes_b)
        );
    }
}

/// The same broken site in LF and in CRLF with a BOM gives the same findings, at the same
/// lines and columns.
fn fails_alike(files: &[(&str, &str)], expected: &str) {
    let (lf, crlf) = lf_and_crlf_bom(files);
    let (a, b) = (shown(&findings(lf.path())), shown(&findings(crlf.path())));
    assert!(a.contains(expected), "LF: no {expected:?} in:\n{a}");
    assert_eq!(a, b, "LF and CRLF+BOM findings differ");
}

const PAGE: &str = "---\ntitle: \"Over ons\"\ndescription: \"Wie wij zijn.\"\n---\nWij zijn een loket.\n\n## Adres\n\nBel {{ data(key=\"contact.telefoon\") }}.\n\n- een\n- twee\n\n```\ncode\n```\n";

#[test]
fn crlf_and_bom_in_markdown_read_as_lf() {
    builds_alike(&[("content/nl/over.md", PAGE), ("data/contact.yaml", "telefoon: \"088 123\"\n")]);
    fails_alike(
        &[("content/nl/over.md", "---\ntitle: Over\ndescription: Over.\n---\nTekst.\n\n#### Te diep\n")],
        "content/nl/over.md:7:1: error[heading-skip]",
    );
    fails_alike(
        &[("content/nl/over.md", "---\ntitle: Over\ndescription: Over.\nkleur: rood\n---\nTekst.\n")],
        "content/nl/over.md:4:1: error[front-matter]",
    );
}

#[test]
fn crlf_and_bom_in_site_yaml_read_as_lf() {
    builds_alike(&[("site.yaml", SITE_YAML)]);
    fails_alike(&[("site.yaml", &format!("{SITE_YAML}kleur: rood\n"))], "site.yaml:8:1: error[config]");
}

#[test]
fn crlf_and_bom_in_data_read_as_lf() {
    builds_alike(&[("content/nl/over.md", PAGE), ("data/contact.yaml", "# Het loket\ntelefoon:\n  \"088 123\"\n")]);
    fails_alike(&[("data/contact.yaml", "telefoon: \"088\"\nfax: [1, 2]\n")], "data/contact.yaml:2:");
}

#[test]
fn crlf_and_bom_in_fluent_read_as_lf() {
    let ftl = |lang: &str| format!("locales/{lang}/site.ftl");
    let (nl, en) = (ftl("nl"), ftl("en"));
    builds_alike(&[
        (&nl, "# Eigen teksten\nnot-found-help = Heb je het adres zelf getypt?\n    Kijk dan of het goed is.\n"),
        (&en, "# Own texts\nnot-found-help = Did you type the address yourself?\n    Check it.\n"),
    ]);
    fails_alike(&[(&nl, "a = b\n\nkapot = {\n"), (&en, "a = b\n")], &format!("{nl}:3:"));
}

#[test]
fn crlf_and_bom_in_templates_read_as_lf() {
    let template = "{% extends \"page.html\" %}\n{% block before_content %}\n<p>\n  {{ page.title }}\n</p>\n{% endblock before_content %}\n";
    builds_alike(&[
        ("templates/eigen.html", template),
        ("content/nl/over.md", "---\ntitle: Over\ndescription: Over.\ntemplate: eigen.html\n---\nTekst.\n"),
    ]);
    fails_alike(
        &[
            ("templates/eigen.html", "{% extends \"page.html\" %}\n{% block before_content %}\n<p>\n  {{ page.title \n</p>\n{% endblock before_content %}\n"),
            ("content/nl/over.md", "---\ntitle: Over\ndescription: Over.\ntemplate: eigen.html\n---\nTekst.\n"),
        ],
        "templates/eigen.html:",
    );
}

/// `loket build` with the output swap of systems without `renameat2`, forced by
/// `LOKET_PORTABLE_SWAP` (read by debug builds only): a build that fails leaves the old
/// output whole, one that succeeds replaces it whole, with nothing left beside it.
#[test]
fn the_forced_portable_swap_replaces_the_output_whole_or_not_at_all() {
    let site = minimal();
    let root = site.path();
    write(root, "content/nl/oud.md", "---\ntitle: Oud\ndescription: Oud.\n---\nTekst.\n");
    let build = || {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_loket"))
            .args(["build", "--no-search", "--root"])
            .arg(root)
            .env(loket::publish::output::PORTABLE_SWAP_VAR, "1")
            .output()
            .expect("run loket");
        (output.status.success(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    let (ok, stderr) = build();
    assert!(ok, "{stderr}");
    let out = root.join("public");
    let first = snapshot(&out);
    assert!(first.iter().any(|(name, _)| name.ends_with("oud/index.html")), "{first:?}");

    write(root, "content/nl/nieuw.md", "---\ntitle: Nieuw\ndescription: Nieuw.\n---\nZie [weg](weg.md).\n");
    let (ok, stderr) = build();
    assert!(!ok && stderr.contains("broken-link"), "{stderr}");
    assert!(snapshot(&out) == first, "a failed build leaves the old output whole");

    fs::remove_file(root.join("content/nl/oud.md")).expect("remove");
    write(root, "content/nl/nieuw.md", "---\ntitle: Nieuw\ndescription: Nieuw.\n---\nTekst.\n");
    let (ok, stderr) = build();
    assert!(ok, "{stderr}");
    let second = snapshot(&out);
    assert!(second.iter().any(|(name, _)| name.ends_with("nieuw/index.html")));
    assert!(!second.iter().any(|(name, _)| name.ends_with("oud/index.html")), "the old output is gone");
    let fresh = snapshot(&build_at(root, |o| o.search = false).expect("builds").out());
    let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&second), names(&fresh));
    assert!(second == fresh, "the new output is whole: its bytes are those of a fresh build");
    let mut beside: Vec<String> = fs::read_dir(root)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    beside.sort();
    assert_eq!(beside, ["content", "public", "site.yaml"], "no staging or old folder is left");
}

/// A static file `nl/Faq` and the folder of the page `/nl/faq/`: one name on Windows and
/// macOS, where the file could not be written beside the folder.
#[test]
fn a_file_named_like_a_folder_but_for_case_is_a_conflict() {
    let site = minimal();
    let root = site.path();
    write(root, "content/nl/faq.md", "---\ntitle: Vragen\ndescription: Vragen.\n---\nTekst.\n");
    write(root, "static/nl/Faq", "x");
    let rendered = shown(&findings(root));
    assert!(
        rendered.contains("static/nl/Faq:1:1: error[output-conflict]: The output file `/nl/Faq` is also the folder of `/nl/faq/index.html`"),
        "{rendered}"
    );
}
