"""Header dates: docnorm.read_date against dateparser on the same strings.

Run: pip install -e '.[bench]' && python bench/dates.py [--repeat N]

The strings are the hand-checked table in fixtures/dates/shapes.json: real-world header date
lines (expected ISO value, or null for lines that are not dates). For each library it prints
accuracy (an answer counts when it names the expected moment at the expected precision, or no
date for a non-date) and the time per string (best of N runs over the whole list, the runs of
all rows taken in turn so that a busy moment of the machine weighs on each alike).

docnorm is timed twice. "shapes seen": the steady state of a corpus run, where every line's
shape (the line with its digits blanked) has been read before, so only slicing and int() are
left. "shapes new": the shape memory is emptied before each run, so every line goes through
the regexes. Either way every value is read from the line itself; only where the parts sit
is remembered (tests/test_dates.py checks that results never depend on that memory).

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
from docnorm.dates import forget_shapes
from docnorm.options import VIETNAM

ROOT = Path(__file__).resolve().parent.parent


Moment = dt.date | dt.datetime
#: What a case expects: a moment, a month (year, month), or None for a non-date.
Want = Moment | tuple[int, int] | None


def _expected(case: dict[str, Any]) -> Want:
    iso = case["iso"]
    if iso is None:
        return None
    if len(iso) == 7:  # YYYY-MM: a month only
        return int(iso[:4]), int(iso[5:])
    return dt.datetime.fromisoformat(iso) if "T" in iso else dt.date.fromisoformat(iso)


def _same(got: Moment | None, want: Want, *, month_only: bool = False) -> bool:
    """An answer names the expected moment at the expected precision (or no date for none).

    ``month_only``: the answer says it is a month only. dateparser cannot say that, so for it
    the right year and month count.
    """
    if want is None or got is None:
        return got is None and want is None
    if isinstance(want, tuple):
        return (got.year, got.month) == want and month_only in (True, None)
    if month_only:
        return False
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

    def run_docnorm_cold() -> list[object]:
        forget_shapes()  # every line's shape is new: the regexes read each one
        return run_docnorm()

    forget_shapes()
    found = run_docnorm()
    right_docnorm = sum(
        _same(d.value if d else None, w, month_only=bool(d and not d.has_day))
        for d, w in zip(found, wants, strict=True)  # type: ignore[attr-defined]
    )
    rows: list[tuple[str, Callable[[], object], int]] = [
        ("docnorm, shapes seen", run_docnorm, right_docnorm),
        ("docnorm, shapes new", run_docnorm_cold, right_docnorm),
    ]
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

        dp_found = run_dateparser()
        right = sum(
            _same(g, w, month_only=None)  # type: ignore[arg-type]
            for g, w in zip(dp_found, wants, strict=True)
        )
        rows.append(("dateparser", run_dateparser, right))

    print(
        f"{len(cases)} strings ({sum(w is not None for w in wants)} dates, "
        f"{sum(w is None for w in wants)} non-dates), best of {args.repeat} runs"
    )
    # Round robin, best of N for each: a busy moment of the machine hits every row alike.
    best = [float("inf")] * len(rows)
    for _ in range(args.repeat):
        for i, (_name, run, _right) in enumerate(rows):
            best[i] = min(best[i], _time(run, 1))
    timed = [(name, right, took) for (name, _run, right), took in zip(rows, best, strict=True)]
    slowest = max(t for _, _, t in timed)
    print(f"{'':<22}{'accuracy':>10}{'µs/string':>11}{'speed-up':>10}")
    for name, right, took in timed:
        per = took / len(cases)
        print(f"{name:<22}{right / len(cases):>9.1%}{per * 1e6:>11.1f}{slowest / took:>9.0f}×")


if __name__ == "__main__":
    main()
