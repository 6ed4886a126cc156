"""`python -m newsfacts.evaluation`: print the evaluation table, the errors, and write JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsfacts.evaluation.facts import FactScores, evaluate_facts
from newsfacts.evaluation.gold import GOLD_DIR, load_pages
from newsfacts.evaluation.languages import (
    evaluate_language_places,
    evaluate_languages,
    language_place_summary,
    language_summary,
    render_language_place_table,
    render_language_table,
)
from newsfacts.evaluation.metadata import MetadataScores, evaluate_metadata
from newsfacts.evaluation.places import PlaceScores, evaluate_places, render_place_table
from newsfacts.evaluation.scores import Accuracy

# The targets (tests assert floors a little below the measured numbers instead).
TARGETS = {
    "events": (0.85, 0.85), "figures": (0.97, 0.95), "sources": (0.92, 0.90),
    "figures: measured thing": 0.85, "title (exact)": 0.90, "authors (exact list)": 0.85,
    "published date": 0.96,
}


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def summary(facts: FactScores, metadata: MetadataScores) -> dict[str, dict]:
    """Every measured number, keyed by score name."""
    return {score.name: score.numbers() for score in (
        facts.figures, facts.sources, facts.events, facts.figure_unit, facts.figure_measured,
        facts.source_type, facts.event_type, metadata.title, metadata.authors, metadata.published_date)}


def render_fact_table(facts: FactScores) -> str:
    """P/R/F1 per fact type and the fact fields' accuracy, as Markdown."""
    lines = ["| measure | precision | recall | F1 |", "|---|---|---|---|"]
    for score in (facts.figures, facts.sources, facts.events):
        lines.append(f"| {score.name} ({score.true_positives + score.false_negatives} labelled) | "
                     f"{_fmt(score.precision)} | {_fmt(score.recall)} | {_fmt(score.f1)} |")
    for acc in (facts.figure_measured, facts.figure_unit, facts.source_type, facts.event_type):
        lines.append(f"| {acc.name} (accuracy, of {acc.total}) | | | {_fmt(acc.value)} |")
    return "\n".join(lines)


def render_table(facts: FactScores, metadata: MetadataScores) -> str:
    """The Markdown table that the README shows."""
    lines = [
        f"Facts: {facts.n_pages} labelled articles; metadata: {metadata.n_pages} labelled pages.",
        "",
        "| measure | precision | recall | F1 | target |",
        "|---|---|---|---|---|",
    ]
    for score in (facts.figures, facts.sources, facts.events):
        target = TARGETS.get(score.name)
        target_text = f"P ≥ {target[0]}, R ≥ {target[1]}" if target else ""
        lines.append(f"| {score.name} ({score.true_positives + score.false_negatives} labelled) | "
                     f"{_fmt(score.precision)} | {_fmt(score.recall)} | {_fmt(score.f1)} | {target_text} |")
    lines += ["", "| field | accuracy | of | target |", "|---|---|---|---|"]
    for acc in (facts.figure_measured, facts.figure_unit, facts.source_type, facts.event_type,
                metadata.title, metadata.authors, metadata.published_date):
        target = TARGETS.get(acc.name)
        lines.append(f"| {acc.name} | {_fmt(acc.value)} | {acc.total} | "
                     f"{'≥ ' + str(target) if target else ''} |")
    return "\n".join(lines)


def _errors(title: str, examples: list[str], limit: int) -> list[str]:
    if not examples:
        return []
    shown = examples if limit <= 0 else examples[:limit]
    more = f" (first {len(shown)} of {len(examples)})" if len(shown) < len(examples) else ""
    return [f"\n## {title}{more}", *(f"- {e}" for e in shown)]


def render_errors(facts: FactScores, metadata: MetadataScores, limit: int) -> str:
    """Misses, false hits and wrong fields, listed for whoever improves the rules."""
    lines: list[str] = []
    for score in (facts.figures, facts.sources, facts.events):
        lines += _errors(f"{score.name}: misses", score.misses, limit)
        lines += _errors(f"{score.name}: false hits", score.false_hits, limit)
    acc: Accuracy
    for acc in (facts.figure_measured, facts.figure_unit, facts.source_type, facts.event_type,
                metadata.title, metadata.authors, metadata.published_date):
        lines += _errors(f"{acc.name}: wrong", acc.wrong, limit)
    return "\n".join(lines)


def place_summary(places: PlaceScores) -> dict[str, dict]:
    """The place resolution numbers, keyed like `summary`."""
    out = {score.name: score.numbers() for score in (places.places, places.demonyms, places.country)}
    out["places: share resolved"] = {"share": places.share_resolved, "names": places.n_names}
    return out


def render_errors_of_places(places: PlaceScores, limit: int) -> str:
    """Place names missed, resolved wrongly, or resolved though no place was labelled."""
    lines: list[str] = []
    for score in (places.places, places.demonyms):
        lines += _errors(f"{score.name}: misses", score.misses, limit)
        lines += _errors(f"{score.name}: false hits", score.false_hits, limit)
    lines += _errors(f"{places.country.name}: wrong", places.country.wrong, limit)
    return "\n".join(lines)


