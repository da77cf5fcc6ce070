"""Check records from any source against the ``docnorm/article@1`` rules.

Two levels: an *error* breaks the record format (a wrong type, a missing or unknown field, a bad
date, an empty string in a list, an unknown schema version); a *warning* is a doubt about a
well-formed record (dates in an impossible order, a title ending in a full stop, a body
paragraph that is site furniture by docnorm's own rules, text not in canonical form).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, Final, Literal, NamedTuple

import attrs

from .convert import from_dict
from .errors import RecordError
from .furniture import furniture_kind, is_alt_text, is_breadcrumb
from .model import Article
from .normalize import normalise
from .options import ToneStyle
from .shapes import is_comment_widget, is_related_header

__all__ = [
    "ENVELOPE_KEYS",
    "REQUIRABLE",
    "JsonRecord",
    "Problem",
    "canonical_record",
    "iter_json_records",
    "validate",
]

#: Keys docnorm's own JSON Lines output adds around a record (where it came from; a corpus
#: record's id and other fields); not part of the record.
ENVELOPE_KEYS: Final = ("path", "id", "meta")

#: Fields a stricter profile can require (``validate(obj, require=...)``, ``--require``).
REQUIRABLE: Final = tuple(
    f.name for f in attrs.fields(Article) if f.name not in ("schema", "warnings", "removed")
)

Level = Literal["error", "warning"]


@attrs.frozen
class Problem:
    """One problem of a record: where (``$.related[2].title``), what, and how bad."""

    path: str
    message: str
    level: Level = "error"

    def __str__(self) -> str:
        if self.level == "warning":
            return f"{self.path}: warning: {self.message}"
        return f"{self.path}: {self.message}"


def validate(
    obj: Any,
    *,
    require: Iterable[str] = (),
    warnings: bool = True,
    tone_style: ToneStyle = "old",
) -> list[Problem]:
    """Every problem of a JSON record (an empty list for a sound one), errors first.

    ``require`` names fields that must be present and not empty (a stricter profile);
    ``warnings=False`` checks the format only; ``tone_style`` is the canonical tone-mark style
    the text is checked against (``"keep"``: any).

    >>> validate({"schema": "docnorm/article@1", "title": "Tin", "body": [""]})
    [Problem(path='$.body[0]', message='must not be empty', level='error')]
    >>> validate({"schema": "docnorm/article@1", "title": "Tin."}, require=["published"])
    [Problem(path='$.published', message='required field is missing', level='error'), \
Problem(path='$.title', message='ends with a full stop: a headline does not', level='warning')]
    """
    required = tuple(require)
    unknown = [name for name in required if name not in REQUIRABLE]
    if unknown:
        raise ValueError(f"cannot require {', '.join(unknown)}: not a field that can be required")
    try:
        article = from_dict(obj)
    except RecordError as exc:
        return [Problem(path, message) for path, message in exc.problems]
    problems = [
        Problem(f"$.{name}", "required field is missing")
        for name in required
        if getattr(article, name) in (None, ())
    ]
    if warnings:
        problems += _doubts(article, tone_style)
    return problems


# --- warnings -------------------------------------------------------------------------------------


def _moment(value: str, *, upper: bool = False) -> dt.date | dt.datetime:
    """A record's ISO value as a date (a month as its first or, ``upper``, last day) or an
    aware datetime."""
    if len(value) == 7:  # YYYY-MM
        year, month = int(value[:4]), int(value[5:])
        first = dt.date(year, month, 1)
        if not upper:
            return first
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    if "T" not in value:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


def _after(a: str, b: str, *, b_upper: bool = False) -> bool:
    """``a`` is later than ``b``: compared as moments when both have a time, else as days."""
    x, y = _moment(a), _moment(b, upper=b_upper)
    if isinstance(x, dt.datetime) and isinstance(y, dt.datetime):
        return x > y
    day_x = x.date() if isinstance(x, dt.datetime) else x
    day_y = y.date() if isinstance(y, dt.datetime) else y
    return day_x > day_y


def boilerplate_kind(text: str) -> str | None:
    """The kind of site furniture a line is by docnorm's own rules, or None.

    >>> boilerplate_kind("Chia sẻ"), boilerplate_kind("Viết bình luận"), boilerplate_kind("Tin")
    ('share', 'comment_widget', None)
    """
    kind = furniture_kind(text)
    if kind is not None:
        return kind
    if is_comment_widget(text):
        return "comment_widget"
    if is_related_header(text):
        return "related_title"
    if is_breadcrumb(text):
        return "navigation"
    if is_alt_text(text):
        return "alt_text"
    return None


def _texts(article: Article) -> Iterator[tuple[str, str]]:
    """``(path, text)`` for every text field of a record."""
    for name in ("title", "section", "lead"):
        value = getattr(article, name)
        if value is not None:
            yield f"$.{name}", value
    if article.source is not None:
        yield "$.source.code", article.source.code
        if article.source.name is not None:
            yield "$.source.name", article.source.name
    for name in ("body", "captions", "authors"):
        for i, text in enumerate(getattr(article, name)):
            yield f"$.{name}[{i}]", text
    for i, mention in enumerate(article.dates):
        yield f"$.dates[{i}].raw", mention.raw
    for i, related in enumerate(article.related):
        yield f"$.related[{i}].title", related.title
        if related.teaser is not None:
            yield f"$.related[{i}].teaser", related.teaser
    for i, comment in enumerate(article.comments):
        if comment.author is not None:
            yield f"$.comments[{i}].author", comment.author
        yield f"$.comments[{i}].text", comment.text


def _doubts(article: Article, tone_style: ToneStyle) -> list[Problem]:
    out: list[Problem] = []

    def warn(path: str, message: str) -> None:
        out.append(Problem(path, message, "warning"))

    page = article.page_date
    if article.published and page and _after(article.published, page, b_upper=True):
        warn("$.published", f"is after the page date {article.page_date}")
    if article.published and article.updated and _after(article.published, article.updated):
        warn("$.updated", f"is before the publication date {article.published}")
    title = article.title
    if title is not None and title.endswith(".") and not title.endswith(".."):
        warn("$.title", "ends with a full stop: a headline does not")
    for i, text in enumerate(article.body):
        kind = boilerplate_kind(text)
        if kind is not None:
            warn(f"$.body[{i}]", f"looks like site furniture ({kind}), not article text")
    for path, text in _texts(article):
        if normalise(text, tone_style) != text:
            warn(path, "is not in canonical form (python -m docnorm validate --fix rewrites it)")
    return out


# --- fixing ---------------------------------------------------------------------------------------

# Text fields of a record and its nested objects; one-line fields may not hold a line break.
_ONE_LINE: Final = frozenset(
    {"title", "section", "lead", "code", "name", "raw", "teaser", "author"}
)
_MULTI_LINE: Final = frozenset({"text"})
_LISTS: Final = frozenset({"body", "captions", "authors"})
_NESTED: Final = frozenset({"source", "dates", "related", "comments"})


def _canonical_text(text: str, tone_style: ToneStyle, *, one_line: bool) -> str:
    out = normalise(text, tone_style)
    return " ".join(out.split()) if one_line else out


def canonical_record(obj: Any, tone_style: ToneStyle = "old") -> Any:
    """The record with every text field in canonical form (the same steps ``parse`` applies);
    list items that become empty are dropped. Other values, and non-records, are returned as
    they are; ``removed`` keeps the input as it was and is left alone.

    >>> canonical_record({"title": "Tỉnh uỷ\\u00a0 họp ", "body": ["  ", "Hoà  bình"]})
    {'title': 'Tỉnh ủy họp', 'body': ['Hòa bình']}
    """
    if not isinstance(obj, dict):
        return obj
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if isinstance(value, str) and key in _ONE_LINE | _MULTI_LINE:
            out[key] = _canonical_text(value, tone_style, one_line=key in _ONE_LINE)
        elif key in _LISTS and isinstance(value, list):
            items = [
                _canonical_text(v, tone_style, one_line=True) if isinstance(v, str) else v
                for v in value
            ]
            out[key] = [v for v in items if v != ""]
        elif key in _NESTED and isinstance(value, dict):
            out[key] = canonical_record(value, tone_style)
        elif key in _NESTED and isinstance(value, list):
            out[key] = [canonical_record(v, tone_style) for v in value]
        else:
            out[key] = value
    return out


# --- reading JSON and JSON Lines ------------------------------------------------------------------


class JsonRecord(NamedTuple):
    """One value read from a JSON or JSON Lines stream: where it starts, the value, why it could
    not be read (``value`` is then None), and its text as it was."""

    line: int
    value: Any
    error: str | None
    text: str


def iter_json_records(stream: IO[str]) -> Iterator[JsonRecord]:
    """Every value of a JSON Lines stream, or the one value of a JSON file.

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
                yield JsonRecord(
                    number, None, f"invalid JSON: {exc.msg} (column {exc.colno})", line
                )
                continue
            text = line + stream.read()  # not JSON Lines: one (pretty-printed) JSON document
            try:
                yield JsonRecord(number, json.loads(text), None, text)
            except json.JSONDecodeError as whole:
                yield JsonRecord(
                    number + whole.lineno - 1, None, f"invalid JSON: {whole.msg}", text
                )
            return
        started = True
        yield JsonRecord(number, value, None, line)
