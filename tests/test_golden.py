"""Golden fixtures: every ``fixtures/**/*.json`` names an input and the record it must give.

A fixture is ``{"notes": [...], "input": "path from the repo root", "options": {...},
"expected": {record}}``; in ``expected`` warnings are compared by ``code`` and ``line`` only
(messages are prose and may be reworded). Each field is compared on its own so a failure names it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import docnorm

from .conftest import ROOT

# Article fixtures; fixtures/dates holds the date-shape table (tests/test_date_shapes.py).
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.json") if "dates" not in p.parts)
FIELDS = list(docnorm.to_dict(docnorm.Article()).keys())


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _actual(fixture: dict[str, Any]) -> dict[str, Any]:
    options = docnorm.Options(**fixture.get("options", {}))
    record = docnorm.to_dict(docnorm.parse_file(ROOT / fixture["input"], options))
    record["warnings"] = [{"code": w["code"], "line": w["line"]} for w in record["warnings"]]
    return record


def test_fixtures_exist() -> None:
    assert len(FIXTURES) >= 5
    for path in FIXTURES:
        fixture = _load(path)
        assert (ROOT / fixture["input"]).is_file(), path
        assert list(fixture["expected"]) == FIELDS, f"{path.name}: keys not in schema order"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
@pytest.mark.parametrize("field", FIELDS)
def test_golden_field(path: Path, field: str) -> None:
    fixture = _load(path)
    assert _actual(fixture)[field] == fixture["expected"][field]
