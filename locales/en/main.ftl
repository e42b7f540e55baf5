# Dates: "29 November 2026"
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

skip-link = Skip to content
menu-toggle = Menu
main-nav-label = Main menu
footer-nav-label = About this website
breadcrumb-label = You are here
language-switcher-label = Language
# Shown in English on a page of another language that has no English translation.
not-translated = This page is not available in English. The link goes to: { $title }.
last-changed = Last changed on { $date }
not-found-title = Page not found
not-found-text = This page does not exist (any more). Perhaps its address has changed.
not-found-home = Go to the home page of { $site }
choose-language = Go to { $site } in English
moved-text = This page has moved. You can now find it here:
