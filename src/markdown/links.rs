//! Where a page's links and images lead: each destination resolved against the page tree,
//! the files next to pages and the drafts, as data. A [`Resolution`] holds the URL to write
//! and, when the destination is wrong, a [`Problem`]: no finding is made here, `checks`
//! turns problems into findings (`unsafe-link`, `broken-link`, `outside-site`,
//! `missing-image`, `missing-alt`) and `render` writes the URLs. Links whose targets are only
//! known after every page is rendered (fragments, site-absolute paths) are returned for the
//! link check of `site`.

use super::allowlist::URL_SCHEMES;
use crate::diagnostics::Position;
use crate::lang::Lang;
use crate::load::page::Page;
use crate::load::tree::PageTree;
use crate::messages::Text;
use crate::text;
use std::collections::{HashMap, HashSet};

/// What links resolve against.
#[derive(Clone, Copy)]
pub struct LinkTargets<'a> {
    pub pages: &'a [Page],
    pub tree: &'a PageTree,
    /// Asset URL by path below `content/` (`nl/verhalen/amina.svg`).
    pub assets: &'a HashMap<String, String>,
    /// Paths below `content/` of the drafts left out of this build.
    pub drafts: &'a HashSet<String>,
}

/// A link to `#fragment` of a page, checked once every page's headings are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FragmentLink {
    /// The target page's file below `content/` (`nl/asiel/_index.md`).
    pub target: String,
    pub fragment: String,
    pub position: Position,
}

/// A site-absolute link (`/en/...`), checked once every output path is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsoluteLink {
    pub path: String,
    pub position: Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Link,
    Image,
}

/// The URL a destination is written as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub url: String,
    /// Set when the link leads to a page in another language than the linking page.
    pub hreflang: Option<Lang>,
}

/// What is wrong with a link or an image, as `checks` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A scheme other than those of [`URL_SCHEMES`] (`javascript:`, `data:`, ...).
    UnsafeLink,
    /// No destination, or a page or file that does not exist.
    BrokenLink,
    /// A path that climbs out of `content/`.
    OutsideSite,
    /// An image file that does not exist.
    MissingImage,
    /// An image without alt text.
    MissingAlt,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub position: Position,
    pub message: Text,
    pub hint: Option<Text>,
}

/// One destination resolved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolution {
    /// What to write instead of the destination; `None` leaves it as written (external
    /// links, and wrong ones that are not replaced).
    pub rewrite: Option<Resolved>,
    pub problem: Option<Problem>,
    pub fragment_link: Option<FragmentLink>,
    pub absolute_link: Option<AbsoluteLink>,
    /// The paths below `content/` that were looked up, found or not: when pages or files at
    /// those paths come or go, the body is made again.
    pub depends_on: Vec<String>,
    /// A file next to pages that a link (not an image) leads to, below `content/`.
    pub linked_file: Option<String>,
}

