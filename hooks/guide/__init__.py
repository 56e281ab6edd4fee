"""The guide's build logic, used by the hooks beside this package (MkDocs puts hooks/ on sys.path).

models.py reads and validates the data files; formats.py writes dates, times and numbers in each
language; shortcodes.py turns `{{ name:key }}` into text through the templates in overrides/partials/.
"""
