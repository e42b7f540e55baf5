//! The `unsafe-file` check: files next to pages (assets in `content/`) may only be of types a
//! browser shows and never runs (images, documents, media, archives), and SVG images without
//! script, event handlers, HTML or script URLs. Content comes from editors and outside pull
//! requests; the theme's `static/` is reviewed code and is not checked here.

use crate::diagnostics::{display_path, Diagnostic, Position};
use crate::load::content::Asset;
use crate::messages::Text;
use crate::rules::Rule;
use crate::sitefs;
use crate::text;
use std::path::Path;

/// The largest SVG that is read to be checked; a larger one is a finding.
pub const MAX_SVG_BYTES: u64 = 16 << 20;

/// Elements of a parsed SVG beyond this are refused: bounds the memory of a hostile file.
const MAX_SVG_NODES: u32 = 1_000_000;

/// The extensions (lowercase) of the files that may sit next to pages.
const ALLOWED: &[&str] = &[
    // Images.
    "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", // Documents.
    "pdf", "txt", "csv", "odt", "ods", "odp", "docx", "xlsx", "pptx", "epub", // Media and captions.
    "mp3", "m4a", "ogg", "oga", "mp4", "m4v", "webm", "ogv", "vtt", "srt", // Archives.
    "zip",
];

/// Elements that run or embed script or HTML, by local name (lowercase, any namespace).
const REFUSED_ELEMENTS: &[&str] = &["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"];

/// Namespaces whose elements are HTML or MathML: live markup inside an SVG document.
const REFUSED_NAMESPACES: &[&str] = &["http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML"];

/// Attributes (local name, lowercase) whose value is a URL a browser may follow or load.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "action", "formaction", "data", "base"];

/// The findings of one file next to pages (`serve` repeats this for an edited file).
pub fn check_asset(root: &Path, asset: &Asset) -> Vec<Diagnostic> {
    let shown = display_path(root, &asset.source);
    let name = asset.source.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let extension = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    };
    if !ALLOWED.contains(&extension.as_str()) {
        return vec![refused_type(shown, &name, &extension)];
    }
    if extension != "svg" {
        return Vec::new();
    }
    match sitefs::read_bounded(root, &asset.source, MAX_SVG_BYTES) {
        Ok(Some(bytes)) => match String::from_utf8(bytes) {
            Ok(text) => check_svg(&text)
                .into_iter()
                .map(|(position, message, hint)| {
                    Diagnostic::error(Rule::UnsafeFile, shown.clone(), position, message).with_hint(hint)
                })
                .collect(),
            Err(_) => vec![Diagnostic::error(Rule::UnsafeFile, shown, Position::START, text!("unsafe-svg-not-text"))
                .with_hint(text!("unsafe-svg-not-text-hint"))],
        },
        Ok(None) => vec![Diagnostic::error(
            Rule::UnsafeFile,
            shown,
            Position::START,
            text!("unsafe-svg-too-large", mib = MAX_SVG_BYTES >> 20),
        )
        .with_hint(text!("unsafe-svg-too-large-hint"))],
        // The walk reported links out of the site and special files already; a file that
        // went away since is reported by the copy.
        Err(sitefs::Refusal::Outside | sitefs::Refusal::Special(_) | sitefs::Refusal::Missing(_)) => Vec::new(),
        Err(sitefs::Refusal::Io(err)) => {
            vec![Diagnostic::error(
                Rule::UnsafeFile,
                shown,
                Position::START,
                text!("unsafe-svg-cannot-read", error = err.to_string()),
            )]
        }
    }
}

fn refused_type(shown: std::path::PathBuf, name: &str, extension: &str) -> Diagnostic {
    let (message, hint) = match extension {
        "" => (text!("unsafe-no-extension", name = name), text!("unsafe-no-extension-hint")),
        "html" | "htm" | "xhtml" | "xht" | "shtml" | "php" | "asp" | "aspx" | "jsp" => {
            (text!("unsafe-web-page", name = name), text!("unsafe-web-page-hint"))
        }
        "js" | "mjs" | "cjs" | "css" | "wasm" | "map" => {
            (text!("unsafe-theme-file", name = name), text!("unsafe-theme-file-hint"))
        }
        _ => (text!("unsafe-other-type", extension = extension), text!("unsafe-other-type-hint")),
    };
    Diagnostic::error(Rule::UnsafeFile, shown, Position::START, message).with_hint(hint)
}

