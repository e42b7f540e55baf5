## loket's own messages: status (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/status.ftl.

## Gedeeld door het overzicht in de terminal en de pagina

status-title = Stand van de site op { $today }
status-all = alle
status-home = (start)
status-no-date = geen datum
status-translations-summary = { $missing } ontbreken, { $stale } verouderd
status-review-summary = { $due } na te kijken (ouder dan { $days } dagen), { $undated } zonder datum
status-findings-summary = { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}
status-interface-summary = niet nagekeken door iemand met die moedertaal: { $langs }
status-interface-note = De teksten van loket voor menu's en knoppen in deze talen zijn niet nagekeken door iemand met die moedertaal. Laat ze nakijken voordat je publiceert, of gebruik je eigen bestanden in locales/. Voor de teksten in je eigen bestanden ben je zelf verantwoordelijk.
status-untranslated-heading = Pagina's zonder vertaling ({ $count })
status-chart-translations = Vertaalde en onvertaalde pagina's per taal
status-chart-translated = { $lang } vertaald
status-chart-missing = { $lang } ontbreekt
status-chart-scores = Gemeten pagina's in { $lang } per groep van leesbaarheidsscores
status-chart-band = score { $band }

## Het overzicht in de terminal

status-label-pages = pagina's
status-label-translations = vertalingen
status-label-review = nakijken
status-label-plain = B1 { $lang }
status-label-interface = interface
status-label-findings = meldingen
status-plain-summary = { $at_b1 } van { $scored } gemeten pagina's op B1 ({ $share }), { $long ->
    [one] 1 lange zin
   *[other] { $long } lange zinnen
}
status-plain-no-measure = geen maat voor deze taal (alleen voor nl, en)
status-no-measure = geen maat
status-translations-heading = Vertalingen (verouderd: meer dan { $days } dagen ouder dan de andere taal)
status-col-lang = taal
status-col-section = onderdeel
status-col-pages = pagina's
status-col-translated = vertaald
status-col-missing = ontbreekt
status-col-stale = verouderd
status-col-one-language = 1 taal
status-col-scored = gemeten
status-col-at-b1 = op B1
status-col-median = mediaan
status-col-long = lang
status-col-rule = controle
status-col-errors = fouten
status-col-warnings = waarschuwingen
status-col-files = bestanden
status-col-most-in = meeste in
status-missing-in = niet in { $langs }
status-more = … en nog { $count } (`--format json` toont ze allemaal)
status-stale-heading = Verouderde vertalingen ({ $count }), meest achter eerst
status-days = { $days ->
    [one] dag
   *[other] dagen
}
status-review-heading = Na te kijken (updated of date meer dan { $days } dagen geleden): { $due }, zonder datum: { $undated }
status-undated = zonder datum:
status-plain-heading = Begrijpelijke taal (B1: score { $score } of hoger; lang: meer dan { $words } woorden)
status-scores = scores
status-most-long = Meeste lange zinnen
status-long-of = van
status-score = score
status-findings-heading = Meldingen per controle (toon ze: loket check --rule NAAM)
status-none = geen

## De pagina (templates/loket/status.html)

status-html-skip = Naar het overzicht
status-html-heading = Stand van de site
status-html-intro = Op { $today }: { $total ->
    [one] 1 pagina
   *[other] { $total } pagina's
}.
status-html-parts = Delen van dit overzicht
status-html-totals = Totalen
status-html-interface = Teksten van de website
status-html-translations = Vertalingen
status-html-review = Na te kijken
status-html-plain = Begrijpelijke taal
status-html-findings = Meldingen
status-html-pages = Pagina's
status-html-untranslated = Zonder vertaling
status-html-stale = Verouderde vertalingen
status-html-coverage-caption = Vertalingen per taal en onderdeel (verouderd: meer dan { $days } dagen ouder dan de nieuwste vertaling)
status-html-col-lang-section = Taal en onderdeel
status-html-col-pages = Pagina's
status-html-col-translated = Vertaald
status-html-col-missing = Ontbreekt
status-html-col-stale = Verouderd
status-html-col-one-language = Maar één taal
status-html-untranslated-caption = Pagina's zonder vertaling
status-html-col-page = Pagina
status-html-col-missing-in = Ontbreekt in
status-html-col-last-changed = Laatst gewijzigd
status-html-stale-heading = Verouderde vertalingen ({ $count })
status-html-stale-caption = Vertalingen die lang vóór de andere taal zijn gewijzigd, meest achter eerst
status-html-col-changed = Gewijzigd
status-html-col-counterpart = Andere taal
status-html-col-counterpart-changed = Andere taal gewijzigd
status-html-col-days-behind = Dagen achter
status-html-review-intro = { $due ->
    [one] 1 pagina is
   *[other] { $due } pagina's zijn
} meer dan { $days } dagen geleden voor het laatst gewijzigd. { $undated ->
    [one] 1 pagina heeft
   *[other] { $undated } pagina's hebben
} geen datum.
status-html-review-caption = Pagina's om na te kijken, oudste eerst
status-html-col-days-ago = Dagen geleden
status-html-undated-heading = Pagina's zonder datum
status-html-plain-intro = Een pagina is op B1 bij een leesbaarheidsscore van { $score } of hoger. Nederlandse pagina's krijgen een Flesch-Douma-score, Engelse een Flesch reading ease-score. Pagina's met minder dan 100 woorden krijgen geen score. Een lange zin heeft meer dan { $words } woorden.
status-html-scores-caption = Leesbaarheidsscores van de pagina's in { $lang }
status-html-col-score = Score
status-html-plain-caption = Begrijpelijke taal per taal en onderdeel
status-html-col-scored = Gemeten
status-html-col-at-b1 = Op B1
status-html-col-share = Deel op B1
status-html-col-median = Mediaan
status-html-col-long = Lange zinnen
status-html-long-caption = Pagina's met de meeste lange zinnen
status-html-col-sentences = Zinnen
status-html-findings-intro = { $summary }. Dit commando toont de meldingen van één controle:
status-html-findings-caption = Meldingen per controle
status-html-col-rule = Controle
status-html-col-errors = Fouten
status-html-col-warnings = Waarschuwingen
status-html-col-files = Bestanden
status-html-col-most-in = Meeste in
status-html-more = En nog { $count }. Dit commando toont ze allemaal:
