//! The HTML a page body may contain, and the sanitizer that holds a body with raw HTML to it:
//! ammonia (html5ever, a real HTML5 parser), configured from the raw-HTML allowlist editors
//! may write (`markdown::allowlist`) and the elements loket's own Markdown rendering produces. The `raw-html` check
//! (`checks::html`) reports what editors write outside the allowlist; this module makes sure
//! that nothing outside it is ever published, even where a finding is turned off or missed.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::markdown::allowlist::{DIRECTIONS, DROP_CONTENT, RAW_ATTRIBUTES, RAW_ELEMENTS, URL_SCHEMES};

/// Elements that loket's Markdown rendering writes, with the attributes it writes on them.
const GENERATED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("h1", &["id"]),
    ("h2", &["id"]),
    ("h3", &["id"]),
    ("h4", &["id"]),
    ("h5", &["id"]),
    ("h6", &["id"]),
    ("blockquote", &[]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &[]),
    ("pre", &[]),
    ("code", &[]),
    ("em", &[]),
    ("strong", &[]),
    ("del", &[]),
    ("hr", &[]),
    ("a", &["href", "hreflang", "title", "aria-label"]),
    ("img", &["src", "alt", "title"]),
    ("table", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &[]),
    ("td", &[]),
    ("div", &["id", "role", "tabindex", "aria-label"]),
    ("sup", &["id"]),
    ("section", &["aria-labelledby"]),
    ("span", &["lang", "dir"]),
    // The built-in shortcodes (`templates/shortcodes/`).
    ("details", &["id"]),
    ("summary", &[]),
    ("figure", &[]),
    ("figcaption", &[]),
    ("img", &["width", "height"]),
    // A figure's picture with its variants (`partials/picture.html`).
    ("picture", &[]),
    ("source", &["type", "srcset", "sizes"]),
    ("img", &["srcset", "sizes", "loading", "decoding"]),
    ("video", &["controls", "preload", "src"]),
    ("track", &["kind", "src", "srclang", "label", "default"]),
    ("div", &["lang", "dir"]),
    ("p", &["lang", "dir"]),
    // `link` and `button` whose text is in another language.
    ("a", &["lang", "dir"]),
];

/// Classes loket writes: footnotes, table column alignment, and the language of a fenced
/// code block (`language-*`, checked by prefix in [`keep_class`]).
const CLASSES: &[(&str, &[&str])] = &[
    ("sup", &["footnote-reference", "footnote-definition-label"]),
    ("div", &["footnote-definition", "table-region"]),
    ("section", &["footnotes"]),
    ("a", &["footnote-backref"]),
    ("span", &["lang-cue"]),
    ("th", &["align-left", "align-center", "align-right"]),
    ("td", &["align-left", "align-center", "align-right"]),
    // The built-in shortcodes.
    ("details", &["disclosure"]),
    ("div", &["disclosure-body", "notice", "notice-info", "notice-warning", "notice-important"]),
    ("p", &["notice-label", "video-transcript"]),
    ("span", &["visually-hidden"]),
    ("a", &["button"]),
    ("figure", &["video"]),
];

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(builder);

/// What a heading's entry in the table of contents keeps of its markup: the language and
/// direction of phrases in it (WCAG 3.1.2) and text for screen readers only. Links, emphasis
/// and the rest are unwrapped to their text: the entry is a link itself.
static TOC_ENTRY: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    let mut tag_attributes: HashMap<&str, HashSet<&str>> = HashMap::new();
    for tag in ["span", "bdi", "bdo"] {
        tag_attributes.insert(tag, ["lang", "dir"].into_iter().collect());
    }
    tag_attributes.entry("span").or_default().insert("class");
    builder
        .tags(tag_attributes.keys().copied().collect())
        // Not ammonia's default `lang` and `title` on every element.
        .generic_attributes(HashSet::new())
        .tag_attributes(tag_attributes)
        .clean_content_tags(DROP_CONTENT.iter().copied().collect())
        .strip_comments(true)
        .attribute_filter(keep_toc_attribute);
    builder
});

fn keep_toc_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match attribute {
        "class" => (element == "span" && value == "visually-hidden").then_some(Cow::Borrowed(value)),
        _ => keep_attribute(element, attribute, value),
    }
}

