//! loket's own messages (`messages/<lang>/*.ftl`) stay strict: every file parses, every
//! message exists in Dutch and in English with the same arguments, every `text!` of `src/`
//! names a message and passes exactly the arguments it uses, no message is unused, and
//! loket's own plain-language check finds nothing to say about them.

mod common;

use fluent_syntax::ast;
use loket::messages::{sources, Arg, EditorLang, Messages, Text};
use loket::rules::Rule;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One message: the variables it uses (in its value and its attributes) and its file.
#[derive(Debug, Clone, PartialEq)]
struct Defined {
    variables: BTreeSet<String>,
    file: &'static str,
}

fn definitions() -> BTreeMap<EditorLang, BTreeMap<String, Defined>> {
    let mut all: BTreeMap<EditorLang, BTreeMap<String, Defined>> = BTreeMap::new();
    let mut problems = Vec::new();
    for (lang, file, source) in sources() {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                problems.push(format!("messages/{lang}/{file}: {errors:?}"));
                continue;
            }
        };
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else { continue };
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_variables(value, &mut variables);
            }
            for attribute in &message.attributes {
                pattern_variables(&attribute.value, &mut variables);
            }
            let id = message.id.name.to_string();
            if let Some(earlier) = all.entry(lang).or_default().insert(id.clone(), Defined { variables, file }) {
                problems.push(format!("messages/{lang}/{file}: `{id}` is defined twice (also in {})", earlier.file));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    all
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// A `text!("id", name = value, ...)` in the code.
#[derive(Debug)]
struct Use {
    id: String,
    args: BTreeSet<String>,
    at: String,
}

/// Every `text!` in `src/` and every string literal there and in the status templates (ids
/// named another way, as `Messages::get("status-title")` or `t(id="...")`, count as used).
fn uses() -> (Vec<Use>, BTreeSet<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut literals = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root.join("src")).sort_by_file_name() {
        let entry = entry.expect("src/ can be walked");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("a source file can be read");
        let tokens: TokenStream =
            text.parse().unwrap_or_else(|e| panic!("{} does not parse: {e}", entry.path().display()));
        let shown = entry.path().strip_prefix(root).unwrap_or(entry.path()).display().to_string();
        scan(tokens, &shown, &mut found, &mut literals);
    }
    for entry in walkdir::WalkDir::new(root.join("templates/loket")) {
        let entry = entry.expect("templates/loket can be walked");
        if entry.file_type().is_file() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for quoted in text.split('"').skip(1).step_by(2) {
                literals.insert(quoted.to_string());
            }
        }
    }
    (found, literals)
}

fn scan(tokens: TokenStream, file: &str, found: &mut Vec<Use>, literals: &mut BTreeSet<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(group) => {
                let is_text = i >= 2
                    && matches!(&trees[i - 2], TokenTree::Ident(name) if name == "text")
                    && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '!')
                    && group.delimiter() == Delimiter::Parenthesis;
                if is_text {
                    if let Some(text_use) = read_use(group.stream(), file, group.span().start().line) {
                        found.push(text_use);
                    }
                }
                scan(group.stream(), file, found, literals);
            }
            TokenTree::Literal(literal) => {
                if let Ok(syn::Lit::Str(s)) = syn::parse_str::<syn::Lit>(&literal.to_string()) {
                    literals.insert(s.value());
                }
            }
            _ => {}
        }
    }
}

/// The id and argument names of one `text!(...)`; `None` for the macro's own definition.
fn read_use(tokens: TokenStream, file: &str, line: usize) -> Option<Use> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let TokenTree::Literal(first) = trees.first()? else { return None };
    let syn::Lit::Str(id) = syn::parse_str::<syn::Lit>(&first.to_string()).ok()? else { return None };
    let mut args = BTreeSet::new();
    let mut after_comma = false;
    for (i, tree) in trees.iter().enumerate().skip(1) {
        match tree {
            TokenTree::Punct(p) if p.as_char() == ',' => after_comma = true,
            TokenTree::Ident(name) if after_comma => {
                let is_named = matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '=')
                    && !matches!(trees.get(i + 2), Some(TokenTree::Punct(p)) if p.as_char() == '=');
                if is_named {
                    args.insert(name.to_string());
                }
                after_comma = false;
            }
            _ => after_comma = false,
        }
    }
    Some(Use { id: id.value(), args, at: format!("{file}:{line}") })
}

