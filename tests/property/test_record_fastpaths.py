"""The record's quick checks say what the plain rules say, on any value; assembly's one pass
over the lines finds what a pass per question finds.

The validators of ``docnorm.model`` test the common case first (a good string, line number or
date) and leave the rest to the rule; each is compared here with the rule spelt out plainly, as it
was before the quick test: the same values pass, and the others fail with the same error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docnorm import assemble, model
from docnorm.assemble import FIELD_OF_ROLE
from docnorm.classify import Line, Role
from docnorm.dates import HeaderDate
from docnorm.furniture import Credit
from docnorm.model import Article, DateMention, FieldError, Related, Removal, Source
from docnorm.strategies import iso_dates

Check = Callable[[Any, Any, Any], None]


def _plain_text(one_line: bool) -> Check:
    def check(_inst: Any, attr: Any, value: Any) -> None:
        model._check_text("." + attr.name, value, one_line=one_line)

    return check


def _plain_iso(_inst: Any, attr: Any, value: Any) -> None:
    if not isinstance(value, str):
        raise FieldError("." + attr.name, f"must be a string, not {model._json_type(value)}")
    if not model.is_iso_date(value):
        raise FieldError(
            "." + attr.name,
            f"{value!r} is not an ISO 8601 date "
            "(YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS]+HH:MM or YYYY-MM)",
        )


def _plain_line_no(_inst: Any, attr: Any, value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldError("." + attr.name, f"must be an integer, not {model._json_type(value)}")
    if value < 1:
        raise FieldError("." + attr.name, f"must be a line number (1 or more), not {value}")


def _plain_lines(_inst: Any, attr: Any, value: Any) -> None:
    if not isinstance(value, tuple):
        raise FieldError("." + attr.name, f"must be an array, not {model._json_type(value)}")
    for i, item in enumerate(value):
        model._check_text(f".{attr.name}[{i}]", item, one_line=True)


def _plain_items(cls: type) -> Check:
    def check(_inst: Any, attr: Any, value: Any) -> None:
        if not isinstance(value, tuple):
            raise FieldError("." + attr.name, f"must be an array, not {model._json_type(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, cls):
                raise FieldError(f".{attr.name}[{i}]", f"must be a {cls.__name__}")

    return check


def _optional(check: Check) -> Check:
    def optional(inst: Any, attr: Any, value: Any) -> None:
        if value is not None:
            check(inst, attr, value)

    return optional


class _Str(str):
    """A ``str`` subclass: the quick tests take exact types only; the rules take subclasses."""


class _Int(int):
    pass


_EDGY = st.text(
    st.sampled_from(["a", "Đ", "ữ", " ", "\n", "\r", "\t", "\u00a0", "\u2028", "\x1c", "\u3000"]),
    max_size=6,
)
#: Text with letters at both ends, so that only what is inside it can make it bad.
_FRAMED = st.builds(lambda a, inside, b: a + inside + b, st.sampled_from("aĐ"), _EDGY, st.just("ữ"))
_SCALARS = st.one_of(
    _EDGY,
    _FRAMED,
    _FRAMED,
    _EDGY.map(_Str),
    iso_dates(),
    iso_dates().map(_Str),
    st.sampled_from(["2020-02-31", "2020-08", "2020-13", "13/02/2020", "2020-02-13T20:49"]),
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.integers(-3, 3).map(_Int),
    st.floats(allow_nan=False),
    st.just(Source("LSO")),
    st.just(Related("Tin")),
)
_VALUES = st.one_of(
    _SCALARS,
    st.lists(_SCALARS, max_size=4),
    st.lists(_SCALARS, max_size=4).map(tuple),
    st.lists(st.sampled_from([Related("Tin"), Related("Tin khác", "Mở đầu")]), max_size=3).map(
        tuple
    ),
)

_A = {a.name: a for a in attrs.fields(Article)}
_PAIRS: list[tuple[str, Check, Check, Any]] = [
    ("one line", model._one_line, _plain_text(True), attrs.fields(Source).code),
    ("optional one line", model._optional_one_line, _optional(_plain_text(True)), _A["title"]),
    ("text", model._text, _plain_text(False), attrs.fields(Removal).text),
    ("iso", model._iso, _plain_iso, _A["published"]),
    ("optional iso", model._optional_iso, _optional(_plain_iso), _A["updated"]),
    ("line", model._line_no, _plain_line_no, attrs.fields(DateMention).line),
    ("optional line", model._optional_line_no, _optional(_plain_line_no), _A["warnings"]),
    ("lines", model._lines_of(one_line=True), _plain_lines, _A["body"]),
    ("items", model._items_of(Related), _plain_items(Related), _A["related"]),
    (
        "source",
        model._optional_source,
        attrs.validators.optional(attrs.validators.instance_of(Source)),
        _A["source"],
    ),
]


def _outcome(check: Check, attr: Any, value: Any) -> tuple[type, str] | None:
    try:
        check(None, attr, value)
    except (ValueError, TypeError) as exc:
        return type(exc), str(exc)
    return None


@pytest.mark.parametrize(
    ("quick", "plain", "attr"), [p[1:] for p in _PAIRS], ids=[p[0] for p in _PAIRS]
)
@settings(max_examples=300)
@given(_VALUES)
def test_each_quick_check_is_its_plain_rule(
    quick: Check, plain: Check, attr: Any, value: Any
) -> None:
    expected = _outcome(plain, attr, value)
    assert _outcome(quick, attr, value) == expected
    assert _outcome(quick, attr, value) == expected  # (a date's answer is now kept)


def test_the_rules_field_args_give_the_quick_checks() -> None:
    assert _A["title"].validator is model._optional_one_line
    assert _A["published"].validator is model._optional_iso
    assert attrs.fields(Source).code.validator is model._one_line
    assert attrs.fields(Removal).line.validator is model._line_no


# --- assembly: one pass over the lines gives what a pass per question gives -----------------------

_ROLE_NAMES = sorted({*FIELD_OF_ROLE, "comment"})
_A_DATE = HeaderDate(dt.date(2020, 8, 8), False, False, None, None)


@st.composite
def _roles(draw: st.DrawFn) -> list[Role]:
    """Any roles, including what classify never makes (a page date role on a line without a
    date, credits anywhere, related titles and teasers in any order)."""
    count = draw(st.integers(0, 12))
    return [
        Role(
            Line(number, "dòng"),
            draw(st.sampled_from(_ROLE_NAMES)),
            "rule",
            draw(st.integers(0, 3)),
            date=draw(st.sampled_from([None, None, _A_DATE])),
            date_role=draw(st.sampled_from([None, None, "page", "published", "updated"])),
            credit=Credit(f"C{number}", None) if draw(st.integers(0, 3)) == 0 else None,
        )
        for number in range(1, count + 1)
    ]


@settings(max_examples=400)
@given(_roles())
def test_one_scan_is_one_pass_per_question(roles: list[Role]) -> None:
    by_role: dict[str, list[Role]] = {}
    for role in roles:
        by_role.setdefault(role.role, []).append(role)
    credit = next((r.credit for r in roles if r.credit is not None), None)
    page_role = next((r for r in roles if r.date_role == "page"), None)
    dated = [(r, r.date) for r in roles if r.date is not None and r.role != "comment"]
    assert assemble._scan(roles) == (by_role, credit, page_role, dated)
    expected = [r for r in roles if r.role in ("related_title", "related_teaser")]
    assert assemble._links(roles, by_role) == expected
