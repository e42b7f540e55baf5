//! The built-in shortcodes: the checks and values that need Rust (an image's size, which
//! arguments go together, the kinds of notice), and the `data` shortcode backed by Rust. Their
//! arguments are declared in `markdown::shortcodes::BUILTINS`; their HTML is in the theme's
//! `templates/shortcodes/<name>.html`, which a site may override; the arguments stay the
//! same whatever the template.

use crate::markdown::links::{Problem, ProblemKind};
use crate::markdown::shortcodes::{
    ArgSpec, ArgType, ArgValue, Builtin, Call, Declaration, Form, NativeOutput, Shortcodes,
};
use crate::render::context::Expansion;
use crate::render::shortcode_args::{check_args, nearest};
use crate::rules::Rule;
use crate::text;
use std::path::Path;

/// The kinds of `notice`, each with its label in the locales (`notice-<kind>`).
pub const NOTICE_KINDS: &[&str] = &["info", "warning", "important"];

/// Checks a built-in's call and puts its values in `context`; `false` after reporting why
/// it cannot be rendered.
pub fn prepare(b: &Builtin, call: &Call, block: bool, x: &mut Expansion<'_, '_>, context: &mut tera::Context) -> bool {
    let mut specs: Vec<ArgSpec> =
        b.args.iter().map(|&(name, ty, required)| ArgSpec { name: name.to_string(), ty, required }).collect();
    if b.name == "lang" {
        // Inline, the phrase is its `text`; as a block, its body.
        if block {
            specs.retain(|s| s.name != "text");
        } else if let Some(text) = specs.iter_mut().find(|s| s.name == "text") {
            text.required = true;
        }
    }
    let mut ok = check_args(call, Some(&specs), x, context);
    // What readers see or hear of the arguments (a summary, a caption) is found by search.
    for arg in &call.args {
        if let (ArgValue::Str(text), "summary" | "text" | "caption" | "alt" | "phrase" | "hidden") =
            (&arg.value, arg.name.as_str())
        {
            x.out.text.push_str(text);
            x.out.text.push('\n');
        }
    }
    match b.name {
        "details" => ok &= details(call, x, context),
        "link" | "button" => ok &= link_language(call, x, context),
        "notice" => ok &= notice(call, x, context),
        "figure" => ok &= figure(call, x, context),
        "video" => ok &= video(call, x, context),
        "lang" if ok => ok &= lang(call, x, context),
        _ => {}
    }
    ok
}

fn text<'a>(call: &'a Call, name: &str) -> Option<(&'a str, usize)> {
    match call.arg(name) {
        Some(arg) => match &arg.value {
            ArgValue::Str(s) => Some((s.as_str(), arg.value_at)),
            _ => None,
        },
        None => None,
    }
}

/// `id` must be a plain fragment (so links can reach it); it is a target of `#id` links.
/// `level` (2 to 6) makes the summary a heading of the page.
fn details(call: &Call, x: &mut Expansion<'_, '_>, context: &mut tera::Context) -> bool {
    if let Some(arg) = call.arg("level") {
        match arg.value {
            ArgValue::Int(2..=6) => {
                context.insert_value("heading", tera::Value::safe_string(crate::markdown::shortcodes::HEADING_MARKER));
            }
            // Not a number: the check of its type reported it.
            ArgValue::Str(_) | ArgValue::Bool(_) => return false,
            _ => {
                let level = match &arg.value {
                    ArgValue::Float(n) => n.to_string(),
                    ArgValue::Int(n) => n.to_string(),
                    other => other.type_name().to_string(),
                };
                x.problems.push(
                    x.error(arg.value_at, text!("sc-details-level", level = level))
                        .with_hint(text!("sc-details-level-hint")),
                );
                return false;
            }
        }
    }
    let Some((id, at)) = text(call, "id") else { return true };
    let plain = !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && id.starts_with(|c: char| c.is_ascii_lowercase());
    if !plain {
        x.problems.push(x.error(at, text!("sc-details-id", id = id)).with_hint(text!("sc-details-id-hint")));
        return false;
    }
    x.out.anchors.push((id.to_string(), at));
    true
}

