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

# Article fixtures live in these folders; the others hold tables that their own tests read
# (dates: tests/test_date_shapes.py, text: tests/test_tones.py).
ARTICLE_DIRS = ("seeds", "sites")
TABLE_DIRS = ("dates", "text", "validation")
ALL_JSON = sorted((ROOT / "fixtures").rglob("*.json"))
FIXTURES = [p for p in ALL_JSON if p.parent.name in ARTICLE_DIRS]
FIELDS = list(docnorm.to_dict(docnorm.Article()).keys())


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _actual(fixture: dict[str, Any]) -> dict[str, Any]:
    options = docnorm.Options(**fixture.get("options", {}))
    record = docnorm.to_dict(docnorm.parse_file(ROOT / fixture["input"], options))
    record["warnings"] = [{"code": w["code"], "line": w["line"]} for w in record["warnings"]]
    return record


def test_every_fixture_file_is_read_by_a_test() -> None:
    assert all(p.parent.name in ARTICLE_DIRS + TABLE_DIRS for p in ALL_JSON)


def test_fixtures_exist() -> None:
    assert len(FIXTURES) >= 35
    for path in FIXTURES:
        fixture = _load(path)
        assert (ROOT / fixture["input"]).is_file(), path
        assert list(fixture["expected"]) == FIELDS, f"{path.name}: keys not in schema order"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
@pytest.mark.parametrize("field", FIELDS)
def test_golden_field(path: Path, field: str) -> None:
    fixture = _load(path)
    assert _actual(fixture)[field] == fixture["expected"][field]
