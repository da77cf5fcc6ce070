"""Header dates: docnorm.read_date against dateparser on the same strings.

Run: pip install -e '.[bench]' && python bench/dates.py [--repeat N]

The strings are the hand-checked table in fixtures/dates/shapes.json: real-world header date
lines (expected ISO value, or null for lines that are not dates). For each library it prints
accuracy (an answer counts when it names the expected moment at the expected precision, or no
date for a non-date) and the time per string (best of N runs over the whole list).

dateparser is called as ``dateparser.parse(s, languages=["vi"])``; for relative lines ("3 giờ
trước") it also gets ``settings={"RELATIVE_BASE": reference}``, docnorm the same reference, so
both count back from the same moment. A naive datetime from dateparser is taken as Vietnam time.
Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docnorm
from docnorm.options import VIETNAM

ROOT = Path(__file__).resolve().parent.parent


def _expected(case: dict[str, Any]) -> dt.date | dt.datetime | None:
    iso = case["iso"]
    if iso is None:
        return None
    return dt.datetime.fromisoformat(iso) if "T" in iso else dt.date.fromisoformat(iso)


def _same(got: dt.datetime | dt.date | None, want: dt.date | dt.datetime | None) -> bool:
    if want is None or got is None:
        return got is None and want is None
    if not isinstance(want, dt.datetime):
        return (got.date() if isinstance(got, dt.datetime) else got) == want
    if not isinstance(got, dt.datetime):
        return False
    return (got if got.tzinfo else got.replace(tzinfo=VIETNAM)) == want


def _time(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases = json.loads((ROOT / "fixtures/dates/shapes.json").read_text(encoding="utf-8"))["cases"]
    wants = [_expected(c) for c in cases]
    refs = [
        docnorm.Options(reference_date=c["reference"]) if c.get("reference") else None
        for c in cases
    ]
    jobs = list(zip([c["line"] for c in cases], refs, strict=True))

    def run_docnorm() -> list[object]:
        return [docnorm.read_date(line, opts) for line, opts in jobs]

    rows = [("docnorm", run_docnorm, [d.value if d else None for d in run_docnorm()])]
    try:
        import dateparser  # noqa: PLC0415 (an optional bench dependency)
    except ImportError:
        print("dateparser is not installed: pip install -e '.[bench]'")
    else:
        dp_settings = [
            {"RELATIVE_BASE": dt.datetime.fromisoformat(c["reference"]).replace(tzinfo=None)}
            if c.get("reference") and "T" in c["reference"]
            else {"RELATIVE_BASE": dt.datetime.fromisoformat(c["reference"] + "T00:00")}
            if c.get("reference")
            else None
            for c in cases
        ]
        dp_jobs = list(zip([c["line"] for c in cases], dp_settings, strict=True))

        def run_dateparser() -> list[object]:
            return [
                dateparser.parse(line, languages=["vi"], settings=st)
                if st
                else dateparser.parse(line, languages=["vi"])
                for line, st in dp_jobs
            ]

        rows.append(("dateparser", run_dateparser, run_dateparser()))

    print(
        f"{len(cases)} strings ({sum(w is not None for w in wants)} dates, "
        f"{sum(w is None for w in wants)} non-dates), best of {args.repeat} runs"
    )
    print(f"{'':<12}{'accuracy':>10}{'µs/string':>11}{'speed-up':>10}")
    base = None
    for name, run, answers in rows:
        right = sum(_same(g, w) for g, w in zip(answers, wants, strict=True))  # type: ignore[arg-type]
        per = _time(run, args.repeat if name == "docnorm" else max(1, args.repeat // 5)) / len(
            cases
        )
        base = base or per
        print(f"{name:<12}{right / len(cases):>9.1%}{per * 1e6:>11.1f}{per / base:>9.0f}×")


if __name__ == "__main__":
    main()