/// The language of the page a `link` or `button` leads to (`hreflang`), and the visible cue
/// "(in English)" written in that language when the site has it ("(in another language)" in
/// the page's otherwise). Without `hreflang`, a link to a page of the site in another language
/// gets the same. A `button`'s phrase in another language needs both `phrase` and
/// `phrase_lang`.
// `dir` for right-to-left languages belongs here, beside `hreflang` and `text_lang`.
fn link_language(call: &Call, x: &mut Expansion<'_, '_>, context: &mut tera::Context) -> bool {
    let mut ok = true;
    let phrase = text(call, "phrase");
    let phrase_lang = text(call, "phrase_lang");
    match (phrase, phrase_lang) {
        (Some((_, at)), None) => {
            x.problems.push(
                x.error(at, text!("sc-button-phrase-lang", missing = "phrase_lang"))
                    .with_hint(text!("sc-button-phrase-lang-hint")),
            );
            ok = false;
        }
        (None, Some((_, at))) => {
            x.problems.push(
                x.error(at, text!("sc-button-phrase-lang", missing = "phrase"))
                    .with_hint(text!("sc-button-phrase-lang-hint")),
            );
            ok = false;
        }
        _ => {}
    }
    let page_lang = x.page().lang.to_string();
    let target = match text(call, "hreflang") {
        Some((lang, _)) => Some(lang.to_string()),
        None => context.get("href_hreflang").and_then(|v| v.as_str()).map(str::to_string),
    };
    if let Some(lang) = target.filter(|lang| !lang.eq_ignore_ascii_case(&page_lang)) {
        if x.links.locales.has_key(&lang, crate::markdown::LANGUAGE_CUE_KEY) {
            context.insert("cue_lang", &lang);
        } else {
            context.insert("cue_other", &true);
        }
        context.insert("hreflang", &lang);
    }
    ok
}

fn notice(call: &Call, x: &mut Expansion<'_, '_>, context: &mut tera::Context) -> bool {
    let (kind, at) = text(call, "kind").unwrap_or(("info", call.name_at));
    if !NOTICE_KINDS.contains(&kind) {
        let hint = match nearest(kind, NOTICE_KINDS.iter().copied()) {
            Some(near) => text!("sc-notice-kind-nearest", nearest = near),
            None => text!("sc-notice-kinds"),
        };
        x.problems.push(x.error(at, text!("sc-notice-kind", kind = kind)).with_hint(hint));
        return false;
    }
    context.insert("kind", kind);
    true
}

