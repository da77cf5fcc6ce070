"""Hypothesis strategies for docnorm records and Vietnamese news dumps (public API).

Use them in your own property tests (hypothesis must be installed)::

    import docnorm
    from hypothesis import given
    from docnorm.strategies import articles, dumps

    @given(dumps())
    def test_my_pipeline(dump):
        article = docnorm.parse(dump.text)
        assert article.title == dump.title

``articles()`` gives valid canonical records (``articles(canonical=False)``: valid records
with any text); ``dumps()`` gives a messy rendering of an article, as text and as bytes,
together with the canonical fields docnorm must read back from it. With hypothesis' entry
point (installed with docnorm), ``st.from_type(Article)`` and ``st.from_type(Dump)`` give the
same. See docs/strategies.md.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Final

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
from .normalize import normalise
from .options import VIETNAM
from .outlets import OUTLETS, TITLE_CASE_CODES
from .phrases import AD, COMMENT_WIDGET, NAVIGATION, PAYWALL, RELATED_HEADER, SHARE
from .shapes import is_comment_widget, is_related_header, outlet_name
from .textdata import CAPTION_OPENINGS, FAMILY_NAMES, GIVEN_NAMES, SYLLABLES, WIDGET_LINES
from .tones import to_new_style
from .validate import boilerplate_kind

__all__ = [
    "MESS_KINDS",
    "Dump",
    "articles",
    "dumps",
    "header_dates",
    "header_days",
    "iso_dates",
    "messy_texts",
    "one_line_text",
    "vietnamese_text",
]

# --- tables ---------------------------------------------------------------------------------------


def _cap(phrase: str) -> str:
    """A lower-case phrase of docnorm's tables as a site prints it."""
    return phrase.upper() if len(phrase) <= 2 else phrase[0].upper() + phrase[1:]


# Agency codes a lead prints before a dash ("LSO - ", "VTV.vn - ") or in brackets ("(Dân trí) -").
_DASH_CODE = re.compile(r"[A-ZĐ][A-ZĐ0-9]{1,7}(?:\.(?:vn|VN|com|net))?")
_BRACKET_CODE = re.compile(r"[A-ZĐ][\w.]*(?: [\w.]+){0,2}")
_DASH_CODES: Final = (*sorted(c for c in OUTLETS if _DASH_CODE.fullmatch(c)), "VTV.vn")
_BRACKET_CODES: Final = (
    *sorted(c for c in OUTLETS if _BRACKET_CODE.fullmatch(c)),
    "Dân trí",
    "Chinhphu.vn",
)
# Outlets a credit line names ("Theo TTXVN", "Nguồn: Báo Lạng Sơn").
_CREDITED: Final = tuple(
    sorted(
        {c for c in _DASH_CODES if c.isupper()}
        | {n for n in OUTLETS.values() if len(n.split()) <= 6 and "," not in n}
    )
)
# Outlets a record names: every code docnorm knows, with its name.
_SOURCES: Final = tuple(sorted(OUTLETS.items()))

_WEEKDAYS: Final = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_DAY_FORMS: Final = (
    "{d:02d}{s}{m:02d}{s}{y}",
    "{d}{s}{m}{s}{y}",
    "ngày {d} tháng {m} năm {y}",
    "{d:02d} Thg {m}, {y}",
    "{y}-{m:02d}-{d:02d}",
)
_PUBLISHED_LABELS: Final = ("Ngày đăng: ", "Đăng lúc ", "Đăng ngày ", "Ngày xuất bản: ")
_UPDATED_LABELS: Final = ("Cập nhật: ", "Cập nhật lúc ", "Cập nhật ngày: ", "Cập nhật lần cuối: ")

_SECTIONS: Final = (
    "Thời sự",
    "Chính trị",
    "Kinh tế",
    "Xã hội",
    "Văn hóa",
    "Giáo dục",
    "Pháp luật",
    "Thể thao",
    "Xây dựng Đảng",
    "Quốc phòng - An ninh",
    "Nông nghiệp - Nông thôn",
)
# Capitalised names and bodies that news prose is full of (old tone style).
_PROPER: Final = (
    "Tỉnh ủy",
    "Ủy ban nhân dân tỉnh",
    "Hội đồng nhân dân",
    "Mặt trận Tổ quốc",
    "Ban Thường vụ",
    "Lạng Sơn",
    "Đồng Tháp",
    "Hà Nội",
    "Hòa Bình",
    "Khánh Hòa",
    "Thủy Nguyên",
)
_MIDDLE_NAMES: Final = ("Văn", "Thị", "Minh", "Thu", "Hữu", "Ngọc")
_SITE_SUFFIXES: Final = (
    "Tuổi Trẻ Online",
    "Báo Dân trí",
    "Báo Thanh Niên",
    "VnExpress",
    "Báo Nhân Dân",
    "VTV.VN",
    "Znews",
    "Báo Lạng Sơn",
)
_LEAD_DAYS: Final = ("Sáng nay", "Chiều nay", "Tối nay", "Sáng", "Chiều", "Hôm nay")
_LEAD_YESTERDAYS: Final = ("Hôm qua", "Chiều qua", "Sáng qua", "Tối qua")
_BYLINE_CREDITS: Final = ("Bài và ảnh: ", "Tin, ảnh: ", "Bài, ảnh: ", "Ảnh: ", "Thực hiện: ")
_ACADEMIC: Final = ("TS. ", "ThS. ", "PGS.TS ", "LS ", "BS. ")

