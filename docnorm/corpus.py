"""The command line's corpus run: inputs to documents, documents to JSON lines, safe output.

Inputs are files, directories (searched recursively), ``-`` for standard input, gzip-compressed
versions of any of these, and JSON Lines corpora whose records carry the text in a field. A
document is read and parsed by a worker (``process``); the parent only lists inputs and writes
results, in input order.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import json
import os
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, NamedTuple

from .convert import to_dict
from .errors import DecodeError, DocnormError, ReadError
from .options import Options
from .pipeline import parse, parse_bytes, read_error, read_file

__all__ = [
    "STDIN",
    "AtomicOutput",
    "Doc",
    "Done",
    "Progress",
    "Results",
    "documents",
    "process",
    "read_input",
    "stdout_bytes",
]

STDIN = "-"
_GZIP_MAGIC = b"\x1f\x8b"


class Doc(NamedTuple):
    """One document to parse: a file to read, or text already read (a JSON Lines record).

    (Named tuples, here and in ``Done``, cross process boundaries several times cheaper than
    attrs instances.)
    """

    name: str  # a path, "<stdin>", or "FILE:LINE" for a record of a JSON Lines corpus
    path: str | None = None  # read by the worker
    text: str | bytes | None = None
    envelope: dict[str, Any] | None = None  # "id" and "meta" of a JSON Lines record
    error: str | None = None  # a problem found while listing (a bad JSON Lines record)


class Done(NamedTuple):
    """One document's outcome: the JSON line to write, or an error; counts for the summary.

    ``output`` is UTF-8 with its newline: the worker encodes it, and the parent, which must
    write every document, only copies bytes.
    """

    name: str
    output: bytes | None
    error: str | None = None
    error_line: int | None = None
    warned: bool = False
    size: int = 0


class Results(NamedTuple):
    """What a worker sends back for a chunk of documents: the JSON lines of those that parsed,
    in order, as one piece of bytes (the parent writes it as it is), the ``Done`` of each that
    failed, in order, and the counts for the summary.

    (One object a chunk: the parent's work then grows with the chunks, not the documents.)
    """

    output: bytes
    failed: list[Done]
    docs: int
    warned: int
    size: int


def gunzip(data: bytes) -> bytes:
    """The data, decompressed when it is gzip (by its magic bytes, whatever the file name)."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeError(f"not a valid gzip file ({exc})") from None


def read_input(path: str) -> bytes:
    """The bytes of an input file or of standard input (``-``), decompressed if gzip."""
    if path == STDIN:
        try:
            return gunzip(sys.stdin.buffer.read())
        except OSError as exc:
            raise ReadError(f"cannot read standard input: {exc}") from None
    return gunzip(read_file(path))


def _matches(name: str, pattern: str) -> bool:
    return fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(name, pattern + ".gz")


def _files_under(folder: str, pattern: str) -> list[str]:
    """The files under ``folder`` that match, sorted: the paths that ``str(p) for p in
    Path(folder).rglob("*") if p.is_file()`` gives, read with ``os.scandir`` (no ``stat`` of
    each file). Symbolic links to folders are not followed; hidden files are skipped."""
    base = str(Path(folder))
    found: list[str] = []
    todo = ["" if base == "." else base if base.endswith(os.sep) else base + os.sep]
    while todo:
        prefix = todo.pop()
        try:
            with os.scandir(prefix or ".") as entries:
                for entry in entries:
                    path = prefix + entry.name
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            todo.append(path + os.sep)
                        elif (
                            not entry.name.startswith(".")
                            and _matches(entry.name, pattern)
                            and entry.is_file()
                        ):
                            found.append(path)
                    except OSError:  # (pathlib counts such an entry as no file)
                        continue
        except OSError:  # a folder that cannot be read is skipped, as pathlib skips it
            continue
    found.sort()
    return found


def expand(inputs: Sequence[str], pattern: str) -> Iterator[str]:
    """Input paths: files as given, directories searched recursively (``pattern`` or
    ``pattern.gz``; hidden files skipped), ``-`` for standard input."""
    for item in inputs:
        if item != STDIN and os.path.isdir(item):
            yield from _files_under(item, pattern)
        else:
            yield item


def _display(item: str) -> str:
    return "<stdin>" if item == STDIN else item


def _jsonl_records(item: str, text_field: str, id_field: str) -> Iterator[Doc]:
    """The documents of a JSON Lines corpus: the text in ``text_field``, the other fields kept
    (``id_field`` as ``id``, the rest under ``meta``)."""
    name = _display(item)
    try:
        stream: IO[str] = io.TextIOWrapper(
            io.BytesIO(read_input(STDIN)) if item == STDIN else _open_binary(item),
            encoding="utf-8-sig",
        )
    except DocnormError as exc:
        yield Doc(name, error=str(exc))
        return
    with stream:
        try:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                where = f"{name}:{number}"
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Doc(where, error=f"invalid JSON: {exc.msg} (column {exc.colno})")
                    continue
                text = value.get(text_field) if isinstance(value, dict) else None
                if not isinstance(text, str):
                    yield Doc(where, error=f"no {text_field!r} field with a string in this record")
                    continue
                envelope: dict[str, Any] = {}
                if id_field in value:
                    envelope["id"] = value[id_field]
                meta = {k: v for k, v in value.items() if k not in (text_field, id_field)}
                if meta:
                    envelope["meta"] = meta
                yield Doc(where, text=text, envelope=envelope or None)
        except (UnicodeDecodeError, OSError, EOFError, zlib.error) as exc:
            yield Doc(name, error=f"cannot read the rest of the file ({exc})")


def _open_binary(path: str) -> IO[bytes]:
    try:
        raw = open(path, "rb")  # noqa: SIM115 (handed to the caller, which closes it)
    except OSError as exc:
        raise read_error(exc) from None
    if raw.peek(2)[:2] == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def documents(
    inputs: Sequence[str],
    pattern: str,
    *,
    jsonl: bool = False,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Doc]:
    """Every document of the inputs, in order, listed lazily."""
    for item in expand(inputs, pattern):
        if jsonl:
            yield from _jsonl_records(item, text_field, id_field)
        elif item == STDIN:
            try:
                yield Doc(_display(item), text=read_input(STDIN))
            except DocnormError as exc:
                yield Doc(_display(item), error=str(exc))
        else:
            yield Doc(item, path=item)


#: A record as one compact JSON line. (A record is a tree: the check for cycles is skipped.)
_json_line = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False
).encode