/// `alt` or `decorative=true`, never both and never neither; the image's size from its file.
fn figure(call: &Call, x: &mut Expansion<'_, '_>, context: &mut tera::Context) -> bool {
    let decorative = matches!(call.arg("decorative").map(|a| &a.value), Some(ArgValue::Bool(true)));
    let alt = text(call, "alt");
    let mut ok = true;
    match (alt, decorative) {
        (Some((_, at)), true) => {
            x.problems.push(
                x.error(at, text!("sc-figure-alt-and-decorative"))
                    .with_hint(text!("sc-figure-alt-and-decorative-hint")),
            );
            ok = false;
        }
        (Some((alt, at)), false) if alt.trim().is_empty() => {
            let position = x.position(at);
            x.out.problems.push(Problem {
                kind: ProblemKind::MissingAlt,
                position,
                message: text!("sc-figure-alt-empty"),
                hint: Some(text!("sc-figure-alt-hint", page_lang = x.page().lang.as_str())),
            });
            ok = false;
        }
        (None, false) => {
            let position = x.position(call.name_at);
            x.out.problems.push(Problem {
                kind: ProblemKind::MissingAlt,
                position,
                message: text!("sc-figure-alt-missing"),
                hint: Some(text!("sc-figure-alt-hint", page_lang = x.page().lang.as_str())),
            });
            ok = false;
        }
        _ => {}
    }
    context.insert("alt", alt.map_or("", |(a, _)| a));
    context.insert("decorative", &decorative);
    let Some((src, at)) = text(call, "src") else { return false };
    let file = file_of(src, x);
    if let Some(path) = &file {
        x.out.reads.push(path.clone());
    }
    let picture = file.as_ref().and_then(|path| x.links.assets.get(path)).and_then(|url| x.links.pictures.get(url));
    if let Some(picture) = picture {
        // Its size as shown (after the EXIF orientation), and its variants.
        #[derive(serde::Serialize)]
        struct FigureImage<'a> {
            src: &'a str,
            alt: &'a str,
            #[serde(flatten)]
            picture: &'a crate::images::Picture,
        }
        let alt_text = alt.map_or("", |(a, _)| a);
        context.insert("image", &FigureImage { src: &picture.src, alt: alt_text, picture });
        context.insert("width", &picture.width);
        context.insert("height", &picture.height);
        return ok;
    }
    match file {
        Some(path) => match image_size(x.links.root, &path) {
            Some((width, height)) => {
                context.insert("width", &width);
                context.insert("height", &height);
            }
            None => {
                x.problems
                    .push(x.error(at, text!("sc-figure-size", src = src)).with_hint(text!("sc-figure-size-hint")));
                ok = false;
            }
        },
        None if ok => {
            // Not a file next to the page: `resolve` reported a missing file already, or
            // this is an address loket cannot read the size of.
            let position = x.position(at);
            if x.problems.iter().all(|d| d.position != position)
                && x.out.problems.iter().all(|p| p.position != position)
            {
                x.problems.push(
                    x.error(at, text!("sc-figure-not-next-to-page", src = src))
                        .with_hint(text!("sc-figure-not-next-to-page-hint")),
                );
            }
            ok = false;
        }
        None => {}
    }
    ok
}

/// `dir` is a direction (`ltr`, `rtl`, `auto`); without it, the direction of `code` where it
/// differs from the page's (an Arabic phrase in a Dutch page is `rtl`), else none: the
/// page's own direction holds.
fn lang(call: &Call, x: &mut Expansion<'_, '_>, context: &mut tera::Context) -> bool {
    if let Some((dir, at)) = text(call, "dir") {
        if !crate::markdown::allowlist::DIRECTIONS.contains(&dir) {
            x.problems.push(x.error(at, text!("sc-lang-dir", dir = dir)).with_hint(text!("sc-lang-dir-hint")));
            return false;
        }
        return true;
    }
    let Some((code, _)) = text(call, "code") else { return true };
    let dir = x.links.direction(code);
    if dir != x.links.direction(x.page().lang.as_str()) {
        context.insert("dir", dir.as_str());
    }
    true
}

/// Captions are a WebVTT file next to the page, or a SubRip file that the build converts
/// to WebVTT beside it (`render::captions`), in the page's language unless `captions_lang`
/// says otherwise.
fn video(call: &Call, x: &mut Expansion<'_, '_>, context: &mut tera::Context) -> bool {
    let mut ok = true;
    if let Some((captions, at)) = text(call, "captions") {
        let lower = captions.to_ascii_lowercase();
        if lower.ends_with(".srt") {
            // The track points at the `.vtt` made from the `.srt`.
            let url = file_of(captions, x).and_then(|path| x.links.assets.get(&path));
            if let Some(vtt) = url.and_then(|url| super::captions::vtt_url(url)) {
                context.insert("captions", &vtt);
            }
        } else if !lower.ends_with(".vtt") {
            x.problems.push(
                x.error(at, text!("sc-video-captions", captions = captions)).with_hint(text!("sc-video-captions-hint")),
            );
            ok = false;
        }
    }
    if text(call, "captions_lang").is_none() {
        let lang = x.page().lang.clone();
        context.insert("captions_lang", &lang);
    }
    ok
}

/// The file below `content/` that `dest` names, when it is a file next to pages.
fn file_of(dest: &str, x: &Expansion<'_, '_>) -> Option<String> {
    if dest.contains(':') || dest.starts_with('/') {
        return None;
    }
    let page = x.page();
    let dir = match page.source_dir() {
        "" => page.lang.to_string(),
        dir => format!("{}/{dir}", page.lang),
    };
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    let target = crate::markdown::links::normalize(&dir, path)?;
    x.links.assets.contains_key(&target).then_some(target)
}

