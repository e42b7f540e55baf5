## loket's own messages: load (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/load.ftl.
## Een site lezen: de bestanden en mappen (sitefs.rs), de inhoud (load/content.rs), de
## boom van pagina's (load/tree.rs), onderwerpen, de bestanden en teksten van het thema, en
## de controles van bestanden naast pagina's (checks/unsafe_files.rs) en van vertalingen
## (checks/translations.rs).

## Bestanden die loket niet opent (sitefs.rs)

load-outside-site = Deze snelkoppeling (symbolische link) wijst naar een plek buiten de map van de site. loket leest hem niet.
load-outside-site-hint = Kopieer het bestand of de map naar de site, in plaats van ernaar te verwijzen.
load-special-file = Dit is een { $kind ->
    [fifo] named pipe (FIFO)
    [socket] socket
    [device] apparaat
    [folder] map
    [symlink] symbolische link
   *[other] speciaal bestand
}, geen gewoon bestand. loket leest het niet.
load-special-file-hint = Haal het weg, of zet er een gewoon bestand voor in de plaats.
load-cannot-read = loket kan { $what ->
    [content-folder] de map content
    [language-folder] deze taalmap
    [page] deze pagina
    [folder] deze map
    [file] dit bestand
    [data-file] dit bestand met gedeelde waarden
   *[other] { $what }
} niet lezen. Het systeem meldt: { $error }
load-cannot-read-hint = Kijk of het er is en of je het mag openen.
load-name-windows = Windows staat deze { $what ->
    [folder] mapnaam
   *[other] bestandsnaam
} niet toe, “{ $name }”: { $why }. De site kan dan niet naar een Windows-computer.
load-name-windows-char = er staat het teken { $char } in
load-name-windows-control = er staat een stuurteken in
load-name-windows-end = hij eindigt op een punt of een spatie
load-name-windows-device = “{ $base }” is een naam die Windows vrijhoudt voor een apparaat
load-name-windows-hint = Geef het een naam met alleen kleine letters a-z, cijfers en -: contact.pdf, niet con.pdf.

## De inhoud (load/content.rs)

load-no-content = De site heeft geen map content.
load-no-content-hint = Maak een map content met daarin een map per taal, zoals content/{ $lang }/_index.md.
load-language-no-folder = De taal { $lang } staat in site.yaml, maar de map content/{ $lang } bestaat niet.
load-language-no-folder-hint = Maak content/{ $lang }/_index.md: de startpagina in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
}. Of haal { $lang } weg bij languages in site.yaml.
load-folder-not-language = De map { $folder } hoort niet bij de talen in site.yaml ({ $languages }).
load-folder-not-language-hint = Zet { $name } bij languages in site.yaml, of verplaats wat erin staat naar een taalmap.
load-file-not-in-language = Dit bestand staat niet in een taalmap.
load-file-not-in-language-hint = Verplaats het naar een taalmap: { $folders }.
load-folder-no-index = De map { $folder } heeft geen _index.md, en dus geen eigen pagina.
load-folder-no-index-hint = Maak { $folder }/_index.md met een titel en een beschrijving: elke stap in het kruimelpad heeft een pagina nodig.
load-bad-slug = { $what ->
    [folder] De mapnaam “{ $name }” ({ $folder })
   *[other] De bestandsnaam “{ $name }”
} kan geen deel zijn van een webadres.
load-bad-slug-rename = Geef het de naam { $suggestion }. Gebruik alleen kleine letters a-z, cijfers en -.
load-bad-slug-hint = Gebruik alleen kleine letters a-z, cijfers en -.
load-markdown-extension = { $name } is bedoeld als pagina, maar loket leest alleen bestanden die eindigen op .md als pagina. Nu wordt hij niet gepubliceerd.
load-markdown-extension-hint = Geef het bestand de naam { $suggestion }.
load-not-text = Deze pagina is niet als gewone tekst opgeslagen, dus loket kan hem niet lezen. Technisch: het is geen UTF-8.
load-not-text-hint = Open de pagina in je teksteditor en sla hem op als UTF-8-tekst. Zet een afbeelding in een apart bestand naast de pagina.

## De boom van pagina's (load/tree.rs)

