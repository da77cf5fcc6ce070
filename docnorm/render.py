"""The plain-text rendering of a record: what a clean dump of the article looks like."""

from __future__ import annotations

from .model import Article
from .shapes import agency_code

__all__ = ["to_text"]


def to_text(article: Article, *, header: bool = True) -> str:
    """The article as a clean dump, one paragraph a line with blank lines between.

    With ``header`` (the default) the page-date, section and date lines come first and the
    agency code opens the lead (an outlet that is not a lead code, read from a credit such as
    ``Theo Báo Bình Phước``, is written as that credit after the bylines), so that
    ``parse(to_text(a))`` reads the same article back;
    without it, only the headline and the article's own text (for corpora). Captions follow the
    body, then bylines and related links; removed lines and warnings are not rendered.

    >>> print(to_text(Article(title="Tin mới", lead="Nội dung.", authors=["P.L"]), header=False))
    Tin mới
    <BLANKLINE>
    Nội dung.
    <BLANKLINE>
    P.L
    """
    blocks: list[str] = []
    dated: dict[str, list[str]] = {"page": [], "published": [], "updated": []}
    for mention in article.dates:
        if mention.role in dated:
            dated[mention.role].append(mention.raw)
    if header:
        blocks += dated["page"]
        if article.section:
            blocks.append(article.section)
    if article.title:
        blocks.append(article.title)
    if header:
        blocks += dated["published"] + dated["updated"]
    code = article.source.code if header and article.source else None
    credit = None
    if code is not None and article.lead:
        found = agency_code(f"{code} - {article.lead}")
        if found is None or found[0] != code:
            code, credit = None, f"Theo {code}"
    elif code is not None:
        code, credit = None, f"Theo {code}"
    if article.lead:
        blocks.append(f"{code} - {article.lead}" if code else article.lead)
    blocks += article.body
    blocks += article.captions
    blocks += article.authors
    if credit is not None:
        blocks.append(credit)
    if article.related:
        blocks.append("Tin liên quan")
        for item in article.related:
            blocks.append(f"{item.title}\n{item.teaser}" if item.teaser else item.title)
    return "\n\n".join(blocks)
