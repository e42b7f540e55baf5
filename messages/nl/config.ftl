## loket's own messages: config (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/config.ftl.

## editor_language
config-editor-language-unknown = loket spreekt Nederlands en Engels, niet ‘{ $value }’.
config-editor-language-unknown-hint = Schrijf `editor_language: nl` voor Nederlands of `editor_language: en` voor Engels.

## Reading site.yaml
config-missing = Er staat geen site.yaml in `{ $folder }`.
config-missing-hint = Elke map van een site heeft een site.yaml. Is `{ $folder }` de map van de site?
config-unreadable = loket kan site.yaml niet lezen. Technische details: { $error }
config-not-utf8 = loket kan de letters van { $file } niet lezen: het bestand is in een oud tekstformaat bewaard.
config-not-utf8-hint = Bewaar het bestand opnieuw als UTF-8-tekst in je editor.

## The settings of site.yaml
config-base-url = `base_url` is ‘{ $url }’; dat is geen webadres.
config-base-url-hint = Schrijf het adres volledig, bijvoorbeeld `base_url: https://example.org`.
config-no-languages = In site.yaml staan geen talen.
config-no-languages-hint = Voeg `languages:` toe met minstens één taal, bijvoorbeeld `nl: {"{"} name: Nederlands, title: "..." {"}"}`.
config-language-no-name = De taal `{ $code }` heeft geen `name`, en loket kent haar naam niet.
config-language-no-name-hint = Schrijf de naam van de taal in die taal zelf, zoals `{ $code }: {"{"} name: "Deutsch", title: "…" {"}"}`. loket kent de namen van de talen waarvoor het teksten heeft.
config-language-code = `{ $code }` is geen taalcode.
config-language-code-hint = Gebruik een code in kleine letters, zoals `nl`, `en` of `pt-br`. Het is ook de naam van de map van die taal in content/.
config-default-language = `default_language` is `{ $code }`, maar dat is geen taal van deze site.
config-default-language-hint = Kies een van: { $languages }.
config-root-language = `root_language` is `{ $code }`, maar dat is geen taal van deze site.
config-root-language-hint = Kies een van: { $languages }. De pagina's van die taal staan dan in de hoofdmap van de site (`/...`), de andere talen onder `/<code>/`.
config-languages-are = De talen van deze site zijn: { $languages }.
config-alert-kind = loket kent de soort melding `{ $kind }` niet.
config-alert-kind-hint = Schrijf `kind: notification` of `kind: error`.
config-alert-language = De melding heeft een tekst voor `{ $lang }`, maar dat is geen taal van deze site.
config-alert-missing = De melding heeft geen tekst in het `{ $lang }`.
config-alert-missing-hint = Voeg een regel `{ $lang }: "..."` toe onder `alert:`.
config-review-after-days = `review_after_days` is { $value }. Dat moet een aantal dagen van 1 tot 36600 zijn.
config-review-after-days-hint = Schrijf een heel aantal dagen, bijvoorbeeld `review_after_days: { $days }`.
config-toc-min-headings = `toc_min_headings` is { $value }. Dat moet een getal van 0 tot 1000 zijn.
config-toc-min-headings-hint = Schrijf hoeveel `##`-koppen een pagina nodig heeft voor een inhoudsopgave, bijvoorbeeld `toc_min_headings: { $count }`. Met 0 krijgen alleen pagina's met `toc: true` er een.
config-plain-language-language = `plain_language` noemt `{ $lang }`, maar dat is geen taal van deze site.
config-plain-language-words = `{ $key }` is { $value }. Dat moet een aantal woorden van 1 tot 10000 zijn.
config-plain-language-words-hint = Schrijf een heel aantal woorden, bijvoorbeeld `{ $key }: { $default }`.
config-plain-language-no-formula = loket heeft geen leesbaarheidsscore voor `{ $lang }`. Je kunt daar dus geen `min_score` instellen.
config-plain-language-no-formula-hint = Haal `min_score` hier weg. Alleen Nederlandse (nl) en Engelse (en) pagina's krijgen een score. Je kunt wel `sentence_words` en `paragraph_words` instellen.
config-plain-language-score = `min_score` is { $value }. Dat moet een score van 0 tot 100 zijn.
config-plain-language-score-hint = Taalniveau B1 begint bij 60. Schrijf een getal, bijvoorbeeld `min_score: 60`.

