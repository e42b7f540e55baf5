## loket's own messages, shared by every part (see src/messages.rs). Every message here has
## its twin, with the same arguments, in messages/en/common.ftl.

severity-error = fout

lang-unknown = loket spreekt Nederlands (nl) en Engels (en), niet ‘{ $value }’ (uit { $source }).

summary-errors = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}

severity-warning = waarschuwing

summary-warnings = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}

## The example words `loket new` writes into a new page, in the page's language; the
## `placeholder-text` check (src/checks/placeholders.rs) finds them when left untouched.
placeholder-description = Beschrijf in één zin waar deze pagina over gaat.
placeholder-body = Schrijf hier de tekst van de pagina.
placeholder-text-description = De beschrijving is nog de voorbeeldtekst van loket new. Zoekmachines en linkvoorbeelden laten die aan lezers zien.
placeholder-text-description-hint = Vervang die door één zin die zegt waar deze pagina over gaat.
placeholder-text-body = Op de pagina staat nog de voorbeeldtekst van loket new. Lezers zien die op de pagina.
placeholder-text-body-hint = Vervang die zin door de tekst van de pagina.

