# reviewed: yes
# loket's built-in theme: every UI string, in English. Every key here must also be in
# locales/nl/ (the build fails otherwise). A site changes a string by putting its own
# copy of this file, changed, in locales/en/main.ftl next to its content; see docs/theme.md.
# Write in plain English: short sentences, address the reader as "you".

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Header, menus and footer

skip-link = Skip to content
menu-toggle = Menu
main-nav-label = Main menu
footer-nav-label = About this website
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = Helpdesk:
breadcrumb-label = You are here
language-switcher-label = Language
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = This page is not available in English. The link goes to: { $title }.
# The search form: shown only when the site has a search page.
search-label = Search this website
search-button = Search

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } from { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = Please note:
alert-error-label = Disruption:

## Pages

# Above the list of headings on a long page.
toc-label = On this page
# Above the cards of the pages in a section.
section-children = In this section
# Above the cards on the home page.
home-featured = Topics
# Above the list of the home's other pages, after the cards.
home-more = More on this website
# On a card: the date of the page.
published = Published on { $date }
# A quotation, with the quotation marks of the language.
quoted = “{ $text }”
# The link on a story card. $name: the first name of the person in the story.
story-read = Read the story of { $name }
last-changed = Last changed on { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = Topics
topics-description = All topics of this website, with the pages about each topic.
# Above the cards on the topics overview.
topics-all = All topics
# The description of a topic's page. $topic: the topic's label.
topic-description = Pages about the topic { $topic }.
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] One page about this topic
   *[other] { $count } pages about this topic
}
topic-empty = There are no pages about this topic yet.
# Above the links to a page's topics, after its text.
page-topics = Topics of this page
# After a menu link to another website, visible.
external-link = external website

## Page not found, language choice, moved pages

not-found-title = Page not found
not-found-text = This page does not exist (any more). Perhaps its address has changed.
not-found-help = Did you type the address yourself? Then check that it is correct. You can also use the menu above.
not-found-home = Go to the home page of { $site }
choose-language = Go to { $site } in English
moved-title = This page has moved
moved-text = You can now find this page at a different address. If you are not taken there automatically, follow this link:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = Footnotes
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = Back to footnote { $number } in the text
# The name of the scrollable area around a table, for screen readers.
body-table = Table { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (in English)

## Components (shortcodes)

notice-info = Good to know
notice-warning = Warning
notice-important = Important
video-captions = Captions
# After a link to a site in a language this site does not have.
link-language-other = (in another language)
video-transcript = Read the transcript of this video
