"""Give every non-blank line a role (SPEC §2) and the name of the rule that gave it.

The page is read in zones: the header (everything above the lead), the article (lead, body,
captions, byline) and the tail (comment widgets, related articles). Each decision is a named
rule, so ``explain`` can say why a line went where it went.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from .dates import HeaderDate, parse_header_date
from .shapes import (
    ends_with_ellipsis,
    is_caption_shape,
    is_comment_widget,
    is_headline,
    is_name,
    is_prose,
    is_related_header,
)

__all__ = ["Line", "Role", "classify"]

#: A teaser must repeat at least this much of the article to count as a duplicate.
MIN_TEASER_STEM: Final = 40
#: A section line above the headline is short.
MAX_SECTION_LEN: Final = 60
#: A headline has at least this many words; shorter lines near it are sections or buttons.
MIN_TITLE_WORDS: Final = 4
#: Most byline lines at the end of an article.
MAX_BYLINE_LINES: Final = 3


@attrs.frozen
class Line:
    """A non-blank line of the normalised text with its 1-based input line number."""

    number: int
    text: str


@attrs.define
class Role:
    """The role of one line, the rule that gave it, and what assembly needs to know."""

    line: Line
    role: str
    rule: str
    group: int = 0  # lines with the same non-zero group form one caption or one related entry
    date: HeaderDate | None = None
    date_role: str | None = None  # page, published or updated; None: decided at assembly


def _duplicate_teasers(lines: list[Line]) -> set[int]:
    """Indexes of lines that end in '...' and repeat the start of other lines."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not ends_with_ellipsis(line.text):
            continue
        stem = line.text.rstrip('.…"”»’) ').rstrip(",;:- ").rstrip()
        if len(stem) < MIN_TEASER_STEM:
            continue
        for j, other in enumerate(lines):
            if (
                j == i
                or not stem.startswith(other.text[:MIN_TEASER_STEM])
                or ends_with_ellipsis(other.text)
                or not is_prose(other.text)
            ):
                continue
            joined = other.text
            k = j + 1
            while len(joined) < len(stem) and k < len(lines) and k != i:
                joined = f"{joined} {lines[k].text}"
                k += 1
            if joined.startswith(stem):
                found.add(i)
                break
    return found


def _find_lead(lines: list[Line], skip: set[int], dates: dict[int, HeaderDate]) -> int | None:
    for i, line in enumerate(lines):
        if i in skip or i in dates:
            continue
        if is_prose(line.text):
            return i
    return None


def _pick_title(lines: list[Line], candidates: list[int], has_lead: bool) -> int | None:
    """The headline: above a lead, the last line shaped like a headline of four words or more
    (short lines near it are sections, share buttons, times); with no lead, the first."""
    if not candidates:
        return None
    shaped = [i for i in candidates if is_headline(lines[i].text)]
    if not has_lead:
        return (shaped or candidates)[0]
    strong = [i for i in shaped if len(lines[i].text.split()) >= MIN_TITLE_WORDS]
    return (strong or shaped or candidates)[-1]


def _classify_header(
    lines: list[Line],
    end: int,
    has_lead: bool,
    skip: set[int],
    dates: dict[int, HeaderDate],
    out: list[Role],
) -> None:
    """Roles for the lines above the lead: dates, section, title, byline, navigation."""
    candidates = [i for i in range(end) if i not in skip and i not in dates]
    title = _pick_title(lines, candidates, has_lead)
    if title is not None:
        rule = "title.headline_above_lead" if has_lead else "title.first_headline"
        out[title] = Role(lines[title], "title", rule)
        before = [c for c in candidates if c < title]
        for n, i in enumerate(reversed(before)):
            text = lines[i].text
            if n == 0 and len(text) <= MAX_SECTION_LEN and not is_prose(text):
                out[i] = Role(lines[i], "section", "section.line_above_title")
            else:
                out[i] = Role(lines[i], "navigation", "navigation.above_title")
        for n, i in enumerate(c for c in candidates if c > title):
            text = lines[i].text
            if n == 0 and is_name(text) and text.upper() != text and len(text.split()) <= 4:
                out[i] = Role(lines[i], "byline", "byline.under_title")
            elif has_lead and len(text.split()) < MIN_TITLE_WORDS and not is_prose(text):
                out[i] = Role(lines[i], "navigation", "navigation.between_title_and_lead")
            else:
                out[i] = Role(lines[i], "body", "body.below_title")
    published_seen = False
    for i in sorted(dates):
        if i >= end:
            continue
        hd = dates[i]
        if hd.label_role is not None:
            date_role, rule = hd.label_role, f"date.label_{hd.label_role}"
        elif title is None or i < title:
            date_role, rule = "page", "date.above_title"
        elif not published_seen:
            date_role, rule = "published", "date.below_title"
        else:
            date_role, rule = "updated", "date.second_below_title"
        published_seen = published_seen or date_role == "published"
        role = "page_date" if date_role == "page" else "date"
        out[i] = Role(lines[i], role, rule, date=hd, date_role=date_role)


