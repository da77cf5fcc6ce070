"""The record: validators reject what the schema forbids; from_dict reports every problem."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import docnorm
from docnorm import Article, DateMention, Notice, Related, Removal, Source, convert, model
from docnorm.strategies import articles


def test_defaults_are_a_valid_empty_record() -> None:
    record = docnorm.to_dict(Article())
    assert list(record) == [
        "schema", "title", "source", "section", "published", "updated", "page_date", "dates",
        "lead", "body", "captions", "authors", "related", "comments", "removed", "warnings",
    ]  # fmt: skip
    assert record["schema"] == "docnorm/article@1"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"title": "một\nhai"},
        {"title": ""},
        {"title": " có khoảng trắng "},
        {"body": ["đoạn", ""]},
        {"captions": ["a\nb"]},
        {"authors": [""]},
        {"published": "2020-02-31"},
        {"published": "13/02/2020"},
        {"updated": "2020-02-13T20:49"},  # a time needs its offset
        {"page_date": "2020-02-13T24:00+07:00"},
        {"schema": "docnorm/article@2"},
    ],
)
def test_article_rejects(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        Article(**kwargs)


def test_parts_reject() -> None:
    with pytest.raises(ValueError, match="line number"):
        DateMention("page", "2020-01-01", "x", 0)
    with pytest.raises(ValueError, match="not one of"):
        DateMention("today", "2020-01-01", "x", 1)
    with pytest.raises(ValueError, match="before line"):
        Removal("ad", 5, 4, "x")
    with pytest.raises(ValueError, match="not one of"):
        Removal("body", 1, 1, "x")
    with pytest.raises(ValueError, match="line number"):
        Notice("no_title", "x", -1)
    with pytest.raises(ValueError, match="snake_case"):
        Notice("No Title", "x", None)
    with pytest.raises(ValueError, match="empty"):
        Related("")
    with pytest.raises(ValueError, match="empty"):
        Source("")


def test_valid_iso_shapes() -> None:
    for value in (
        "2020-02-13",
        "2020-02-13T20:49+07:00",
        "2020-02-13T20:49:05+07:00",
        "2020-02-13T20:49Z",
    ):
        assert Article(published=value).published == value


def test_from_dict_reports_every_problem_with_its_path() -> None:
    bad = {
        "schema": "docnorm/article@1",
        "title": 5,
        "published": "yesterday",
        "body": ["ok", ""],
        "related": [{"title": "ok"}, {"teaser": "no title"}],
        "dates": [{"role": "page", "value": "2020-01-01", "raw": "x", "line": "1"}],
        "surprise": True,
    }
    with pytest.raises(docnorm.RecordError) as info:
        docnorm.from_dict(bad)
    paths = dict(info.value.problems)
    assert paths["$.title"] == "must be a string, not integer"
    assert paths["$.surprise"] == "unknown field"
    assert paths["$.related[1].title"] == "required field is missing"
    assert paths["$.dates[0].line"] == "must be an integer, not string"
    assert isinstance(info.value, docnorm.DocnormError)


@pytest.mark.parametrize(
    ("record", "path", "message"),
    [
        ({"body": "not a list"}, "$.body", "must be an array, not string"),
        ({"source": "LSO"}, "$.source", "must be an object, not string"),
        ({"source": {"code": "LSO", "nam": "x"}}, "$.source.nam", "unknown field"),
        ({"published": "2020-02-31"}, "$.published", "is not an ISO 8601 date"),
        ({"body": ["a", ""]}, "$.body[1]", "must not be empty"),
        ({"title": "a\nb"}, "$.title", "must be one line"),
        (
            {"removed": [{"kind": "ad", "line": 0, "end_line": 1, "text": "x"}]},
            "$.removed[0].line",
            "line number",
        ),
    ],
)
def test_from_dict_messages(record: dict[str, Any], path: str, message: str) -> None:
    with pytest.raises(docnorm.RecordError) as info:
        docnorm.from_dict({"schema": docnorm.SCHEMA, **record})
    [(got_path, got_message)] = info.value.problems
    assert got_path == path
    assert message in got_message


def test_from_dict_needs_the_schema_tag() -> None:
    with pytest.raises(docnorm.RecordError) as info:
        docnorm.from_dict({"title": "Tin"})
    assert info.value.problems == [("$.schema", "required field is missing")]
    assert docnorm.validate({"title": "Tin"}) == [
        docnorm.Problem("$.schema", "required field is missing")
    ]


def test_from_dict_needs_an_object() -> None:
    with pytest.raises(docnorm.RecordError, match="JSON object"):
        docnorm.from_dict([1, 2])


def test_records_are_immutable() -> None:
    article = Article(title="Tin")
    with pytest.raises(AttributeError):
        article.title = "Khác"  # type: ignore[misc]


# --- the fast checks say what the plain rules say ---------------------------------------------

# mostly in range (months, days, hours, minutes), sometimes any two digits
_DIGITS = st.integers(0, 31).map("{:02d}".format) | st.text("0123456789", min_size=2, max_size=2)


def _plain_is_iso_date(value: str) -> bool:
    """The rule spelt out field by field: the reference for ``is_iso_date``."""
    m = model._ISO.fullmatch(value)
    if m is None:
        return False
    try:
        dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
        if m[4] is not None:
            dt.time(int(m[4]), int(m[5]), int(m[6] or 0))
            if m[7] != "Z" and (int(m[7][1:3]) > 23 or int(m[7][4:6]) > 59):
                return False
    except ValueError:
        return False
    return True


@st.composite
def _iso_like(draw: st.DrawFn) -> str:
    """Strings of the ISO shapes with any digits, and some near misses."""
    year = draw(st.sampled_from(["0000", "0001", "1900", "2000", "2020", "2023", "9999"]))
    out = f"{year}-{draw(_DIGITS)}"
    if draw(st.booleans()):
        out += f"-{draw(_DIGITS)}"
        if draw(st.booleans()):
            out += f"T{draw(_DIGITS)}:{draw(_DIGITS)}"
            if draw(st.booleans()):
                out += f":{draw(_DIGITS)}"
            zone = draw(st.sampled_from(["Z", "+", "-", ""]))
            out += zone if zone in ("Z", "") else f"{zone}{draw(_DIGITS)}:{draw(_DIGITS)}"
    return out + draw(st.sampled_from(["", "", "", " ", "Z", "\n", "0"]))


@given(_iso_like())
def test_is_iso_date_agrees_with_the_plain_rule(value: str) -> None:
    expected = _plain_is_iso_date(value)
    assert model._read_iso_date(value) == expected
    assert model.is_iso_date(value) == expected  # (an answer kept from before, or read now)
    assert model.is_iso_date(value) == expected


def _plain_text_error(value: object, one_line: bool) -> bool:
    if not isinstance(value, str) or not value.strip():
        return True
    if one_line and ("\n" in value or "\r" in value):
        return True
    return value != value.strip()


_EDGY = st.text(
    st.sampled_from(["a", "Đ", "ữ", " ", "\n", "\r", "\t", "\u00a0", "\u2028", "\x1c", "\u3000"]),
    max_size=6,
)


@given(_EDGY | st.none() | st.integers(), st.booleans())
def test_text_check_agrees_with_the_plain_rule(value: object, one_line: bool) -> None:
    try:
        model._check_text(".x", value, one_line=one_line)
        failed = False
    except model.FieldError:
        failed = True
    assert failed == _plain_text_error(value, one_line)
    assert model._text_ok(value, one_line) == (not failed)


@given(articles(canonical=False))
def test_to_dict_gives_what_the_converter_gives(article: Article) -> None:
    """``to_dict`` is written out by hand; cattrs, reading the classes, is the reference."""
    expected = convert._converter().unstructure(article)
    # (json text: the same keys in the same order, the same values)
    assert json.dumps(docnorm.to_dict(article)) == json.dumps(expected)
