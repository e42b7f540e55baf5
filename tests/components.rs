//! Shortcodes and the built-in components, asserted on the HTML of built fixture sites
//! (`tests/fixtures/valid/components`, `valid/shortcode-override`) and on small sites made
//! by the tests: each component's output, shortcode syntax in code left as text, nested
//! blocks, a site's own shortcodes, and arguments and templates that try to inject script.

mod common;

use common::{build_at, build_fixture, render};
use loket::site::{Site, SiteOptions};
use std::path::Path;

/// The body of a built page: what its `.content` element holds.
fn content(html: &str) -> &str {
    let start = html.find("<div class=\"content\">").expect("content");
    let end = html[start..].find("</div>\n    \n").map_or(html.len(), |i| start + i);
    &html[start..end]
}

#[test]
fn every_component_writes_its_html() {
    let built = build_fixture("valid/components");
    let page = built.read("nl/onderdelen/index.html");
    let body = content(&page);
    for expected in [
        "<details class=\"disclosure\" id=\"kosten\">\n<summary>Wat kost een aanvraag?</summary>\n<div class=\"disclosure-body\">\n<p>Een aanvraag is <strong>gratis</strong>. Lees meer over <a href=\"#video\">de video</a>.</p>\n\n</div>\n</details>",
        "<div class=\"notice notice-warning\">\n<p class=\"notice-label\">Let op</p>\n<p>Neem uw paspoort mee.</p>",
        "<div class=\"notice notice-info\">\n<p class=\"notice-label\">Goed om te weten</p>",
        "<a class=\"button\" href=\"/en/components/\" hreflang=\"en\">Lees het in het Engels <span class=\"lang-cue\" lang=\"en\">(in English)</span></a>",
        "<a href=\"#kosten\">Meer lezen <span class=\"visually-hidden\">over de kosten</span></a>",
        "<figure>\n<img src=\"/nl/kaart.svg\" alt=\"Een kaart van de route\" width=\"640\" height=\"360\">\n<figcaption>De route naar het loket.</figcaption>\n</figure>",
        // A picture next to the page: its variants (named with a content hash), its size.
        "<figure>\n<picture><source type=\"image/webp\" srcset=\"/nl/foto-3w.",
        "width=\"3\" height=\"2\" alt=\"\" loading=\"lazy\" decoding=\"async\"></picture>",
        "<video controls=\"\" preload=\"metadata\" src=\"/nl/uitleg.webm\">\n<track kind=\"captions\" src=\"/nl/uitleg.vtt\" srclang=\"nl\" label=\"Ondertiteling\" default=\"\">\n</video>",
        "<figcaption><a href=\"/nl/tekst/#tekst\">Lees de uitgeschreven tekst van deze video</a></figcaption>",
        "Wij zeggen <span lang=\"en\">welcome</span> tegen iedereen.",
        "<div lang=\"fr\">\n<p>Bienvenue à tous.</p>",
    ] {
        assert!(body.contains(expected), "missing:\n{expected}\nin:\n{body}");
    }
    assert!(!body.contains("{{") || body.contains("<code>{{"), "{body}");
    assert!(!body.contains("style="), "{body}");
    // The English page: a button in a list item inside a block, to a Dutch page's block id.
    let en = content(&built.read("en/components/index.html")).to_string();
    assert!(
        en.contains("<li><a class=\"button\" href=\"/nl/onderdelen/#kosten\" hreflang=\"nl\">Read it in Dutch <span class=\"lang-cue\" lang=\"nl\">(in het Nederlands)</span></a>"),
        "{en}"
    );
}

#[test]
fn shortcode_syntax_in_code_is_left_as_text() {
    let built = build_fixture("valid/components");
    let body = content(&built.read("nl/onderdelen/index.html")).to_string();
    assert!(body.contains("<p>Schrijf <code>{{ button(href=\"x.md\") }}</code> zo op.</p>"), "{body}");
    assert!(body.contains("<pre><code>{% details(summary=\"code\") %}\n</code></pre>"), "{body}");
}

#[test]
fn blocks_nest() {
    let built = build_fixture("valid/components");
    let body = content(&built.read("nl/onderdelen/index.html")).to_string();
    let nested = "<summary>Buiten</summary>\n<div class=\"disclosure-body\">\n<details class=\"disclosure\">\n<summary>Binnen</summary>\n<div class=\"disclosure-body\">\n<p>Binnen in een blok.</p>\n\n</div>\n</details>\n\n</div>\n</details>";
    assert!(body.contains(nested), "{body}");
}

