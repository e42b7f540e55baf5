# reviewed: yes
# loket's built-in theme: every UI string, in Dutch. Every key here must also be in
# locales/en/ (the build fails otherwise). A site changes a string by putting its own
# copy of this file, changed, in locales/nl/main.ftl next to its content; see docs/theme.md.
# Schrijf in eenvoudig Nederlands (B1): korte zinnen, spreek de lezer aan met "u".

## Dates, used by the engine: "29 november 2026"

date-format = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Header, menus and footer

skip-link = Naar de inhoud
menu-toggle = Menu
main-nav-label = Hoofdmenu
footer-nav-label = Over deze website
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = Helpdesk:
breadcrumb-label = U bent hier
language-switcher-label = Taal
# Shown in Dutch on a page of another language that has no Dutch translation.
# $title: the title of the Dutch page the link goes to instead.
not-translated = Deze pagina is er niet in het Nederlands. U gaat naar: { $title }.
# The search form: shown only when the site has a search page.
search-label = Zoeken op deze website
search-button = Zoeken

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } van { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = Let op:
alert-error-label = Storing:

## Pages

# Above the list of headings on a long page.
toc-label = Op deze pagina
# Above the cards of the pages in a section.
section-children = In dit onderdeel
# Above the cards on the home page.
home-featured = Onderwerpen
# Above the list of the home's other pages, after the cards.
home-more = Meer op deze website
# On a card: the date of the page.
published = Gepubliceerd op { $date }
# A quotation, with the quotation marks of the language.
quoted = “{ $text }”
# The link on a story card. $name: the first name of the person in the story.
story-read = Lees het verhaal van { $name }
last-changed = Laatst gewijzigd op { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = Onderwerpen
topics-description = Alle onderwerpen van deze website, met de pagina's over elk onderwerp.
# Above the cards on the topics overview.
topics-all = Alle onderwerpen
# The description of a topic's page. $topic: the topic's label.
topic-description = Pagina's over het onderwerp { $topic }.
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] Eén pagina over dit onderwerp
   *[other] { $count } pagina's over dit onderwerp
}
topic-empty = Er zijn nog geen pagina's over dit onderwerp.
# Above the links to a page's topics, after its text.
page-topics = Onderwerpen van deze pagina
# After a menu link to another website, visible.
external-link = externe website

## Page not found, language choice, moved pages

not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet (meer). Misschien is het adres veranderd.
not-found-help = Hebt u het adres zelf getypt? Kijk dan of het goed is. U kunt ook het menu hierboven gebruiken.
not-found-home = Naar de homepage van { $site }
choose-language = Naar { $site } in het Nederlands
moved-title = Deze pagina is verhuisd
moved-text = U vindt deze pagina nu op een ander adres. Als u niet vanzelf verder gaat, kies dan deze link:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = Voetnoten
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = Terug naar voetnoot { $number } in de tekst
# The name of the scrollable area around a table, for screen readers.
body-table = Tabel { $number }
# After a link to a page in Dutch on a page in another language, in Dutch.
body-link-language = (in het Nederlands)

## Components (shortcodes)

notice-info = Goed om te weten
notice-warning = Let op
notice-important = Belangrijk
video-captions = Ondertiteling
# After a link to a site in a language this site does not have.
link-language-other = (in een andere taal)
video-transcript = Lees de uitgeschreven tekst van deze video
