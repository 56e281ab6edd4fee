"""The guide's build logic, one module a feature, called in order by hooks/pipeline.py (the one hook
MkDocs loads, which puts hooks/ on sys.path).

data.py reads and validates the data files once a build (the models in models.py and texts.py);
formats.py writes dates, times and numbers in each language; contacts.py and shortcodes.py turn
`{{ name:key }}` into text through the templates in overrides/partials/.
"""
