"""Paragraphs that a page sets apart with line breaks, not with <p>: old table layouts and hand-written pages.

    <td>Headline<br>Ap<br><br>Riga. Latvia joined …<br><br>The euro became …<br><br>Print | Send</td>

trafilatura reads such a cell as one paragraph, and the page's cell of menus and mastheads with it, which it cannot
tell from the article when no paragraph marks the article's text. An element with two blank-line breaks (`<br><br>`)
or more among its children, and sentences between them, is such a run of paragraphs: it is rewritten as <p>
elements, one for each line (a single break parts the headline from the byline, a picture from its caption), which
trafilatura then reads as any page's paragraphs. Other pages are left as they are.
"""

from __future__ import annotations

from lxml.html import HtmlElement

_MOST_PARENTS = 200  # elements of many breaks looked at in a page: a page's text is in a few
_LEAST_BLANK_LINES = 2
_SENTENCE_WORDS = 8  # a line of this many words is text; a menu's or a masthead's are shorter
_LEAST_SENTENCES = 2
_BLOCK_TAGS = frozenset({"p", "div", "table", "tr", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def paragraphs_from_breaks(page: HtmlElement) -> None:
    """Rewrites in place each element of the page whose text is paragraphs parted by blank-line breaks."""
    parents: dict[HtmlElement, None] = {}
    for br in page.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag != "p" and len(parents) < _MOST_PARENTS:
            parents[parent] = None
    rewritten: set[HtmlElement] = set()
    for parent in parents:  # in the page's order: an element before the elements inside it
        if rewritten and any(above in rewritten for above in parent.iterancestors()):
            continue  # inside a paragraph made already: its breaks are that paragraph's lines
        lines = _lines(parent)
        if lines is not None:
            _rewrite(parent, lines)
            rewritten.add(parent)


def _lines(parent: HtmlElement) -> list[list[HtmlElement | str]] | None:
    """The element's content cut at its breaks, or None when it is no run of paragraphs parted by blank lines."""
    lines: list[list[HtmlElement | str]] = [[parent.text] if parent.text else []]
    blank_lines = 0
    for child in parent:
        if child.tag in _BLOCK_TAGS:
            return None  # a container of blocks: its breaks are inside them, or between them as spacing
        if child.tag == "br":
            blank_lines += not any(_words(part) for part in lines[-1])
            lines.append([child.tail] if child.tail else [])
        else:
            lines[-1].extend([child, child.tail] if child.tail else [child])
    sentences = sum(1 for line in lines if sum(_words(part) for part in line) >= _SENTENCE_WORDS)
    return lines if blank_lines >= _LEAST_BLANK_LINES and sentences >= _LEAST_SENTENCES else None


def _words(part: HtmlElement | str) -> int:
    text = part if isinstance(part, str) else part.text_content()
    return len(text.split())


def _rewrite(parent: HtmlElement, lines: list[list[HtmlElement | str]]) -> None:
    """The lines as paragraphs; a picture alone on its line and the lines under it, to the next blank line, as a
    figure and its caption, which pages print so ('<img><br>Caption. Photo Agency<br><br>'): not the text's."""
    for child in list(parent):
        parent.remove(child)  # a removed element's tail is kept with it: the lines hold the tails as text
    parent.text = None
    figure: HtmlElement | None = None  # the figure a picture's line opened, to the next blank line
    for line in lines:
        words = sum(_words(part) for part in line)
        pictured = any(not isinstance(part, str) and _has_picture(part) for part in line)
        if not words and not pictured:
            figure = None  # a blank line ends the picture's paragraph
            continue
        if figure is not None:
            target = figure.makeelement("figcaption", {})
            figure.append(target)
        elif pictured and not words:
            figure = target = parent.makeelement("figure", {})
            parent.append(figure)
        else:
            target = parent.makeelement("p", {})
            parent.append(target)
        for part in line:
            if isinstance(part, str):
                _append_text(target, part)
            else:
                part.tail = None  # the text after it is the next part, or the next line's
                target.append(part)


def _has_picture(element: HtmlElement) -> bool:
    return element.tag == "img" or next(element.iter("img"), None) is not None


def _append_text(paragraph: HtmlElement, text: str) -> None:
    if len(paragraph):
        last = paragraph[-1]
        last.tail = (last.tail or "") + text
    else:
        paragraph.text = (paragraph.text or "") + text
