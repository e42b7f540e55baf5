//! Words for people: a [`Text`] is the id of one of loket's own Fluent messages with its
//! arguments (made with [`text!`]), kept as data until it is shown; [`EditorLang`] is the
//! language an editor reads loket in, and [`EditorLang::choose`] how it is picked; and
//! [`Messages`] turns a text into Dutch or English words.
//!
//! The messages live in `messages/<lang>/*.ftl`, bundled in the binary. `tests/messages.rs`
//! keeps them strict: every message in both languages with the same arguments, every id the
//! code uses defined, none defined and unused.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

/// The languages loket speaks to editors in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EditorLang {
    Nl,
    #[default]
    En,
}

impl EditorLang {
    pub const ALL: [EditorLang; 2] = [EditorLang::Nl, EditorLang::En];

    pub const fn code(self) -> &'static str {
        match self {
            EditorLang::Nl => "nl",
            EditorLang::En => "en",
        }
    }

    /// The language a code or locale names: `nl`, `NL`, `nl-BE`, `nl_NL.UTF-8`, `en_GB@euro`;
    /// `None` for any other language (and for `C` or `POSIX`).
    pub fn from_tag(tag: &str) -> Option<EditorLang> {
        let language = tag.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "nl" => Some(EditorLang::Nl),
            "en" => Some(EditorLang::En),
            _ => None,
        }
    }

    /// The language to speak to an editor in, from the first of these that is set: the
    /// `--lang` flag, `LOKET_LANG`, `editor_language` of `site.yaml`, the system locale
    /// (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, as POSIX orders them), else English.
    ///
    /// A flag or `LOKET_LANG` naming a language loket does not speak is an error (someone
    /// asked for it); a locale in another language means English.
    pub fn choose(choice: &LangChoice<'_>) -> Result<EditorLang, Text> {
        for (asked, source) in [(choice.flag, "--lang"), (choice.env, "LOKET_LANG")] {
            if let Some(asked) = asked.filter(|value| !value.trim().is_empty()) {
                return EditorLang::from_tag(asked.trim())
                    .ok_or_else(|| text!("lang-unknown", value = asked, source = source));
            }
        }
        if let Some(site) = choice.site {
            return Ok(site);
        }
        let locale = choice.locale.iter().flatten().find(|value| !value.is_empty());
        Ok(locale.and_then(|value| EditorLang::from_tag(value)).unwrap_or_default())
    }
}

impl fmt::Display for EditorLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Where an editor's language can come from, in the order [`EditorLang::choose`] reads them.
#[derive(Debug, Clone, Copy, Default)]
pub struct LangChoice<'a> {
    /// `--lang`.
    pub flag: Option<&'a str>,
    /// `LOKET_LANG`.
    pub env: Option<&'a str>,
    /// `editor_language` in `site.yaml` (checked when the settings are read).
    pub site: Option<EditorLang>,
    /// `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order.
    pub locale: [Option<&'a str>; 3],
}

/// An argument of a [`Text`]: words shown as they are, a number (which also picks a plural
/// form), or another text, shown in the same language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Str(String),
    Int(i64),
    Text(Box<Text>),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Str(value.clone())
    }
}
impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_string())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(value: Cow<'_, str>) -> Self {
        Arg::Str(value.into_owned())
    }
}
/// A path is shown as a site path, with `/` between folders on every system.
impl From<&Path> for Arg {
    fn from(value: &Path) -> Self {
        Arg::Str(shown(value))
    }
}
impl From<&std::path::PathBuf> for Arg {
    fn from(value: &std::path::PathBuf) -> Self {
        Arg::from(value.as_path())
    }
}
impl From<Text> for Arg {
    fn from(value: Text) -> Self {
        Arg::Text(Box::new(value))
    }
}
impl From<EditorLang> for Arg {
    fn from(value: EditorLang) -> Self {
        Arg::Str(value.code().to_string())
    }
}
macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Int(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(usize, u64, u32, u16, u8, i64, i32, isize);

/// Words for a person, as data: the id of a message of `messages/<lang>/*.ftl` and its
/// arguments. Shown with [`Messages::format`]; `Display` shows it in English (logs, tests).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text {
    id: &'static str,
    args: Box<[(&'static str, Arg)]>,
}

impl Text {
    /// Use [`text!`], which `tests/messages.rs` can read.
    #[doc(hidden)]
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text { id, args: args.into_boxed_slice() }
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The argument of this name, if it is words (for tests and for callers that need the
    /// file a text names).
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// A [`Text`]: `text!("broken-link", target = url, file = path)`. The id is a literal and the
/// arguments are named, so that `tests/messages.rs` can check every use against the messages.
#[macro_export]
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Text::new($id, vec![$((stringify!($name), $crate::messages::Arg::from($value)),)*])
    };
}
pub use crate::text;

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Messages::new(EditorLang::En).format(self))
    }
}