def run(limit: int = 0, json_path: Path | None = None) -> tuple[FactScores, MetadataScores]:
    """Evaluate everything, print the table and the errors, and optionally write JSON."""
    facts = evaluate_facts(load_pages("facts"))
    metadata = evaluate_metadata(load_pages("metadata"))
    print(render_errors(facts, metadata, limit))
    print("\n# newsfacts evaluation\n")
    print(render_table(facts, metadata))
    heldout_dir = GOLD_DIR / "heldout"
    heldout_pages = load_pages("facts", gold_dir=heldout_dir) if (heldout_dir / "facts").is_dir() else []
    if heldout_pages:
        heldout = evaluate_facts(heldout_pages)
        print(f"\n## Held out: {heldout.n_pages} articles labelled after the rules were written, "
              "never used to change them\n")
        print(render_fact_table(heldout))
    places = evaluate_places(load_pages("places"))
    print(render_errors_of_places(places, limit))
    print()
    print(render_place_table(places))
    by_language = evaluate_languages()
    print(f"\n## By language: {sum(s.n_pages for s in by_language.values())} articles in German, French "
          "and Spanish (tests/gold/languages)\n")
    print(render_language_table(by_language))
    heldout_languages = evaluate_languages(heldout=True)
    print(f"\n## By language, held out: {sum(s.n_pages for s in heldout_languages.values())} articles labelled "
          "before the rules ran on them\n")
    print(render_language_table(heldout_languages))
    language_places = evaluate_language_places()
    print(f"\n## Places by language: {sum(s.n_pages for s in language_places.values())} articles "
          "(tests/gold/languages/places)\n")
    print(render_language_place_table(language_places))
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        numbers = {**summary(facts, metadata), "languages": language_summary(by_language),
                   "languages_heldout": language_summary(heldout_languages),
                   "language_places": language_place_summary(language_places)} | place_summary(places)
        json_path.write_text(json.dumps(numbers, indent=2) + "\n")
    return facts, metadata


UNSEEN_GOLD_DIR = GOLD_DIR / "unseen"


def run_unseen(pages_dir: Path, limit: int = 0, json_path: Path | None = None,
               sets: str | None = None) -> tuple[FactScores, MetadataScores]:
    """Evaluate the labels of tests/gold/unseen/ on pages kept outside the repo, in pages_dir.

    These pages are not in ../shared/corpus (their README says where they come from), so CI
    cannot read them: this measurement is made by hand, and the README reports it. `sets`
    ("H-R", "S", "HIJ") keeps the pages of those sets only.
    """
    from newsfacts.evaluation.unseen import set_of

    wanted = set_names(sets) if sets else None
    all_fact_pages = load_pages("facts", UNSEEN_GOLD_DIR, pages_dir)
    fact_pages = [p for p in all_fact_pages if wanted is None or set_of(p.page) in wanted]
    if wanted is not None and not fact_pages:
        known = ", ".join(sorted({set_of(p.page) for p in all_fact_pages}, key=set_index))
        raise SystemExit(f"--sets {sets}: no labelled unseen page is in these sets (the sets are {known})")
    missing = [p.page for p in fact_pages if not p.html_path.is_file()]
    if missing:
        raise SystemExit(f"{pages_dir}: missing {len(missing)} labelled page(s): {', '.join(missing)}")
    from newsfacts.evaluation.facts import predict_facts, score_facts

    metadata_pages = [p for p in load_pages("metadata", UNSEEN_GOLD_DIR, pages_dir)
                      if wanted is None or set_of(p.page) in wanted]
    predictions = predict_facts(fact_pages)  # extracted once, scored per set and together
    facts, metadata = score_facts(fact_pages, predictions), evaluate_metadata(metadata_pages)
    print(render_errors(facts, metadata, limit))
    for name in sorted({set_of(p.page) for p in fact_pages}, key=set_index):
        print(f"\n## Set {name} alone\n")
        print(render_table(score_facts([p for p in fact_pages if set_of(p.page) == name], predictions),
                           evaluate_metadata([p for p in metadata_pages if set_of(p.page) == name])))
    print(f"\n# newsfacts evaluation on unseen pages ({pages_dir})\n")
    print(render_table(facts, metadata))
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(summary(facts, metadata), indent=2) + "\n")
    return facts, metadata


def set_index(name: str) -> int:
    """A set's place in the order A..Z, AA, AB... (spreadsheet columns: sets after Z take two letters)."""
    index = 0
    for letter in name.upper():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index


def _set_name(index: int) -> str:
    name = ""
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def set_names(sets: str) -> set[str]:
    """'H-R' -> {'H', ..., 'R'}; 'Y-AA' -> {'Y', 'Z', 'AA'}; 'HIS' -> {'H', 'I', 'S'}; 'AA' -> {'AA'}.

    A part without a dash is one set when a labelled set has that name, else a run of one-letter sets.
    """
    from newsfacts.evaluation.unseen import PAGES

    known = {entry[0] for entry in PAGES.values()}
    names: set[str] = set()
    for part in sets.upper().replace(",", " ").split():
        if not part.replace("-", "").isalpha():
            continue
        if part.count("-") == 1 and all(part.split("-")):
            low, high = (set_index(end) for end in part.split("-"))
            names |= {_set_name(index) for index in range(low, high + 1)}
        elif part in known:
            names.add(part)
        else:
            names |= set(part.replace("-", ""))
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsfacts-eval", description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="errors listed per kind (0: all)")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument("--unseen", type=Path, metavar="PAGES_DIR",
                        help="evaluate tests/gold/unseen/ on its pages in PAGES_DIR instead")
    parser.add_argument("--sets", help="with --unseen: only these sets ('H-R', 'S')")
    args = parser.parse_args(argv)
    if args.sets is not None and args.unseen is None:
        # The development labels have no sets: without --unseen the option would change nothing.
        parser.error("--sets selects sets of the unseen labels: it needs --unseen PAGES_DIR")
    if args.sets is not None and not set_names(args.sets):
        parser.error(f"--sets {args.sets!r} names no set (e.g. 'H-R', 'S', 'HIJ')")
    if args.unseen is not None:
        run_unseen(args.unseen, args.limit, args.json, args.sets)
    else:
        run(args.limit, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())