## Menus
config-menu-url-not-http = Menu `{ $menu }` linkt naar `{ $url }`; dat is geen http- of https-adres.
config-menu-url-space = Menu `{ $menu }` linkt naar `{ $url }`; daarin staat een spatie of een onzichtbaar teken.
config-menu-url-invalid = Menu `{ $menu }` linkt naar `{ $url }`; dat is geen geldig webadres.
config-menu-url-hint = Een link naar een andere website heeft het volledige adres nodig, bijvoorbeeld `url: "https://www.example.org/"`. Een pagina van deze site noem je bij zijn translation_key.
config-menu-url-missing = In menu `{ $menu }` heeft de link geen adres in { $languages }.
config-menu-url-missing-hint = Geef een adres in elke taal: `{ $example }`. Of één adres voor alle talen: `url: "https://..."`.
config-menu-field-language = In menu `{ $menu }` noemt `{ $field }` van de link `{ $lang }`. Dat is geen taal van deze site.
config-menu-lang-invalid = In menu `{ $menu }` is `lang: { $value }` geen taalcode.
config-menu-lang-invalid-hint = Schrijf de taal van de pagina waar de link naartoe gaat als code, zoals `nl`, `en` of `ar`. Laat `lang` weg als het de taal van het menu is.
config-menu-label-missing = In menu `{ $menu }` heeft de link naar `{ $url }` geen label in { $languages }.
config-menu-label-missing-hint = Geef de link een label in elke taal: `{ $example }`.
config-menu-label-language = In menu `{ $menu }` heeft de link naar `{ $url }` een label in `{ $lang }`, maar dat is geen taal van deze site.
config-menu-label-empty = In menu `{ $menu }` heeft de link naar `{ $url }` een leeg label in `{ $lang }`.
config-menu-label-empty-hint = Schrijf de tekst van de link.

## Topics
config-topic-section-slug = `topic_section` is `{ $slug }`; dat kan geen deel van een webadres zijn.
config-slug-hint = Gebruik alleen kleine letters a-z, cijfers en `-`, bijvoorbeeld `{ $example }`.
config-topic-section-language = `topic_section` noemt `{ $lang }`, maar dat is geen taal van deze site.
config-topic-key = De sleutel van onderwerp `{ $key }` kan geen deel van een webadres zijn.
config-topic-label-missing = Het onderwerp `{ $topic }` heeft geen label in `{ $lang }`.
config-topic-label-missing-hint = Voeg `{ $lang }: {"{"} label: "...", slug: ... {"}"}` toe onder `{ $topic }:`.
config-topic-label-empty = Het onderwerp `{ $topic }` heeft een leeg label in `{ $lang }`.
config-topic-label-empty-hint = Schrijf de naam van het onderwerp zoals lezers die zien.
config-topic-slug = De slug `{ $slug }` van onderwerp `{ $topic }` in `{ $lang }` kan geen deel van een webadres zijn.
config-topic-slug-taken = Het onderwerp `{ $topic }` heeft de slug `{ $slug }` in `{ $lang }`, net als het onderwerp `{ $other }`.
config-topic-slug-taken-hint = Elk onderwerp heeft een eigen adres nodig: geef een van beide een andere `slug`.
config-topic-language = Het onderwerp `{ $topic }` heeft een label in `{ $lang }`, maar dat is geen taal van deze site.

