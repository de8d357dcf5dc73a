"""Code, configuration and data, not prose: what a browser saves beside a page ("Web page, complete" writes its
scripts and style sheets into a `<page>_files` folder), and what else strays into an input folder: a crawler's
own source and shell scripts, its YAML, TOML, INI or `.env` configs, its Dockerfile and Makefile, a database
dump, a spreadsheet saved as CSV, logs, a `requirements.txt`. Read as plain text each would be an article of
garbage rows. Each kind has its measure, and the reject's detail says which kind the text looks like and by
what measure.

- Scripts and style sheets: prose has few of the characters code is made of (`{}();=<>[]|&$#\\`): under 3.5 %
  of the visible characters in 11,000 articles of the benchmark corpus, against 12 to 19 % in style sheets and
  scripts. A text is code when more than `_MOST_CODE_SHARE` of its characters are, and most of its lines end as
  statements and blocks do (`;`, `{`, `}`, `,`, `)`), which a markdown table full of `|` does not, some with
  `;`, `{` or `}`: a market brief's lines of figures in brackets (`IBEX 35: 10.234,5 (+0,8 %)`) end with `)`.
- Python source, Dockerfiles, Makefiles, `.env` files, shell scripts, YAML, TOML or INI configs, SQL, logs and
  requirement lists are made of lines of a shape of their own (`def f(x):`, `RUN pip install x`, a recipe
  indented with a tab, `KEY=value`, `OUT=$HOME/x`, `  image: x`, `[section]`, `WHERE a.id = 1`, a timestamp to
  the second, `requests==2.31`); comments, and Python's docstrings, count neither way. A text is of such a
  kind when it has a line that is the kind's hallmark (a `def`, `class` or `import`, or a line that is a whole
  call; a `FROM image`; a lowercase target over a recipe, or a `VAR := value`; a `KEY=value` in capitals; a
  shebang, a `fi` or a `$VAR`; a lowercase key opening a block of indented lines; a `[section]`; a whole
  statement such as `SELECT … FROM`; a time to the second; a pinned version), at least `_LEAST_LINES` lines,
  and lines of the kind's shape hold more than `_LEAST_SHAPED_SHARE` of its characters. Weighed by characters,
  a crawler's `Title:`/`Date:` header, a dateline or a list cannot outweigh the paragraphs around it: articles
  of the benchmark corpus, the seeds and the labelled fixtures give at most 10 % to any kind, a `key: value`
  header over a one-paragraph body 57 %, the code, configs and logs of tests/test_code_text.py 82 % or more.
  Prose made of a kind's lines alone (a recipe's `Ingredientes:` over indented `huevos: 6`) lacks its hallmark.
- Flat YAML, `key: value` lines alone with no block under a key, is told only when every line is one: a key in
  lower case, a value of fewer words than a paragraph's, and a key that no crawler's header has (`timeout:`,
  not `title:` or `url:`). A crawler's header, a fact box (`Population: 2.5 million`) or a byline and date line
  sit over a headline or a body, which is no such line.
- CSV or TSV data: at least `_LEAST_LINES` lines; split at `,`, `;` or a tab (never `|`: a markdown table is an
  article's own), the first line and `_LEAST_ROW_SHARE` of them give the same number of fields, two or more;
  most fields are of a few words, and few lines end as sentences do. An article opens with a headline, and
  its paragraphs end with a full stop, however many commas each holds.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from flows.formats.dated_crawler import HEADER_KEYS

_CODE_CHARACTERS = b"{}();=<>[]|&$#\\"
_SPACES = b" \t\n\r\f\v"  # not counted as visible characters
_STATEMENT_ENDS = (";", "{", "}", ",", ")")
_CODE_ONLY_ENDS = (";", "{", "}")  # a call's ')' and a list's ',' end lines of figures in prose as well
_MOST_CODE_SHARE = 0.08
_LEAST_STATEMENT_LINES = 0.5
_LEAST_VISIBLE = 40  # fewer characters say nothing either way; such a file has no body anyway

_LEAST_LINES = 3
_LEAST_SHAPED_SHARE = 0.7
_LEAST_ROW_SHARE = 0.9
_MOST_SENTENCE_ROWS = 0.3
_FIELD_WORDS = 3  # a field of a few words: a name, a date, a number, a short title
_CSV_DELIMITERS = (",", ";", "\t")  # not '|': a markdown table is an article's own
_PARAGRAPH_WORDS = 12
_LONG_PARAGRAPH_WORDS = 2 * _PARAGRAPH_WORDS  # words no command line has, however it opens


@dataclass(frozen=True, slots=True)
class NotProse:
    looks_like: str  # "Python source": the detail's "looks like …"
    evidence: str  # the measure that said so, as the detail states it


@dataclass(frozen=True, slots=True)
class _LineKind:
    looks_like: str
    lines_are: str  # what its lines are, for the detail
    line: re.Pattern[str]  # a line of this shape, matched whole, indentation kept
    hallmark: re.Pattern[str]  # a line in every file of the kind and in no prose, searched in the whole text
    aside: re.Pattern[str]  # comments and the like: counted neither way
    # A kind whose lines an article's header or fact box has as well is told only when every line is of its shape.
    every_line: bool = False


_HASH_COMMENT = re.compile(r"\s*#(?!!).*")


def _a_line(pattern: str) -> re.Pattern[str]:
    """A line of this shape anywhere in the text: one pass over it, where most prose is done with the kind."""
    return re.compile(rf"^(?:{pattern})[ \t\r]*$", re.MULTILINE)


_PYTHON = _LineKind(
    "Python source",
    "Python statements",
    re.compile(
        r"\s*(?:(?:async\s+)?def\s+\w+\s*\(.*|class\s+\w+\s*(?:\(.*\))?:"
        r"|import\s+\w[\w.]*(?:\s+as\s+\w+)?(?:\s*,\s*\w[\w.]*)*|from\s+\.*[\w.]*\s+import\s+.+"
        r"|(?:if|elif|while|for|with|try|else|except|finally|async\s+for|async\s+with)\b.*:"
        r"|(?:return|yield|raise|assert|del|global|nonlocal)\b.*|pass|break|continue"
        r"|@[A-Za-z_][\w.]*(?:\(.*\))?"
        r"|[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*(?::\s*[^=]+)?[-+*/%|&]?=\s*\S.*"
        r"|[A-Za-z_][\w.]*\(.*|[)\]}]+[,:)]*|.*[,(\[{\\])"
    ),
    _a_line(
        r"[ \t]*(?:(?:async\s+)?def\s+\w+\s*\(|class\s+\w+\s*[(:]|import\s+\w|from\s+\.*[\w.]+\s+import\s).*"
        # A script of assignments and calls alone: a line that is a whole call, or a name assigned a call's value.
        r"|[ \t]*(?:[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?[ \t]*[-+*/]?=[ \t]*[A-Za-z_]|[a-z_])[\w.]*\(.*\)"
    ),
    _HASH_COMMENT,
)
_SHELL = _LineKind(
    "a shell script",
    "shell commands",
    re.compile(
        r"\s*(?:#!.*|(?:if|elif|while|until)\s.*|then|else|fi|do|done|esac|case\s.*\sin|for\s+\w+\s+in\b.*"
        r"|(?:function\s+)?\w+\s*\(\)\s*\{?|[{}]|(?:export\s+|local\s+|readonly\s+)?[A-Za-z_]\w*=\S.*"
        r"|(?:sudo\s+)?(?:echo|printf|set|exit|cd|source|\.|rsync|ssh|scp|curl|wget|git|docker|python3?|pip3?|tar"
        r"|cp|mv|rm|mkdir|chmod|chown|ln|systemctl|apt-get|psql|mysql|mysqldump|pg_dump)\s.*"
        r"|[a-z./][\w./-]*\s.*(?:\s--?[A-Za-z]|\$\{?[A-Za-z_(]|\s\|\s|&&|\|\||\s>>?\s?\S|2>&1).*|.*\\)"
    ),
    # A shebang or a block's end on a line of its own, or a variable anywhere.
    re.compile(
        r"^(?:#!.*\b(?:ba|z|k|da)?sh\b.*|[ \t]*(?:fi|done|esac)[ \t\r]*)$|\$(?:\{[A-Za-z_]|\(|[A-Za-z_])", re.MULTILINE
    ),
    _HASH_COMMENT,
)
_YAML = _LineKind(
    "a YAML configuration file",
    "YAML keys and list items",
    re.compile(r"\s*(?:-\s+)?[\"']?[A-Za-z_][\w.-]*[\"']?:(?:\s.*)?|\s+-\s.*"),
    # A lowercase key opening a block of indented lines: the nesting prose lacks ('Ingredientes:' over indented
    # 'huevos: 6' is a recipe, 'Centro:' over 'PSOE: 12.453 votos' a list of results).
    re.compile(r"^[ \t]*(?:-[ \t]+)?[\"']?[a-z_][a-z0-9_.-]*[\"']?:[ \t\r]*\n[ \t]+\S", re.MULTILINE),
    re.compile(r"\s*#.*|---|\.\.\.|-\s.*"),  # a top-level '- item' could be a markdown list as well
)
_CONFIG = _LineKind(
    "a TOML or INI configuration file",
    "keys, values and [sections]",
    re.compile(r"\s*(?:\[\[?[\w.\- \"']+\]\]?|[\"']?[\w.\-]+[\"']?\s*=\s*.*|[\"'][^\"']*[\"'],|[\]}],?)"),
    _a_line(r"[ \t]*\[\[?[\w.\- \"']+\]\]?"),
    re.compile(r"\s*[#;].*"),
)
_SQL_WORDS = (
    r"SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|TRUNCATE|FROM|WHERE|JOIN|LEFT|RIGHT|INNER|OUTER|CROSS|ON"
    r"|AND|OR|NOT|ORDER|GROUP|HAVING|LIMIT|OFFSET|UNION|VALUES|SET|BEGIN|COMMIT|ROLLBACK|LOCK|UNLOCK|USE"
    r"|GRANT|REVOKE|WITH|RETURNING|PRIMARY|FOREIGN|UNIQUE|KEY|CONSTRAINT|INDEX|CASE|WHEN|THEN|ELSE|END|ADD|COPY"
    r"|COMMENT"
)
# Written in capitals or in lower case, as SQL is; 'Select committee' and 'Update:' are neither.
_SQL_STATEMENTS = (
    r"SELECT\s.*\bFROM\b|SELECT\s.*,|INSERT\s+INTO\s|(?:CREATE|DROP)\s+(?:TABLE|INDEX|VIEW|DATABASE|SCHEMA)\s"
    r"|ALTER\s+TABLE\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s"
)
_SQL = _LineKind(
    "SQL",
    "SQL clauses and column definitions",
    re.compile(
        # A dump's COPY rows are tab-separated values, ended by a '\.' line.
        rf"\s*(?:(?:{_SQL_WORDS})\b.*|(?:{_SQL_WORDS.lower()})\b.*[=<>*(),;'`].*|.*[;,(]|\).*|[^\t]*\t.*|\\\."
        r"|[`\"]?\w+[`\"]?\s+(?i:int|integer|bigint|smallint|serial|varchar|char|text|date|datetime|timestamp"
        r"|boolean|bool|float|double|decimal|numeric|real|jsonb?|uuid|blob)\b.*)"
    ),
    _a_line(rf"[ \t]*(?:{_SQL_STATEMENTS}).*|[ \t]*(?:{_SQL_STATEMENTS.lower()}).*"),
    re.compile(r"\s*(?:--|/\*|\*).*"),
)
_LOG = _LineKind(
    "a log file",
    "log entries (a timestamp with seconds, an address or a level first)",
    re.compile(
        r"\s*\[?(?:(?:\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4})[T ]\d{2}:\d{2}:\d{2}"
        r"|\d{1,2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2}"
        r"|[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}|\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\s|\d{1,3}(?:\.\d{1,3}){3}\s"
        r"|(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\b).*"
        r"|Traceback \(most recent call last\):|\s+File \".*\", line \d+.*"
    ),
    re.compile(r"\b\d{2}:\d{2}:\d{2}\b"),  # a time to the second, anywhere
    re.compile(r"\s*#.*"),
)
_REQUIREMENTS = _LineKind(
    "a list of Python package requirements",
    "package names and versions",
    re.compile(
        r"\s*(?:[A-Za-z0-9][\w.\-]*(?:\[[\w,.\- ]+\])?\s*(?:(?:===?|>=|<=|~=|!=|<|>)\s*[\w.*+!\-]+\s*,?\s*)*(?:;.*)?"
        r"|-[rce]\s+\S+|--[\w-]+(?:[= ]\S+)?|\S+\s+@\s+\S+)"
    ),
    _a_line(r"[ \t]*[A-Za-z0-9][\w.\-]*(?:\[[\w,.\- ]+\])?[ \t]*(?:===?|>=|<=|~=|!=)[ \t]*\d.*"),
    _HASH_COMMENT,
)
_DOCKERFILE = _LineKind(
    "a Dockerfile",
    "Dockerfile instructions",
    re.compile(
        r"(?:FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL"
        r"|HEALTHCHECK|SHELL)\s.*"
        # An instruction goes on over indented lines, each but the last ending in '\'; the last goes on a command
        # or a setting.
        r"|.*\\|\s+(?:&&|\|\||[A-Za-z_]\w*=).*"
    ),
    # The base image: a name in lower case (as Docker's are), perhaps a tag and a stage's name.
    _a_line(r"[ \t]*FROM[ \t]+(?:--platform=\S+[ \t]+)?[a-z0-9$][\w.:/@${}-]*(?:[ \t]+(?i:as)[ \t]+[\w.-]+)?"),
    _HASH_COMMENT,
)
_MAKEFILE = _LineKind(
    "a Makefile",
    "targets, recipes and variables",
    re.compile(
        r"\t.*|[a-z_.$%/][\w.$()%/-]*(?:[ \t]+[\w.$()%/-]+)*[ \t]*::?(?!=).*"
        r"|(?:export[ \t]+|override[ \t]+)?[A-Za-z_][\w.]*[ \t]*(?:::?=|[?+!]?=).*"
        r"|-?include[ \t].*|(?:ifeq|ifneq|ifdef|ifndef|define)[ \t].*|else|endif|endef|.*\\"
    ),
    # A target in lower case (or a pattern or a variable) over a recipe, indented with a tab, as only make wants
    # it; or a variable set with ':=' or '?='.
    re.compile(
        r"^(?:(?=.*\n\t)[a-z_.$%][\w.$()%/-]*(?:[ \t]+[\w.$()%/-]+)*[ \t]*::?(?!=)[^=\n]*\n\t[@$a-z.-]"
        r"|[ \t]*[A-Za-z_]\w*[ \t]*(?:::?|\?)=)",
        re.MULTILINE,
    ),
    _HASH_COMMENT,
)
_ENV = _LineKind(
    "an environment (.env) file",
    "KEY=value settings",
    re.compile(r"\s*(?:export\s+)?[A-Za-z_][\w.]*=(?:\"[^\"]*\"|'[^']*'|[^\s\"']*)(?:\s+#.*)?"),
    _a_line(r"[ \t]*(?:export[ \t]+)?[A-Z][A-Z0-9_]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'#]*)"),
    _HASH_COMMENT,
)
# A header's keys, however a file writes their words apart.
_HEADER_KEY = "|".join(re.escape(key).replace(r"\ ", "[-_ ]") for key in sorted(HEADER_KEYS, key=len, reverse=True))
_FLAT_YAML = _LineKind(
    "a YAML configuration file",
    "keys in lower case with a value each",
    # A value of fewer words than a paragraph's: a crawler's `text:` line holds an article's body.
    re.compile(rf"[\"']?[a-z_][\w.-]*[\"']?:(?:[ \t]+(?:\S+[ \t]+){{0,{_PARAGRAPH_WORDS - 2}}}\S+)?"),
    # A key no article's header has: a crawler's `title:`, `url:` and `date:` lines over no body are no config.
    re.compile(rf"^(?=[\"']?[a-z_][\w.-]*[\"']?:(?:[ \t]|$))(?![\"']?(?i:{_HEADER_KEY})[\"']?:)", re.MULTILINE),
    re.compile(r"\s*#.*|---|\.\.\."),
    every_line=True,
)
# Before the shell's, whose lines a Makefile's recipes and an .env file's settings are as well.
_LINE_KINDS = (_PYTHON, _DOCKERFILE, _MAKEFILE, _ENV, _SHELL, _SQL, _CONFIG, _YAML, _FLAT_YAML, _LOG, _REQUIREMENTS)
_DOCSTRING = re.compile(r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'')
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)]*\s*$")
# A capital at the margin, perhaps after an opening quotation mark, of a word that is no level in capitals
# ("ERROR"), and that no colon, semicolon, bracket or quotation mark follows, as a key's or a call's would.
_PARAGRAPH_OPENING = re.compile(r"[\"“«¿¡(]?(?![A-Z]{2,}\b)[A-ZÀ-Þ][\w.-]*(?![\w.-]|[\"'”]?[:;(\[])")
_SENTENCE_MARKS = frozenset(".!?…")
_CLOSING_MARKS = "\"'”’»)"
_TIME_TO_THE_SECOND = re.compile(r"\d:\d\d:\d\d")


def what_it_looks_like(text: str) -> NotProse | None:
    """What the text is when it is code, a configuration or data rather than prose; None for prose."""
    encoded = text.encode("utf-8", "surrogatepass")
    visible = len(text) - _how_many(encoded, _SPACES)
    if visible < _LEAST_VISIBLE:
        return None
    if _is_script_or_style_sheet(text, _how_many(encoded, _CODE_CHARACTERS), visible):
        return NotProse(
            "a script or a style sheet",
            "most of its lines end as statements do, and braces, brackets and semicolons are more than "
            f"{_MOST_CODE_SHARE * 100:g} % of its characters",
        )
    without_docstrings = _DOCSTRING.sub('""', text) if '"""' in text or "'''" in text else text
    if not _held_by_paragraphs(without_docstrings):
        for kind in _LINE_KINDS:
            # A docstring is prose: a module's may be longer than its code.
            found = _line_kind_evidence(kind, without_docstrings if kind is _PYTHON else text)
            if found is not None:
                return found
    return _csv_evidence(_nonblank_lines(text))