# Site furniture docnorm removes, as sites print it (from docnorm's own phrase tables).
_NAV_LINES: Final = (
    *(_cap(p) for p in NAVIGATION if not is_related_header(p) and not is_comment_widget(p)),
    "Trang chủ > Thời sự > Chính trị",
    "Trang chủ » Xã hội",
    "Thời sự | Thế giới | Kinh doanh | Giải trí",
    "Hà Nội 28°C",
    "TUOITRE.VN",
)
_SHARE_LINES: Final = tuple(_cap(p) for p in SHARE)
# Lines that may sit between paragraphs without ending the article.
_INLINE_FURNITURE: Final = tuple(
    line
    for line in (*_SHARE_LINES, *(_cap(p) for p in AD), *(_cap(p) for p in PAYWALL))
    if not is_related_header(line)
    and not is_comment_widget(line)
    and boilerplate_kind(line) not in (None, "tags", "footer")
)
_RELATED_HEADERS: Final = tuple(
    sorted({_cap(p) for p in RELATED_HEADER} - {"Xem thêm"})  # also a comment action
)
_WIDGET_LINES: Final = (*WIDGET_LINES, *(_cap(p) for p in COMMENT_WIDGET), "Ý kiến (3)")
_TAG_PREFIXES: Final = ("Từ khóa", "Tags", "Chủ đề", "Thẻ")
_FOOTER_LINES: Final = (
    "© Bản quyền thuộc Báo Tuổi Trẻ",
    "© 2020 Báo Lạng Sơn. All rights reserved.",
    "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
    "Tổng Biên tập: Nguyễn Văn Anh",
    "Địa chỉ: 60A Hoàng Văn Thụ, Phường 9, Quận Phú Nhuận, TP.HCM",
    "Điện thoại: (028) 3997 3838",
    "Email: toasoan@baomoi.vn",
    "Quét mã QR để tải ứng dụng",
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
)

#: The kinds of messiness ``dumps()`` and ``messy_texts()`` apply (``Dump.messes``).
MESS_KINDS: Final = (
    "nfd",  # some lines decomposed (NFD)
    "new_tones",  # some lines in the new tone style: hoà, uỷ
    "nbsp",  # some spaces between words are NO-BREAK SPACE
    "double_spaces",  # some spaces doubled
    "edge_spaces",  # spaces and tabs at the start or end of some lines
    "zero_width",  # a ZERO WIDTH SPACE after some spaces
    "crlf",  # CRLF line breaks (all of them, or some)
    "cr",  # CR line breaks, as old Mac files have (all of them, or some)
    "bom",  # a BYTE ORDER MARK character at the start of the text
)
#: Encodings of ``Dump.data``.
_ENCODINGS: Final = ("utf-8", "utf-8-sig", "utf-16", "cp1258")
_TONE_MARKS: Final = "\u0300\u0301\u0303\u0309\u0323"


# --- text -----------------------------------------------------------------------------------------


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


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:]


