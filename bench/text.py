"""The text stage: docnorm.normalise against ftfy.fix_text and underthesea.text_normalize.

Run: pip install -e '.[bench]' && python bench/text.py [--repeat N]

The same texts through each, in three forms: "canonical" (the seed dumps and site fixtures in
docnorm's canonical form: clean NFC text, what most of a corpus looks like once crawled
carefully), "as dumped" (the files as they are: NFC, with NBSP, ©, stray spaces) and "messy"
(NFD, CRLF, NBSP, new-style tones), and "ASCII" (the canonical texts without their marks,
``Đường`` as ``Duong``: clean ASCII text). Prints MB/s (best of N runs), next to one
``unicodedata.normalize("NFC", …)`` pass, the floor any normaliser pays.
The tools do different jobs: ftfy repairs mojibake but does not touch tone placement;
underthesea also re-tokenises. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import docnorm
from docnorm.tones import to_new_style

ROOT = Path(__file__).resolve().parent.parent


def _messy(text: str) -> str:
    text = to_new_style(text).replace(" ", "\u00a0", 50).replace("\n", "\r\n")
    return unicodedata.normalize("NFD", text)


def _ascii(text: str) -> str:
    """The text without its Vietnamese marks (``Đường`` -> ``Duong``): clean ASCII text."""
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return bare.encode("ascii", "ignore").decode("ascii")


def _rate(run: Callable[[str], object], texts: list[str], repeat: int) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures/sites").glob("*.txt"))
    clean = [p.read_text(encoding="utf-8") for p in paths]
    canonical = [docnorm.normalise(t) for t in clean]
    messy = [_messy(t) for t in clean]
    ascii_texts = [docnorm.normalise(_ascii(t)) for t in canonical]  # (clean: no double spaces)
    tools: list[tuple[str, Callable[[str], object]]] = [
        ("NFC only (floor)", lambda t: unicodedata.normalize("NFC", t)),
        ("docnorm.normalise", docnorm.normalise),
    ]
    try:
        import ftfy  # noqa: PLC0415 (an optional bench dependency)

        tools.append(("ftfy.fix_text", ftfy.fix_text))
    except ImportError:
        print("ftfy is not installed: pip install -e '.[bench]'")
    try:
        from underthesea import text_normalize  # noqa: PLC0415

        tools.append(("underthesea.text_normalize", lambda t: text_normalize(t, tokenizer="space")))
    except ImportError:
        print("underthesea is not installed: pip install -e '.[bench]'")
    mb = sum(len(t.encode("utf-8")) for t in clean) / 1e6
    print(f"{len(clean)} texts, {mb:.2f} MB; best of {args.repeat} runs")
    print(f"{'MB/s':<28}{'canonical':>11}{'as dumped':>11}{'messy':>9}{'ASCII':>9}")
    for name, run in tools:
        forms = (canonical, clean, messy, ascii_texts)
        rates = [_rate(run, texts, args.repeat) for texts in forms]
        print(f"{name:<28}{rates[0]:>11.1f}{rates[1]:>11.1f}{rates[2]:>9.1f}{rates[3]:>9.1f}")
    fixed = [docnorm.normalise(t) for t in messy]
    same = sum(a == docnorm.normalise(b) for a, b in zip(fixed, clean, strict=True))
    print(
        f"docnorm: {same}/{len(clean)} messy texts give exactly the canonical form of the clean one"
    )


if __name__ == "__main__":
    main()