load-root-language-folder = Deze pagina krijgt het webadres { $url }, maar dat hoort bij de pagina's van de taal `{ $lang }` ({ $other }).
load-root-language-folder-hint = De pagina's van `{ $root }` staan in de hoofdmap van de site. De adressen die beginnen met `/{ $lang }/` zijn voor de pagina's van `{ $lang }`. Geef `{ $name }` een andere naam.
load-duplicate-url = Deze pagina krijgt hetzelfde webadres ({ $url }) als { $other }.
load-duplicate-url-hint = Houd een van de twee. Een map met een _index.md en een bestand met dezelfde naam krijgen hetzelfde adres.
load-duplicate-translation-key = Nog een pagina in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
} heeft dezelfde translation_key “{ $key }”: { $other }.
load-duplicate-translation-key-hint = Geef elke pagina binnen één taal een eigen translation_key. Alleen de vertaling in een andere taal deelt hem.
load-menu-no-page = Het menu { $menu } noemt “{ $key }”, maar geen pagina in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
} heeft die translation_key.
load-menu-did-you-mean = Bedoel je { $candidate }? Dat is de translation_key van { $file }. Een menu noemt pagina's bij hun translation_key.
load-menu-folder = Bedoel je { $candidate }? { $file } heeft geen translation_key, dus een menu kent die pagina bij haar pad. Of geef die pagina in elke taal `translation_key: { $key }`.
load-menu-fallback = Het menu { $menu } noemt “{ $key }”, maar er is geen pagina met die translation_key in { $languages }. Daar gaat het menu naar de dichtstbijzijnde vertaalde pagina.
load-menu-fallback-hint = Vertaal de pagina, met translation_key: { $key }. Of laat het zo: lezers in die talen gaan naar de dichtstbijzijnde pagina in hun taal.
load-menu-hint = Kijk de spelling na. Of maak de pagina in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
}, met translation_key: { $key }.

## Onderwerpen (load/topics.rs)

load-topic-unknown = Het onderwerp “{ $topic }” hoort niet bij de onderwerpen in site.yaml.
load-topic-did-you-mean = Bedoel je { $suggestion }? De onderwerpen in site.yaml zijn: { $topics }.
load-topic-list = De onderwerpen in site.yaml zijn: { $topics }. Zet daar een nieuw onderwerp bij, onder topics.
load-topic-none = site.yaml heeft nog geen onderwerpen. Zet dit onderwerp onder topics, met een label per taal.
load-topic-twice = Het onderwerp “{ $topic }” staat twee keer op deze pagina.
load-topic-twice-hint = Haal er een van de twee weg.
load-topic-string-hint = De onderwerppagina's hebben “{ $key }” nodig in locales/{ $lang }/.

## Groepen in een overzicht (load/groups.rs)

load-group-unknown = De groep “{ $group }” hoort niet bij de groepen van de rubriek van deze pagina.
load-group-did-you-mean = Bedoel je { $suggestion }? De groepen van de rubriek zijn: { $groups }.
load-group-list = De groepen van de rubriek zijn: { $groups }. Zet een nieuwe groep bij `groups` in de _index.md van de rubriek.
load-group-no-groups = Deze pagina noemt de groep “{ $group }”, maar de rubriek heeft geen groepen.
load-group-no-groups-hint = Zet `groups` met deze groep in { $section }, of haal `group` weg van deze pagina.
load-group-missing = Deze pagina heeft geen `group`, maar de rubriek toont zijn pagina's in groepen.
load-group-missing-hint = Voeg een regel toe zoals `group: { $first }`. De groepen zijn: { $groups }. Een pagina met `listed: false` heeft geen groep nodig.

## De bestanden en teksten van het thema (load/theme.rs, load/locales.rs)

load-theme-not-folder = { $name } is een bestand, maar loket verwacht hier een map met die naam.
load-theme-not-folder-hint = Geef het bestand een andere naam of haal het weg, en maak een map { $name }.
load-ui-not-text = loket kan dit bestand niet lezen: het is niet opgeslagen als UTF-8-tekst.
load-ui-not-text-hint = Open het in je teksteditor en sla het op als UTF-8-tekst.
load-ui-syntax = In dit tekstbestand staat een fout in de Fluent-schrijfwijze. Technisch: { $error }
load-ui-syntax-hint = Op https://projectfluent.org/fluent/guide/ staat hoe je het schrijft.
load-ui-twice = De tekst “{ $id }” staat twee keer in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
}.
load-ui-twice-hint = De andere staat in { $other }. Houd er een van de twee.
load-ui-one-language = De tekst “{ $key }” staat in { $defined_in ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $defined_in }
}, maar niet in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
}.
load-ui-one-language-hint = Zet { $key } = ... in een bestand in locales/{ $lang }/.
load-ui-no-strings = loket heeft geen teksten voor de website (menu's, de pagina 404, "Op deze pagina") in de taal { $lang }. Deze site heeft ze ook niet.
load-ui-no-strings-hint = Maak een map locales/{ $lang }/ en zet daar een kopie in van de bestanden in locales/en/ van loket. Vertaal dan elke tekst. loket heeft teksten voor: { $builtin }.
load-ui-no-language = Er zijn geen teksten in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
}.
load-ui-undefined = De tekst “{ $key }” staat niet in locales/{ $lang }/.
load-ui-no-value = De tekst “{ $key }” heeft geen inhoud in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
}.
load-ui-format = De tekst “{ $key }” in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
} kan niet worden ingevuld. Technisch: { $error }

## Bestanden naast pagina's (checks/unsafe_files.rs)

