//! Plain language (B1): sentences of more than 25 words, paragraphs of more than 150 words,
//! and a readability score per page: Flesch-Douma for Dutch, Flesch reading ease for English,
//! both at least 60 for B1. Syllables are counted from the hyphenation patterns of the
//! language (the `hypher` crate, TeX's patterns for nl and en), not from a vowel heuristic.
//! Only Dutch and English pages are held to these limits (what B1 means in words per sentence
//! differs per language); `site.yaml` can change them per language, and give other languages
//! sentence and paragraph lengths, but no score (`load::config::PlainLanguageLimits`).
//!
//! What counts as text: paragraphs (also in block quotes) and list items. Headings, tables,
//! code, raw HTML and image descriptions do not; list items do not count for the sentence
//! and paragraph length, as they are often fragments without a full stop.

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::config::{PlainLanguageLimits, DEFAULT_PLAIN_LANGUAGE};
use crate::load::page::Page;
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use pulldown_cmark::{Event, Tag, TagEnd};
use std::collections::HashMap;

/// The default limits for Dutch and English (`site.yaml` can change them per language).
pub const MAX_SENTENCE_WORDS: usize = DEFAULT_PLAIN_LANGUAGE.sentence_words;
pub const MAX_PARAGRAPH_WORDS: usize = DEFAULT_PLAIN_LANGUAGE.paragraph_words;
/// Both scores go from about 0 (very hard) to 100 (very easy); 60 and up reads at B1.
pub const MIN_SCORE: f64 = 60.0;
/// Below this many words a score says little: a short page is not scored.
pub const MIN_WORDS_FOR_SCORE: usize = 100;

/// Abbreviations whose full stop does not end a sentence (lowercase, without the last `.`).
const ABBREVIATIONS: &[&str] = &[
    "bijv", "bv", "ca", "dhr", "dr", "enz", "etc", "excl", "incl", "jl", "mevr", "mr", "mrs", "ms", "nr", "no", "art",
    "p", "pag", "st", "vs", "zgn", "e.g", "i.e", "o.a", "d.w.z", "m.a.w", "a.s", "t.a.v", "i.p.v", "z.s.m",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Paragraph,
    ListItem,
}

/// The text of one paragraph or list item, with where its parts are in the body.
#[derive(Debug)]
struct Block {
    kind: BlockKind,
    text: String,
    /// `(offset in text, offset in the body)` for each piece of text.
    parts: Vec<(usize, usize)>,
}

impl Block {
    fn body_offset(&self, offset: usize) -> usize {
        let i = self.parts.partition_point(|&(start, _)| start <= offset).saturating_sub(1);
        self.parts.get(i).map_or(0, |&(start, source)| source + (offset - start))
    }

    fn push(&mut self, text: &str, body_offset: usize) {
        self.parts.push((self.text.len(), body_offset));
        self.text.push_str(text);
    }
}

/// A sentence: the byte offset in its block where it starts, and how many words it has.
#[derive(Debug, PartialEq)]
struct Sentence {
    start: usize,
    words: usize,
}

/// The plain-language numbers of one page, as the checks compute them (`loket status` shows
/// them per language and section).
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct PageMetrics {
    /// Words in paragraphs and list items.
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Sentences of paragraphs with more words than the language's limit (0 for a language
    /// without limits).
    pub long_sentences: usize,
    /// Paragraphs of more words than the language's limit.
    pub long_paragraphs: usize,
    /// Flesch-Douma (nl) or Flesch reading ease (en); `None` for another language or a page
    /// of fewer than `MIN_WORDS_FOR_SCORE` words.
    pub score: Option<f64>,
}

/// The checks of one page held to `limits` (the limits of its language; `None`: loket has no
/// measure for it, and nothing is checked or counted).
pub fn check(
    page: &Page,
    events: &Events<'_>,
    limits: Option<PlainLanguageLimits>,
    found: &mut Vec<Diagnostic>,
) -> PageMetrics {
    match limits {
        Some(limits) => analyze(page, events, limits, Some(found)),
        None => PageMetrics::default(),
    }
}

/// The numbers of one page without its findings.
pub fn metrics(page: &Page, events: &Events<'_>, limits: Option<PlainLanguageLimits>) -> PageMetrics {
    limits.map_or_else(PageMetrics::default, |limits| analyze(page, events, limits, None))
}

