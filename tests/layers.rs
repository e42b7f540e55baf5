//! The layers of `src/`, enforced: every import points down the pipeline, no files import
//! each other in a circle, and the table of docs/architecture.md ("How it works") names every file of `src/`.
//!
//! The layers are read from that table (its `layer` column), so the documentation and the
//! rule it states are one thing. Sources are parsed with `syn`, so grouped imports
//! (`use crate::{a, b::c}`), `super::` paths, paths inside expressions and inside macro calls
//! all count, in `#[cfg(test)]` modules too.
//!
//! Why a test rather than a workspace of crates: one crate keeps one build, one `loket::` API
//! for the integration tests and one binary, and this test is stricter than Cargo would be
//! with crates: it also keeps peers of one layer (`checks` and `render`) apart, and forbids
//! circles between the files of one folder.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// One row of the table in docs/architecture.md: a top-level module of `src/` and its layer.
#[derive(Debug, Clone)]
struct Layer {
    rank: u32,
    /// `load` for the folder `load/`, `sitefs` for the file `sitefs.rs`.
    module: String,
    folder: bool,
    /// The files of a folder, without `.rs` (`mod` included).
    files: Vec<String>,
}

/// A source file of the crate and where it sits in the module tree.
struct Source {
    /// Relative to `src/`: `load/config.rs`.
    path: String,
    /// `["load", "config"]`; `mod.rs` is its folder's module.
    module: Vec<String>,
    text: String,
}

/// A reference from one file to a module path of the crate.
#[derive(Debug, Clone)]
struct Import {
    target: Vec<String>,
    line: usize,
}

fn read_layers(readme: &str) -> Result<Vec<Layer>, String> {
    let section =
        readme.split("\n## How it works").nth(1).ok_or("docs/architecture.md has no \"## How it works\" section")?;
    let mut lines = section.lines().skip_while(|l| !l.starts_with("| layer |"));
    if lines.next().is_none() {
        return Err("the \"How it works\" section has no table starting with `| layer |`".into());
    }
    let mut layers = Vec::new();
    for line in lines.skip(1).take_while(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let [_, rank, module, files, ..] = cells.as_slice() else {
            return Err(format!("a row of the table has too few cells: {line}"));
        };
        let rank = rank.parse().map_err(|_| format!("the layer is not a number: {line}"))?;
        let module = module.trim_matches('`');
        let (name, folder) = match (module.strip_suffix('/'), module.strip_suffix(".rs")) {
            (Some(name), _) => (name, true),
            (None, Some(name)) => (name, false),
            _ => return Err(format!("the module is neither `folder/` nor `file.rs`: {line}")),
        };
        let files = files
            .split(',')
            .map(|f| f.trim().trim_matches('`').to_string())
            .filter(|f| !f.is_empty() && f != "—")
            .collect();
        layers.push(Layer { rank, module: name.to_string(), folder, files });
    }
    Ok(layers)
}