def _held_by_paragraphs(text: str) -> bool:
    """Whether paragraphs hold so much of the text that no kind's lines can hold more than `_LEAST_SHAPED_SHARE`
    of it. Nearly every input is prose, which this settles in one pass over its lines instead of a search for
    each kind's hallmark: the whole check takes 0.07 ms a text of the benchmark corpus with it, 0.32 ms
    without. Docstrings are gone already: Python's measure skips them.

    A paragraph is a line no kind's line can be: it opens with a capital at the margin (no indentation, comment,
    list mark, timestamp, level in capitals, `key:` or `name(`), ends as a sentence does, has
    `_PARAGRAPH_WORDS` words or more, no tab, no `=` and no time to the second (a log's). With twice the words it
    may open with any letter, though not with a digit as a CSV row does: a crawler's one-line body opens with its
    ` date 2024-05-03 …` header, a paragraph cut from a page with a lower-case word. Opening so and holding a `$`
    and a letter ('$us 30 millones', Bolivia's dollars; a '$TSLA' cashtag), such a line had a shell command's
    shape, and the article was turned away as a shell script."""
    held = 0
    for line in text.split("\n"):
        # String methods first: a regex searched over each long line cost as much as the kinds' searches.
        line = line.rstrip()
        words = line.count(" ") + 1
        if (
            words >= _PARAGRAPH_WORDS
            and line.rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_MARKS
            and "\t" not in line
            and "=" not in line
            and (
                _PARAGRAPH_OPENING.match(line) is not None
                or (words >= _LONG_PARAGRAPH_WORDS and line.lstrip()[:1].isalpha())
            )
            and (":" not in line or _TIME_TO_THE_SECOND.search(line) is None)
        ):
            held += len(line)
    return held > (1 - _LEAST_SHAPED_SHARE) * (len(text) - text.count("\n"))


