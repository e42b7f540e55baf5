//! Links and images: what resolving their destinations found (`markdown::links`: a scheme
//! that is not allowed, a page or file that does not exist, a path out of the site, a missing
//! image), images without alt text, and what expanding shortcodes found of the same kinds
//! (a link argument's problem, a figure without alt text).

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::markdown::links::{Problem, ProblemKind, Resolution};
use crate::rules::Rule;
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
    // The open image: its alt text so far, and where it starts.
    let mut image_alt: Option<(String, usize)> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Link { .. }) => {
                if let Some(problem) = resolved.next().and_then(|r| r.problem.as_ref()) {
                    found.push(finding(page, problem));
                }
            }
            Event::Start(Tag::Image { .. }) => {
                if let Some(problem) = resolved.next().and_then(|r| r.problem.as_ref()) {
                    found.push(finding(page, problem));
                }
                image_alt = Some((String::new(), range.start));
            }
            Event::Text(text) => {
                if let Some((alt, _)) = image_alt.as_mut() {
                    alt.push_str(text);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((alt, start)) = image_alt.take() {
                    if alt.trim().is_empty() {
                        found.push(
                            Diagnostic::error(
                                Rule::MissingAlt,
                                &page.source,
                                page.body_position(start),
                                "this image has no alt text",
                            )
                            .with_hint("describe the image between the brackets: ![A map of the route](route.png)"),
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
    use crate::rules::Rule;
    use std::collections::{HashMap, HashSet};

    /// `(rule, line, column)` of the link findings of `body`, the only page of its site.
    fn findings(body: &str) -> Vec<(Rule, usize, usize)> {
        let (pages, _, tree) = one_page_site(body);
        let (assets, drafts) = (HashMap::new(), HashSet::new());
        let targets = LinkTargets { pages: &pages, tree: &tree, assets: &assets, drafts: &drafts };
        let source = crate::markdown::Source::new(pages[0].body());
        let parsed = source.parse(&pages[0], &targets);
        let mut found = Vec::new();
        super::check(&pages[0], &parsed.events, &parsed.links, &mut found);
        found.iter().map(|d| (d.rule, d.position.line, d.position.column)).collect()
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
