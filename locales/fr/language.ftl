# reviewed: no
# The language's name in itself: the default `name` of the language in site.yaml, and what
# `loket init` writes there. In a file of its own, so that a site's copy of main.ftl made
# before this key existed keeps working.

language-name = Français
