## loket's own messages: status (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/status.ftl.

## Shared by the terminal report and the page

status-title = Site status on { $today }
status-all = all
status-home = (home)
status-no-date = no date
status-translations-summary = { $missing } missing, { $stale } stale
status-review-summary = { $due } due (older than { $days } days), { $undated } undated
status-findings-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
status-interface-summary = not checked by a native speaker: { $langs }
status-interface-note = loket's texts for menus and buttons in these languages have not been checked by a native speaker. Have them checked before you publish, or use your own files in locales/. You are responsible for the texts in your own files.
status-untranslated-heading = Untranslated pages ({ $count })
status-chart-translations = Translated and untranslated pages per language
status-chart-translated = { $lang } translated
status-chart-missing = { $lang } missing
status-chart-scores = Scored pages in { $lang } per band of readability scores
status-chart-band = score { $band }

## The terminal report

status-label-pages = pages
status-label-translations = translations
status-label-review = review
status-label-plain = plain { $lang }
status-label-interface = interface
status-label-findings = findings
status-plain-summary = { $at_b1 } of { $scored } scored pages at B1 ({ $share }), { $long ->
    [one] 1 long sentence
   *[other] { $long } long sentences
}
status-plain-no-measure = no measure for this language (only for nl, en)
status-no-measure = no measure
status-translations-heading = Translations (stale: changed over { $days } days before its counterpart)
status-col-lang = lang
status-col-section = section
status-col-pages = pages
status-col-translated = translated
status-col-missing = missing
status-col-stale = stale
status-col-one-language = 1 lang
status-col-scored = scored
status-col-at-b1 = at B1
status-col-median = median
status-col-long = long
status-col-rule = rule
status-col-errors = errors
status-col-warnings = warnings
status-col-files = files
status-col-most-in = most in
status-missing-in = no { $langs }
status-more = … and { $count } more (`--format json` lists all)
status-stale-heading = Stale translations ({ $count }), most behind first
status-days = { $days ->
    [one] day
   *[other] days
}
status-review-heading = Due for review (updated or date over { $days } days ago): { $due }, undated: { $undated }
status-undated = undated:
status-plain-heading = Plain language (B1: score { $score } or more; long: over { $words } words)
status-scores = scores
status-most-long = Most long sentences
status-long-of = of
status-score = score
status-findings-heading = Findings per rule (list them: loket check --rule NAME)
status-none = none

## The page (templates/loket/status.html)

status-html-skip = Skip to the report
status-html-heading = Site status
status-html-intro = On { $today }: { $total ->
    [one] 1 page
   *[other] { $total } pages
}.
status-html-parts = Parts of this report
status-html-totals = Totals
status-html-interface = Website texts
status-html-translations = Translations
status-html-review = Due for review
status-html-plain = Plain language
status-html-findings = Findings
status-html-pages = Pages
status-html-untranslated = Untranslated
status-html-stale = Stale translations
status-html-coverage-caption = Translation coverage per language and section (stale: changed more than { $days } days before its newest translation)
status-html-col-lang-section = Language and section
status-html-col-pages = Pages
status-html-col-translated = Translated
status-html-col-missing = Missing
status-html-col-stale = Stale
status-html-col-one-language = One language only
status-html-untranslated-caption = Pages without a translation
status-html-col-page = Page
status-html-col-missing-in = Missing in
status-html-col-last-changed = Last changed
status-html-stale-heading = Stale translations ({ $count })
status-html-stale-caption = Translations changed long before their counterpart, most behind first
status-html-col-changed = Changed
status-html-col-counterpart = Counterpart
status-html-col-counterpart-changed = Counterpart changed
status-html-col-days-behind = Days behind
status-html-review-intro = { $due ->
    [one] 1 page was
   *[other] { $due } pages were
} last changed more than { $days } days ago; { $undated ->
    [one] 1 page has
   *[other] { $undated } pages have
} no date.
status-html-review-caption = Pages due for review, oldest first
status-html-col-days-ago = Days ago
status-html-undated-heading = Pages without a date
status-html-plain-intro = A page reads at B1 with a readability score of { $score } or more. Dutch pages get a Flesch-Douma score, English pages a Flesch reading ease score. Pages of fewer than 100 words get no score. A long sentence has more than { $words } words.
status-html-scores-caption = Readability scores of the pages in { $lang }
status-html-col-score = Score
status-html-plain-caption = Plain language per language and section
status-html-col-scored = Scored
status-html-col-at-b1 = At B1
status-html-col-share = Share at B1
status-html-col-median = Median score
status-html-col-long = Long sentences
status-html-long-caption = Pages with the most long sentences
status-html-col-sentences = Sentences
status-html-findings-intro = { $summary }. This command lists the findings of one rule:
status-html-findings-caption = Findings per rule
status-html-col-rule = Rule
status-html-col-errors = Errors
status-html-col-warnings = Warnings
status-html-col-files = Files
status-html-col-most-in = Most in
status-html-more = And { $count } more. This command lists them all:
