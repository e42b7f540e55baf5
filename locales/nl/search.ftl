# reviewed: yes
# The search page (templates/search.html and static/js/search.js).
search-page-label = Waar zoekt u naar?
search-page-searching = Bezig met zoeken…
# { $count } and { $query } are filled in by the script.
search-page-count = { $count ->
    [one] 1 resultaat
   *[other] { $count } resultaten
} voor ‘{ $query }’
search-page-none = Geen resultaten voor ‘{ $query }’. Probeer een ander woord.
search-page-failed = Het zoeken werkt nu niet. Probeer het later opnieuw of gebruik de lijst van alle pagina's.
search-page-no-script = Zoeken werkt alleen met JavaScript. Hieronder staan alle pagina's van deze website.
search-page-sitemap-link = Naar de sitemap