def _error(doc: Doc, exc: DocnormError, size: int) -> Done:
    return Done(doc.name, None, str(exc), exc.line, size=size)


def process_one(doc: Doc, options: Options, pretty: bool = False) -> Done:
    """Read and parse one document; its JSON line (with ``path``, ``id``, ``meta``) or error."""
    if doc.error is not None:
        return Done(doc.name, None, doc.error)
    size = 0
    try:
        data = read_input(doc.path) if doc.path is not None else doc.text
        assert data is not None  # a Doc has a path, a text or an error
        size = len(data)
        article = parse_bytes(data, options) if isinstance(data, bytes) else parse(data, options)
    except DocnormError as exc:
        return _error(doc, exc, size)
    except Exception as exc:  # a bug, not bad input: say so in one line, go on
        message = f"internal error ({type(exc).__name__}: {exc}); please report"
        return Done(doc.name, None, message, size=size)
    record = to_dict(article)
    if pretty:
        pretty_json = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        return Done(doc.name, pretty_json.encode(), size=size)
    record["path"] = doc.name
    if doc.envelope:
        record.update(doc.envelope)
    line = _json_line(record) + "\n"
    return Done(doc.name, line.encode(), warned=bool(article.warnings), size=size)


def process(chunk: list[Doc], options: Options, pretty: bool = False) -> Results:
    """``process_one`` over a chunk of documents (the unit of work sent to a worker)."""
    done = [process_one(doc, options, pretty) for doc in chunk]
    return Results(
        b"".join([d.output for d in done if d.output is not None]),
        [d for d in done if d.output is None],
        len(done),
        sum(d.warned for d in done),
        sum(d.size for d in done),
    )


class AtomicOutput:
    """A file that appears complete or not at all: written under a temporary name in the same
    directory and renamed over the target when the run ends well; removed otherwise. Written
    in bytes (UTF-8 text)."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent or "."
        )
        self.tmp = Path(tmp)
        self.stream: IO[bytes] = os.fdopen(fd, "wb")

    def __enter__(self) -> IO[bytes]:
        return self.stream

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.stream.close()
        finally:
            if kind is None:
                os.replace(self.tmp, self.path)
            else:
                self.tmp.unlink(missing_ok=True)


class _TextWriter(io.RawIOBase):
    """Bytes written to a text stream that has no byte stream under it (a notebook's, say)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.stream.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self.stream.flush()


def stdout_bytes() -> IO[bytes]:
    """Standard output as a byte stream (anything written to it before is flushed first)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextWriter(sys.stdout)  # type: ignore[return-value]


class Progress:
    """A one-line progress display on a terminal, and the final summary line."""

    def __init__(self, stream: IO[str], *, live: bool) -> None:
        self.stream = stream
        self.live = live
        self.start = time.perf_counter()
        self.shown = self.start
        self.docs = self.errors = self.warned = self.size = 0

    def add(self, results: Results) -> None:
        self.docs += results.docs
        self.errors += len(results.failed)
        self.warned += results.warned
        self.size += results.size
        if self.live and (now := time.perf_counter()) - self.shown >= 0.2:
            self.shown = now
            self.stream.write(f"\r{self._counts(now)}")
            self.stream.flush()

    def _counts(self, now: float) -> str:
        rate = self.docs / max(now - self.start, 1e-9)
        return f"{self.docs} documents, {self.errors} errors, {rate:,.0f} docs/s"

    def summary(self) -> str:
        took = max(time.perf_counter() - self.start, 1e-9)
        clear = "\r\x1b[K" if self.live else ""
        return (
            f"{clear}{self.docs} documents, {self.errors} errors, {self.warned} with warnings; "
            f"{self.docs / took:,.0f} docs/s, {self.size / took / 1e6:,.1f} MB/s\n"
        )
