# reviewed: no
# loket's built-in theme: every UI string, in Somali (Soomaali), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader directly (Somali has no polite form).

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = Jannaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = May
month-6 = Juun
month-7 = Luuliyo
month-8 = Ogost
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar

## Header, menus and footer

skip-link = U gudub qoraalka
menu-toggle = Liiska
main-nav-label = Liiska ugu weyn
footer-nav-label = Ku saabsan websaydkan
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = Xarunta caawinta:
breadcrumb-label = Halkan ayaad joogtaa
language-switcher-label = Luqadda
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = Boggan kuma jiro af Soomaali. Xiriirku wuxuu kuu geynayaa: { $title }.
# The search form: shown only when the site has a search page.
search-label = Ka raadi websaydkan
search-button = Raadi

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } – { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = Fadlan ogow:
alert-error-label = Cillad:

## Pages

# Above the list of headings on a long page.
toc-label = Boggan
# Above the cards of the pages in a section.
section-children = Qaybtan
# Above the cards on the home page.
home-featured = Mawduucyada
# Above the list of the home's other pages, after the cards.
home-more = Wax kale oo websaydkan ku jira
# On a card: the date of the page.
published = La daabacay { $date }
# A quotation, with the quotation marks of the language.
quoted = “{ $text }”
# The link on a story card. $name: the first name of the person in the story.
story-read = Akhri sheekada { $name }
last-changed = Waxaa la beddelay { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = Mawduucyada
topics-description = Dhammaan mawduucyada websaydkan, iyo bogagga mawduuc kasta.
# Above the cards on the topics overview.
topics-all = Dhammaan mawduucyada
# The description of a topic's page. $topic: the topic's label.
topic-description = Bogag ku saabsan mawduuca { $topic }.
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] { $count } bog oo ku saabsan mawduucan
   *[other] { $count } bog oo ku saabsan mawduucan
}
topic-empty = Weli ma jiraan bogag ku saabsan mawduucan.
# Above the links to a page's topics, after its text.
page-topics = Mawduucyada boggan
# After a menu link to another website, visible.
external-link = websayd kale

## Page not found, language choice, moved pages

not-found-title = Bogga lama helin
not-found-text = Boggan ma jiro, ama mar dambe ma jiro. Waxaa laga yaabaa in ciwaankiisa la beddelay.
not-found-help = Ciwaanka ma adigaa qoray? Markaas hubi inuu sax yahay. Waxaad sidoo kale isticmaali kartaa liiska sare.
not-found-home = Tag bogga hore ee { $site }
choose-language = Tag { $site } oo af Soomaali ah
moved-title = Boggan waa la raray
moved-text = Boggan hadda wuxuu ku yaal ciwaan kale. Haddii aan si toos ah laguugu gudbin, raac xiriirkan:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = Qoraallada hoose
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = Ku noqo qoraalka hoose { $number } ee qoraalka
# The name of the scrollable area around a table, for screen readers.
body-table = Shaxda { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (af Soomaali)

## Components (shortcodes)

notice-info = Waa wanaagsan tahay inaad ogaato
notice-warning = Digniin
notice-important = Muhiim
video-captions = Qoraal-hoosaad
# After a link to a site in a language this site does not have.
link-language-other = (luqad kale)
video-transcript = Akhri qoraalka fiidiyowgan
