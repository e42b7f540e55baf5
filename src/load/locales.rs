//! UI strings with Fluent: one concurrent bundle per language, strict lookups (a missing key
//! is an error, never a silent fallback), and dates written per language.

use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Position};
use crate::load::theme::{self, ThemeFile};
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Where a key is defined, for messages.
#[derive(Debug, Clone)]
pub struct KeySource {
    pub file: PathBuf,
    /// A built-in locale file, not the site's.
    pub builtin: bool,
    pub position: Position,
}

pub struct Locales {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// Every message id per language, with where it is defined.
    keys: BTreeMap<String, BTreeMap<String, KeySource>>,
    /// The built-in files no native speaker has reviewed (see [`reviewed_mark`]).
    unreviewed_files: BTreeSet<PathBuf>,
}

/// The first line of every built-in locale file: `# reviewed: yes` once a native speaker has
/// checked every message of the file, `# reviewed: no` before. loket's own translations start
/// unreviewed, and `loket status` says so (a comment, so a site's copy of a file stays valid).
pub const REVIEWED_MARK: &str = "# reviewed:";

/// `Some(true)` for `# reviewed: yes` on the first line, `Some(false)` for `no`, `None`
/// without the mark (a built-in file without it counts as unreviewed).
pub fn reviewed_mark(source: &str) -> Option<bool> {
    match source.lines().next()?.trim().strip_prefix(REVIEWED_MARK)?.trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// How many of a language's interface strings come from built-in files no native speaker has
/// reviewed. Strings a site's own locale files define are the site's responsibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Review {
    /// Strings shown from unreviewed built-in files.
    pub unreviewed: usize,
    /// All strings of the language.
    pub strings: usize,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("keys", &self.keys).finish()
    }
}

impl Locales {
    /// Loads `locales/<lang>/*.ftl` (built-in, overridden by the site's) for `languages`.
    pub fn load(root: &Path, languages: &[&str]) -> Result<Locales, Diagnostics> {
        let files = theme::files(root, theme::LOCALES_DIR, Rule::Fluent)?;
        Self::from_files(&files, languages)
    }