#[test]
fn a_site_shortcode_overrides_a_builtin_and_adds_its_own() {
    let built = build_fixture("valid/shortcode-override");
    let body = content(&built.read("nl/index.html")).to_string();
    // The site's template, with the built-in's argument types: `href` is still resolved.
    assert!(body.contains("<a class=\"button\" href=\"/nl/contact/\"><strong>Naar contact</strong></a>"), "{body}");
    assert!(body.contains("Bel <a href=\"tel:+31201234567\">+31201234567</a> (9 tot 5)."), "{body}");
    assert!(body.contains("<div>\n<p>Een eigen blok.</p>\n\n</div>"), "{body}");
}

/// A one-page site with `body` as its page and `templates` as its own templates.
fn site_with(body: &str, templates: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    let write = |path: &str, text: &str| {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("folder");
        std::fs::write(file, text).expect("write");
    };
    write(
        "site.yaml",
        "base_url: https://loket.example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: T }\n",
    );
    write("content/nl/_index.md", &format!("---\ntitle: T\ndescription: D\n---\n{body}"));
    write("content/nl/kaart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\"/>\n");
    for (name, text) in templates {
        write(&format!("templates/shortcodes/{name}"), text);
    }
    dir
}

/// The page's body HTML and every finding, without writing anything.
fn load(root: &Path) -> (String, String) {
    let site = match Site::load(&SiteOptions::new(root.to_path_buf())) {
        Ok(site) => site,
        Err(problems) => panic!("{}", render(&problems)),
    };
    let findings = render(&site.findings().all());
    (site.bodies()[0].html.clone(), findings)
}

/// No element or attribute that could run script, as a browser's tokenizer reads the HTML
/// (escaped text such as `&lt;script&gt;` is text, and fine).
fn assert_no_script(html: &str) {
    for token in html5gum::Tokenizer::new(html).flatten() {
        let html5gum::Token::StartTag(tag) = token else { continue };
        let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
        assert!(!["script", "iframe", "style", "object", "embed"].contains(&name.as_str()), "<{name}> in {html}");
        for (attribute, value) in &tag.attributes {
            let attribute = String::from_utf8_lossy(attribute).to_ascii_lowercase();
            let value: String = String::from_utf8_lossy(value).chars().filter(|c| !c.is_whitespace()).collect();
            let value = value.to_ascii_lowercase();
            assert!(!attribute.starts_with("on") && attribute != "style", "{attribute} in {html}");
            for scheme in ["javascript:", "data:", "vbscript:"] {
                assert!(!value.starts_with(scheme), "{attribute}={value} in {html}");
            }
        }
    }
}

#[test]
fn arguments_cannot_inject_script() {
    let body = r#"{% details(summary="<script>alert(1)</script>", id="a") %}
x
{% end %}

{% notice(kind="info") %}
{{ hidden(text="\" onmouseover=\"alert(1)") }} {{ lang(code="en", text="<img src=x onerror=alert(1)>") }}
{% end %}

{{ figure(src="kaart.svg", alt="\" onerror=\"alert(1)", caption="<iframe src=javascript:alert(1)>") }}

{{ button(href="https://example.org/\" onclick=\"alert(1)", text="<b style=\"x\">b</b>") }}
"#;
    let dir = site_with(body, &[]);
    let (html, findings) = load(dir.path());
    assert_eq!(findings, "", "hostile text is text, not an error");
    assert_no_script(&html);
    assert!(html.contains("<summary>&lt;script&gt;alert(1)&lt;/script&gt;</summary>"), "{html}");
    // Script URLs in link arguments are errors, and never reach the page.
    for dest in
        ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x"]
    {
        let dir = site_with(&format!("{{{{ button(href=\"{dest}\", text=\"x\") }}}}\n"), &[]);
        let (html, findings) = load(dir.path());
        assert!(
            findings.contains("error[unsafe-link]") || findings.contains("error[broken-link]"),
            "{dest}: {findings}"
        );
        assert_no_script(&html);
    }
    // A language code cannot break out of its attribute.
    let dir = site_with("{{ lang(code=\"en\\\" onmouseover=\\\"x\", text=\"a\") }}\n", &[]);
    let (html, findings) = load(dir.path());
    assert!(findings.contains("is not a language code"), "{findings}");
    assert_no_script(&html);
}

