//! Topics (a translated taxonomy): the generated topic pages (one overview and one page per
//! term, per language) and the check of every page's `topics` against the terms of
//! `site.yaml`. Topic pages are `Page`s like any other, so the tree, translations, the
//! sitemap and search treat them alike; the lists they show are made when rendering.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::lang::Lang;
use crate::load::config::SiteConfig;
use crate::load::frontmatter::FrontMatter;
use crate::load::locales::Locales;
use crate::load::page::{url_for, Origin, Page, PageId, PageKind};
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use fluent_bundle::FluentArgs;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The translation key of the topics overview; a topic page's is `topics/<key>`.
pub const OVERVIEW_KEY: &str = "topics";

/// UI strings loket formats itself for topic pages (not called from templates).
pub const ENGINE_KEYS: [&str; 3] = ["topics-title", "topics-description", "topic-description"];

/// The translation key of the page of the topic `key`.
pub fn topic_key(key: &str) -> String {
    format!("{OVERVIEW_KEY}/{key}")
}

/// Per language, the topics overview and a page per term; none when the site has no topics.
/// Titles and descriptions come from the theme's UI strings (a missing one is a finding).
pub fn pages(config: &SiteConfig, locales: &Locales) -> (Vec<Page>, Diagnostics) {
    let mut problems = Diagnostics::new();
    let mut pages = Vec::new();
    if config.topics.terms.is_empty() {
        return (pages, problems);
    }
    let mut text = |lang: &str, key: &str, topic: Option<&str>, fallback: &str| {
        let mut args = FluentArgs::new();
        if let Some(topic) = topic {
            args.set("topic", topic.to_string());
        }
        match locales.format_text(lang, key, Some(&args)) {
            Ok(words) => words,
            Err(message) => {
                problems.push(
                    Diagnostic::error(Rule::Fluent, &config.file, Position::START, message).with_hint(text!(
                        "load-topic-string-hint",
                        key = key,
                        lang = lang
                    )),
                );
                fallback.to_string()
            }
        }
    };
    for lang in config.languages.keys() {
        let Some(section) = config.topics.section.get(lang.as_str()) else { continue };
        let title = text(lang, "topics-title", None, OVERVIEW_KEY);
        let description = text(lang, "topics-description", None, "");
        let key_path = format!("{section}/_index");
        pages.push(page(config, lang, Origin::Topics, &key_path, OVERVIEW_KEY.to_string(), title, description));
        for (key, term) in &config.topics.terms {
            let Some(label) = term.labels.get(lang.as_str()) else { continue };
            let description = text(lang, "topic-description", Some(&label.label), "");
            let key_path = format!("{section}/{}", label.slug);
            let origin = Origin::Topic(key.clone());
            pages.push(page(config, lang, origin, &key_path, topic_key(key), label.label.clone(), description));
        }
    }
    (pages, problems)
}

fn page(
    config: &SiteConfig,
    lang: &Lang,
    origin: Origin,
    key_path: &str,
    translation_key: String,
    title: String,
    description: String,
) -> Page {
    let kind = if origin == Origin::Topics { PageKind::Section } else { PageKind::Leaf };
    Page {
        lang: lang.clone(),
        kind,
        origin,
        source: config.file.clone(),
        key_path: key_path.to_string(),
        url: url_for(lang, config.at_root(lang), key_path),
        translation_key,
        front: FrontMatter {
            title,
            description,
            // Labels come from `site.yaml`, whose findings carry their own lines.
            title_at: crate::diagnostics::Position::START,
            description_at: crate::diagnostics::Position::START,
            translation_key: None,
            breadcrumb: None,
            weight: None,
            date: None,
            updated: None,
            draft: false,
            template: None,
            image: None,
            aliases: Vec::new(),
            extra: serde_json::Map::new(),
            search: true,
            checks: None,
            lead: true,
            toc: None,
            listed: true,
            topics: Vec::new(),
            text_language: None,
            group: None,
            groups: Vec::new(),
            cards: None,
        },
        text: String::new(),
        lines: OnceLock::new(),
        body_offset: 0,
    }
}

/// Every `topics` entry of the pages that names no term of `site.yaml`: an error at its line,
/// with the nearest term as "did you mean"; a term named twice on one page is an error too.
pub fn check(config: &SiteConfig, pages: &[Page]) -> Diagnostics {
    let mut problems = Diagnostics::new();
    let terms = &config.topics.terms;
    for page in pages.iter().filter(|p| !p.is_generated()) {
        let mut seen = HashSet::new();
        for topic in &page.front.topics {
            let key = topic.value.as_str();
            if !terms.contains_key(key) {
                problems.push(
                    Diagnostic::error(
                        Rule::Topic,
                        &page.source,
                        topic.position,
                        text!("load-topic-unknown", topic = key),
                    )
                    .with_hint(unknown_hint(config, key)),
                );
            } else if !seen.insert(key) {
                problems.push(
                    Diagnostic::error(
                        Rule::Topic,
                        &page.source,
                        topic.position,
                        text!("load-topic-twice", topic = key),
                    )
                    .with_hint(text!("load-topic-twice-hint")),
                );
            }
        }
    }
    problems
}

