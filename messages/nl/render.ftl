## loket's own messages: render (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/render.ftl.

## Links en afbeeldingen in een pagina (markdown/links.rs)

md-link-no-destination = Deze link leidt nergens heen: tussen de haakjes ( ) staat niets.
md-link-no-destination-hint = Schrijf tussen de haakjes waar de link heen gaat, bijvoorbeeld: { $page_lang ->
    [nl] [Kosten](kosten.md)
    [en] [Costs](costs.md)
   *[other] […](….md)
}
md-link-unsafe = Een link kan niet beginnen met `{ $scheme }:`. Zo'n link kan code starten of verbergen waar hij heen gaat.
md-link-unsafe-hint = Link naar een pagina, naar een bestand, of naar een adres dat begint met https:, http:, mailto: of tel:.
md-link-outside = `{ $dest }` leidt naar buiten de map content.
md-link-outside-hint = Link naar een pagina met een pad binnen content/, en naar een bestand in static/ met /pad.
md-link-page-not-image = `{ $dest }` is een pagina, geen afbeelding.
md-link-page-not-image-hint = Schrijf de bestandsnaam van de afbeelding, bijvoorbeeld: { $page_lang ->
    [nl] ![Kaart met de route](kaart.png)
    [en] ![Map of the route](map.png)
   *[other] ![…](….png)
}
md-link-broken = De link `{ $dest }` leidt nergens heen: content/{ $target } bestaat niet.
md-link-to-draft = Die pagina is een concept (draft). Hij komt alleen mee als je bouwt met --drafts.
md-link-did-you-mean = Bedoel je `{ $link }`?
md-link-add-md = Bedoel je `{ $link }`? Een link naar een pagina noemt het .md-bestand.
md-link-relative-paths = Een pad begint in de map van deze pagina: `../x.md` gaat een map omhoog, en `_index.md` is de pagina van de map zelf.
md-link-to-page-or-file = Link naar een andere pagina met het .md-bestand, of naar een bestand naast deze pagina.
md-link-web-address = `{ $dest }` lijkt een webadres. Zonder https:// ervoor zoekt loket een bestand van de site.
md-link-web-address-hint = Schrijf het hele adres: `{ $url }`
md-link-missing-image = De afbeelding `{ $dest }` bestaat niet: loket zocht naar content/{ $target }.
md-link-missing-image-hint = Zet de afbeelding naast de pagina en schrijf de bestandsnaam, of schrijf /pad voor een bestand in static/.

## Onderdelen (shortcodes) in een pagina

