//! The rules loket reports, as a type: every [`Rule`] with its stable name, its default
//! [`Severity`], whether a site or a page may change that, and a one-line summary (in English
//! here, in the editor's language as the Fluent message `rule-<name>` of
//! `messages/<lang>/rules.ftl`); and the names of groups of rules.
//!
//! The table is written once, in [`rules!`], in the order of docs/checks.md; a finding's rule
//! is compared as an enum, and printed (human report, `--format json`, `loket status`) by its
//! name.

use serde::{Serialize, Serializer};
use std::fmt;

/// How serious a finding is: an error stops a build, a warning does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Writes [`Rule`] and its methods from one table: `Variant = "name", kind, "summary";` where
/// kind is `fixed` (always an error), `error` or `warning` (defaults that can be changed).
macro_rules! rules {
    ($($variant:ident = $name:literal, $kind:ident, $summary:literal;)*) => {
        /// One rule loket reports. The order of the variants is the order of docs/checks.md
        /// (and of [`Rule::ALL`]); `Ord` sorts by it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $(#[doc = $summary] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order of docs/checks.md.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable kebab-case name: what `site.yaml`, `allow`, `--rule`, the report and
            /// `--format json` call it.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)*
                }
            }

            /// The rule of this name; `None` for an unknown name (or a group's).
            pub fn from_name(name: &str) -> Option<Rule> {
                match name {
                    $($name => Some(Rule::$variant),)*
                    _ => None,
                }
            }

            /// What the rule finds, in one line (as docs/checks.md says it).
            pub const fn summary(self) -> &'static str {
                match self {
                    $(Rule::$variant => $summary,)*
                }
            }

            /// The severity of its findings unless `site.yaml` says otherwise.
            pub const fn default_severity(self) -> Severity {
                match self {
                    $(Rule::$variant => rules!(@severity $kind),)*
                }
            }

            /// Whether `site.yaml` or a page's `allow` may change its level. `false` for rules
            /// whose findings would break the site or its safety (a broken link, a script):
            /// those stay errors whatever `site.yaml` or a page says.
            pub const fn adjustable(self) -> bool {
                match self {
                    $(Rule::$variant => rules!(@adjustable $kind),)*
                }
            }

            /// The id of the Fluent message that says what the rule finds, in one plain line
            /// (its [`Rule::summary`] in the editor's language): `rule-<name>`, in
            /// `messages/<lang>/rules.ftl` (`tests/messages.rs` makes sure each exists).
            pub const fn message_id(self) -> &'static str {
                match self {
                    $(Rule::$variant => concat!("rule-", $name),)*
                }
            }
        }
    };
    (@severity fixed) => { Severity::Error };
    (@severity error) => { Severity::Error };
    (@severity warning) => { Severity::Warning };
    (@adjustable fixed) => { false };
    (@adjustable error) => { true };
    (@adjustable warning) => { true };
}

rules! {
    Config = "config", fixed, "site.yaml: bad YAML, unknown keys, wrong values";
    FrontMatter = "front-matter", fixed, "front matter: bad YAML, wrong types, unknown or missing keys, bad dates";
    Encoding = "encoding", fixed, "a file that is not UTF-8 text";
    ContentLayout = "content-layout", fixed, "a folder without _index.md, a folder that is not a language";
    Slug = "slug", fixed, "a file or folder name that is not a URL slug";
    FileName = "file-name", fixed, "a file or folder name that Windows cannot hold: con, aux, nul, com1, a dot or space at the end, :*?\"<>|";
    DuplicateUrl = "duplicate-url", fixed, "two pages with one URL";
    DuplicateTranslationKey = "duplicate-translation-key", fixed, "two pages of one language with one translation_key";
    MenuEntry = "menu-entry", fixed, "a menu entry that names no page in any language, or an external one that is not an http(s) link with an address and a label per language";
    Topic = "topic", fixed, "a page's topic that is not one of the topics of site.yaml";
    Group = "group", fixed, "a page's group that is not one of its section's groups, or a page of a grouped section without one";
    BrokenLink = "broken-link", fixed, "a link to a page or file that does not exist";
    BrokenFragment = "broken-fragment", fixed, "a #fragment that is not a heading id of its page";
    UnsafeLink = "unsafe-link", fixed, "a link other than http:, https:, mailto:, tel: or relative (javascript:, data:, ...)";
    OutsideSite = "outside-site", fixed, "a link, image, alias or symbolic link that leads outside the site";
    SpecialFile = "special-file", fixed, "a named pipe, socket or device in the site: not a regular file or folder";
    UnsafeFile = "unsafe-file", fixed, "a file next to pages that browsers could run as script: HTML, script, or an SVG with script";
    MissingAlt = "missing-alt", fixed, "an image without alt text";
    MissingImage = "missing-image", fixed, "an image file that does not exist";
    Image = "image", fixed, "a picture loket cannot publish: broken, cut short, too many pixels or frames, or hidden data it cannot remove";
    Alias = "alias", fixed, "an alias that is not a plain site path";
    OutputConflict = "output-conflict", fixed, "two sources (pages, aliases, files) that would write the same output file";
    RawHtml = "raw-html", fixed, "HTML in Markdown outside the small safe allowlist";
    HeadingAttribute = "heading-attribute", fixed, "a heading attribute other than an id: {.class}, {onfocus=...}";
    DuplicateHeadingId = "duplicate-heading-id", fixed, "two headings of one page with the same {#id}";
    Data = "data", fixed, "a data/ file: bad YAML, a value that is not a text, a value missing for a language";
    Captions = "captions", fixed, "a captions file in SubRip (.srt) that cannot be converted to WebVTT";
    Shortcode = "shortcode", fixed, "a shortcode that cannot be used: unknown name or argument, wrong type, unclosed block";
    Fluent = "fluent", fixed, "a Fluent syntax error or a key defined twice";
    FluentMissingKey = "fluent-missing-key", fixed, "a UI string defined in one language and not in another";
    FluentUnknownKey = "fluent-unknown-key", fixed, "a UI string used by a template and defined nowhere";
    Template = "template", fixed, "a template error";
    Output = "output", fixed, "a file that cannot be read or written";
    Search = "search", fixed, "a search index that cannot be built";
    HeadingH1 = "heading-h1", error, "a level-1 heading (#) in the body: the title is the page's h1";
    HeadingSkip = "heading-skip", error, "a heading that skips a level (## then ####)";
    MissingTranslation = "missing-translation", warning, "pages without a translation, listed per language";
    MenuFallback = "menu-fallback", warning, "a menu entry whose page some languages lack: there it leads to the nearest translated page";
    StaleTranslation = "stale-translation", warning, "a translation updated long before its counterpart";
    VagueLinkText = "vague-link-text", warning, "link text that says nothing (\"click here\", a bare URL)";
    TableHeader = "table-header", warning, "a table without a header row";
    LongSentence = "long-sentence", warning, "a sentence of more than 25 words";
    LongParagraph = "long-paragraph", warning, "a paragraph of more than 150 words";
    Readability = "readability", warning, "a page whose readability score is below the plain-language (B1) threshold";
    FluentUnusedKey = "fluent-unused-key", warning, "a UI string that no template uses";
    TitleMarkup = "title-markup", error, "HTML tags or character references (`&shy;`, `<br />`) in a title or description";
    DuplicateTitle = "duplicate-title", warning, "two pages in one section with the same title";
    ImageLocation = "image-location", warning, "a photo that holds the place where it was taken (a GPS position)";
    PlaceholderText = "placeholder-text", warning, "a description or text still holding the example words of loket new";
}

