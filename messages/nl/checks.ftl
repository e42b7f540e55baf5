## loket's own messages: checks (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/checks.ftl.

## Niveaus van de controles (`checks:` in site.yaml en `checks: allow` van een pagina)

check-unknown-rule = `{ $name }` is niet de naam van een controle.
check-rule-nearest = Bedoel je `{ $nearest }`? In docs/checks.md staan alle controles.
check-rule-names = In docs/checks.md staan de namen van de controles.
check-always-error = `{ $rule }` is altijd een fout. Je kunt er geen waarschuwing van maken of hem uitzetten.
check-always-error-hint = Los op wat deze controle vindt: anders werkt de site niet of is hij niet veilig.
check-allow-unknown-rule = `{ $name }` in `checks: allow` is niet de naam van een controle.
check-allow-always-error = Je kunt `{ $rule }` niet toestaan op een pagina: het is altijd een fout.
check-allow-always-error-hint = Los op deze pagina op wat deze controle vindt.

## Koppen

check-heading-h1 = Dit is een kop van niveau 1 (`#`). Alleen de titel van de pagina is dat.
check-heading-h1-hint = Begin de koppen in de tekst met `##`, bijvoorbeeld: { $page_lang ->
    [nl] ## Wat neem je mee?
    [en] ## What to bring
   *[other] ## …
}
check-heading-skip = { $previous ->
    [1] Deze kop slaat een niveau over: direct na de titel komt een kop van niveau { $level }.
   *[other] Deze kop slaat een niveau over: na niveau { $previous } komt een kop van niveau { $level }.
}
check-heading-skip-hint = Gebruik hier `{ $hashes }`. Koppen gaan één niveau tegelijk omlaag. Zo kunnen mensen met een schermlezer de pagina volgen.
check-heading-id-footnotes = Deze kop heeft de id `footnotes`. Die id gebruiken de voetnoten van deze pagina al.
check-heading-id-footnotes-hint = Geef deze kop een andere id, bijvoorbeeld `{ "{" }#noten-intro{ "}" }`.
check-heading-id-twice = De kop-id `{ $id }` staat twee keer op deze pagina. Een link komt alleen bij de kop in regel { $line }.
check-heading-id-twice-hint = Geef deze kop een andere id, bijvoorbeeld `{ "{" }#{ $id }-2{ "}" }`. Of haal `{ "{" }#{ $id }{ "}" }` weg: dan maakt loket een id uit de tekst van de kop.
check-heading-class = Een kop kan geen class `.{ $class }` hebben.
check-heading-attribute = Een kop kan geen attribuut `{ $name }` hebben.
check-heading-attribute-hint = Een kop kan alleen een id krijgen, bijvoorbeeld: { $page_lang ->
    [nl] ## Kosten { "{" }#kosten{ "}" }
    [en] ## Costs { "{" }#costs{ "}" }
   *[other] ## … { "{" }#…{ "}" }
}. Het thema bepaalt hoe koppen eruitzien.

## HTML in een pagina