## Shared values: data/
data-not-folder = `data` is een bestand, maar het hoort een map te zijn.
data-not-folder-hint = Gedeelde waarden staan in bestanden in de map data/, bijvoorbeeld data/contact.yaml.
data-folder = In de map data/ horen geen mappen.
data-folder-hint = Zet elke groep gedeelde waarden in één bestand direct in data/, bijvoorbeeld data/contact.yaml.
data-not-yaml = Dit bestand eindigt niet op .yaml.
data-rename-yml = Noem het { $name }.yaml.
data-only-yaml = In de map data/ staan alleen .yaml-bestanden, bijvoorbeeld data/contact.yaml.
data-bad-name = `{ $name }` kan geen naam van een bestand met gedeelde waarden zijn.
data-bad-name-hint = Gebruik alleen letters, cijfers en _, en begin met een letter: sjablonen schrijven data.contact.phone.
data-not-a-map = Een bestand met gedeelde waarden is een lijst van regels `naam: waarde`.
data-not-a-map-hint = Schrijf bijvoorbeeld `phone: "088 123 45 67"`.
data-bad-key = `{ $key }` kan geen naam van een gedeelde waarde zijn.
data-bad-key-hint = Gebruik alleen letters, cijfers en _, en begin met een letter.
data-language-key-hint = Een waarde per taal bevat alleen teksten: `phone: {"{"} nl: ..., en: ... {"}"}`.
data-not-text = `{ $key }` is { $kind ->
    [number] een getal
    [bool] true of false
    [list] een lijst
   *[empty] leeg
} en geen tekst.
data-not-text-hint = Zet de waarde tussen dubbele aanhalingstekens, dan verschijnt ze precies zoals je haar schrijft: `phone: "0800 1234"`.
data-unknown-language = `{ $lang }` is geen taal van deze site.
data-unknown-language-hint = Een waarde per taal noemt de talen van de site: { $languages }.
data-language-group = De tekst in `{ $lang }` van `{ $key }` is een groep waarden.
data-language-group-hint = Zet de talen als laatste: `helpdesk: {"{"} phone: {"{"} nl: ..., en: ... {"}"} {"}"}`.
data-language-not-text = De tekst in `{ $lang }` van `{ $key }` is { $kind ->
    [number] een getal
    [bool] true of false
    [list] een lijst
   *[empty] leeg
} en geen tekst.
data-language-not-text-hint = Zet de waarde tussen dubbele aanhalingstekens, dan verschijnt ze precies zoals je haar schrijft.
data-missing-language = `{ $key }` heeft geen tekst in `{ $lang }`.
data-missing-language-hint = Voeg er een regel `{ $lang }: ...` aan toe: elke taal van de site heeft een eigen tekst nodig.
data-lookup-no-text = De gedeelde waarde `{ $key }` heeft geen tekst in `{ $lang }`.
data-lookup-no-text-hint = Voeg er `{ $lang }: ...` aan toe in data/{ $file }.yaml.
data-lookup-group = `{ $key }` is een groep gedeelde waarden, geen losse waarde.
data-lookup-group-hint = Noem een van deze: { $keys }.
data-lookup-unknown = Er is geen gedeelde waarde `{ $key }`.
data-lookup-suggest = Bedoel je `{ $suggestion }`?
data-lookup-none = De site heeft nog geen gedeelde waarden: zet ze in een bestand in data/.
data-lookup-how = Schrijf de naam van het bestand, een punt en de naam van de waarde, bijvoorbeeld `contact.phone` voor `phone:` in data/contact.yaml.
data-link-url = De link `{ $key }` kan niet naar `{ $url }` gaan.
data-link-url-hint = Schrijf een adres dat begint met https:, http:, mailto: of tel:, of een pagina van de site vanaf de taalmap, zoals /nl/contact/.
config-images-number = `images: { $key }` is { $value }. Dat moet een heel getal van { $min } tot { $max } zijn.
config-images-hint = Laat de instelling weg om de standaard van loket te gebruiken. In docs/images.md staat wat elke instelling doet.
config-images-format = loket kan geen afbeeldingen maken in het formaat `{ $format }`.
config-images-format-hint = Schrijf `formats: [webp]`, of `formats: []` voor kleinere versies in het eigen formaat van de afbeelding.
config-images-widths-empty = `images: widths` heeft geen breedtes. loket heeft er minstens één nodig om kleinere afbeeldingen te maken.