/// The numbers of one page, parsing its Markdown as the checks do.
pub fn page_metrics(page: &Page, limits: Option<PlainLanguageLimits>) -> PageMetrics {
    let events: Vec<_> =
        pulldown_cmark::Parser::new_ext(page.body(), crate::markdown::options()).into_offset_iter().collect();
    metrics(page, &events, limits)
}

/// One pass over the page for both the findings (when `found` is given) and the numbers, so
/// that the numbers `loket status` shows are those the checks judged.
fn analyze(
    page: &Page,
    events: &Events<'_>,
    limits: PlainLanguageLimits,
    mut found: Option<&mut Vec<Diagnostic>>,
) -> PageMetrics {
    let max_sentence = limits.sentence_words;
    let max_paragraph = limits.paragraph_words;
    let mut metrics = PageMetrics::default();
    let blocks = blocks(events);
    let mut totals = Totals::default();
    let lang = language(page.text_lang());
    // Words repeat within a page and across pages: each is hyphenated once per thread. The
    // memo is taken once per page, not once per word.
    let counted: Vec<(Vec<Sentence>, usize)> = MEMO.with_borrow_mut(|memo| {
        blocks
            .iter()
            .map(|block| {
                let mut syllables = 0;
                let sentences = sentences(&block.text, |word| {
                    if let Some(lang) = lang {
                        syllables += syllables_memo(memo, word, lang);
                    }
                });
                (sentences, syllables)
            })
            .collect()
    });
    for (block, (sentences, syllables)) in blocks.iter().zip(counted) {
        let words: usize = sentences.iter().map(|s| s.words).sum();
        if block.kind == BlockKind::Paragraph {
            for sentence in &sentences {
                let n = sentence.words;
                if n > max_sentence {
                    metrics.long_sentences += 1;
                    let Some(found) = found.as_deref_mut() else { continue };
                    let position = page.body_position(block.body_offset(sentence.start));
                    found.push(
                        Diagnostic::warning(
                            Rule::LongSentence,
                            &page.source,
                            position,
                            text!("check-long-sentence", count = n),
                        )
                        .with_hint(text!("check-long-sentence-hint", max = max_sentence)),
                    );
                }
            }
            if words > max_paragraph {
                metrics.long_paragraphs += 1;
            }
            if let (true, Some(found)) = (words > max_paragraph, found.as_deref_mut()) {
                let position = page.body_position(block.body_offset(0));
                found.push(
                    Diagnostic::warning(
                        Rule::LongParagraph,
                        &page.source,
                        position,
                        text!("check-long-paragraph", count = words),
                    )
                    .with_hint(text!("check-long-paragraph-hint", max = max_paragraph)),
                );
            }
        }
        if lang.is_some() {
            totals.words += words;
            totals.sentences += sentences.iter().filter(|s| s.words > 0).count();
            totals.syllables += syllables;
        }
    }
    metrics.words = totals.words;
    metrics.sentences = totals.sentences;
    metrics.syllables = totals.syllables;
    let (Some(lang), Some(first)) = (lang, blocks.first()) else { return metrics };
    if totals.words < MIN_WORDS_FOR_SCORE {
        return metrics;
    }
    let score = score(lang, &totals);
    metrics.score = Some(score);
    let (Some(found), Some(min_score)) = (found, limits.min_score) else { return metrics };
    if score < min_score {
        let name = match lang {
            hypher::Lang::Dutch => "Flesch-Douma",
            _ => "Flesch reading ease",
        };
        let position = page.body_position(first.body_offset(0));
        found.push(
            Diagnostic::warning(
                Rule::Readability,
                &page.source,
                position,
                text!(
                    "check-readability",
                    score = format!("{score:.0}"),
                    formula = name,
                    min = format!("{min_score:.0}")
                ),
            )
            .with_hint(text!(
                "check-readability-hint",
                words_per_sentence = decimal(totals.words as f64 / totals.sentences.max(1) as f64, 1),
                syllables_per_word = decimal(totals.syllables as f64 / totals.words.max(1) as f64, 2)
            )),
        );
    }
    metrics
}

/// A number with `digits` decimals, written with the editor's decimal sign (`1,75` in Dutch).
fn decimal(value: f64, digits: usize) -> Text {
    let written = format!("{value:.digits$}");
    let (whole, fraction) = written.split_once('.').unwrap_or((written.as_str(), ""));
    text!("check-decimal", whole = whole, fraction = fraction)
}

#[derive(Debug, Default)]
struct Totals {
    words: usize,
    sentences: usize,
    syllables: usize,
}