check-html-doctype = Een `<!DOCTYPE>` mag niet in een pagina.
check-html-doctype-hint = Haal het weg. Een pagina is Markdown: het thema zet de HTML eromheen.
check-html-element = `<{ $name }>` mag niet in een pagina.
check-html-element-handler = `<{ $name }>` start een script (`{ $handler }`). Dat mag niet in een pagina.
check-html-element-script-url = In `<{ $name }>` staat een `javascript:`-link. Dat mag niet in een pagina.
check-html-handler = `{ $attribute }` start een script. Dat mag niet in een pagina.
check-html-script-url = In `{ $attribute }` staat een `javascript:`-link. Dat mag niet in een pagina.
check-html-quote = In de waarde van `{ $attribute }` staat een `"`. Dat mag niet in een pagina.
check-html-quote-hint = Gebruik in plaats daarvan de aanhalingstekens “ en ”.
check-html-attribute = `<{ $element }>` kan in een pagina geen attribuut `{ $attribute }` hebben.
check-html-dir = `dir="{ $value }"` is geen schrijfrichting.
check-html-dir-hint = Gebruik `ltr`, `rtl` of `auto`.
check-html-crowded = Deze tag heeft meer dan { $max } attributen.
check-html-crowded-hint = HTML in een pagina mag maar een paar attributen hebben. Schrijf de rest in Markdown.
check-html-hint-script = Een pagina kan geen scripts starten. Vraag een ontwikkelaar om dit aan het thema toe te voegen.
check-html-hint-style = Het thema bepaalt hoe pagina's eruitzien. Vraag een ontwikkelaar om het thema aan te passen.
check-html-hint-embed = Je kunt dit niet in een pagina opnemen. Link er liever naar, bijvoorbeeld: { $page_lang ->
    [nl] [Bekijk de video](https://...)
    [en] [Watch the video](https://...)
   *[other] […](https://…)
}
check-html-hint-link = Schrijf een link in Markdown, bijvoorbeeld: { $page_lang ->
    [nl] [Contact](contact.md)
    [en] [Contact](contact.md)
   *[other] […](….md)
}
check-html-hint-image = Schrijf een afbeelding in Markdown, bijvoorbeeld: { $page_lang ->
    [nl] ![Wat de afbeelding laat zien](afbeelding.png)
    [en] ![What the image shows](image.png)
   *[other] ![…](….png)
}
check-html-hint-heading = Schrijf een kop in Markdown, bijvoorbeeld: { $page_lang ->
    [nl] ## Kop
    [en] ## Heading
   *[other] ## …
}
check-html-hint-emphasis = Schrijf vet of cursief in Markdown: **vet** of *cursief*.
check-html-hint-table = Schrijf een tabel in Markdown: een rij | Kop | Kop |, een regel |---|---|, dan de rijen.
check-html-hint-allowed = Deze HTML mag je gebruiken: { $elements }. Schrijf de rest in Markdown.
check-html-hint-attributes = Deze attributen mag je gebruiken: { $attributes }.

## Links en afbeeldingen

check-link-without-text = Deze link heeft geen tekst. Mensen met een schermlezer weten dan niet waar hij heen gaat.
check-link-text-url = De linktekst “{ $text }” is een webadres. Dat is moeilijk te lezen, en te volgen met een schermlezer.
check-vague-link-text = De linktekst “{ $text }” zegt niet waar de link heen gaat. Schermlezers lezen dan alleen “{ $text }” voor.
check-vague-link-text-hint = Schrijf in de linktekst waar de link heen gaat, bijvoorbeeld: { $page_lang ->
    [nl] [Lees meer over de kosten](kosten.md)
    [en] [Read more about the costs](costs.md)
   *[other] […](….md)
}
check-missing-alt = De afbeelding { $image } heeft geen alternatieve tekst. Mensen met een schermlezer weten dan niet wat erop staat.
check-missing-alt-hint = Beschrijf wat de afbeelding laat zien, bijvoorbeeld: { $page_lang ->
    [nl] ![Kaart met de route naar het aanmeldcentrum]({ $image })
    [en] ![Map of the route to the registration centre]({ $image })
   *[other] ![…]({ $image })
}

## Titels en beschrijvingen

check-title-markup = De { $key ->
    [title] titel
   *[other] beschrijving
} bevat { $what ->
    [tag] een HTML-tag
    [reference] een HTML-tekencode
   *[other] HTML-tags en -tekencodes
}. Lezers zien die tekens precies zoals ze er staan.
check-title-markup-hint = Schrijf gewone tekst. { $what ->
    [tag] Laat tags zoals `<br />` weg: het thema breekt regels zelf af.
    [reference] Typ het teken zelf in plaats van de code: { $named }.
   *[other] Laat tags zoals `<br />` weg: het thema breekt regels zelf af. Typ tekens zelf in plaats van hun code: { $named }.
}
check-duplicate-title = “{ $title }” is ook de titel van { $other }, een pagina in dezelfde map.
check-duplicate-title-hint = Geef elke pagina in een map een eigen titel: lezers kiezen in lijsten en menu's op titel.

## Eenvoudige taal

check-long-sentence = Deze zin heeft { $count } woorden. Lange zinnen zijn moeilijk te lezen.
check-long-sentence-hint = Maak er kortere zinnen van, van hoogstens { $max } woorden. Dat is eenvoudige taal (B1).
check-long-paragraph = Deze alinea heeft { $count } woorden. Lange alinea's zijn moeilijk te lezen.
check-long-paragraph-hint = Verdeel hem in alinea's van hoogstens { $max } woorden, of gebruik een opsomming.
check-readability = Deze pagina is moeilijk te lezen: de score is { $score } ({ $formula }). Eenvoudige taal (B1) vraagt { $min } of meer.
check-readability-hint = Gebruik kortere zinnen en kortere woorden. Nu heeft een zin gemiddeld { $words_per_sentence } woorden, en een woord { $syllables_per_word } lettergrepen.
# Een getal met decimalen: 1,75.
check-decimal = { $whole },{ $fraction }

## Tabellen

check-table-header = Deze tabel heeft geen rij met koppen. Een schermlezer kan dan niet zeggen waar een kolom over gaat.
check-table-header-hint = Zet in de eerste rij een kop boven elke kolom, bijvoorbeeld: { $page_lang ->
    [nl] | Document | Wanneer |
    [en] | Document | When |
   *[other] | … | … |
}

## Interfaceteksten van het thema (locales/)

check-fluent-unknown-key = De template gebruikt de interfacetekst `{ $key }`, maar geen enkele taal heeft die.
check-fluent-unknown-key-hint = Zet `{ $key } = ...` in de bestanden in locales/ van elke taal, of verbeter de naam.
check-fluent-unused-key = Geen enkele template gebruikt de interfacetekst `{ $key }`.
check-fluent-unused-key-hint = Haal hem weg uit de bestanden in locales/ van elke taal, of gebruik hem in een template: { "{{" } t(key="{ $key }") { "}}" }