-allowed = afbeeldingen (PNG, JPEG, GIF, WebP, AVIF, SVG, ICO) en ZIP. Documenten: PDF, TXT, CSV, ODT, ODS, ODP, DOCX, XLSX, PPTX, EPUB. Geluid en video: MP3, M4A, OGG, MP4, WebM, met ondertitels in VTT of SRT
unsafe-no-extension = “{ $name }” heeft geen extensie. Een browser kan het voor een webpagina houden, dus loket publiceert het niet.
unsafe-no-extension-hint = Geef het de extensie van zijn soort, of haal het weg. Naast pagina's kunnen: { -allowed }.
unsafe-web-page = “{ $name }” is een webpagina. loket zou hem publiceren zoals hij is, met eventuele scripts, en doet dat dus niet.
unsafe-web-page-hint = Schrijf hem als pagina (een .md-bestand), of link naar de pagina op de andere site in plaats van hem te kopiëren.
unsafe-theme-file = “{ $name }” is een script- of opmaakbestand. Die horen niet naast pagina's.
unsafe-theme-file-hint = Bestanden van het thema horen in static/, waar ze samen met de templates worden nagekeken. In content/ staan alleen afbeeldingen, documenten en media.
unsafe-other-type = loket publiceert geen .{ $extension }-bestanden naast pagina's: alleen soorten die een browser laat zien en nooit uitvoert.
unsafe-other-type-hint = Sla het op als een soort die wel mag, of link ernaar op een andere plek. Naast pagina's kunnen: { -allowed }.
unsafe-svg-not-text = Deze SVG-afbeelding is niet opgeslagen als UTF-8-tekst, dus loket kan hem niet controleren.
unsafe-svg-not-text-hint = Sla hem op als gewone SVG (plain SVG) in je tekenprogramma, of exporteer hem als PNG.
unsafe-svg-too-large = Deze SVG-afbeelding is groter dan { $mib } MiB, dus loket controleert hem niet.
unsafe-svg-too-large-hint = Exporteer hem als PNG of WebP, of maak de tekening eenvoudiger.
unsafe-svg-cannot-read = loket kan deze SVG-afbeelding niet lezen om hem te controleren. Het systeem meldt: { $error }
unsafe-svg-doctype-twice = Deze SVG-afbeelding heeft meer dan één regel <!DOCTYPE.
unsafe-svg-entities = Deze SVG-afbeelding legt entiteiten vast (een regel <!DOCTYPE met [...]). Daarin kan een script zitten, of ze maken het bestand enorm groot.
unsafe-svg-entities-hint = Haal het stuk [...] uit de regel <!DOCTYPE weg, of sla het bestand opnieuw op als gewone SVG (plain SVG).
unsafe-svg-not-xml = Deze SVG-afbeelding is beschadigd: loket kan hem niet als XML lezen. Technisch: { $error }
unsafe-svg-not-xml-hint = Open hem in een tekenprogramma en sla hem opnieuw op als gewone SVG (plain SVG), of exporteer hem als PNG.
unsafe-svg-stylesheet = Deze SVG-afbeelding laadt een opmaakbestand (<?xml-stylesheet?>). Dat kan er een pagina met script van maken.
unsafe-svg-element = Deze SVG-afbeelding bevat een element <{ $element }>, dat script kan uitvoeren.
unsafe-svg-html = Deze SVG-afbeelding bevat een element <{ $element }> van { $namespace }: een webpagina in de afbeelding.
unsafe-svg-animates = Deze SVG-afbeelding verandert met een animatie het attribuut { $attribute }. Zo kan een link script worden.
unsafe-svg-handler = Deze SVG-afbeelding heeft een event handler, { $attribute }, die script uitvoert.
unsafe-svg-url = Het attribuut { $attribute } van deze SVG-afbeelding is een adres dat script kan uitvoeren of een pagina kan verbergen. Alleen links met http, https, mailto, tel, relatieve links en #fragment mogen.
unsafe-svg-url-hint = Link naar een pagina met https://, of naar een bestand naast de afbeelding.
unsafe-svg-more = { $count ->
    [one] En nog 1 zo'n melding in deze SVG-afbeelding.
   *[other] En nog { $count } zulke meldingen in deze SVG-afbeelding.
}
unsafe-svg-script-hint = Haal het weg (in Inkscape: Opslaan als, dan Gewone SVG of Geoptimaliseerde SVG), of exporteer de afbeelding als PNG.

## Vertalingen (checks/translations.rs)

translation-missing = Deze pagina heeft nog geen vertaling in { $to ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $to }
}. Lezers van { $to ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $to }
} vinden hem niet.
translation-missing-hint = Zet de vertaling in content/{ $to }/{ $path }.md, of ergens anders in content/{ $to }/ met translation_key: { $key }. Is deze pagina alleen voor lezers in { $from ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $from }
}? Zet dan bij de instellingen: checks: { "{" } allow: [missing-translation], reason: "..." { "}" }
translation-stale = Deze vertaling is voor het laatst gewijzigd op { $changed }, { $days ->
    [one] 1 dag
   *[other] { $days } dagen
} vóór de versie in { $lang ->
    [nl] het Nederlands
    [en] het Engels
   *[other] de taal { $lang }
} ({ $newer }). Misschien is hij verouderd.
translation-stale-hint = Vergelijk hem met { $other } en werk hem bij. Zet daarna updated: op de datum van vandaag.
