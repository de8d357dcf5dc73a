"""Markdown exports of web pages: ATX headings, emphasis, escapes, autolinks, thematic breaks.

Parsed with markdown-it-py (CommonMark) rather than regexes, so escapes (`\\$`), intraword underscores
and nested emphasis come out exactly as a Markdown reader would show them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from flows.clean import SEPARATOR, Heading, clean_block
from flows.extract.dateline import find_dateline
from flows.extract.dates import match_date_line
from flows.extract.notes import is_publisher_note
from flows.extract.organization_names import NEWS_AGENCY_NAMES
from flows.extract.places import find_places
from flows.formats.base import ParsedDocument, as_compared, is_header_line, looks_like_heading
from flows.formats.site_title import SITE_AFTER

NAME = "markdown web export"
_STANDFIRST_MAX_WORDS = 40
_DECK_MIN_WORDS = 4
_MOST_NOTICES = 3
_DECK_UNDER_RUNS = 3  # the deck, the page's block under it, and the text
_PROSE_WORDS = 15  # a block longer than this is the article's prose: a dateline comes before it
# Where a description cut from the lead ends, and the lead goes on: a stop, a comma, a colon, or the words' space.
_CUT_SHORT_END = " .,;:"
# Fewer words than this, the same as the lead's first ones, may be a kicker or a label the lead happens to open with.
_CUT_SHORT_MIN_WORDS = 8
_DATELINE_MAX_WORDS = 5
# The marks a paper opens its deck's points with ('■ The minister …', '• El ministro …'), never a caption.
_POINT_MARK = re.compile(r"[■□▪▫●•►▶‣][ \t]")
# Jina Reader numbers the pictures in their alt text ('Image 1: …'): its label, not the page's text.
_IMAGE_LABEL = re.compile(r"^Image \d+:\s*")
_CAPTION_ALT_MIN_WORDS = 5  # shorter alt text ('Photo', 'Ana Ruiz') may open a paragraph of the text by chance
_EXCERPT_LABEL = "excerpt"  # MarkDownload's template heads the page's excerpt so, in English in every language
# The site's page of an author, whose link is the byline: WordPress's '/author/…', and the like in Spanish.
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:a|es|as)?|writers?|columnists?|columnistas?|periodistas?|journalists?)/", re.IGNORECASE
)
_AUTHOR_MAX_WORDS = 8
_AUTHOR_LABEL_MAX_WORDS = 2  # 'Por:', 'By', 'Escrito por:'
_AUTHOR_TITLE_MAX_WORDS = 3
# A paragraph of prose ends a sentence, perhaps inside a quotation; a caption, a credit or a label need not.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”»’')\]]*$")
# The summary printed again as the body's first, second or third paragraph (after a notice, a dateline line).
_SUMMARY_COPY_PARAGRAPHS = 3
_HEADLINE_MIN_WORDS = 3
_WORDS = re.compile(r"[^\W_]")  # a letter or digit: separators such as '>', '|' and '·' have none
# What separates breadcrumbs ('Home | News', 'Inicio / Deportes', 'Home > Cities', 'Inicio » Política'), and spaces.
_CRUMB_SEPARATORS = " |/>»›"
_CRUMB_MIN_LINKS = 2  # 'Home | Politics', not a name linked over its job ('[Ana Ruiz](…) | Reportera')
_CRUMB_MAX_WORDS = 5  # the section's name: 'UNITED STATES NEWS', 'Copa Libertadores'
# A setext heading whose lines the parser did not map counts as one of several lines, which no subhead has.
_UNKNOWN_LINES = 2
_MOST_DATES_ABOVE = 2  # date lines a site or a blog prints over its headline ('Wednesday, March 2, 2005')
# Written so that a search takes time in proportion to the text whatever it holds: '[^\S\n]' (a space
# that is not a line break) where '\s' would run on from every line start over all the blank lines after
# it, and a link's '[' read from the line start or the ']' before it, not from every '[' of a long run of
# them. Each gives the same answer the plain form would ('\s*' across lines finds the same sign from the
# later line's start; the first '[' of a run without ']' reaches every ']' a later one does).
_SIGNS = re.compile(
    r"^#{1,6}[ \t]+\S|^[^\S\n]*<https?://[^>\s]+>[^\S\n]*$|(?:^|\])[^\[\]\n]*\[[^\]\n]+\]\(https?://"
    r"|^[^\S\n]*!\[[^\]\n]*\]\(|^\*\*[^*\n]+\*\*[^\S\n]*$",
    re.MULTILINE,
)
# What each sign of `_SIGNS` cannot do without: most texts that reach the Markdown reader are plain prose
# holding none of them, and looking for these costs a tenth of a search (a 30th of a ms a file).
_SIGN_MARKS = ("#", "<http", "](http", "![", "**")


def may_have_signs(text: str) -> bool:
    return any(mark in text for mark in _SIGN_MARKS)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


class MarkdownExport:
    name = NAME

    def detect(self, text: str) -> bool:
        return may_have_signs(text) and _SIGNS.search(text) is not None

    def parse(self, text: str, summary: str | None = None, page_title: str | None = None) -> ParsedDocument:
        """`summary`: the page's description that an export states apart from the text (front matter); `page_title`:
        the page's <title> that a reader service states over the text ('Headline | Site', see reader_header)."""
        tokens = _parser().parse(text)
        excerpt, skipped = _markdownload_excerpt(tokens)
        summary = " ".join((excerpt or summary or "").split()) or None
        reading = _Reading(ParsedDocument(source_format=NAME, marks_headings=True), page_title, summary)
        for i, tok in enumerate(tokens):
            if i in skipped:
                continue
            if tok.type == "hr":
                reading.doc.blocks.append(SEPARATOR)
            elif tok.type == "inline":
                listed = i >= 2 and tokens[i - 2].type == "list_item_open"
                reading.read_inline(
                    tok.children or [], tokens[i - 1].type == "heading_open", listed, _setext_lines(tokens[i - 1])
                )
            elif tok.type in ("code_block", "fence"):
                reading.doc.blocks.extend(line.strip() for line in tok.content.split("\n") if line.strip())
        reading.drop_empty_sections()
        if summary is None:
            reading.take_deck()
        if reading.doc.title is None and page_title:
            reading.doc.title = page_title
        if summary is not None:
            reading.settle_summary(summary)
        return reading.finish()


