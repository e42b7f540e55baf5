//! Links and images: what resolving their destinations found (`markdown::links`: a scheme
//! that is not allowed, a page or file that does not exist, a path out of the site, a missing
//! image), images without alt text, and what expanding shortcodes found of the same kinds
//! (a link argument's problem, a figure without alt text).

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::markdown::links::{Problem, ProblemKind, Resolution};
use crate::rules::Rule;
use crate::text;
use pulldown_cmark::{Event, Tag, TagEnd};

/// The rule of each kind of problem.
fn rule(kind: ProblemKind) -> Rule {
    match kind {
        ProblemKind::UnsafeLink => Rule::UnsafeLink,
        ProblemKind::BrokenLink => Rule::BrokenLink,
        ProblemKind::OutsideSite => Rule::OutsideSite,
        ProblemKind::MissingImage => Rule::MissingImage,
        ProblemKind::MissingAlt => Rule::MissingAlt,
    }
}

/// The finding of one problem.
pub fn finding(page: &Page, problem: &Problem) -> Diagnostic {
    let found = Diagnostic::error(rule(problem.kind), &page.source, problem.position, problem.message.clone());
    match &problem.hint {
        Some(hint) => found.with_hint(hint.clone()),
        None => found,
    }
}

/// The problems of the body's links and images (`resolved`, in the order of their events),
/// each at its destination, and its images without alt text.
pub fn check(page: &Page, events: &Events<'_>, resolved: &[Resolution], found: &mut Vec<Diagnostic>) {
    let mut resolved = resolved.iter();
    // The open image: its alt text so far, where it starts, and its file.
    let mut image_alt: Option<(String, usize, String)> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Link { .. }) => {
                if let Some(problem) = resolved.next().and_then(|r| r.problem.as_ref()) {
                    found.push(finding(page, problem));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                if let Some(problem) = resolved.next().and_then(|r| r.problem.as_ref()) {
                    found.push(finding(page, problem));
                }
                image_alt = Some((String::new(), range.start, dest_url.to_string()));
            }
            Event::Text(text) => {
                if let Some((alt, _, _)) = image_alt.as_mut() {
                    alt.push_str(text);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((alt, start, image)) = image_alt.take() {
                    if alt.trim().is_empty() {
                        found.push(
                            Diagnostic::error(
                                Rule::MissingAlt,
                                &page.source,
                                page.body_position(start),
                                text!("check-missing-alt", image = image.as_str()),
                            )
                            .with_hint(text!(
                                "check-missing-alt-hint",
                                image = image,
                                page_lang = page.lang.as_str()
                            )),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::markdown::links::LinkTargets;
    use crate::markdown::test_support::one_page_site;
    use crate::messages::{EditorLang, Messages};
    use crate::rules::Rule;
    use std::collections::{HashMap, HashSet};

    /// The link findings of `body`, the only page of its site.
    fn diagnostics(body: &str) -> Vec<crate::diagnostics::Diagnostic> {
        let (pages, _, tree) = one_page_site(body);
        let (assets, drafts) = (HashMap::new(), HashSet::new());
        let targets = LinkTargets { pages: &pages, tree: &tree, assets: &assets, drafts: &drafts };
        let source = crate::markdown::Source::new(pages[0].body());
        let parsed = source.parse(&pages[0], &targets);
        let mut found = Vec::new();
        super::check(&pages[0], &parsed.events, &parsed.links, &mut found);
        found
    }

    /// `(rule, line, column)` of the link findings of `body`, the only page of its site.
    fn findings(body: &str) -> Vec<(Rule, usize, usize)> {
        diagnostics(body).iter().map(|d| (d.rule, d.position.line, d.position.column)).collect()
    }

    /// The Dutch message and hint of each finding.
    fn dutch(body: &str) -> Vec<(String, String)> {
        let nl = Messages::new(EditorLang::Nl);
        diagnostics(body)
            .iter()
            .map(|d| (nl.format(&d.message), d.hint.as_ref().map(|h| nl.format(h)).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn an_image_without_alt_text_gets_an_example_with_its_own_file() {
        assert_eq!(
            dutch("Zo kom je er: ![](route.png)\n")[1],
            (
                "De afbeelding route.png heeft geen alternatieve tekst. Mensen met een schermlezer weten dan niet wat erop staat.".to_string(),
                "Beschrijf wat de afbeelding laat zien, bijvoorbeeld: ![Kaart met de route naar het aanmeldcentrum](route.png)".to_string()
            )
        );
    }

    #[test]
    fn a_web_address_without_https_is_named_as_one() {
        for (body, url) in [
            ("[IND](www.example.nl)", "https://www.example.nl"),
            ("[IND](example.nl/pad)", "https://example.nl/pad"),
            ("[Rijksoverheid](rijksoverheid.nl)", "https://rijksoverheid.nl"),
        ] {
            let found = dutch(&format!("{body}\n"));
            let dest = &body[body.find('(').unwrap() + 1..body.len() - 1];
            assert_eq!(
                found,
                [(
                    format!("`{dest}` lijkt een webadres. Zonder https:// ervoor zoekt loket een bestand van de site."),
                    format!("Schrijf het hele adres: `{url}`")
                )],
                "{body}"
            );
        }
        // Relative links that do not exist are no web addresses.
        for body in ["[a](contact.md)", "[b](../asiel/)", "[c](bijlage.odt)", "[d](kaart.v2)"] {
            let found = dutch(&format!("{body}\n"));
            assert!(found[0].0.starts_with("De link "), "{body}: {found:?}");
        }
    }

    #[test]
    fn links_may_use_http_https_mailto_and_tel_only() {
        let found = findings("[a](ftp://x.nl/a) [b](tel:+31201234567) [c](mailto:a@b.nl) [d](<java\tscript:x>)\n");
        assert_eq!(found, [(Rule::UnsafeLink, 5, 5), (Rule::BrokenLink, 5, 65)]);
    }

    #[test]
    fn images_need_alt_text_and_a_file() {
        let found = findings("![](kaart.png) ![Een kaart](../../buiten.png)\n");
        assert_eq!(found, [(Rule::MissingImage, 5, 5), (Rule::MissingAlt, 5, 1), (Rule::OutsideSite, 5, 29)]);
    }
}