sc-unreadable = loket kan dit onderdeel niet lezen. { $problem }
sc-expected = Hier verwacht loket { $what }, maar het vindt { $found }.
sc-found = `{ $char }`
sc-found-end-of-line = het einde van de regel (een onderdeel staat op één regel)
sc-what-name = de naam van een onderdeel
sc-what-paren = `(` na `{ $name }`
sc-what-argument = de naam van een argument, of `)`
sc-what-equals = `=` na `{ $name }`
sc-what-comma = `,` of `)`
sc-what-close = `{ $close }` om het onderdeel af te sluiten
sc-what-value = een waarde
sc-syntax-hint = Schrijf een onderdeel als { "{{" } naam(key="waarde") { "}}" }, of als { "{" }% naam(key="waarde") %{ "}" } … { "{" }% end %{ "}" } om Markdown heen. Wil je { "{{" } als tekst laten zien? Schrijf dan \{ "{{" } of zet het in `code`.
sc-argument-twice = Het argument `{ $name }` staat er twee keer.
sc-argument-twice-hint = Geef elk argument maar één keer.
sc-text-unclosed = Deze tekst heeft op deze regel geen aanhalingsteken aan het eind.
sc-text-unclosed-hint = Sluit de tekst af met hetzelfde aanhalingsteken als aan het begin, op dezelfde regel.
sc-not-a-value = `{ $word }` is geen waarde.
sc-value-hint = Schrijf tekst tussen aanhalingstekens ("..."), een getal, of true of false.
sc-not-a-number = `{ $text }` is geen getal.
sc-number-hint = Schrijf een getal, zoals 3 of 2.5.
sc-end-misplaced = Deze `{ "{" }% end %{ "}" }` van `{ $name }` staat op een plek waar het blok niet kan eindigen.
sc-end-misplaced-hint = Zet `{ "{" }% end %{ "}" }` op een eigen regel, in hetzelfde lijstitem of citaat als de openingsregel.
sc-end-alone = Deze `{ "{" }% end %{ "}" }` sluit geen blok af.
sc-end-alone-hint = Haal hem weg, of open eerder een blok, bijvoorbeeld: { "{" }% details(summary="...") %{ "}" }
sc-block-own-line = Het blok `{ $name }` moet op een eigen regel beginnen.
sc-block-own-line-hint = Zet de opening, de Markdown erin en `{ "{" }% end %{ "}" }` elk op een eigen regel.
sc-too-deep = Hier zitten meer dan { $max } blokken in elkaar.
sc-too-deep-hint = Sluit de blokken hierboven af met { "{" }% end %{ "}" } voordat je een nieuw blok opent.
sc-never-closed = Het blok `{ $name }` wordt nergens afgesloten.
sc-never-closed-hint = Sluit het af met `{ "{" }% end %{ "}" }` op een eigen regel, na de Markdown erin.
sc-misplaced = Hier kan geen onderdeel staan.
sc-misplaced-hint = Gebruik onderdelen in tekst, in een lijstitem, in een tabelcel of op een eigen regel. Niet in het adres van een link, in een afbeelding of in de { "{" }…{ "}" } van een kop.
sc-unknown = Er is geen onderdeel `{ $name }`.
sc-unknown-nearest = Bedoel je `{ $nearest }`? De onderdelen zijn: { $names }.
sc-unknown-hint = De onderdelen zijn: { $names }. Een site voegt eigen onderdelen toe als templates/shortcodes/{ $name }.html.
sc-inline-not-block = `{ $name }` is een onderdeel in de tekst, geen blok.
sc-inline-not-block-hint = Schrijf het als { "{{" } { $name }(...) { "}}" }, zonder { "{" }% end %{ "}" }.
sc-block-not-inline = `{ $name }` is een blok: het staat om Markdown heen.
sc-block-not-inline-hint = Schrijf { "{" }% { $name }(...) %{ "}" } op een regel, dan de Markdown, dan { "{" }% end %{ "}" }.
sc-template-at = Dit gebeurde toen loket het onderdeel in { $file }:{ $line }:{ $column } invulde.
sc-body-once = De template van `{ $name }` schrijft { "{{" } body { "}}" } niet precies één keer.
sc-body-once-hint = De template van een blok schrijft de Markdown erin met { "{{" } body { "}}" }, precies één keer: templates/{ $template }
sc-language-code = `{ $code }` is geen taalcode.
sc-language-code-hint = Schrijf een taalcode, zoals en, de, fr-BE of pt-BR.
sc-lang-dir = `{ $dir }` is geen schrijfrichting.
sc-lang-dir-hint = Schrijf rtl (van rechts naar links, zoals Arabisch), ltr (van links naar rechts) of auto. Of laat dir weg: loket kent de richting van de taal.
sc-unknown-argument = `{ $name }` heeft geen argument `{ $argument }`.
sc-argument-nearest = Bedoel je `{ $nearest }`? `{ $name }` heeft: { $arguments }.
sc-no-arguments = `{ $name }` heeft geen argumenten.
sc-arguments = `{ $name }` heeft: { $arguments }.
sc-missing-argument = `{ $name }` heeft het argument `{ $argument }` nodig.
sc-missing-argument-hint = Zet { $argument }="..." tussen de haakjes.
sc-details-id = `{ $id }` kan geen id zijn.
sc-details-id-hint = Gebruik kleine letters a-z, cijfers, - en _, en begin met een letter, bijvoorbeeld: id="kosten"
sc-notice-kind = `{ $kind }` is geen soort melding.
sc-notice-kind-nearest = Bedoel je `{ $nearest }`? De soorten zijn info, warning en important.
sc-notice-kinds = De soorten zijn info, warning en important.
sc-figure-alt-and-decorative = Deze figuur heeft alternatieve tekst én is decoratief. Dat kan niet allebei.
sc-figure-alt-and-decorative-hint = Haal decorative=true weg. Of haal alt="..." weg als de afbeelding niets toevoegt aan de tekst.
sc-figure-alt-empty = De alternatieve tekst van deze figuur is leeg. Mensen met een schermlezer weten dan niet wat erop staat.
sc-figure-alt-missing = Deze figuur heeft geen alternatieve tekst. Mensen met een schermlezer weten dan niet wat erop staat.
sc-figure-size = loket kan de afmetingen van `{ $src }` niet lezen.
sc-figure-size-hint = Gebruik een PNG-, JPEG-, GIF-, WebP- of AVIF-bestand, of een SVG met een breedte en hoogte of een viewBox.
sc-figure-not-next-to-page = `{ $src }` is geen afbeelding naast deze pagina.
sc-figure-not-next-to-page-hint = Zet de afbeelding naast de pagina en schrijf de bestandsnaam. Dan kan loket de breedte en hoogte lezen.
sc-video-captions = Ondertiteling moet een WebVTT-bestand (.vtt) of een SubRip-bestand (.srt) zijn, niet `{ $captions }`.
sc-video-captions-hint = Sla de ondertiteling op als WebVTT of SubRip naast de pagina, bijvoorbeeld: captions="video.vtt"
sc-data-key-missing = Bij de gedeelde waarde staat geen `key`.
sc-data-key-hint = Schrijf { "{{" } data(key="contact.helpdesk.telefoon") { "}}" }: de naam van het bestand in data/, dan de sleutels.
sc-data-key-text = De `key` van een gedeelde waarde moet tekst zijn.
sc-data-key-text-hint = Zet de sleutel tussen dubbele aanhalingstekens, bijvoorbeeld: key="contact.helpdesk.telefoon"
sc-declaration = loket kan de eerste regel van deze onderdeel-template niet lezen. { $problem }
sc-declaration-hint = Schrijf hem als { "{" }# shortcode: inline; title: text, count?: number #{ "}" } (zie docs/components.md).
sc-declaration-form = `{ $form }` is geen vorm: schrijf inline, block of both.
sc-declaration-type = `{ $name }` is geen soort argument: gebruik text, number, bool, link, image, file, language of any.
sc-argument-type = `{ $argument }` van `{ $name }` moet { $want ->
    [number] een getal
    [bool] true of false
   *[other] tekst
} zijn, geen { $given ->
    [number] getal
    [bool] true of false
   *[other] tekst
}.
sc-argument-type-hint = Schrijf { $want ->
    [number] een getal, bijvoorbeeld: { $argument }=3
    [bool] true of false, zonder aanhalingstekens, bijvoorbeeld: { $argument }=true
   *[other] tekst tussen aanhalingstekens, bijvoorbeeld: { $argument }="..."
}
sc-figure-alt-hint = Beschrijf wat de afbeelding laat zien, bijvoorbeeld: { $page_lang ->
    [nl] alt="Kaart met de route naar het aanmeldcentrum"
    [en] alt="Map of the route to the registration centre"
   *[other] alt="…"
}. Voegt de afbeelding niets toe aan de tekst? Schrijf dan decorative=true.

