# reviewed: no
# loket's built-in theme: every UI string, in Tigrinya (ትግርኛ), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite plural forms.

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

## Header, menus and footer

skip-link = ናብ ትሕዝቶ ኺዱ
menu-toggle = ሜኑ
main-nav-label = ቀንዲ ሜኑ
footer-nav-label = ብዛዕባ እዚ መርበብ ሓበሬታ
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = ማእከል ሓገዝ:
breadcrumb-label = ኣብዚ ኣለኹም
language-switcher-label = ቋንቋ
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = እዚ ገጽ ብትግርኛ የለን። እቲ መላግቦ ናብዚ ይወስደኩም: { $title }።
# The search form: shown only when the site has a search page.
search-label = ኣብዚ መርበብ ሓበሬታ ድለዩ
search-button = ድለዩ

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } ካብ { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = ኣስተውዕሉ:
alert-error-label = ጸገም:

## Pages

# Above the list of headings on a long page.
toc-label = ኣብዚ ገጽ
# Above the cards of the pages in a section.
section-children = ኣብዚ ክፍሊ
# Above the cards on the home page.
home-featured = ኣርእስትታት
# Above the list of the home's other pages, after the cards.
home-more = ተወሳኺ ኣብዚ መርበብ ሓበሬታ
# On a card: the date of the page.
published = ዝተሓትመሉ ዕለት: { $date }
# A quotation, with the quotation marks of the language.
quoted = «{ $text }»
# The link on a story card. $name: the first name of the person in the story.
story-read = ዛንታ { $name } ኣንብቡ
last-changed = ዝተቐየረሉ ዕለት: { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = ኣርእስትታት
topics-description = ኩሎም ኣርእስትታት ናይዚ መርበብ ሓበሬታ፣ ምስ ገጻት ናይ ነፍሲ ወከፍ ኣርእስቲ።
# Above the cards on the topics overview.
topics-all = ኩሎም ኣርእስትታት
# The description of a topic's page. $topic: the topic's label.
topic-description = ገጻት ብዛዕባ ኣርእስቲ { $topic }።
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] { $count } ገጽ ብዛዕባ እዚ ኣርእስቲ
   *[other] { $count } ገጻት ብዛዕባ እዚ ኣርእስቲ
}
topic-empty = ክሳብ ሕጂ ብዛዕባ እዚ ኣርእስቲ ዝኾነ ገጽ የለን።
# Above the links to a page's topics, after its text.
page-topics = ኣርእስትታት ናይዚ ገጽ
# After a menu link to another website, visible.
external-link = ካልእ መርበብ ሓበሬታ

## Page not found, language choice, moved pages

not-found-title = እቲ ገጽ ኣይተረኽበን
not-found-text = እዚ ገጽ የለን፣ ወይ ድማ ድሕሪ ሕጂ የለን። ምናልባት ኣድራሻኡ ተቐይሩ ይኸውን።
not-found-help = ነቲ ኣድራሻ ባዕልኹም ዲኹም ጸሒፍኩምዎ? ሽዑ ቅኑዕ ምዃኑ ኣረጋግጹ። ነቲ ኣብ ላዕሊ ዘሎ ሜኑ እውን ክትጥቀሙ ትኽእሉ ኢኹም።
not-found-home = ናብ ቀንዲ ገጽ ናይ { $site } ኺዱ
choose-language = ናብ { $site } ብትግርኛ ኺዱ
moved-title = እዚ ገጽ ተቐይሩ ኣሎ
moved-text = ሕጂ ነዚ ገጽ ኣብ ካልእ ኣድራሻ ክትረኽብዎ ትኽእሉ ኢኹም። ብቐጥታ እንተዘይተወሲድኩም፣ ነዚ መላግቦ ተኸተሉ:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = መግለጺታት ግርጌ
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = ናብ መግለጺ ግርጌ { $number } ኣብቲ ጽሑፍ ተመለሱ
# The name of the scrollable area around a table, for screen readers.
body-table = ሰንጠረዥ { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (ብትግርኛ)

## Components (shortcodes)

notice-info = ክትፈልጥዎ ዘለኩም
notice-warning = መጠንቀቕታ
notice-important = ኣገዳሲ
video-captions = ጽሑፍ ትርጉም
# After a link to a site in a language this site does not have.
link-language-other = (ብካልእ ቋንቋ)
video-transcript = ጽሑፍ ናይዚ ቪድዮ ኣንብቡ