#[test]
fn a_site_template_cannot_inject_script() {
    let evil = r#"<p onclick="alert(1)" style="color:red">{{ text | safe }}</p><script>alert(1)</script>
<a href="javascript:alert(1)">a</a><a href="{{ text }}">b</a><img src="x.png" onerror="alert(1)" alt="">
<iframe src="https://example.org"></iframe><div style="x" class="notice evil">{{ text }}</div>
"#;
    let dir = site_with(
        "{{ kwaad(text=\"<script>alert(2)</script><a href='javascript:x'>c</a>\") }}\n\n{% kwaad(text=\"javascript:alert(3)\") %}\nbody\n{% end %}\n",
        &[("kwaad.html", &evil.replace("</p>", "</p>{{ body | default(value='') }}"))],
    );
    let (html, findings) = load(dir.path());
    assert_eq!(findings, "");
    assert_no_script(&html);
    assert!(!html.contains("alert(3)\">"), "a script URL as a link's address is dropped: {html}");
}

#[test]
fn site_shortcode_declarations_check_arguments() {
    let template = "{# shortcode: inline; nummer: text, uren?: number, pagina?: link #}\n<a href=\"{{ pagina }}\">{{ nummer }}</a>\n";
    let dir = site_with(
        "{{ telefoon(uren=\"negen\") }}\n\n{{ telefoon(nummer=\"1\", numer=\"2\") }}\n\n{{ telefoon(nummer=\"1\", pagina=\"weg.md\") }}\n\n{% telefoon(nummer=\"1\") %}\nx\n{% end %}\n",
        &[("telefoon.html", template)],
    );
    let (_, findings) = load(dir.path());
    let lines: Vec<&str> = findings.lines().filter(|l| !l.starts_with("  =")).collect();
    assert_eq!(
        lines,
        [
            "content/nl/_index.md:5:4: error[shortcode]: `telefoon` needs the argument `nummer`.",
            "content/nl/_index.md:5:18: error[shortcode]: `uren` of `telefoon` must be a number, not text.",
            "content/nl/_index.md:7:25: error[shortcode]: `telefoon` has no argument `numer`.",
            "content/nl/_index.md:9:32: error[broken-link]: The link `weg.md` leads nowhere: content/nl/weg.md does not exist.",
            "content/nl/_index.md:11:4: error[shortcode]: `telefoon` is a component within text, not a block.",
        ],
        "{findings}"
    );
    assert!(findings.contains("Did you mean `nummer`?"), "{findings}");
}

#[test]
fn a_block_template_must_write_its_body_once() {
    let dir = site_with("{% leeg() %}\nx\n{% end %}\n", &[("leeg.html", "<div></div>\n")]);
    let (_, findings) = load(dir.path());
    assert!(
        findings.contains("error[shortcode]: The template of `leeg` does not write {{ body }} exactly once."),
        "{findings}"
    );
    let built = build_at(dir.path(), |_| {});
    assert!(built.is_err(), "a shortcode error stops the build");
}

#[test]
fn hidden_text_makes_a_short_link_text_specific() {
    let dir = site_with(
        "[Lees meer](https://example.org/a) en [lees meer {{ hidden(text=\"over de kosten\") }}](https://example.org/b).\n",
        &[],
    );
    let (html, findings) = load(dir.path());
    let warned: Vec<&str> = findings.lines().filter(|l| l.contains("vague-link-text")).collect();
    assert_eq!(
        warned,
        [
            "content/nl/_index.md:5:1: warning[vague-link-text]: The link text “Lees meer” does not say where the link leads. Screen readers then read out only “Lees meer”."
        ]
    );
    assert!(html.contains("lees meer <span class=\"visually-hidden\">over de kosten</span></a>"), "{html}");
}

#[test]
fn serve_renders_a_figure_again_when_its_image_changes_size() {
    let dir = site_with("{{ figure(src=\"kaart.svg\", alt=\"Een kaart\") }}\n", &[]);
    let root = dir.path().canonicalize().expect("root");
    let site = Site::load(&SiteOptions::new(root.clone())).expect("load");
    assert!(site.bodies()[0].html.contains("width=\"4\" height=\"3\""), "{}", site.bodies()[0].html);
    let image = root.join("content/nl/kaart.svg");
    std::fs::write(&image, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 20\"/>\n").expect("write");
    let (site, _) = match site.apply(&[loket::site::Change::Content(image)]) {
        Ok(applied) => applied,
        Err(problems) => panic!("{}", render(&problems)),
    };
    assert!(site.bodies()[0].html.contains("width=\"40\" height=\"20\""), "{}", site.bodies()[0].html);
}

