"""Hypothesis strategies for docnorm records and Vietnamese news dumps (public API).

Use them in your own property tests (hypothesis must be installed)::

    from hypothesis import given
    from docnorm.strategies import articles, dumps

    @given(dumps())
    def test_my_pipeline(dump):
        article = docnorm.parse(dump.text)
        assert article.title == dump.title

``articles()`` gives valid canonical records; ``dumps()`` gives a messy text rendering of an
article together with the fields docnorm must read back from it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import attrs
from hypothesis import strategies as st

from .dates import format_iso
from .model import (
    DATE_ROLES,
    REMOVED_KINDS,
    Article,
    Comment,
    DateMention,
    Notice,
    Related,
    Removal,
    Source,
)
from .options import VIETNAM
from .outlets import OUTLETS
from .textdata import CAPTION_OPENINGS, FAMILY_NAMES, GIVEN_NAMES, SYLLABLES, WIDGET_LINES

__all__ = [
    "Dump",
    "articles",
    "dumps",
    "header_dates",
    "iso_dates",
    "one_line_text",
    "vietnamese_text",
]

# Outlet codes as leads print them ("LSO", "TTXVN"), not the names credits print.
_CODES = sorted(c for c in OUTLETS if re.fullmatch(r"[A-ZĐ][A-ZĐ0-9]{1,7}", c))
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def one_line_text(max_size: int = 80) -> st.SearchStrategy[str]:
    """Any non-empty one-line text without leading or trailing white space."""
    return (
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
            min_size=1,
            max_size=max_size,
        )
        .map(lambda s: " ".join(s.split()))
        .filter(bool)
    )


def _moments() -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(
        min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2035, 12, 31, 23, 59)
    ).map(lambda d: d.replace(second=0, microsecond=0, tzinfo=VIETNAM))


def iso_dates() -> st.SearchStrategy[str]:
    """ISO 8601 values as records hold them: a day, or a minute in Vietnam time."""
    return st.one_of(_moments().map(lambda d: d.date().isoformat()), _moments().map(format_iso))


def articles() -> st.SearchStrategy[Article]:
    """Valid ``Article`` records (any text, not only what ``parse`` would produce)."""
    text = one_line_text()
    opt = st.none() | text
    lines = st.integers(1, 10_000)
    return st.builds(
        Article,
        title=opt,
        source=st.none() | st.builds(Source, text, opt),
        section=opt,
        published=st.none() | iso_dates(),
        updated=st.none() | iso_dates(),
        page_date=st.none() | iso_dates(),
        dates=st.lists(
            st.builds(DateMention, st.sampled_from(DATE_ROLES), iso_dates(), text, lines),
            max_size=4,
        ),
        lead=opt,
        body=st.lists(text, max_size=5),
        captions=st.lists(text, max_size=3),
        authors=st.lists(text, max_size=3),
        related=st.lists(st.builds(Related, text, opt), max_size=3),
        comments=st.lists(st.builds(Comment, opt, st.none() | iso_dates(), text), max_size=2),
        removed=st.lists(
            st.builds(
                lambda kind, line, extra, body: Removal(kind, line, line + extra, body),
                st.sampled_from(REMOVED_KINDS),
                lines,
                st.integers(0, 5),
                text,
            ),
            max_size=3,
        ),
        warnings=st.lists(
            st.builds(
                Notice, st.from_regex(r"[a-z][a-z_]{0,20}", fullmatch=True), text, st.none() | lines
            ),
            max_size=3,
        ),
    )


def _words(min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(SYLLABLES), min_size=min_size, max_size=max_size)


def _sentence() -> st.SearchStrategy[str]:
    return _words(8, 25).map(lambda w: " ".join(w).capitalize() + ".")


def vietnamese_text() -> st.SearchStrategy[str]:
    """A paragraph of Vietnamese news prose (two to four sentences)."""
    return st.lists(_sentence(), min_size=2, max_size=4).map(" ".join)


def _headline() -> st.SearchStrategy[str]:
    return _words(5, 14).map(lambda w: " ".join(w).capitalize())


def _caption() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(CAPTION_OPENINGS), _words(2, 8)).map(
        lambda t: f"{t[0]} {' '.join(t[1])}"
    )


def _byline() -> st.SearchStrategy[str]:
    name = st.tuples(st.sampled_from(FAMILY_NAMES), st.sampled_from(GIVEN_NAMES)).map(" ".join)
    return st.one_of(name, name.map(str.upper), st.just("P.L"), st.just("T.H"))


def header_dates(
    *,
    weekday: bool | None = None,
    moments: st.SearchStrategy[dt.datetime] | None = None,
    labels: bool = True,
) -> st.SearchStrategy[tuple[dt.datetime, str]]:
    """``(moment, rendering)``: a Vietnam-time minute and a header line that prints it.

    Renderings vary the weekday (correct or absent), the date form (d/m/yyyy with any
    separator, "ngày d tháng m năm yyyy", "dd Thg m, yyyy", ISO), the clock (24-hour, "18h26",
    "18 giờ 26 phút", 12-hour with SA/CH or AM/PM), time-before or time-after, the glue, the zone
    marker, a label ("Cập nhật:", "Ngày đăng:"; off with ``labels=False``), the case and NFD.
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[dt.datetime, str]:
        moment = draw(moments if moments is not None else _moments())
        sep = draw(st.sampled_from("/-."))
        day = draw(
            st.sampled_from(
                (
                    "{d:02d}{s}{m:02d}{s}{y}",
                    "{d}{s}{m}{s}{y}",
                    "ngày {d} tháng {m} năm {y}",
                    "{d:02d} Thg {m}, {y}",
                    "{y}-{m:02d}-{d:02d}",
                )
            )
        ).format(d=moment.day, m=moment.month, y=moment.year, s=sep)
        h12 = moment.hour % 12 or 12
        am = moment.hour < 12
        clock = draw(
            st.sampled_from(
                (
                    "{H:02d}:{M:02d}",
                    "{H}h{M:02d}",
                    "{H} giờ {M} phút",
                    "{h}:{M:02d} " + ("SA" if am else "CH"),
                    "{h}:{M:02d} " + ("AM" if am else "PM"),
                )
            )
        )
        clock = clock.format(H=moment.hour, h=h12, M=moment.minute)
        zone = draw(st.sampled_from(("", " [GMT+7]", " (GMT+7)", " GMT+07:00", " (UTC+7)")))
        show_weekday = draw(st.booleans()) if weekday is None else weekday
        wd = f"{_WEEKDAYS[moment.weekday()]}, " if show_weekday else ""
        shape = draw(st.integers(0, 3))
        if shape == 0:
            line = f"{wd}{day}, {clock}{zone}"
        elif shape == 1:
            line = f"{wd}{day} - {clock}{zone}"
        elif shape == 2:
            line = f"{clock}{zone} !! {wd}{day}"
        else:
            line = f"{wd}{day} | {clock}{zone}"
        label = (
            draw(st.sampled_from(("", "", "Cập nhật: ", "Ngày đăng: ", "Đăng lúc ")))
            if labels
            else ""
        )
        line = label + line
        if draw(st.booleans()):
            line = line.upper() if draw(st.booleans()) else line.lower()
        if draw(st.booleans()):
            line = unicodedata.normalize("NFD", line)
        return moment, line

    return build()