def _unaccented(text: str) -> str:
    """Vietnamese without its marks, as image alt text often is: "Quang canh hoi nghi"."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if not unicodedata.combining(c)).split(".")[0]


def _rng(draw: st.DrawFn) -> random.Random:
    # One seeded Random for the small choices inside a piece of text: drawing every word from
    # hypothesis costs a draw each and makes generation several times slower.
    return draw(st.randoms(use_true_random=True))


@st.composite
def _words(draw: st.DrawFn, min_size: int, max_size: int) -> list[str]:
    """Between ``min_size`` and ``max_size`` syllables of news prose."""
    size = draw(st.integers(min_size, max_size))
    return _rng(draw).choices(SYLLABLES, k=size)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    size = draw(st.integers(8, 22))
    rng = _rng(draw)
    words = rng.choices(SYLLABLES, k=size)
    if rng.random() < 0.3:  # a name or a body: "Ban Thường vụ", "Hà Nội"
        words.insert(rng.randint(1, len(words)), rng.choice(_PROPER))
    if rng.random() < 0.25:  # a small number: "15 xã"
        words.insert(rng.randint(1, len(words)), str(rng.randint(2, 99)))
    if rng.random() < 0.5:  # a clause break
        words[rng.randint(3, len(words) - 3)] += ","
    return _upper_first(" ".join(words)) + "."


def vietnamese_text() -> st.SearchStrategy[str]:
    """A paragraph of Vietnamese news prose: two to four sentences, canonical form (NFC, old
    tone style, single spaces). Never a line docnorm would take for site furniture."""
    return (
        st.lists(_sentence(), min_size=2, max_size=4)
        .map(" ".join)
        .filter(lambda p: boilerplate_kind(p) is None)
    )


@st.composite
def _headline(draw: st.DrawFn) -> str:
    """A headline: five to fourteen words, no final full stop."""
    size = draw(st.integers(5, 14))
    rng = _rng(draw)
    words = rng.choices(SYLLABLES, k=size)
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words)), rng.choice(_PROPER))
    return _upper_first(" ".join(words))


@st.composite
def _caption_line(draw: st.DrawFn) -> str:
    text = f"{draw(st.sampled_from(CAPTION_OPENINGS))} {' '.join(draw(_words(2, 8)))}"
    if draw(st.integers(0, 3)) == 0:
        text += f". Ảnh: {draw(_person())}"
    return text


def _caption() -> st.SearchStrategy[str]:
    """A one-line photo caption (no final punctuation)."""
    return _caption_line().filter(lambda c: boilerplate_kind(c) is None)


@st.composite
def _person(draw: st.DrawFn) -> str:
    """A name as bylines print it: "Nguyễn Anh", "Trần Thị Lan"."""
    parts = [draw(st.sampled_from(FAMILY_NAMES))]
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(_MIDDLE_NAMES)))
    parts.append(draw(st.sampled_from(GIVEN_NAMES)))
    return " ".join(parts)


@st.composite
def _pen_name(draw: st.DrawFn) -> str:
    """Two given names, as bylines often print them: "Minh Hà"."""
    first, second = draw(st.lists(st.sampled_from(GIVEN_NAMES), min_size=2, max_size=2))
    return f"{first} {second}"


_INITIALS: Final = ("P.L", "T.H", "N.A", "H.T", "Q.M")


@st.composite
def _byline(draw: st.DrawFn) -> tuple[str, tuple[str, ...], str | None]:
    """``(line, authors, credit words)``: a byline line at the end of an article."""
    name = draw(st.one_of(_person(), _pen_name()))
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return name, (name,), None
    if kind == 1:
        return name.upper(), (name.upper(),), None
    if kind == 2:
        initials = draw(st.sampled_from(_INITIALS))
        return initials, (initials,), None
    if kind == 3:
        other = draw(st.one_of(_person(), _pen_name()).filter(lambda n: n != name))
        if draw(st.booleans()):
            name, other = name.upper(), other.upper()
        sep = draw(st.sampled_from((" - ", ", ")))
        return f"{name}{sep}{other}", (name, other), None
    if kind == 4:
        credit = draw(st.sampled_from(_BYLINE_CREDITS))
        return credit + name, (name,), credit.strip()
    if kind == 5:
        titled = draw(st.sampled_from(_ACADEMIC)) + name
        return titled, (titled,), None
    return "Nhóm phóng viên", ("Nhóm phóng viên",), None


def _adds_names(authors: list[str]) -> Callable[[tuple[str, tuple[str, ...], str | None]], bool]:
    """A test that a drawn byline names someone not in ``authors`` (a byline that only repeats
    them is removed as a repeat, ``byline.repeated``)."""
    seen = frozenset(authors)
    return lambda byline: not set(byline[1]) <= seen


@st.composite
def _teaser(draw: st.DrawFn, avoid: Sequence[str]) -> str:
    """A related link's teaser, ending in "..." (or "…"); it never repeats ``avoid``'s text
    (a teaser that does is a duplicate of the article, not a link)."""
    text = _upper_first(" ".join(draw(_words(12, 28))))
    if any(p.startswith(text[:40]) for p in avoid):
        text = f"Nhiều {text[0].lower()}{text[1:]}"
    return text + draw(st.sampled_from(("...", "...", "…")))


@st.composite
def _tag_line(draw: st.DrawFn) -> str:
    tags = draw(
        st.lists(_words(1, 3).map(" ".join), min_size=1, max_size=4, unique=True).map(", ".join)
    )
    return f"{draw(st.sampled_from(_TAG_PREFIXES))}: {tags}"


# --- dates ----------------------------------------------------------------------------------------


def _moments() -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(
        min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2035, 12, 31, 23, 59)
    ).map(lambda d: d.replace(second=0, microsecond=0, tzinfo=VIETNAM))


def iso_dates() -> st.SearchStrategy[str]:
    """ISO 8601 values as records hold them: a day, or a minute in Vietnam time."""
    return st.one_of(_moments().map(lambda d: d.date().isoformat()), _moments().map(format_iso))


def _day_text(draw: st.DrawFn, day: dt.date) -> str:
    sep = draw(st.sampled_from("/-."))
    form = draw(st.sampled_from(_DAY_FORMS))
    return form.format(d=day.day, m=day.month, y=day.year, s=sep)


def _finish_line(draw: st.DrawFn, line: str, labels: bool) -> str:
    label = (
        draw(st.sampled_from(("", "", "Cập nhật: ", "Ngày đăng: ", "Đăng lúc "))) if labels else ""
    )
    line = label + line
    if draw(st.booleans()):
        line = line.upper() if draw(st.booleans()) else line.lower()
    if draw(st.booleans()):
        line = unicodedata.normalize("NFD", line)
    return line


def header_dates(
    *,
    weekday: bool | None = None,
    moments: st.SearchStrategy[dt.datetime] | None = None,
    labels: bool = True,
) -> st.SearchStrategy[tuple[dt.datetime, str]]:
    """``(moment, rendering)``: a Vietnam-time minute and a header line that prints it.

    Renderings vary the weekday (correct or absent; ``weekday=True``/``False`` to choose), the
    date form (d/m/yyyy with any separator, "ngày d tháng m năm yyyy", "dd Thg m, yyyy", ISO),
    the clock (24-hour, "18h26", "18 giờ 26 phút", 12-hour with SA/CH or AM/PM), time-before or
    time-after, the glue, the zone marker, a label ("Cập nhật:", "Ngày đăng:"; off with
    ``labels=False``), the case and NFD. ``moments`` draws the moments (Vietnam time, whole
    minutes) instead of the default 1995-2035.
    """
    return _header_dates(weekday, moments if moments is not None else _moments(), labels)


@st.composite
def _header_dates(
    draw: st.DrawFn,
    weekday: bool | None,
    moments: st.SearchStrategy[dt.datetime],
    labels: bool,
) -> tuple[dt.datetime, str]:
    moment = draw(moments)
    day = _day_text(draw, moment.date())
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
    return moment, _finish_line(draw, line, labels)


def header_days(
    *,
    weekday: bool | None = None,
    days: st.SearchStrategy[dt.date] | None = None,
    labels: bool = True,
) -> st.SearchStrategy[tuple[dt.date, str]]:
    """``(day, rendering)``: a day and a header line that prints it without a time, as page
    date bars do ("Thứ bảy, 05/12/2020"). The same variations as ``header_dates()`` (weekday,
    date form, label, case, NFD) without the clock and zone; ``days`` draws the days.
    """
    return _header_days(weekday, days if days is not None else _days(), labels)


def _days() -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))


@st.composite
def _header_days(
    draw: st.DrawFn, weekday: bool | None, days: st.SearchStrategy[dt.date], labels: bool
) -> tuple[dt.date, str]:
    day = draw(days)
    show_weekday = draw(st.booleans()) if weekday is None else weekday
    wd = f"{_WEEKDAYS[day.weekday()]}, " if show_weekday else ""
    return day, _finish_line(draw, wd + _day_text(draw, day), labels)


@st.composite
def _date_line(
    draw: st.DrawFn, moment: dt.datetime, *, with_time: bool, labels: Sequence[str] = ()
) -> tuple[str, str]:
    """``(iso value, canonical line)``: a header line for ``moment`` (its day only, unless
    ``with_time``), after one of ``labels`` or none."""
    if with_time:
        _, line = draw(_header_dates(None, st.just(moment), False))
        value = format_iso(moment)
    else:
        _, line = draw(_header_days(None, st.just(moment.date()), False))
        value = moment.date().isoformat()
    label = draw(st.sampled_from(("", *labels))) if labels else ""
    return value, normalise(label + line)


@st.composite
def _dated(draw: st.DrawFn) -> tuple[dt.datetime, dt.datetime, dt.datetime]:
    """``(published, updated, page)`` moments in a sound order: published ≤ updated ≤ page.

    The page (the day the page was seen) is usually within a month of publication, sometimes
    years later."""
    published = draw(_moments())
    updated = published + dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 3)))
    if draw(st.integers(0, 4)) == 0:
        gap = dt.timedelta(days=draw(st.integers(0, 900)), minutes=draw(st.integers(0, 1439)))
    else:
        gap = dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 30)))
    return published, updated, updated + gap


def _inferable(published: dt.datetime, page: dt.datetime) -> bool:
    """docnorm can take the year of a "Sáng nay (d/m)" lead from the page date: the day is less
    than a year before it and neither it nor the day before is 29 February."""
    day = published.date()
    before = day - dt.timedelta(days=1)
    leap_days = {(d.month, d.day) for d in (day, before)}
    return (page.date() - day).days < 300 and (2, 29) not in leap_days


@st.composite
def _lead_day(draw: st.DrawFn, published: dt.date) -> str:
    """A lead's opening day phrase that names ``published``: "Sáng nay (22/5)", "Hôm qua (21/5)"."""
    if draw(st.booleans()):
        day = published - dt.timedelta(days=1)
        word = draw(st.sampled_from(_LEAD_YESTERDAYS))
    else:
        day = published
        word = draw(st.sampled_from(_LEAD_DAYS))
    form = draw(st.sampled_from(("{w} ({d}/{m})", "{w} {d}/{m}", "{w} ({d}-{m})")))
    return form.format(w=word, d=day.day, m=day.month)


