"""Many documents: in input order, on several processes, in constant memory.

``parse_many`` is the library entry point; the command line uses the same ``ordered_map`` to
run its own per-document work (reading, parsing, writing JSON) on worker processes. Work goes
out in chunks of documents, so that small documents do not drown in inter-process traffic, and
at most a few chunks per worker are in flight, so that memory does not grow with the input.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .errors import DocnormError
from .model import Article
from .options import DEFAULT_OPTIONS, Options
from .pipeline import parse, parse_bytes

__all__ = ["chunked", "default_workers", "ordered_map", "parse_many"]

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

#: Documents per chunk sent to a worker.
CHUNK_SIZE = 64
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # noqa: PLC0415 (only runs with workers load it)

    # "forkserver" starts workers from a clean process (no threads or open files of the caller)
    # yet fast; "spawn" where it is not available.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def ordered_map(
    func: Callable[[T], R],
    tasks: Iterable[T],
    workers: int = 1,
    *,
    start_method: str | None = None,
) -> Iterator[R]:
    """``map(func, tasks)`` on ``workers`` processes: results in task order, tasks read lazily.

    ``func`` and the tasks must be picklable (a module-level function or a
    ``functools.partial`` of one). With one worker, or a single task, nothing is started.
    ``start_method``: how workers start (default "forkserver", else "spawn"); "fork" is for a
    caller that knows its process has no threads.
    """
    it = iter(tasks)
    head = list(itertools.islice(it, 2))
    if workers <= 1 or len(head) < 2:
        yield from map(func, itertools.chain(head, it))
        return
    # (Not multiprocessing.Pool: its worker-minding thread wakes whenever a result is waiting
    # to be read, and so spins while results stream in, taking CPU from the workers.)
    # (Imported here: a run without workers does not load them.)
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    context = _context() if start_method is None else multiprocessing.get_context(start_method)
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        pending: deque[Future[R]] = deque()
        for task in itertools.chain(head, it):
            pending.append(pool.submit(func, task))
            if len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Stopped early (an error, a signal, the caller gave up): drop the work not started.
        pool.shutdown(wait=not pending, cancel_futures=True)


def _parse_one(item: str | bytes, options: Options) -> Article | DocnormError:
    try:
        return parse_bytes(item, options) if isinstance(item, bytes) else parse(item, options)
    except DocnormError as exc:
        return exc


def _parse_chunk(chunk: list[str | bytes], options: Options) -> list[Article | DocnormError]:
    return [_parse_one(item, options) for item in chunk]


def parse_many(
    items: Iterable[str | bytes],
    options: Options | None = None,
    *,
    workers: int | None = 1,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Article | DocnormError]:
    """The record of every dump (text or bytes), in input order; a bad input gives its
    ``DocnormError`` in its place instead of stopping the run.

    ``workers``: processes to use (``None``: all cores). The output is the same for any number
    of workers. Items are read lazily, and memory stays flat however many there are.

    >>> [type(r).__name__ for r in parse_many(["Tiêu đề bài báo ở đây\\n\\nĐoạn văn đầu.", b""])]
    ['Article', 'EmptyInputError']
    """
    work = functools.partial(_parse_chunk, options=options or DEFAULT_OPTIONS)
    count = default_workers() if workers is None else workers
    for results in ordered_map(work, chunked(items, chunk_size), count):
        yield from results