/// A site path as findings and reports show it: `/` between folders on every system, so a
/// finding reads the same on an editor's Windows laptop as in CI and in the docs (`\` cannot
/// be part of a name on Windows; elsewhere the path is shown as it is).
pub fn shown(path: &Path) -> String {
    let text = path.to_string_lossy();
    if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    }
}

/// The Fluent files of each language, in the binary. Each area of loket has its own file.
const FILES: &[(EditorLang, &str, &str)] = &[
    (EditorLang::En, "common.ftl", include_str!("../messages/en/common.ftl")),
    (EditorLang::En, "rules.ftl", include_str!("../messages/en/rules.ftl")),
    (EditorLang::En, "config.ftl", include_str!("../messages/en/config.ftl")),
    (EditorLang::En, "frontmatter.ftl", include_str!("../messages/en/frontmatter.ftl")),
    (EditorLang::En, "load.ftl", include_str!("../messages/en/load.ftl")),
    (EditorLang::En, "checks.ftl", include_str!("../messages/en/checks.ftl")),
    (EditorLang::En, "render.ftl", include_str!("../messages/en/render.ftl")),
    (EditorLang::En, "cli.ftl", include_str!("../messages/en/cli.ftl")),
    (EditorLang::En, "serve.ftl", include_str!("../messages/en/serve.ftl")),
    (EditorLang::En, "status.ftl", include_str!("../messages/en/status.ftl")),
    (EditorLang::Nl, "common.ftl", include_str!("../messages/nl/common.ftl")),
    (EditorLang::Nl, "rules.ftl", include_str!("../messages/nl/rules.ftl")),
    (EditorLang::Nl, "config.ftl", include_str!("../messages/nl/config.ftl")),
    (EditorLang::Nl, "frontmatter.ftl", include_str!("../messages/nl/frontmatter.ftl")),
    (EditorLang::Nl, "load.ftl", include_str!("../messages/nl/load.ftl")),
    (EditorLang::Nl, "checks.ftl", include_str!("../messages/nl/checks.ftl")),
    (EditorLang::Nl, "render.ftl", include_str!("../messages/nl/render.ftl")),
    (EditorLang::Nl, "cli.ftl", include_str!("../messages/nl/cli.ftl")),
    (EditorLang::Nl, "serve.ftl", include_str!("../messages/nl/serve.ftl")),
    (EditorLang::Nl, "status.ftl", include_str!("../messages/nl/status.ftl")),
];

/// Every bundled Fluent file: language, file name and text (for `tests/messages.rs`).
pub fn sources() -> impl Iterator<Item = (EditorLang, &'static str, &'static str)> {
    FILES.iter().copied()
}

/// The bundles are made from the files above once per process: they are constants, parsed.
static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> = LazyLock::new(|| EditorLang::ALL.map(bundle));