# --- records --------------------------------------------------------------------------------------


def articles(*, canonical: bool = True) -> st.SearchStrategy[Article]:
    """Valid ``Article`` records.

    By default, canonical records such as ``parse`` gives: realistic Vietnamese text in
    canonical form, dates in a sound order with ``dates`` mentions that match them, removed lines
    and warnings of the kinds docnorm writes; ``validate(to_dict(a))`` is ``[]`` (no errors, no
    warnings). With ``canonical=False``: records that are only format-valid, with any text and
    dates in any order (for testing a consumer's robustness).
    """
    return _canonical_articles() if canonical else _any_articles()


def _any_articles() -> st.SearchStrategy[Article]:
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


def _often(draw: st.DrawFn, out_of: int = 5) -> bool:
    """True in all but about one draw in ``out_of``."""
    return draw(st.integers(1, out_of)) != 1


def _sometimes(draw: st.DrawFn, out_of: int = 3) -> bool:
    """True in about one draw in ``out_of``."""
    return draw(st.integers(1, out_of)) == 1


@attrs.define
class _Layout:
    """Line numbers of a record laid out as a dump: blocks of lines with blank lines between."""

    next: int = 1
    removed: list[Removal] = attrs.Factory(list)

    def block(self, size: int = 1) -> int:
        first = self.next
        self.next += size + 1
        return first

    def remove(self, kind: str, lines: Sequence[str]) -> int:
        first = self.block(len(lines))
        self.removed.append(Removal(kind, first, first + len(lines) - 1, "\n".join(lines)))
        return first


