"""The lossless check, shared by tests: every token of the input is in exactly one place."""

from __future__ import annotations

import re
from collections import Counter

import docnorm
from docnorm.assemble import FIELD_OF_ROLE

_TOKEN = re.compile(r"\w+")


def record_pieces(article: docnorm.Article) -> list[str]:
    """Every text of the record that accounts for input lines (SPEC lossless rule)."""
    pieces: list[str] = []
    pieces += [article.title or "", article.section or "", article.lead or ""]
    pieces += [m.raw for m in article.dates if m.role != "inferred"]
    credited = any(r.kind == "credit" for r in article.removed)
    if article.source is not None and article.lead is not None and not credited:
        pieces.append(article.source.code)  # the code cut from the lead
    pieces += article.body
    pieces += article.captions
    pieces += article.authors
    for item in article.related:
        pieces += [item.title, item.teaser or ""]
    for comment in article.comments:
        pieces += [comment.author or "", comment.text]
    pieces += [r.text for r in article.removed]
    return pieces


def assert_lossless(text: str, options: docnorm.Options | None = None) -> docnorm.Article:
    """Every non-blank line has one role with a home in the record, and the record holds
    exactly the words of the input: none lost, none doubled."""
    explanation = docnorm.explain(text, options)
    article = explanation.article
    # A reader's date line is read into comments[].date, as a header date into dates[].value.
    canonical_lines = [
        r.text for r in explanation.lines if r.role != "blank" and r.rule != "comment.date"
    ]
    for report in explanation.lines:
        if report.role == "blank":
            assert not report.text
        else:
            assert report.role in FIELD_OF_ROLE, report
    wanted = Counter(t for line in canonical_lines for t in _TOKEN.findall(line))
    got = Counter(t for piece in record_pieces(article) for t in _TOKEN.findall(piece))
    assert got == wanted, (wanted - got, got - wanted)
    return article
