"""The public strategies of ``docnorm.strategies`` keep what docs/strategies.md promises, and
hypothesis' entry point registers them for ``st.from_type``."""

from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

import docnorm
from docnorm.dates import lead_date
from docnorm.normalize import normalise
from docnorm.outlets import OUTLETS
from docnorm.strategies import (
    MESS_KINDS,
    Dump,
    articles,
    dumps,
    messy_texts,
    one_line_text,
    vietnamese_text,
)
from docnorm.validate import boilerplate_kind

from .conftest import ROOT

# The warning codes docnorm documents (docs/record.md, "Warnings").
_RECORD_DOC = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
WARNING_CODES = frozenset(
    re.findall(r"^\| `([a-z_]+)` \|", _RECORD_DOC.split("## Warnings", 1)[1], re.MULTILINE)
)
# Removed kinds whose every line is site furniture by docnorm's own rules (``credit`` holds
# byline credit words, ``navigation`` also a headline's site suffix, ``duplicate_teaser``
# article text).
FURNITURE_KINDS = ("share", "tags", "footer", "comment_widget", "ad", "paywall", "alt_text")


def test_the_warning_codes_were_read() -> None:
    assert {"no_title", "no_byline", "published_inferred", "weekday_mismatch"} <= WARNING_CODES


# --- articles() -----------------------------------------------------------------------------------


@given(articles())
def test_articles_are_valid_canonical_records(article: docnorm.Article) -> None:
    assert docnorm.validate(docnorm.to_dict(article)) == []
    _assert_sound_text(article)
    _assert_dates_match_their_mentions(article)
    _assert_removed_lines_and_warnings_are_docnorms(article)


def _assert_sound_text(article: docnorm.Article) -> None:
    for text in (article.title, article.lead, *article.body, *article.captions, *article.authors):
        if text is not None:
            assert normalise(text) == text
    if article.title is not None:
        assert not article.title.endswith(".")
    for item in article.related:
        assert item.teaser is None or item.teaser.endswith(("...", "…"))
    if article.source is not None:
        assert article.source.name == OUTLETS.get(article.source.code.upper())


def _assert_dates_match_their_mentions(article: docnorm.Article) -> None:
    first: dict[str, str] = {}
    for mention in article.dates:
        assert normalise(mention.raw) == mention.raw
        if mention.role == "inferred":
            assert article.lead is not None
            assert article.lead.startswith(mention.raw)
            assert lead_date(article.lead) is not None
        elif mention.value is None:  # a relative date with nothing to count back from
            found = docnorm.read_date(mention.raw)
            assert found is not None
            assert found.relative is not None
        else:
            found = docnorm.read_date(mention.raw)
            assert found is not None, mention.raw
            assert found.iso == mention.value, mention.raw
            assert found.label_role in (None, mention.role), mention.raw
        if mention.value is not None:
            first.setdefault(
                "published" if mention.role == "inferred" else mention.role, mention.value
            )
    assert article.page_date == first.get("page")
    assert article.published == first.get("published")
    assert article.updated == first.get("updated")
    lines = [m.line for m in article.dates]
    assert lines == sorted(lines)


def _assert_removed_lines_and_warnings_are_docnorms(article: docnorm.Article) -> None:
    assert [r.line for r in article.removed] == sorted(r.line for r in article.removed)
    for removal in article.removed:
        if removal.kind in FURNITURE_KINDS:
            for line in removal.text.split("\n"):
                assert boilerplate_kind(line) is not None, line
    codes = [w.code for w in article.warnings]
    assert set(codes) <= WARNING_CODES
    assert ("no_title" in codes) == (article.title is None)
    assert ("no_byline" in codes) == (not article.authors)
    assert ("published_inferred" in codes) == any(m.role == "inferred" for m in article.dates)
    keys = [(w.line is None, w.line or 0, w.code) for w in article.warnings]
    assert keys == sorted(keys)