fn builder() -> ammonia::Builder<'static> {
    let mut tag_attributes: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (tag, attributes) in GENERATED {
        tag_attributes.entry(tag).or_default().extend(attributes.iter().copied());
    }
    for tag in RAW_ELEMENTS {
        tag_attributes.entry(tag).or_default().extend(RAW_ATTRIBUTES.iter().copied());
    }
    for (tag, _) in CLASSES {
        tag_attributes.entry(tag).or_default().insert("class");
    }
    tag_attributes.entry("code").or_default().insert("class");
    let tags: HashSet<&str> = tag_attributes.keys().copied().collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .tag_attributes(tag_attributes)
        .clean_content_tags(DROP_CONTENT.iter().copied().collect())
        .url_schemes(URL_SCHEMES.iter().copied().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        // No `rel`: no link opens a new window (`target` is never allowed), and internal
        // links keep their referrer.
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(keep_attribute);
    builder
}

/// Values ammonia cannot check by name alone: classes from [`CLASSES`] only, and `dir` a
/// direction. `None` drops the attribute.
fn keep_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match attribute {
        "class" => {
            let kept: Vec<&str> = value.split_ascii_whitespace().filter(|c| keep_class(element, c)).collect();
            (!kept.is_empty()).then(|| Cow::Owned(kept.join(" ")))
        }
        "dir" => DIRECTIONS.contains(&value).then_some(Cow::Borrowed(value)),
        // Only the values loket writes itself: a scrollable table region.
        "role" => (value == "region").then_some(Cow::Borrowed(value)),
        "tabindex" => (value == "0").then_some(Cow::Borrowed(value)),
        // ammonia checks the schemes of `src` and `href`, not of the addresses in a
        // `srcset`: the same rule here (relative, site-absolute or http(s) only).
        "srcset" => value.split(',').all(srcset_url_is_safe).then_some(Cow::Borrowed(value)),
        "loading" => (value == "lazy").then_some(Cow::Borrowed(value)),
        "decoding" => (value == "async").then_some(Cow::Borrowed(value)),
        "type" if element == "source" => value.starts_with("image/").then_some(Cow::Borrowed(value)),
        _ => Some(Cow::Borrowed(value)),
    }
}

/// One candidate of a `srcset` (`/a-480w.webp 480w`): its address has no scheme, or http(s).
fn srcset_url_is_safe(candidate: &str) -> bool {
    let url = candidate.split_ascii_whitespace().next().unwrap_or("");
    let scheme = url.split_once(':').map(|(scheme, _)| scheme).filter(|s| !s.contains(['/', '?', '#']));
    match scheme {
        None => true,
        Some(scheme) => scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http"),
    }
}

fn keep_class(element: &str, class: &str) -> bool {
    if element == "code" {
        return class.strip_prefix("language-").is_some_and(|l| !l.is_empty());
    }
    CLASSES.iter().any(|(tag, classes)| *tag == element && classes.contains(&class))
}

/// `html` (a page body) with everything outside the allowlist removed: unknown elements
/// unwrapped, scripts and embedded content dropped with their content, event handlers,
/// styles and other attributes dropped, URLs other than http(s), mailto, tel and relative
/// ones removed.
pub fn clean(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// A heading's HTML (`Heading::html`) as its table-of-contents entry may hold it: `<span>`,
/// `<bdi>` and `<bdo>` with `lang` and `dir`, hidden text; everything else unwrapped or gone.
pub fn toc_entry(html: &str) -> String {
    TOC_ENTRY.clean(html).to_string()
}

/// How deep a body that goes through the sanitizer may nest its elements. ammonia's HTML
/// parser (html5ever) checks the open elements for every new one, so its time grows with
/// the square of the depth: 64,000 nested quotes took 28 s. No page needs more than a few
/// dozen levels (the shortcodes nest at most 16 blocks).
pub const MAX_NESTING: usize = 256;

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr",
];

/// Elements an HTML parser keeps in its list of active formatting elements, and opens again
/// in each later block when they were left open.
const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

/// The "special" elements of the HTML parsing algorithm: the end tag of another element
/// does not close them.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

/// Elements the end tag of a special element does not reach past (the default scope).
const SCOPE: &[&str] = &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];

