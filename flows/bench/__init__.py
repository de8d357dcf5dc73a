"""The benchmark's own inputs: a synthetic news corpus (`corpus`) and the spaCy peer measurement (`peer`).

Pure modules: nothing here imports Prefect, so the corpus can be written and measured outside a flow.
Every article the generator writes is invented from the templates and word lists in this package.
"""