# An inline run as read: the index of the block it gave (None when it gave none: an image, a menu), whether it is a
# heading, and whether it is the article's prose.
@dataclass(slots=True)
class _Run:
    block: int | None
    heading: bool
    prose: bool
    image: bool = False  # a picture alone, or its caption
    furniture: bool = False  # a block of the page's: a picture's, a list's item


@dataclass(slots=True)
class _Reading:
    """One markdown text being read, paragraph by paragraph."""

    doc: ParsedDocument
    page_title: str | None
    summary: str | None
    seen_body: bool = False
    seen_prose: bool = False
    runs: list[_Run] = field(default_factory=list)
    author_at: int | None = None  # the run of the author's link
    title_at: int | None = None  # the run after the headline's heading
    dropped: set[int] = field(default_factory=set)  # blocks found to be no body: copies of the head, empty sections
    picture_alt: str = ""  # the alt text of the last picture alone in its paragraph

    def read_inline(self, children: list[Token], heading: bool, listed: bool = False, setext_lines: int = 0) -> None:
        """`setext_lines`: the lines of a setext heading's text, 0 for an ATX heading and for any other block."""
        doc = self.doc
        content = render_inline(children)
        if not content or is_image_caption(children):
            self.runs.append(_Run(None, heading, prose=False, image=any(c.type == "image" for c in children)))
            self.picture_alt = " ".join(_IMAGE_LABEL.sub("", c.content) for c in children if c.type == "image")
            return
        if self._is_caption(content, heading, children):
            self.runs.append(_Run(None, heading, prose=False, image=True))
            return
        if not self.seen_prose and (self._read_author_link(children) or self._is_author_title(content)):
            self.runs.append(_Run(None, heading, prose=False))
            return
        if is_link_debris(children) and not (heading and self._named_by_page_title(as_compared(content))):
            # Only a link: a menu, or the site's name linked to its home; but the headline that the page's <title>
            # names, linked to its own page ('# [Headline](…)').
            self.runs.append(_Run(None, heading, prose=False))
            return
        if not self.seen_prose and is_breadcrumb(children):
            self.runs.append(_Run(None, heading, prose=False))  # the page's place in its site, as menus are
            return
        if (not self.seen_prose or self._is_first_heading_over_notices(heading)) and self._is_headline(content):
            self._take_headline(content)
            return
        if heading and doc.title is None and self._only_dates_above():
            self._take_heading_under_dates(content)
            return
        if heading and not self.seen_body and doc.subtitle is None:
            if doc.title is None:
                doc.title, self.title_at = content, len(self.runs)
            else:
                doc.subtitle = content
            return
        if doc.title and doc.subtitle is None and not self.seen_body and _is_standfirst(children, content):
            doc.subtitle = content
            return
        if not self.seen_prose:
            content = _bold_dateline(children, content)
        prose = not heading and len(content.split()) > _PROSE_WORDS and _ENDS_SENTENCE.search(content) is not None
        # The page's summary printed again above the text may be its deck: what is prose is settled at the end.
        prose = prose and not (self.summary is not None and repeats(content, self.summary))
        self.seen_prose = self.seen_prose or prose
        # Debris such as an image placeholder between title and deck does not start the body.
        self.seen_body = self.seen_body or (not heading and bool(clean_block(content)))
        furniture = listed or any(child.type == "image" for child in children)
        self.runs.append(_Run(len(doc.blocks), heading, prose, furniture=furniture))
        doc.blocks.append(Heading(content) if heading and _is_subhead(setext_lines, content) else content)

    def _is_first_heading_over_notices(self, heading: bool) -> bool:
        """The page's first heading under a few paragraphs of its own ('Your e-mail address has been verified. …',
        an account's or a cookie's notice, which read as prose): the headline when the page's <title> names it."""
        above = sum(1 for run in self.runs if run.block is not None)
        return heading and self.doc.title is None and above <= _MOST_NOTICES and not any(r.heading for r in self.runs)

    def _is_headline(self, content: str) -> bool:
        """Whether a line above the article's first paragraph is its headline: printed again under the one the export
        took (exports print the headline over the page they saved, and the page prints it again), or the headline
        the page's <title> names, which a reader service states over the text."""
        key = as_compared(content)
        return key == as_compared(self.doc.title or "") or self._named_by_page_title(key)

    def _named_by_page_title(self, key: str) -> bool:
        return self.page_title is not None and key in _headline_keys(self.page_title)

    def _take_headline(self, content: str) -> None:
        """The headline, or its copy. Above the headline the page printed its own lines (menus, labels, the day's
        date): the site's, not the article's, and none of them its prose (they come before the first paragraph)."""
        self.runs.append(_Run(None, heading=True, prose=False))
        title = self.doc.title
        if title is None or (
            self._named_by_page_title(as_compared(content)) and not self._named_by_page_title(as_compared(title))
        ):
            self.doc.title, self.title_at = content, len(self.runs)
            self.dropped.update(range(len(self.doc.blocks)))
            self.seen_body = False

    def _only_dates_above(self) -> bool:
        """Whether the blocks read so far are one or two date lines and nothing else ('Wednesday, March 2, 2005'
        over '## Headline', as blogs and sites print the day over their pages): they do not start the body, and
        the heading under them is the headline."""
        blocks = [run.block for run in self.runs if run.block is not None]
        return 0 < len(blocks) <= _MOST_DATES_ABOVE and all(
            match_date_line(self.doc.blocks[at]) is not None for at in blocks
        )

    def _take_heading_under_dates(self, content: str) -> None:
        """The headline under the date lines. The dates go, as a page's other lines above its headline do (see
        `_take_headline`): the day a site or a blog printed over its page, not the date the article states."""
        self.runs.append(_Run(None, heading=True, prose=False))
        self.doc.title, self.title_at = content, len(self.runs)
        self.dropped.update(range(len(self.doc.blocks)))
        self.seen_body = False

    def _read_author_link(self, children: list[Token]) -> bool:
        """A line above the first paragraph that links a name, alone or after a label, to the site's page of that
        author is the byline ('[Ana Ruiz](https://example.org/author/ana-ruiz/)', 'Por: [Ana Ruiz](…/autor/ana-ruiz)').
        Further down, such a link is a list of the author's other stories ('More from Ana Ruiz')."""
        name = author_link_name(children)
        if name is None or self.author_at is not None:
            return False
        self.doc.byline = self.doc.byline or name
        self.author_at = len(self.runs)
        return True

    def _is_caption(self, content: str, heading: bool, children: list[Token]) -> bool:
        """A short line right under a picture above the first paragraph is the picture's caption ('File photo:
        Police officer'), or its credit under the caption, not a deck; so is one that the picture opens, in its
        paragraph ('![…](…)' and the caption on the next line). A byline, a date line or a dateline there is the
        head's, a heading is the page's, and a wire's name alone ('Notimex') is the story's credit, for the
        credits reader."""
        # A picture that opens the caption's paragraph marks it wherever it stands; a line under a picture, above
        # the first paragraph only.
        opened = bool(children) and children[0].type == "image"
        under_picture = (opened or (bool(self.runs) and self.runs[-1].image and not self.seen_prose)) and not heading
        if under_picture and _opens_with_alt(content, self.picture_alt):
            return True  # the caption, however long, that the picture's alt text gives the start of
        if not under_picture or not looks_like_heading(content) or content.strip() in NEWS_AGENCY_NAMES:
            return False
        if _POINT_MARK.match(content):
            return False  # a point of the deck, as papers mark them ('■ Hasta …'); a caption is not so marked
        return not is_header_line(content) and find_dateline(content) is None

    def _is_author_title(self, content: str) -> bool:
        """A short line right under the author's link is the author's title ('Periodista', 'Staff writer')."""
        right_under = self.author_at is not None and self.author_at == len(self.runs) - 1
        return right_under and len(content.split()) <= _AUTHOR_TITLE_MAX_WORDS and looks_like_heading(content)

    def take_deck(self) -> None:
        """The paragraph right under the headline is the deck when the page's own blocks follow it before the text:
        a picture or its caption, a list of related links, the byline or the date line ('# Headline' / 'The
        minister said the plan is ready.' / '![…](…)' / 'By Jane Doe' / the text). A paragraph of the text goes
        on with the text's next one; a deck is short, and a dateline opens the lead, never a deck. Pages that state
        their summary apart settle their deck by it (`settle_summary`)."""
        doc = self.doc
        if doc.title is None or doc.subtitle is not None or self.title_at is None:
            return
        under = self.runs[self.title_at :]
        if len(under) < _DECK_UNDER_RUNS or under[0].block is None or under[0].heading or under[0].furniture:
            return
        block = doc.blocks[under[0].block]
        if not _DECK_MIN_WORDS <= len(block.split()) <= _STANDFIRST_MAX_WORDS or not _ENDS_SENTENCE.search(block):
            return
        following = under[1].block
        page_next = following is None or under[1].furniture or is_header_line(doc.blocks[following])
        if not page_next or not any(run.prose for run in under[2:]) or find_dateline(block, opens_body=True):
            return
        doc.subtitle = block
        self.dropped.add(under[0].block)

    def drop_empty_sections(self) -> None:
        """Headings after the article's text with nothing under them are a page's emptied widgets ('You may also
        like' over related links the export left out, which are debris): a heading heads some text."""
        blocks = [run for run in self.runs if run.block is not None]
        after_prose = False
        for at, run in enumerate(blocks):
            if after_prose and run.heading and (at + 1 == len(blocks) or blocks[at + 1].heading):
                self.dropped.add(run.block)  # type: ignore[arg-type]
            after_prose = after_prose or run.prose

    def finish(self) -> ParsedDocument:
        if self.dropped:
            self.doc.blocks = [block for at, block in enumerate(self.doc.blocks) if at not in self.dropped]
        return self.doc

    def settle_summary(self, summary: str) -> None:
        """The page's summary, stated apart from the text (a MarkDownload excerpt, a front matter's description), is
        the subtitle when it is the deck; printed again above the first paragraph, that copy leaves the body. When
        the text repeats it as its first paragraph, the summary is the lede, which sites take for their description
        when they write no deck: the body keeps it, and the article has no subtitle from it."""
        copy = self._summary_copy(summary)
        if copy is not None and (not copy[1] or self._is_lede(copy[0])):
            return
        self.doc.subtitle = summary
        if copy is not None:
            self.dropped.add(self.runs[copy[0]].block)  # type: ignore[arg-type]

    def _summary_copy(self, summary: str) -> tuple[int, bool] | None:
        """The run that repeats the summary, looked for down to the first paragraphs of prose, and whether it comes
        before the first (after it, it is the text's own paragraph, whatever it is)."""
        prose = 0
        for at, run in enumerate(self.runs):
            if run.block is not None and run.block not in self.dropped:
                if repeats(self.doc.blocks[run.block], summary):
                    return at, prose == 0
                prose += run.prose
                if prose == _SUMMARY_COPY_PARAGRAPHS:
                    break
        return None

    def _is_lede(self, at: int) -> bool:
        """Whether the summary's copy is the article's first paragraph, not a deck printed above it: a dateline
        opens it or stands right above it, or the next paragraph goes on with the article's prose (a deck stands
        over the byline, the date, the picture or the dateline that open the article), or no prose follows it."""
        block = self.doc.blocks[self.runs[at].block]  # type: ignore[index]
        if (dateline := find_dateline(block, opens_body=True)) is not None and dateline.end < len(block):
            return True
        above = next((r.block for r in reversed(self.runs[:at]) if r.block is not None), None)
        if above is not None and is_dateline_alone(self.doc.blocks[above]):
            return True
        following = self.runs[at + 1 :]
        return not following or following[0].prose or not any(run.prose for run in following)


