//! Translations: pages without a translation (a warning at each, leaving out pages that
//! allow it), and translations that may be stale because their counterpart was updated
//! long after them.

use super::Policy;
use crate::diagnostics::{Diagnostic, Position};
use crate::load::config::SiteConfig;
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use crate::rules::Rule;
use crate::text;
use jiff::civil::Date;

/// A translation whose counterpart was updated more than this many days later may be stale.
pub const STALE_AFTER_DAYS: i32 = 30;

pub fn check(config: &SiteConfig, pages: &[Page], tree: &PageTree, policy: &Policy) -> Vec<Diagnostic> {
    let mut found = missing(config, pages, tree, policy);
    found.extend(stale(config, pages, tree));
    found
}

/// One warning per page and language it has no translation in, at the page.
fn missing(config: &SiteConfig, pages: &[Page], tree: &PageTree, policy: &Policy) -> Vec<Diagnostic> {
    let languages: Vec<&str> = config.language_codes().collect();
    let mut found = Vec::new();
    // Topic pages are made from site.yaml, in every language that has labels: not an
    // editor's page to translate.
    for (id, page) in PageId::all(pages.len()).zip(pages).filter(|(_, p)| !p.is_generated()) {
        // Allowed on the page itself (a page meant for one language only): not listed.
        if policy.severity(Rule::MissingTranslation, &page.source).is_none() {
            continue;
        }
        for lang in languages.iter().filter(|lang| **lang != page.lang) {
            if !tree.has_translation(pages, id, lang) {
                let position = page.front.translation_key.as_ref().map_or(Position::START, |k| k.position);
                found.push(
                    Diagnostic::warning(
                        Rule::MissingTranslation,
                        &page.source,
                        position,
                        text!("translation-missing", to = *lang),
                    )
                    .with_hint(text!(
                        "translation-missing-hint",
                        to = *lang,
                        from = page.lang.as_str(),
                        path = page.key_path.as_str(),
                        key = page.translation_key.as_str()
                    )),
                );
            }
        }
    }
    found
}

/// A translation that may be stale: `page` was last changed on `changed`, `days` days
/// before its most recently changed translation `counterpart` (on `counterpart_changed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stale {
    pub page: PageId,
    pub changed: Date,
    pub counterpart: PageId,
    pub counterpart_changed: Date,
    pub days: i32,
}

/// Every translation changed more than `STALE_AFTER_DAYS` days before its newest
/// counterpart, in page order (what `stale-translation` reports and `loket status` lists).
pub fn stale_translations(config: &SiteConfig, pages: &[Page], tree: &PageTree) -> Vec<Stale> {
    let mut found = Vec::new();
    for (id, page) in PageId::all(pages.len()).zip(pages) {
        let Some(changed) = page.front.last_changed() else { continue };
        // The most recently changed translation of this page.
        let newest = config
            .language_codes()
            .filter(|lang| *lang != page.lang)
            .filter_map(|lang| tree.translation(pages, id, lang))
            .filter_map(|other| pages[other].front.last_changed().map(|date| (date, other)))
            .max();
        let Some((newer, other)) = newest else { continue };
        let Ok(span) = changed.until(newer) else { continue };
        let days = span.get_days();
        if days > STALE_AFTER_DAYS {
            found.push(Stale { page: id, changed, counterpart: other, counterpart_changed: newer, days });
        }
    }
    found
}

fn stale(config: &SiteConfig, pages: &[Page], tree: &PageTree) -> Vec<Diagnostic> {
    stale_translations(config, pages, tree)
        .into_iter()
        .map(|Stale { page: id, changed, counterpart: other, counterpart_changed: newer, days }| {
            let page = &pages[id];
            let key = if page.front.updated.is_some() { "updated" } else { "date" };
            Diagnostic::warning(
                Rule::StaleTranslation,
                &page.source,
                key_position(page, key),
                text!(
                    "translation-stale",
                    changed = changed.to_string(),
                    days = days,
                    lang = pages[other].lang.as_str(),
                    newer = newer.to_string()
                ),
            )
            .with_hint(text!("translation-stale-hint", other = &pages[other].source))
        })
        .collect()
}

/// Where `key:` is written in the page's front matter (its value's column), or the file start.
fn key_position(page: &Page, key: &str) -> Position {
    let front = page.text.get(..page.body_offset).unwrap_or("");
    let prefix = format!("{key}:");
    front
        .lines()
        .enumerate()
        .find_map(|(i, line)| {
            let rest = line.strip_prefix(&prefix)?;
            let column = prefix.chars().count() + 1 + (rest.len() - rest.trim_start().len());
            Some(Position::new(i + 1, column))
        })
        .unwrap_or(Position::START)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::test_support::page;

    #[test]
    fn the_updated_key_is_found_in_the_front_matter() {
        let p = page("nl", "---\ntitle: T\ndescription: D\nupdated:  2026-01-01\n---\nupdated: no\n");
        assert_eq!(key_position(&p, "updated"), Position::new(4, 11));
        assert_eq!(key_position(&p, "date"), Position::START);
    }
}