fn bundle(lang: EditorLang) -> FluentBundle<FluentResource> {
    let langid = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No U+2068/U+2069 marks around arguments: the words go to terminals and HTML.
    bundle.set_use_isolating(false);
    for (_, _, source) in FILES.iter().filter(|(l, _, _)| *l == lang) {
        // A syntax error or a duplicate id fails tests/messages.rs; here the rest still works.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Turns texts into words of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Messages {
    lang: EditorLang,
}

impl Messages {
    pub fn new(lang: EditorLang) -> Messages {
        Messages { lang }
    }

    pub fn lang(&self) -> EditorLang {
        self.lang
    }

    /// The words of a text. A message that does not exist shows its id and arguments (tests
    /// make sure none is missing).
    pub fn format(&self, text: &Text) -> String {
        let bundle = &BUNDLES[match self.lang {
            EditorLang::Nl => 0,
            EditorLang::En => 1,
        }];
        let Some(pattern) = bundle.get_message(text.id).and_then(|message| message.value()) else {
            return format!("{}{:?}", text.id, text.args);
        };
        let mut args = FluentArgs::new();
        for (name, arg) in &text.args {
            let value = match arg {
                Arg::Str(s) => FluentValue::from(s.as_str()),
                Arg::Int(n) => FluentValue::from(*n),
                Arg::Text(inner) => FluentValue::from(self.format(inner)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let words = bundle.format_pattern(pattern, Some(&args), &mut errors);
        words.into_owned()
    }

    /// A message without arguments (labels, headings).
    pub fn get(&self, id: &'static str) -> String {
        self.format(&Text::new(id, Vec::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locales_name_a_language() {
        for (tag, lang) in [
            ("nl", Some(EditorLang::Nl)),
            ("NL", Some(EditorLang::Nl)),
            ("nl-BE", Some(EditorLang::Nl)),
            ("nl_NL.UTF-8", Some(EditorLang::Nl)),
            ("en_GB@euro", Some(EditorLang::En)),
            ("en", Some(EditorLang::En)),
            ("fr_FR.UTF-8", None),
            ("C", None),
            ("POSIX", None),
            ("", None),
        ] {
            assert_eq!(EditorLang::from_tag(tag), lang, "{tag}");
        }
    }

    #[test]
    fn the_flag_comes_first_then_the_environment_then_site_yaml_then_the_locale() {
        let all = LangChoice {
            flag: Some("en"),
            env: Some("nl"),
            site: Some(EditorLang::Nl),
            locale: [Some("nl_NL.UTF-8"), None, None],
        };
        assert_eq!(EditorLang::choose(&all), Ok(EditorLang::En));
        assert_eq!(EditorLang::choose(&LangChoice { flag: None, ..all }), Ok(EditorLang::Nl));
        let site_en = LangChoice { flag: None, env: None, site: Some(EditorLang::En), ..all };
        assert_eq!(EditorLang::choose(&site_en), Ok(EditorLang::En));
        let locale_only = LangChoice { site: None, ..site_en };
        assert_eq!(EditorLang::choose(&locale_only), Ok(EditorLang::Nl));
        assert_eq!(EditorLang::choose(&LangChoice::default()), Ok(EditorLang::En));
    }

    #[test]
    fn lc_all_outranks_lc_messages_which_outranks_lang_and_empty_ones_do_not_count() {
        let choose = |locale| EditorLang::choose(&LangChoice { locale, ..LangChoice::default() });
        assert_eq!(choose([Some("en_US.UTF-8"), Some("nl_NL"), Some("nl_NL")]), Ok(EditorLang::En));
        assert_eq!(choose([Some(""), Some("nl_NL"), Some("en_US")]), Ok(EditorLang::Nl));
        assert_eq!(choose([None, None, Some("nl_BE.UTF-8")]), Ok(EditorLang::Nl));
        assert_eq!(choose([Some("C"), None, Some("nl_BE.UTF-8")]), Ok(EditorLang::En), "C is a choice: English");
        assert_eq!(choose([None, None, Some("de_DE.UTF-8")]), Ok(EditorLang::En));
    }

    #[test]
    fn a_language_asked_for_that_loket_does_not_speak_is_an_error() {
        let fr = EditorLang::choose(&LangChoice { flag: Some("fr"), ..LangChoice::default() });
        assert_eq!(fr.map_err(|t| t.id()), Err("lang-unknown"));
        let env =
            EditorLang::choose(&LangChoice { env: Some("de"), site: Some(EditorLang::Nl), ..LangChoice::default() });
        assert!(env.is_err());
        let blank =
            EditorLang::choose(&LangChoice { env: Some(" "), site: Some(EditorLang::Nl), ..LangChoice::default() });
        assert_eq!(blank, Ok(EditorLang::Nl), "an empty LOKET_LANG is not set");
    }

    #[test]
    fn texts_are_words_in_either_language_with_plurals() {
        let nl = Messages::new(EditorLang::Nl);
        let en = Messages::new(EditorLang::En);
        let unknown = text!("lang-unknown", value = "fr", source = "--lang");
        assert!(nl.format(&unknown).contains("fr"), "{}", nl.format(&unknown));
        assert_ne!(nl.format(&unknown), en.format(&unknown));
        assert_eq!(unknown.to_string(), en.format(&unknown), "Display is English");
        let one = en.format(&text!("summary-errors", count = 1usize));
        let two = en.format(&text!("summary-errors", count = 2usize));
        assert_ne!(one.replace('1', ""), two.replace('2', ""), "{one} / {two}");
    }

    #[test]
    fn a_text_inside_a_text_is_shown_in_the_same_language() {
        let nl = Messages::new(EditorLang::Nl);
        let inner = text!("severity-error");
        let outer = text!("lang-unknown", value = inner, source = "LOKET_LANG");
        assert!(nl.format(&outer).contains(&nl.get("severity-error")), "{}", nl.format(&outer));
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        let shown = Messages::new(EditorLang::Nl).format(&Text::new("no-such-message", vec![]));
        assert!(shown.starts_with("no-such-message"), "{shown}");
    }
}
