"""Normalise dumps on a Dask cluster: the optional ``dask`` extra (``pip install 'docnorm[dask]'``).

``normalise_bag(bag)`` takes a ``dask.bag.Bag`` whose items are dumps (``bytes`` or ``str``) or
``(key, dump)`` pairs, and returns a Bag of JSON-ready dicts, one per item, in the same order:
the record of ``to_dict(parse_bytes(...))`` (``parse`` for a ``str``), with ``"path": key`` added
when the item is a pair — the same object the command line prints for a file. A bad input gives
an error record instead, ``{"path": key, "error": message}`` (with ``"line"`` when the error names
a line), so one bad dump never fails the whole computation. ``message`` is the text the command
line prints after ``PATH[:LINE]:``.

Everything sent to the workers is picklable: module-level functions, ``functools.partial`` and the
``Options`` object. ``record_of`` is that function, for a plain ``bag.map``::

    records = bag.map(docnorm.dask.record_of, options=Options(tone_style="new"))

``import docnorm`` never imports this module, and this module imports dask only when
``normalise_bag`` is called. See docs/scale.md.

``record_of`` needs no dask at all:

>>> from docnorm.dask import record_of, is_error
>>> record = record_of(("a.txt", "Tin mới về đại hội\\n\\nĐTO - Sáng ngày 25/7, Ban Tổ chức Tỉnh "
...                               "ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\\n\\nP.L"))
>>> record["title"], record["source"]["code"], record["authors"], record["path"]
('Tin mới về đại hội', 'ĐTO', ['P.L'], 'a.txt')
>>> record_of(("b.txt", b""))
{'path': 'b.txt', 'error': 'empty input: no text'}
>>> is_error(record), is_error(record_of(b"\\x00\\x01"))
(False, True)
"""

from __future__ import annotations

import functools
from typing import Any, Literal

from .convert import to_dict
from .errors import DocnormError
from .options import Options
from .pipeline import parse, parse_bytes

__all__ = ["Errors", "is_error", "normalise_bag", "record_of"]

#: What to do with a bad input: give an error record, drop it, or raise (failing the compute).
Errors = Literal["record", "skip", "raise"]

_ERRORS = ("record", "skip", "raise")
_INSTALL_HINT = "docnorm.dask needs Dask: pip install 'docnorm[dask]'"
_PAIR_LEN = 2


def _require_bag_type() -> type[Any]:
    try:
        import dask.bag  # noqa: PLC0415 (the extra is optional: imported only when used)
    except ImportError as exc:
        raise ImportError(_INSTALL_HINT) from exc
    bag_type: type[Any] = dask.bag.Bag
    return bag_type


def _split(item: Any) -> tuple[bool, Any, Any]:
    """``(has_key, key, dump)`` of one bag item."""
    if isinstance(item, tuple | list) and len(item) == _PAIR_LEN:
        return True, item[0], item[1]
    return False, None, item


def _failure(has_key: bool, key: Any, message: str, line: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"path": key} if has_key else {}
    out["error"] = message
    if line is not None:
        out["line"] = line
    return out


def record_of(
    item: Any, options: Options | None = None, *, errors: Literal["record", "raise"] = "record"
) -> dict[str, Any]:
    """The JSON-ready record of one bag item: a dump (``bytes``/``str``) or a ``(key, dump)`` pair.

    With a key, the record gets ``"path": key`` (last, as on the command line). A bad input gives
    ``{"path": key, "error": message}`` (``"line"`` too when known; no ``"path"`` without a key):
    ``message`` is ``str()`` of the ``DocnormError``, the text the command line prints after
    ``PATH[:LINE]:``; an unexpected exception (a bug) reads ``internal error (Type: message);
    please report``, as on the command line; an item of another type gives an error record that
    says so. With ``errors="raise"`` each of these raises instead (a ``TypeError`` for the type).
    """
    has_key, key, dump = _split(item)
    if not isinstance(dump, str | bytes | bytearray | memoryview):
        message = (
            f"a bag item must be bytes, str or a (key, bytes | str) pair, not {type(dump).__name__}"
        )
        if errors == "raise":
            raise TypeError(message)
        return _failure(has_key, key, message)
    try:
        if isinstance(dump, str):
            article = parse(dump, options)
        else:
            article = parse_bytes(bytes(dump), options)
        record = to_dict(article)
    except DocnormError as exc:
        if errors == "raise":
            raise
        return _failure(has_key, key, str(exc), exc.line)
    except Exception as exc:
        if errors == "raise":
            raise
        return _failure(
            has_key, key, f"internal error ({type(exc).__name__}: {exc}); please report"
        )
    if has_key:
        record["path"] = key
    return record


def is_error(record: dict[str, Any]) -> bool:
    """Whether an output of ``record_of`` / ``normalise_bag`` is an error record."""
    return "error" in record


def _is_record(record: dict[str, Any]) -> bool:
    return "error" not in record


def normalise_bag(bag: Any, options: Options | None = None, *, errors: Errors = "record") -> Any:
    """A ``dask.bag.Bag`` of JSON-ready records, one per item of ``bag``, in the same order.

    Items are dumps (``bytes`` or ``str``) or ``(key, dump)`` pairs; see ``record_of``.
    ``errors``: ``"record"`` (default) turns a bad input into an error record, ``"skip"`` drops
    it, ``"raise"`` raises its ``DocnormError`` in the worker, which fails the computation.
    Nothing is computed until the result is.
    """
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(map(repr, _ERRORS))}, not {errors!r}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be a docnorm.Options, not {type(options).__name__}")
    bag_type = _require_bag_type()
    if not isinstance(bag, bag_type):
        raise TypeError(f"normalise_bag needs a dask.bag.Bag, not {type(bag).__name__}")
    func = functools.partial(
        record_of, options=options, errors="raise" if errors == "raise" else "record"
    )
    records = bag.map(func)
    if errors == "skip":
        records = records.filter(_is_record)
    return records