## Ondertiteling in SubRip, omgezet naar WebVTT (render/captions.rs)
captions-srt-number = Hier moet een ondertitel beginnen met zijn nummer, niet met “{ $found }”.
captions-srt-number-hint = Elke ondertitel is een nummer, een regel met tijden, dan de tekst, en daarna een lege regel. Staat er een lege regel in de tekst van de ondertitel hiervoor?
captions-srt-no-timing = Ondertitel { $number } heeft geen regel met tijden.
captions-srt-timing = Dit is geen regel met tijden: “{ $found }”.
captions-srt-timing-hint = Schrijf het begin en het eind zo: 00:00:01,000 --> 00:00:04,000 (uren, minuten, seconden, milliseconden).
captions-srt-order = Ondertitel { $number } stopt voordat hij begint.
captions-srt-order-hint = De tweede tijd is het eind: maak die later dan de eerste.
captions-srt-no-text = Ondertitel { $number } heeft geen tekst.
captions-srt-no-text-hint = Schrijf de tekst op de regels na de tijden, of haal de ondertitel weg.
captions-srt-empty = In dit bestand met ondertiteling staan geen ondertitels.
captions-srt-empty-hint = Elke ondertitel is een nummer, een regel met tijden zoals 00:00:01,000 --> 00:00:04,000, dan de tekst.
captions-srt-encoding = Dit bestand met ondertiteling is geen UTF-8-tekst.
captions-srt-encoding-hint = Sla het bestand opnieuw op als UTF-8-tekst.

