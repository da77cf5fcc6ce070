"""Properties of the whole pipeline: total, lossless, idempotent, invariant under messiness."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import docnorm
from docnorm.normalize import normalise
from docnorm.strategies import Dump, articles, dumps, header_dates, header_days, messy_texts

from ..conftest import SEEDS
from ..ledger import assert_lossless

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
seed_texts = st.sampled_from(SEED_TEXTS)


# --- total: an Article or a DocnormError, nothing else -------------------------------------------


@given(st.text())
@example("")
@example("\n\n \u00a0\n")
@example("Thứ bảy, 05/12/2020")
@example("LSO-")
def test_parse_any_text_gives_article_or_docnorm_error(text: str) -> None:
    try:
        article = docnorm.parse(text)
    except docnorm.DocnormError as exc:
        assert "\n" not in str(exc)  # noqa: PT017 (any text may raise; the message is checked)
    else:
        assert isinstance(article, docnorm.Article)


@given(st.binary(max_size=400))
@example(b"\x89PNG\r\n\x1a\n")
@example(b"\xff\xfe")
def test_parse_any_bytes_gives_article_or_docnorm_error(data: bytes) -> None:
    try:
        article = docnorm.parse_bytes(data)
    except docnorm.DocnormError as exc:
        assert "\n" not in str(exc)  # noqa: PT017 (any text may raise; the message is checked)
    else:
        assert isinstance(article, docnorm.Article)


# --- the record round-trips ----------------------------------------------------------------------


# Canonical records and records with any text both round-trip.
any_articles = articles() | articles(canonical=False)


@given(any_articles)
def test_from_dict_to_dict_round_trip(article: docnorm.Article) -> None:
    assert docnorm.from_dict(docnorm.to_dict(article)) == article


@given(any_articles)
def test_json_round_trip(article: docnorm.Article) -> None:
    text = json.dumps(docnorm.to_dict(article), ensure_ascii=False)
    assert docnorm.from_dict(json.loads(text)) == article


@given(dumps())
def test_parsed_records_round_trip(dump: Dump) -> None:
    article = docnorm.parse(dump.text)
    assert docnorm.from_dict(json.loads(json.dumps(docnorm.to_dict(article)))) == article


# --- lossless ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", SEED_TEXTS, ids=[p.stem for p in SEEDS])
def test_seeds_are_lossless(text: str) -> None:
    assert_lossless(text)


@given(dumps())
def test_generated_dumps_are_lossless(dump: Dump) -> None:
    assert_lossless(dump.text)


@given(st.lists(st.sampled_from([ln for t in SEED_TEXTS for ln in t.split("\n")]), max_size=40))
def test_shuffled_seed_lines_are_lossless(lines: list[str]) -> None:
    text = "\n".join(lines)
    assume(text.strip())
    assert_lossless(text)


@given(st.text(alphabet=st.sampled_from("ab Đđ.…-:/0123456789\n\u00a0LSOThứáảy"), max_size=200))
def test_arbitrary_text_is_lossless(text: str) -> None:
    try:
        assert_lossless(text)
    except docnorm.EmptyInputError:
        assume(False)


# --- the generated dumps are read right -----------------------------------------------------------


def _assert_fields(article: docnorm.Article, dump: Dump) -> None:
    assert article.title == dump.title
    assert article.section == dump.section
    assert article.published == dump.published
    assert article.updated == dump.updated
    assert article.page_date == dump.page_date
    assert article.lead == dump.lead
    assert article.body == dump.body
    assert article.captions == dump.captions
    assert article.authors == dump.authors
    assert tuple((r.title, r.teaser) for r in article.related) == dump.related
    assert tuple((c.author, c.date, c.text) for c in article.comments) == dump.comments
    assert (article.source.code if article.source else None) == dump.source_code


@given(dumps())
def test_generated_dumps_parse_to_their_fields(dump: Dump) -> None:
    from_text = docnorm.parse(dump.text)
    _assert_fields(from_text, dump)
    from_bytes = docnorm.parse_bytes(dump.data)
    _assert_fields(from_bytes, dump)
    # The messiness changes nothing at all: the record is that of the clean rendering.
    record = docnorm.to_dict(docnorm.parse(dump.clean))
    assert docnorm.to_dict(from_text) == record
    assert docnorm.to_dict(from_bytes) == record


# --- idempotent ----------------------------------------------------------------------------------


@given(seed_texts | dumps().map(lambda d: d.text))
def test_normalising_again_changes_nothing(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert docnorm.parse(once) == docnorm.parse(text)


@given(seed_texts | dumps().map(lambda d: d.text))
def test_parsing_the_rendering_gives_the_same_article(text: str) -> None:
    first = docnorm.parse(text)
    again = docnorm.parse(docnorm.to_text(first))
    fields = ["title", "section", "source", "published", "updated", "page_date", "lead"]
    roles = {"page", "published", "updated", "inferred"}
    for field in fields:
        assert getattr(again, field) == getattr(first, field), field
    for field in ("body", "captions", "authors", "related"):
        assert getattr(again, field) == getattr(first, field), field
    # The rendering puts date lines in role order, so compare them by role.
    assert sorted((m.role, m.value) for m in again.dates if m.role in roles) == sorted(
        (m.role, m.value) for m in first.dates if m.role in roles
    )


# --- invariant under messiness -------------------------------------------------------------------


# Generated dumps carry their own messiness (test_generated_dumps_parse_to_their_fields).
@given(st.data(), seed_texts)
def test_messy_seeds_give_the_same_record(data: st.DataObject, text: str) -> None:
    messy = data.draw(messy_texts(text), label="messy")
    assert docnorm.to_dict(docnorm.parse(messy)) == docnorm.to_dict(docnorm.parse(text))


@given(seed_texts)
def test_encodings_give_the_same_record(text: str) -> None:
    expected = docnorm.parse(text)
    for codec in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        assert docnorm.parse_bytes(text.encode(codec)) == expected, codec


# --- header date shapes ---------------------------------------------------------------------------


def _article_with(date_line: str) -> docnorm.Article:
    return docnorm.parse(
        f"Tiêu đề của bài báo hôm nay\n\n{date_line}\n\nĐoạn mở đầu của bài viết có đủ dài để "
        "là một đoạn văn. Câu thứ hai của đoạn văn.\n\nMINH HÀ"
    )


@given(st.data(), header_dates())
def test_every_header_shape_gives_the_same_published(
    data: st.DataObject, first_date: tuple[dt.datetime, str]
) -> None:
    moment, first = first_date
    _, second = data.draw(header_dates(moments=st.just(moment)))
    a, b = _article_with(first), _article_with(second)
    # A label may make it the updated date rather than the published one; the value is the same.
    assert a.dates[0].value == b.dates[0].value == moment.isoformat(timespec="minutes")
    assert not [w for w in a.warnings if w.code == "weekday_mismatch"]


_WEEKDAY_NAMES = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


@given(header_dates(weekday=True), st.integers(1, 6))
def test_a_wrong_weekday_always_warns(date: tuple[dt.datetime, str], shift: int) -> None:
    moment, line = date
    line = unicodedata.normalize("NFC", line)
    right = _WEEKDAY_NAMES[moment.weekday()]
    wrong = _WEEKDAY_NAMES[(moment.weekday() + shift) % 7]
    for variant in (right, right.upper(), right.lower()):
        line = line.replace(variant, wrong)
    article = _article_with(line)
    assert article.dates[0].value == moment.isoformat(timespec="minutes")
    assert [w.code for w in article.warnings if w.code == "weekday_mismatch"] == [
        "weekday_mismatch"
    ]


@given(header_dates(), header_days())
def test_read_date_round_trip(first: tuple[dt.datetime, str], second: tuple[dt.date, str]) -> None:
    for value, line in (first, second):
        found = docnorm.read_date(line)
        assert found is not None, line
        assert found.value == value, line
        assert found.has_time == isinstance(value, dt.datetime), line
        assert found.weekday_ok, line
