# Dates: "29 november 2026"
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

skip-link = Naar de inhoud
menu-toggle = Menu
main-nav-label = Hoofdmenu
footer-nav-label = Over deze website
breadcrumb-label = U bent hier
language-switcher-label = Taal
# Shown in Dutch on a page of another language that has no Dutch translation.
not-translated = Deze pagina is er niet in het Nederlands. U gaat naar: { $title }.
last-changed = Laatst gewijzigd op { $date }
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet (meer). Misschien is het adres veranderd.
not-found-home = Naar de homepage van { $site }
choose-language = Naar { $site } in het Nederlands
moved-text = Deze pagina is verhuisd. U vindt hem nu hier:
