//! `loket init`: writes a new, minimal site into an empty (or new) folder, looking like the
//! example site: `site.yaml`, per language a home page (its breadcrumb "Home"), one section
//! paired by `translation_key`, a search page and a sitemap page (in the footer menu), a
//! `.gitignore` for the output and a README for editors in the site's first language that
//! points to the editors' handbook. The site builds and checks with zero findings.

use crate::cli::new_files::{self, NewFile, NotWritten};
use crate::load::config::is_language_code;
use crate::load::theme;
use crate::text;
use std::fmt::Write as _;
use std::path::Path;

/// What `loket init` names in its refusals.
pub const COMMAND: &str = "loket init";

/// Where loket's documentation lives (the editors' handbook, the settings of `site.yaml`).
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// What one language's files say. Dutch and English have their own words; any other language
/// gets the English text to translate (it is still a valid, checked site).
struct Words {
    site_title: &'static str,
    home_description: &'static str,
    home_body: &'static str,
    section_slug: &'static str,
    section_title: &'static str,
    section_description: &'static str,
    section_body: &'static str,
    search_slug: &'static str,
    search_title: &'static str,
    search_description: &'static str,
    sitemap_title: &'static str,
    sitemap_description: &'static str,
    sitemap_body: &'static str,
}

const DUTCH: Words = Words {
    site_title: "Mijn site",
    home_description: "De startpagina van de site.",
    home_body: "Dit is de startpagina. Vervang deze tekst door je eigen tekst.",
    section_slug: "informatie",
    section_title: "Informatie",
    section_description: "Alles wat u moet weten.",
    section_body: "Dit is een rubriek. Zet nieuwe pagina's in deze map met `loket new`.",
    search_slug: "zoeken",
    search_title: "Zoeken",
    search_description: "Zoek op deze website.",
    sitemap_title: "Overzicht van alle pagina's",
    sitemap_description: "Een lijst van alle pagina's op deze website.",
    sitemap_body: "Hieronder staan alle pagina's van deze website.",
};

const ENGLISH: Words = Words {
    site_title: "My site",
    home_description: "The home page of the site.",
    home_body: "This is the home page. Replace this text with your own.",
    section_slug: "information",
    section_title: "Information",
    section_description: "Everything you need to know.",
    section_body: "This is a section. Add new pages to its folder with `loket new`.",
    search_slug: "search",
    search_title: "Search",
    search_description: "Search this website.",
    sitemap_title: "All pages",
    sitemap_description: "A list of all pages on this website.",
    sitemap_body: "Below are all pages of this website.",
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
            return Err(NotWritten::usage(text!("cli-init-bad-language", code = code)));
        }
        if codes.iter().any(|c| c == code) {
            return Err(NotWritten::usage(text!("cli-init-language-twice", code = code)));
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
        let folder = Path::new("content").join(code);
        let page = |path: &str, front: &[(&str, &str)], body: &str| NewFile {
            path: folder.join(path),
            contents: new_files::page_with(front, body),
        };
        // As in the example site: the home page is "Home" in breadcrumbs, whatever its title.
        files.push(page(
            "_index.md",
            &[("title", w.site_title), ("description", w.home_description), ("breadcrumb", "Home")],
            w.home_body,
        ));
        files.push(page(
            &format!("{}/_index.md", w.section_slug),
            &[("title", w.section_title), ("description", w.section_description), ("translation_key", SECTION_KEY)],
            w.section_body,
        ));
        // The search page is the one the search box sends to (its template makes it so).
        files.push(page(
            &format!("{}.md", w.search_slug),
            &[
                ("title", w.search_title),
                ("description", w.search_description),
                ("translation_key", "search"),
                ("template", "search.html"),
                ("search", "false"),
            ],
            "",
        ));
        files.push(page(
            "sitemap.md",
            &[
                ("title", w.sitemap_title),
                ("description", w.sitemap_description),
                ("translation_key", "sitemap"),
                ("breadcrumb", "Sitemap"),
                ("template", "sitemap.html"),
                ("search", "false"),
            ],
            w.sitemap_body,
        ));
        // A language the built-in theme has no strings for gets the English ones as its own
        // files, to translate.
        if theme::builtin_locale(code).is_empty() {
            for (name, data) in theme::builtin_locale(FALLBACK_LOCALE) {
                // Not English's review mark nor its name: the copy is the site's, to translate.
                let text = String::from_utf8_lossy(&data);
                let text: String = text
                    .lines()
                    .filter(|line| !line.starts_with(crate::load::locales::REVIEWED_MARK))
                    .map(|line| match line.strip_prefix(crate::load::locales::LANGUAGE_NAME_KEY) {
                        Some(rest) if rest.trim_start().starts_with('=') => {
                            format!("{} = {code}\n", crate::load::locales::LANGUAGE_NAME_KEY)
                        }
                        _ => format!("{line}\n"),
                    })
                    .collect();
                files.push(NewFile {
                    path: Path::new(theme::LOCALES_DIR).join(code).join(name),
                    contents: format!("# Copied from the English UI strings: translate every message.\n{text}"),
                });
            }
        }
    }
    files.push(NewFile { path: ".gitignore".into(), contents: "# The output of `loket build`.\n/public/\n# loket's cache of smaller pictures (safe to delete).\n/.loket-cache/\n".into() });
    files.push(NewFile { path: "README.md".into(), contents: readme(languages) });
    files
}