/// A finding in an SVG: where, what, and what to do.
type SvgFinding = (Position, Text, Text);

fn hint_script() -> Text {
    text!("unsafe-svg-script-hint")
}

/// Findings shown per SVG; the rest are counted in one more.
const MAX_SVG_FINDINGS: usize = 50;

/// What makes an SVG unsafe to publish, in document order; empty for a harmless image.
pub fn check_svg(text: &str) -> Vec<SvgFinding> {
    if let Some((offset, message)) = doctype_problem(text) {
        // Entity declarations are refused before the parser expands them: an entity bomb
        // is never expanded.
        return vec![(Positions::default().at(text, offset), message, text!("unsafe-svg-entities-hint"))];
    }
    let options = roxmltree::ParsingOptions { allow_dtd: true, nodes_limit: MAX_SVG_NODES };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(err) => {
            let pos = err.pos();
            return vec![(
                Position::new(pos.row as usize, pos.col as usize),
                text!("unsafe-svg-not-xml", error = err.to_string()),
                text!("unsafe-svg-not-xml-hint"),
            )];
        }
    };
    // Byte offsets first, in document order; positions in one pass at the end (roxmltree's
    // own `text_pos_at` counts from the start each time).
    let mut found: Vec<(usize, Text, Text)> = Vec::new();
    let mut more = 0usize;
    let mut push = |offset: usize, message: Text, hint: Text| {
        if found.len() < MAX_SVG_FINDINGS {
            found.push((offset, message, hint));
        } else {
            more += 1;
        }
    };
    for node in doc.descendants() {
        let offset = node.range().start;
        if node.pi().is_some_and(|pi| pi.target.eq_ignore_ascii_case("xml-stylesheet")) {
            // An XSLT stylesheet can turn the document into a page with script.
            push(offset, text!("unsafe-svg-stylesheet"), hint_script());
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let tag = node.tag_name();
        let local = tag.name().to_ascii_lowercase();
        if REFUSED_ELEMENTS.contains(&local.as_str()) {
            push(offset, text!("unsafe-svg-element", element = tag.name()), hint_script());
            continue;
        }
        if let Some(ns) = tag.namespace().filter(|ns| REFUSED_NAMESPACES.contains(ns)) {
            push(offset, text!("unsafe-svg-html", element = tag.name(), namespace = ns), hint_script());
            continue;
        }
        if let Some(target) = node.attributes().find(|a| a.name().eq_ignore_ascii_case("attributeName")) {
            let target = target.value().trim().to_ascii_lowercase();
            let target_local = target.rsplit(':').next().unwrap_or_default();
            if URL_ATTRIBUTES.contains(&target_local) || target_local.starts_with("on") {
                push(offset, text!("unsafe-svg-animates", attribute = target.as_str()), hint_script());
                continue;
            }
        }
        for attribute in node.attributes() {
            let name = attribute.name().to_ascii_lowercase();
            let shown_name = match attribute.namespace() {
                Some("http://www.w3.org/1999/xlink") => format!("xlink:{}", attribute.name()),
                _ => attribute.name().to_string(),
            };
            let offset = attribute.range().start;
            if name.starts_with("on") {
                push(offset, text!("unsafe-svg-handler", attribute = shown_name.as_str()), hint_script());
            } else if URL_ATTRIBUTES.contains(&name.as_str()) && !safe_url(attribute.value()) {
                push(offset, text!("unsafe-svg-url", attribute = shown_name.as_str()), text!("unsafe-svg-url-hint"));
            }
        }
    }
    let mut positions = Positions::default();
    let mut result: Vec<SvgFinding> =
        found.into_iter().map(|(offset, message, hint)| (positions.at(text, offset), message, hint)).collect();
    if more > 0 {
        let last = result.last().map_or(Position::START, |(p, _, _)| *p);
        result.push((last, text!("unsafe-svg-more", count = more), hint_script()));
    }
    result
}