/// Width and height of an image below `content/`: raster formats from their header
/// (`imagesize`), SVG from its `width`/`height` or `viewBox` (read with an XML parser).
fn image_size(root: &Path, content_path: &str) -> Option<(u64, u64)> {
    let path = root.join(crate::load::content::CONTENT_DIR).join(content_path);
    let bytes = crate::sitefs::read(root, &path).ok()?;
    if content_path.to_ascii_lowercase().ends_with(".svg") {
        return svg_size(&bytes);
    }
    let size = imagesize::blob_size(&bytes).ok()?;
    Some((size.width as u64, size.height as u64))
}

fn svg_size(bytes: &[u8]) -> Option<(u64, u64)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let doc = roxmltree::Document::parse(text).ok()?;
    let root = doc.root_element();
    let number = |s: &str| s.trim().trim_end_matches("px").parse::<f64>().ok().filter(|n| *n > 0.0);
    if let (Some(w), Some(h)) = (root.attribute("width").and_then(number), root.attribute("height").and_then(number)) {
        return Some((w.round() as u64, h.round() as u64));
    }
    let view_box: Vec<f64> =
        root.attribute("viewBox")?.split([' ', ',']).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect();
    match view_box[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => Some((w.round() as u64, h.round() as u64)),
        _ => None,
    }
}

/// The `data` shortcode, `{{ data(key="helpdesk.phone") }}`: a shared value of `data/` in the
/// page's language. Backed by Rust rather than a template, so that an unknown key or a value
/// missing for the page's language is a finding at the argument, with a "did you mean".
pub fn register_data(shortcodes: &mut Shortcodes, data: &crate::load::data::SiteData) {
    use crate::diagnostics::Diagnostic;
    let data = data.clone();
    let declaration = Declaration {
        form: Form::Inline,
        args: Some(vec![ArgSpec { name: "key".into(), ty: ArgType::Text, required: true }]),
    };
    let native = move |call: &Call, page: &crate::load::page::Page| {
        let Some(arg) = call.arg("key") else {
            return Err(Diagnostic::error(
                Rule::Data,
                &page.source,
                page.body_position(call.name_at),
                text!("sc-data-key-missing"),
            )
            .with_hint(text!("sc-data-key-hint")));
        };
        let ArgValue::Str(key) = &arg.value else {
            return Err(Diagnostic::error(
                Rule::Data,
                &page.source,
                page.body_position(arg.value_at),
                text!("sc-data-key-text"),
            )
            .with_hint(text!("sc-data-key-text-hint")));
        };
        data.lookup_value(key, &page.lang).map(native_output).map_err(|problem| {
            Diagnostic::error(Rule::Data, &page.source, page.body_position(arg.value_at), problem.message)
                .with_hint(problem.hint)
        })
    };
    shortcodes.register_native("data", declaration, std::sync::Arc::new(native));
}

fn native_output(value: crate::load::data::DataValue<'_>) -> NativeOutput {
    match value {
        crate::load::data::DataValue::Text(text) => NativeOutput::Text(text.to_string()),
        crate::load::data::DataValue::Link { url, label } => {
            NativeOutput::Link { url: url.trim().to_string(), text: label.to_string() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_sizes_come_from_attributes_or_the_view_box() {
        assert_eq!(svg_size(b"<svg xmlns='http://www.w3.org/2000/svg' width='120px' height='80'/>"), Some((120, 80)));
        assert_eq!(svg_size(b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 640 360'/>"), Some((640, 360)));
        assert_eq!(svg_size(b"<svg xmlns='http://www.w3.org/2000/svg' width='100%'/>"), None);
    }

    #[test]
    fn typos_get_a_suggestion() {
        let names = crate::markdown::shortcodes::BUILTINS.iter().map(|b| b.name);
        assert_eq!(nearest("detials", names.clone()), Some("details"));
        assert_eq!(nearest("buton", names.clone()), Some("button"));
        assert_eq!(nearest("carousel", names), None);
    }
}