/// Resolves one link or image destination of `page`, written at `position`.
pub fn resolve(targets: &LinkTargets<'_>, page: &Page, dest: &str, position: Position, kind: Kind) -> Resolution {
    let mut out = Resolution::default();
    let problem =
        |kind: ProblemKind, message: Text, hint: Option<Text>| Some(Problem { kind, position, message, hint });
    let page_lang = page.lang.as_str();
    let refused = || Some(Resolved { url: "#".into(), hreflang: None });
    let dest = dest.trim();
    if dest.is_empty() {
        out.problem = problem(
            ProblemKind::BrokenLink,
            text!("md-link-no-destination"),
            Some(text!("md-link-no-destination-hint", page_lang = page_lang)),
        );
        return out;
    }
    if let Some(fragment) = dest.strip_prefix('#') {
        let target = format!("{}/{}.md", page.lang, page.key_path);
        out.fragment_link = Some(FragmentLink { target, fragment: fragment.to_string(), position });
        return out;
    }
    if let Some(scheme) = scheme(dest) {
        if !URL_SCHEMES.iter().any(|s| scheme.eq_ignore_ascii_case(s)) {
            out.problem = problem(
                ProblemKind::UnsafeLink,
                text!("md-link-unsafe", scheme = scheme),
                Some(text!("md-link-unsafe-hint")),
            );
            out.rewrite = refused();
        }
        return out;
    }
    if dest.starts_with("//") {
        return out;
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (dest, None),
    };
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    if path.starts_with('/') {
        out.absolute_link = Some(AbsoluteLink { path: dest.to_string(), position });
        return out;
    }
    let from_dir = match page.source_dir() {
        "" => page.lang.to_string(),
        dir => format!("{}/{dir}", page.lang),
    };
    let Some(target) = normalize(&from_dir, path) else {
        out.problem = problem(
            ProblemKind::OutsideSite,
            text!("md-link-outside", dest = dest),
            Some(text!("md-link-outside-hint")),
        );
        out.rewrite = refused();
        return out;
    };
    out.depends_on.push(target.clone());
    if target.ends_with(".md") {
        if let Some(target_id) = targets.tree.by_content_path(&target) {
            let target_page = &targets.pages[target_id];
            if kind == Kind::Image {
                out.problem = problem(
                    ProblemKind::BrokenLink,
                    text!("md-link-page-not-image", dest = dest),
                    Some(text!("md-link-page-not-image-hint", page_lang = page_lang)),
                );
                return out;
            }
            let mut url = target_page.url.clone();
            if let Some(fragment) = fragment {
                out.fragment_link =
                    Some(FragmentLink { target: target.clone(), fragment: fragment.to_string(), position });
                url.push('#');
                url.push_str(fragment);
            }
            let hreflang = (target_page.lang != page.lang).then(|| target_page.lang.clone());
            out.rewrite = Some(Resolved { url, hreflang });
            return out;
        }
        // A page whose settings have an error is there, only not read: its own finding says
        // what to fix, and the link works once it is fixed.
        if let Some(failed) = targets.tree.failed_page(&target) {
            let hreflang = (failed.lang != page.lang).then(|| failed.lang.clone());
            out.rewrite = Some(Resolved { url: failed.url.clone(), hreflang });
            return out;
        }
        let hint = if targets.drafts.contains(&target) {
            text!("md-link-to-draft")
        } else if let Some(near) = nearest_sibling(targets, &target) {
            // The written path with its last name (a folder's, before `/_index.md`) replaced.
            let mut segments: Vec<&str> = path.split('/').collect();
            let named = if segments.last() == Some(&"_index.md") { 2 } else { 1 };
            segments.truncate(segments.len().saturating_sub(named));
            segments.push(&near);
            text!("md-link-did-you-mean", link = segments.join("/"))
        } else {
            text!("md-link-relative-paths")
        };
        out.problem =
            problem(ProblemKind::BrokenLink, text!("md-link-broken", dest = dest, target = &target), Some(hint));
        return out;
    }
    if let Some(url) = targets.assets.get(&target) {
        if kind == Kind::Link {
            out.linked_file = Some(target.clone());
        }
        let mut url = url.clone();
        if let Some(fragment) = fragment {
            url.push('#');
            url.push_str(fragment);
        }
        out.rewrite = Some(Resolved { url, hreflang: None });
        return out;
    }
    if kind == Kind::Image {
        out.problem = problem(
            ProblemKind::MissingImage,
            text!("md-link-missing-image", dest = dest, target = &target),
            Some(text!("md-link-missing-image-hint")),
        );
        return out;
    }
    // A page written without `.md`, or a folder without `/_index.md`: the link as it
    // should be, with its #fragment or ?query kept.
    let rest = &dest[path.len()..];
    let section = format!("{}/_index.md", target.trim_end_matches('/'));
    let page_file = format!("{}.md", target.trim_end_matches('/'));
    let message = text!("md-link-broken", dest = dest, target = &target);
    let (message, hint) = if targets.tree.by_content_path(&section).is_some() {
        let link = format!("{}/_index.md{rest}", path.trim_end_matches('/'));
        (message, text!("md-link-add-md", link = link))
    } else if targets.tree.by_content_path(&page_file).is_some() {
        (message, text!("md-link-add-md", link = format!("{}.md{rest}", path.trim_end_matches('/'))))
    } else if let Some(address) = web_address(dest) {
        (
            text!("md-link-web-address", dest = dest),
            text!("md-link-web-address-hint", url = format!("https://{address}")),
        )
    } else {
        (message, text!("md-link-to-page-or-file"))
    };
    out.depends_on.push(section);
    out.depends_on.push(page_file);
    out.problem = problem(ProblemKind::BrokenLink, message, Some(hint));
    out
}

