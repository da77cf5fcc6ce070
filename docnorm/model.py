"""The canonical record: frozen attrs classes with validators for what the schema forbids.

The validators run whenever a record is built, by the pipeline or by ``from_dict``, so an
``Article`` that exists is a valid ``docnorm/article@1`` record. Each value rule is stated once,
as a ``_Rule``: the validator and the JSON Schema fragment that says the same thing. A field
takes both from its rule, the fragment as ``metadata["json_schema"]``, where ``docnorm.schema``
reads it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from itertools import repeat
from typing import Any, Final, TypedDict

import attrs

__all__ = [
    "DATE_ROLES",
    "REMOVED_KINDS",
    "SCHEMA",
    "Article",
    "Comment",
    "DateMention",
    "FieldError",
    "Notice",
    "Related",
    "Removal",
    "Source",
    "is_iso_date",
]

SCHEMA: Final = "docnorm/article@1"
DATE_ROLES: Final = ("page", "published", "updated", "inferred")
REMOVED_KINDS: Final = (
    "comment_widget",
    "duplicate_teaser",
    "share",
    "tags",
    "navigation",
    "footer",
    "paywall",
    "ad",
    "credit",
    "alt_text",
)

_ISO = re.compile(
    r"(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?", re.ASCII
)


#: Answers of ``is_iso_date`` already given (a record holds its dates more than once); bounded.
_ISO_SEEN: dict[str, bool] = {}
_ISO_SEEN_MAX: Final = 4096


def is_iso_date(value: str) -> bool:
    """True for ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM[:SS]±HH:MM`` or ``YYYY-MM`` naming a real time.

    >>> is_iso_date("2020-02-13T20:49+07:00"), is_iso_date("2020-02-31"), is_iso_date("2020-08")
    (True, False, True)
    """
    known = _ISO_SEEN.get(value)
    if known is None:
        if len(_ISO_SEEN) >= _ISO_SEEN_MAX:
            _ISO_SEEN.clear()
        known = _ISO_SEEN[value] = _read_iso_date(value)
    return known


def _read_iso_date(value: str) -> bool:
    m = _ISO.fullmatch(value)
    if m is None:
        return False
    try:  # the shape is known; the C parsers check that each field is in range
        if m[4] is None:
            dt.date.fromisoformat(value if m[3] is not None else value + "-01")
            return True
        dt.datetime.fromisoformat(value)  # (it takes an offset's minutes up to 99)
    except ValueError:
        return False
    zone = m[7]
    return zone == "Z" or (zone[1:3] <= "23" and zone[4:6] <= "59")


# --- validators -------------------------------------------------------------------------------


class FieldError(ValueError):
    """A field breaks a record rule; ``path`` is relative to the object, e.g. ``.body[2]``."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path.lstrip('.')}: {message}")
        self.path = path
        self.message = message


Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _text_ok(value: object, one_line: bool) -> bool:
    """The common case, cheaply: a ``str`` with no white space at either end (so not blank)."""
    return (
        type(value) is str
        and value != ""
        and not value[0].isspace()  # (what ``str.strip()`` removes is what ``isspace`` says)
        and not value[-1].isspace()
        and not (one_line and ("\n" in value or "\r" in value))
    )


def _check_text(path: str, value: object, *, one_line: bool) -> None:
    if _text_ok(value, one_line):
        return
    if not isinstance(value, str):
        raise FieldError(path, f"must be a string, not {_json_type(value)}")
    if not value.strip():
        raise FieldError(path, "must not be empty")
    if one_line and ("\n" in value or "\r" in value):
        raise FieldError(path, "must be one line")
    if value != value.strip():
        raise FieldError(path, "must not start or end with white space")


