"""Throughput of docnorm.parse_bytes on the seed dumps, next to a plain-Python floor.

Run: python bench/parse.py [--repeat N]

The floor is what any tool must do at least: decode UTF-8, NFC, split lines, dump JSON.
Not a test: numbers depend on the machine. Issue-specific benchmarks (dates against dateparser,
text against other normalisers, corpus scale) live beside this one as they are written.
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from pathlib import Path

import docnorm

ROOT = Path(__file__).resolve().parent.parent


def _floor(data: bytes) -> str:
    text = unicodedata.normalize("NFC", data.decode("utf-8"))
    return json.dumps({"lines": text.split("\n")}, ensure_ascii=False)


def _docnorm(data: bytes) -> str:
    return json.dumps(docnorm.to_dict(docnorm.parse_bytes(data)), ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    docs = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    size = sum(len(d) for d in docs) * args.repeat
    count = len(docs) * args.repeat
    print(f"{count} documents, {size / 1e6:.1f} MB (seed dumps x {args.repeat})")
    print(f"{'':<10}{'docs/s':>10}{'MB/s':>8}{'µs/doc':>9}")
    for name, run in (("floor", _floor), ("docnorm", _docnorm)):
        start = time.perf_counter()
        for _ in range(args.repeat):
            for data in docs:
                run(data)
        secs = time.perf_counter() - start
        print(f"{name:<10}{count / secs:>10.0f}{size / secs / 1e6:>8.1f}{secs / count * 1e6:>9.0f}")


if __name__ == "__main__":
    main()