def _nonblank_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.split("\n") if line.strip()]


def _how_many(encoded: bytes, characters: bytes) -> int:
    """How many of a text's characters are among `characters`, ASCII ones, counted in its UTF-8 bytes: each is a
    byte there, and no other character has a byte below 128. One pass for them all, where a count for each
    character took 22 passes over the text (what_it_looks_like over the corpus's calls 61 -> 48 µs a file)."""
    return len(encoded) - len(encoded.translate(None, characters))


def _is_script_or_style_sheet(text: str, code: int, visible: int) -> bool:
    """`code`: how many of its characters are those code is made of; `visible`: how many are not spaces."""
    if code <= _MOST_CODE_SHARE * visible:
        return False
    lines = _nonblank_lines(text)
    statements = sum(1 for line in lines if line.endswith(_STATEMENT_ENDS))
    if statements < _LEAST_STATEMENT_LINES * len(lines):
        return False
    return any(line.endswith(_CODE_ONLY_ENDS) for line in lines)


def _line_kind_evidence(kind: _LineKind, text: str) -> NotProse | None:
    if kind.hallmark.search(text) is None:
        return None
    counted = [line for line in _nonblank_lines(text) if not kind.aside.fullmatch(line)]
    if len(counted) < _LEAST_LINES:
        return None
    shaped = [line for line in counted if kind.line.fullmatch(line)]
    if kind.every_line and len(shaped) < len(counted):
        return None
    if _characters(shaped) <= _LEAST_SHAPED_SHARE * _characters(counted):
        return None
    return NotProse(kind.looks_like, f"{len(shaped)} of its {len(counted)} lines are {kind.lines_are}")


