"""One cattrs converter between ``Article`` and the JSON record of SPEC §1.

The converter is strict: no extra keys, no type coercion (``5`` is not a title), and every
problem is reported at once with its JSON path. It is built (and cattrs imported) the first time
a record is read: ``to_dict``, which every parse ends with, is written out by hand, so a run that
only parses never needs it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, get_args

import attrs

from .errors import RecordError
from .model import SCHEMA, Article, FieldError, _json_type

if TYPE_CHECKING:
    import cattrs

__all__ = ["from_dict", "to_dict"]


def _strict_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise FieldError("", f"must be a string, not {_json_type(value)}")
    return value


def _strict_int(value: Any, _type: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldError("", f"must be an integer, not {_json_type(value)}")
    return value


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter, built on first use."""
    import cattrs  # noqa: PLC0415 (imported when a record is first read; see the module's text)
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_unstructure_hook(tuple, list)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(int, _strict_int)

    def is_tuple(tp: Any) -> bool:
        return getattr(tp, "__origin__", None) is tuple

    def tuple_hook(tp: Any) -> Any:
        item = get_args(tp)[0]
        handler = conv.get_structure_hook(item)

        def structure(value: Any, _type: Any) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise FieldError("", f"must be an array, not {_json_type(value)}")
            out: list[Any] = []
            errors: list[Exception] = []
            for i, elem in enumerate(value):
                try:
                    out.append(handler(elem, item))
                except Exception as exc:  # collected and re-raised as one group below
                    exc.__notes__ = [*getattr(exc, "__notes__", []), _Index(i)]
                    errors.append(exc)
            if errors:
                raise _ItemsError("items are invalid", errors)
            return tuple(out)

        return structure

    def object_hook(cls: Any) -> Any:
        inner = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)

        def structure(value: Any, _type: Any) -> Any:
            if not isinstance(value, dict):
                raise FieldError("", f"must be an object, not {_json_type(value)}")
            return inner(value, cls)

        return structure

    conv.register_structure_hook_factory(is_tuple, tuple_hook)
    conv.register_structure_hook_factory(attrs.has, object_hook)
    return conv


class _Index(str):
    """A note that marks the index of a failing array item."""

    position: int

    def __new__(cls, position: int) -> _Index:
        self = super().__new__(cls, f"index {position}")
        self.position = position
        return self


class _ItemsError(ExceptionGroup[Exception]):
    pass


def to_dict(article: Article) -> dict[str, Any]:
    """The JSON-ready dict of an ``Article``, keys in schema order.

    Written out by hand for speed (one dict display per object, no dispatch); a test checks
    that it gives what the cattrs converter gives.

    >>> to_dict(Article(title="Tin"))["title"]
    'Tin'
    """
    a = article
    return {
        "schema": a.schema,
        "title": a.title,
        "source": None if a.source is None else {"code": a.source.code, "name": a.source.name},
        "section": a.section,
        "published": a.published,
        "updated": a.updated,
        "page_date": a.page_date,
        "dates": [
            {"role": d.role, "value": d.value, "raw": d.raw, "line": d.line} for d in a.dates
        ],
        "lead": a.lead,
        "body": list(a.body),
        "captions": list(a.captions),
        "authors": list(a.authors),
        "related": [{"title": r.title, "teaser": r.teaser} for r in a.related],
        "comments": [{"author": c.author, "date": c.date, "text": c.text} for c in a.comments],
        "removed": [
            {"kind": r.kind, "line": r.line, "end_line": r.end_line, "text": r.text}
            for r in a.removed
        ],
        "warnings": [{"code": n.code, "message": n.message, "line": n.line} for n in a.warnings],
    }


def _walk(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    from cattrs.errors import (  # noqa: PLC0415 (loaded with the converter)
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _walk(sub, f"{path}.{note.name}")
        for sub in without:
            yield from _walk(sub, path)
    elif isinstance(exc, IterableValidationError | _ItemsError):
        for sub in exc.exceptions:
            idx = next((n for n in getattr(sub, "__notes__", ()) if isinstance(n, _Index)), None)
            yield from _walk(sub, f"{path}[{idx.position}]" if idx is not None else path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield f"{path}.{key}", "unknown field"
    elif isinstance(exc, FieldError):
        yield path + exc.path, exc.message
    elif isinstance(exc, KeyError):
        yield path, "required field is missing"
    elif isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            yield from _walk(member, path)
    elif isinstance(exc, TypeError) and "argument" in str(exc):
        yield path, "must be an object"
    else:
        yield path, str(exc) or type(exc).__name__


def from_dict(data: Any) -> Article:
    """Build an ``Article`` from a JSON record, or raise ``RecordError`` listing its problems.

    Every unknown, missing or mistyped field is reported; within one object, value checks
    (empty strings, bad dates…) stop at its first bad field.

    >>> from_dict({"schema": "docnorm/article@1", "title": "Tin"}).title
    'Tin'
    """
    if not isinstance(data, dict):
        raise RecordError([("$", f"a record must be a JSON object, not {_json_type(data)}")])
    # Every other field has a default; the version tag must be there.
    problems = [] if "schema" in data else [("$.schema", "required field is missing")]
    converter = _converter()
    from cattrs import BaseValidationError  # noqa: PLC0415 (loaded by _converter)

    try:
        article = converter.structure(data, Article)
    except (BaseValidationError, ValueError, TypeError, KeyError) as exc:
        tag = data.get("schema")
        unknown = f"unknown schema version {tag!r} (this docnorm reads {SCHEMA})"
        problems += [
            (path, unknown if path == "$.schema" and isinstance(tag, str) else message)
            for path, message in _walk(exc, "$")
        ]
    if problems:
        raise RecordError(problems)
    return article
