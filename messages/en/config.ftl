## loket's own messages: config (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/config.ftl.

## editor_language
config-editor-language-unknown = loket speaks Dutch and English, not “{ $value }”.
config-editor-language-unknown-hint = Write `editor_language: nl` for Dutch or `editor_language: en` for English.

## Reading site.yaml
config-missing = There is no site.yaml in `{ $folder }`.
config-missing-hint = Every site folder has a site.yaml. Is `{ $folder }` the site's folder?
config-unreadable = loket cannot read site.yaml. Technical detail: { $error }
config-not-utf8 = loket cannot read the letters of { $file }: the file is saved in an old text format.
config-not-utf8-hint = Save the file again as UTF-8 text in your editor.

## The settings of site.yaml
config-base-url = `base_url` is “{ $url }”, which is not a web address.
config-base-url-hint = Write the address in full, such as `base_url: https://example.org`.
config-no-languages = site.yaml names no languages.
config-no-languages-hint = Add `languages:` with at least one language, such as `nl: {"{"} name: Nederlands, title: "..." {"}"}`.
config-language-no-name = The language `{ $code }` has no `name`, and loket does not know its name.
config-language-no-name-hint = Write the name of the language in that language, such as `{ $code }: {"{"} name: "Deutsch", title: "…" {"}"}`. loket knows the names of the languages it has texts for.
config-language-code = `{ $code }` is not a language code.
config-language-code-hint = Use a code in small letters, such as `nl`, `en` or `pt-br`. It is also the name of the language's folder in content/.
config-default-language = `default_language` is `{ $code }`, which is not one of the site's languages.
config-default-language-hint = Choose one of: { $languages }.
config-root-language = `root_language` is `{ $code }`, which is not one of the site's languages.
config-root-language-hint = Choose one of: { $languages }. Its pages are then served at the root of the site (`/...`), the other languages below `/<code>/`.
config-languages-are = The languages of this site are: { $languages }.
config-alert-kind = loket does not know the alert kind `{ $kind }`.
config-alert-kind-hint = Write `kind: notification` or `kind: error`.
config-alert-language = The alert has a text for `{ $lang }`, which is not a language of this site.
config-alert-missing = The alert has no text in `{ $lang }`.
config-alert-missing-hint = Add a line `{ $lang }: "..."` under `alert:`.
config-review-after-days = `review_after_days` is { $value }. It must be a number of days from 1 to 36600.
config-review-after-days-hint = Write a whole number of days, such as `review_after_days: { $days }`.
config-toc-min-headings = `toc_min_headings` is { $value }. It must be a number from 0 to 1000.
config-toc-min-headings-hint = Write how many `##` headings a page needs for a table of contents, such as `toc_min_headings: { $count }`. With 0, only pages with `toc: true` get one.
config-plain-language-language = `plain_language` names `{ $lang }`, which is not a language of this site.
config-plain-language-words = `{ $key }` is { $value }. It must be a number of words from 1 to 10000.
config-plain-language-words-hint = Write a whole number of words, such as `{ $key }: { $default }`.
config-plain-language-no-formula = loket has no readability score for `{ $lang }`, so `min_score` cannot be set for it.
config-plain-language-no-formula-hint = Remove `min_score` here. Only Dutch (nl) and English (en) pages get a score. You can still set `sentence_words` and `paragraph_words`.
config-plain-language-score = `min_score` is { $value }. It must be a score from 0 to 100.
config-plain-language-score-hint = Plain language (B1) starts at 60. Write a number such as `min_score: 60`.

## Menus
config-menu-url-not-http = Menu `{ $menu }` links to `{ $url }`, which is not an http or https address.
config-menu-url-space = Menu `{ $menu }` links to `{ $url }`, which holds a space or an invisible character.
config-menu-url-invalid = Menu `{ $menu }` links to `{ $url }`, which is not a valid web address.
config-menu-url-hint = A link to another website needs its full address, such as `url: "https://www.example.org/"`. Name a page of this site by its translation_key instead.
config-menu-url-missing = In menu `{ $menu }`, the link has no address in { $languages }.
config-menu-url-missing-hint = Give an address in every language: `{ $example }`. Or one address for all languages: `url: "https://..."`.
config-menu-field-language = In menu `{ $menu }`, the link's `{ $field }` names `{ $lang }`, which is not a language of this site.
config-menu-lang-invalid = In menu `{ $menu }`, `lang: { $value }` is not a language code.
config-menu-lang-invalid-hint = Write the language of the page the link leads to as a code, such as `nl`, `en` or `ar`. Leave `lang` out when it is the language of the menu.
config-menu-label-missing = In menu `{ $menu }`, the link to `{ $url }` has no label in { $languages }.
config-menu-label-missing-hint = Give it a label in every language: `{ $example }`.
config-menu-label-language = In menu `{ $menu }`, the link to `{ $url }` has a label in `{ $lang }`, which is not a language of this site.
config-menu-label-empty = In menu `{ $menu }`, the link to `{ $url }` has an empty label in `{ $lang }`.
config-menu-label-empty-hint = Write the text of the link.