/// Names that set several rules at once in `site.yaml` or a page's `allow`.
pub const GROUPS: &[(&str, &[Rule])] =
    &[("plain-language", &[Rule::LongSentence, Rule::LongParagraph, Rule::Readability])];

impl Rule {
    /// The rules a name in `site.yaml` or `allow` stands for: the rule of that name, or the
    /// members of the group of that name; `None` for an unknown name.
    pub fn expand(name: &str) -> Option<&'static [Rule]> {
        if let Some(index) = Rule::ALL.iter().position(|rule| rule.name() == name) {
            return Some(&Rule::ALL[index..=index]);
        }
        GROUPS.iter().find(|(group, _)| *group == name).map(|(_, members)| *members)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A rule is written as its name (`--format json`, `loket status --format json`).
impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_name_is_unique_and_found_by_its_name() {
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
        for (i, &rule) in Rule::ALL.iter().enumerate() {
            assert_eq!(Rule::from_name(rule.name()), Some(rule));
            assert_eq!(rule as usize, i, "ALL is in the order of the variants");
        }
        assert_eq!(Rule::from_name("plain-language"), None);
        assert_eq!(Rule::from_name("Broken-link"), None);
    }

    #[test]
    fn groups_name_rules_and_no_rule_is_named_like_a_group() {
        for (group, members) in GROUPS {
            assert_eq!(Rule::from_name(group), None);
            assert_eq!(Rule::expand(group), Some(*members));
        }
        assert_eq!(Rule::expand("readability"), Some(&[Rule::Readability][..]));
        assert_eq!(Rule::expand("readabilty"), None);
    }

    #[test]
    fn message_ids_follow_the_name() {
        assert_eq!(Rule::BrokenLink.message_id(), "rule-broken-link");
        assert_eq!(Rule::VagueLinkText.to_string(), "vague-link-text");
        assert_eq!(serde_json::to_string(&Rule::MissingAlt).ok().as_deref(), Some("\"missing-alt\""));
    }

    #[test]
    fn levels_of_fixed_and_adjustable_rules() {
        assert_eq!((Rule::BrokenLink.default_severity(), Rule::BrokenLink.adjustable()), (Severity::Error, false));
        assert_eq!((Rule::HeadingSkip.default_severity(), Rule::HeadingSkip.adjustable()), (Severity::Error, true));
        assert_eq!((Rule::Readability.default_severity(), Rule::Readability.adjustable()), (Severity::Warning, true));
    }

    #[test]
    fn docs_checks_md_describes_every_rule_with_its_levels() {
        let docs = include_str!("../docs/checks.md");
        for rule in Rule::ALL {
            let severity = rule.default_severity().as_str();
            let adjustable = if rule.adjustable() { "yes" } else { "no" };
            let row = format!("| [`{0}`](#{0}) | {severity} | {adjustable} |", rule.name());
            assert!(docs.contains(&row), "docs/checks.md needs the row {row}");
            assert!(
                docs.contains(&format!("\n### `{}`\n", rule.name())),
                "docs/checks.md needs a section on {}",
                rule.name()
            );
        }
    }
}
