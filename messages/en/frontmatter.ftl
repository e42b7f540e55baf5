## loket's own messages: frontmatter (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/frontmatter.ftl.

## The settings at the top of a page (front matter)
fm-none = This page does not start with its settings.
fm-none-hint = Put the settings at the very top, between two lines `---`: `title: "..."` and `description: "..."`.
fm-unclosed = The settings at the top of the page have no end line.
fm-unclosed-hint = Add a line `---` after the last setting.
fm-empty = `{ $key }` is empty.
fm-empty-hint = Every page needs a `{ $key }`. Write it between the quotes: `{ $key }: "..."`.
fm-bad-date = `{ $key }: { $value }` is not a date.
fm-bad-date-hint = Write the date as year-month-day, such as `{ $key }: 2026-11-29`.
fm-translation-key-empty = `translation_key` is empty.
fm-translation-key-empty-hint = Write the key that the translations share, such as `translation_key: asiel/gehoor`, or remove the line.
fm-template-name = `{ $name }` is not the name of a template file.
fm-template-name-hint = Name a file in templates/, such as `story.html`.
fm-checks-reason = `checks` needs a `reason`.
fm-checks-reason-hint = Say why the rule does not apply to this page, such as `reason: "Only for Dutch staff."`
fm-text-language = `text_language: { $value }` is not a language code.
fm-text-language-hint = Write the language the text of this page is in as a code, such as `en` or `nl`. Leave it out when the text is in the language of its folder.

fm-group-key = The group key `{ $key }` cannot be an id in the page.
fm-group-key-hint = Write the key in lowercase letters, digits and `-`, starting with a letter, for example `key: applying`.
fm-group-twice = The group `{ $key }` is in `groups` twice.
fm-group-twice-hint = Give every group its own key, or remove one of the two.
fm-group-label = The group `{ $key }` has an empty `label`.
fm-group-label-hint = Write the heading that readers see above the group, for example `label: "Applying"`.
fm-card-empty = This card has no `{ $key }`.
fm-card-empty-hint = Every card needs a `title`, a `text` and a `link`. Write it like this: `{ $key }: "..."`.
fm-cards-title = The `title` of `cards` is empty.
fm-cards-title-hint = Write the heading that readers see above the cards, for example `title: "Frequently asked questions"`.
fm-cards-none = `cards` has no `items`.
fm-cards-none-hint = Write at least one card under `items`, with `title`, `text` and `link`; or remove `cards`.
fm-card-icon = loket has no icon `{ $icon }`.
fm-card-icon-nearest = Did you mean `{ $nearest }`? The icons are: { $icons }.
fm-card-icon-list = The icons are: { $icons }. Or show an image with `image: {"{"} src: "...", alt: "..." {"}"}`.
fm-card-icon-and-image = This card has an icon and an image.
fm-card-icon-and-image-hint = A card shows one of the two: remove `icon` or `image`.

## How settings are written (pages, site.yaml, data/), explained by src/load/yaml.rs
fm-tab = Line { $line } has a tab. Use spaces instead.
fm-tab-hint = Write the line with spaces, like this: `{ $fixed }`
fm-typographic-quote = The quote mark { $quote } is a curly quote, as a word processor types it. Around a text, loket needs straight quotes: `"`.
fm-typographic-quote-hint = Use straight quotes, like this: `{ $fixed }`
fm-typographic-quote-hint-plain = Type the quotes again with the `"` key, or leave them out.
fm-expected-bool = `{ $field }` can only be `true` or `false`, not “{ $value }”.
fm-expected-bool-hint = { $meaning ->
    [yes] Write `{ $key }: true` for yes.
    [no] Write `{ $key }: false` for no.
   *[other] Write `{ $key }: true` (yes) or `{ $key }: false` (no).
}
fm-expected-number = `{ $field }` needs a whole number.
fm-expected-number-hint = Write digits only, such as { $example }.
fm-expected-text = `{ $field }` needs a text.
fm-expected-text-hint = Write it as { $example }. Put a text between double quotes when it holds `:` or starts with `[`, `{"{"}` or a digit.
fm-expected-text-hint-plain = Put the text between double quotes: `"..."`.
fm-unclosed-quote = This text starts with a quote but does not end with one.
fm-unclosed-quote-hint = End the text with the same quote, as in { $example }.
fm-colon-in-text = This text holds a colon and a space (`: `). loket reads that as the start of a new setting.
fm-colon-in-text-hint = Put the whole text between double quotes: `{ $fixed }`
fm-unreadable = loket cannot read this line. Technical detail: { $detail }
fm-unreadable-hint = Compare it with a line that works: `name: value`, with a text between double quotes.
fm-wrong-value = loket cannot use the value of `{ $field }`. Technical detail: { $detail }
fm-example-hint = Write it as { $example }.
fm-unknown-key = loket does not know the setting `{ $key }`.
fm-unknown-key-suggest = Did you mean `{ $suggestion }`? The settings are: { $allowed }.
fm-unknown-key-hint = The settings are: { $allowed }.
fm-unknown-key-hint-extra = The settings are: { $allowed }. Put fields of your own under `extra`.
fm-missing-key = The setting `{ $key }` is missing.
fm-missing-key-hint = Add a line `{ $key }: ...`.
fm-duplicate-key = `{ $key }` is written twice.
fm-duplicate-key-hint = Remove one of the two lines.
fm-too-deep = The values nest too deep here.
fm-too-deep-hint = Put fewer levels of `name:` inside each other.
fm-menu-entry = This menu entry is not a page and not a link to another website.
fm-menu-entry-hint = Name a page by its translation_key, such as `- contact`. Or write a link with a label in every language: `- {"{"} url: "https://...", label: {"{"} nl: "...", en: "..." {"}"} {"}"}`.
fm-control-character = `{ $field }` holds the invisible control character U+{ $code }.
fm-control-character-hint = Remove it: look for a code such as `\x01` or `\u0085` between double quotes. It breaks feeds and sitemaps.
