"""Corpus throughput: the command line with 1 and 2 workers, a plain-Python floor, trafilatura.

Run: pip install -e '.[bench]' && python bench/throughput.py [--docs N] [--trafilatura N]
                                                             [--pairs K]

A corpus of N documents (default 10,000) is generated in a temporary directory from the seed
dumps and site fixtures: every copy is varied (dates moved, paragraphs reordered, a sentence
of its own added) so that no two documents are the same. Then, on the same files:

- ``docnorm -j 1`` and ``docnorm -j 2``: ``python -m docnorm -q -j N -o OUT DIR``, timed from
  the outside (start-up included), with the peak RSS of the largest process of the run
  (sampled from /proc every 50 ms: the parent or a worker). The two run in turn, K times
  (default 3): the table gives the median run of each, and the ``-j 2`` / ``-j 1`` ratio of
  every pair is printed, since a virtual machine's speed can drift between two runs;
- the same with half the corpus, to show that peak memory does not grow with the corpus;
- the floor: read, decode UTF-8, NFC, split lines, one JSON line out, in plain Python, one
  process — the least any tool must do;
- docnorm in-process on one core (``parse_bytes`` + ``to_dict`` + ``json.dumps``);
- the machine's own ceiling for ``-j 2``: the first 4,000 documents parsed in-process by one
  process alone, then by two processes at once (each all of them, no parent, nothing shared), K
  times. ``2 × alone / together`` is the most any two workers can gain over one here: two cores
  of a virtual machine share caches, memory and, sometimes, a physical core;
- trafilatura (bench extra) on the first M documents, each wrapped one ``<p>`` per line, with
  ``trafilatura.extract(..., output_format="json")``, one process.

Not a test: the numbers depend on the machine. Goals on 2 cores: ≥ 3,000 docs/s per process on
seed-sized documents, within 5× of the floor, ``-j 2`` ≥ 1.7× ``-j 1``, peak RSS flat, faster
than trafilatura.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import docnorm

ROOT = Path(__file__).resolve().parent.parent
_DATE = re.compile(r"\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b")


def _vary(text: str, rng: random.Random, n: int) -> str:
    """A different document of the same kind: dates moved, body paragraphs reordered."""
    day = rng.randint(1, 28)
    text = _DATE.sub(lambda m: f"{day:02d}{m[2]}{m[3]}{m[2]}{m[4]}", text)
    blocks = text.split("\n\n")
    if len(blocks) > 6:
        middle = blocks[3:-3]
        rng.shuffle(middle)
        blocks = blocks[:3] + middle + blocks[-3:]
    blocks.insert(min(4, len(blocks)), f"Bản tin số {n} được cập nhật lúc {day} giờ sáng nay.")
    return "\n\n".join(blocks)


def make_corpus(target: Path, count: int) -> list[Path]:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "fixtures" / "sites").glob("*.txt")
    )
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rng = random.Random(7)
    paths = []
    for n in range(count):
        folder = target / f"{n // 1000:03d}"
        folder.mkdir(exist_ok=True)
        path = folder / f"{n:06d}.txt"
        path.write_text(_vary(texts[n % len(texts)], rng, n), encoding="utf-8")
        paths.append(path)
    return paths


def _tree_rss_kb(root: int) -> list[int]:
    """Resident set sizes (KB) of a process and all its descendants, read from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree, grew = tree | more, bool(more)
    sizes = []
    for pid in tree:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        sizes += [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")]
    return sizes


def run_cli(folder: Path, out: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak RSS (KB, the largest process, sampled) of one command-line run."""
    cmd = [sys.executable, "-m", "docnorm", "-q", "-j", str(jobs), "-o", str(out), str(folder)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, *_tree_rss_kb(proc.pid), 0)
        time.sleep(0.05)
    secs = time.perf_counter() - start
    _, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"docnorm failed: {err[-500:]}")
    return secs, peak


def timed(run: Callable[[bytes], str], datas: list[bytes], out: Path) -> float:
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for data in datas:
            f.write(run(data) + "\n")
    return time.perf_counter() - start


def floor(data: bytes) -> str:
    text = unicodedata.normalize("NFC", data.decode("utf-8"))
    return json.dumps({"lines": text.split("\n")}, ensure_ascii=False)


def in_process(data: bytes) -> str:
    return json.dumps(docnorm.to_dict(docnorm.parse_bytes(data)), ensure_ascii=False)


def _solo(listing: str) -> None:
    """``--solo LIST``: parse the files listed, in-process, and print the seconds it took."""
    datas = [Path(p).read_bytes() for p in Path(listing).read_text().split("\n") if p]
    in_process(datas[0])  # (the first document loads what parsing needs)
    start = time.perf_counter()
    for data in datas:
        in_process(data)
    print(time.perf_counter() - start)


def ceiling(paths: list[Path], base: Path, rounds: int) -> list[float]:
    """``2 × alone / together`` for each round: how much two processes, each parsing the same
    documents in-process, gain over one on this machine (at most 2)."""
    listing = base / "ceiling.txt"
    listing.write_text("\n".join(str(p) for p in paths[:4000]))
    cmd = [sys.executable, __file__, "--solo", str(listing)]

    def together(count: int) -> float:
        procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(count)]
        return max(float(proc.communicate()[0]) for proc in procs)

    return [2 * together(1) / together(2) for _ in range(max(1, rounds))]


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--solo":
        _solo(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--trafilatura", type=int, default=1_000, metavar="M")
    parser.add_argument("--pairs", type=int, default=3, metavar="K", help="-j 1/-j 2 runs in turn")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        corpus = base / "corpus"
        corpus.mkdir()
        paths = make_corpus(corpus, args.docs)
        datas = [p.read_bytes() for p in paths]
        size = sum(len(d) for d in datas)
        mb = size / 1e6
        print(f"{len(paths)} documents, {mb:.1f} MB ({size / len(paths) / 1e3:.1f} KB each)")
        rows: list[tuple[str, float, int, str]] = []
        runs: dict[int, list[tuple[float, int]]] = {1: [], 2: []}
        for _ in range(max(1, args.pairs)):
            for jobs in (1, 2):
                runs[jobs].append(run_cli(corpus, base / f"out{jobs}.jsonl", jobs))
        for jobs in (1, 2):
            secs = statistics.median(s for s, _ in runs[jobs])
            peak = max(p for _, p in runs[jobs])
            rows.append((f"docnorm CLI -j {jobs}", secs, len(paths), f"{peak / 1024:.0f} MB"))
        ceilings = ceiling(paths, base, args.pairs)  # (before half the corpus moves)
        ratios = [one / two for (one, _), (two, _) in zip(runs[1], runs[2], strict=True)]
        half = base / "half"
        half.mkdir()
        for folder in sorted(corpus.iterdir())[: max(1, len(list(corpus.iterdir())) // 2)]:
            folder.rename(half / folder.name)
        half_docs = sum(1 for _ in half.rglob("*.txt"))
        secs, peak = run_cli(half, base / "half.jsonl", 2)
        rows.append(("docnorm CLI -j 2, half", secs, half_docs, f"{peak / 1024:.0f} MB"))
        same = (base / "out1.jsonl").read_bytes() == (base / "out2.jsonl").read_bytes()
        rows.append(("floor (1 process)", timed(floor, datas, base / "f.jsonl"), len(datas), ""))
        rows.append(
            ("docnorm in-process", timed(in_process, datas, base / "d.jsonl"), len(datas), "")
        )
        try:
            import trafilatura  # noqa: PLC0415 (an optional bench dependency)
        except ImportError:
            print("trafilatura is not installed: pip install -e '.[bench]'")
        else:
            subset = datas[: args.trafilatura]

            def extract(data: bytes) -> str:
                body = "".join(
                    f"<p>{html.escape(line)}</p>" for line in data.decode("utf-8").splitlines()
                )
                page = f"<html><body><article>{body}</article></body></html>"
                return trafilatura.extract(page, output_format="json") or "{}"

            secs = timed(extract, subset, base / "t.jsonl")
            rows.append((f"trafilatura (first {len(subset)})", secs, len(subset), ""))
        print(f"{'':<30}{'docs/s':>9}{'MB/s':>7}{'peak RSS':>10}")
        for name, secs, count, peak in rows:
            rate = count / secs
            print(f"{name:<30}{rate:>9,.0f}{rate * size / len(datas) / 1e6:>7.1f}{peak:>10}")
        print(f"-j 1 and -j 2 outputs identical: {same}")
        listed = ", ".join(f"{r:.2f}" for r in ratios)
        median = statistics.median(ratios)
        print(f"-j 2 / -j 1, each pair run in turn: {listed} (median {median:.2f})")
        listed = ", ".join(f"{r:.2f}" for r in ceilings)
        print(
            f"this machine's ceiling for two processes: {listed} "
            f"(median {statistics.median(ceilings):.2f})"
        )
        print(f"own peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