/// Whether the elements of `html` nest deeper than `max`, counted in one pass of a tokenizer
/// (linear time) and never less deep than an HTML parser builds them: an end tag closes only
/// what the parser would close for certain, and a formatting element left open counts for
/// the rest of the body, as the parser opens it again in every later block.
pub fn nests_deeper_than(html: &str, max: usize) -> bool {
    let mut open: Vec<Vec<u8>> = Vec::new();
    let mut left_open = 0usize;
    for token in html5gum::Tokenizer::new(html).flatten() {
        match token {
            html5gum::Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if VOID.iter().any(|v| v.as_bytes() == name.as_slice()) {
                    continue;
                }
                open.push(name);
                if open.len() + left_open > max {
                    return true;
                }
            }
            html5gum::Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                let is = |list: &[&str], n: &[u8]| list.iter().any(|e| e.as_bytes() == n);
                let special = is(SPECIAL, &name);
                // The nearest open element of that name, unless one the parser stops at
                // comes first; otherwise the end tag closes nothing.
                let mut found = None;
                for (i, element) in open.iter().enumerate().rev() {
                    if *element == name {
                        found = Some(i);
                        break;
                    }
                    let stops = if special { is(SCOPE, element) } else { is(SPECIAL, element) };
                    if stops {
                        break;
                    }
                }
                if let Some(i) = found {
                    left_open += open[i + 1..].iter().filter(|e| is(FORMATTING, e)).count();
                    open.truncate(i);
                    if left_open > max {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }
    false
}

/// The names of every attribute in `html`, as a browser's tokenizer reads them.
#[cfg(test)]
pub(crate) fn attribute_names(html: &str) -> Vec<String> {
    html5gum::Tokenizer::new(html)
        .flatten()
        .filter_map(|token| match token {
            html5gum::Token::StartTag(tag) => Some(tag.attributes),
            _ => None,
        })
        .flat_map(|attributes| attributes.into_keys().map(|k| String::from_utf8_lossy(&k).into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `markdown` as HTML, sanitized (the raw HTML cases of `checks::html`).
    fn render(markdown: &str) -> String {
        let mut out = String::new();
        pulldown_cmark::html::push_html(&mut out, crate::markdown::parse(markdown).into_iter().map(|(e, _)| e));
        clean(&out)
    }

    #[test]
    fn raw_html_of_markdown_is_held_to_the_allowlist() {
        let text = "Het <abbr title=\"Centraal Orgaan opvang asielzoekers\">COA</abbr> en <span lang=\"en\">process mining</span>, H<sub>2</sub>O<br>\n";
        assert_eq!(
            render(text),
            "<p>Het <abbr title=\"Centraal Orgaan opvang asielzoekers\">COA</abbr> en <span lang=\"en\">process mining</span>, H<sub>2</sub>O<br></p>\n"
        );
        let text = "<script>\nalert(\"<b>\")\n</script>\n\nTekst <span onclick=\"x()\" lang=\"nl\">a</span> <a href=\"javascript:x()\">b</a>\n\n<iframe src=\"https://x\"></iframe>\n\n<style>p{}</style>\n";
        let html = render(text);
        for refused in ["script", "alert", "onclick", "javascript", "iframe", "style", "p{}"] {
            assert!(!html.contains(refused), "{refused} in {html}");
        }
        assert!(html.contains("<span lang=\"nl\">a</span> <a>b</a>"), "{html}");
        let inline = "<span\n  lang=\"en\" style=\"color: red\">English</span>\n";
        assert_eq!(render(inline), "<p><span lang=\"en\">English</span></p>\n");
        let block = "<div>\n<span\nlang=\"en\" onclick=\"x()\">English</span>\n</div>\n";
        assert_eq!(render(block), "<div>\n<span lang=\"en\">English</span>\n</div>\n");
        let html = render("Tekst <span title='a\" onmouseover=\"alert(1)'>x</span>.\n");
        assert_eq!(attribute_names(&html), ["title"], "{html}");
        assert_eq!(render("Tekst <!-- nog nakijken --> hier.\n"), "<p>Tekst  hier.</p>\n");
    }

    #[test]
    fn attribute_quoting_cannot_smuggle_a_handler() {
        let out = clean("<p><span title='a\" onmouseover=\"a'>x</span></p>");
        assert_eq!(attribute_names(&out), ["title"], "{out}");
        assert_eq!(out, "<p><span title=\"a&quot; onmouseover=&quot;a\">x</span></p>");
    }

    #[test]
    fn scripts_handlers_styles_and_script_urls_go() {
        let out = clean(
            "<p onclick=\"x()\" style=\"color:red\">a<script>alert(1)</script><a href=\"javascript:x()\">b</a>\
             <a href=\" JaVa\tscript:x()\">c</a><img src=\"data:text/html,x\" alt=\"d\"><iframe src=\"https://x\">e</iframe></p>",
        );
        for bad in ["onclick", "style", "script", "alert", "javascript", "JaVa", "data:", "iframe", ">e<"] {
            assert!(!out.contains(bad), "{bad} in {out}");
        }
    }

    #[test]
    fn a_picture_keeps_its_variants_and_loses_script_addresses() {
        let picture = "<figure><picture><source type=\"image/webp\" srcset=\"/a-480w.0a.webp 480w, /a-800w.0b.webp 800w\" sizes=\"100vw\"><img src=\"/a-800w.0c.jpg\" srcset=\"/a-480w.0d.jpg 480w\" sizes=\"100vw\" width=\"8\" height=\"6\" alt=\"a\" loading=\"lazy\" decoding=\"async\"></picture></figure>";
        assert_eq!(clean(picture), picture);
        let hostile = "<picture><source type=\"text/html\" srcset=\"javascript:alert(1) 1x\"><img src=\"a.jpg\" srcset=\"a.jpg 1x, JaVaScRiPt:alert(1) 2x\" loading=\"x\" decoding=\"y\" alt=\"\"></picture>";
        let out = clean(hostile);
        for bad in ["javascript", "JaVaScRiPt", "text/html", "loading", "decoding"] {
            assert!(!out.contains(bad), "{bad} in {out}");
        }
        assert_eq!(out, "<picture><source><img src=\"a.jpg\" alt=\"\"></picture>");
    }

    #[test]
    fn what_loket_writes_is_kept() {
        let html = "<h2 id=\"a\">A</h2>\n<p><a href=\"/en/x/\" hreflang=\"en\" title=\"t\">x</a> <a href=\"mailto:a@b.nl\">m</a> <a href=\"tel:+3112\">t</a></p>\n\
            <p><sup class=\"footnote-reference\" id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup></p>\n\
            <div class=\"footnote-definition\" id=\"fn-1\"><sup class=\"footnote-definition-label\">1</sup><p>n</p></div>\n\
            <table><thead><tr><th class=\"align-right\">a</th></tr></thead><tbody><tr><td class=\"align-center\">b</td></tr></tbody></table>\n\
            <pre><code class=\"language-rust\">x</code></pre>\n<ol start=\"3\"><li><del>d</del></li></ol>\n<img src=\"a.png\" alt=\"x\">\n\
            <p><abbr title=\"t\">A</abbr><bdo dir=\"rtl\">r</bdo><span lang=\"en\">e</span></p>\n";
        assert_eq!(clean(html), html);
    }

    #[test]
    fn nesting_is_counted_never_less_deep_than_a_parser_builds_it() {
        let quotes = |n: usize| "<blockquote>".repeat(n) + "<p>x<br></p>" + &"</blockquote>".repeat(n);
        assert!(!nests_deeper_than(&quotes(10), 12));
        assert!(nests_deeper_than(&quotes(12), 12));
        // Closed again, the depth is free for what follows.
        assert!(!nests_deeper_than(&quotes(10).repeat(50), 12));
        // The end tag of an inline element does not close a quote opened inside it.
        assert!(nests_deeper_than(&"<span><blockquote></span>".repeat(10), 12));
        // Formatting elements left open are opened again in every later paragraph.
        assert!(nests_deeper_than(&"<p><small title=\"x\">a</p>".repeat(20), 12));
        assert!(!nests_deeper_than(&"<p><small>a</small></p>".repeat(20), 12));
        // Void elements and stray end tags add nothing.
        assert!(!nests_deeper_than(&"<p>a<br><wbr></span></p>".repeat(20), 2));
    }

    #[test]
    fn classes_and_directions_are_checked_by_value() {
        assert_eq!(clean("<h2 class=\"x\" id=\"a\">A</h2>"), "<h2 id=\"a\">A</h2>");
        assert_eq!(
            clean("<table><tr><td class=\"align-left evil\">a</td></tr></table>"),
            "<table><tbody><tr><td class=\"align-left\">a</td></tr></tbody></table>"
        );
        assert_eq!(clean("<bdo dir=\"up\">x</bdo>"), "<bdo>x</bdo>");
    }

    #[test]
    fn a_toc_entry_keeps_languages_and_directions_only() {
        assert_eq!(
            toc_entry("Over <span lang=\"ar\" dir=\"rtl\" title=\"t\">اللجوء</span> &amp; <em>meer</em>"),
            "Over <span lang=\"ar\" dir=\"rtl\">اللجوء</span> &amp; meer"
        );
        assert_eq!(
            toc_entry("<a href=\"/x/\">Lees</a><span class=\"visually-hidden other\">verborgen</span>"),
            "Lees<span>verborgen</span>"
        );
        assert_eq!(toc_entry("<span class=\"visually-hidden\">x</span>"), "<span class=\"visually-hidden\">x</span>");
        assert_eq!(
            toc_entry("a<script>alert(1)</script><img src=x onerror=y><span dir=\"up\" onclick=\"x\">b"),
            "a<span>b</span>"
        );
    }
}