    pub fn from_files(files: &[ThemeFile], languages: &[&str]) -> Result<Locales, Diagnostics> {
        let mut problems = Diagnostics::new();
        let mut bundles = HashMap::new();
        let mut keys: BTreeMap<String, BTreeMap<String, KeySource>> = BTreeMap::new();
        let mut unreviewed_files = BTreeSet::new();
        let mut without_strings = BTreeSet::new();
        for &lang in languages {
            let langid = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would end up inside titles and attributes.
            bundle.set_use_isolating(false);
            let lang_keys = keys.entry(lang.to_string()).or_default();
            let prefix = format!("{lang}/");
            // The built-in files first: a site's file may then override single messages.
            let mut lang_files: Vec<&ThemeFile> =
                files.iter().filter(|f| f.name.starts_with(&prefix) && f.name.ends_with(".ftl")).collect();
            lang_files.sort_by_key(|f| !f.is_builtin());
            if lang_files.is_empty() {
                // One finding for the language, not one per missing string.
                without_strings.insert(lang);
                problems.push(
                    Diagnostic::error(
                        Rule::FluentMissingKey,
                        Path::new(theme::LOCALES_DIR).join(lang),
                        Position::START,
                        text!("load-ui-no-strings", lang = lang),
                    )
                    .with_hint(text!(
                        "load-ui-no-strings-hint",
                        lang = lang,
                        builtin = builtin_languages().join(", ")
                    )),
                );
            }
            for file in lang_files {
                let path = file.display_path(theme::LOCALES_DIR);
                let source = match std::str::from_utf8(&file.contents) {
                    Ok(text) => text.to_string(),
                    Err(_) => {
                        problems.push(
                            Diagnostic::error(Rule::Fluent, path, Position::START, text!("load-ui-not-text"))
                                .with_hint(text!("load-ui-not-text-hint"))
                                .in_builtin_theme(file.is_builtin()),
                        );
                        continue;
                    }
                };
                if file.is_builtin() && reviewed_mark(&source) != Some(true) {
                    unreviewed_files.insert(path.clone());
                }
                let lines = LineIndex::new(&source);
                let resource = match FluentResource::try_new(source.clone()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        for error in errors {
                            // The start of the broken entry says more than where parsing gave up.
                            let offset = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                            problems.push(
                                Diagnostic::error(
                                    Rule::Fluent,
                                    &path,
                                    lines.position(&source, offset),
                                    text!("load-ui-syntax", error = error.kind.to_string()),
                                )
                                .with_hint(text!("load-ui-syntax-hint"))
                                .in_builtin_theme(file.is_builtin()),
                            );
                        }
                        resource
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(message) = entry {
                        let id = message.id.name;
                        let position =
                            definition_line(&source, id).map_or(Position::START, |line| Position::new(line, 1));
                        let overrides = lang_keys.get(id).is_some_and(|p| p.builtin && !file.is_builtin());
                        if let Some(previous) = lang_keys.get(id).filter(|_| !overrides) {
                            problems.push(
                                Diagnostic::error(
                                    Rule::Fluent,
                                    &path,
                                    position,
                                    text!("load-ui-twice", id = id, lang = lang),
                                )
                                .with_hint(text!("load-ui-twice-hint", other = &previous.file))
                                .in_builtin_theme(file.is_builtin()),
                            );
                        } else {
                            lang_keys.insert(
                                id.to_string(),
                                KeySource { file: path.clone(), builtin: file.is_builtin(), position },
                            );
                        }
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(lang.to_string(), bundle);
        }
        // A string in one language only would show up untranslated in the others.
        let all_keys: BTreeMap<&str, (&str, &KeySource)> =
            keys.iter().flat_map(|(lang, ks)| ks.iter().map(move |(k, s)| (k.as_str(), (lang.as_str(), s)))).collect();
        for (key, (defined_in, source)) in &all_keys {
            for &lang in languages.iter().filter(|lang| !without_strings.contains(*lang)) {
                if !keys.get(lang).is_some_and(|ks| ks.contains_key(*key)) {
                    problems.push(
                        Diagnostic::error(
                            Rule::FluentMissingKey,
                            &source.file,
                            source.position,
                            text!("load-ui-one-language", key = *key, defined_in = *defined_in, lang = lang),
                        )
                        .with_hint(text!("load-ui-one-language-hint", key = *key, lang = lang))
                        .in_builtin_theme(source.builtin),
                    );
                }
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Locales { bundles, keys, unreviewed_files })
    }

    /// How many of `lang`'s strings no native speaker has reviewed.
    pub fn review(&self, lang: &str) -> Review {
        let keys = self.keys.get(lang);
        let strings = keys.map_or(0, BTreeMap::len);
        let unreviewed = keys.map_or(0, |keys| {
            keys.values().filter(|source| source.builtin && self.unreviewed_files.contains(&source.file)).count()
        });
        Review { unreviewed, strings }
    }

    /// `lang`'s name in itself (`language-name`), where the language has strings.
    pub fn language_name(&self, lang: &str) -> Option<String> {
        self.format(lang, LANGUAGE_NAME_KEY, None).ok()
    }

    pub fn has_key(&self, lang: &str, key: &str) -> bool {
        self.keys.get(lang).is_some_and(|k| k.contains_key(key))
    }

    /// Every key per language with where it is defined.
    pub fn keys(&self) -> &BTreeMap<String, BTreeMap<String, KeySource>> {
        &self.keys
    }

    /// Formats `key` in `lang`; a missing key or a formatting problem is an error, in
    /// English words (for template functions).
    pub fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs<'_>>) -> Result<String, String> {
        self.format_text(lang, key, args).map_err(|text| text.to_string())
    }

    /// `format`, with the error as a text for an editor.
    pub fn format_text(&self, lang: &str, key: &str, args: Option<&FluentArgs<'_>>) -> Result<String, Text> {
        let bundle = self.bundles.get(lang).ok_or_else(|| text!("load-ui-no-language", lang = lang))?;
        let message = bundle.get_message(key).ok_or_else(|| text!("load-ui-undefined", key = key, lang = lang))?;
        let pattern = message.value().ok_or_else(|| text!("load-ui-no-value", key = key, lang = lang))?;
        let mut errors = Vec::new();
        let words = bundle.format_pattern(pattern, args, &mut errors);
        if let Some(error) = errors.first() {
            return Err(text!("load-ui-format", key = key, lang = lang, error = error.to_string()));
        }
        Ok(words.into_owned())
    }

    /// "29 november 2026" / "29 November 2026": the pattern `date-format` with the month
    /// names `month-1` … `month-12` of the language.
    pub fn format_date(&self, lang: &str, date: Date) -> Result<String, Text> {
        let month = self.format_text(lang, &format!("month-{}", date.month()), None)?;
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day().to_string()));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(date.year().to_string()));
        self.format_text(lang, "date-format", Some(&args))
    }
}

pub use crate::load::builtin_locales::{builtin_language_name, LANGUAGE_NAME_KEY};

/// The languages loket has interface strings for, by code, sorted.
pub fn builtin_languages() -> Vec<String> {
    theme::builtin_locale_languages()
}

