"""The benchmark scripts still run and print the rows docs/performance.md quotes (a smoke test
on a few documents: the figures themselves are not checked, only that they are printed)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench(script: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    return proc.stdout


def test_parse_bench_prints_the_floor_docnorm_and_the_cost_of_the_rules() -> None:
    out = _bench("parse.py", "--repeat", "1", "--stages")
    for row in ("floor", "docnorm", "docnorm, no rules", "classify", "json"):
        assert re.search(rf"^{re.escape(row)}\s+\d", out, re.MULTILINE), (row, out)
    rules = r"^line roles, and the record work they bring, take -?\d+ µs a document$"
    assert re.search(rules, out, re.MULTILINE), out


def test_throughput_bench_prints_every_row_and_the_machine_ceiling() -> None:
    out = _bench("throughput.py", "--docs", "150", "--trafilatura", "5", "--pairs", "1")
    for row in ("docnorm CLI -j 1", "docnorm CLI -j 2", "floor (1 process)", "docnorm in-process"):
        assert re.search(rf"^{re.escape(row)}\s+[\d,]+", out, re.MULTILINE), (row, out)
    assert "-j 1 and -j 2 outputs identical: True" in out
    assert re.search(r"^this machine's ceiling for two processes: \d\.\d\d \(median", out, re.M)