def _setext_lines(opener: Token) -> int:
    """The lines of a setext heading's text ('Subhead' over '-------'); 0 for an ATX heading ('## Subhead')."""
    if opener.type != "heading_open" or opener.markup.startswith("#"):
        return 0
    return opener.map[1] - opener.map[0] - 1 if opener.map else _UNKNOWN_LINES  # the underline is the last line


def _is_subhead(setext_lines: int, content: str) -> bool:
    """Whether a heading left in the body is a subhead. An ATX heading's marks were typed for it: it is, whatever its
    words. A setext heading only when its text is one line that reads as a heading: CommonMark takes the lines of a
    paragraph over a line of dashes, with no blank line between them, for a setext heading, as exports print a
    thematic break under the text's last paragraph ('… said on Monday.' over '---')."""
    return setext_lines == 0 or (setext_lines == 1 and looks_like_heading(content))


def _opens_with_alt(content: str, alt: str) -> bool:
    """Whether the paragraph opens with the picture's alt text, of a sentence's length: pages write their caption's
    first sentence there ('Peacekeepers at a camp on Monday.' over 'Peacekeepers at a camp on Monday. In exchange
    … Credit …')."""
    return len(alt.split()) >= _CAPTION_ALT_MIN_WORDS and as_compared(content).startswith(as_compared(alt))