fn module_of(path: &str) -> Vec<String> {
    let mut parts: Vec<String> = path.trim_end_matches(".rs").split('/').map(String::from).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

fn read_sources(src: &Path) -> Vec<Source> {
    let mut sources: Vec<Source> = walkdir::WalkDir::new(src)
        .into_iter()
        .map(|entry| entry.expect("src/ can be read"))
        .filter(|entry| entry.path().extension().is_some_and(|e| e == "rs"))
        .map(|entry| {
            let path = entry.path().strip_prefix(src).expect("below src").to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(entry.path()).expect("a source file can be read");
            Source { module: module_of(&path), path, text }
        })
        // The binary's root reaches the library as `loket::`, from the top.
        .filter(|source| source.path != "main.rs")
        .collect();
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    sources
}

/// Every crate path a file names, resolved to an absolute module path.
struct Collector {
    /// The module the visitor is in: the file's, then any inline `mod` inside it.
    current: Vec<String>,
    found: Vec<Import>,
}

impl Collector {
    fn resolve(&mut self, segments: &[String], line: usize) {
        let mut target = match segments.first().map(String::as_str) {
            Some("crate") => Vec::new(),
            Some("self") => self.current.clone(),
            Some("super") => self.current.clone(),
            _ => return,
        };
        let mut rest = &segments[1..];
        if segments[0] == "super" {
            target.pop();
            while rest.first().is_some_and(|s| s == "super") {
                target.pop();
                rest = &rest[1..];
            }
        }
        target.extend(rest.iter().cloned());
        self.found.push(Import { target, line });
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                prefix.push(name.ident.to_string());
                self.resolve(&prefix.clone(), name.ident.span().start().line);
                prefix.pop();
            }
            syn::UseTree::Rename(rename) => {
                prefix.push(rename.ident.to_string());
                self.resolve(&prefix.clone(), rename.ident.span().start().line);
                prefix.pop();
            }
            syn::UseTree::Glob(glob) => self.resolve(&prefix.clone(), glob.star_token.spans[0].start().line),
            syn::UseTree::Group(group) => group.items.iter().for_each(|item| self.use_tree(prefix, item)),
        }
    }

    /// Macro arguments are tokens, not syntax: `crate :: a :: b` runs in them count too.
    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        let trees: Vec<proc_macro2::TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                proc_macro2::TokenTree::Group(group) => self.tokens(group.stream()),
                proc_macro2::TokenTree::Ident(ident) if ident == "crate" || ident == "super" => {
                    let line = ident.span().start().line;
                    let mut segments = vec![ident.to_string()];
                    let mut j = i + 1;
                    while let (Some(proc_macro2::TokenTree::Punct(a)), Some(proc_macro2::TokenTree::Punct(b))) =
                        (trees.get(j), trees.get(j + 1))
                    {
                        let Some(proc_macro2::TokenTree::Ident(next)) = trees.get(j + 2) else { break };
                        if a.as_char() != ':' || b.as_char() != ':' {
                            break;
                        }
                        segments.push(next.to_string());
                        j += 3;
                    }
                    if segments.len() > 1 {
                        self.resolve(&segments, line);
                    }
                    i = j;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Collector {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // `mod x;` declares a file: not an import. An inline `mod tests { .. }` is a module
        // of its own for `super::`.
        if item.content.is_some() {
            self.current.push(item.ident.to_string());
            syn::visit::visit_item_mod(self, item);
            self.current.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            let line = path.segments[0].ident.span().start().line;
            self.resolve(&segments, line);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.tokens(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }
}

fn imports(source: &Source) -> Vec<Import> {
    let file = syn::parse_file(&source.text).unwrap_or_else(|e| panic!("src/{} does not parse: {e}", source.path));
    let mut collector = Collector { current: source.module.clone(), found: Vec::new() };
    collector.visit_file(&file);
    collector.found
}

#[derive(Debug, Default)]
struct Findings {
    /// `src/load/content.rs:12: load (layer 1) imports crate::site::progress (site, layer 4)`
    upward: Vec<String>,
    /// Each circle as its files, sorted.
    circles: Vec<Vec<String>>,
}

fn analyze(sources: &[Source], layers: &[Layer]) -> Findings {
    let rank_of = |top: &str| layers.iter().find(|l| l.module == top).map(|l| l.rank);
    // The file a module path lives in: the longest prefix that is a file's module.
    let file_of =
        |target: &[String]| (1..=target.len()).rev().find_map(|n| sources.iter().position(|s| s.module == target[..n]));
    let mut findings = Findings::default();
    let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (from, source) in sources.iter().enumerate() {
        let Some(top) = source.module.first() else { continue };
        let Some(rank) = rank_of(top) else { continue };
        for import in imports(source) {
            let Some(to) = file_of(&import.target) else { continue };
            if to != from {
                edges.entry(from).or_default().insert(to);
            }
            let Some(target_top) = sources[to].module.first() else { continue };
            if target_top == top {
                continue;
            }
            let target_rank = rank_of(target_top).unwrap_or(u32::MAX);
            if target_rank >= rank {
                findings.upward.push(format!(
                    "src/{}:{}: {top} (layer {rank}) imports crate::{} ({target_top}, layer {target_rank})",
                    source.path,
                    import.line,
                    import.target.join("::"),
                ));
            }
        }
    }
    findings.upward.dedup();
    findings.circles = circles(sources.len(), &edges)
        .into_iter()
        .map(|files| {
            let mut names: Vec<String> = files.into_iter().map(|f| format!("src/{}", sources[f].path)).collect();
            names.sort();
            names
        })
        .collect();
    findings
}

/// The strongly connected parts of more than one file (Tarjan's algorithm).
fn circles(count: usize, edges: &BTreeMap<usize, BTreeSet<usize>>) -> Vec<Vec<usize>> {
    struct State<'a> {
        edges: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        found: Vec<Vec<usize>>,
    }
    fn visit(state: &mut State<'_>, v: usize) {
        state.index[v] = Some(state.next);
        state.low[v] = state.next;
        state.next += 1;
        state.stack.push(v);
        state.on_stack[v] = true;
        let targets: Vec<usize> = state.edges.get(&v).into_iter().flatten().copied().collect();
        for w in targets {
            match state.index[w] {
                None => {
                    visit(state, w);
                    state.low[v] = state.low[v].min(state.low[w]);
                }
                Some(index) if state.on_stack[w] => state.low[v] = state.low[v].min(index),
                Some(_) => {}
            }
        }
        if Some(state.low[v]) == state.index[v] {
            let mut part = Vec::new();
            while let Some(w) = state.stack.pop() {
                state.on_stack[w] = false;
                part.push(w);
                if w == v {
                    break;
                }
            }
            if part.len() > 1 {
                state.found.push(part);
            }
        }
    }
    let mut state = State {
        edges,
        index: vec![None; count],
        low: vec![0; count],
        on_stack: vec![false; count],
        stack: Vec::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in 0..count {
        if state.index[v].is_none() {
            visit(&mut state, v);
        }
    }
    state.found
}

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn the_layers() -> Vec<Layer> {
    let readme =
        std::fs::read_to_string(crate_root().join("docs/architecture.md")).expect("docs/architecture.md can be read");
    read_layers(&readme).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_import_points_down_the_pipeline_and_no_files_form_a_circle() {
    let findings = analyze(&read_sources(&crate_root().join("src")), &the_layers());
    let mut report = String::new();
    for line in &findings.upward {
        report.push_str(&format!("import against the layers (up, or across to a peer): {line}\n"));
    }
    for circle in &findings.circles {
        report.push_str(&format!("circle of {} files: {}\n", circle.len(), circle.join(", ")));
    }
    assert!(
        report.is_empty(),
        "the layers of src/ (docs/architecture.md, \"How it works\") do not hold:\n{report}\
         Move the shared thing down to a layer both can import, or pass it in as a value."
    );
}

#[test]
fn the_architecture_table_names_every_file_of_src_and_nothing_else() {
    let layers = the_layers();
    let sources = read_sources(&crate_root().join("src"));
    let mut problems = Vec::new();
    let mut listed = BTreeSet::new();
    for layer in &layers {
        if layer.folder {
            for file in &layer.files {
                listed.insert(format!("{}/{file}.rs", layer.module));
            }
        } else {
            listed.insert(format!("{}.rs", layer.module));
        }
    }
    let present: BTreeSet<String> = sources.iter().map(|s| s.path.clone()).filter(|p| p != "lib.rs").collect();
    for missing in present.difference(&listed) {
        problems.push(format!("src/{missing} is in no row of the table"));
    }
    for gone in listed.difference(&present) {
        problems.push(format!("the table names src/{gone}, which does not exist"));
    }
    assert!(
        problems.is_empty(),
        "docs/architecture.md, \"How it works\", has drifted from src/:\n{}",
        problems.join("\n")
    );
}

// The checker itself, on made-up sources: it must see what it is there to see.

fn source(path: &str, text: &str) -> Source {
    Source { path: path.to_string(), module: module_of(path), text: text.to_string() }
}

fn made_up_layers() -> Vec<Layer> {
    read_layers(
        "intro\n## How it works\n\n| layer | module | files | owns |\n|---|---|---|---|\n\
         | 0 | `base.rs` | — | bottom |\n\
         | 1 | `load/` | `mod`, `page` | reading |\n\
         | 2 | `checks/` | `mod` | checks |\n\
         | 2 | `render/` | `mod` | rendering |\n\
         | 3 | `cli/` | `mod` | the top |\n",
    )
    .expect("the made-up table reads")
}

#[test]
fn an_import_up_the_pipeline_is_found_in_every_form() {
    let sources = [
        source("base.rs", "pub struct Finding;"),
        source("load/mod.rs", "pub mod page;"),
        source(
            "load/page.rs",
            "use crate::base::Finding;\nuse crate::{cli::run, base};\nfn f() { crate::checks::go(); }\n\
             #[cfg(test)]\nmod tests {\n    use super::super::super::render::Html;\n    fn t() { assert!(crate::cli::ok()); }\n}\n",
        ),
        source("checks/mod.rs", "pub fn go() { crate::render::html(); }"),
        source("render/mod.rs", "pub fn html() { crate::load::page::read(); }"),
        source("cli/mod.rs", "pub fn run() { crate::render::html(); crate::base::x(); }"),
    ];
    let findings = analyze(&sources, &made_up_layers());
    let lines: Vec<&str> = findings.upward.iter().map(|l| l.split(": ").next().unwrap_or("")).collect();
    assert_eq!(
        lines,
        ["src/load/page.rs:2", "src/load/page.rs:3", "src/load/page.rs:6", "src/load/page.rs:7", "src/checks/mod.rs:1"],
        "{:#?}",
        findings.upward
    );
    assert!(findings.upward[0].contains("crate::cli::run (cli, layer 3)"), "{}", findings.upward[0]);
    assert!(findings.upward[4].contains("checks (layer 2) imports crate::render::html (render, layer 2)"));
}

#[test]
fn a_circle_of_files_is_found_within_one_folder_too() {
    let sources = [
        source("load/mod.rs", "pub mod page; use self::page::Page;"),
        source("load/page.rs", "use super::Tree; pub struct Page;"),
        source("render/mod.rs", "pub fn html() {}"),
    ];
    let findings = analyze(&sources, &made_up_layers());
    assert!(findings.upward.is_empty(), "{:?}", findings.upward);
    assert_eq!(findings.circles, [["src/load/mod.rs", "src/load/page.rs"]]);
}

#[test]
fn the_real_tree_is_read_whole() {
    // A checker that read no imports would pass everything: the crate's own sources must
    // give it plenty to look at.
    let sources = read_sources(&crate_root().join("src"));
    let count: usize = sources.iter().map(|s| imports(s).len()).sum();
    assert!(sources.len() > 40 && count > 500, "{} files, {count} imports", sources.len());
}
