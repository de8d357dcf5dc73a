"""Time the fact extractors, on the labelled and seed articles or on the benchmark corpus.

    .venv/bin/python -m flows.extract.benchmark [--repeat N]
    .venv/bin/python -m flows.extract.benchmark --corpus /tmp/xcorp [--repeat N] [--save F]
    .venv/bin/python -m flows.extract.benchmark --compare F [--repeat N]

Without `--corpus`, prints, for the place, organization, amount and topic extractors and for all of them
together, the time per article and per 500 words on one core, after a first pass that loads the
gazetteers (its cost is printed as the start-up time). The labelled articles are short, so they are also
joined into articles of about 500 words, the size the speed target is stated for.

With `--corpus DIR` (a corpus of `flows.bench.corpus.write_corpus`, for example
`write_corpus(Path("/tmp/xcorp"), 2000, seed=1)`), times every stage of `extract_facts` on each article in
the order `extract_facts` runs them, and `extract_facts` itself: median and mean CPU milliseconds per
article. `--save F` records the corpus' articles and every row extracted from them; `--compare F` times
the same on the articles recorded in F, checks that the code now extracts exactly the recorded rows, in
the same order (see `benchmark_corpus`), and exits 1 when it does not.

CPU time per article moves by a third from run to run when other work shares the machine's two cores:
compare versions in runs back to back. Measured so, on the 2,000-file corpus of seed 1 (1,979 articles,
535 words on average): extract_facts went from 3.7 to 2.5 ms per article (median) with the shared
gazetteer pass, the `re` forms of the scanning patterns and lone words kept as bare pieces; under
valgrind, from 19.5 to 10.8 million instructions per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from flows.extract.amounts import find_amounts
from flows.extract.benchmark_stages import time_corpus
from flows.extract.evaluate import article_from_text, labelled_cases, seed_cases
from flows.extract.organizations import find_organizations
from flows.extract.places import find_places
from flows.extract.topics import score_topics
from flows.extract.types import ArticleText

EXTRACTORS: dict[str, Callable[[ArticleText], object]] = {
    "places": lambda article: find_places(article.text),
    "organizations": lambda article: find_organizations(article.text),
    "amounts": find_amounts,
    "topics": score_topics,
}
WORDS_PER_ARTICLE = 500


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=None, help="passes over the articles (200; 1 on a corpus)")
    parser.add_argument("--corpus", type=Path, help="folder of a benchmark corpus to time extract_facts on")
    snapshots = parser.add_mutually_exclusive_group()
    snapshots.add_argument("--save", type=Path, help="with --corpus: record every extracted row into this file")
    snapshots.add_argument("--compare", type=Path, help="time on the articles of this record and check the rows")
    args = parser.parse_args(argv)
    if args.corpus is not None or args.compare is not None:
        sys.exit(time_corpus(args.corpus, args.repeat or 1, args.save, args.compare))
    if args.save:
        parser.error("--save needs --corpus")
    args.repeat = args.repeat or 200

    articles = [case.article for case in labelled_cases() + seed_cases()]
    start = time.process_time()
    for extract in EXTRACTORS.values():
        extract(articles[0])
    print(f"start-up (gazetteers loaded once): {time.process_time() - start:.2f} s")
    for label, batch in (("as labelled", articles), ("joined", _joined(articles))):
        _time_batch(label, batch, args.repeat)


def _joined(articles: list[ArticleText]) -> list[ArticleText]:
    """The articles joined in order into articles of at least WORDS_PER_ARTICLE words."""
    joined: list[ArticleText] = []
    texts: list[str] = []
    for article in articles:
        texts.append(article.text)
        if sum(len(t.split()) for t in texts) >= WORDS_PER_ARTICLE:
            joined.append(article_from_text(f"joined-{len(joined)}", "\n\n".join(texts), article.language))
            texts = []
    return joined


def _time_batch(label: str, articles: list[ArticleText], repeat: int) -> None:
    words = sum(len(a.text.split()) for a in articles)
    print(f"{label}: {len(articles)} articles, {words / len(articles):.0f} words on average, {repeat} passes")
    total = 0.0
    for name, extract in EXTRACTORS.items():
        start = time.process_time()
        for _ in range(repeat):
            for article in articles:
                extract(article)
        elapsed = (time.process_time() - start) / repeat
        total += elapsed
        _report(name, elapsed, len(articles), words)
    _report("all four", total, len(articles), words)


def _report(name: str, seconds: float, articles: int, words: int) -> None:
    per_article = seconds / articles * 1000
    per_500_words = seconds / words * WORDS_PER_ARTICLE * 1000
    print(f"{name:14} {per_article:6.3f} ms/article  {per_500_words:6.3f} ms per {WORDS_PER_ARTICLE} words")


if __name__ == "__main__":
    main()