def is_named_by_page_title(headline: str, page_title: str) -> bool:
    """Whether the page's <title> names `headline`, whole or before the site's name (see `_headline_keys`)."""
    return as_compared(headline) in _headline_keys(page_title)


def _headline_keys(page_title: str) -> set[str]:
    """The forms a page's <title> gives its headline in: whole, or before the site's name ('Headline | Site'), or
    before a section's and the site's ('Headline | Politics | Site'). A part of fewer than three words is no
    headline but the head of one cut at a dash ('Biden - Xi talks end | Site')."""
    parts = (page_title[: m.start()] for m in SITE_AFTER.finditer(page_title))
    return {as_compared(page_title), *(as_compared(part) for part in parts if len(part.split()) >= _HEADLINE_MIN_WORDS)}


def repeats(block: str, summary: str) -> bool:
    """Whether `block` prints `summary` again: the same words, perhaps after a dateline ('PARIS (AP) — …') that the
    summary may print too (a wire's description is its lead), or the summary cut short, as page descriptions are,
    at the block's start: with an ellipsis, or with a full stop where the block goes on ('… the chamber.' of '…
    the chamber, forcing …')."""
    text, stated = as_compared(_past_dateline(block)), as_compared(_past_dateline(summary))
    if text == stated:
        return True
    stem = stated.removesuffix("...").removesuffix("…").rstrip(_CUT_SHORT_END)
    return (
        stem != stated
        and len(stem.split()) >= _CUT_SHORT_MIN_WORDS
        and text.startswith(stem)
        and text[len(stem) : len(stem) + 1] in _CUT_SHORT_END
    )


