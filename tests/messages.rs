//! loket's own messages (`messages/<lang>/*.ftl`) stay strict: every file parses, every
//! message exists in Dutch and in English with the same arguments, every `text!` of `src/`
//! names a message and passes exactly the arguments it uses, and no message is unused.

use fluent_syntax::ast;
use loket::messages::{sources, EditorLang};
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
