"""The lossless check, shared by tests: every token of the input is in exactly one place."""

from __future__ import annotations

import re
from collections import Counter

import docnorm
from docnorm.assemble import FIELD_OF_ROLE

_TOKEN = re.compile(r"\w+")


def record_pieces(article: docnorm.Article, *, code_cut: bool = False) -> list[str]:
    """Every text of the record that accounts for input lines (SPEC lossless rule);
    ``code_cut``: the source's code was cut from the lead line (else it came from a credit,
    whose line is in ``removed``)."""
    pieces: list[str] = []
    pieces += [article.title or "", article.section or "", article.lead or ""]
    pieces += [m.raw for m in article.dates if m.role != "inferred"]
    if article.source is not None and code_cut:
        pieces.append(article.source.code)
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
    lead = next((r.text for r in explanation.lines if r.role == "lead"), None)
    code_cut = lead is not None and article.lead is not None and lead != article.lead
    wanted = Counter(t for line in canonical_lines for t in _TOKEN.findall(line))
    pieces = record_pieces(article, code_cut=code_cut)
    got = Counter(t for piece in pieces for t in _TOKEN.findall(piece))
    assert got == wanted, (wanted - got, got - wanted)
    return article