@st.composite
def _canonical_articles(draw: st.DrawFn) -> Article:
    lay = _Layout()
    mentions: list[DateMention] = []
    notices: list[Notice] = []
    if _sometimes(draw):
        lay.remove(
            "navigation", draw(st.lists(st.sampled_from(_NAV_LINES), min_size=1, max_size=3))
        )

    published_at, updated_at, page_at = draw(_dated())
    # How the record got its dates: header lines, a lead phrase, a relative date, or none.
    how = draw(st.sampled_from(("header", "header", "header", "inferred", "relative", "none")))
    if how == "inferred" and not _inferable(published_at, page_at):
        how = "header"
    page_date = published = updated = None
    if how == "inferred" or (how == "header" and _often(draw, 2)):
        page_date, raw = draw(_date_line(page_at, with_time=_sometimes(draw, 4)))
        mentions.append(DateMention("page", page_date, raw, lay.block()))
    section = draw(st.sampled_from(_SECTIONS)) if _often(draw, 2) else None
    if section is not None:
        lay.block()
    title = draw(_headline()) if _often(draw, 10) else None
    if title is not None:
        line = lay.block()
        if _sometimes(draw, 4):
            suffix = f"{draw(st.sampled_from('-|'))} {draw(st.sampled_from(_SITE_SUFFIXES))}"
            lay.removed.append(Removal("navigation", line, line, suffix))
    else:
        notices.append(Notice("no_title", "the dump has no headline line"))
    if how == "header":
        published, raw = draw(
            _date_line(published_at, with_time=_often(draw), labels=_PUBLISHED_LABELS)
        )
        mentions.append(DateMention("published", published, raw, lay.block()))
        if _sometimes(draw):
            updated, raw = draw(_date_line(updated_at, with_time=True, labels=_UPDATED_LABELS))
            mentions.append(DateMention("updated", updated, raw, lay.block()))
    elif how == "relative":
        amount, unit = draw(st.integers(1, 23)), draw(st.sampled_from(("giờ", "phút", "ngày")))
        line = lay.block()
        mentions.append(DateMention("published", None, f"{amount} {unit} trước", line))
        notices.append(
            Notice(
                "relative_date_unresolved",
                f"'{amount} {unit} trước' counts back from a day the page does not give; "
                "pass Options(reference_date=...) to resolve it",
                line,
            )
        )

    lead: str | None = None
    source: Source | None = None
    if _often(draw, 10):
        lead = draw(vietnamese_text())
        line = lay.block()
        if _often(draw, 2):
            source = Source(*draw(st.sampled_from(_SOURCES)))
        if how == "inferred":
            phrase = draw(_lead_day(published_at.date()))
            lead = f"{phrase}, {lead[0].lower()}{lead[1:]}"
            published = published_at.date().isoformat()
            mentions.append(DateMention("inferred", published, phrase, line))
            notices.append(
                Notice(
                    "published_inferred",
                    f"published date inferred from {phrase!r} in the lead",
                    line,
                )
            )

    body: list[str] = []
    captions: list[str] = []
    for _ in range(draw(st.integers(0, 6)) if lead is not None else 0):
        if _sometimes(draw, 4):
            caption = draw(_caption())
            if caption not in captions:
                captions.append(caption)
                lay.block()
        extra = draw(st.integers(0, 11))
        if extra == 0:  # a share button, an ad marker, a paywall notice
            furniture = draw(st.sampled_from(_INLINE_FURNITURE))
            lay.remove(str(boilerplate_kind(furniture)), [furniture])
        elif extra == 1 and captions:  # a caption printed a second time
            lay.remove("duplicate_teaser", [draw(st.sampled_from(captions))])
        elif extra == 2:  # an image's alt text a crawler kept: "Quang canh hoi nghi hinh anh 1"
            alt = f"{_unaccented(draw(_caption_line()))} hinh anh {draw(st.integers(1, 9))}"
            lay.remove("alt_text", [alt])
        body.append(draw(vietnamese_text()))
        lay.block()

    authors: list[str] = []
    for _ in range(draw(st.integers(0, 2)) if lead is not None else 0):
        # (A byline that only repeats authors named before is removed as a repeat: none here.)
        _, names, credit = draw(_byline().filter(_adds_names(authors)))
        authors += names
        line = lay.block()
        if credit is not None:
            lay.removed.append(Removal("credit", line, line, credit))
    if not authors:
        notices.append(Notice("no_byline", "no byline (author) was found"))
    if source is None and lead is not None and _sometimes(draw, 4):
        who = draw(st.sampled_from(_CREDITED))
        source = Source(who, outlet_name(who))
        lay.remove("credit", [f"Theo {who}"])

    if lead is not None and _sometimes(draw):
        lay.remove("tags", [draw(_tag_line())])
    if lead is not None and _sometimes(draw):
        lay.remove("share", draw(st.lists(st.sampled_from(_SHARE_LINES), min_size=1, max_size=3)))
    related: list[Related] = []
    if lead is not None and _sometimes(draw, 2):
        lay.remove("navigation", [draw(st.sampled_from(_RELATED_HEADERS))])
        for _ in range(draw(st.integers(1, 4))):
            teaser = draw(_teaser([lead, *body])) if _often(draw, 3) else None
            related.append(Related(draw(_headline()), teaser))
            lay.block(2 if teaser else 1)
    comments: list[Comment] = []
    if lead is not None and _sometimes(draw):
        widgets = st.lists(st.sampled_from(_WIDGET_LINES), min_size=1, max_size=2)
        lay.remove("comment_widget", draw(widgets))
        for _ in range(draw(st.integers(0, 3))):
            author = draw(_person()) if _often(draw) else None
            when = None
            if _often(draw, 2):
                later = dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 10)))
                when = format_iso(published_at + later)
            text = " ".join(draw(st.lists(_sentence(), min_size=1, max_size=2)))
            comments.append(Comment(author, when, text))
            lay.block(3)
    if _sometimes(draw, 4):
        footer = st.lists(st.sampled_from(_FOOTER_LINES), min_size=1, max_size=3, unique=True)
        lay.remove("footer", draw(footer))

    if page_date is not None and published is not None:
        latest = (updated_at if updated is not None else published_at).date()
        gap = (page_at.date() - latest).days
        if gap > 366:
            notices.append(
                Notice(
                    "page_date_stale",
                    f"the page date {page_at.date().isoformat()} is {gap // 365} year(s) after "
                    f"every date in the text (latest {latest.isoformat()}): it is the "
                    "day the page was viewed, not the day of the article",
                    mentions[0].line,
                )
            )
    return Article(
        title=title,
        source=source,
        section=section,
        published=published,
        updated=updated,
        page_date=page_date,
        dates=mentions,
        lead=lead,
        body=body,
        captions=captions,
        authors=authors,
        related=related,
        comments=comments,
        removed=sorted(lay.removed, key=lambda r: r.line),
        # As docnorm orders them: about a line first, in line order; then about the dump.
        warnings=sorted(notices, key=lambda n: (n.line is None, n.line or 0, n.code)),
    )


