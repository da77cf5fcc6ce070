"""Peak memory of a command and every process it starts, measured from outside.

``ru_maxrss`` will not do: a process forked from a large test runner starts with the runner's
pages counted, and worker processes started through a fork server are not its children. So the
resident set sizes of the process tree are read from /proc while it runs.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path


def _tree(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree = {root}
    grew = True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return tree


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_memory(
    cmd: Sequence[str], *, cwd: Path, timeout: float = 600
) -> tuple[subprocess.CompletedProcess[str], int, int]:
    """Run ``cmd``; its result, the largest single-process RSS and the largest total RSS of
    its process tree (KB), sampled every 20 ms."""
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    largest = total = 0
    deadline = time.monotonic() + timeout
    while proc.poll() is None:
        sizes = [_rss_kb(pid) for pid in _tree(proc.pid)]
        largest, total = max(largest, *sizes), max(total, sum(sizes))
        if time.monotonic() > deadline:
            proc.kill()
            break
        time.sleep(0.02)
    out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), largest, total
