//! The one HTML escaper (pulldown-cmark's, which Tera's autoescape also uses), for the few
//! places that still write markup by hand: Markdown bodies, `sitemap.xml` and the errors
//! overlay of `serve`. Templates escape through Tera's autoescape, never through this.

/// Text for HTML or XML: `&`, `<`, `>`, `"` and `'` escaped.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// A URL for an attribute: percent-encoded where a URL needs it, `&` and `'` as entities, and
/// `"` as `&quot;`.
pub fn href(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut out, url);
    out.replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_urls_are_escaped() {
        assert_eq!(html("a < b & \"c\" 'd'"), "a &lt; b &amp; &quot;c&quot; &#39;d&#39;");
        assert_eq!(href("/a b?x=1&y=\"2\""), "/a%20b?x=1&amp;y=%222%22");
    }
}
