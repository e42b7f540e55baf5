# reviewed: no
# loket's built-in theme: every UI string, in Ukrainian (Українська), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «ви».

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Header, menus and footer

skip-link = Перейти до основного вмісту
menu-toggle = Меню
main-nav-label = Головне меню
footer-nav-label = Про цей вебсайт
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = Служба підтримки:
breadcrumb-label = Ви тут
language-switcher-label = Мова
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = Ця сторінка недоступна українською мовою. Посилання веде на: { $title }.
# The search form: shown only when the site has a search page.
search-label = Пошук на цьому вебсайті
search-button = Шукати

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } — { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = Зверніть увагу:
alert-error-label = Збій:

## Pages

# Above the list of headings on a long page.
toc-label = На цій сторінці
# Above the cards of the pages in a section.
section-children = У цьому розділі
# Above the cards on the home page.
home-featured = Теми
# Above the list of the home's other pages, after the cards.
home-more = Більше на цьому вебсайті
# On a card: the date of the page.
published = Опубліковано { $date }
# A quotation, with the quotation marks of the language.
quoted = «{ $text }»
# The link on a story card. $name: the first name of the person in the story.
story-read = Прочитайте історію: { $name }
last-changed = Останні зміни: { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = Теми
topics-description = Усі теми цього вебсайту зі сторінками до кожної теми.
# Above the cards on the topics overview.
topics-all = Усі теми
# The description of a topic's page. $topic: the topic's label.
topic-description = Сторінки на тему «{ $topic }».
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] { $count } сторінка на цю тему
    [few] { $count } сторінки на цю тему
    [many] { $count } сторінок на цю тему
   *[other] { $count } сторінки на цю тему
}
topic-empty = На цю тему ще немає сторінок.
# Above the links to a page's topics, after its text.
page-topics = Теми цієї сторінки
# After a menu link to another website, visible.
external-link = зовнішній вебсайт

## Page not found, language choice, moved pages

not-found-title = Сторінку не знайдено
not-found-text = Цієї сторінки не існує (або вже не існує). Можливо, її адреса змінилася.
not-found-help = Ви ввели адресу самостійно? Тоді перевірте, чи вона правильна. Ви також можете скористатися меню вгорі.
not-found-home = Перейти на головну сторінку: { $site }
choose-language = Перейти на сайт { $site } українською мовою
moved-title = Цю сторінку перенесено
moved-text = Тепер ця сторінка має іншу адресу. Якщо вас не переспрямовано автоматично, перейдіть за цим посиланням:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = Примітки
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = Назад до примітки { $number } у тексті
# The name of the scrollable area around a table, for screen readers.
body-table = Таблиця { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (українською)

## Components (shortcodes)

notice-info = Корисно знати
notice-warning = Попередження
notice-important = Важливо
video-captions = Субтитри
# After a link to a site in a language this site does not have.
link-language-other = (іншою мовою)
video-transcript = Прочитайте текст цього відео
