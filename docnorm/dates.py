"""Vietnamese dates and times: header date lines, dates inside prose, and lead phrases.

A header date line is read by a small scanner: the line must be made only of date tokens
(weekday, date, time, zone, label) and glue (punctuation, "ngày", "lúc"), with exactly one date.
Everything is day-first; a zone such as ``GMT+7`` means ``+07:00`` (not the POSIX inverse).
Nothing here reads the machine clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any, Final, NamedTuple

import attrs

from .vocab import (
    AFTERNOON,
    DATE_GLUE_WORDS,
    DATE_LABELS,
    LEAD_DAY_PARTS,
    LEAD_TODAY,
    LEAD_YESTERDAY,
    MORNING,
    NIGHT,
    NOON,
    RELATIVE_DAYS,
    RELATIVE_UNITS,
    SUNDAY,
    WEEKDAY_WORDS,
)

__all__ = [
    "HeaderDate",
    "LeadDate",
    "Relative",
    "format_iso",
    "latest_text_date",
    "lead_date",
    "parse_header_date",
]

#: A header date line is short; longer lines are prose that mention a date.
MAX_HEADER_LEN: Final = 90
# Every date line holds one of these: d/m/yyyy, yyyy-mm-dd, "d tháng m", or a relative phrase.
_CORE = re.compile(
    r"\d\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d{4}-\d\d-\d\d|\d\s+th(?:áng|g)\s+\d"
    r"|trước|hôm\s*(?:nay|qua|kia)",
    re.IGNORECASE,
)


def _alt(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_WEEKDAY = (
    rf"thứ\s*(?P<wd>{_alt(WEEKDAY_WORDS)})(?![\w])"
    r"|(?P<sun>chủ\s*nhật|cn)(?![\w])|t(?P<wdn>[2-7])(?![\w])"
)
_LABEL = rf"(?P<lab>{_alt(DATE_LABELS)})(?![\w])"
_GLUE_WORD = rf"(?:{_alt(DATE_GLUE_WORDS)})(?![\w])"
_ISO = (
    r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"(?:[t ](?P<ih>\d{2}):(?P<imin>\d{2})(?::(?P<isec>\d{2}))?(?:\.\d+)?"
    r"(?P<iz>z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_DMY = r"(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4})(?!\d)"
_VERBOSE = (
    r"(?:ngày\s+)?(?P<vd>\d{1,2})\s+(?:tháng|thg)\s+(?P<vm>\d{1,2})"
    r"(?:\s*,\s*|\s+năm\s+|\s+)(?P<vy>\d{4})(?!\d)"
)
_RELATIVE = (
    rf"(?P<rn>\d{{1,3}})\s*(?P<ru>{_alt(RELATIVE_UNITS)})\s*trước(?![\w])"
    rf"|(?P<rd>{_alt(RELATIVE_DAYS)})(?![\w])"
)
_TIME = (
    r"(?P<h>\d{1,2})\s?(?:(?::|h|g)\s?(?P<min>\d{2})(?:\s?:\s?(?P<sec>\d{2}))?"
    r"|\s?giờ(?:\s?(?P<gmin>\d{1,2})(?:\s?phút)?)?|h)(?!\d)"
    rf"(?:\s*(?P<ampm>{_alt(MORNING + AFTERNOON + NOON + NIGHT)})(?![\w]))?"
)
_ZONE = r"(?:gmt|utc)(?:\s?(?P<zsign>[+-])\s?(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?(?![\w])"
_GLUE = r"[\s,;|/\\!'\"’‘`´()\[\]{}:.\-–—•·*>]+"

# One alternative per token kind, each in a group named after the kind, so that a match's
# ``lastgroup`` names the kind. Relative expressions come before times ("3 giờ trước").
_TOKEN = re.compile(
    "|".join(
        f"(?P<{kind}>{pattern})"
        for kind, pattern in (
            ("glue", _GLUE),
            ("iso", _ISO),
            ("verbose", _VERBOSE),
            ("dmy", _DMY),
            ("relative", _RELATIVE),
            ("time", _TIME),
            ("zone", _ZONE),
            ("weekday", _WEEKDAY),
            ("label", _LABEL),
            ("glue_word", _GLUE_WORD),
        )
    ),
    re.IGNORECASE,
)
# The layouts most pages print, read by one regex before the token scanner is tried: an
# optional label, an optional weekday, d/m/yyyy, an optional time, an optional "GMT+7"; or the
# time first ("20:49 !! 13/02/2020"). Anything else goes through the scanner.


def _prefixed(pattern: str, prefix: str) -> str:
    """The pattern with its group names prefixed, so one regex can hold it several times."""
    return re.sub(r"\(\?P([<=])(\w+)", rf"(?P\1{prefix}\2", pattern)


# The layouts pages print, as one regex tried before the token scanner: [tag] [label] [weekday]
# then date [time] | time [weekday] date | relative [time] | time relative; then [zone].
# Anything else (rarer orders) goes through the scanner, which reads any order.
_G = rf"(?:[\s,;|/\\!'\"’‘`´()\[\]{{}}:.\-–—•·*>]|(?:{_alt(DATE_GLUE_WORDS)})(?![\w]))+"
_OG = f"(?:{_G})?"  # optional glue (a bare "?" after "+" would make it lazy instead)


def _any_day(prefix: str) -> str:
    return "|".join(
        f"(?P<{prefix}{kind}>{_prefixed(pat, prefix)})"
        for kind, pat in (("iso", _ISO), ("verbose", _VERBOSE), ("dmy", _DMY))
    )


_LAYOUT = re.compile(
    rf"(?:(?P<tag>[A-ZĐ]{{1,5}})\s*[-–—]\s*)?{_OG}"
    rf"(?:{_prefixed(_LABEL, 'l')}{_OG})?"
    rf"(?:(?P<wk>{_prefixed(_WEEKDAY, 'w')}){_OG})?"
    rf"(?:(?:{_any_day('a')})(?:{_G}(?P<at>{_prefixed(_TIME, 'a')}))?"
    rf"|(?P<bt>{_prefixed(_TIME, 'b')}){_G}(?:(?P<bwk>{_prefixed(_WEEKDAY, 'bw')}){_G})?"
    rf"(?:{_any_day('b')})"
    rf"|(?P<cr>{_prefixed(_RELATIVE, 'c')})(?:{_G}(?P<ct>{_prefixed(_TIME, 'c')}))?"
    rf"|(?P<dt>{_prefixed(_TIME, 'd')}){_G}(?P<dr>{_prefixed(_RELATIVE, 'd')}))"
    rf"(?:{_OG}(?P<z>{_prefixed(_ZONE, 'z')}))?{_OG}",
    re.IGNORECASE,
)

# A short agency tag before the date: "PV - 08/08/2020", "TTXVN – Thứ bảy, …".
_TAG = re.compile(r"[A-ZĐ]{1,5}\s*[-–—]\s*", re.IGNORECASE)

Moment = dt.date | dt.datetime


class Relative(NamedTuple):
    """A date printed relative to the day the page was seen: ``3 giờ trước``, ``hôm qua``."""

    amount: int
    unit: str  # second, minute, hour, day, week, month or year
    clock: tuple[int, int] | None = None  # "hôm qua lúc 18:26"

    def resolve(self, reference: Moment, tz: dt.tzinfo) -> tuple[Moment, bool]:
        """``(value, has_time)`` counted back from ``reference``; never the machine clock."""
        if self.unit in ("second", "minute", "hour"):
            if not isinstance(reference, dt.datetime):
                return reference, False  # a day is all the reference gives
            moment = reference if reference.tzinfo else reference.replace(tzinfo=tz)
            back = moment - dt.timedelta(**{f"{self.unit}s": self.amount})
            return back.replace(second=0, microsecond=0), True
        day: dt.date = reference.date() if isinstance(reference, dt.datetime) else reference
        if self.unit in ("day", "week"):
            day -= dt.timedelta(days=self.amount * (7 if self.unit == "week" else 1))
        else:  # calendar months back; 31/3 minus a month is the end of February
            months = self.amount * (12 if self.unit == "year" else 1)
            year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
            last = calendar.monthrange(year, month0 + 1)[1]
            day = dt.date(year, month0 + 1, min(day.day, last))
        if self.clock is None:
            return day, False
        return dt.datetime(day.year, day.month, day.day, *self.clock, tzinfo=tz), True


class HeaderDate(NamedTuple):
    """A line that is only a date: its value, whether a time was printed, and its label role.

    ``value`` is None for a relative date (``relative`` says what it counts back) until
    ``resolve`` gives it a reference moment. (A named tuple: millions are made in a corpus run.)
    """

    value: Moment | None
    has_time: bool
    has_seconds: bool
    label_role: str | None
    weekday: int | None  # as printed (Monday 0), or None
    relative: Relative | None = None

    @property
    def iso(self) -> str | None:
        return None if self.value is None else format_iso(self.value, seconds=self.has_seconds)

    @property
    def weekday_ok(self) -> bool:
        return self.weekday is None or self.value is None or self.weekday == self.value.weekday()

    def resolve(self, reference: Moment | None, tz: dt.tzinfo) -> HeaderDate:
        """The same date with a relative value counted back from ``reference`` (if given)."""
        if self.relative is None or reference is None:
            return self
        value, has_time = self.relative.resolve(reference, tz)
        return self._replace(value=value, has_time=has_time)


def format_iso(value: dt.date | dt.datetime, *, seconds: bool = False) -> str:
    """``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM[:SS]+HH:MM`` for a datetime.

    >>> format_iso(dt.datetime(2020, 8, 8, 18, 26, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    '2020-08-08T18:26+07:00'
    """
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    text = value.isoformat(timespec="seconds" if seconds or value.second else "minutes")
    return text if value.tzinfo is not None else text + "+07:00"


def _hour(hour: int, part: str | None) -> int:
    if part is None:
        return hour
    part = " ".join(part.lower().split())
    if part in MORNING:
        return 0 if hour == 12 else hour
    if part in AFTERNOON:
        return hour + 12 if hour < 12 else hour
    if part in NOON:  # "trưa" is around noon: 11 giờ trưa is 11:00, 1 giờ trưa is 13:00
        return hour + 12 if hour < 5 else hour
    if part in NIGHT:
        return 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    return hour


@functools.lru_cache(maxsize=64)
def _offset(sign: str, hours: str, minutes: str) -> dt.tzinfo | None:
    """``GMT+7`` is +07:00 (not the POSIX inverse); an offset of a day or more is no zone."""
    if int(hours) > 14 or int(minutes) > 59:
        return None
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes))
    return dt.timezone(offset if sign == "+" else -offset)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


# Token helpers read a match's ``groups()`` tuple through a name → index map: one part of the
# layout regex or one token of the scanner, with the group names of the token patterns above.
_Groups = tuple[Any, ...]
_Index = dict[str, int]
_Clock = tuple[int, int, int, bool]  # hour, minute, second, seconds printed


def _index(pattern: re.Pattern[str], prefix: str = "") -> _Index:
    return {
        name[len(prefix) :]: number - 1
        for name, number in pattern.groupindex.items()
        if name.startswith(prefix)
    }


def _weekday_of(gs: _Groups, ix: _Index) -> int:
    if gs[ix["sun"]]:
        return SUNDAY
    return WEEKDAY_WORDS[(gs[ix["wd"]] or gs[ix["wdn"]]).lower()]


def _clock_of(gs: _Groups, ix: _Index) -> _Clock:
    minute = gs[ix["min"]] or gs[ix["gmin"]] or "0"
    sec = gs[ix["sec"]]
    hour = int(gs[ix["h"]])
    part = gs[ix["ampm"]]
    return _hour(hour, part) if part else hour, int(minute), int(sec or 0), sec is not None


def _relative_of(gs: _Groups, ix: _Index) -> Relative:
    if gs[ix["rd"]]:
        return Relative(RELATIVE_DAYS[_words(gs[ix["rd"]])], "day")
    return Relative(int(gs[ix["rn"]]), RELATIVE_UNITS[_words(gs[ix["ru"]])])


def _zone_of(gs: _Groups, ix: _Index) -> dt.tzinfo | None:
    """The zone a ``GMT+7`` token names; None for an impossible one."""
    sign = gs[ix["zsign"]]
    if sign is None:
        return dt.UTC
    return _offset(sign, gs[ix["zh"]], gs[ix["zm"]] or "0")


def _day_of(
    gs: _Groups, ix: _Index, kind: str
) -> tuple[dt.date, _Clock | None, dt.tzinfo | None] | None:
    """The day of a date token (an ISO one may carry a time and zone); None if impossible."""
    if kind == "dmy":
        y, mo, d = gs[ix["y"]], gs[ix["m"]], gs[ix["d"]]
    elif kind == "iso":
        y, mo, d = gs[ix["iy"]], gs[ix["im"]], gs[ix["id"]]
    else:
        y, mo, d = gs[ix["vy"]], gs[ix["vm"]], gs[ix["vd"]]
    try:
        day = dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None  # 31/02 is not a date
    if kind != "iso" or gs[ix["ih"]] is None:
        return day, None, None
    sec = gs[ix["isec"]]
    clock = (int(gs[ix["ih"]]), int(gs[ix["imin"]]), int(sec or 0), sec is not None)
    z = gs[ix["iz"]]
    if z is None:
        return day, clock, None
    zone = dt.UTC if z.upper() == "Z" else _offset(z[0], z[1:3], z[-2:])
    return (day, clock, zone) if zone is not None else None


def _build(
    day: dt.date | None,
    relative: Relative | None,
    clock: _Clock | None,
    zone: dt.tzinfo | None,
    weekday: int | None,
    label: str | None,
    tz: dt.tzinfo,
) -> HeaderDate | None:
    if clock is not None and (clock[0] > 23 or clock[1] > 59 or clock[2] > 59):
        return None  # 25:61 is not a time, so the line is not a date line
    if relative is not None:
        if clock is not None and relative.unit != "day":
            return None  # "3 giờ trước 18:26" says two different things
        at = None if clock is None else (clock[0], clock[1])
        return HeaderDate(None, False, False, label, weekday, relative._replace(clock=at))
    if day is None:
        return None
    if clock is None:
        return HeaderDate(day, False, False, label, weekday)
    hour, minute, second, has_seconds = clock
    value = dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone or tz)
    return HeaderDate(value, True, has_seconds, label, weekday)


_L = {prefix: _index(_LAYOUT, prefix) for prefix in ("a", "b", "c", "d", "w", "bw", "z")}
_L_TOP = _index(_LAYOUT)


def _from_layout(m: re.Match[str], tz: dt.tzinfo) -> HeaderDate | None:
    gs = m.groups()
    top = _L_TOP
    lab = gs[top["llab"]]
    label = DATE_LABELS[_words(lab)] if lab else None
    weekday = (
        _weekday_of(gs, _L["w"])
        if gs[top["wk"]]
        else _weekday_of(gs, _L["bw"])
        if gs[top["bwk"]]
        else None
    )
    clock: _Clock | None = None
    zone: dt.tzinfo | None = None
    relative: Relative | None = None
    day: dt.date | None = None
    for p in "ab":
        ix = _L[p]
        kind = (
            "dmy"
            if gs[ix["dmy"]] is not None
            else "iso"
            if gs[ix["iso"]] is not None
            else "verbose"
            if gs[ix["verbose"]] is not None
            else None
        )
        if kind is not None:
            found = _day_of(gs, ix, kind)
            if found is None:
                return None
            day, clock, zone = found
            if gs[ix["t"]] is not None:
                clock = _clock_of(gs, ix)
            break
    else:
        ix = _L["c"] if gs[top["cr"]] is not None else _L["d"]
        relative = _relative_of(gs, ix)
        if gs[ix["t"]] is not None:
            clock = _clock_of(gs, ix)
    if gs[top["z"]] is not None:
        zone = _zone_of(gs, _L["z"])
        if zone is None:
            return None
    return _build(day, relative, clock, zone, weekday, label, tz)


def parse_header_date(line: str, tz: dt.tzinfo) -> HeaderDate | None:
    """Read a line that is only a date (with weekday, time, zone, label), else ``None``.

    A relative date ("3 giờ trước", "hôm qua") comes back unresolved: see ``HeaderDate.resolve``.

    >>> parse_header_date("Thứ sáu, 29/11/2019 - 16:14'", dt.UTC).iso
    '2019-11-29T16:14+00:00'
    >>> parse_header_date("Theo báo cáo ngày 29/11/2019, tỉnh đã", dt.UTC) is None
    True
    """
    if len(line) > MAX_HEADER_LEN or _CORE.search(line) is None:
        return None
    layout = _LAYOUT.fullmatch(line)
    if layout is not None:
        return _from_layout(layout, tz)
    return _scan(line, tz)


_T = _index(_TOKEN)


def _scan(line: str, tz: dt.tzinfo) -> HeaderDate | None:
    """The token scanner: any order of tokens, each kind at most once, exactly one date."""
    tag = _TAG.match(line)
    pos, end = (tag.end() if tag else 0), len(line)
    day: dt.date | None = None
    relative: Relative | None = None
    clock: _Clock | None = None
    zone: dt.tzinfo | None = None
    weekday: int | None = None
    label: str | None = None
    while pos < end:
        m = _TOKEN.match(line, pos)
        if m is None:
            return None
        pos = m.end()
        kind = m.lastgroup
        if kind in ("glue", "glue_word"):
            continue
        if kind in ("iso", "dmy", "verbose", "relative"):
            if day is not None or relative is not None:
                return None  # two dates: not a header date line
            if kind == "relative":
                relative = _relative_of(m.groups(), _T)
                continue
            found = _day_of(m.groups(), _T, kind)
            if found is None:
                return None
            day, iso_clock, iso_zone = found
            if iso_clock is not None:
                if clock is not None:
                    return None
                clock, zone = iso_clock, iso_zone or zone
        elif kind == "time":
            if clock is not None:
                return None
            clock = _clock_of(m.groups(), _T)
        elif kind == "zone":
            if zone is not None:
                return None
            zone = _zone_of(m.groups(), _T)
            if zone is None:
                return None
        elif kind == "weekday":
            weekday = _weekday_of(m.groups(), _T)
        else:  # label
            label = DATE_LABELS[_words(m["lab"])]
    return _build(day, relative, clock, zone, weekday, label, tz)


# --- dates inside prose --------------------------------------------------------------------------

# Each branch starts with a digit or a letter of "tháng"/"năm" so the engine skips ahead fast;
# a date glued to a preceding number or separator is rejected in ``latest_text_date``.
_PROSE_DATE = re.compile(
    r"(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
    r"|[Tt](?:háng|HÁNG)\s+(?P<mm>\d{1,2})\s*[/-]\s*(?P<my>(?:19|20)\d{2})"
    r"|[Nn](?:ăm|ĂM)\s+(?P<yy>(?:19|20)\d{2}))(?![\d/])"
)


def latest_text_date(lines: list[str]) -> dt.date | None:
    """The latest date a text names (``d/m/yyyy``, ``tháng m/yyyy``, ``năm yyyy``), or None.

    A month counts as its last day and a year as 31 December.

    >>> latest_text_date(["Đến hết ngày 30/6/2010", "cuối năm 2009"])
    datetime.date(2010, 6, 30)
    """
    best: dt.date | None = None
    for text in lines:
        for m in _PROSE_DATE.finditer(text):
            if m["d"] is not None and m.start() and text[m.start() - 1] in "0123456789/.-":
                continue
            try:
                if m["d"] is not None:
                    found = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
                elif m["mm"] is not None:
                    year, month = int(m["my"]), int(m["mm"])
                    if not 1 <= month <= 12:
                        continue
                    found = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
                else:
                    found = dt.date(int(m["yy"]), 12, 31)
            except ValueError:
                continue
            if best is None or found > best:
                best = found
    return best


# --- the day of the event at the start of a lead -------------------------------------------------

_LEAD_DATE = re.compile(
    rf"(?P<part>{_alt(LEAD_DAY_PARTS)})?\s*"
    rf"(?:(?P<today>{_alt(LEAD_TODAY)})|(?P<yesterday>{_alt(LEAD_YESTERDAY)}))?\s*"
    r"(?P<open>\()?\s*(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?"
    r"(?(open)\s*\))(?![\d/])",
    re.IGNORECASE,
)


@attrs.frozen
class LeadDate:
    """The day a lead names for its event, e.g. ``Sáng nay (22/5)``; year may be unknown."""

    raw: str
    day: int
    month: int
    year: int | None
    days_before_publication: int  # 1 for "hôm qua (21/5)": published the day after


def lead_date(lead: str) -> LeadDate | None:
    """The event day at the very start of a lead, when it opens with one.

    >>> lead_date("Sáng nay (22/5), Đoàn công tác")
    LeadDate(raw='Sáng nay (22/5)', day=22, month=5, year=None, days_before_publication=0)
    >>> lead_date("22/5 là ngày") is None
    True
    """
    m = _LEAD_DATE.match(lead)
    if m is None or (m["part"] is None and m["today"] is None and m["yesterday"] is None):
        return None
    return LeadDate(
        raw=m[0].strip(),
        day=int(m["d"]),
        month=int(m["m"]),
        year=int(m["y"]) if m["y"] else None,
        days_before_publication=1 if m["yesterday"] is not None else 0,
    )