## Templates van het thema (voor beheerders)

render-template-error = Deze template heeft een fout. Tera meldt: { $detail }
render-template-not-text = loket kan deze template niet als tekst lezen. Sla hem op als UTF-8.
render-template-missing = De template `{ $template }` bestaat niet.
render-template-nearest = Bedoel je `{ $nearest }`? Zet hem anders in templates/, of gebruik een van de templates van deze site: { $names }
render-template-names = Zet hem in templates/, of gebruik een van de templates van deze site: { $names }
render-template-while = Dit gebeurde toen loket { $file } maakte.

## Pagina's maken (render/, site/)

render-ui-string-missing = Deze pagina heeft de interfacetekst `{ $key }` nodig in `{ $lang }`. { $detail }
render-ui-string-missing-hint = Zet `{ $key } = ...` in locales/{ $lang }/main.ftl (de ingebouwde locales van loket geven een voorbeeld).
render-too-deep = Deze pagina heeft HTML of een shortcode. En ze zet onderdelen meer dan { $max } lagen diep in elkaar: citaten, lijsten of HTML-elementen. loket toont zo'n pagina niet.
render-too-deep-hint = Zet minder citaten, lijsten of elementen in elkaar. Een pagina heeft maar een paar lagen nodig.
render-id-twice = De id `{ $id }` staat twee keer op deze pagina.
render-id-twice-hint = Geef elke kop en elk blok op een pagina een eigen id.
site-link-absolute = De link `{ $path }` leidt nergens heen: het is geen pagina of bestand van deze site.
site-fragment-here = De link gaat naar `#{ $fragment }`, maar deze pagina heeft geen kop met die id.
site-fragment = De link gaat naar `#{ $fragment }`, maar { $page } heeft geen kop met die id.
site-fragment-nearest = Bedoel je `#{ $id }`?
site-fragment-no-headings = Die pagina heeft geen koppen om naar te linken.
site-fragment-ids = De ids van de koppen zijn: { $ids }.
site-image-not-served = De afbeelding `{ $src }` is geen bestand van deze site.
site-image-outside = De afbeelding `{ $src }` staat buiten de map content.
site-image-missing = De afbeelding `{ $src }` bestaat niet: loket zocht naar content/{ $target }.
site-link-absolute-md-hint = Link naar een pagina met het pad vanaf deze pagina, bijvoorbeeld { $page_lang ->
    [nl] ../asiel/gehoor.md
    [en] ../asylum/interview.md
   *[other] ../…/….md
}, of met het webadres, bijvoorbeeld { $page_lang ->
    [nl] /nl/asiel/gehoor/
    [en] /en/asylum/interview/
   *[other] /{ $page_lang }/…/
}.
site-link-absolute-hint = Een link die met / begint, is het adres van een pagina, zoals { $page_lang ->
    [nl] /nl/asiel/
    [en] /en/asylum/
   *[other] /{ $page_lang }/…/
}, of van een bestand in static/.

