# reviewed: no
# loket's built-in theme: every UI string, in Russian (Русский), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «вы».

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Header, menus and footer

skip-link = Перейти к основному содержанию
menu-toggle = Меню
main-nav-label = Главное меню
footer-nav-label = Об этом сайте
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = Служба поддержки:
breadcrumb-label = Вы здесь
language-switcher-label = Язык
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = Эта страница недоступна на русском языке. Ссылка ведёт на: { $title }.
# The search form: shown only when the site has a search page.
search-label = Поиск по этому сайту
search-button = Найти

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } — { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = Обратите внимание:
alert-error-label = Сбой:

## Pages

# Above the list of headings on a long page.
toc-label = На этой странице
# Above the cards of the pages in a section.
section-children = В этом разделе
# Above the cards on the home page.
home-featured = Темы
# Above the list of the home's other pages, after the cards.
home-more = Ещё на этом сайте
# On a card: the date of the page.
published = Опубликовано { $date }
# A quotation, with the quotation marks of the language.
quoted = «{ $text }»
# The link on a story card. $name: the first name of the person in the story.
story-read = Прочитайте историю: { $name }
last-changed = Последнее изменение: { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = Темы
topics-description = Все темы этого сайта и страницы по каждой теме.
# Above the cards on the topics overview.
topics-all = Все темы
# The description of a topic's page. $topic: the topic's label.
topic-description = Страницы на тему «{ $topic }».
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] { $count } страница на эту тему
    [few] { $count } страницы на эту тему
    [many] { $count } страниц на эту тему
   *[other] { $count } страницы на эту тему
}
topic-empty = Страниц на эту тему пока нет.
# Above the links to a page's topics, after its text.
page-topics = Темы этой страницы
# After a menu link to another website, visible.
external-link = внешний сайт

## Page not found, language choice, moved pages

not-found-title = Страница не найдена
not-found-text = Этой страницы нет (или больше нет). Возможно, её адрес изменился.
not-found-help = Вы ввели адрес сами? Тогда проверьте, правильный ли он. Вы также можете воспользоваться меню вверху.
not-found-home = Перейти на главную страницу: { $site }
choose-language = Перейти на сайт { $site } на русском языке
moved-title = Эта страница перемещена
moved-text = Теперь эта страница находится по другому адресу. Если вас не перенаправили автоматически, перейдите по этой ссылке:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = Примечания
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = Назад к примечанию { $number } в тексте
# The name of the scrollable area around a table, for screen readers.
body-table = Таблица { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (на русском)

## Components (shortcodes)

notice-info = Полезно знать
notice-warning = Предупреждение
notice-important = Важно
video-captions = Субтитры
# After a link to a site in a language this site does not have.
link-language-other = (на другом языке)
video-transcript = Прочитайте текст этого видео
