"""Scripts and style sheets that stray into the input (a browser's "Web page, complete" saves them beside
the page) are turned away, and prose with brackets, tables or a snippet of code is not."""

from __future__ import annotations

import pytest

from tests.conftest import article_row, rejection_of

STYLE_SHEET = """body { margin: 0; padding: 0; font-family: Georgia, serif; }
.article h1 { font-size: 2em; color: #222; }

@media (max-width: 600px) {
  .article { padding: 1em; }
  .nav > li { display: block; }
}
"""
SCRIPT = """(function () {
  var w = window;
  w.dataLayer = w.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag("js", new Date());
  document.addEventListener("DOMContentLoaded", function () { console.log("ready"); });
})();
"""
MINIFIED = (
    "!function(e,t){'use strict';var n=e.document,r=function(e){return n.querySelector(e)};t.init=function(){"
    "r('#nav')&&r('#nav').classList.add('open')},e.addEventListener('load',t.init)}(window,window.App={});"
)


@pytest.mark.parametrize("content", [STYLE_SHEET, SCRIPT, MINIFIED], ids=["css", "js", "minified-js"])
def test_code_is_turned_away_as_no_prose(content: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == "not-prose"
    assert "code or a style sheet" in rejected.detail


TABLE = """# Fuel prices rise again

Prices at the pump rose for the third week in a row (the longest run since 2022), the ministry said.

| Fuel | Price | Change |
|---|---|---|
| Regular | 24.10 | +0.35 |
| Premium | 26.05 | +0.40 |
| Diesel | 25.60 | +0.20 |
"""
SNIPPET = """Council publishes its budget as open data

The city published its budget on Monday as a file anyone can load; officials said a single line is enough:

    data = read_csv("budget.csv"); print(data[data.year == 2024]);

The opposition (which had asked for it since 2021) welcomed the step [and asked for more].
"""


@pytest.mark.parametrize("content", [TABLE, SNIPPET], ids=["markdown-table", "code-snippet"])
def test_prose_with_brackets_a_table_or_a_snippet_is_an_article(content: str) -> None:
    assert article_row(content)["body_text"]