def _past_dateline(block: str) -> str:
    dateline = find_dateline(block, opens_body=True)
    return block[dateline.end :] if dateline is not None else block


def author_link_name(children: list[Token]) -> str | None:
    """The name a line links to the site's page of that author, with at most a label before it ('Por:', 'By')."""
    links = [at for at, child in enumerate(children) if child.type == "link_open"]
    if len(links) != 1 or not _AUTHOR_PAGE.search(str(children[links[0]].attrs.get("href", ""))):
        return None
    close = next((at for at in range(links[0], len(children)) if children[at].type == "link_close"), len(children))
    name = render_inline(children[links[0] + 1 : close])
    label = render_inline(children[: links[0]])
    after = render_inline(children[close + 1 :])
    if after or len(label.split()) > _AUTHOR_LABEL_MAX_WORDS or not 0 < len(name.split()) <= _AUTHOR_MAX_WORDS:
        return None
    return name if looks_like_heading(name) else None


def _markdownload_excerpt(tokens: list[Token]) -> tuple[str | None, set[int]]:
    """MarkDownload's excerpt ('> ## Excerpt' over '> The page's description.' under the headline): page metadata,
    not a subtitle named 'Excerpt' over a first paragraph. The text and the indexes of its tokens."""
    for at, tok in enumerate(tokens):
        if tok.type == "paragraph_open" and tok.level == 0:
            break  # the text has begun: a quotation, not the export's excerpt
        if tok.type != "blockquote_open" or at + 2 >= len(tokens) or tokens[at + 1].type != "heading_open":
            continue
        if tokens[at + 2].content.strip().casefold() != _EXCERPT_LABEL:
            break
        end = _closing(tokens, at)
        texts = [render_inline(t.children or []) for t in tokens[at + 3 : end] if t.type == "inline"]
        return " ".join(t for t in texts if t) or None, set(range(at, end + 1))
    return None, set()


