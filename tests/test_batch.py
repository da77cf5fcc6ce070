"""Corpus runs: order, workers, gzip and JSON Lines input, safe output, errors file, memory."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

import docnorm
from docnorm.batch import chunked, ordered_map, parse_many
from docnorm.corpus import _files_under, _matches

from .conftest import ROOT, run
from .memory import peak_memory

DUMPS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures/sites").glob("*.txt"))


def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("start", [None, "fork"] if sys.platform == "linux" else [None])
def test_ordered_map_keeps_order_on_workers(start: str | None) -> None:
    squares = ordered_map(_square, range(200), workers=3, start_method=start)
    assert list(squares) == [x * x for x in range(200)]
    assert list(ordered_map(_square, [], workers=3)) == []
    assert list(ordered_map(_square, [7], workers=3)) == [49]


def test_the_command_line_forks_its_workers_on_linux() -> None:
    """The command line's process has no threads when its workers start, so on Linux they fork
    from it (nothing to import); the library keeps the default, a fork server."""
    from docnorm.cli import _start  # noqa: PLC0415

    assert _start(1) is None
    assert _start(2) == ("fork" if sys.platform == "linux" else None)


def test_a_killed_worker_stops_the_run_instead_of_hanging() -> None:
    with pytest.raises(BrokenProcessPool):
        list(ordered_map(os._exit, [3, 3, 3, 3], workers=2))


def test_chunked() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


def test_parse_many_matches_parse_in_order_with_errors_in_place() -> None:
    items: list[str | bytes] = [p.read_bytes() for p in DUMPS[:12]]
    items.insert(3, b"")
    items.insert(7, b"\x00\x01binary\x00")
    expected = []
    for item in items:
        try:
            expected.append(docnorm.to_dict(docnorm.parse_bytes(item)))  # type: ignore[arg-type]
        except docnorm.DocnormError as exc:
            expected.append((type(exc).__name__, str(exc), exc.line))

    def outcome(r: docnorm.Article | docnorm.DocnormError) -> object:
        if isinstance(r, docnorm.DocnormError):
            return (type(r).__name__, str(r), r.line)
        return docnorm.to_dict(r)

    for workers in (1, 2):
        got = [outcome(r) for r in parse_many(items, workers=workers, chunk_size=4)]
        assert got == expected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """140 dumps in nested folders (more chunks than workers), one empty and one binary."""
    root = tmp_path_factory.mktemp("corpus")
    for copy in range(4):
        for path in DUMPS:
            target = root / f"part{copy}" / f"{path.stem}_{copy}.txt"
            target.parent.mkdir(exist_ok=True)
            shutil.copy(path, target)
    (root / "part1" / "empty.txt").write_bytes(b"")
    (root / "part2" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


def test_output_is_the_same_for_any_number_of_workers(corpus: Path) -> None:
    one = run("-q", "-j", "1", str(corpus))
    four = run("-q", "-j", "4", str(corpus))
    assert one.returncode == four.returncode == 1  # the two bad files
    assert one.stdout == four.stdout
    assert one.stderr == four.stderr
    paths = [json.loads(line)["path"] for line in one.stdout.splitlines()]
    assert len(paths) == 4 * len(DUMPS)
    assert paths == sorted(paths)  # directory order, kept


def test_summary_line(corpus: Path) -> None:
    proc = run("-j", "2", str(corpus / "part1"))
    *errors, summary = proc.stderr.splitlines()
    assert errors == [f"{corpus / 'part1' / 'empty.txt'}: empty input: no text"]
    assert summary.startswith(f"{len(DUMPS) + 1} documents, 1 errors, ")
    assert summary.endswith(" MB/s")


def test_errors_file_and_atomic_output(corpus: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    proc = run("-q", "-o", str(out), "--errors", str(errors), str(corpus))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4 * len(DUMPS)
    assert [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()] == [
        {
            "path": str(corpus / "part1" / "empty.txt"),
            "line": None,
            "error": "empty input: no text",
        },
        {
            "path": str(corpus / "part2" / "binary.txt"),
            "line": 1,
            "error": "binary input: looks like a PNG image, not text",
        },
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.jsonl", "out.jsonl"]


def _rglob_files(folder: str, pattern: str) -> list[str]:
    """The listing docnorm promises, spelt with pathlib: the reference for ``_files_under``."""
    return sorted(
        str(p)
        for p in Path(folder).rglob("*")
        if p.is_file() and not p.name.startswith(".") and _matches(p.name, pattern)
    )


def test_folder_listing_is_what_pathlib_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = tmp_path / "tree"
    for name in ["a.txt", "b.TXT", ".hidden.txt", "c.txt.gz", "d.json", "sub/e.txt",
                 "sub/deeper/f.txt", ".git/g.txt", "z/.h/i.txt", "sub/j.txt.gz.txt"]:  # fmt: skip
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text("x")
    (tree / "empty").mkdir()
    (tree / "link-to-sub").symlink_to(tree / "sub", target_is_directory=True)
    (tree / "link-to-a.txt").symlink_to(tree / "a.txt")
    (tree / "broken.txt").symlink_to(tree / "missing.txt")
    os.mkfifo(tree / "pipe.txt")
    monkeypatch.chdir(tmp_path)
    for folder in [str(tree), str(tree) + "/", "tree", "./tree", "tree//sub", "."]:
        for pattern in ["*.txt", "*", "*.json", "[a-c]*"]:
            assert _files_under(folder, pattern) == _rglob_files(folder, pattern), (folder, pattern)
    assert "tree/link-to-a.txt" in _files_under("tree", "*.txt")


def test_gzip_inputs(tmp_path: Path) -> None:
    data = DUMPS[0].read_bytes()
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(data))
    (tmp_path / "b.txt").write_bytes(data)
    proc = run("-q", str(tmp_path))
    first, second = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["path"].endswith("a.txt.gz")
    del first["path"], second["path"]
    assert first == second == docnorm.to_dict(docnorm.parse_bytes(data))
    piped = run("-q", "-", stdin=gzip.compress(data))
    assert json.loads(piped.stdout)["title"] == first["title"]
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(gzip.compress(data)[:40])
    proc = run(str(broken))
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"{broken}: not a valid gzip file")


def _jsonl_corpus(path: Path, *, compress: bool = False) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {"id": f"doc-{i}", "text": p.read_text(encoding="utf-8"), "url": f"https://x/{i}", "n": i}
        for i, p in enumerate(DUMPS[:5])
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "no-text", "body": "x"}))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return rows


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_corpus_input(tmp_path: Path, compress: bool) -> None:
    source = tmp_path / ("c.jsonl.gz" if compress else "c.jsonl")
    rows = _jsonl_corpus(source, compress=compress)
    proc = run("-q", "--jsonl", str(source))
    assert proc.returncode == 1
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert [g["path"] for g in got] == [f"{source}:{n}" for n in (1, 2, 4, 6, 7)]
    for g, r in zip(got, rows, strict=True):
        assert g["meta"] == {"url": r["url"], "n": r["n"]}
        assert g["title"] == docnorm.parse(str(r["text"])).title
    assert proc.stderr.splitlines() == [
        f"{source}:3: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{source}:5: no 'text' field with a string in this record",
    ]
    # Records docnorm writes, envelope and all, pass its own validator.
    check = run("validate", "-", stdin=proc.stdout.encode("utf-8"))
    assert check.returncode == 0, check.stdout


def test_jsonl_field_names(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text(
        json.dumps({"key": 9, "content": DUMPS[0].read_text(encoding="utf-8")}) + "\n",
        encoding="utf-8",
    )
    proc = run("-q", "--jsonl", "--text-field", "content", "--id-field", "key", str(source))
    [record] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["id"] == 9
    assert "meta" not in record


def test_a_stopped_run_leaves_no_output_file(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    text = DUMPS[0].read_text(encoding="utf-8")
    with source.open("w", encoding="utf-8") as f:
        for i in range(20_000):
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "docnorm", "-q", "-j", "1", "--jsonl", "-o", str(out), str(source)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".partial") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline, "the run never started writing"
        time.sleep(0.05)
    time.sleep(0.3)  # some lines written to the temporary file
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 143
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]  # nothing half-written


def test_memory_stays_flat_on_a_200_mb_corpus(tmp_path: Path) -> None:
    """Peak memory, not time: 200 MB in, 200 MB out, read and written a record at a time.

    Most of each record's bytes are in a field passed through under ``meta`` (as crawl
    metadata often is), so the run stays short while every byte goes through the pipe.
    """
    source = tmp_path / "big.jsonl"
    text = (
        "Thứ bảy, 05/12/2020\n\nTỉnh ủy họp bàn công tác chuẩn bị đại hội\n\n"
        "LSO-Sáng nay (22/5), đoàn công tác của Tỉnh ủy đã kiểm tra công tác chuẩn bị.\n\n"
        "Đoàn đã làm việc với Ban Thường vụ Huyện ủy và nghe báo cáo tình hình.\n\nANH DŨNG\n"
    )  # a short dump: the run's cost is per document, its size is in the passed-through field
    blob = "x" * 50_000
    size = 0
    with source.open("w", encoding="utf-8") as f:
        i = 0
        while size < 200_000_000:
            line = json.dumps({"id": i, "text": text, "html": blob}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "docnorm", "-q", "-j", "2", "--jsonl", "-o", str(out), str(source)]
    proc, largest_kb, total_kb = peak_memory(cmd, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert len(out.read_text(encoding="utf-8").splitlines()) == i
    # Generous bounds: Python with docnorm loaded is about 25 MB a process; the input is 200 MB.
    assert largest_kb < 150 * 1024, f"largest process peak RSS {largest_kb} KB"
    assert total_kb < 400 * 1024, f"peak RSS of all processes {total_kb} KB"
    os.remove(source)