#[test]
fn every_message_is_in_dutch_and_english_with_the_same_arguments_and_file() {
    let all = definitions();
    let (nl, en) = (&all[&EditorLang::Nl], &all[&EditorLang::En]);
    let mut problems = Vec::new();
    for (id, dutch) in nl {
        match en.get(id) {
            None => problems.push(format!("`{id}` is in messages/nl/{} but not in English", dutch.file)),
            Some(english) if english != dutch => problems.push(format!(
                "`{id}`: Dutch (messages/nl/{}) uses {:?}, English (messages/en/{}) uses {:?}",
                dutch.file, dutch.variables, english.file, english.variables
            )),
            Some(_) => {}
        }
    }
    for (id, english) in en {
        if !nl.contains_key(id) {
            problems.push(format!("`{id}` is in messages/en/{} but not in Dutch", english.file));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_text_of_the_code_is_a_message_with_exactly_its_arguments() {
    let all = definitions();
    let en = &all[&EditorLang::En];
    let (found, _) = uses();
    assert!(found.len() >= 5, "the scan finds the text! of src/ ({} found)", found.len());
    let mut problems = Vec::new();
    for text_use in &found {
        match en.get(&text_use.id) {
            None => problems.push(format!("{}: text!(\"{}\") names no message", text_use.at, text_use.id)),
            Some(defined) if defined.variables != text_use.args => problems.push(format!(
                "{}: text!(\"{}\") passes {:?}, the message uses {:?}",
                text_use.at, text_use.id, text_use.args, defined.variables
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_is_unused() {
    let all = definitions();
    let (found, literals) = uses();
    let used: BTreeSet<&str> = found.iter().map(|u| u.id.as_str()).collect();
    let rule_ids: BTreeSet<&str> = loket::rules::Rule::ALL.iter().map(|rule| rule.message_id()).collect();
    let unused: Vec<&String> = all[&EditorLang::En]
        .keys()
        .filter(|id| !used.contains(id.as_str()) && !literals.contains(id.as_str()) && !rule_ids.contains(id.as_str()))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_rule_says_what_it_finds_in_dutch_and_english() {
    let all = definitions();
    for lang in EditorLang::ALL {
        for rule in loket::rules::Rule::ALL {
            let id = rule.message_id();
            let defined = all[&lang].get(id);
            assert!(defined.is_some_and(|d| d.file == "rules.ftl"), "messages/{lang}/rules.ftl needs `{id}`");
            assert!(defined.is_some_and(|d| d.variables.is_empty()), "`{id}` takes no arguments");
        }
    }
    let nl = loket::messages::Messages::new(EditorLang::Nl);
    let text = loket::messages::Text::new(loket::rules::Rule::MissingAlt.message_id(), Vec::new());
    assert_eq!(nl.format(&text), "Een afbeelding zonder alternatieve tekst.");
}

/// Each message in words, its arguments filled with a sample (a number where it picks a plural).
fn every_message_in_words(lang: EditorLang) -> Vec<(String, String)> {
    let all = definitions();
    let messages = Messages::new(lang);
    all[&lang]
        .iter()
        .map(|(id, defined)| {
            let args = defined
                .variables
                .iter()
                .map(|name| {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    let sample = if name.contains("count") { Arg::Int(3) } else { Arg::Str("voorbeeld".into()) };
                    (name, sample)
                })
                .collect();
            let id: &'static str = Box::leak(id.clone().into_boxed_str());
            (id.to_string(), messages.format(&Text::new(id, args)))
        })
        .collect()
}

/// Markdown that shows `words` as one plain paragraph (no link, image, heading or code).
fn as_paragraph(words: &str) -> String {
    let mut out = String::new();
    for c in words.chars() {
        match c {
            '\n' => out.push(' '),
            c if c.is_ascii_punctuation() && !matches!(c, '.' | ',' | '?' | ':' | ';' | '\'' | '-') => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[test]
fn the_plain_language_check_finds_no_long_sentence_in_the_messages() {
    let site = common::copy_fixture("valid/basic");
    let mut count = 0;
    // The page of each language holds one message a paragraph, from line 6 on, every other line.
    let mut ids = std::collections::HashMap::new();
    for (lang, folder) in [(EditorLang::Nl, "nl"), (EditorLang::En, "en")] {
        let messages = every_message_in_words(lang);
        count += messages.len();
        ids.insert(folder, messages.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
        let body: Vec<String> = messages.iter().map(|(_, words)| as_paragraph(words)).collect();
        let page = format!(
            "---\ntitle: Berichten\ndescription: Wat loket zegt.\ntranslation_key: loket-messages\n---\n{}\n",
            body.join("\n\n")
        );
        std::fs::write(site.path().join(format!("content/{folder}/berichten.md")), page).expect("page written");
    }
    assert!(count >= 100, "{count} messages");
    let built = common::build_at(site.path(), |o| o.write = false).unwrap_or_else(|p| panic!("{}", common::render(&p)));
    let long: Vec<String> = built
        .report
        .diagnostics
        .iter()
        .filter(|d| matches!(d.rule, Rule::LongSentence | Rule::LongParagraph))
        .map(|d| {
            let folder = if d.file.starts_with("content/nl") { "nl" } else { "en" };
            let id = ids[folder].get(d.position.line.saturating_sub(6) / 2).map_or("?", String::as_str);
            format!("messages/{folder}: `{id}`: {d}")
        })
        .collect();
    assert!(long.is_empty(), "loket's own messages should be plain:\n{}", long.join("\n"));
}