## Uitvoerbestanden en aliassen (site/routes.rs)

site-alias-not-a-path = De alias `{ $alias }` is geen adres van deze site: { $why }.
site-alias-slash = hij moet met één / beginnen
site-alias-empty-part = er zit een leeg deel in (//)
site-alias-space = er staat een spatie of regeleinde in
site-alias-control = er staat een stuurteken in
site-alias-character = er staat het teken `{ $char }` in
site-alias-hint = Schrijf een oud adres vanaf de hoofdmap van de site, met letters, cijfers en -, bijvoorbeeld /nl/oude-pagina/
site-alias-outside = De alias `{ $alias }` leidt naar buiten de site.
site-alias-outside-hint = Haal de delen `..` en `.` uit het pad.
site-output-file-is-folder = Het uitvoerbestand `{ $file }` is ook de map van `{ $path }`, dat { $producer } maakt.
site-output-rename-one = Geef een van de twee bestanden een andere naam.
site-output-loket-file = `{ $path }` is een eigen bestand van loket. Kies een andere naam of een ander adres.
site-output-topic-page = Dit adres hoort bij een onderwerppagina. Verplaats de pagina, of geef de onderwerpen een andere map met `topic_section` (of het onderwerp een andere `slug`) in site.yaml.
site-output-alias-of-page = Een alias is een oud adres dat geen eigen pagina meer heeft.
site-output-alias-twice = Zet de alias op maar één pagina.
site-output-rename-or-remove = Geef een van de twee bestanden een andere naam, of haal er een weg.
site-output-one-source = Elk uitvoerbestand moet uit precies één bron komen.
site-output-case = `{ $path }`, gemaakt door { $producer }, en `{ $other }`, gemaakt door { $other_producer }, verschillen alleen in hoofdletters of in hoe accenten zijn opgeslagen. Op Windows, macOS en veel webservers zijn ze één bestand: het ene zou het andere overschrijven.
site-output-case-alias-hint = Haal de alias `{ $alias }` weg: op die systemen is dat het adres van de pagina zelf.
site-output-case-hint = Geef een van de twee een andere naam, die meer verschilt dan in hoofdletters of accenten.
site-output-twice = `{ $path }` zou gemaakt worden door { $producer } én door { $other_producer }.
site-producer = { $kind ->
    [topic] een onderwerppagina van { $source }
    [page] de pagina { $source }
    [alias] een alias in { $source }
    [file] het bestand { $source }
    [static] het statische bestand { $source }
   *[loket] loket zelf
}

## De site schrijven (publish/)

publish-write-failed = loket kan { $path } niet schrijven. Het systeem meldt: { $detail }
publish-locked = Een ander programma heeft de map { $folder } op slot gezet. Waarschijnlijk bouwt of toont een andere loket deze site. loket heeft er { $seconds } seconden op gewacht. Er is niets geschreven.
publish-locked-hint = Wacht tot de andere loket klaar is, of stop hem. Bouw de site daarna opnieuw.
publish-waiting-for-lock = Een ander programma heeft de map { $folder } op slot gezet, waarschijnlijk een andere loket. loket wacht daarop, hoogstens { $seconds } seconden.
publish-io-error = { $what } Het systeem meldt: { $detail }
publish-io-parent = loket kan de map waarin de uitvoermap komt niet maken.
publish-io-staging = loket kan de map waarin het de uitvoer klaarzet niet maken.
publish-io-write = loket kan dit bestand niet schrijven.
publish-io-move-in = loket kan de nieuwe uitvoer niet op zijn plaats zetten.
publish-io-move-aside = loket kan de oude uitvoer niet opzij zetten.
publish-out-refused = loket bouwt niet in { $folder }: { $why }. Er is niets geschreven.
publish-out-refused-hint = Kies een andere map met --out, zoals public/ in de map van de site.
publish-out-site = het is de map van de site, of die staat erin
publish-out-content = het is content/, of die staat erin, of het staat erin
publish-out-inside = het staat in { $folder }/
publish-out-file = het is een bestand
publish-out-not-empty = loket vervangt { $folder } niet: de map is niet leeg, en loket heeft hem niet gemaakt. Er is niets geschreven.
publish-out-not-empty-hint = Zet de bestanden ergens anders neer, of verwijder de map. loket markeert de uitvoermappen die het maakt met een bestand { $marker }.
publish-search-failed = { $what } De zoekindex is niet gemaakt. Het systeem meldt: { $detail }
publish-search-hint = Bouw met --no-search om de zoekindex over te slaan.
publish-search-start = loket kan niet beginnen met de zoekindex.
publish-search-page = loket kan { $url } niet aan de zoekindex toevoegen.
publish-search-build = loket kan de zoekindex niet afmaken.

site-also-other-pages = { $hint } Dat geldt ook voor { $count ->
    [one] { $count } andere pagina
   *[other] { $count } andere pagina's
}.
site-other-pages = Dat geldt ook voor { $count ->
    [one] { $count } andere pagina
   *[other] { $count } andere pagina's
}.
sc-details-level = `{ $level }` is geen niveau van een kop.
sc-details-level-hint = Schrijf een getal van 2 tot en met 6, zonder aanhalingstekens, bijvoorbeeld: level=3. De titel van de pagina is de enige kop van niveau 1.
sc-button-phrase-lang = `phrase` en `phrase_lang` horen bij elkaar: `{ $missing }` ontbreekt.
sc-button-phrase-lang-hint = Schrijf ze allebei, bijvoorbeeld: phrase="Mijn IND", phrase_lang="nl"

## Afbeeldingen (src/images)
image-malformed = Deze afbeelding kan loket niet lezen: { $detail }.
image-malformed-hint = Open de afbeelding in een fotoprogramma en sla haar opnieuw op als JPEG, PNG of WebP.
image-cut-short = Deze afbeelding is afgebroken: het einde van het bestand ontbreekt.
image-too-many-pixels = Deze afbeelding is { $width } bij { $height } pixels. Dat is meer dan loket leest (hoogstens { $max } pixels).
image-too-many-pixels-hint = Maak de afbeelding kleiner in een fotoprogramma, bijvoorbeeld 2000 pixels breed, en sla haar opnieuw op.
image-too-many-frames = Deze animatie heeft { $frames } beelden. Dat is meer dan loket leest (hoogstens { $max }).
image-too-many-frames-hint = Gebruik liever een korte video met ondertiteling, of een stilstaande afbeelding.
image-not-format = De naam van dit bestand zegt dat het een { $format }-afbeelding is, maar het is een { $found }-afbeelding.
image-not-format-hint = Laat de naam eindigen op .{ $extension } en pas ook de verwijzingen ernaar aan.
image-not-an-image = De naam van dit bestand zegt dat het een { $format }-afbeelding is, maar loket herkent het niet als afbeelding.
image-too-many-animation-pixels = Deze animatie heeft { $frames } beelden met samen { $pixels } pixels. Dat is meer dan loket leest (hoogstens { $max } pixels).
image-cannot-clean = loket kan verborgen gegevens (zoals de plek waar een foto is gemaakt) niet uit een { $format }-bestand halen.
image-cannot-clean-hint = Sla de afbeelding op als JPEG, PNG of WebP en verwijs naar dat bestand.
image-location = In deze foto staat de plek waar hij is gemaakt (een GPS-positie). De site laat die niet zien, maar het originele bestand heeft hem nog wel.
image-location-hint = Haal de positie ook uit het origineel, of zet locatie uit in de camera-instellingen van je telefoon.