fn site_yaml(languages: &[String]) -> String {
    let mut text =
        format!("# The site's settings; every key is described in {REPOSITORY}/blob/main/docs/settings.md\n");
    text.push_str("base_url: https://example.org\n");
    let first = languages.first().map_or("nl", String::as_str);
    let _ = writeln!(text, "default_language: {first}");
    // Offered, not chosen: a site that moves to loket may have published its addresses
    // without a language folder (`/asiel/`), a new site may choose either.
    let _ = writeln!(
        text,
        "# Serve one language at the root of the site (/...), the others below /<code>/...:\n# root_language: {first}"
    );
    text.push_str("languages:\n");
    for code in languages {
        let w = words(code);
        // The language's name in itself from loket's strings (`العربية`); the code otherwise.
        let name = crate::load::locales::builtin_language_name(code).unwrap_or_else(|| code.clone());
        let _ = writeln!(text, "  {code}: {{ name: \"{name}\", title: \"{}\" }}", w.site_title);
    }
    text.push_str("menus:\n");
    let _ = writeln!(text, "  main: [{SECTION_KEY}]");
    text.push_str("  footer: [sitemap]\n");
    text
}

/// The editors' README, in the site's first language (Dutch for a Dutch-first site, else
/// English), with the handbook in that language.
fn readme(languages: &[String]) -> String {
    let first = languages.first().map_or("nl", String::as_str);
    let section = words(first).section_slug;
    let copied: Vec<String> = languages
        .iter()
        .filter(|code| theme::builtin_locale(code).is_empty())
        .map(|code| format!("`locales/{code}/`"))
        .collect();
    let copied = copied.join(", ");
    let mut text = if first == "nl" {
        format!(
            "# Deze site bewerken\n\n\
             Deze site is gemaakt met loket. Elke pagina is een tekstbestand in de map `content/`, met een\n\
             map per taal. Bovenaan een pagina staan de instellingen (`title` en `description`, tussen twee\n\
             regels `---`); daaronder staat de tekst.\n\n\
             - Bekijk de site terwijl je schrijft: `loket serve`, en open dan http://localhost:1111/\n\
             - Een pagina toevoegen: `loket new {first}/{section}/nieuwe-pagina`\n\
             - De site controleren: `loket check` (bij elk probleem staat waar het is en wat je kunt doen)\n\
             - De site maken om te publiceren: `loket build` (de bestanden komen in `public/`)\n\n\
             Een pagina en haar vertaling hebben dezelfde `translation_key`. De instellingen van de site\n\
             (talen, menu's) staan in `site.yaml`. Zet `base_url` op het echte adres van de site voordat je\n\
             publiceert.\n\n\
             Alles over het schrijven van pagina's staat in het handboek voor redacteuren:\n\
             {REPOSITORY}/tree/main/docs/handbook/nl\n"
        )
    } else {
        format!(
            "# Editing this site\n\n\
             This site is made with loket. Every page is a text file in the folder `content/`, with one\n\
             folder per language. At the top of a page are its settings (`title` and `description`, between\n\
             two `---` lines); the text follows.\n\n\
             - Preview while you write: `loket serve`, then open http://localhost:1111/\n\
             - Add a page: `loket new {first}/{section}/new-page`\n\
             - Check the site: `loket check` (every problem says where it is and what to do)\n\
             - Build it for publishing: `loket build` (the files go to `public/`)\n\n\
             A page and its translation share a `translation_key`. The site's settings (languages, menus)\n\
             are in `site.yaml`; set `base_url` to the site's real address before publishing.\n\n\
             The editors' handbook says everything about writing pages:\n\
             {REPOSITORY}/tree/main/docs/handbook/en\n"
        )
    };
    if !copied.is_empty() {
        let _ = if first == "nl" {
            write!(text, "\nDe teksten van het thema (menu's, de pagina 404) zijn Engels in {copied}: vertaal ze.\n")
        } else {
            write!(
                text,
                "\nThe texts of the theme (menu labels, the 404 page) are in English in {copied}: translate them.\n"
            )
        };
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
                Err(NotWritten::refused(text!("cli-init-not-empty", dir = dir, name = name)))
            }
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::NotADirectory => {
            Err(NotWritten::refused(text!("cli-init-not-folder", dir = dir)))
        }
        Err(err) => Err(NotWritten::refused(text!("cli-init-cannot-read", dir = dir, error = err.to_string()))),
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
        assert!(files[0].contents.contains("\n# root_language: en\n"), "offered, commented out");
        let paths: Vec<String> = files.iter().map(|f| crate::diagnostics::shown(&f.path)).collect();
        assert_eq!(
            paths,
            [
                "site.yaml",
                "content/en/_index.md",
                "content/en/information/_index.md",
                "content/en/search.md",
                "content/en/sitemap.md",
                "content/nl/_index.md",
                "content/nl/informatie/_index.md",
                "content/nl/zoeken.md",
                "content/nl/sitemap.md",
                ".gitignore",
                "README.md"
            ]
        );
    }

    #[test]
    fn site_yaml_points_to_the_reference_of_its_keys() {
        let text = site_yaml(&["nl".into(), "en".into()]);
        assert!(text.starts_with("# The site's settings; every key is described in https://"), "{text}");
        assert!(text.contains("/docs/settings.md\n"), "{text}");
        assert!(!text.contains("README"), "{text}");
    }

    #[test]
    fn the_readme_is_in_the_sites_first_language_and_points_to_the_handbook() {
        let dutch = readme(&["nl".into(), "en".into()]);
        assert!(dutch.starts_with("# Deze site bewerken\n"), "{dutch}");
        assert!(dutch.contains("/docs/handbook/nl\n") && dutch.contains("loket new nl/informatie/"), "{dutch}");
        let english = readme(&["en".into(), "nl".into()]);
        assert!(english.starts_with("# Editing this site\n") && english.contains("/docs/handbook/en\n"), "{english}");
        assert!(readme(&["de".into()]).contains("`locales/de/`"));
    }

    #[test]
    fn a_folder_with_anything_in_it_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(check_folder(dir.path()).is_ok());
        assert!(check_folder(&dir.path().join("new")).is_ok());
        std::fs::write(dir.path().join(".hidden"), "").unwrap();
        let Err(refused) = check_folder(dir.path()) else { panic!("refused") };
        assert!(matches!(refused, NotWritten::Refused(_)));
        assert!(refused.texts()[0].to_string().contains("it holds .hidden"), "{:?}", refused.texts());
    }
}
