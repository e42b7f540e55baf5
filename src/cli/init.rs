//! `loket init`: writes a new, minimal site into an empty (or new) folder: `site.yaml`, per
//! language a home page and one section paired by `translation_key`, a `.gitignore` for the
//! output and a short README for editors. The site builds and checks with zero findings.

use crate::cli::new_files::{self, NewFile, NotWritten};
use crate::load::config::is_language_code;
use crate::load::theme;
use std::fmt::Write as _;
use std::path::Path;

/// What `loket init` names in its refusals.
pub const COMMAND: &str = "loket init";

/// What one language's files say. Dutch and English have their own words; any other language
/// gets the English text to translate (it is still a valid, checked site).
struct Words {
    name: &'static str,
    site_title: &'static str,
    home_title: &'static str,
    home_description: &'static str,
    home_body: &'static str,
    section_slug: &'static str,
    section_title: &'static str,
    section_description: &'static str,
    section_body: &'static str,
}

const DUTCH: Words = Words {
    name: "Nederlands",
    site_title: "Mijn site",
    home_title: "Welkom",
    home_description: "De startpagina van de site.",
    home_body: "Dit is de startpagina. Vervang deze tekst door uw eigen tekst.",
    section_slug: "informatie",
    section_title: "Informatie",
    section_description: "Alles wat u moet weten.",
    section_body: "Dit is een rubriek. Zet nieuwe pagina's in deze map met `loket new`.",
};

const ENGLISH: Words = Words {
    name: "English",
    site_title: "My site",
    home_title: "Welcome",
    home_description: "The home page of the site.",
    home_body: "This is the home page. Replace this text with your own.",
    section_slug: "information",
    section_title: "Information",
    section_description: "Everything you need to know.",
    section_body: "This is a section. Add new pages to its folder with `loket new`.",
};

fn words(code: &str) -> &'static Words {
    if code == "nl" {
        &DUTCH
    } else {
        &ENGLISH
    }
}

/// Whose UI strings a language without built-in ones starts from.
const FALLBACK_LOCALE: &str = "en";

/// The `translation_key` the sections share (the English slug, whatever the languages).
const SECTION_KEY: &str = "information";

/// `nl,en` → the language codes, checked (the first is the default language).
pub fn parse_languages(text: &str) -> Result<Vec<String>, NotWritten> {
    let mut codes: Vec<String> = Vec::new();
    for code in text.split(',').map(str::trim) {
        if !is_language_code(code) {
            return Err(NotWritten::Usage(format!(
                "`{code}` in --languages is not a language code: use lowercase codes separated by commas, such as `nl,en`"
            )));
        }
        if codes.iter().any(|c| c == code) {
            return Err(NotWritten::Usage(format!("`{code}` is named twice in --languages")));
        }
        codes.push(code.to_string());
    }
    Ok(codes)
}

/// The files of a new site in `languages` (the first is the default), in writing order.
pub fn plan(languages: &[String]) -> Vec<NewFile> {
    let mut files = vec![NewFile { path: "site.yaml".into(), contents: site_yaml(languages) }];
    for code in languages {
        let w = words(code);
        files.push(NewFile {
            path: Path::new("content").join(code).join("_index.md"),
            contents: new_files::page_text(w.home_title, w.home_description, None, None, w.home_body),
        });
        files.push(NewFile {
            path: Path::new("content").join(code).join(w.section_slug).join("_index.md"),
            contents: new_files::page_text(
                w.section_title,
                w.section_description,
                Some(SECTION_KEY),
                None,
                w.section_body,
            ),
        });
        // The built-in theme speaks Dutch and English; another language gets the English UI
        // strings as its own files, to translate.
        if theme::builtin_locale(code).is_empty() {
            for (name, data) in theme::builtin_locale(FALLBACK_LOCALE) {
                let text = String::from_utf8_lossy(&data);
                files.push(NewFile {
                    path: Path::new(theme::LOCALES_DIR).join(code).join(name),
                    contents: format!("# Copied from the English UI strings: translate every message.\n{text}"),
                });
            }
        }
    }
    files.push(NewFile { path: ".gitignore".into(), contents: "# The output of `loket build`.\n/public/\n".into() });
    files.push(NewFile { path: "README.md".into(), contents: readme(languages) });
    files
}