def _closing(tokens: list[Token], at: int) -> int:
    """The index of the token that closes the one at `at`."""
    opener = tokens[at]
    closer = opener.type.replace("_open", "_close")
    return next((i for i in range(at, len(tokens)) if tokens[i].type == closer and tokens[i].level == opener.level), at)


def _bold_dateline(children: list[Token], content: str) -> str:
    """'**Montevideo.** El presidente …': the bold marks a dateline that a bare full stop would not.

    Only when the bold words name a known place ('**Importante.**' is a lead-in, not a dateline). Written
    with the '.-' that datelines use, so that the dateline reader takes it, and kept as it was when that
    reader does not see a dateline there.
    """
    lead_children = [child for child in children[:4] if child.type != "text" or child.content]
    kinds = [child.type for child in lead_children[:3]]
    if kinds != ["strong_open", "text", "strong_close"] or not lead_children[1].content.rstrip().endswith("."):
        return content
    lead = lead_children[1].content.strip()
    if not content.startswith(lead) or len(lead.split()) > _DATELINE_MAX_WORDS or not find_places(lead):
        return content
    marked = f"{lead}- {content[len(lead) :].lstrip()}"
    dateline = find_dateline(marked)
    return marked if dateline is not None and dateline.end > len(lead) else content


def is_link_debris(children: list[Token]) -> bool:
    """Only links, and nothing but separators between them: a menu, breadcrumbs, share buttons, related links.

    A paragraph of an article has words of its own around its links; these blocks do not, and before the
    headline they would otherwise start the body and leave the page without a title.
    """
    depth, has_link = 0, False
    for child in children:
        if child.type == "link_open" and child.markup == "autolink":
            return False  # '<https://…>' alone is a source footer, which the footer reader takes as the url
        if child.type == "link_open":
            depth, has_link = depth + 1, True
        elif child.type == "link_close":
            depth -= 1
        elif child.type in ("text", "code_inline") and depth == 0 and _WORDS.search(child.content):
            return False
    return has_link