/// "did you mean" the nearest term (by key or by a label), or the list of terms.
fn unknown_hint(config: &SiteConfig, written: &str) -> Text {
    let terms = &config.topics.terms;
    if terms.is_empty() {
        return text!("load-topic-none");
    }
    let lower = written.to_lowercase();
    let nearest = terms
        .iter()
        .flat_map(|(key, term)| {
            let labels = term.labels.values().flat_map(|l| [l.label.to_lowercase(), l.slug.clone()]);
            std::iter::once(key.clone()).chain(labels).map(move |candidate| (key, candidate))
        })
        .map(|(key, candidate)| (strsim::levenshtein(&lower, &candidate), key))
        .min();
    let list: Vec<&str> = terms.keys().map(String::as_str).collect();
    match nearest {
        Some((distance, key)) if distance <= 3.max(written.chars().count() / 3) => {
            text!("load-topic-did-you-mean", suggestion = key, topics = list.join(", "))
        }
        _ => text!("load-topic-list", topics = list.join(", ")),
    }
}

/// Which pages name which topics: per page, its topic pages (in the order written); per
/// topic page, the pages of its language that name it, in list order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TopicIndex {
    pub of_page: HashMap<PageId, Vec<PageId>>,
    pub listed: HashMap<PageId, Vec<PageId>>,
}

impl TopicIndex {
    /// One pass over the pages and their topics: linear in both.
    pub fn new(pages: &[Page]) -> TopicIndex {
        let mut index = TopicIndex::default();
        let term_pages: HashMap<(&str, &str), PageId> = PageId::all(pages.len())
            .zip(pages)
            .filter_map(|(id, page)| match &page.origin {
                Origin::Topic(key) => Some(((page.lang.as_str(), key.as_str()), id)),
                _ => None,
            })
            .collect();
        for (id, page) in PageId::all(pages.len()).zip(pages) {
            let mut seen = HashSet::new();
            for topic in &page.front.topics {
                let Some(&term) = term_pages.get(&(page.lang.as_str(), topic.value.as_str())) else { continue };
                if seen.insert(term) {
                    index.of_page.entry(id).or_default().push(term);
                    // `listed: false` keeps a page out of automatic lists, a topic's too.
                    if page.front.listed {
                        index.listed.entry(term).or_default().push(id);
                    }
                }
            }
        }
        for list in index.listed.values_mut() {
            list.sort_by(|&a, &b| list_order(&pages[a]).cmp(&list_order(&pages[b])));
        }
        index
    }

    pub fn of_page(&self, id: PageId) -> &[PageId] {
        self.of_page.get(&id).map_or(&[], Vec::as_slice)
    }

    pub fn listed(&self, id: PageId) -> &[PageId] {
        self.listed.get(&id).map_or(&[], Vec::as_slice)
    }
}

/// The order of a topic page's list: pages without a date first, by weight (pages without
/// one last) and title; then dated pages (news), newest first; the URL keeps it stable.
fn list_order(page: &Page) -> (bool, std::cmp::Reverse<Option<jiff::civil::Date>>, bool, i64, String, &str) {
    let front = &page.front;
    (
        front.date.is_some(),
        std::cmp::Reverse(front.date),
        front.weight.is_none(),
        front.weight.unwrap_or(0),
        front.title.to_lowercase(),
        &page.url,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Arg, EditorLang, Messages};

    const CONFIG: &str = "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: Loket }\n  en: { name: English, title: Desk }\ntopics:\n  asylum-procedure:\n    nl: { label: Asielprocedure }\n    en: { label: Asylum procedure, slug: asylum-procedure }\n  family:\n    nl: { label: Gezin, slug: gezin }\n    en: { label: Family }\n";

    #[test]
    fn slugs_default_to_the_label() {
        let config = SiteConfig::parse(CONFIG, "site.yaml".into()).unwrap();
        let term = &config.topics.terms["asylum-procedure"];
        assert_eq!(term.labels["nl"].slug, "asielprocedure");
        assert_eq!(config.topics.section["nl"], "onderwerpen");
        assert_eq!(config.topics.section["en"], "topics");
    }

    #[test]
    fn an_unknown_term_suggests_the_nearest() {
        let config = SiteConfig::parse(CONFIG, "site.yaml".into()).unwrap();
        let hint = |written| unknown_hint(&config, written);
        assert_eq!(hint("asylum-procedures").arg("suggestion"), Some(&Arg::from("asylum-procedure")));
        assert_eq!(hint("gezin").arg("suggestion"), Some(&Arg::from("family")), "by its label");
        assert_eq!(hint("weather").id(), "load-topic-list");
        let nl = Messages::new(EditorLang::Nl).format(&hint("gezin"));
        assert_eq!(nl, "Bedoel je family? De onderwerpen in site.yaml zijn: asylum-procedure, family.");
    }

    #[test]
    fn a_term_without_a_language_and_a_shared_slug_are_errors() {
        let text = CONFIG.replace("    en: { label: Family }\n", "    en: { label: Asylum procedure }\n");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert!(errors.sorted()[0].message.to_string().contains("like topic `asylum-procedure`"), "{errors:?}");
        let text = CONFIG.replace("    en: { label: Family }\n", "");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert_eq!(errors.sorted()[0].message.to_string(), "topic `family` has no label in `en`");
        assert_eq!(errors.sorted()[0].position.line, 10);
    }
}