fn site_yaml(languages: &[String]) -> String {
    let mut text =
        String::from("# The site's settings; every key is described in the loket README (\"The site contract\").\n");
    text.push_str("base_url: https://example.org\n");
    let _ = writeln!(text, "default_language: {}", languages.first().map_or("nl", String::as_str));
    text.push_str("languages:\n");
    for code in languages {
        let w = words(code);
        let name = if code == "nl" || code == "en" { w.name.to_string() } else { code.clone() };
        let _ = writeln!(text, "  {code}: {{ name: \"{name}\", title: \"{}\" }}", w.site_title);
    }
    text.push_str("menus:\n");
    let _ = writeln!(text, "  main: [{SECTION_KEY}]");
    text
}

fn readme(languages: &[String]) -> String {
    let first = languages.first().map_or("nl", String::as_str);
    let section = words(first).section_slug;
    let mut text = String::from("# Editing this site\n\n");
    text.push_str(
        "This site is built with loket. Every page is a Markdown file under `content/`, one folder\n\
         per language. A page starts with its front matter (`title` and `description`, between two\n\
         `---` lines); the text follows.\n\n",
    );
    text.push_str("- Preview while you write: `loket serve`, then open http://localhost:1111/\n");
    let _ = writeln!(text, "- Add a page: `loket new {first}/{section}/new-page`");
    text.push_str("- Check the site: `loket check` (every problem is listed with its file, line and fix)\n");
    text.push_str("- Build it for publishing: `loket build` (the files go to `public/`)\n\n");
    text.push_str(
        "A page and its translation share a `translation_key`. The settings (languages, menus) are in\n\
         `site.yaml`; set `base_url` to the site's real address before publishing.\n",
    );
    let copied: Vec<&str> =
        languages.iter().map(String::as_str).filter(|code| theme::builtin_locale(code).is_empty()).collect();
    if !copied.is_empty() {
        let _ = write!(
            text,
            "\nThe texts of the theme (menu labels, the 404 page) are in English in {}: translate them.\n",
            copied.iter().map(|code| format!("`locales/{code}/`")).collect::<Vec<_>>().join(", ")
        );
    }
    text
}

/// Refuses a folder that holds anything (a new site never mixes with other files); a missing
/// folder is fine and is created.
pub fn check_folder(dir: &Path) -> Result<(), NotWritten> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => match entries.next() {
            None => Ok(()),
            Some(entry) => {
                let name = entry.map(|e| e.file_name().to_string_lossy().into_owned()).unwrap_or_default();
                Err(NotWritten::Refused(format!(
                    "{} is not empty (it holds `{name}`); loket init writes a new site into an empty or new folder: \
                     name one, such as `loket init my-site`",
                    dir.display()
                )))
            }
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::NotADirectory => {
            Err(NotWritten::Refused(format!("{} is a file, not a folder", dir.display())))
        }
        Err(err) => Err(NotWritten::Refused(format!("cannot read {}: {err}", dir.display()))),
    }
}

/// Writes the planned files into `dir` (created if missing), never over an existing file.
pub fn write(dir: &Path, files: &[NewFile]) -> Result<(), NotWritten> {
    new_files::write(dir, files, COMMAND, new_files::Named::WithFolder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_checked_and_the_first_is_the_default() {
        assert_eq!(parse_languages("nl, en").unwrap(), ["nl", "en"]);
        assert!(matches!(parse_languages("nl,NL"), Err(NotWritten::Usage(_))));
        assert!(matches!(parse_languages("nl,nl"), Err(NotWritten::Usage(_))));
        assert!(matches!(parse_languages(""), Err(NotWritten::Usage(_))));
        let files = plan(&["en".into(), "nl".into()]);
        assert!(files[0].contents.contains("default_language: en\n"));
        let paths: Vec<String> = files.iter().map(|f| crate::diagnostics::shown(&f.path)).collect();
        assert_eq!(
            paths,
            [
                "site.yaml",
                "content/en/_index.md",
                "content/en/information/_index.md",
                "content/nl/_index.md",
                "content/nl/informatie/_index.md",
                ".gitignore",
                "README.md"
            ]
        );
    }

    #[test]
    fn a_folder_with_anything_in_it_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(check_folder(dir.path()).is_ok());
        assert!(check_folder(&dir.path().join("new")).is_ok());
        std::fs::write(dir.path().join(".hidden"), "").unwrap();
        assert!(matches!(check_folder(dir.path()), Err(NotWritten::Refused(m)) if m.contains("`.hidden`")));
    }
}