def _tail_start(lines: list[Line], start: int, skip: set[int]) -> int:
    """Where the article ends: the first widget or related header, or a trailing run of links."""
    for i in range(start, len(lines)):
        if i in skip:
            continue
        text = lines[i].text
        if is_comment_widget(text) or is_related_header(text):
            return i
    # A run of 'headline + teaser...' pairs that goes on to the end of the dump.
    i = len(lines)
    pairs = 0
    while (
        i - 2 >= start
        and ends_with_ellipsis(lines[i - 1].text)
        and is_headline(lines[i - 2].text)
        and lines[i - 1].number == lines[i - 2].number + 1
    ):
        i -= 2
        pairs += 1
    return i if pairs >= 2 else len(lines)


def _classify_tail(lines: list[Line], start: int, skip: set[int], out: list[Role]) -> None:
    group = 10_000
    i = start
    while i < len(lines):
        if i in skip:
            i += 1
            continue
        text = lines[i].text
        if is_comment_widget(text, in_widget=True):
            out[i] = Role(lines[i], "comment_widget", "widget.phrase")
        elif is_related_header(text):
            out[i] = Role(lines[i], "navigation", "related.block_header")
        elif (
            i + 1 < len(lines)
            and is_headline(text)
            and ends_with_ellipsis(lines[i + 1].text)
            and i + 1 not in skip
        ):
            group += 1
            out[i] = Role(lines[i], "related_title", "related.title_teaser_pair", group)
            out[i + 1] = Role(lines[i + 1], "related_teaser", "related.title_teaser_pair", group)
            i += 1
        elif is_headline(text) and not is_name(text):
            group += 1
            out[i] = Role(lines[i], "related_title", "related.title_after_article", group)
        else:
            out[i] = Role(lines[i], "body", "body.after_article")
        i += 1


def _classify_article(
    lines: list[Line],
    lead: int,
    end: int,
    skip: set[int],
    dates: dict[int, HeaderDate],
    out: list[Role],
) -> None:
    out[lead] = Role(lines[lead], "lead", "lead.first_prose")
    inner = [i for i in range(lead + 1, end) if i not in skip]
    # Byline: name-shaped lines closing the article (a date printed after them is passed over).
    bylines: set[int] = set()
    for i in reversed(inner):
        if i in dates:
            continue
        if len(bylines) < MAX_BYLINE_LINES and is_name(lines[i].text):
            bylines.add(i)
            continue
        break
    group = 0
    prev_caption: int | None = None
    for i in inner:
        line = lines[i]
        if i in bylines:
            out[i] = Role(line, "byline", "byline.name_after_body")
            prev_caption = None
            continue
        if i in dates:
            out[i] = Role(line, "date", "date.line_in_article", date=dates[i])
            prev_caption = None
            continue
        if is_caption_shape(line.text) and not is_prose(line.text):
            prev = out[prev_caption] if prev_caption is not None else None
            if (
                prev is not None
                and prev.line.number + 1 == line.number
                and (prev.line.text.endswith((",", ";", "-", "–")) or line.text[0].islower())
            ):
                out[i] = Role(line, "caption", "caption.continued", prev.group)
            else:
                group += 1
                out[i] = Role(line, "caption", "caption.short_line", group)
            prev_caption = i
            continue
        out[i] = Role(line, "body", "body.paragraph")
        prev_caption = None


def classify(lines: list[Line], tz: dt.tzinfo) -> list[Role]:
    """One ``Role`` per line, in order."""
    out = [Role(line, "", "") for line in lines]
    dates = {
        i: hd
        for i, line in enumerate(lines)
        if (hd := parse_header_date(line.text, tz)) is not None
    }
    teasers = _duplicate_teasers(lines)
    for i in teasers:
        out[i] = Role(lines[i], "duplicate_teaser", "teaser.repeats_article")
    lead = _find_lead(lines, teasers, dates)
    header_end = lead if lead is not None else len(lines)
    _classify_header(lines, header_end, lead is not None, teasers, dates, out)
    if lead is not None:
        tail = _tail_start(lines, lead + 1, teasers)
        _classify_article(lines, lead, tail, teasers, dates, out)
        _classify_tail(lines, tail, teasers, out)
    for i, role in enumerate(out):
        if not role.role:  # header lines no rule claimed (no title found)
            out[i] = Role(lines[i], "body", "body.unclaimed_header")
    return out
