## loket's own messages: frontmatter (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/frontmatter.ftl.

## The settings at the top of a page (front matter)
fm-none = Deze pagina begint niet met de instellingen.
fm-none-hint = Zet de instellingen helemaal bovenaan, tussen twee regels `---`: `title: "..."` en `description: "..."`.
fm-unclosed = De instellingen bovenaan de pagina hebben geen slotregel.
fm-unclosed-hint = Zet een regel `---` na de laatste instelling.
fm-empty = `{ $key }` is leeg.
fm-empty-hint = Elke pagina heeft een `{ $key }` nodig. Schrijf die tussen de aanhalingstekens: `{ $key }: "..."`.
fm-bad-date = `{ $key }: { $value }` is geen datum.
fm-bad-date-hint = Schrijf de datum als jaar-maand-dag, bijvoorbeeld `{ $key }: 2026-11-29`.
fm-translation-key-empty = `translation_key` is leeg.
fm-translation-key-empty-hint = Schrijf de sleutel die de vertalingen delen, bijvoorbeeld `translation_key: asiel/gehoor`, of haal de regel weg.
fm-template-name = `{ $name }` is geen naam van een sjabloonbestand.
fm-template-name-hint = Noem een bestand in templates/, bijvoorbeeld `story.html`.
fm-checks-reason = Bij `checks` hoort een `reason`.
fm-checks-reason-hint = Schrijf waarom de regel niet voor deze pagina geldt, bijvoorbeeld `reason: "Alleen voor Nederlandse medewerkers."`
fm-text-language = `text_language: { $value }` is geen taalcode.
fm-text-language-hint = Schrijf de taal van de tekst op deze pagina als code, zoals `en` of `nl`. Laat het weg als de tekst in de taal van de map staat.

fm-group-key = De groep `{ $key }` kan geen id in de pagina zijn.
fm-group-key-hint = Schrijf de sleutel in kleine letters, cijfers en `-`, en begin met een letter, bijvoorbeeld `key: aanmelden`.
fm-group-twice = De groep `{ $key }` staat twee keer in `groups`.
fm-group-twice-hint = Geef elke groep een eigen sleutel, of haal een van de twee weg.
fm-group-label = De groep `{ $key }` heeft een lege `label`.
fm-group-label-hint = Schrijf de kop die lezers boven de groep zien, bijvoorbeeld `label: "Aanmelden"`.
fm-card-empty = Deze kaart heeft geen `{ $key }`.
fm-card-empty-hint = Elke kaart heeft een `title`, een `text` en een `link` nodig. Schrijf het zo: `{ $key }: "..."`.
fm-cards-title = De `title` van `cards` is leeg.
fm-cards-title-hint = Schrijf de kop die lezers boven de kaarten zien, bijvoorbeeld `title: "Veelgestelde vragen"`.
fm-cards-none = Bij `cards` staan geen `items`.
fm-cards-none-hint = Schrijf ten minste één kaart onder `items`, met `title`, `text` en `link`. Of haal `cards` weg.
fm-card-icon = loket heeft geen icoon `{ $icon }`.
fm-card-icon-nearest = Bedoel je `{ $nearest }`? De iconen zijn: { $icons }.
fm-card-icon-list = De iconen zijn: { $icons }. Of toon een afbeelding met `image: {"{"} src: "...", alt: "..." {"}"}`.
fm-card-icon-and-image = Deze kaart heeft een icoon en een afbeelding.
fm-card-icon-and-image-hint = Een kaart toont een van de twee: haal `icon` of `image` weg.

## How settings are written (pages, site.yaml, data/), explained by src/load/yaml.rs
fm-tab = Er staat een tab in regel { $line }. Zet er spaties voor in de plaats.
fm-tab-hint = Schrijf de regel met spaties, zo: `{ $fixed }`
fm-typographic-quote = Het aanhalingsteken { $quote } is een krul, zoals een tekstverwerker het typt. Om een tekst heen moeten rechte aanhalingstekens staan: `"`.
fm-typographic-quote-hint = Gebruik rechte aanhalingstekens, zo: `{ $fixed }`
fm-typographic-quote-hint-plain = Typ de aanhalingstekens opnieuw met de toets `"`, of laat ze weg.
fm-expected-bool = Bij `{ $field }` hoort `true` of `false`, niet ‘{ $value }’.
fm-expected-bool-hint = { $meaning ->
    [yes] Schrijf `{ $key }: true` voor ja.
    [no] Schrijf `{ $key }: false` voor nee.
   *[other] Schrijf `{ $key }: true` (ja) of `{ $key }: false` (nee).
}
fm-expected-number = Bij `{ $field }` hoort een heel getal.
fm-expected-number-hint = Schrijf alleen cijfers, bijvoorbeeld { $example }.
fm-expected-text = Bij `{ $field }` hoort een tekst.
fm-expected-text-hint = Schrijf het zo: { $example }. Zet een tekst tussen dubbele aanhalingstekens als er `:` in staat of als hij begint met `[`, `{"{"}` of een cijfer.
fm-expected-text-hint-plain = Zet de tekst tussen dubbele aanhalingstekens: `"..."`.
fm-unclosed-quote = Deze tekst begint met een aanhalingsteken, maar eindigt er niet mee.
fm-unclosed-quote-hint = Sluit de tekst af met hetzelfde aanhalingsteken, zoals in { $example }.
fm-colon-in-text = In deze tekst staat een dubbele punt met een spatie (`: `). loket leest dat als het begin van een nieuwe instelling.
fm-colon-in-text-hint = Zet de hele tekst tussen dubbele aanhalingstekens: `{ $fixed }`
fm-unreadable = loket kan deze regel niet lezen. Technische details: { $detail }
fm-unreadable-hint = Vergelijk de regel met een regel die werkt: `naam: waarde`, met een tekst tussen dubbele aanhalingstekens.
fm-wrong-value = loket kan de waarde van `{ $field }` niet gebruiken. Technische details: { $detail }
fm-example-hint = Schrijf het zo: { $example }.
fm-unknown-key = loket kent de instelling `{ $key }` niet.
fm-unknown-key-suggest = Bedoel je `{ $suggestion }`? De instellingen zijn: { $allowed }.
fm-unknown-key-hint = De instellingen zijn: { $allowed }.
fm-unknown-key-hint-extra = De instellingen zijn: { $allowed }. Eigen velden zet je onder `extra`.
fm-missing-key = De instelling `{ $key }` ontbreekt.
fm-missing-key-hint = Voeg een regel `{ $key }: ...` toe.
fm-duplicate-key = `{ $key }` staat er twee keer.
fm-duplicate-key-hint = Haal een van de twee regels weg.
fm-too-deep = De waarden zitten hier te diep in elkaar.
fm-too-deep-hint = Zet minder niveaus van `naam:` in elkaar.
fm-menu-entry = Dit menu-item is geen pagina en geen link naar een andere website.
fm-menu-entry-hint = Noem een pagina bij zijn translation_key, bijvoorbeeld `- contact`. Of schrijf een link met een label in elke taal: `- {"{"} url: "https://...", label: {"{"} nl: "...", en: "..." {"}"} {"}"}`.
fm-control-character = In `{ $field }` staat het onzichtbare stuurteken U+{ $code }.
fm-control-character-hint = Haal het weg: zoek naar een code als `\x01` of `\u0085` tussen dubbele aanhalingstekens. Het breekt feeds en sitemaps.
