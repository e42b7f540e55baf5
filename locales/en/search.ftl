# reviewed: yes
# The search page (templates/search.html and static/js/search.js).
search-page-label = What are you looking for?
search-page-searching = Searching…
# { $count } and { $query } are filled in by the script.
search-page-count = { $count ->
    [one] 1 result
   *[other] { $count } results
} for ‘{ $query }’
search-page-none = No results for ‘{ $query }’. Try another word.
search-page-failed = Search is not working right now. Try again later or use the list of all pages.
search-page-no-script = Search only works with JavaScript. Below is a list of every page on this website.
search-page-sitemap-link = Go to the sitemap
