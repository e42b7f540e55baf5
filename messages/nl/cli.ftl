## loket's own messages: cli (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/cli.ftl.

## The human report of findings (src/cli/report.rs).
cli-report-hint = Wat je kunt doen
cli-report-builtin = ingebouwd themabestand
cli-report-warnings-hidden = { $count ->
    [one] Er staat hier nog 1 waarschuwing niet. Zie alle waarschuwingen met --warnings full, of als JSON met --format json.
   *[other] Er staan hier nog { $count } waarschuwingen niet. Zie alle waarschuwingen met --warnings full, of als JSON met --format json.
}
cli-report-warnings-hidden-rule = { $rule }: nog { $count } (loket check --rule { $rule })

## The end of `build` and `check`.
cli-built = { $count ->
    [one] 1 pagina gemaakt ({ $languages }) in { $seconds } s, in { $out }.
   *[other] { $count } pagina's gemaakt ({ $languages }) in { $seconds } s, in { $out }.
}
cli-checked = { $count ->
    [one] 1 pagina gecontroleerd ({ $languages }) in { $seconds } s.
   *[other] { $count } pagina's gecontroleerd ({ $languages }) in { $seconds } s.
}
cli-done-with-warnings = { $done } { $warnings }.
cli-build-failed = { $counts }. Er is niets geschreven: { $errors ->
    [one] verbeter de fout
   *[other] verbeter de fouten
} en maak de site daarna opnieuw.
cli-check-failed = { $counts }. { $errors ->
    [one] Verbeter de fout
   *[other] Verbeter de fouten
} en controleer de site daarna opnieuw.
cli-unknown-rule = Er is geen regel die ‘{ $rule }’ heet. Bedoel je ‘{ $nearest }’? In docs/checks.md staan alle regels.

## Progress bars (src/progress.rs): short labels, as `--timings` names the steps.
cli-progress-read = lezen
cli-progress-markdown = tekst
cli-progress-pages = pagina's
cli-progress-render = opmaken
cli-progress-render-write = opmaken+schrijven
cli-progress-search = zoeken

## Errors on the command line (clap's own detail follows in English).
cli-arg-unknown = loket kent deze optie of dit woord niet.
cli-arg-invalid-value = Deze waarde kan hier niet.
cli-arg-missing = Er ontbreekt iets in de opdracht.
cli-arg-unknown-command = Deze opdracht kent loket niet. De opdrachten zijn build, check, serve, status, new en init.
cli-arg-other = De opdracht klopt niet.
cli-arg-help = Kijk wat loket kan met: loket --help

## `loket status`.
cli-status-no-site = loket kan de site niet lezen. Daarom is er geen overzicht. Verbeter eerst de fouten hierboven.
cli-status-template-failed = Het sjabloon van de overzichtspagina werkt niet. Daarom is er geen overzicht.
cli-cannot-write = loket kan { $file } niet schrijven: { $error }

## `loket new` and `loket init`.
cli-nothing-written = Er is niets geschreven.
cli-exists = { $file } bestaat al. { $command } schrijft nooit over een bestand heen.
cli-cannot-create = loket kan { $file } niet maken: { $error }
cli-cannot-write-file = loket kan { $file } niet schrijven: { $error }
cli-new-site-invalid = Verbeter eerst site.yaml: loket voegt alleen pagina's toe aan een site met goede instellingen.
cli-new-created = { $file } gemaakt  →  { $url }
cli-new-next = Vul de titel en de beschrijving in. Bekijk de pagina daarna met `loket serve`.
cli-new-no-language = ‘{ $page }’ begint niet met een taal van de site ({ $languages }). Zet de taal vooraan, bijvoorbeeld: { $example }/nieuwe-pagina
cli-new-no-page = ‘{ $page }’ noemt geen pagina. Zet een naam achter de taal, bijvoorbeeld: { $lang }/nieuwe-pagina
cli-new-bad-slug = ‘{ $part }’ kan geen deel van een webadres zijn. Gebruik kleine letters a-z, cijfers en -.
cli-new-bad-slug-example = ‘{ $part }’ kan geen deel van een webadres zijn. Gebruik kleine letters a-z, cijfers en -, bijvoorbeeld: { $example }
cli-new-same-language = Een vertaling is in een andere taal dan { $lang }. Schrijf --translate-to met een van deze talen: { $languages }
cli-new-folder-mismatch = Een pagina en haar vertaling zijn allebei de pagina van een map (eindigend op /) of allebei een gewone pagina.
cli-new-missing-folder = De map { $folder } bestaat niet.
cli-new-missing-folder-similar = Bedoel je: { $folders }?
cli-new-missing-folder-flag = Wil je een nieuwe map maken? Voeg dan --create-folders toe.

## `loket init`.
cli-init-created = { $file } gemaakt
cli-init-next = Bekijk de site met `loket serve --root { $dir }`. In README.md staat hoe je de site bewerkt.
cli-init-bad-language = ‘{ $code }’ in --languages is geen taalcode. Gebruik kleine letters, gescheiden door komma's, bijvoorbeeld: nl,en
cli-init-language-twice = ‘{ $code }’ staat twee keer in --languages.
cli-init-not-empty = De map { $dir } is niet leeg: er staat { $name } in. loket init maakt een nieuwe site alleen in een lege of nieuwe map. Noem een nieuwe map, bijvoorbeeld: loket init mijn-site
cli-init-not-folder = { $dir } is een bestand, geen map.
cli-init-cannot-read = loket kan de map { $dir } niet lezen: { $error }
