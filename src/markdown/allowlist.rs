//! The HTML an editor may write in Markdown (the raw-HTML allowlist) and the URL schemes a
//! link may use: `checks::html` reports what lies outside them, and `render::sanitize` holds
//! every published body with raw HTML to them.

/// Inline elements an editor may write as raw HTML, because Markdown cannot: a change of
/// language, an abbreviation, a line break, super- and subscripts.
pub const RAW_ELEMENTS: &[&str] =
    &["abbr", "bdi", "bdo", "br", "cite", "dfn", "kbd", "mark", "q", "small", "span", "sub", "sup", "wbr"];

/// Attributes allowed on the raw elements above: none of them can run code or load anything.
pub const RAW_ATTRIBUTES: &[&str] = &["lang", "title", "dir"];

/// Values of `dir`.
pub const DIRECTIONS: &[&str] = &["ltr", "rtl", "auto"];

/// Refused elements whose content goes too: it is code or embedded content, not text.
pub const DROP_CONTENT: &[&str] = &[
    "script",
    "style",
    "iframe",
    "object",
    "noscript",
    "template",
    "textarea",
    "title",
    "svg",
    "math",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
];

/// URL schemes a link or image may use; relative URLs are allowed too.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];
