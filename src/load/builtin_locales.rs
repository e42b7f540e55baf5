//! loket's own UI strings, `locales/<lang>/*.ftl` compiled into the binary, and what is read
//! from them before a site is loaded: which languages they cover and each language's name in
//! itself (`language-name`), the default `name` of a language in `site.yaml`. Below `theme`
//! and `config`, which both read them.

use rust_embed::RustEmbed;
use std::borrow::Cow;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct BuiltinLocales;

/// The message holding a language's name in itself: `العربية`, `Nederlands`.
pub const LANGUAGE_NAME_KEY: &str = "language-name";

/// Every built-in locale file by name (`nl/main.ftl`) with its text.
pub fn all() -> impl Iterator<Item = (String, Cow<'static, [u8]>)> {
    BuiltinLocales::iter().filter_map(|n| BuiltinLocales::get(&n).map(|f| (n.to_string(), f.data)))
}

/// One built-in locale file (`nl/main.ftl`).
pub fn get(name: &str) -> Option<Cow<'static, [u8]>> {
    BuiltinLocales::get(name).map(|f| f.data)
}

/// The built-in locale files of `lang` (`main.ftl`, ...) with their text; empty for a
/// language the theme has no UI strings for.
pub fn builtin_locale(lang: &str) -> Vec<(String, Cow<'static, [u8]>)> {
    let prefix = format!("{lang}/");
    all().filter_map(|(name, data)| name.strip_prefix(&prefix).map(|n| (n.to_string(), data))).collect()
}

/// The languages with built-in locale files (`ar`, `en`, `nl`, …), sorted.
pub fn builtin_locale_languages() -> Vec<String> {
    let mut codes: Vec<String> =
        all().filter_map(|(name, _)| name.split_once('/').map(|(lang, _)| lang.to_string())).collect();
    codes.sort();
    codes.dedup();
    codes
}

/// A built-in language's name in itself, from its `language-name` (for `site.yaml` and
/// `loket init`); `None` for a language loket has no strings for.
pub fn builtin_language_name(lang: &str) -> Option<String> {
    builtin_locale(lang).into_iter().find_map(|(_, data)| {
        let source = std::str::from_utf8(&data).ok()?;
        source
            .lines()
            .find_map(|line| line.strip_prefix(LANGUAGE_NAME_KEY)?.trim_start().strip_prefix('='))
            .map(|name| name.trim().to_string())
    })
}