/// Line and column of byte offsets met in increasing order, in one pass over the text.
#[derive(Default)]
struct Positions {
    offset: usize,
    line: usize,
    column: usize,
}

impl Positions {
    fn at(&mut self, text: &str, offset: usize) -> Position {
        if offset < self.offset || self.line == 0 {
            *self = Positions { offset: 0, line: 1, column: 1 };
        }
        let end = offset.min(text.len());
        for c in text.get(self.offset..end).unwrap_or_default().chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.offset = end;
        Position::new(self.line, self.column)
    }
}

/// Whether a URL in an SVG is harmless: relative, a fragment, http(s), mailto or tel, or
/// a raster image as a data URL. Read the way browsers read it: surrounding spaces and
/// control characters are dropped and tabs and line breaks anywhere are ignored.
fn safe_url(value: &str) -> bool {
    let cleaned: String =
        value.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let Some((scheme, rest)) = cleaned.split_once(':') else { return true };
    let is_scheme = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !is_scheme {
        // `./a:b` or `#x:y`: a relative URL that happens to contain a colon.
        return true;
    }
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" | "mailto" | "tel" => true,
        // An SVG as a data URL is a document of its own, with its own script.
        "data" => {
            let kind = rest.trim_start().to_ascii_lowercase();
            kind.starts_with("image/") && !kind.starts_with("image/svg")
        }
        _ => false,
    }
}