# --- dumps ----------------------------------------------------------------------------------------


@attrs.frozen
class Dump:
    """A generated dump and what docnorm must read from it.

    ``text`` is the messy rendering and ``data`` the same rendering as bytes in ``encoding``
    (``data.decode(encoding) == text``); ``clean`` is the rendering before the messiness of
    ``messes`` (names from ``MESS_KINDS``) was applied, in canonical form. The other fields are
    the canonical values docnorm must give: ``related`` as ``(title, teaser or None)`` pairs,
    ``comments`` as ``(author, ISO date, text)`` triples (author and date may be None).
    """

    text: str
    title: str
    published: str
    page_date: str | None
    source_code: str | None
    lead: str
    body: tuple[str, ...]
    captions: tuple[str, ...]
    authors: tuple[str, ...]
    related: tuple[tuple[str, str | None], ...]
    data: bytes = b""
    encoding: str = "utf-8"
    clean: str = ""
    messes: tuple[str, ...] = ()
    section: str | None = None
    updated: str | None = None
    comments: tuple[tuple[str | None, str | None, str], ...] = ()


def _cp1258_form(text: str) -> str | None:
    """``text`` as cp1258 writes Vietnamese (composed base letters such as ê, ơ, ư, each tone
    mark a combining character after them), or None when cp1258 cannot encode it."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        try:
            char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = [c for c in parts if c in _TONE_MARKS]
            if len(tones) != 1:
                return None
            base = unicodedata.normalize("NFC", parts.replace(tones[0], ""))
            try:
                base.encode("cp1258")
            except UnicodeEncodeError:
                return None
            out.append(base + tones[0])
        else:
            out.append(char)
    return "".join(out)


def _mess_line(line: str, kinds: frozenset[str], rnd: random.Random) -> str:
    if "new_tones" in kinds and rnd.random() < 0.7:
        line = to_new_style(line)
    if kinds & {"nbsp", "double_spaces", "zero_width"}:
        spaces = [" "]
        if "nbsp" in kinds:
            spaces.append("\u00a0")
        if "double_spaces" in kinds:
            spaces.append("  ")
        if "zero_width" in kinds:
            spaces.append(" \u200b")
        line = "".join(rnd.choice(spaces) if c == " " and rnd.random() < 0.4 else c for c in line)
    if "edge_spaces" in kinds and rnd.random() < 0.4:
        line = rnd.choice(("", " ", "\t")) + line + rnd.choice((" ", "  ", "\t", " \t"))
    if "nfd" in kinds and rnd.random() < 0.7:
        line = unicodedata.normalize("NFD", line)
    return line


@st.composite
def _messy(draw: st.DrawFn, text: str) -> tuple[str, tuple[str, ...]]:
    kinds = frozenset(draw(st.sets(st.sampled_from(MESS_KINDS))))
    rnd = _rng(draw)
    lines = [_mess_line(line, kinds, rnd) for line in text.split("\n")]
    breaks = [b for k, b in (("crlf", "\r\n"), ("cr", "\r")) if k in kinds]
    if not breaks:
        out = "\n".join(lines)
    elif len(breaks) == 1 and rnd.random() < 0.5:
        out = breaks[0].join(lines)
    else:  # some lines each way, as when files were pasted together
        parts: list[str] = []
        for line in lines[:-1]:
            choices = ("\n", *breaks)
            if not line and parts and parts[-1] == "\r":
                choices = tuple(c for c in choices if c != "\n")  # CR, LF: one CRLF break
            parts += [line, rnd.choice(choices)]
        out = "".join(parts) + lines[-1]
    if "bom" in kinds:
        out = "\ufeff" + out
    return out, tuple(k for k in MESS_KINDS if k in kinds)


def messy_texts(text: str) -> st.SearchStrategy[str]:
    """Messy variants of a text that docnorm must read as it reads ``text``: some lines NFD or in
    the new tone style, NO-BREAK and doubled spaces, spaces and tabs at line edges, zero-width
    spaces, CRLF or CR line breaks, a BOM character (the kinds in ``MESS_KINDS``; any mix, or
    none). Line breaks stay line breaks, so line numbers are those of ``text``."""
    return _messy(text).map(lambda pair: pair[0])


@st.composite
def _dumps(draw: st.DrawFn) -> Dump:
    lines: list[str] = []
    published_at, updated_at, page_at = draw(_dated())
    inferred = _sometimes(draw, 6) and _inferable(published_at, page_at)

    # Header: navigation, the page's date bar, section, headline, byline, dates, share buttons.
    if _sometimes(draw):
        lines += [*draw(st.lists(st.sampled_from(_NAV_LINES), min_size=1, max_size=3)), ""]
    page_date = None
    if inferred or _often(draw, 2):
        page_date, page_line = draw(_date_line(page_at, with_time=_sometimes(draw, 4)))
        lines += [page_line, ""]
    section = draw(st.sampled_from(_SECTIONS)) if _sometimes(draw) else None
    if section is not None:
        lines += [section, ""]
    title = draw(_headline())
    suffix = ""
    if _sometimes(draw, 4):
        suffix = f" {draw(st.sampled_from('-|'))} {draw(st.sampled_from(_SITE_SUFFIXES))}"
    lines += [title + suffix]
    authors: list[str] = []
    if _sometimes(draw, 5):
        name = draw(st.one_of(_person(), _pen_name()))
        authors.append(name)
        lines += [name]
    lines += [""]
    published: str | None = None
    updated = None
    if not inferred:
        published, line = draw(
            _date_line(published_at, with_time=_often(draw), labels=_PUBLISHED_LABELS)
        )
        lines += [line]
        if _sometimes(draw, 4):
            updated, line = draw(_date_line(updated_at, with_time=True, labels=_UPDATED_LABELS))
            lines += [line]
        lines += [""]
    if _sometimes(draw, 5):
        lines += [*draw(st.lists(st.sampled_from(_SHARE_LINES), min_size=1, max_size=3)), ""]

    # The lead, with an agency code ("LSO - ", "(Dân trí) -", "(TTXVN) ") or not.
    lead = draw(vietnamese_text())
    if inferred:
        phrase = draw(_lead_day(published_at.date()))
        lead = f"{phrase}, {lead[0].lower()}{lead[1:]}"
        published = published_at.date().isoformat()
    code = None
    printed_lead = lead
    form = draw(st.integers(0, 4))
    if form == 1:
        code = draw(st.sampled_from(_DASH_CODES))
        dash = draw(st.sampled_from(("-", " - ", " – ", "- ")))
        printed_lead = f"{code}{dash}{lead}"
    elif form == 3 and _sometimes(draw):
        code = draw(st.sampled_from(TITLE_CASE_CODES))
        dash = draw(st.sampled_from((" - ", " – ")))
        printed_lead = f"{code}{dash}{lead}"
    elif form == 2:
        code = draw(st.sampled_from(_BRACKET_CODES))
        after = draw(st.sampled_from(("(", "[")))
        close = ")" if after == "(" else "]"
        dash = draw(st.sampled_from(("-", " - ", " ")))
        printed_lead = f"{after}{code}{close}{dash}{lead}"
    lines += [printed_lead, ""]

    # The article: paragraphs, captions (some over two lines), a stray ad or share line.
    body: list[str] = []
    captions: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        if _sometimes(draw, 4):
            caption = draw(_caption())
            if not any(c.startswith(caption) for c in captions):  # a repeat is removed
                if "Ảnh:" not in caption and _sometimes(draw, 4):  # broken over two lines
                    rest = draw(
                        _words(2, 6).map(" ".join).filter(lambda r: not boilerplate_kind(r))
                    )
                    lines += [caption + ",", rest]
                    caption = f"{caption}, {rest}"
                else:
                    lines += [caption]
                captions.append(caption)
                lines += [""]
        if _sometimes(draw, 10):
            lines += [draw(st.sampled_from(_INLINE_FURNITURE)), ""]
        body.append(draw(vietnamese_text()))
        lines += [body[-1], ""]

    # Closing: byline, credit of another outlet, share buttons.
    credit = None
    if _often(draw, 3):
        line, names, _ = draw(_byline().filter(_adds_names(authors)))
        if code is None and _sometimes(draw, 5):
            credit = draw(st.sampled_from(_CREDITED))
            line += f" (Theo {credit})"
        authors += names
        lines += [line]
    if code is None and credit is None and _sometimes(draw, 4):
        credit = draw(st.sampled_from(_CREDITED))
        lines += [draw(st.sampled_from(("Theo {}", "(Theo {})", "Nguồn: {}"))).format(credit)]
    lines += [""]
    if _sometimes(draw, 4):
        lines += [*draw(st.lists(st.sampled_from(_SHARE_LINES), min_size=1, max_size=3)), ""]

    # The tail: tags, related links, comment box and reader comments, footer.
    if _sometimes(draw, 4):
        lines += [draw(_tag_line()), ""]
    related: list[tuple[str, str | None]] = []
    comments: list[tuple[str | None, str | None, str]] = []
    tail = draw(st.sampled_from(("none", "related", "widget_then_links", "comments")))
    if tail in ("related", "comments") and _often(draw, 2):
        lines += [draw(st.sampled_from(_RELATED_HEADERS))]
        for _ in range(draw(st.integers(1, 4))):
            rel_title = draw(_headline())
            lines += [rel_title]
            # At least two lines of links: prose right under the header would make it an
            # inline "read also" link inside the article.
            if not related or _often(draw, 3):
                teaser = draw(_teaser([lead, *body]))
                lines += [teaser]
                related.append((rel_title, teaser))
            else:
                related.append((rel_title, None))
        lines += [""]
    if tail == "widget_then_links":
        lines += [*draw(st.lists(st.sampled_from(WIDGET_LINES), min_size=1, max_size=3)), ""]
        for _ in range(draw(st.integers(1, 4))):
            rel_title, teaser = draw(_headline()), draw(_teaser([lead, *body]))
            related.append((rel_title, teaser))
            lines += [rel_title, teaser]
        lines += [""]
    if tail == "comments":
        lines += [*draw(st.lists(st.sampled_from(_WIDGET_LINES), min_size=1, max_size=3)), ""]
        for _ in range(draw(st.integers(0, 3))):
            author = draw(_person())
            lines += [author]
            when = None
            if _often(draw, 2):
                later = dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 10)))
                when, when_line = draw(_date_line(published_at + later, with_time=True))
                lines += [when_line]
            text = " ".join(draw(st.lists(_sentence(), min_size=1, max_size=2)))
            lines += [text, ""]
            comments.append((author, when, text))
    if _sometimes(draw, 4):
        lines += [
            *draw(st.lists(st.sampled_from(_FOOTER_LINES), min_size=1, max_size=3, unique=True)),
            "",
        ]

    while lines and not lines[-1]:
        lines.pop()
    clean = "\n".join(lines) + ("\n" if draw(st.booleans()) else "")
    text, messes = draw(_messy(clean))
    encoding = draw(st.sampled_from(_ENCODINGS))
    if encoding == "cp1258":
        as_cp1258 = _cp1258_form(text)
        if as_cp1258 is None:
            encoding = "utf-8"
        else:
            text = as_cp1258
    assert published is not None
    return Dump(
        text=text,
        title=title,
        published=published,
        page_date=page_date,
        source_code=code or credit,
        lead=lead,
        body=tuple(body),
        captions=tuple(captions),
        authors=tuple(authors),
        related=tuple(related),
        data=text.encode(encoding),
        encoding=encoding,
        clean=clean,
        messes=messes,
        section=section,
        updated=updated,
        comments=tuple(comments),
    )


def dumps() -> st.SearchStrategy[Dump]:
    """Generated dumps with varied layout and messiness, and the fields docnorm must read.

    Layout: navigation lines, a page date bar, a section line, the headline (with a site
    suffix), a byline under it, published and updated lines in many shapes (or no date line and
    a "Sáng nay (22/5)" lead), share buttons, the lead with or without an agency code, paragraphs
    with captions (some over two lines) and stray ad or share lines, a byline in many forms, a
    credit of another outlet, then tags, related links, comment boxes with reader comments and
    footer lines. Messiness: see ``MESS_KINDS``; encodings: UTF-8, UTF-8 with BOM, UTF-16 with
    BOM, cp1258 (when the text has nothing cp1258 cannot write).
    """
    return _dumps()


# ``st.from_type(Dump)`` gives ``dumps()``: a test that names Dump has imported this module.
st.register_type_strategy(Dump, dumps())
