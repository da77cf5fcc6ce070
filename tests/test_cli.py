"""The command line through a real subprocess: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import SEEDS, run


def assert_no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr
    assert "Traceback" not in proc.stdout


def test_one_file_prints_one_json_object() -> None:
    proc = run(str(SEEDS[1]))
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["schema"] == "docnorm/article@1"
    assert record["section"] == "Đảng bộ Thành phố Lai Châu"
    assert "path" not in record
    assert proc.stderr == ""


def test_several_files_print_json_lines_with_path() -> None:
    proc = run(str(SEEDS[0]), str(SEEDS[3]))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(SEEDS[0]), str(SEEDS[3])]


def test_a_directory_gives_one_line_per_text_file(tmp_path: Path) -> None:
    for seed in SEEDS[:3]:
        (tmp_path / "sub").mkdir(exist_ok=True)
        (tmp_path / "sub" / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "notes.md").write_text("not a dump", encoding="utf-8")
    proc = run(str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    paths = [Path(json.loads(line)["path"]).name for line in proc.stdout.splitlines()]
    assert paths == [s.name for s in SEEDS[:3]]


def test_stdin() -> None:
    proc = run("-", stdin=SEEDS[4].read_bytes())
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["path"] == "<stdin>"
    assert record["updated"] == "2020-07-25T13:05:15+07:00"


def test_output_is_deterministic() -> None:
    assert run(str(SEEDS[2])).stdout == run(str(SEEDS[2])).stdout


def test_explain_shows_roles_and_rules() -> None:
    proc = run("--explain", str(SEEDS[1]))
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.splitlines()
    assert any(r.split()[:3] == ["2", "section", "section.line_above_title"] for r in rows)
    assert any(r.split()[:3] == ["31", "comment_widget", "widget.phrase"] for r in rows)


def test_tone_option() -> None:
    proc = run("--tone", "new", str(SEEDS[4]))
    assert proc.returncode == 0
    assert "cấp uỷ" in proc.stdout
    assert "cấp ủy" not in proc.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\n \n\t\n", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary input"),
        (b"abc\x00def\x00\x01\x02" * 10, "binary input"),
        (b"\x81\x8d\x8f\x90" * 20, "not valid UTF-8"),
    ],
)
def test_bad_input_is_one_line_error_and_exit_1(
    tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    proc = run(str(bad))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert_no_traceback(proc)
    [line] = proc.stderr.splitlines()
    assert line.startswith(f"{bad}")
    assert message in line


def test_missing_file(tmp_path: Path) -> None:
    proc = run(str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert proc.stderr == f"{tmp_path / 'nope.txt'}: no such file\n"


def test_batch_with_one_bad_file_still_does_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run(str(SEEDS[0]), str(empty), str(SEEDS[1]))
    assert proc.returncode == 1
    assert_no_traceback(proc)
    assert [json.loads(x)["path"] for x in proc.stdout.splitlines()] == [
        str(SEEDS[0]),
        str(SEEDS[1]),
    ]
    error, summary = proc.stderr.splitlines()
    assert error == f"{empty}: empty input: no text"
    assert summary.startswith("3 documents, 1 errors, ")
    assert run("-q", str(SEEDS[0]), str(empty)).stderr == f"{empty}: empty input: no text\n"


def test_binary_error_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "half.txt"
    bad.write_bytes("Dòng một\nDòng hai\n".encode() + b"\x00\x00\x00binary")
    proc = run(str(bad))
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"{bad}:3: binary input")


def test_require_title(tmp_path: Path) -> None:
    dump = tmp_path / "untitled.txt"
    dump.write_text(
        "Thứ bảy, 05/12/2020\n\nSáng nay, đoàn công tác đã kiểm tra công tác chuẩn bị đại hội "
        "đảng các cấp tại thành phố.\n",
        encoding="utf-8",
    )
    loose = run(str(dump))
    assert loose.returncode == 0
    assert json.loads(loose.stdout)["title"] is None
    assert "no_title" in [w["code"] for w in json.loads(loose.stdout)["warnings"]]
    strict = run("--require-title", str(dump))
    assert strict.returncode == 1
    assert strict.stderr == f"{dump}: no title: the dump has no headline line\n"


@pytest.mark.parametrize(
    "args", [[], ["--tone", "odd", "x.txt"], ["--reference-date", "2020-13-01", "x.txt"]]
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    assert "usage:" in proc.stderr


def test_validate_reports_file_line_path_message(tmp_path: Path) -> None:
    records = run(str(SEEDS[0]), str(SEEDS[1])).stdout
    bad = json.dumps({"schema": "docnorm/article@1", "title": 5, "body": "x"})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(records + bad + "\n{not json\n", encoding="utf-8")
    proc = run("validate", str(corpus))
    assert proc.returncode == 1
    assert_no_traceback(proc)
    assert proc.stdout.splitlines() == [
        f"{corpus}:3: $.title: must be a string, not integer",
        f"{corpus}:3: $.body: must be an array, not string",
        f"{corpus}:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
    assert proc.stderr == "4 records: 2 valid, 2 with errors, 0 with warnings\n"


def test_validate_accepts_docnorms_own_output() -> None:
    pretty = run(str(SEEDS[2])).stdout
    proc = run("validate", "-", stdin=pretty.encode())
    assert proc.returncode == 0, proc.stdout
    assert proc.stderr == "1 records: 1 valid, 0 with errors, 0 with warnings\n"


def test_records_reach_a_stdout_without_a_byte_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    """Records are written as UTF-8 bytes; a text-only stdout (a notebook's) still gets them."""
    from docnorm.cli import main  # noqa: PLC0415

    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    seeds = [str(p) for p in SEEDS[:2]]
    assert main(["-q", "-j", "1", *seeds]) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["path"] for r in records] == seeds
    assert all(r["title"] for r in records)


def test_starting_loads_only_what_a_parse_needs() -> None:
    # cattrs (reading records) and the worker machinery load when first used, so that the
    # command line and ``import docnorm`` start quicker.
    code = (
        "import sys, docnorm.cli; "
        "print([m for m in ('cattrs', 'concurrent.futures', 'multiprocessing') if m in sys.modules])"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout == "[]\n"


def test_a_killed_worker_gives_one_line_and_no_output_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    from docnorm import cli  # noqa: PLC0415

    def dies(*_args: object, **_kwargs: object) -> Iterator[object]:
        raise BrokenProcessPool("a child process terminated abruptly")
        yield  # (a generator, as ordered_map is)

    monkeypatch.setattr(cli, "ordered_map", dies)
    out = tmp_path / "out.jsonl"
    assert cli.main(["-q", "-o", str(out), *map(str, SEEDS[:2])]) == 2
    assert capsys.readouterr().err == (
        "docnorm: a worker process was killed (out of memory?); run stopped\n"
    )
    assert list(tmp_path.iterdir()) == []