## Topics
config-topic-section-slug = `topic_section` is `{ $slug }`, which cannot be part of a web address.
config-slug-hint = Use small letters a-z, digits and `-` only, such as `{ $example }`.
config-topic-section-language = `topic_section` names `{ $lang }`, which is not a language of this site.
config-topic-key = The topic key `{ $key }` cannot be part of a web address.
config-topic-label-missing = topic `{ $topic }` has no label in `{ $lang }`
config-topic-label-missing-hint = Add `{ $lang }: {"{"} label: "...", slug: ... {"}"}` under `{ $topic }:`.
config-topic-label-empty = The topic `{ $topic }` has an empty label in `{ $lang }`.
config-topic-label-empty-hint = Write the topic's name as readers see it.
config-topic-slug = The slug `{ $slug }` of topic `{ $topic }` in `{ $lang }` cannot be part of a web address.
config-topic-slug-taken = The topic `{ $topic }` has the slug `{ $slug }` in `{ $lang }`, like topic `{ $other }`.
config-topic-slug-taken-hint = Every topic needs its own address: give one of them another `slug`.
config-topic-language = The topic `{ $topic }` has a label in `{ $lang }`, which is not a language of this site.

## Shared values: data/
data-not-folder = `data` is a file, but it should be a folder.
data-not-folder-hint = Shared values go in files in the folder data/, such as data/contact.yaml.
data-folder = The folder data/ cannot hold folders.
data-folder-hint = Put each group of shared values in one file directly in data/, such as data/contact.yaml.
data-not-yaml = This file does not end in .yaml.
data-rename-yml = Rename it to { $name }.yaml.
data-only-yaml = The folder data/ holds only .yaml files, such as data/contact.yaml.
data-bad-name = `{ $name }` cannot be the name of a file of shared values.
data-bad-name-hint = Use letters, digits and _ only, and start with a letter: templates write data.contact.phone.
data-not-a-map = A file of shared values is a list of `name: value` lines.
data-not-a-map-hint = Write for example `phone: "088 123 45 67"`.
data-bad-key = `{ $key }` cannot be the name of a shared value.
data-bad-key-hint = Use letters, digits and _ only, and start with a letter.
data-language-key-hint = A value per language holds only texts: `phone: {"{"} nl: ..., en: ... {"}"}`.
data-not-text = `{ $key }` is { $kind ->
    [number] a number
    [bool] true or false
    [list] a list
   *[empty] empty
}, not a text.
data-not-text-hint = Write the value between double quotes, so that it shows exactly as written: `phone: "0800 1234"`.
data-unknown-language = `{ $lang }` is not a language of this site.
data-unknown-language-hint = A value per language names the site's languages: { $languages }.
data-language-group = The `{ $lang }` text of `{ $key }` is a group of values.
data-language-group-hint = Put the languages last: `helpdesk: {"{"} phone: {"{"} nl: ..., en: ... {"}"} {"}"}`.
data-language-not-text = The `{ $lang }` text of `{ $key }` is { $kind ->
    [number] a number
    [bool] true or false
    [list] a list
   *[empty] empty
}, not a text.
data-language-not-text-hint = Write the value between double quotes, so that it shows exactly as written.
data-missing-language = `{ $key }` has no text in `{ $lang }`.
data-missing-language-hint = Add a line `{ $lang }: ...` to it: every language of the site needs its text.
data-lookup-no-text = The shared value `{ $key }` has no text in `{ $lang }`.
data-lookup-no-text-hint = Add `{ $lang }: ...` to it in data/{ $file }.yaml.
data-lookup-group = `{ $key }` is a group of shared values, not one value.
data-lookup-group-hint = Name one of: { $keys }.
data-lookup-unknown = There is no shared value `{ $key }`.
data-lookup-suggest = Did you mean `{ $suggestion }`?
data-lookup-none = The site has no shared values yet: add them to a file in data/.
data-lookup-how = Write the file's name, a dot and the value's name, such as `contact.phone` for `phone:` in data/contact.yaml.
data-link-url = The link `{ $key }` cannot lead to `{ $url }`.
data-link-url-hint = Write an address that starts with https:, http:, mailto: or tel:, or a page of the site from its language folder, such as /nl/contact/.
config-images-number = `images: { $key }` is { $value }. It must be a whole number from { $min } to { $max }.
config-images-hint = Leave the setting out to use loket's default. docs/images.md explains each setting.
config-images-format = loket cannot make pictures in the format `{ $format }`.
config-images-format-hint = Write `formats: [webp]`, or `formats: []` for variants in the picture's own format only.
config-images-widths-empty = `images: widths` has no widths. loket needs at least one to make smaller pictures.
