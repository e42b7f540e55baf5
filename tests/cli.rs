//! The command line's contract: exit status 0, 1 (site errors, each in plain words, then
//! ` --> file:line:col [rule]`) and 2 (wrong command line), the one-line summary, and the
//! editor's language: `--lang`, then `LOKET_LANG`, then `editor_language` of site.yaml, then
//! the locale, else English.

mod common;

use common::{copy_fixture, fixture, loket, loket_with};

#[test]
fn build_succeeds_with_a_summary_line() {
    let site = copy_fixture("valid/basic");
    let root = site.path().to_str().unwrap();
    let (code, stdout, _) = loket(&["build", "--root", root]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Built 14 pages (nl 8, en 6) in "), "{stdout}");
    assert!(site.path().join("public/nl/index.html").is_file(), "default output is ROOT/public");
}

#[test]
fn check_writes_nothing() {
    let site = copy_fixture("valid/basic");
    let (code, stdout, _) = loket(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Checked 14 pages"), "{stdout}");
    assert!(!site.path().join("public").exists());
}

#[test]
fn site_errors_exit_with_1_and_print_file_line_column() {
    let root = fixture("invalid/all-errors-at-once");
    let (code, _, stderr) = loket(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("`weight` needs a whole number.\n --> content/nl/a.md:4:9 [front-matter]\n"), "{stderr}");
    assert!(stderr.contains("\n --> content/en/c.md:2:1 [front-matter]\n"), "{stderr}");
    assert!(stderr.starts_with("Error: "), "plain words first: {stderr}");
    assert!(
        stderr.trim_end().ends_with("5 errors. Fix the errors, then check again."),
        "every error of the build is counted: {stderr}"
    );
    let site = copy_fixture("invalid/all-errors-at-once");
    let (code, _, stderr) = loket(&["build", "--root", site.path().to_str().unwrap(), "--lang", "nl"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("Fout: "), "{stderr}");
    assert!(stderr.contains("5 fouten. Er is niets geschreven: "), "{stderr}");
}

#[test]
fn a_wrong_command_line_exits_with_2_and_says_so_in_plain_words_first() {
    let (code, _, stderr) = loket(&["build", "--no-such-option"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("loket does not know this option or word.\n"), "{stderr}");
    assert!(stderr.contains("--no-such-option"), "clap's detail follows: {stderr}");
    let (code, _, stderr) = loket_with(&["frobnicate"], &[("LOKET_LANG", "nl")]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("Deze opdracht kent loket niet."), "{stderr}");
    let (code, _, stderr) = loket(&["check", "--format", "xml", "--lang", "nl"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("Deze waarde kan hier niet."), "--lang is read even when clap fails: {stderr}");
    let (code, _, stderr) = loket(&["new", "--lang=nl"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("Er ontbreekt iets in de opdracht."), "{stderr}");
    let (code, stdout, _) = loket(&["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("--lang"), "{stdout}");
}

/// `check` of a fixture with one warning: (exit code, stdout, stderr) with these variables.
fn table_header_check(args: &[&str], vars: &[(&str, &str)]) -> (i32, String, String) {
    let root = fixture("warnings/table-header");
    let mut all = vec!["check", "--root", root.to_str().unwrap()];
    all.extend(args);
    loket_with(&all, vars)
}

fn is_dutch(stdout: &str, stderr: &str) -> bool {
    let dutch = stdout.contains("pagina's gecontroleerd") && stderr.starts_with("Waarschuwing: ");
    let english = stdout.starts_with("Checked ") && stderr.starts_with("Warning: ");
    assert!(dutch != english, "{stdout}\n{stderr}");
    dutch
}

#[test]
fn without_any_choice_loket_speaks_english() {
    let (code, stdout, stderr) = table_header_check(&[], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!is_dutch(&stdout, &stderr));
    let (_, stdout, stderr) = table_header_check(&[], &[("LANG", "fr_FR.UTF-8")]);
    assert!(!is_dutch(&stdout, &stderr), "a locale loket does not speak means English");
}

#[test]
fn the_locale_chooses_when_nothing_else_does_lc_all_first() {
    let (_, stdout, stderr) = table_header_check(&[], &[("LANG", "nl_NL.UTF-8")]);
    assert!(is_dutch(&stdout, &stderr));
    let (_, stdout, stderr) = table_header_check(&[], &[("LC_MESSAGES", "nl_BE"), ("LANG", "en_GB")]);
    assert!(is_dutch(&stdout, &stderr));
    let (_, stdout, stderr) = table_header_check(&[], &[("LC_ALL", "en_US.UTF-8"), ("LANG", "nl_NL.UTF-8")]);
    assert!(!is_dutch(&stdout, &stderr));
}

#[test]
fn loket_lang_beats_the_locale_and_the_flag_beats_loket_lang() {
    let (_, stdout, stderr) = table_header_check(&[], &[("LOKET_LANG", "nl"), ("LC_ALL", "en_US.UTF-8")]);
    assert!(is_dutch(&stdout, &stderr));
    let (_, stdout, stderr) = table_header_check(&[], &[("LOKET_LANG", "en"), ("LANG", "nl_NL.UTF-8")]);
    assert!(!is_dutch(&stdout, &stderr));
    let (_, stdout, stderr) = table_header_check(&["--lang", "en"], &[("LOKET_LANG", "nl"), ("LANG", "nl_NL")]);
    assert!(!is_dutch(&stdout, &stderr));
    let (_, stdout, stderr) = table_header_check(&["--lang", "nl"], &[("LOKET_LANG", "en")]);
    assert!(is_dutch(&stdout, &stderr));
    // A global flag: before the command too.
    let root = fixture("warnings/table-header");
    let (_, stdout, stderr) = loket(&["--lang", "nl", "check", "--root", root.to_str().unwrap()]);
    assert!(is_dutch(&stdout, &stderr));
}

#[test]
fn editor_language_of_site_yaml_beats_the_locale_and_loket_lang_beats_it() {
    let site = copy_fixture("warnings/table-header");
    let yaml = site.path().join("site.yaml");
    let settings = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, format!("{settings}editor_language: nl\n")).unwrap();
    let check = |args: &[&str], vars: &[(&str, &str)]| {
        let mut all = vec!["check", "--root", site.path().to_str().unwrap()];
        all.extend(args);
        let (code, stdout, stderr) = loket_with(&all, vars);
        assert_eq!(code, 0, "{stderr}");
        is_dutch(&stdout, &stderr)
    };
    assert!(check(&[], &[]));
    assert!(check(&[], &[("LC_ALL", "en_US.UTF-8")]), "site.yaml beats the locale");
    assert!(!check(&[], &[("LOKET_LANG", "en")]), "LOKET_LANG beats site.yaml");
    assert!(!check(&["--lang", "en"], &[]), "the flag beats site.yaml");
    std::fs::write(&yaml, format!("{settings}editor_language: en\n")).unwrap();
    assert!(!check(&[], &[("LANG", "nl_NL.UTF-8")]));
    // `loket new` reads it too.
    let (code, stdout, stderr) = loket_with(&["new", "nl/nieuw", "--root", site.path().to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("Created content/nl/nieuw.md"), "{stdout}");
    std::fs::write(&yaml, format!("{settings}editor_language: nl\n")).unwrap();
    let (_, stdout, _) = loket_with(&["new", "nl/nog-een", "--root", site.path().to_str().unwrap()], &[]);
    assert!(stdout.starts_with("content/nl/nog-een.md gemaakt"), "{stdout}");
}

#[test]
fn a_language_loket_does_not_speak_is_an_error_with_exit_status_2() {
    let (code, stdout, stderr) = table_header_check(&["--lang", "fr"], &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "nothing is checked: {stdout}");
    assert!(stderr.contains("not “fr” (from --lang)"), "{stderr}");
    let (code, _, stderr) = table_header_check(&["--lang", "fr"], &[("LANG", "nl_NL.UTF-8")]);
    assert_eq!(code, 2);
    assert!(stderr.contains("niet ‘fr’ (uit --lang)"), "told in the language the rest chooses: {stderr}");
    let (code, _, stderr) = table_header_check(&[], &[("LOKET_LANG", "de")]);
    assert_eq!(code, 2);
    assert!(stderr.contains("LOKET_LANG"), "{stderr}");
}

#[test]
fn new_writes_a_translated_pair_that_checks_cleanly_and_never_overwrites() {
    let site = copy_fixture("valid/basic");
    let root = site.path().to_str().unwrap();
    let (code, stdout, stderr) = loket(&[
        "new",
        "nl/diensten/loket/openingstijden",
        "--translate-to",
        "en/services/desk/opening-hours",
        "--root",
        root,
    ]);
    assert_eq!(code, 2, "new folders are made only when asked: {stderr}");
    assert!(
        stderr.contains("The folder content/nl/diensten/loket does not exist.") && stderr.contains("--create-folders"),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("Nothing was written."), "{stderr}");
    assert!(stdout.is_empty() && !site.path().join("content/nl/diensten/loket").exists());
    let (code, stdout, stderr) = loket(&[
        "new",
        "nl/diensten/loket/openingstijden",
        "--translate-to",
        "en/services/desk/opening-hours",
        "--root",
        root,
        "--create-folders",
    ]);
    assert_eq!(code, 0, "{stderr}");
    for created in [
        "content/nl/diensten/loket/_index.md",
        "content/en/services/desk/_index.md",
        "content/nl/diensten/loket/openingstijden.md",
        "content/en/services/desk/opening-hours.md",
    ] {
        assert!(site.path().join(created).is_file(), "{created}");
        assert!(stdout.contains(created), "{stdout}");
    }
    assert!(stdout.contains("https://loket.example.org/nl/diensten/loket/openingstijden/"), "{stdout}");
    assert!(stdout.contains("https://loket.example.org/en/services/desk/opening-hours/"), "{stdout}");
    assert!(stdout.contains("Fill in the title and the description"), "{stdout}");
    let (code, stdout, stderr) = loket(&["check", "--root", root, "--warnings", "full"]);
    assert_eq!(code, 0, "the new pages check without errors: {stderr}");
    // Their example words are warnings, one for each description and text of the four pages.
    assert_eq!(stderr.matches(" [placeholder-text]").count(), 8, "{stderr}");
    assert!(stdout.contains(", 8 warnings") || stdout.contains(" 8 warnings."), "{stdout}");
    let page = std::fs::read_to_string(site.path().join("content/nl/diensten/loket/openingstijden.md")).unwrap();
    assert!(page.contains("\nupdated: ") && !page.contains("\ndate: "), "an ordinary page, not news: {page}");
    let built = common::build_at(site.path(), |_| {}).expect("build");
    let page = built.read("en/services/desk/opening-hours/index.html");
    assert!(page.contains("href=\"/nl/diensten/loket/openingstijden/\""), "the switcher links the pair");

    let (code, _, stderr) = loket(&["new", "nl/diensten/loket/openingstijden", "--root", root]);
    assert_eq!(code, 1);
    assert!(stderr.contains("already exists"), "{stderr}");
    let (code, _, stderr) = loket(&["new", "nl/diensten/loket/openingstijden", "--root", root, "--lang", "nl"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("bestaat al. loket new schrijft nooit over een bestand heen."), "{stderr}");
    // A mistyped folder of the translation: refused, with the folder it looks like.
    let (code, _, stderr) =
        loket(&["new", "nl/diensten/loket/adres", "--translate-to", "en/services/dsk/address", "--root", root]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("The folder content/en/services/dsk does not exist."), "{stderr}");
    assert!(stderr.contains("Did you mean: content/en/services/desk?"), "{stderr}");
    assert!(!site.path().join("content/nl/diensten/loket/adres.md").exists());
    let (code, _, stderr) = loket(&["new", "fr/page", "--root", root]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, _) = loket(&["new", "nl/Met Spaties", "--root", root]);
    assert_eq!(code, 2);
}

#[test]
fn findings_show_the_line_with_a_caret_and_no_colour_when_not_on_a_terminal() {
    let root = fixture("invalid/heading-skip");
    let (code, _, stderr) = loket(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 1);
    let expected = "Error: This heading skips a level: a level-4 heading comes after level 2.\n --> content/nl/koppen.md:9:1 [heading-skip]\n  |\n9 | #### Vier\n  | ^^^^\n  |\n  = What to do: Use `###` here.";
    assert!(stderr.starts_with("Error: "), "{stderr}");
    assert!(stderr.contains(expected), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "no colour codes in a pipe: {stderr}");
    assert!(stderr.contains("1 error. Fix the error, then check again."), "{stderr}");
}

#[test]
fn warnings_never_change_the_exit_status() {
    let root = fixture("warnings/table-header");
    let (code, stdout, stderr) = loket(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.starts_with("Warning: ") && stderr.contains("\n --> content/nl/tabel.md:7:1 [table-header]\n"),
        "{stderr}"
    );
    assert!(stdout.starts_with("Checked ") && stdout.trim_end().ends_with(" s. 1 warning."), "{stdout}");
}

#[test]
fn json_format_prints_one_object_per_finding_and_line() {
    for command in ["check", "build"] {
        let site = copy_fixture("invalid/all-errors-at-once");
        let (code, stdout, stderr) = loket(&[command, "--root", site.path().to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 1);
        let findings: Vec<serde_json::Value> =
            stdout.lines().map(|l| serde_json::from_str(l).expect("a JSON object per line")).collect();
        assert_eq!(findings.len(), 5, "{stdout}");
        let first = &findings[0];
        assert_eq!(first["rule"], "front-matter");
        assert_eq!(first["severity"], "error");
        assert_eq!(first["file"], "content/en/c.md");
        assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(2), Some(1)));
        assert_eq!(first["message"], "The setting `description` is missing.");
        assert_eq!(first["hint"], "Add a line `description: ...`.");
        assert!(first["message_id"].is_string(), "{first}");
        assert!(stderr.contains("5 errors"), "the summary goes to stderr: {stderr}");
    }
    // The words in the editor's language; the fields and their values for machines unchanged.
    let root = fixture("warnings/placeholder-text");
    let (_, stdout, _) = loket(&["check", "--root", root.to_str().unwrap(), "--format", "json", "--lang", "nl"]);
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap_or_default()).unwrap();
    assert_eq!(first["rule"], "placeholder-text");
    assert_eq!(first["severity"], "warning");
    assert_eq!(first["message_id"], "placeholder-text-description");
    assert!(first["message"].as_str().unwrap_or_default().starts_with("De beschrijving is nog"), "{first}");
    // A successful run keeps stdout for JSON only: the summary goes to stderr.
    let root = fixture("warnings/table-header");
    let (code, stdout, stderr) = loket(&["check", "--root", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stderr.starts_with("Checked "), "{stderr}");
}

#[test]
fn a_report_whose_reader_stops_early_ends_quietly() {
    // More JSON than a pipe holds (about 300 KB): the reader leaves after the first line.
    let site = with_long_sentences(1_000);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["check", "--root", site.path().to_str().unwrap(), "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut first).unwrap();
    assert!(first.starts_with("{\"builtin\":"), "{first}");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "warnings only: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A copy of the status fixture with 14 more long sentences: more warnings than a person
/// reads one by one.
fn many_warnings() -> tempfile::TempDir {
    with_long_sentences(14)
}

/// A copy of the status fixture with a page of `count` long sentences (a warning each).
fn with_long_sentences(count: usize) -> tempfile::TempDir {
    let site = copy_fixture("status");
    let sentence = format!("{}.", ["Dit is een zin met heel veel woorden"; 4].join(" "));
    let body = vec![sentence; count].join("\n\n");
    std::fs::write(
        site.path().join("content/nl/lang.md"),
        format!("---\ntitle: Lang\ndescription: Lang\n---\n{body}\n"),
    )
    .unwrap();
    site
}

fn full_warnings(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.starts_with("Warning: ")).count()
}

#[test]
fn many_warnings_print_the_first_few_then_one_line_per_rule() {
    let site = many_warnings();
    let root = site.path().to_str().unwrap();
    let (code, stdout, _) = loket(&["check", "--root", root, "--format", "json"]);
    assert_eq!(code, 0);
    let all = stdout.lines().count();
    assert!(all > 10, "{stdout}");
    for command in ["check", "build"] {
        let (code, stdout, stderr) = loket(&[command, "--root", root]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(full_warnings(&stderr), 5, "{stderr}");
        assert!(stderr.contains(&format!("{} more warnings are not shown here.", all - 5)), "{stderr}");
        let long = stderr.lines().find(|l| l.starts_with("  long-sentence: ")).expect(&stderr);
        assert!(long.ends_with(" more (loket check --rule long-sentence)"), "{long}");
        let hidden: usize = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("  ")?.split(": ").nth(1)?.split(' ').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(hidden, all - 5, "every warning is counted once: {stderr}");
        assert!(stdout.contains(&format!(" {all} warnings.")), "the summary counts them all: {stdout}");
    }
    let (_, _, stderr) = loket(&["check", "--root", root, "--warnings", "full"]);
    assert_eq!(full_warnings(&stderr), all, "{stderr}");
    assert!(!stderr.contains("more warnings"));
    let (_, _, stderr) = loket(&["check", "--root", root, "--lang", "nl"]);
    assert!(stderr.contains(&format!("Er staan hier nog {} waarschuwingen niet.", all - 5)), "{stderr}");
    assert!(stderr.contains("  long-sentence: nog "), "{stderr}");
}

#[test]
fn rule_selects_the_findings_of_one_rule() {
    let site = many_warnings();
    let root = site.path().to_str().unwrap();
    let (code, _, stderr) = loket(&["check", "--root", root, "--rule", "readability"]);
    assert_eq!(code, 0);
    assert_eq!(full_warnings(&stderr), stderr.matches(" [readability]").count(), "{stderr}");
    assert!(stderr.contains(" --> content/nl/diensten/oud.md:6:1 [readability]"), "{stderr}");
    // 16 long sentences: summarised unless asked for in full.
    let (_, _, stderr) = loket(&["check", "--root", root, "--rule", "long-sentence"]);
    assert_eq!(full_warnings(&stderr), 5, "{stderr}");
    assert!(stderr.contains("  long-sentence: 11 more (loket check --rule long-sentence)"), "{stderr}");
    let (_, _, stderr) = loket(&["check", "--root", root, "--rule", "long-sentence", "--warnings", "full"]);
    assert_eq!(full_warnings(&stderr), 16, "{stderr}");
    let (_, stdout, _) = loket(&["check", "--root", root, "--rule", "long-sentence", "--format", "json"]);
    assert_eq!(stdout.lines().count(), 16, "{stdout}");
    let (code, _, stderr) = loket(&["check", "--root", root, "--rule", "long-sentences"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Did you mean “long-sentence”?"), "{stderr}");
}
