# reviewed: no
# loket's built-in theme: every UI string, in French (Français), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with «vous».

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Header, menus and footer

skip-link = Aller au contenu
menu-toggle = Menu
main-nav-label = Menu principal
footer-nav-label = À propos de ce site
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = Service d’aide :
breadcrumb-label = Vous êtes ici
language-switcher-label = Langue
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = Cette page n’existe pas en français. Le lien mène à : { $title }.
# The search form: shown only when the site has a search page.
search-label = Rechercher sur ce site
search-button = Rechercher

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } – { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = Attention :
alert-error-label = Panne :

## Pages

# Above the list of headings on a long page.
toc-label = Sur cette page
# Above the cards of the pages in a section.
section-children = Dans cette rubrique
# Above the cards on the home page.
home-featured = Thèmes
# Above the list of the home's other pages, after the cards.
home-more = Plus sur ce site
# On a card: the date of the page.
published = Publié le { $date }
# A quotation, with the quotation marks of the language.
quoted = « { $text } »
# The link on a story card. $name: the first name of the person in the story.
story-read = Lire l’histoire de { $name }
last-changed = Dernière modification le { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = Thèmes
topics-description = Tous les thèmes de ce site, avec les pages de chaque thème.
# Above the cards on the topics overview.
topics-all = Tous les thèmes
# The description of a topic's page. $topic: the topic's label.
topic-description = Pages sur le thème { $topic }.
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] { $count } page sur ce thème
    [many] { $count } de pages sur ce thème
   *[other] { $count } pages sur ce thème
}
topic-empty = Il n’y a pas encore de pages sur ce thème.
# Above the links to a page's topics, after its text.
page-topics = Thèmes de cette page
# After a menu link to another website, visible.
external-link = site externe

## Page not found, language choice, moved pages

not-found-title = Page introuvable
not-found-text = Cette page n’existe pas (ou plus). Son adresse a peut-être changé.
not-found-help = Avez-vous tapé l’adresse vous-même ? Vérifiez alors qu’elle est correcte. Vous pouvez aussi utiliser le menu ci-dessus.
not-found-home = Aller à la page d’accueil de { $site }
choose-language = Aller sur { $site } en français
moved-title = Cette page a été déplacée
moved-text = Cette page se trouve maintenant à une autre adresse. Si vous n’y êtes pas redirigé automatiquement, suivez ce lien :

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = Notes
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = Retour à la note { $number } dans le texte
# The name of the scrollable area around a table, for screen readers.
body-table = Tableau { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (en français)

## Components (shortcodes)

notice-info = Bon à savoir
notice-warning = Avertissement
notice-important = Important
video-captions = Sous-titres
# After a link to a site in a language this site does not have.
link-language-other = (dans une autre langue)
video-transcript = Lire la transcription de cette vidéo
