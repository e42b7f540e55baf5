//! Page summaries: what templates show of a page in lists, cards and headers (dates written
//! out in the page's language, the front matter image resolved to its URL).

use crate::diagnostics::{Diagnostic, Position};
use crate::load::config::SiteConfig;
use crate::load::locales::Locales;
use crate::load::page::Page;
use crate::messages::Text;
use crate::render::templates::{ImageValue, PageSummary};
use crate::rules::Rule;
use crate::site::routes::Routes;
use crate::text;
use std::collections::HashMap;

/// What a summary reads besides the page.
pub struct SummarySources<'a> {
    pub config: &'a SiteConfig,
    /// Asset URL by path below `content/`.
    pub assets: &'a HashMap<String, String>,
    /// The pictures next to pages with their variants, by URL.
    pub pictures: &'a HashMap<String, crate::images::Picture>,
    pub routes: &'a Routes,
    pub locales: &'a Locales,
}

pub fn summarize(sources: &SummarySources<'_>, page: &Page) -> (PageSummary, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut display = |date: Option<jiff::civil::Date>| {
        date.and_then(|d| match sources.locales.format_date(&page.lang, d) {
            Ok(text) => Some(text),
            Err(message) => {
                found.push(Diagnostic::error(Rule::Fluent, &page.source, Position::START, message));
                None
            }
        })
    };
    let date_display = display(page.front.date);
    let updated_display = display(page.front.updated);
    let last_changed_display = display(page.front.last_changed());
    let image = page.front.image.as_ref().and_then(|image| match resolve_image(sources, page, &image.value.src) {
        Ok(src) => {
            let picture = sources.pictures.get(&src).cloned();
            let src = picture.as_ref().map_or(src, |p| p.src.clone());
            Some(ImageValue { src, alt: image.value.alt.clone(), picture })
        }
        Err((rule, message)) => {
            found.push(
                Diagnostic::error(rule, &page.source, image.position, message)
                    .with_hint(text!("md-link-missing-image-hint")),
            );
            None
        }
    });
    let summary = PageSummary {
        title: page.front.title.clone(),
        breadcrumb: page.breadcrumb().to_string(),
        description: page.front.description.clone(),
        url: page.url.clone(),
        permalink: sources.config.permalink(&page.url),
        lang: page.lang.clone(),
        kind: page.kind,
        translation_key: page.translation_key.clone(),
        weight: page.front.weight,
        date: page.front.date.map(|d| d.to_string()),
        date_display,
        updated: page.front.updated.map(|d| d.to_string()),
        updated_display,
        last_changed: page.front.last_changed().map(|d| d.to_string()),
        last_changed_display,
        image,
        extra: page.front.extra.clone(),
        listed: page.front.listed,
        text_lang: page.text_elsewhere().then(|| page.text_lang().to_string()),
        text_dir: page.text_elsewhere().then(|| sources.config.direction(page.text_lang())),
        group: page.front.group.as_ref().map(|g| g.value.clone()),
        groups: page.front.groups.iter().map(|g| g.value.clone()).collect(),
    };
    (summary, found)
}

fn resolve_image(sources: &SummarySources<'_>, page: &Page, src: &str) -> Result<String, (Rule, Text)> {
    if src.starts_with("https://") || src.starts_with("http://") {
        return Ok(src.to_string());
    }
    if src.starts_with('/') {
        return if sources.routes.serves(src) {
            Ok(src.to_string())
        } else {
            Err((Rule::MissingImage, text!("site-image-not-served", src = src)))
        };
    }
    let dir = match page.source_dir() {
        "" => page.lang.to_string(),
        d => format!("{}/{d}", page.lang),
    };
    let path = crate::markdown::links::normalize(&dir, src)
        .ok_or_else(|| (Rule::OutsideSite, text!("site-image-outside", src = src)))?;
    sources
        .assets
        .get(&path)
        .cloned()
        .ok_or_else(|| (Rule::MissingImage, text!("site-image-missing", src = src, target = &path)))
}