/// The 1-based line where message `id` is defined (`id =` at the start of a line).
fn definition_line(source: &str, id: &str) -> Option<usize> {
    source
        .lines()
        .position(|line| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::theme::Origin;
    use std::borrow::Cow;

    fn file(name: &str, text: &str) -> ThemeFile {
        ThemeFile {
            name: name.to_string(),
            origin: Origin::Site(PathBuf::from(format!("locales/{name}"))),
            contents: Cow::Owned(text.as_bytes().to_vec()),
        }
    }

    const NL: &str = "date-format = { $day } { $month } { $year }\nmonth-11 = november\npages = { $count ->\n    [one] één pagina\n   *[other] { $count } pagina's\n}\n";
    const EN: &str = "date-format = { $day } { $month } { $year }\nmonth-11 = November\npages = { $count ->\n    [one] one page\n   *[other] { $count } pages\n}\n";

    #[test]
    fn formats_dates_and_plurals_per_language() {
        let locales = Locales::from_files(&[file("nl/main.ftl", NL), file("en/main.ftl", EN)], &["nl", "en"]).unwrap();
        let date: Date = "2026-11-29".parse().unwrap();
        assert_eq!(locales.format_date("nl", date).unwrap(), "29 november 2026");
        assert_eq!(locales.format_date("en", date).unwrap(), "29 November 2026");
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(locales.format("nl", "pages", Some(&args)).unwrap(), "één pagina");
        args.set("count", 3);
        assert_eq!(locales.format("en", "pages", Some(&args)).unwrap(), "3 pages");
        assert!(locales.format("en", "nope", None).unwrap_err().contains("is not in locales/en/"));
    }

    #[test]
    fn a_key_in_one_language_only_is_an_error() {
        let errors = Locales::from_files(
            &[file("nl/main.ftl", &format!("{NL}extra = x\n")), file("en/main.ftl", EN)],
            &["nl", "en"],
        )
        .unwrap_err();
        let d = errors.sorted()[0];
        assert_eq!(d.rule, Rule::FluentMissingKey);
        assert_eq!(d.position, Position::new(7, 1));
    }

    fn builtin(name: &str, text: &str) -> ThemeFile {
        ThemeFile { name: name.to_string(), origin: Origin::Builtin, contents: Cow::Owned(text.as_bytes().to_vec()) }
    }

    #[test]
    fn a_site_file_overrides_single_messages_of_the_builtin_theme() {
        let files = [
            builtin("nl/main.ftl", &format!("{NL}skip-link = Naar de inhoud\nhelp = Hulp nodig? Bel ons.\n")),
            builtin("en/main.ftl", &format!("{EN}skip-link = Skip\nhelp = Need help?\n")),
            // Named after the built-in file it changes nothing of: only `help` in Dutch.
            file("nl/je.ftl", "help = Hulp nodig? Bel je ons.\n"),
        ];
        let locales = Locales::from_files(&files, &["nl", "en"]).unwrap();
        assert_eq!(locales.format("nl", "help", None).unwrap(), "Hulp nodig? Bel je ons.");
        assert_eq!(locales.format("nl", "skip-link", None).unwrap(), "Naar de inhoud", "the rest stays built in");
        assert_eq!(locales.format("en", "help", None).unwrap(), "Need help?");
        assert!(!locales.keys()["nl"]["help"].builtin);

        // Two of the site's own files defining one message is still an error.
        let twice = [files[0].clone(), files[1].clone(), files[2].clone(), file("nl/zz.ftl", "help = Nog een\n")];
        let d = Locales::from_files(&twice, &["nl", "en"]).unwrap_err();
        assert_eq!(d.sorted()[0].message.to_string(), "The text “help” is written twice for Dutch.", "{d:?}");

        // A message only the site defines must exist in every language, at its file and line.
        let only = [files[0].clone(), files[1].clone(), file("nl/je.ftl", "# je\nhallo = Hoi\n")];
        let d = Locales::from_files(&only, &["nl", "en"]).unwrap_err();
        let d = d.sorted()[0];
        assert_eq!(
            (d.rule, d.file.as_path(), d.position),
            (Rule::FluentMissingKey, Path::new("locales/nl/je.ftl"), Position::new(2, 1))
        );
    }

    /// The built-in files of every language, as the theme merges them.
    fn builtin_files() -> Vec<ThemeFile> {
        builtin_languages()
            .iter()
            .flat_map(|lang| {
                theme::builtin_locale(lang).into_iter().map(move |(name, data)| ThemeFile {
                    name: format!("{lang}/{name}"),
                    origin: Origin::Builtin,
                    contents: data,
                })
            })
            .collect()
    }

    /// The message ids of a Fluent file, in order.
    fn ids(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_string()).unwrap();
        resource
            .entries()
            .filter_map(|e| if let ast::Entry::Message(m) = e { Some(m.id.name.to_string()) } else { None })
            .collect()
    }

    #[test]
    fn every_builtin_language_has_the_keys_of_english_in_order_and_says_whether_it_is_reviewed() {
        let languages = builtin_languages();
        assert_eq!(languages, ["ar", "en", "fa", "fr", "nl", "ru", "so", "ti", "tr", "uk"]);
        for file in ["language.ftl", "main.ftl", "search.ftl"] {
            let english = theme::builtin(theme::LOCALES_DIR, &format!("en/{file}")).unwrap();
            let english = ids(std::str::from_utf8(&english).unwrap());
            for lang in &languages {
                let data = theme::builtin(theme::LOCALES_DIR, &format!("{lang}/{file}")).unwrap();
                let source = std::str::from_utf8(&data).unwrap();
                assert_eq!(ids(source), english, "{lang}/{file}");
                let reviewed = lang == "nl" || lang == "en";
                assert_eq!(reviewed_mark(source), Some(reviewed), "{lang}/{file}");
            }
        }
        let refs: Vec<&str> = languages.iter().map(String::as_str).collect();
        let locales = Locales::from_files(&builtin_files(), &refs).unwrap();
        let date: Date = "2026-11-29".parse().unwrap();
        for lang in &refs {
            assert!(locales.format_date(lang, date).unwrap().contains("2026"), "{lang}");
        }
        assert_eq!(builtin_language_name("ar").as_deref(), Some("العربية"));
        assert_eq!(locales.language_name("ti").as_deref(), Some("ትግርኛ"));
        assert_eq!(builtin_language_name("de"), None);
    }

    #[test]
    fn arabic_counts_with_six_plural_forms_and_russian_with_four() {
        let locales = Locales::from_files(&builtin_files(), &["ar", "ru", "fr"]).unwrap();
        let pages = |lang: &str, count: u32| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            locales.format(lang, "topic-pages", Some(&args)).unwrap()
        };
        assert_eq!(pages("ar", 0), "لا توجد صفحات عن هذا الموضوع");
        assert_eq!(pages("ar", 1), "صفحة واحدة عن هذا الموضوع");
        assert_eq!(pages("ar", 2), "صفحتان عن هذا الموضوع");
        assert_eq!(pages("ar", 3), "3 صفحات عن هذا الموضوع");
        assert_eq!(pages("ar", 11), "11 صفحة عن هذا الموضوع");
        assert_eq!(pages("ar", 100), "100 صفحة عن هذا الموضوع");
        assert_eq!(pages("ru", 1), "1 страница на эту тему");
        assert_eq!(pages("ru", 21), "21 страница на эту тему");
        assert_eq!(pages("ru", 3), "3 страницы на эту тему");
        assert_eq!(pages("ru", 5), "5 страниц на эту тему");
        assert_eq!(pages("fr", 1), "1 page sur ce thème");
        assert_eq!(pages("fr", 2), "2 pages sur ce thème");
    }

    #[test]
    fn a_language_without_any_strings_is_one_finding() {
        let mut files = builtin_files();
        let errors = Locales::from_files(&files, &["nl", "de"]).unwrap_err();
        let found = errors.sorted();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, Rule::FluentMissingKey);
        assert_eq!(found[0].file, Path::new("locales/de"));
        assert!(found[0].message.to_string().contains("for the language de"), "{}", found[0].message);

        // The site's own strings: every key of the language, from the site, none unreviewed.
        files.push(file("de/main.ftl", "language-name = Deutsch\n"));
        let errors = Locales::from_files(&files, &["nl", "de"]).unwrap_err();
        assert!(errors.sorted().iter().all(|d| d.rule == Rule::FluentMissingKey && d.file != Path::new("locales/de")));
    }

    #[test]
    fn unreviewed_strings_are_counted_unless_the_site_overrides_them() {
        let mut files = builtin_files();
        let locales = Locales::from_files(&files, &["nl", "ar"]).unwrap();
        let all = locales.review("nl").strings;
        assert_eq!(locales.review("nl"), Review { unreviewed: 0, strings: all });
        assert_eq!(locales.review("ar"), Review { unreviewed: all, strings: all });
        files.push(file("ar/own.ftl", "skip-link = انتقل إلى النص\ntoc-label = في هذه الصفحة\n"));
        let locales = Locales::from_files(&files, &["nl", "ar"]).unwrap();
        assert_eq!(locales.review("ar"), Review { unreviewed: all - 2, strings: all });
        assert_eq!(reviewed_mark("# reviewed: yes\nx = y\n"), Some(true));
        assert_eq!(reviewed_mark("# reviewed: maybe\n"), None);
        assert_eq!(reviewed_mark("x = y\n# reviewed: yes\n"), None, "only the first line");
    }

    #[test]
    fn syntax_errors_have_positions() {
        let errors = Locales::from_files(
            &[file("nl/main.ftl", "ok = fine\nbroken = {\n"), file("en/main.ftl", "ok = fine\n")],
            &["nl", "en"],
        )
        .unwrap_err();
        let d = errors.sorted()[0];
        assert_eq!(d.rule, Rule::Fluent);
        assert_eq!(d.position.line, 2);
    }
}