@attrs.frozen
class Dump:
    """A generated dump and what docnorm must read from it."""

    text: str
    title: str
    published: str
    page_date: str | None
    source_code: str | None
    lead: str
    body: tuple[str, ...]
    captions: tuple[str, ...]
    authors: tuple[str, ...]
    related: tuple[tuple[str, str], ...]


@st.composite
def _dumps(draw: st.DrawFn) -> Dump:
    lines: list[str] = []
    page_date = None
    if draw(st.booleans()):
        page_moment, page_line = draw(header_dates(labels=False))
        lines += [page_line, ""]
        page_date = format_iso(page_moment)
    title = draw(_headline())
    lines += [title, ""]
    moment, date_line = draw(header_dates(labels=False))
    lines += [date_line]
    code = draw(st.none() | st.sampled_from(_CODES))
    lead = draw(vietnamese_text())
    lines += [f"{code} - {lead}" if code else lead, ""]
    body: list[str] = []
    captions: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        caption = draw(_caption()) if draw(st.integers(0, 3)) == 0 else None
        if caption is not None and caption not in captions:  # a repeated caption is removed
            captions.append(caption)
            lines += [caption, ""]
        body.append(draw(vietnamese_text()))
        lines += [body[-1], ""]
    authors = [draw(_byline())] if draw(st.booleans()) else []
    lines += [*authors, ""]
    related: list[tuple[str, str]] = []
    if draw(st.booleans()):
        lines += [*draw(st.lists(st.sampled_from(WIDGET_LINES), min_size=1, max_size=3)), ""]
        for _ in range(draw(st.integers(0, 4))):
            rel_title = draw(_headline())
            # A teaser that repeats the article's own text is a duplicate teaser, not a link.
            rel_teaser = draw(_words(15, 30).map(lambda w: " ".join(w).capitalize()))
            if any(p.startswith(rel_teaser[:40]) for p in (lead, *body)):
                rel_teaser = f"Nhiều {rel_teaser[0].lower()}{rel_teaser[1:]}"
            rel_teaser += "..."
            related.append((rel_title, rel_teaser))
            lines += [rel_title, rel_teaser]
    return Dump(
        text="\n".join(lines),
        title=title,
        published=format_iso(moment),
        page_date=page_date,
        source_code=code,
        lead=lead,
        body=tuple(body),
        captions=tuple(captions),
        authors=tuple(authors),
        related=tuple(related),
    )


def dumps() -> st.SearchStrategy[Dump]:
    """Generated dumps: page date (sometimes), title, dated header, lead with or without an
    agency code, body with captions, a byline (sometimes), comment widgets and related links.
    """
    return _dumps()