# find() without shrinking: the first example that shows it will do.
FIRST_FOUND = settings(
    database=None,
    derandomize=True,
    max_examples=300,
    phases=[Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)


# articles(canonical=False) gives format-valid records: the round trips in
# tests/property/test_properties.py check them (from_dict raises on any format error).
def test_any_articles_are_not_all_canonical() -> None:
    find(
        articles(canonical=False),
        lambda a: docnorm.validate(docnorm.to_dict(a)) != [],
        settings=FIRST_FOUND,
    )


# --- text -----------------------------------------------------------------------------------------


@given(vietnamese_text(), one_line_text())
def test_text_strategies(paragraph: str, line: str) -> None:
    assert normalise(paragraph) == paragraph
    assert boilerplate_kind(paragraph) is None
    assert paragraph.endswith(".")
    assert line == line.strip()
    assert line
    assert "\n" not in line


@given(st.data(), vietnamese_text())
def test_messy_texts_normalise_to_the_text(data: st.DataObject, paragraph: str) -> None:
    text = f"{paragraph}\n\n{paragraph}\n"
    messy = data.draw(messy_texts(text))
    assert normalise(messy) == text


# --- dumps() --------------------------------------------------------------------------------------

BOMS = {"utf-8-sig": codecs.BOM_UTF8, "utf-16": (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)}


@given(dumps())
def test_dumps_carry_text_bytes_and_canonical_fields(dump: Dump) -> None:
    assert dump.data.decode(dump.encoding) == dump.text
    assert dump.encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1258")
    if dump.encoding in BOMS:
        assert dump.data.startswith(BOMS[dump.encoding])
    assert set(dump.messes) <= set(MESS_KINDS)
    assert normalise(dump.clean) == dump.clean
    assert normalise(dump.text) == dump.clean
    if not dump.messes and dump.encoding != "cp1258":
        assert dump.text == dump.clean
    texts = [dump.title, dump.lead, *dump.body, *dump.captions, *dump.authors]
    texts += [t for pair in dump.related for t in pair if t is not None]
    texts += [c[2] for c in dump.comments]
    for text in texts:
        assert normalise(text) == text
        assert text in dump.clean or text.replace(", ", ",\n", 1) in dump.clean


def _printed_code(dump: Dump) -> str | None:
    """What the lead line prints before the lead: "LSO - ", "(Dân trí) -" or None."""
    for line in dump.clean.split("\n"):
        if line.endswith(dump.lead) and line != dump.lead:
            return line[: -len(dump.lead)]
    return None


# Each kind of messiness shows in some dump (a dump may have several, or none).
SHOWS: dict[str, Callable[[Dump], bool]] = {
    "nfd": lambda d: not unicodedata.is_normalized("NFC", d.text),
    "new_tones": lambda d: "uỷ" in d.text or "oà" in d.text or "oá" in d.text,
    "nbsp": lambda d: "\u00a0" in d.text,
    "double_spaces": lambda d: "  " in d.text,
    "crlf": lambda d: "\r\n" in d.text,
    "cr": lambda d: re.search("\r(?!\n)", d.text) is not None,
    "bom": lambda d: d.text.startswith("\ufeff"),
    "zero_width": lambda d: "\u200b" in d.text,
    "utf-16": lambda d: d.encoding == "utf-16",
    "utf-8-sig": lambda d: d.encoding == "utf-8-sig",
    "cp1258": lambda d: d.encoding == "cp1258",
    "agency code": lambda d: _printed_code(d) is not None,
    "credit": lambda d: d.source_code is not None and _printed_code(d) is None,
    "site suffix": lambda d: any(
        line.startswith(f"{d.title} ") for line in d.clean.split("\n") if line != d.title
    ),
    "inferred date": lambda d: "T" not in d.published and lead_date(d.lead) is not None,
    "comments": lambda d: bool(d.comments),
    "two-line caption": lambda d: any(f"{c.split(', ')[0]},\n" in d.clean for c in d.captions),
}


@pytest.mark.parametrize("name", list(SHOWS))
def test_dumps_vary(name: str) -> None:
    find(dumps(), SHOWS[name], settings=FIRST_FOUND)


# --- hypothesis' entry point ----------------------------------------------------------------------


@settings(max_examples=20)
@given(st.from_type(docnorm.Article), st.from_type(Dump))
def test_from_type_draws_docnorms_strategies(article: docnorm.Article, dump: Dump) -> None:
    # Without the hook, from_type(Article) would build records from arbitrary text (which the
    # validators reject) and could not build a Dump whose fields agree with its text.
    assert docnorm.validate(docnorm.to_dict(article)) == []
    assert docnorm.parse(dump.text).title == dump.title


_FRESH = textwrap.dedent(
    """
    import sys
    from hypothesis import given, settings, strategies as st
    import docnorm
    from docnorm.strategies import Dump

    try:  # without the hook, hypothesis builds an Article from any text: the validators refuse
        st.from_type(docnorm.Article).example()
    except Exception:
        sys.exit("the hook did not run")

    @settings(max_examples=10, derandomize=True, database=None)
    @given(st.from_type(docnorm.Article), st.from_type(Dump))
    def test(article, dump):
        assert docnorm.validate(docnorm.to_dict(article)) == []
        assert docnorm.parse_bytes(dump.data).title == dump.title

    test()
    print("ok")
    """
)


def _fresh_python(*, plugins: bool, first: str = "hypothesis") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    if not plugins:
        env["HYPOTHESIS_NO_PLUGINS"] = "1"
    # ``first`` is imported first: the entry point runs when hypothesis is first imported.
    code = f"import {first}\n" + _FRESH
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize("first", ["hypothesis", "docnorm.strategies"])
def test_entry_point_registers_the_strategies_in_a_fresh_interpreter(first: str) -> None:
    # "docnorm.strategies" first: the hook runs while that module is importing hypothesis
    done = _fresh_python(plugins=True, first=first)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_without_the_entry_point_from_type_does_not_give_them() -> None:
    done = _fresh_python(plugins=False)
    assert done.returncode != 0
    assert "the hook did not run" in done.stderr
