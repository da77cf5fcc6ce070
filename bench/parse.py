"""Throughput of docnorm.parse_bytes on the seed dumps, next to a plain-Python floor.

Run: python bench/parse.py [--repeat N] [--dumps seeds|sites|all] [--stages]

The floor is what any tool must do at least: decode UTF-8, NFC, split lines, dump JSON.
"docnorm, no rules" is docnorm's own path with the line roles left out (the first line is the
title, the second the lead, the rest body): decoding, the text stage, the record and its JSON.
What the full run costs beyond it is the cost of the line-role rules.
``--dumps`` picks the documents: the seed dumps (the default), the site fixtures
(fixtures/sites/*.txt) or both. ``--stages`` also times each stage of the pipeline on its own
(the stages as ``docnorm.pipeline`` runs them), to show where the time goes.
Not a test: numbers depend on the machine. Issue-specific benchmarks (dates against dateparser,
text against other normalisers, corpus scale) live beside this one as they are written.
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docnorm
from docnorm.assemble import assemble
from docnorm.classify import Line, Role, classify, new_line
from docnorm.decode import decode_bytes
from docnorm.options import DEFAULT_OPTIONS

ROOT = Path(__file__).resolve().parent.parent
DUMPS = {
    "seeds": ("seeds",),
    "sites": ("fixtures/sites",),
    "all": ("seeds", "fixtures/sites"),
}


def _floor(data: bytes) -> str:
    text = unicodedata.normalize("NFC", data.decode("utf-8"))
    return json.dumps({"lines": text.split("\n")}, ensure_ascii=False)


def _docnorm(data: bytes) -> str:
    return json.dumps(docnorm.to_dict(docnorm.parse_bytes(data)), ensure_ascii=False)


def _no_rules(lines: list[Line]) -> list[Role]:
    """One role per line without any rule: the least a line-role stage can cost."""
    names = ("title", "lead")
    return [Role(line, names[i] if i < 2 else "body", "none") for i, line in enumerate(lines)]


def _docnorm_no_rules(data: bytes) -> str:
    opts = DEFAULT_OPTIONS
    decoded = decode_bytes(data)
    text = docnorm.normalise(decoded.text, opts.tone_style)
    lines = [new_line(p) for p in enumerate(text.split("\n"), start=1) if p[1]]
    article = assemble(_no_rules(lines), opts, decoded.notices)
    return json.dumps(docnorm.to_dict(article), ensure_ascii=False)


def _time(run: Callable[[Any], object], inputs: list[Any], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for item in inputs:
            run(item)
    return time.perf_counter() - start


def _stages(docs: list[bytes], repeat: int) -> list[tuple[str, float]]:
    """Seconds per document of each stage, each timed on the output of the one before."""
    opts = DEFAULT_OPTIONS
    steps: list[tuple[str, Callable[[Any], Any]]] = [
        ("decode", decode_bytes),
        ("normalise", lambda d: docnorm.normalise(d.text, opts.tone_style)),
        ("lines", lambda t: [new_line(p) for p in enumerate(t.split("\n"), start=1) if p[1]]),
        ("classify", lambda lines: classify(lines, opts.timezone)),
        ("assemble", lambda roles: assemble(roles, opts, [])),
        ("to_dict", docnorm.to_dict),
        ("json", lambda d: json.dumps(d, ensure_ascii=False)),
    ]
    inputs: list[Any] = list(docs)
    out = []
    for name, step in steps:
        out.append((name, _time(step, inputs, repeat) / (repeat * len(inputs))))
        inputs = [step(item) for item in inputs]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--dumps", choices=sorted(DUMPS), default="seeds")
    parser.add_argument("--stages", action="store_true", help="also time each stage")
    args = parser.parse_args()
    paths = [p for folder in DUMPS[args.dumps] for p in sorted((ROOT / folder).glob("*.txt"))]
    docs = [p.read_bytes() for p in paths]
    size = sum(len(d) for d in docs) * args.repeat
    count = len(docs) * args.repeat
    print(f"{count} documents, {size / 1e6:.1f} MB ({args.dumps} dumps x {args.repeat})")
    print(f"{'':<18}{'docs/s':>10}{'MB/s':>8}{'µs/doc':>9}")
    secs = {}
    runs = (("floor", _floor), ("docnorm", _docnorm), ("docnorm, no rules", _docnorm_no_rules))
    for name, run in runs:
        secs[name] = _time(run, docs, args.repeat)
        rate, mbs, us = count / secs[name], size / secs[name] / 1e6, secs[name] / count * 1e6
        print(f"{name:<18}{rate:>10.0f}{mbs:>8.1f}{us:>9.0f}")
    print(f"docnorm takes {secs['docnorm'] / secs['floor']:.1f}x the floor's time")
    rules = (secs["docnorm"] - secs["docnorm, no rules"]) / count * 1e6
    print(f"line roles, and the record work they bring, take {rules:.0f} µs a document")
    if args.stages:
        stages = _stages(docs, args.repeat)
        total = sum(s for _, s in stages)
        print(f"\n{'stage':<10}{'µs/doc':>9}{'share':>8}")
        for name, sec in stages:
            print(f"{name:<10}{sec * 1e6:>9.0f}{sec / total:>8.0%}")


if __name__ == "__main__":
    main()
