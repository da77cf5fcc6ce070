"""docnorm.validate and ``python -m docnorm validate``: levels, profiles, --fix, streaming.

The golden cases in ``fixtures/validation/cases.json`` give records and the exact problems
expected, written by hand from the record rules.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import docnorm
from docnorm.validate import canonical_record

from .conftest import ROOT, run
from .memory import peak_memory

CASES: list[dict[str, Any]] = json.loads(
    (ROOT / "fixtures" / "validation" / "cases.json").read_text(encoding="utf-8")
)["cases"]


def test_the_case_table_covers_both_levels() -> None:
    levels = [p["level"] for c in CASES for p in c["problems"]]
    assert len(CASES) >= 30
    assert levels.count("error") >= 15
    assert levels.count("warning") >= 6
    assert sum(1 for c in CASES if not c["problems"]) >= 6


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_case(case: dict[str, Any]) -> None:
    got = docnorm.validate(case["record"], require=case.get("require", ()))
    assert [(p.path, p.message, p.level) for p in got] == [
        (p["path"], p["message"], p["level"]) for p in case["problems"]
    ]
    errors = [p for p in case["problems"] if p["level"] == "error"]
    if case.get("require") is None:  # from_dict knows nothing of profiles
        if errors:
            with pytest.raises(docnorm.RecordError) as info:
                docnorm.from_dict(case["record"])
            assert info.value.problems == [(p["path"], p["message"]) for p in errors]
        else:
            docnorm.from_dict(case["record"])


def test_problem_text_shows_the_level() -> None:
    assert str(docnorm.Problem("$.title", "must be one line")) == "$.title: must be one line"
    warning = docnorm.Problem("$.title", "ends with a full stop", "warning")
    assert str(warning) == "$.title: warning: ends with a full stop"


def test_warnings_can_be_switched_off_and_tone_style_chosen() -> None:
    record = {"schema": docnorm.SCHEMA, "title": "Tỉnh uỷ họp bàn."}
    assert [p.level for p in docnorm.validate(record)] == ["warning", "warning"]
    assert docnorm.validate(record, warnings=False) == []
    new_style = docnorm.validate(record, tone_style="new")
    assert [p.message for p in new_style] == ["ends with a full stop: a headline does not"]


def test_require_rejects_unknown_field_names() -> None:
    with pytest.raises(ValueError, match="cannot require headline"):
        docnorm.validate({"schema": docnorm.SCHEMA}, require=["headline"])


def test_docnorms_own_records_have_no_problems() -> None:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures/sites").glob("*.txt"))
    for path in paths:
        record = docnorm.to_dict(docnorm.parse_file(path))
        assert docnorm.validate(record) == [], path.name


def test_canonical_record_fixes_text_only() -> None:
    record = {
        "schema": docnorm.SCHEMA,
        "title": "Tỉnh uỷ\u00a0 họp bàn ",
        "lead": unicodedata.normalize("NFD", "Hà Nội sáng nay"),
        "body": ["Hoà  bình", "   ", "Đoạn hai."],
        "related": [{"title": "Tin\u00a0mới", "teaser": None}],
        "comments": [{"author": "Minh", "date": None, "text": "Hay quá\r\nCảm ơn"}],
        "removed": [{"kind": "ad", "line": 3, "end_line": 3, "text": "Quảng cáo"}],
        "published": "2020-05-22",
    }
    fixed = canonical_record(record)
    assert fixed == {
        "schema": docnorm.SCHEMA,
        "title": "Tỉnh ủy họp bàn",
        "lead": "Hà Nội sáng nay",
        "body": ["Hòa bình", "Đoạn hai."],
        "related": [{"title": "Tin mới", "teaser": None}],
        "comments": [{"author": "Minh", "date": None, "text": "Hay quá\nCảm ơn"}],
        "removed": [{"kind": "ad", "line": 3, "end_line": 3, "text": "Quảng cáo"}],
        "published": "2020-05-22",
    }
    assert docnorm.validate(fixed) == []
    assert canonical_record(fixed) == fixed


# --- the command line ------------------------------------------------------------------------------


def _jsonl(*records: Any) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


GOOD = {"schema": docnorm.SCHEMA, "title": "Tỉnh ủy họp bàn"}
WARNED = {"schema": docnorm.SCHEMA, "title": "Tỉnh uỷ họp bàn"}
BROKEN = {"schema": docnorm.SCHEMA, "title": 5}


def test_cli_reports_levels_and_a_summary(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(_jsonl(GOOD, WARNED, BROKEN) + "{oops\n", encoding="utf-8")
    proc = run("validate", str(corpus))
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        f"{corpus}:2: $.title: warning: is not in canonical form "
        "(python -m docnorm validate --fix rewrites it)",
        f"{corpus}:3: $.title: must be a string, not integer",
        f"{corpus}:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
    assert proc.stderr == "4 records: 2 valid, 2 with errors, 1 with warnings\n"


def test_cli_warnings_alone_pass_unless_strict(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(_jsonl(GOOD, WARNED), encoding="utf-8")
    assert run("validate", str(corpus)).returncode == 0
    strict = run("validate", "--strict", str(corpus))
    assert strict.returncode == 1
    assert strict.stderr == "2 records: 1 valid, 1 with errors, 0 with warnings\n"
    quiet = run("validate", "--no-warnings", str(corpus))
    assert (quiet.returncode, quiet.stdout) == (0, "")


def test_cli_require(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(_jsonl(GOOD), encoding="utf-8")
    proc = run("validate", "--require", "title,published,authors", str(corpus))
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        f"{corpus}:1: $.published: required field is missing",
        f"{corpus}:1: $.authors: required field is missing",
    ]
    usage = run("validate", "--require", "title,headline", str(corpus))
    assert usage.returncode == 2
    assert "--require: unknown field headline" in usage.stderr


def test_cli_fix_writes_every_record_in_order(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    unfixable = {"schema": docnorm.SCHEMA, "title": "Tỉnh uỷ họp", "body": "x"}
    enveloped = {**WARNED, "path": "a.txt"}
    corpus.write_text(_jsonl(GOOD, enveloped, unfixable) + "not json\n", encoding="utf-8")
    proc = run("validate", "--fix", str(corpus))
    assert proc.returncode == 1  # the unfixable record still has an error
    *records, last = proc.stdout.splitlines()
    assert [json.loads(line) for line in records] == [GOOD, {**GOOD, "path": "a.txt"}, unfixable]
    assert last == "not json"  # nothing is dropped
    assert proc.stderr.splitlines() == [
        f"{corpus}:3: $.body: must be an array, not string",
        f"{corpus}:4: invalid JSON: Expecting value (column 1)",
        "4 records: 2 valid, 2 with errors, 0 with warnings, 1 fixed",
    ]


def test_cli_reads_stdin_and_pretty_json() -> None:
    pretty = json.dumps(WARNED, ensure_ascii=False, indent=2)
    proc = run("validate", "-", stdin=pretty.encode())
    assert proc.returncode == 0
    assert proc.stdout.startswith("<stdin>:1: $.title: warning:")


def test_cli_streams_a_100_mb_file_in_constant_memory(tmp_path: Path) -> None:
    """Peak memory, not time: 100 MB of JSON Lines must be read a record at a time."""
    record = docnorm.to_dict(docnorm.parse_file(ROOT / "seeds" / "001_20768af67a9501e4.txt"))
    # Long records keep the run short: the validator's cost is per record, the size is bytes.
    record["body"] = record["body"] * 40
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    big = tmp_path / "big.jsonl"
    count = 100_000_000 // len(line) + 1
    with big.open("wb") as f:
        for _ in range(count):
            f.write(line)
    assert big.stat().st_size >= 100_000_000
    proc, peak_kb, _ = peak_memory(
        [sys.executable, "-m", "docnorm", "validate", str(big)], cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert f"{count} records: {count} valid" in proc.stderr
    assert peak_kb < 100 * 1024, f"peak RSS {peak_kb} KB"


def test_cli_prints_the_json_schema() -> None:
    proc = run("schema")
    assert proc.returncode == 0
    assert proc.stdout == (ROOT / "docs" / "schema.json").read_text(encoding="utf-8")
    assert json.loads(proc.stdout)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert run("schema", "extra").returncode == 2