/// Endings of web addresses that editors write without `https://` (`www.ind.nl`,
/// `rijksoverheid.nl/asiel`). A list, not any letters after a dot: `bijlage.odt` and
/// `kaart.png` are file names.
const WEB_ENDINGS: &[&str] =
    &["nl", "be", "eu", "com", "org", "net", "info", "gov", "edu", "int", "io", "de", "fr", "uk", "lu", "frl", "nu"];

/// `dest` when it reads as a web address without its scheme: its first part is a host name
/// (`www.` anything, or `name.nl` with an ending of [`WEB_ENDINGS`]). Relative paths
/// (`contact.md`, `../asiel/`, `./x.nl`) never are.
fn web_address(dest: &str) -> Option<&str> {
    let host = dest.split(['/', '?', '#']).next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    let is_label =
        |l: &&str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !l.starts_with('-');
    if labels.len() < 2 || !labels.iter().all(is_label) {
        return None;
    }
    let ending = labels.last().map(|l| l.to_ascii_lowercase()).unwrap_or_default();
    let www = labels[0].eq_ignore_ascii_case("www") && labels.len() >= 3;
    (www || WEB_ENDINGS.contains(&ending.as_str())).then_some(dest)
}

/// The page in `target`'s folder whose name is nearest to `target`'s (a typo), as written
/// after the folder: `stap-een.md`, or `procedure/_index.md` for a section. Only the folder's
/// own pages are compared, so the cost is bounded by one folder.
fn nearest_sibling(targets: &LinkTargets<'_>, target: &str) -> Option<String> {
    // `dienstn/_index.md` is a folder's page: its folder's name is what may be misspelt.
    let (dir, name) = target.strip_suffix("/_index.md").unwrap_or(target).rsplit_once('/')?;
    let folder = targets.tree.by_content_path(&format!("{dir}/_index.md"))?;
    let lang_dir = format!("{}/", targets.pages[folder].lang);
    targets
        .tree
        .children(folder)
        .iter()
        .filter_map(|&child| {
            let path = format!("{}{}.md", lang_dir, targets.pages[child].key_path);
            let relative = path.strip_prefix(dir)?.trim_start_matches('/').to_string();
            let compared = relative.trim_end_matches("/_index.md").trim_end_matches(".md");
            let distance = strsim::levenshtein(name.trim_end_matches(".md"), compared);
            (distance <= 3 && distance * 3 <= name.len()).then_some((distance, relative))
        })
        .min()
        .map(|(_, relative)| relative)
}

/// The scheme of an absolute URL (`https`, `mailto`), if `dest` has one.
fn scheme(dest: &str) -> Option<&str> {
    let colon = dest.find(':')?;
    let candidate = &dest[..colon];
    let valid = candidate.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && candidate.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(candidate)
}

/// Joins a relative path onto `dir` (both below `content/`), resolving `.` and `..`;
/// `None` when it climbs out of `content/`.
pub fn normalize(dir: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for segment in relative.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    let decoded = percent_decode(&joined);
    Some(if relative.ends_with('/') { format!("{decoded}/") } else { decoded })
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_resolves_dots_and_refuses_escapes() {
        assert_eq!(normalize("nl/asiel", "../over-ons/_index.md").unwrap(), "nl/over-ons/_index.md");
        assert_eq!(normalize("nl/asiel", "./procedure/gehoor.md").unwrap(), "nl/asiel/procedure/gehoor.md");
        assert_eq!(normalize("nl", "../en/_index.md").unwrap(), "en/_index.md");
        assert_eq!(normalize("nl/a", "b%20c.png").unwrap(), "nl/a/b c.png");
        assert!(normalize("nl", "../../etc/passwd").is_none());
    }

    #[test]
    fn schemes_are_recognised() {
        assert_eq!(scheme("https://example.org"), Some("https"));
        assert_eq!(scheme("mailto:a@b.nl"), Some("mailto"));
        assert_eq!(scheme("JavaScript:alert(1)"), Some("JavaScript"));
        assert_eq!(scheme("../a.md"), None);
        assert_eq!(scheme("a.md#x:y"), None);
    }
}