/// The readability score of `lang` (only Dutch and English have one).
fn score(lang: hypher::Lang, totals: &Totals) -> f64 {
    let words = totals.words.max(1) as f64;
    let words_per_sentence = words / totals.sentences.max(1) as f64;
    let syllables_per_word = totals.syllables as f64 / words;
    match lang {
        // Douma (1960): 206.84 − 0.77 · syllables per 100 words − 0.93 · words per sentence.
        hypher::Lang::Dutch => 206.84 - 0.77 * (100.0 * syllables_per_word) - 0.93 * words_per_sentence,
        // Flesch (1948).
        _ => 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
    }
}

fn language(code: &str) -> Option<hypher::Lang> {
    match code.split('-').next() {
        Some("nl") => Some(hypher::Lang::Dutch),
        Some("en") => Some(hypher::Lang::English),
        _ => None,
    }
}

/// Distinct words whose syllables a thread remembers, per language, before it starts over:
/// enough for the vocabulary of a big site, bounded for a hostile one.
const MEMO_WORDS: usize = 100_000;

/// Syllables by word, for one language.
type Memo = HashMap<String, usize, foldhash::fast::RandomState>;

thread_local! {
    /// Syllables by word, per language (Dutch, English). A memo of a pure function, so what a
    /// thread remembers never changes a result: it spares the patterns for the words that
    /// every page repeats (the patterns were most of the checks' time on a big site). Keyed
    /// with foldhash's per-process random seed: a build is short-lived and shows nothing of
    /// the seed, so words that a hostile site chooses cannot be made to collide; it hashes
    /// short words much faster than the standard library's SipHash.
    static MEMO: std::cell::RefCell<[Memo; 2]> = Default::default();
}

/// `syllables`, remembered in `memo`. Every word is looked up, one-syllable words too: with
/// foldhash, a lookup costs less than seeing that a word has one group of vowels (measured:
/// the plain-language share of a check went from 18 % to 12.5 %).
fn syllables_memo(memo: &mut [Memo; 2], word: &str, lang: hypher::Lang) -> usize {
    let known = &mut memo[usize::from(lang != hypher::Lang::Dutch)];
    if let Some(&count) = known.get(word) {
        return count;
    }
    if known.len() >= MEMO_WORDS {
        known.clear();
    }
    let count = syllables(word, lang);
    known.insert(word.to_string(), count);
    count
}

/// Syllables of a word: the parts the language's hyphenation patterns split it into (with
/// breaks allowed right up to the word's edges), summed over its letter runs (`e-mail`). A
/// word without letters (`2026`) counts as one.
fn syllables(word: &str, lang: hypher::Lang) -> usize {
    let count: usize = word
        .split(|c: char| !c.is_alphabetic())
        .filter(|run| !run.is_empty())
        .map(|run| {
            // Most words have one group of vowels ("de", "een", "taal", "you"): one syllable,
            // without the cost of the patterns (a third of the check's time on a big site).
            if is_monosyllable(run) {
                1
            } else {
                hypher::hyphenate_bounded(run, lang, 1, 1).filter(|part| is_syllable(part)).count().max(1)
            }
        })
        .sum();
    count.max(1)
}

/// Whether `word` is at most one run of letters (punctuation around it aside) with at most one
/// group of vowels: what `syllables` counts as one, seen in one pass without the patterns.
fn is_monosyllable(word: &str) -> bool {
    let (mut runs, mut groups) = (0, 0);
    let (mut in_run, mut after_vowel) = (false, false);
    for c in word.chars() {
        let letter = c.is_alphabetic();
        runs += usize::from(letter && !in_run);
        in_run = letter;
        let vowel = letter && is_vowel(c);
        groups += usize::from(vowel && !after_vowel);
        after_vowel = vowel;
        if runs > 1 || groups > 1 {
            return false;
        }
    }
    true
}

fn is_vowel(c: char) -> bool {
    match c.to_ascii_lowercase() {
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' => true,
        c if c.is_ascii() => false,
        c => c.to_lowercase().any(|l| "àáâäèéêëìíîïòóôöùúûü".contains(l)),
    }
}

/// Whether a part of a hyphenated word is a syllable: it has a vowel. Allowing breaks right
/// at the word's edges lets the patterns split off a lone consonant `y` (`y-ou`); that is no
/// syllable, while a `y` after a consonant is (`coun-try`).
fn is_syllable(part: &str) -> bool {
    part.chars().any(|c| is_vowel(c) && !c.eq_ignore_ascii_case(&'y'))
        || part.chars().skip(1).any(|c| c.eq_ignore_ascii_case(&'y'))
}