def _json_type(value: object) -> str:
    names = {
        str: "string",
        int: "integer",
        float: "number",
        bool: "boolean",
        list: "array",
        tuple: "array",
        dict: "object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


# The validators run for every field of every record the pipeline makes, so each one tests the
# common case with ``_text_ok`` written out (a call less per value) and leaves every other case,
# and its message, to the plain rule.


def _one_line(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if (
        type(value) is not str
        or value == ""
        or value[0].isspace()
        or value[-1].isspace()
        or "\n" in value
        or "\r" in value
    ):
        _check_text("." + attr.name, value, one_line=True)


def _optional_one_line(inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _one_line(inst, attr, value)


def _text(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if type(value) is not str or value == "" or value[0].isspace() or value[-1].isspace():
        _check_text("." + attr.name, value, one_line=False)


def _opt(validator: Validator) -> Validator:
    def check(inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(inst, attr, value)

    return check


def _iso(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if type(value) is str and _ISO_SEEN.get(value):  # a date already known to be good
        return
    if not isinstance(value, str):
        raise FieldError("." + attr.name, f"must be a string, not {_json_type(value)}")
    if not is_iso_date(value):
        raise FieldError(
            "." + attr.name,
            f"{value!r} is not an ISO 8601 date "
            "(YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS]+HH:MM or YYYY-MM)",
        )


def _optional_iso(inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (type(value) is str and _ISO_SEEN.get(value)):
        _iso(inst, attr, value)


def _line_no(_inst: object, attr: attrs.Attribute[Any], value: int) -> None:
    if type(value) is int and value >= 1:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldError("." + attr.name, f"must be an integer, not {_json_type(value)}")
    if value < 1:
        raise FieldError("." + attr.name, f"must be a line number (1 or more), not {value}")


def _optional_line_no(inst: object, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not (type(value) is int and value >= 1):
        _line_no(inst, attr, value)


def _one_of(choices: tuple[str, ...]) -> Validator:
    def check(_inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value not in choices:
            raise FieldError("." + attr.name, f"{value!r} is not one of {', '.join(choices)}")

    return check


def _lines_of(*, one_line: bool) -> Validator:
    def each(_inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise FieldError("." + attr.name, f"must be an array, not {_json_type(value)}")
        for i, item in enumerate(value):
            if (
                type(item) is not str
                or item == ""
                or item[0].isspace()
                or item[-1].isspace()
                or (one_line and ("\n" in item or "\r" in item))
            ):  # (the path is built only for a bad item)
                _check_text(f".{attr.name}[{i}]", item, one_line=one_line)

    return each


def _items_of(cls: type) -> Validator:
    def each(_inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise FieldError("." + attr.name, f"must be an array, not {_json_type(value)}")
        if all(map(isinstance, value, repeat(cls))):  # (the loop below only finds the bad one)
            return
        for i, item in enumerate(value):
            if not isinstance(item, cls):
                raise FieldError(f".{attr.name}[{i}]", f"must be a {cls.__name__}")

    return each


def _tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


_CODE = re.compile(r"[a-z][a-z0-9_]*")


def _code(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise FieldError("." + attr.name, f"{value!r} is not a warning code (snake_case)")


# --- rules: a validator and its JSON Schema fragment ------------------------------------------
#
# A fragment with a ``title`` becomes a named ``$defs`` entry of the schema; its ``type`` must
# agree with the field's annotation (``docnorm.schema`` checks). Patterns are ECMA-262, as JSON
# Schema asks, and mean the same in Python's ``re``; they end with ``(?![\s\S])``, not ``$``,
# because Python's ``$`` also matches before a final newline.

#: What ``str.strip()`` removes (the characters ``str.isspace()`` accepts) as a regex class
#: body; a test compares it with ``str.isspace()`` over all of Unicode.
_SPACE_CLASS = (
    r"\u0009-\u000d\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
_EDGE = rf"[^{_SPACE_CLASS}]"  # a first or last character: anything but white space
_END = r"(?![\s\S])"


def _anchored(pattern: str) -> str:
    """``pattern`` as a JSON Schema pattern that must match the whole string."""
    return rf"^(?:{pattern}){_END}"


class _FieldArgs(TypedDict):
    validator: Validator
    metadata: dict[str, Any]


@attrs.frozen
class _Rule:
    """A value rule stated once: the validator that enforces it and the JSON Schema that says it.

    ``attrs.field(**rule.field_args())`` gives a field both.
    """

    validator: Validator
    json_schema: dict[str, Any]
    #: The validator that also lets None in, when it is written out (quicker than ``_opt``).
    optional: Validator | None = None

    def field_args(self, *, optional: bool = False) -> _FieldArgs:
        """``validator`` and ``metadata`` for ``attrs.field``; ``optional`` also lets None in."""
        validator = (self.optional or _opt(self.validator)) if optional else self.validator
        return {"validator": validator, "metadata": {"json_schema": self.json_schema}}


_ONE_LINE = _Rule(
    _one_line,
    {
        "title": "OneLineText",
        "description": "One line of text: not empty, no line break, no white space at either end.",
        "type": "string",
        "minLength": 1,
        "pattern": _anchored(rf"{_EDGE}(?:[^\n\r]*{_EDGE})?"),
    },
    _optional_one_line,
)
_TEXT = _Rule(
    _text,
    {
        "title": "Text",
        "description": "Text of one or more lines (joined with \\n): not empty, no white space "
        "at either end.",
        "type": "string",
        "minLength": 1,
        "pattern": _anchored(rf"{_EDGE}(?:[\s\S]*{_EDGE})?"),
    },
)
_LINES = _Rule(_lines_of(one_line=True), {"type": "array", "items": _ONE_LINE.json_schema})
_ISO_DATE = _Rule(
    _iso,
    {
        "title": "IsoDate",
        "description": "An ISO 8601 date: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] with +HH:MM, -HH:MM "
        "or Z, or YYYY-MM. The pattern checks the shape only; docnorm also checks that the day, "
        "the time and the offset exist.",
        "type": "string",
        # _ISO is compiled with re.ASCII; ECMA-262 has no such flag, so its \d is spelt [0-9].
        "pattern": _anchored(_ISO.pattern.replace(r"\d", "[0-9]")),
    },
    _optional_iso,
)
_LINE_NO = _Rule(
    _line_no,
    {
        "title": "LineNumber",
        "description": "A 1-based line number of the input.",
        "type": "integer",
        "minimum": 1,
    },
    _optional_line_no,
)
_WARNING_CODE = _Rule(
    _code,
    {
        "title": "WarningCode",
        "description": "A warning code in snake_case, such as no_byline.",
        "type": "string",
        "pattern": _anchored(_CODE.pattern),
    },
)


def _choice(choices: tuple[str, ...]) -> _Rule:
    """One of ``choices``: an ``enum``, or a ``const`` when there is only one."""
    fragment: dict[str, Any] = (
        {"type": "string", "const": choices[0]}
        if len(choices) == 1
        else {"type": "string", "enum": list(choices)}
    )
    return _Rule(_one_of(choices), fragment)


# --- the record -------------------------------------------------------------------------------


@attrs.frozen
class Source:
    """The outlet: an agency code (``LSO``) and its name when docnorm knows it."""

    code: str = attrs.field(**_ONE_LINE.field_args())
    name: str | None = attrs.field(default=None, **_ONE_LINE.field_args(optional=True))


_SOURCE: Final = attrs.validators.optional(attrs.validators.instance_of(Source))


def _optional_source(inst: object, attr: attrs.Attribute[Any], value: Source | None) -> None:
    if value is not None and type(value) is not Source:
        _SOURCE(inst, attr, value)


@attrs.frozen
class DateMention:
    """A date docnorm recognised, with its role, ISO value, raw text and 1-based line.

    ``value`` is None only for a relative date ("3 giờ trước") with no page date or
    ``Options.reference_date`` to count back from.
    """

    role: str = attrs.field(**_choice(DATE_ROLES).field_args())
    # None: a relative date with nothing to count from
    value: str | None = attrs.field(**_ISO_DATE.field_args(optional=True))
    raw: str = attrs.field(**_ONE_LINE.field_args())
    line: int = attrs.field(**_LINE_NO.field_args())


@attrs.frozen
class Related:
    """A related-article link printed after the article."""

    title: str = attrs.field(**_ONE_LINE.field_args())
    teaser: str | None = attrs.field(default=None, **_ONE_LINE.field_args(optional=True))


@attrs.frozen
class Comment:
    """A reader comment."""

    author: str | None = attrs.field(**_ONE_LINE.field_args(optional=True))
    date: str | None = attrs.field(**_ISO_DATE.field_args(optional=True))
    text: str = attrs.field(**_TEXT.field_args())


@attrs.frozen
class Removal:
    """Lines not kept as content: ``kind`` says why; ``text`` is the lines joined by newlines."""

    kind: str = attrs.field(**_choice(REMOVED_KINDS).field_args())
    line: int = attrs.field(**_LINE_NO.field_args())
    end_line: int = attrs.field(**_LINE_NO.field_args())
    text: str = attrs.field(**_TEXT.field_args())

    def __attrs_post_init__(self) -> None:
        if self.end_line < self.line:
            raise FieldError(".end_line", f"{self.end_line} is before line {self.line}")


@attrs.frozen
class Notice:
    """A warning: a doubt about the record that a user should see."""

    code: str = attrs.field(**_WARNING_CODE.field_args())
    message: str = attrs.field(**_ONE_LINE.field_args())
    line: int | None = attrs.field(default=None, **_LINE_NO.field_args(optional=True))


@attrs.frozen(kw_only=True)
class Article:
    """A canonical article record (schema ``docnorm/article@1``).

    Lists are stored as tuples so that an ``Article`` is immutable and hashable; ``to_dict``
    writes them as JSON arrays.
    """

    schema: str = attrs.field(default=SCHEMA, **_choice((SCHEMA,)).field_args())
    title: str | None = attrs.field(default=None, **_ONE_LINE.field_args(optional=True))
    source: Source | None = attrs.field(default=None, validator=_optional_source)
    section: str | None = attrs.field(default=None, **_ONE_LINE.field_args(optional=True))
    published: str | None = attrs.field(default=None, **_ISO_DATE.field_args(optional=True))
    updated: str | None = attrs.field(default=None, **_ISO_DATE.field_args(optional=True))
    page_date: str | None = attrs.field(default=None, **_ISO_DATE.field_args(optional=True))
    dates: tuple[DateMention, ...] = attrs.field(
        default=(), converter=_tuple, validator=_items_of(DateMention)
    )
    lead: str | None = attrs.field(default=None, **_ONE_LINE.field_args(optional=True))
    body: tuple[str, ...] = attrs.field(default=(), converter=_tuple, **_LINES.field_args())
    captions: tuple[str, ...] = attrs.field(default=(), converter=_tuple, **_LINES.field_args())
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple, **_LINES.field_args())
    related: tuple[Related, ...] = attrs.field(
        default=(), converter=_tuple, validator=_items_of(Related)
    )
    comments: tuple[Comment, ...] = attrs.field(
        default=(), converter=_tuple, validator=_items_of(Comment)
    )
    removed: tuple[Removal, ...] = attrs.field(
        default=(), converter=_tuple, validator=_items_of(Removal)
    )
    warnings: tuple[Notice, ...] = attrs.field(
        default=(), converter=_tuple, validator=_items_of(Notice)
    )
