## loket's own messages: serve (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/serve.ftl.

## De terminal

serve-listening = Voorbeeldweergave van { $root } op { $url } (stop met Ctrl-C)
serve-port-switched = Poort { $busy } is in gebruik door een ander programma. De voorbeeldweergave gebruikt poort { $port }.
serve-port-busy = Poort { $port } is in gebruik door een ander programma. Er is niets gebouwd. Probeer een andere poort: loket serve --port { $free }
serve-port-busy-no-free = Poort { $port } is in gebruik door een ander programma. Er is niets gebouwd. Stop het andere programma, of kies een andere poort met --port.
serve-cannot-listen = loket kan niet luisteren op { $address }: { $error }. Er is niets gebouwd.
serve-no-free-port = De poorten { $first } tot en met { $last } zijn allemaal in gebruik door andere programma's. Er is niets gebouwd. Kies een poort met --port.
serve-built = Gebouwd in { $ms } ms: { $routes ->
    [one] 1 bestand
   *[other] { $routes } bestanden
} gemaakt, { $written } geschreven.
serve-rebuilt = Opnieuw gebouwd in { $ms } ms: { $routes ->
    [one] 1 bestand
   *[other] { $routes } bestanden
} gemaakt, { $written } geschreven.
serve-failed = { $count ->
    [one] De site heeft 1 fout.
   *[other] De site heeft { $count } fouten.
} De voorbeeldweergave toont nog de laatste goede versie. De browser laat zien wat er mis is.
serve-stopping = De voorbeeldweergave stopt…
serve-stopped = De voorbeeldweergave is gestopt.
serve-cannot-open-site = loket kan de map van de site niet openen, { $folder }: { $error }
serve-cannot-make-folder = loket kan geen tijdelijke map maken voor de voorbeeldweergave: { $error }
serve-cannot-watch = loket kan { $folder } niet volgen op wijzigingen: { $error }
serve-cannot-watch-new = loket kan een nieuwe map niet volgen op wijzigingen: { $error }
serve-cannot-start = loket kan de server van de voorbeeldweergave niet starten: { $error }
serve-cannot-write = De voorbeeldweergave kan niet worden geschreven: { $error }

## Antwoorden aan de browser

serve-http-forbidden = Deze voorbeeldweergave antwoordt alleen aan localhost, 127.0.0.1 en [::1] (of het adres van --bind).
serve-http-bad-path = Dit pad is niet toegestaan.
serve-http-unreadable = loket kan deze pagina niet lezen.
serve-http-not-found = Niet gevonden
serve-status-none = Nog geen overzicht
serve-status-none-why = De site kon niet worden geladen. De terminal laat zien waarom.
serve-status-template-failed = Het sjabloon van de overzichtspagina werkt niet:

## De melding over de pagina: wat een mislukte bouw vond, over de laatste goede versie

serve-overlay-title = { $count ->
    [one] De site heeft 1 fout
   *[other] De site heeft { $count } fouten
}
serve-overlay-intro = Je ziet de laatste goede versie van de site. Herstel de fouten hieronder. De pagina laadt vanzelf opnieuw als ze weg zijn.
serve-overlay-intro-empty = Er is nog niets gebouwd. Herstel de fouten hieronder. Deze pagina laadt vanzelf opnieuw als ze weg zijn.
serve-overlay-page-title = Fouten in de site
serve-overlay-list = Wat er mis is
serve-overlay-error = Fout
serve-overlay-warning = Waarschuwing
serve-overlay-check = controle { $rule }
serve-overlay-where = { $file }, regel { $line }
serve-overlay-where-builtin = { $file } (ingebouwd in loket), regel { $line }
serve-overlay-tab = → staat voor een tab.
serve-overlay-hint = Wat je kunt doen:
serve-overlay-close = Sluit deze melding