/// The paragraphs and list items of the page, in order.
fn blocks(events: &Events<'_>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    // Inside headings, tables, code, HTML blocks, images and footnotes: not counted.
    let mut skipped = 0usize;
    let mut items = 0usize;
    let flush = |current: &mut Option<Block>, blocks: &mut Vec<Block>| {
        if let Some(block) = current.take().filter(|b| !b.text.trim().is_empty()) {
            blocks.push(block);
        }
    };
    for (event, range) in events {
        match event {
            Event::Start(
                Tag::Heading { .. }
                | Tag::Table(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::Image { .. }
                | Tag::FootnoteDefinition(_)
                | Tag::MetadataBlock(_),
            ) => skipped += 1,
            Event::End(
                TagEnd::Heading(_)
                | TagEnd::Table
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::Image
                | TagEnd::FootnoteDefinition
                | TagEnd::MetadataBlock(_),
            ) => skipped = skipped.saturating_sub(1),
            _ if skipped > 0 => {}
            Event::Start(Tag::Item) => {
                items += 1;
                flush(&mut current, &mut blocks);
                current = Some(Block { kind: BlockKind::ListItem, text: String::new(), parts: Vec::new() });
            }
            Event::End(TagEnd::Item) => {
                items = items.saturating_sub(1);
                flush(&mut current, &mut blocks);
            }
            Event::Start(Tag::Paragraph) => {
                let kind = if items > 0 { BlockKind::ListItem } else { BlockKind::Paragraph };
                // A loose list item's paragraphs belong to the item; others start a block.
                if kind == BlockKind::Paragraph || current.is_none() {
                    flush(&mut current, &mut blocks);
                    current = Some(Block { kind, text: String::new(), parts: Vec::new() });
                }
            }
            Event::End(TagEnd::Paragraph) if items == 0 => flush(&mut current, &mut blocks),
            Event::Start(Tag::List(_)) | Event::End(TagEnd::List(_)) => flush(&mut current, &mut blocks),
            Event::Text(text) | Event::Code(text) => {
                if let Some(block) = current.as_mut() {
                    block.push(text, range.start);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = current.as_mut() {
                    block.push(" ", range.start);
                }
            }
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// Splits a block's text into sentences, calling `on_word` with each word (a whitespace-separated
/// token with a letter or digit) as it goes: one pass, nothing allocated per word.
fn sentences(text: &str, mut on_word: impl FnMut(&str)) -> Vec<Sentence> {
    // `split_whitespace` yields slices of `text`: their offsets follow from their addresses.
    let offset_of = |token: &str| token.as_ptr() as usize - text.as_ptr() as usize;
    let mut tokens = text.split_whitespace().peekable();
    let mut sentences = Vec::new();
    let mut current = Sentence { start: 0, words: 0 };
    while let Some(token) = tokens.next() {
        if current.words == 0 {
            current.start = offset_of(token);
        }
        if token.chars().any(char::is_alphanumeric) {
            current.words += 1;
            on_word(token);
        }
        if ends_sentence(token, tokens.peek().copied()) {
            sentences.push(std::mem::replace(&mut current, Sentence { start: 0, words: 0 }));
        }
    }
    if current.words > 0 {
        sentences.push(current);
    }
    sentences
}

/// Whether `token` ends a sentence: it ends in `.`, `!`, `?` or `…` (before closing quotes
/// and brackets), is not an abbreviation, and the next word does not go on in lowercase.
fn ends_sentence(token: &str, next: Option<&str>) -> bool {
    let core = token.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    let Some(last) = core.chars().last() else { return false };
    if !matches!(last, '.' | '!' | '?' | '…') {
        return false;
    }
    if last == '.' {
        let word = core.trim_end_matches('.').trim_start_matches(['(', '"', '\'', '“', '‘', '[']);
        let mut chars = word.chars();
        let single_letter = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
        // The abbreviations are ASCII: comparing without case needs no lowercase copy.
        if single_letter || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
            return false;
        }
    }
    // "…zie art. 3", "bijv. een" and the like go on in lowercase or with a digit.
    !next.and_then(|n| n.chars().find(|c| c.is_alphanumeric())).is_some_and(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::test_support::findings;

    fn words(n: usize) -> String {
        (0..n).map(|_| "woord").collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn splits_sentences_but_not_at_abbreviations() {
        let text = "Neem bijv. uw paspoort mee. Komt u niet? Bel ons! Zie o.a. art. 3 van de wet. Dat is het.";
        let mut words = Vec::new();
        let counts: Vec<usize> = sentences(text, |w| words.push(w.to_string())).iter().map(|s| s.words).collect();
        assert_eq!(counts, [5, 3, 2, 7, 3]);
        assert_eq!(words.len(), 20);
        assert_eq!(words[..3], ["Neem", "bijv.", "uw"]);
        assert_eq!(sentences("Eén. Twee.", |_| {})[1].start, 6, "a byte offset");
        assert_eq!(sentences("  Eén.\u{a0}Twee.", |_| {})[1].start, 9, "after Unicode whitespace");
        assert_eq!(sentences("Hij zei: \"Kom.\" Daarna ging hij.", |_| {}).len(), 2);
        assert_eq!(sentences("Zie Art. 3 en BIJV. dit.", |_| {}).len(), 1, "abbreviations in any case");
    }

    #[test]
    fn syllables_come_from_the_hyphenation_patterns() {
        assert_eq!(syllables("naturalisatie", hypher::Lang::Dutch), 6);
        assert_eq!(syllables("verblijfsvergunning", hypher::Lang::Dutch), 5);
        assert_eq!(syllables("procedure", hypher::Lang::English), 3);
        assert_eq!(syllables("e-mail", hypher::Lang::English), 2);
        assert_eq!(syllables("2026", hypher::Lang::English), 1);
        assert_eq!(syllables("you", hypher::Lang::English), 1);
        assert_eq!(syllables("country", hypher::Lang::English), 2);
    }

    #[test]
    fn the_one_syllable_shortcut_counts_as_the_patterns_do() {
        for word in ["de", "taal", "you", "paspoort.", "(kort)", "2026", "b2b", "x-ray", "e-mail", "aanvraag", "één"]
        {
            for lang in [hypher::Lang::Dutch, hypher::Lang::English] {
                if is_monosyllable(word) {
                    assert_eq!(syllables(word, lang), 1, "{word}");
                }
                let mut memo = Default::default();
                assert_eq!(syllables_memo(&mut memo, word, lang), syllables(word, lang), "{word}");
            }
        }
        assert!(is_monosyllable("taal") && !is_monosyllable("b2b") && !is_monosyllable("x-ray"));
    }

    #[test]
    fn scores_follow_the_formulas() {
        // 100 words, 10 sentences, 150 syllables.
        let totals = Totals { words: 100, sentences: 10, syllables: 150 };
        assert!((score(hypher::Lang::Dutch, &totals) - (206.84 - 115.5 - 9.3)).abs() < 1e-9);
        assert!((score(hypher::Lang::English, &totals) - (206.835 - 10.15 - 126.9)).abs() < 1e-9);
    }

    #[test]
    fn long_sentences_and_paragraphs_are_found_at_their_start() {
        let sentence = |n: usize| format!("Dit {}.", words(n - 1));
        let paragraph: Vec<String> = (0..16).map(|_| sentence(10)).collect();
        let body = format!("Kort. {}\n\n{}\n", sentence(26), paragraph.join(" "));
        assert_eq!(findings("nl", &body), [(Rule::LongSentence, 5, 7), (Rule::LongParagraph, 7, 1)]);
    }

    #[test]
    fn only_languages_with_a_measure_are_checked() {
        let long = format!(
            "Kısa. Bu {}.\n\n{}\n",
            words(30),
            (0..16).map(|_| "Bir iki üç dört beş altı yedi sekiz dokuz on.").collect::<Vec<_>>().join(" ")
        );
        // Turkish, Arabic, Persian: no measure, so nothing found and nothing counted.
        for lang in ["tr", "ar", "fa", "ti"] {
            assert!(findings(lang, &long).is_empty(), "{lang}");
            let page = crate::checks::test_support::body_page(lang, &long);
            assert_eq!(page_metrics(&page, None), PageMetrics::default(), "{lang}");
        }
        // Dutch and English, also with a region.
        for lang in ["nl", "en", "en-gb", "nl-be"] {
            assert_eq!(findings(lang, &long), [(Rule::LongSentence, 5, 7), (Rule::LongParagraph, 7, 1)], "{lang}");
        }
        // Limits that site.yaml sets for Turkish: sentences and paragraphs, never a score.
        let page = crate::checks::test_support::body_page("tr", &long);
        let limits = PlainLanguageLimits { sentence_words: 20, paragraph_words: 200, min_score: None };
        let mut found = Vec::new();
        let events = crate::markdown::parse(page.body());
        let metrics = check(&page, &events, Some(limits), &mut found);
        let rules: Vec<Rule> = found.iter().map(|d| d.rule).collect();
        assert_eq!(rules, [Rule::LongSentence]);
        assert_eq!((metrics.long_sentences, metrics.score), (1, None));
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::En);
        let hint = found[0].hint.as_ref().map(|h| nl.format(h)).unwrap_or_default();
        assert!(hint.contains("of 20 words at most"), "{hint}");
    }

    #[test]
    fn lists_headings_tables_and_code_are_not_sentences() {
        let long = words(30);
        let body = format!("## {long}\n\n- {long}\n\n| {long} |\n|--|\n| x |\n\n```\n{long}\n```\n");
        assert!(findings("nl", &body).is_empty());
    }

    #[test]
    fn hard_text_gets_a_score_and_easy_text_does_not() {
        let hard = "De beoordeling van de ontvankelijkheidsverklaring geschiedt overeenkomstig de toepasselijke wettelijke bepalingen en beleidsregels. ".repeat(10);
        let found = findings("nl", &hard);
        assert_eq!(found, [(Rule::Readability, 5, 1)]);
        let page = crate::checks::test_support::body_page("nl", &hard);
        let mut diagnostics = Vec::new();
        let events: Vec<_> =
            pulldown_cmark::Parser::new_ext(page.body(), crate::markdown::options()).into_offset_iter().collect();
        check(&page, &events, Some(DEFAULT_PLAIN_LANGUAGE), &mut diagnostics);
        assert!(
            diagnostics[0].message.to_string().contains("(Flesch-Douma)"),
            "{}",
            diagnostics[0].message.to_string()
        );
        let easy = "Wij helpen u graag. Bel ons als u een vraag heeft. ".repeat(10);
        assert!(findings("nl", &easy).is_empty());
        assert!(findings("en", &"We are here to help you. Call us if you have a question. ".repeat(10)).is_empty());
    }

    #[test]
    fn the_metrics_are_the_numbers_the_checks_judge() {
        let sentence = |n: usize| format!("Dit {}.", words(n - 1));
        let hard = "De beoordeling van de ontvankelijkheidsverklaring geschiedt overeenkomstig de toepasselijke wettelijke bepalingen en beleidsregels. ".repeat(10);
        let body = format!("{hard}\n\n{} {}\n\n- {}\n", sentence(30), sentence(26), sentence(40));
        let page = crate::checks::test_support::body_page("nl", &body);
        let metrics = page_metrics(&page, Some(DEFAULT_PLAIN_LANGUAGE));
        let found = crate::checks::test_support::check_page(&page);
        let count = |rule: Rule| found.iter().filter(|d| d.rule == rule).count();
        assert_eq!(metrics.long_sentences, count(Rule::LongSentence));
        assert_eq!(metrics.long_sentences, 2, "list items are no sentences");
        let score = metrics.score.expect("scored");
        assert!(score < MIN_SCORE && count(Rule::Readability) == 1, "{score}");
        let message = &found.iter().find(|d| d.rule == Rule::Readability).unwrap().message;
        assert!(message.to_string().contains(&format!("score is {score:.0} ")), "{message}");
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        let readability = found.iter().find(|d| d.rule == Rule::Readability).unwrap();
        let hint = readability.hint.as_ref().map(|h| nl.format(h)).unwrap_or_default();
        assert!(hint.starts_with("Gebruik kortere zinnen en kortere woorden. Nu heeft een zin gemiddeld "), "{hint}");
        assert!(hint.ends_with(" lettergrepen.") && hint.contains(','), "{hint}");
        let long = found.iter().find(|d| d.rule == Rule::LongSentence).unwrap();
        assert_eq!(nl.format(&long.message), "Deze zin heeft 30 woorden. Lange zinnen zijn moeilijk te lezen.");
        assert_eq!(nl.format(&decimal(1.746, 2)), "1,75");
        assert_eq!(decimal(12.0, 1).to_string(), "12.0");
        let short = crate::checks::test_support::body_page("nl", "Kort.");
        assert_eq!(page_metrics(&short, Some(DEFAULT_PLAIN_LANGUAGE)).score, None);
    }
}