def is_breadcrumb(children: list[Token]) -> bool:
    """Breadcrumbs whose last crumb, the page's own section, is not linked: links with separators between them,
    then a separator and a short label ('[Home](…) | [News](…) | WORLD NEWS', '[Inicio](/) / [Deportes](…) /
    Fútbol'). A sentence that names a link after a slash or a bar has words of its own between the links, or more
    than a label's after them."""
    if not children or children[0].type != "link_open":
        return False
    depth, links, tail = 0, 0, ""
    for child in children:
        if child.type == "link_open":
            if tail.strip(_CRUMB_SEPARATORS):
                return False  # words between two links
            depth, links, tail = depth + 1, links + 1, ""
        elif child.type == "link_close":
            depth -= 1
        elif depth == 0 and child.type in ("text", "code_inline", "softbreak"):
            tail += child.content or " "
    label = tail.strip()
    if not label or label[0] not in _CRUMB_SEPARATORS or links < _CRUMB_MIN_LINKS:
        return False
    label = label.lstrip(_CRUMB_SEPARATORS)
    return looks_like_heading(label, _CRUMB_MAX_WORDS) and not any(sep in label for sep in _CRUMB_SEPARATORS.strip())


def _is_standfirst(children: list[Token], content: str) -> bool:
    """A wholly emphasised paragraph under the headline ('*The government allowed …*'), not a byline, a date, a
    dateline on a line of its own ('**MADRID, 19 May. (EUROPA PRESS) -**') or an editor's note (which exports
    emphasise too)."""
    short = looks_like_heading(content, _STANDFIRST_MAX_WORDS)
    if not short or not _wholly_emphasised(children) or is_header_line(content) or is_publisher_note(content):
        return False
    return not is_dateline_alone(content)


def is_dateline_alone(block: str) -> bool:
    """A dateline on a line of its own ('MADRID, 19 May. (EUROPA PRESS) -'), not one opening a paragraph."""
    dateline = find_dateline(block)
    return dateline is not None and dateline.end >= len(block.rstrip(" -–—.:"))


def _wholly_emphasised(children: list[Token]) -> bool:
    emphasis, seen_text = 0, False
    for child in children:
        if child.type in ("em_open", "strong_open"):
            emphasis += 1
        elif child.type in ("em_close", "strong_close"):
            emphasis -= 1
        elif child.type == "text" and child.content.strip():
            if emphasis == 0:
                return False
            seen_text = True
    return seen_text


def is_image_caption(children: list[Token]) -> bool:
    """An image followed, in its paragraph, by emphasised text only: the picture's caption, not the article's."""
    return bool(children) and children[0].type == "image" and _wholly_emphasised(children[1:])


def render_inline(children: list[Token]) -> str:
    """Plain text of an inline run: emphasis and link markup dropped, images and raw HTML removed."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())