/// `site_with`, plus `data/contact.yaml` holding `data`.
fn site_with_data(body: &str, data: &str) -> tempfile::TempDir {
    let dir = site_with(body, &[]);
    std::fs::create_dir_all(dir.path().join("data")).expect("data folder");
    std::fs::write(dir.path().join("data/contact.yaml"), data).expect("write data");
    dir
}

const DATA: &str = "form:\n  url: \"https://example.org/form\"\n  label: \"het contactformulier\"\nname: \"de helpdesk\"\nvague: \"hier\"\n";

#[test]
fn a_link_whose_text_is_a_shared_value_is_read_with_that_value() {
    // Regression: the check saw the shortcode's placeholder and warned "this link has no text".
    let dir = site_with_data(
        "Bel [{{ data(key=\"contact.name\") }}](https://example.org/a) of [{{ data(key=\"contact.vague\") }}](https://example.org/b).\n",
        DATA,
    );
    let (html, findings) = load(dir.path());
    let warned: Vec<&str> = findings.lines().filter(|l| l.contains("vague-link-text")).collect();
    assert_eq!(
        warned,
        [
            "content/nl/_index.md:5:64: warning[vague-link-text]: The link text “hier” does not say where the link leads. Screen readers then read out only “hier”."
        ],
        "{findings}"
    );
    assert!(html.contains("<a href=\"https://example.org/a\">de helpdesk</a>"), "{html}");
}

#[test]
fn a_shared_link_inside_a_link_text_is_its_label() {
    let dir = site_with_data(
        "Vul {{ data(key=\"contact.form\") }} in, of [{{ data(key=\"contact.form\") }}](https://example.org/b).\n",
        DATA,
    );
    let (html, findings) = load(dir.path());
    assert!(findings.is_empty(), "{findings}");
    assert!(html.contains("Vul <a href=\"https://example.org/form\">het contactformulier</a> in"), "{html}");
    assert!(html.contains("<a href=\"https://example.org/b\">het contactformulier</a>"), "links never nest: {html}");
}

#[test]
fn a_shortcode_in_a_link_address_gives_one_finding() {
    // Regression: besides the shortcode error, a broken-link error named the placeholder.
    let dir = site_with_data("[Het formulier]({{ data(key=\"contact.form.url\") }}).\n", DATA);
    let site = Site::load(&SiteOptions::new(dir.path().to_path_buf())).expect("loads");
    let findings = render(&site.findings().all());
    let lines: Vec<&str> = findings.lines().filter(|l| l.contains("error[")).collect();
    assert_eq!(lines.len(), 1, "{findings}");
    assert!(lines[0].contains("error[shortcode]: A component cannot stand here."), "{findings}");
    assert!(!findings.contains("!--"), "{findings}");
}

#[test]
fn a_shared_link_to_a_missing_page_is_a_broken_link_where_it_is_used() {
    let dir = site_with_data(
        "Zie {{ data(key=\"contact.page\") }}.\n",
        "page:\n  url: \"/nl/bestaat-niet/\"\n  label: \"x\"\n",
    );
    let site = Site::load(&SiteOptions::new(dir.path().to_path_buf())).expect("loads");
    let findings = render(&site.findings().all());
    assert!(findings.contains("content/nl/_index.md:5:5: error[broken-link]"), "{findings}");
}

#[test]
fn a_details_heading_counts_in_the_heading_order_and_the_table_of_contents() {
    let dir = site_with(
        "{% details(summary=\"Eerste vraag\", level=2) %}\n#### Te diep\n{% end %}\n\n{% details(summary=\"Tweede\", level=7) %}\nx\n{% end %}\n",
        &[],
    );
    let site = Site::load(&SiteOptions::new(dir.path().to_path_buf())).expect("loads");
    let findings = render(&site.findings().all());
    assert!(findings.contains("content/nl/_index.md:6:1: error[heading-skip]"), "{findings}");
    assert!(
        findings.contains("content/nl/_index.md:9:36: error[shortcode]: `7` is not a heading level."),
        "{findings}"
    );
    let body = &site.bodies()[0];
    assert_eq!(body.headings.first().map(|h| (h.level, h.id.as_str())), Some((2, "eerste-vraag")), "{body:?}");
    assert!(body.html.contains("<summary>\n<h2 id=\"eerste-vraag\">Eerste vraag</h2>\n</summary>"), "{}", body.html);
}