def _characters(lines: list[str]) -> int:
    return sum(len(line.strip()) for line in lines)


def _csv_evidence(lines: list[str]) -> NotProse | None:
    if len(lines) < _LEAST_LINES:
        return None
    for delimiter in _CSV_DELIMITERS:
        if delimiter not in lines[0]:
            continue  # a CSV's first line is a row of two fields or more
        rows = _fields_of_each_line(lines, delimiter)
        if rows is None:
            continue
        width, count = Counter(len(row) for row in rows).most_common(1)[0]
        # A CSV opens with a row of its width, its header; an article, with a headline.
        if width < 2 or len(rows[0]) != width or count < _LEAST_ROW_SHARE * len(rows):
            continue
        if _reads_as_records(lines, [row for row in rows if len(row) == width], delimiter):
            looks_like = "TSV data" if delimiter == "\t" else "CSV data"
            return NotProse(looks_like, f"{count} of its {len(rows)} lines split at {delimiter!r} into {width} fields")
    return None


def _fields_of_each_line(lines: list[str], delimiter: str) -> list[list[str]] | None:
    """Each line read as a row of its own: a quotation left open in a paragraph does not run into the next; None
    when a field is longer than the csv module reads, which no record's is."""
    try:
        return [next(csv.reader([line], delimiter=delimiter)) for line in lines]
    except csv.Error:
        return None


def _reads_as_records(lines: list[str], rows: list[list[str]], delimiter: str) -> bool:
    """Fields of a few words, lines that do not end as sentences: a record, not a paragraph with commas."""
    fields = [field for row in rows for field in row]
    short = sum(1 for field in fields if len(field.split()) <= _FIELD_WORDS)
    sentences = sum(1 for line in lines if _ends_as_sentence(line, delimiter))
    return short * 2 >= len(fields) and sentences <= _MOST_SENTENCE_ROWS * len(lines)


def _ends_as_sentence(line: str, delimiter: str) -> bool:
    # A text field of a CSV ends with a full stop as well, but in quotes opened right after the delimiter
    # (CSV quotes a field that holds one); a paragraph's quotation opens after a space.
    quoted_field = re.search(rf'(?:^|{re.escape(delimiter)})"(?:[^"]|"")*"$', line) is not None
    return not quoted_field and _SENTENCE_END.search(line) is not None
