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
from docnorm.strategies import Dump, articles, dumps, header_dates
from docnorm.tones import to_new_style

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


@given(articles())
def test_from_dict_to_dict_round_trip(article: docnorm.Article) -> None:
    assert docnorm.from_dict(docnorm.to_dict(article)) == article


@given(articles())
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


@given(dumps())
def test_generated_dumps_parse_to_their_fields(dump: Dump) -> None:
    article = docnorm.parse(dump.text)
    assert article.title == dump.title
    assert article.published == dump.published
    assert article.page_date == dump.page_date
    assert article.lead == dump.lead
    assert article.body == dump.body
    assert article.captions == dump.captions
    assert article.authors == dump.authors
    assert tuple((r.title, r.teaser) for r in article.related) == dump.related
    assert (article.source.code if article.source else None) == dump.source_code


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
    for field in ("title", "section", "source", "published", "updated", "page_date", "lead"):
        assert getattr(again, field) == getattr(first, field), field
    for field in ("body", "captions", "authors", "related"):
        assert getattr(again, field) == getattr(first, field), field
    # The rendering puts date lines in role order, so compare them by role.
    assert sorted((m.role, m.value) for m in again.dates) == sorted(
        (m.role, m.value) for m in first.dates
    )


# --- invariant under messiness -------------------------------------------------------------------


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _bom(text: str) -> str:
    return "\ufeff" + text


# Applied in this order; the line ending is chosen last, separately.
MESSES = {
    "tabs": lambda t: t.replace("\n", "\t\n"),
    "nfd": _nfd,
    "new_tones": to_new_style,
    "bom": _bom,
}


@st.composite
def _nbsp(draw: st.DrawFn, text: str) -> str:
    """Some spaces become NBSP or double spaces, some lines get trailing spaces."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(draw(st.sampled_from([" ", " ", "\u00a0", "  ", " \u200b"])))
        else:
            out.append(ch)
    return "".join(out)


@given(
    seed_texts | dumps().map(lambda d: d.text), st.sets(st.sampled_from(list(MESSES))), st.data()
)
def test_messy_variants_give_the_same_record(
    text: str, messes: set[str], data: st.DataObject
) -> None:
    messy = data.draw(_nbsp(text)) if data.draw(st.booleans()) else text
    for name, mess in MESSES.items():
        if name in messes:
            messy = mess(messy)
    messy = messy.replace("\n", data.draw(st.sampled_from(["\n", "\r\n", "\r"])))
    assert docnorm.to_dict(docnorm.parse(messy)) == docnorm.to_dict(docnorm.parse(text))


@given(seed_texts)
def test_encodings_give_the_same_record(text: str) -> None:
    expected = docnorm.parse(text)
    for codec in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        assert docnorm.parse_bytes(text.encode(codec)) == expected, codec


# --- header date shapes ---------------------------------------------------------------------------

_MOMENT = st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2035, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=docnorm.options.VIETNAM)
)


def _article_with(date_line: str) -> docnorm.Article:
    return docnorm.parse(
        f"Tiêu đề của bài báo hôm nay\n\n{date_line}\n\nĐoạn mở đầu của bài viết có đủ dài để "
        "là một đoạn văn. Câu thứ hai của đoạn văn.\n\nMINH HÀ"
    )


@given(st.data(), _MOMENT)
def test_every_header_shape_gives_the_same_published(
    data: st.DataObject, moment: dt.datetime
) -> None:
    _, first = data.draw(header_dates(moments=st.just(moment)))
    _, second = data.draw(header_dates(moments=st.just(moment)))
    a, b = _article_with(first), _article_with(second)
    # A label may make it the updated date rather than the published one; the value is the same.
    assert a.dates[0].value == b.dates[0].value == moment.isoformat(timespec="minutes")
    assert not [w for w in a.warnings if w.code == "weekday_mismatch"]


_WEEKDAY_NAMES = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


@given(st.data(), _MOMENT, st.integers(1, 6))
def test_a_wrong_weekday_always_warns(data: st.DataObject, moment: dt.datetime, shift: int) -> None:
    _, line = data.draw(header_dates(weekday=True, moments=st.just(moment)))
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


@given(header_dates(), header_dates())
def test_read_date_round_trip(
    first: tuple[dt.datetime, str], second: tuple[dt.datetime, str]
) -> None:
    for moment, line in (first, second):
        found = docnorm.read_date(line)
        assert found is not None, line
        assert found.value == moment, line
        assert found.weekday_ok, line
