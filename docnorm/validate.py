"""Check records from any source against the ``docnorm/article@1`` rules."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any, Final

import attrs

from .convert import from_dict
from .errors import RecordError

__all__ = ["ENVELOPE_KEYS", "Problem", "iter_json_records", "validate"]

#: Keys docnorm's own JSON Lines output adds around a record; not part of the record.
ENVELOPE_KEYS: Final = ("path",)


@attrs.frozen
class Problem:
    """One problem of a record: where (``$.related[2].title``) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def validate(obj: Any) -> list[Problem]:
    """Every problem of a JSON record (an empty list for a valid one).

    >>> validate({"schema": "docnorm/article@1", "title": "Tin", "body": [""]})
    [Problem(path='$.body[0]', message='must not be empty')]
    """
    try:
        from_dict(obj)
    except RecordError as exc:
        return [Problem(path, message) for path, message in exc.problems]
    return []


def iter_json_records(stream: IO[str]) -> Iterator[tuple[int, Any, str | None]]:
    """``(line, record, error)`` for a JSON Lines stream or a file holding one JSON value.

    Reads line by line, so a JSON Lines file of any size takes constant memory. A stream whose
    first non-blank line is not a complete JSON value is read whole as one JSON document.
    """
    started = False
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if started:
                yield number, None, f"invalid JSON: {exc.msg} (column {exc.colno})"
                continue
            try:  # not JSON Lines: one (pretty-printed) JSON document
                yield number, json.loads(line + stream.read()), None
            except json.JSONDecodeError as whole:
                yield number + whole.lineno - 1, None, f"invalid JSON: {whole.msg}"
            return
        started = True
        yield number, value, None
