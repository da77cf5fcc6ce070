"""Known problems the generated dumps run into, each pinned by a strict xfail test in
test_known_issues.py (which fails once the problem is fixed: then remove it here too).

The property tests let an example through only when the difference is exactly what a known
problem explains, so that anything else still fails:

- ``credit_words_lost``: docnorm drops the credit words of a byline that also ends with a
  credit ("Bài và ảnh: Minh Hà (Theo TTXVN)": ``Bài và ảnh:`` is in no field).
- ``lead_code_not_counted``: the lossless ledger (tests/ledger.py) takes the source for a
  credit's whenever ``removed`` holds a credit entry, so an agency code cut from the lead is not
  counted when a byline has credit words ("Ảnh: Minh Hà").
- ``source_not_rendered``: ``to_text`` writes the source code before the lead even when it is a
  credit's outlet name ("Theo Báo Bình Phước"), which ``parse`` does not read back as a code.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import event

import docnorm
from docnorm.furniture import byline_names, split_byline_credit
from docnorm.shapes import agency_code

from ..ledger import assert_lossless

_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text))


def credit_words_lost(explanation: docnorm.Explanation) -> Counter[str]:
    """The words of byline credit words that a trailing credit made docnorm drop."""
    lost: Counter[str] = Counter()
    for report in explanation.lines:
        if report.rule != "byline.with_credit":
            continue
        split = split_byline_credit(report.text)
        names = byline_names(split[0]) if split is not None else None
        if names is not None and names[0] is not None:
            lost += _tokens(names[0])
    return lost


def lead_code_not_counted(explanation: docnorm.Explanation) -> Counter[str]:
    """The agency code the ledger does not count: cut from the lead, with a credit removed."""
    article = explanation.article
    lead = next((r for r in explanation.lines if r.role == "lead"), None)
    if (
        article.source is None
        or lead is None
        or lead.text == article.lead
        or not any(r.kind == "credit" for r in article.removed)
    ):
        return Counter()
    return _tokens(article.source.code)


def assert_lossless_but_known(text: str) -> docnorm.Article:
    """``assert_lossless``, letting through exactly the words a known problem explains."""
    try:
        return assert_lossless(text)
    except AssertionError as exc:
        explanation = docnorm.explain(text)
        lost = credit_words_lost(explanation)
        uncounted = lead_code_not_counted(explanation)
        if not exc.args or exc.args[0] != (lost + uncounted, Counter()) or not lost + uncounted:
            raise
        if lost:
            event("known issue: credit words lost")
        if uncounted:
            event("known issue: lead code not counted by the ledger")
        return explanation.article


def source_not_rendered(article: docnorm.Article) -> bool:
    """The source is a credit's name that ``to_text`` cannot write as a lead code."""
    if article.source is None or article.lead is None:
        return False
    found = agency_code(f"{article.source.code} - {article.lead}")
    return found is None or found[0] != article.source.code
