"""docnorm.dask on a real two-process LocalCluster: the same records as the command line."""

from __future__ import annotations

import functools
import json
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask.bag as db
import pytest
from dask.distributed import Client, LocalCluster

import docnorm
from docnorm.dask import is_error, normalise_bag, record_of

from .conftest import ROOT, run

# Relative to ROOT, as the command line is run from there: the "path" strings then agree.
FILES = [
    str(p.relative_to(ROOT))
    for p in [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted((ROOT / "fixtures/sites").glob("*.txt")),
    ]
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: 8787 may be taken on a shared machine
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def cli_lines(files: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
    proc = run(*files)
    assert proc.returncode in (0, 1), proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    # only the PATH[:LINE]: message lines; a summary or other notes may follow them
    errors = [
        line for line in proc.stderr.splitlines() if any(line.startswith(f"{f}:") for f in files)
    ]
    return out, errors


def cli_error_line(record: dict[str, Any]) -> str:
    """An error record as the command line reports it on stderr."""
    where = f"{record['path']}:{record['line']}" if "line" in record else record["path"]
    return f"{where}: {record['error']}"


def test_bag_matches_command_line(client: Client, tmp_path: Path) -> None:
    assert len(FILES) >= 30
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nul.txt").write_bytes(b"PK\x03\x04\x00\x00" * 20)
    # two bad inputs among the good ones: the error texts must agree with the command line too
    files = [*FILES[:10], str(tmp_path / "empty.txt"), *FILES[10:], str(tmp_path / "nul.txt")]
    bag = db.from_sequence([(f, (ROOT / f).read_bytes()) for f in files], npartitions=4)
    got = normalise_bag(bag).compute()
    assert [r["path"] for r in got] == files  # one output per input, in input order
    expected, stderr = cli_lines(files)
    assert [r for r in got if not is_error(r)] == expected
    assert len(expected) == len(FILES)
    assert [cli_error_line(r) for r in got if is_error(r)] == stderr
    assert len(stderr) == 2
    # the records really came from the two worker processes
    assert len(client.scheduler_info()["workers"]) == 2


def test_bad_inputs_give_error_records(client: Client) -> None:
    good = (ROOT / FILES[0]).read_bytes()
    items = [("empty.txt", b""), ("nul.bin", b"abc\x00\x01\x02" * 10), (FILES[0], good)]
    got = normalise_bag(db.from_sequence(items, npartitions=2)).compute()
    assert got[0] == {"path": "empty.txt", "error": "empty input: no text"}
    assert set(got[1]) <= {"path", "error", "line"}
    assert got[1]["path"] == "nul.bin"
    assert got[1]["error"].startswith("binary input")
    assert "\n" not in got[1]["error"]
    assert got[2] == {**docnorm.to_dict(docnorm.parse_bytes(good)), "path": FILES[0]}

    skipped = normalise_bag(db.from_sequence(items, npartitions=2), errors="skip").compute()
    assert [r["path"] for r in skipped] == [FILES[0]]

    with pytest.raises(docnorm.EmptyInputError):
        normalise_bag(db.from_sequence(items, npartitions=2), errors="raise").compute()


def test_options_keyless_items_and_plain_map(client: Client) -> None:
    options = docnorm.Options(tone_style="new", fold_typography=True)
    texts = [(ROOT / f).read_text(encoding="utf-8") for f in FILES[:6]]
    got = normalise_bag(db.from_sequence(texts, npartitions=3), options).compute()
    assert got == [docnorm.to_dict(docnorm.parse(t, options)) for t in texts]
    assert all("path" not in r for r in got)
    # the documented recipe: a plain map with the same picklable function
    mapped = db.from_sequence(texts, npartitions=3).map(record_of, options=options).compute()
    assert mapped == got


def test_arguments_checked_before_anything_runs() -> None:
    bag = db.from_sequence([b"x"])
    with pytest.raises(ValueError, match="errors must be one of"):
        normalise_bag(bag, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag"):
        normalise_bag([b"x"])
    with pytest.raises(TypeError, match=r"docnorm\.Options"):
        normalise_bag(bag, {"tone_style": "new"})  # type: ignore[arg-type]
    assert record_of(("k", 5)) == {
        "path": "k",
        "error": "a bag item must be bytes, str or a (key, bytes | str) pair, not int",
    }


def test_what_goes_to_workers_pickles() -> None:
    options = docnorm.Options(tone_style="keep", reference_date="2020-10-13T08:00")
    func = pickle.loads(pickle.dumps(functools.partial(record_of, options=options)))
    assert func.keywords["options"] == options
    assert func(("a", b"")) == {"path": "a", "error": "empty input: no text"}


def test_import_docnorm_does_not_import_dask() -> None:
    code = "import sys, docnorm, docnorm.cli; print(any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert proc.stdout.strip() == "False"


def test_without_dask_the_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['dask'] = sys.modules['dask.bag'] = None\n"
        "from docnorm.dask import normalise_bag, record_of\n"
        "assert record_of(('k', b''))['error'] == 'empty input: no text'\n"
        "normalise_bag([b'x'])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert proc.returncode == 1
    assert "ImportError: docnorm.dask needs Dask: pip install 'docnorm[dask]'" in proc.stderr
