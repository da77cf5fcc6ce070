"""The table of real-world header date lines in ``fixtures/dates/shapes.json``.

Each case gives a line as a news page prints it, the ISO value docnorm must read (null: the line
is not a date line), its label role, whether the printed weekday matches, and for relative dates
the reference moment. The table was written by hand from the date rules in docs/dates.md.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest

import docnorm

from .conftest import ROOT

CASES: list[dict[str, Any]] = json.loads(
    (ROOT / "fixtures" / "dates" / "shapes.json").read_text(encoding="utf-8")
)["cases"]


def _options(case: dict[str, Any]) -> docnorm.Options:
    return docnorm.Options(reference_date=case.get("reference"))


def test_the_table_is_large_and_varied() -> None:
    positives = [c for c in CASES if c["iso"] is not None]
    assert len(CASES) >= 80
    assert len({c["line"] for c in CASES}) == len(CASES)
    assert sum(1 for c in positives if c.get("reference")) >= 10
    assert sum(1 for c in positives if c.get("weekday_ok") is False) >= 6
    assert len(CASES) - len(positives) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c["line"] for c in CASES])
def test_date_shape(case: dict[str, Any]) -> None:
    found = docnorm.read_date(case["line"], _options(case))
    if case["iso"] is None:
        assert found is None
        return
    assert found is not None
    assert (found.iso, found.label_role) == (case["iso"], case.get("label"))
    assert found.weekday_ok is case.get("weekday_ok", True)


@pytest.mark.parametrize("case", CASES[::3], ids=[c["line"] for c in CASES[::3]])
def test_date_shape_in_any_case_and_nfd(case: dict[str, Any]) -> None:
    options = _options(case)
    expected = docnorm.read_date(case["line"], options)
    for variant in (
        case["line"].upper(),
        case["line"].lower(),
        unicodedata.normalize("NFD", case["line"]),
    ):
        found = docnorm.read_date(variant, options)
        assert (found.iso if found else None) == (expected.iso if expected else None), variant