/// A `<!DOCTYPE` with an internal subset (`[...]`, where entities are declared), or more
/// than one `<!DOCTYPE`: where and what. Quoted public and system identifiers are skipped,
/// as the XML grammar reads them; a second `<!DOCTYPE` (even in a comment) is refused
/// rather than guessed at.
fn doctype_problem(text: &str) -> Option<(usize, Text)> {
    const DOCTYPE: &str = "<!DOCTYPE";
    let start = text.find(DOCTYPE)?;
    if let Some(second) = text[start + DOCTYPE.len()..].find(DOCTYPE) {
        return Some((start + DOCTYPE.len() + second, text!("unsafe-svg-doctype-twice")));
    }
    let mut quote = None;
    for c in text[start..].chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return None,
            (None, '[') => return Some((start, text!("unsafe-svg-entities"))),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn svg(inner: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n{inner}\n</svg>"
        )
    }

    fn refused(inner: &str) -> Vec<(usize, usize)> {
        check_svg(&svg(inner)).iter().map(|(p, _, _)| (p.line, p.column)).collect()
    }

    #[test]
    fn harmless_svgs_pass() {
        for inner in [
            "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>",
            "<a href=\"https://example.org/\"><text>x</text></a>",
            "<a xlink:href=\"../pagina/\">x</a><a href=\"#top\">y</a><a href=\"mailto:a@b.nl\">z</a>",
            "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/><use href=\"#icon\"/>",
            "<animate attributeName=\"opacity\" from=\"0\" to=\"1\"/>",
            "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata>",
        ] {
            assert!(check_svg(&svg(inner)).is_empty(), "{inner}: {:?}", check_svg(&svg(inner)));
        }
        let doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";
        assert!(check_svg(&format!("{doctype}{}", svg(""))).is_empty());
    }

    #[test]
    fn script_in_any_form_is_refused_at_its_node() {
        assert_eq!(refused("<script>alert(1)</script>"), [(2, 1)]);
        assert_eq!(refused("  <SCRIPT/><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\"/>"), [(2, 3), (2, 12)]);
        assert_eq!(refused("<foreignObject><div/></foreignObject>"), [(2, 1)]);
        assert_eq!(refused("<div xmlns=\"http://www.w3.org/1999/xhtml\"/>"), [(2, 1)]);
        assert_eq!(refused("<rect onload=\"alert(1)\" ONCLICK=\"x\"/>"), [(2, 7), (2, 25)]);
        assert_eq!(check_svg("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>").len(), 1);
        let many = svg(&"<rect onclick=\"x\"/>".repeat(MAX_SVG_FINDINGS + 7));
        let found = check_svg(&many);
        assert_eq!(found.len(), MAX_SVG_FINDINGS + 1);
        assert_eq!(found[MAX_SVG_FINDINGS - 1].0, Position::new(2, 1 + 19 * (MAX_SVG_FINDINGS - 1) + 6));
        assert_eq!(found[MAX_SVG_FINDINGS].1.to_string(), "And 7 more such findings in this SVG image.");
        for href in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java&#9;script:alert(1)",
            "java&#x0D;script:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x0A;javascript:alert(1)",
            "vbscript:x",
            "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E",
            "data:image/svg+xml;base64,PHN2Zz4=",
        ] {
            for attribute in ["href", "xlink:href", "src"] {
                let found = refused(&format!("<a {attribute}=\"{href}\">x</a>"));
                assert_eq!(found, [(2, 4)], "{attribute}={href}");
            }
        }
        assert_eq!(refused("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>"), [(2, 1)]);
        assert_eq!(refused("<animate attributeName=\"xlink:href\" values=\"x\"/>"), [(2, 1)]);
        assert_eq!(refused("<set attributeName=\"onbegin\" to=\"alert(1)\"/>"), [(2, 1)]);
        let styled = format!("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>\n{}", svg(""));
        assert_eq!(check_svg(&styled).iter().map(|(p, _, _)| (p.line, p.column)).collect::<Vec<_>>(), [(1, 1)]);
    }

    #[test]
    fn entities_are_refused_before_they_are_expanded() {
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;&b;</text></svg>";
        let found = check_svg(bomb);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Position::new(2, 1));
        assert_eq!(found[0].1.id(), "unsafe-svg-entities");
        // A `[` inside a quoted identifier is not a subset.
        assert!(doctype_problem("<!DOCTYPE svg SYSTEM \"a[b\"><svg/>").is_none());
        // A harmless one in a comment cannot hide the real one.
        let hidden = "<!-- <!DOCTYPE x> --><!DOCTYPE svg [<!ENTITY a \"b\">]><svg/>";
        assert_eq!(doctype_problem(hidden).map(|(offset, _)| offset), Some(21));
    }

    #[test]
    fn files_that_do_not_parse_are_refused() {
        let found = check_svg("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect></svg>");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.id(), "unsafe-svg-not-xml", "{:?}", found[0]);
        assert_eq!(found[0].0.line, 2);
        assert_eq!(check_svg("<svg>&unknown;</svg>").len(), 1);
    }

    #[test]
    fn only_allowed_types_may_sit_next_to_pages() {
        let root = tempfile::tempdir().unwrap();
        let check = |name: &str| {
            let asset = Asset {
                source: root.path().join(name),
                content_path: format!("nl/{name}"),
                url: format!("/nl/{name}"),
            };
            check_asset(root.path(), &asset)
        };
        for name in ["foto.PNG", "brief.pdf", "a.b.jpeg", "uitleg.vtt", "bijlage.zip"] {
            assert!(check(name).is_empty(), "{name}");
        }
        for name in ["evil.html", "x.js", "y.CSS", "data.xml", "plaatje.svgz", "README", "x.php", ".htaccess.", "x."] {
            let found = check(name);
            assert_eq!(found.len(), 1, "{name}");
            assert_eq!(found[0].rule, Rule::UnsafeFile);
            assert_eq!(found[0].file, PathBuf::from(name));
            assert!(found[0].hint.is_some());
        }
        // Calm words: what loket does and why, not that the file is dangerous.
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        assert_eq!(
            nl.format(&check("data.xml")[0].message),
            "loket publiceert geen .xml-bestanden naast pagina's: alleen soorten die een browser laat zien en nooit uitvoert."
        );
    }
}
