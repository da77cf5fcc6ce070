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
from collections.abc import Callable, Iterator
from typing import Any, Final, NamedTuple

import attrs

from .normalize import is_clean
from .vocab import (
    AFTERNOON,
    DATE_GLUE_WORDS,
    DATE_LABELS,
    LEAD_AHEAD,
    LEAD_DAY_PARTS,
    LEAD_FROM_HOUR_WORDS,
    LEAD_HOUR_WORDS,
    LEAD_TODAY,
    LEAD_YESTERDAY,
    MORNING,
    NIGHT,
    NOON,
    RELATIVE_DAYS,
    RELATIVE_UNITS,
    SUNDAY,
    VIEW_COUNTERS,
    WEEKDAY_WORDS,
)

__all__ = [
    "HeaderDate",
    "LeadDate",
    "Relative",
    "format_iso",
    "header_dates",
    "latest_text_date",
    "lead_date",
    "parse_header_date",
]

#: A header date line is short; longer lines are prose that mention a date.
MAX_HEADER_LEN: Final = 90
# Every date line holds one of these: d/m/yyyy, yyyy-mm-dd, "tháng m", or a relative phrase.
_CORE = re.compile(
    r"[0-9]\s?[/.-]\s?[0-9]{1,2}\s?[/.-]\s?[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|th(?:áng|g)\s+[0-9]"
    r"|trước|hôm\s*(?:nay|qua|kia)",
    re.IGNORECASE,
)


def _alt(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_WEEKDAY = (
    rf"thứ\s*(?:(?P<wd>{_alt(w for w in WEEKDAY_WORDS if not w.isdigit())})|(?P<wdn>\d))(?![\w])"
    r"|(?P<sun>chủ\s*nhật|cn)(?![\w])|t(?P<wdt>\d)(?![\w])"  # Thứ 7, T7: digits checked later
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
# A month only: "tháng 8/2020", "Tháng 08 năm 2020", "tháng 8, 2020".
_MONTH = r"(?:tháng|thg)\s+(?P<om>\d{1,2})(?:\s?[/.-]\s?|\s*,\s*|\s+năm\s+|\s+)(?P<oy>\d{4})(?!\d)"
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
def _ascii_digits(pattern: str) -> str:
    """Digits in date lines are ASCII (``\\d`` would also take other scripts' digits)."""
    return pattern.replace(r"\d", "[0-9]")


_TOKEN = re.compile(
    _ascii_digits(
        "|".join(
            f"(?P<{kind}>{pattern})"
            for kind, pattern in (
                ("glue", _GLUE),
                ("iso", _ISO),
                ("verbose", _VERBOSE),
                ("dmy", _DMY),
                ("month", _MONTH),
                ("relative", _RELATIVE),
                ("time", _TIME),
                ("zone", _ZONE),
                ("weekday", _WEEKDAY),
                ("label", _LABEL),
                ("glue_word", _GLUE_WORD),
            )
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
_COUNT = r"[0-9](?:[0-9]|[.,](?=[0-9]))*"  # a count, "1.234"


def _any_day(prefix: str) -> str:
    return "|".join(
        f"(?P<{prefix}{kind}>{_prefixed(pat, prefix)})"
        for kind, pat in (("iso", _ISO), ("verbose", _VERBOSE), ("dmy", _DMY), ("month", _MONTH))
    )


_LAYOUT = re.compile(
    _ascii_digits(
        rf"(?:(?P<tag>[A-ZĐ]{{1,5}})\s*[-–—]\s*)?{_OG}"
        rf"(?:{_prefixed(_LABEL, 'l')}{_OG})?"
        rf"(?:(?P<wk>{_prefixed(_WEEKDAY, 'w')}){_OG})?"
        rf"(?:(?:{_any_day('a')})(?:{_G}(?P<at>{_prefixed(_TIME, 'a')}))?"
        rf"|(?P<bt>{_prefixed(_TIME, 'b')}){_G}(?:(?P<bwk>{_prefixed(_WEEKDAY, 'bw')}){_G})?"
        rf"(?:{_any_day('b')})"
        rf"|(?P<cr>{_prefixed(_RELATIVE, 'c')})(?:{_G}(?P<ct>{_prefixed(_TIME, 'c')}))?"
        rf"|(?P<dt>{_prefixed(_TIME, 'd')}){_G}(?P<dr>{_prefixed(_RELATIVE, 'd')}))"
        rf"(?:{_OG}(?P<z>{_prefixed(_ZONE, 'z')}))?{_OG}"
        # A page counter after the date: "| Lượt xem: 1.234" (its digits are no part of the date).
        rf"(?:(?:{_alt(VIEW_COUNTERS)})\s*:?\s*{_COUNT}|{_COUNT}\s*(?:{_alt(VIEW_COUNTERS)}))?{_OG}"
    ),
    re.IGNORECASE,
)

# A short agency tag before the date: "PV - 08/08/2020", "TTXVN – Thứ bảy, …".
_TAG = re.compile(r"[A-ZĐ]{1,5}\s*[-–—]\s*", re.IGNORECASE)

Moment = dt.date | dt.datetime


_UNIT_SECONDS: Final = {"second": 1, "minute": 60, "hour": 3600}


class Relative(NamedTuple):
    """A date printed relative to the day the page was seen: ``3 giờ trước``, ``hôm qua``."""

    amount: int
    unit: str  # second, minute, hour, day, week, month or year
    clock: tuple[int, int] | None = None  # "hôm qua lúc 18:26"

    def resolve(self, reference: Moment, tz: dt.tzinfo) -> tuple[Moment, bool]:
        """``(value, has_time)`` counted back from ``reference``; never the machine clock."""
        seconds = _UNIT_SECONDS.get(self.unit)
        if seconds is not None:
            if not isinstance(reference, dt.datetime):
                return reference, False  # a day is all the reference gives
            # (datetime.replace is slow: a corpus run resolves millions of these)
            r = reference
            moment = (
                r if r.tzinfo else dt.datetime(r.year, r.month, r.day, r.hour, r.minute, tzinfo=tz)
            )
            back = moment - dt.timedelta(seconds=self.amount * seconds + moment.second)
            if back.microsecond:
                back -= dt.timedelta(microseconds=back.microsecond)
            return back, True
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
    has_day: bool = True  # False for a month only ("tháng 8/2020"): value is its first day

    @property
    def iso(self) -> str | None:
        if self.value is None:
            return None
        if not self.has_day:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return format_iso(self.value, seconds=self.has_seconds)

    @property
    def weekday_ok(self) -> bool:
        return self.weekday is None or self.value is None or self.weekday == self.value.weekday()

    def resolve(self, reference: Moment | None, tz: dt.tzinfo) -> HeaderDate:
        """The same date with a relative value counted back from ``reference`` (if given)."""
        if self.relative is None or reference is None:
            return self
        value, has_time = self.relative.resolve(reference, tz)
        return _header((value, has_time, *self[2:]))


#: A HeaderDate from a tuple of all its fields, without the keyword handling of its constructor.
_header: Final[Callable[[tuple[Any, ...]], HeaderDate]] = functools.partial(
    tuple.__new__, HeaderDate
)


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


@functools.lru_cache(maxsize=256)
def _offset(sign: str, hours: int, minutes: int) -> dt.tzinfo | None:
    """``GMT+7`` is +07:00 (not the POSIX inverse); an offset of a day or more is no zone."""
    if hours > 14 or minutes > 59:
        return None
    offset = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(offset if sign == "+" else -offset)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


# --- plans: where each part of a date line sits ------------------------------------------------
#
# The regexes above find the parts of a date line; a plan records where they sit (character
# spans) and reads the parts without digits (weekday, label, day part, unit, zone sign) once.
# Reading a line from its plan is only slicing and ``int``. No rule above looks at a digit's
# value (only at where digits are), so every line that differs from another only in its ASCII
# digits has the same plan: plans are kept by that shape, and a site's header lines, which all
# share a few shapes, are matched by the regexes once. Values (31/02, 25:61, GMT+15, T8) are
# checked when a line is read, never in the plan.

_Span = tuple[int, int]
_NONE: Final[_Span] = (-1, -1)
_Clock = tuple[_Span, _Span, _Span, str | None]  # hour, minute, second, day part


class _Plan(NamedTuple):
    day: tuple[_Span, _Span, _Span] | None  # year, month, day (day _NONE: a month only)
    clock: _Clock | None
    zone: tuple[str, _Span, _Span] | None  # sign ("" for UTC), hours, minutes
    relative: tuple[_Span, int, str] | None  # amount (span, or the amount when _NONE), unit
    weekday: int | None
    weekday_digit: int  # where the digit of "T7" is, or -1
    label: str | None


# Token helpers read one part of the layout regex or one token of the scanner, through a
# group name → group number map (the group names of the token patterns above).
_Index = dict[str, int]


def _index(pattern: re.Pattern[str], prefix: str = "") -> _Index:
    return {
        name[len(prefix) :]: number
        for name, number in pattern.groupindex.items()
        if name.startswith(prefix)
    }


def _weekday_spec(m: re.Match[str], ix: _Index) -> tuple[int | None, int]:
    if m.group(ix["sun"]) is not None:
        return SUNDAY, -1
    for digit in ("wdn", "wdt"):
        if m.group(ix[digit]) is not None:
            return None, m.start(ix[digit])
    return WEEKDAY_WORDS[_words(m.group(ix["wd"]))], -1


def _clock_spec(m: re.Match[str], ix: _Index) -> _Clock:
    minute = m.span(ix["min"])
    part = m.group(ix["ampm"])
    return (
        m.span(ix["h"]),
        minute if minute != _NONE else m.span(ix["gmin"]),
        m.span(ix["sec"]),
        None if part is None else _words(part),
    )


def _zone_spec(m: re.Match[str], ix: _Index) -> tuple[str, _Span, _Span]:
    sign = m.group(ix["zsign"])
    if sign is None:  # a plain GMT or UTC
        return "", _NONE, _NONE
    return sign, m.span(ix["zh"]), m.span(ix["zm"])


def _relative_spec(m: re.Match[str], ix: _Index) -> tuple[_Span, int, str]:
    days = m.group(ix["rd"])
    if days is not None:
        return _NONE, RELATIVE_DAYS[_words(days)], "day"
    return m.span(ix["rn"]), 0, RELATIVE_UNITS[_words(m.group(ix["ru"]))]


_DaySpec = tuple[tuple[_Span, _Span, _Span], _Clock | None, tuple[str, _Span, _Span] | None]


def _day_spec(m: re.Match[str], ix: _Index, kind: str) -> _DaySpec:
    """Where a date token's year, month and day are; an ISO one may carry a time and zone."""
    if kind == "dmy":
        return (m.span(ix["y"]), m.span(ix["m"]), m.span(ix["d"])), None, None
    if kind == "verbose":
        return (m.span(ix["vy"]), m.span(ix["vm"]), m.span(ix["vd"])), None, None
    if kind == "month":
        return (m.span(ix["oy"]), m.span(ix["om"]), _NONE), None, None
    day = (m.span(ix["iy"]), m.span(ix["im"]), m.span(ix["id"]))
    if m.group(ix["ih"]) is None:
        return day, None, None
    clock = (m.span(ix["ih"]), m.span(ix["imin"]), m.span(ix["isec"]), None)
    start, end = m.span(ix["iz"])
    if start < 0:
        return day, clock, None
    if m.group(ix["iz"]) in ("z", "Z"):
        return day, clock, ("", _NONE, _NONE)
    return day, clock, (m.string[start], (start + 1, start + 3), (end - 2, end))


def _finish(
    day: tuple[_Span, _Span, _Span] | None,
    clock: _Clock | None,
    zone: tuple[str, _Span, _Span] | None,
    relative: tuple[_Span, int, str] | None,
    weekday: tuple[int | None, int],
    label: str | None,
) -> _Plan | None:
    if relative is not None:
        if clock is not None and relative[2] != "day":
            return None  # "3 giờ trước 18:26" says two different things
    elif day is None:
        return None
    elif day[2] == _NONE and (clock is not None or weekday != (None, -1)):
        return None  # a month has no weekday or time
    return _Plan(day, clock, zone, relative, weekday[0], weekday[1], label)


_DAY_KINDS: Final = ("dmy", "iso", "verbose", "month")
_L = {prefix: _index(_LAYOUT, prefix) for prefix in ("a", "b", "c", "d", "w", "bw", "z")}
_L_TOP = _index(_LAYOUT)


def _layout_plan(m: re.Match[str]) -> _Plan | None:
    top = _L_TOP
    lab = m.group(top["llab"])
    weekday: tuple[int | None, int] = (
        _weekday_spec(m, _L["w"])
        if m.group(top["wk"]) is not None
        else _weekday_spec(m, _L["bw"])
        if m.group(top["bwk"]) is not None
        else (None, -1)
    )
    day: tuple[_Span, _Span, _Span] | None = None
    clock: _Clock | None = None
    zone: tuple[str, _Span, _Span] | None = None
    relative: tuple[_Span, int, str] | None = None
    for p in "ab":
        ix = _L[p]
        kind = next((k for k in _DAY_KINDS if m.group(ix[k]) is not None), None)
        if kind is not None:
            day, clock, zone = _day_spec(m, ix, kind)
            if m.group(ix["t"]) is not None:
                if clock is not None:
                    return None  # two times
                clock = _clock_spec(m, ix)
            break
    else:
        ix = _L["c"] if m.group(top["cr"]) is not None else _L["d"]
        relative = _relative_spec(m, ix)
        if m.group(ix["t"]) is not None:
            clock = _clock_spec(m, ix)
    if m.group(top["z"]) is not None:
        zone = _zone_spec(m, _L["z"])  # a printed zone names the zone of an ISO offset too
    label = DATE_LABELS[_words(lab)] if lab else None
    return _finish(day, clock, zone, relative, weekday, label)


_T = _index(_TOKEN)


def _scan_plan(line: str) -> _Plan | None:
    """The token scanner: any order of tokens, each kind at most once, exactly one date."""
    tag = _TAG.match(line)
    pos, end = (tag.end() if tag else 0), len(line)
    day: tuple[_Span, _Span, _Span] | None = None
    relative: tuple[_Span, int, str] | None = None
    clock: _Clock | None = None
    zone: tuple[str, _Span, _Span] | None = None
    zone_printed = False
    weekday: tuple[int | None, int] = (None, -1)
    label: str | None = None
    while pos < end:
        m = _TOKEN.match(line, pos)
        if m is None:
            return None
        pos = m.end()
        kind = m.lastgroup
        if kind in ("glue", "glue_word"):
            continue
        if kind in _DAY_KINDS or kind == "relative":
            if day is not None or relative is not None:
                return None  # two dates: not a header date line
            if kind == "relative":
                relative = _relative_spec(m, _T)
                continue
            day, iso_clock, iso_zone = _day_spec(m, _T, kind)
            if iso_clock is not None:
                if clock is not None:
                    return None
                clock = iso_clock
            if not zone_printed:
                zone = iso_zone
        elif kind == "time":
            if clock is not None:
                return None
            clock = _clock_spec(m, _T)
        elif kind == "zone":
            if zone_printed:
                return None
            zone, zone_printed = _zone_spec(m, _T), True
        elif kind == "weekday":
            weekday = _weekday_spec(m, _T)
        else:  # label
            label = DATE_LABELS[_words(m["lab"])]
    return _finish(day, clock, zone, relative, weekday, label)


def _plan(line: str) -> _Plan | None:
    """The plan of a line that may be a date line (after the quick ``_CORE`` test), or None."""
    layout = _LAYOUT.fullmatch(line)
    return _layout_plan(layout) if layout is not None else _scan_plan(line)


# A reader is a plan compiled against the digits of the line: every ASCII digit of a date
# line belongs to a number the plan knows, so the line's digits, read as one integer, hold them
# all: a number is ``digits // divisor % modulus``. One ``int`` per line instead of one per part.
_Field = tuple[int, int]  # divisor, modulus


class _Reader(NamedTuple):
    day: tuple[_Field, _Field, _Field | None] | None  # year, month, day (None: a month only)
    clock: tuple[_Field, _Field | None, _Field | None, str | None] | None  # h, min, s, day part
    zone: tuple[str, _Field | None, _Field | None] | None  # sign ("" for UTC), hours, minutes
    relative: tuple[_Field | None, int, str] | None  # amount (or the fixed amount), unit
    weekday: int | None
    weekday_digit: _Field | None  # the 7 of "T7" or "Thứ 7"
    label: str | None


def _compile(plan: _Plan, line: str) -> _Reader:
    before = [0]  # ASCII digits before each character
    for ch in line:
        before.append(before[-1] + ("0" <= ch <= "9"))
    total = before[-1]

    def field(span: _Span) -> _Field | None:
        start, end = span
        return None if start < 0 else (10 ** (total - before[end]), 10 ** (end - start))

    def required(span: _Span) -> _Field:
        found = field(span)
        assert found is not None  # the regexes make these parts compulsory
        return found

    day = clock = zone = relative = None
    if plan.day is not None:
        y, m, d = plan.day
        day = (required(y), required(m), field(d))
    if plan.clock is not None:
        h, minute, sec, part = plan.clock
        clock = (required(h), field(minute), field(sec), part)
    if plan.zone is not None:
        sign, zh, zm = plan.zone
        zone = (sign, field(zh), field(zm))
    if plan.relative is not None:
        amount, fixed, unit = plan.relative
        relative = (field(amount), fixed, unit)
    digit = plan.weekday_digit
    weekday_digit = None if digit < 0 else field((digit, digit + 1))
    return _Reader(day, clock, zone, relative, plan.weekday, weekday_digit, plan.label)


_NOT_DIGITS: Final = bytes(b for b in range(256) if not 48 <= b <= 57)


def _digits(raw: bytes) -> int:
    """The ASCII digits of a line's UTF-8 bytes as one number."""
    return int(raw.translate(None, _NOT_DIGITS) or b"0")


def _read(r: _Reader, digits: int, tz: dt.tzinfo) -> HeaderDate | None:
    """The date a line of this reader's shape says, or None when a value is impossible."""
    day, clock, zone_spec, relative, weekday, weekday_digit, label = r
    if weekday_digit is not None:
        number = digits // weekday_digit[0] % 10
        if not 2 <= number <= 7:
            return None  # T8 is no weekday
        weekday = number - 2
    hour = minute = second = 0
    if clock is not None:
        (div, mod), minute_at, second_at, part = clock
        hour = digits // div % mod
        if part is not None:
            hour = _hour(hour, part)
        if minute_at is not None:
            minute = digits // minute_at[0] % minute_at[1]
        if second_at is not None:
            second = digits // second_at[0] % second_at[1]
        if hour > 23 or minute > 59 or second > 59:
            return None  # 25:61 is not a time, so the line is not a date line
    zone = tz
    if zone_spec is not None:
        sign, hours_at, minutes_at = zone_spec
        if hours_at is None:
            zone = dt.UTC
        else:
            minutes = 0 if minutes_at is None else digits // minutes_at[0] % minutes_at[1]
            found = _offset(sign, digits // hours_at[0] % hours_at[1], minutes)
            if found is None:
                return None
            zone = found
    if relative is not None:
        amount_at, amount, unit = relative
        if amount_at is not None:
            amount = digits // amount_at[0] % amount_at[1]
        at = None if clock is None else (hour, minute)
        return _header((None, False, False, label, weekday, Relative(amount, unit, at), True))
    assert day is not None  # a plan has a day or a relative date
    (yd, ym), (md, mm), day_at = day
    try:
        if clock is not None:
            value = dt.datetime(
                digits // yd % ym,
                digits // md % mm,
                digits // day_at[0] % day_at[1],  # type: ignore[index]  # a time has a day
                hour,
                minute,
                second,
                0,
                zone,
            )
            return _header((value, True, second_at is not None, label, weekday, None, True))
        date = dt.date(
            digits // yd % ym,
            digits // md % mm,
            1 if day_at is None else digits // day_at[0] % day_at[1],
        )
        return _header((date, False, False, label, weekday, None, day_at is not None))
    except ValueError:
        return None  # 31/02 is not a date


class _Shape(NamedTuple):
    reader: _Reader | None  # None: not a date line
    clean: bool  # the line was already in canonical form (see ``normalize.is_clean``)


#: Plans by line shape: the line's UTF-8 bytes with every digit turned into 0.
_SHAPES: dict[bytes, _Shape] = {}
_MAX_SHAPES: Final = 4096
_DIGITS: Final = bytes.maketrans(b"123456789", b"000000000")


def forget_shapes() -> None:
    """Empty the plans kept by shape (for measurements and tests; results never depend on it)."""
    _SHAPES.clear()


def read_seen_clean(line: str, tz: dt.tzinfo) -> tuple[bool, HeaderDate | None]:
    """``(True, date or None)`` when a canonical line of this shape was read before (so this
    line is canonical too and its plan is known), else ``(False, None)``: normalise it first.
    """
    if len(line) > MAX_HEADER_LEN:
        return False, None
    raw = line.encode("utf-8", "surrogatepass")
    shape = _SHAPES.get(raw.translate(_DIGITS))
    if shape is None or not shape.clean:
        return False, None
    if shape.reader is None:
        return True, None
    return True, _read(shape.reader, int(raw.translate(None, _NOT_DIGITS) or b"0"), tz)


def _may_be_date(line: str, key: bytes) -> bool:
    """False only for a line that ``_CORE`` cannot match (``key``: the line's shape).

    Every alternative of ``_CORE`` but the last two holds ``[0-9]``, an ASCII digit, which the
    shape keeps as ``0``. The last two start with "trước" or "hôm". ``_CORE`` ignores case: a
    character matches a letter of these words when its simple lower case is that letter, and
    ``str.lower`` gives each such character that same letter (tests/test_dates.py checks every
    code point), so a line that matches holds the word in ``line.lower()``. The ``in`` tests
    cost a fraction of the regex, which a line of a new shape would otherwise always run.
    """
    if b"0" in key:
        return True
    low = line.lower()
    return "trước" in low or "hôm" in low


def _new_shape(line: str, key: bytes) -> _Shape:
    """The shape of a line not seen before, kept for the lines of its shape to come."""
    plan = _plan(line) if _may_be_date(line, key) and _CORE.search(line) is not None else None
    shape = _Shape(None if plan is None else _compile(plan, line), is_clean(line))
    if len(_SHAPES) >= _MAX_SHAPES:
        _SHAPES.clear()  # a bound on memory; plans are cheap to make again
    _SHAPES[key] = shape
    return shape


def header_dates(texts: list[str], tz: dt.tzinfo) -> dict[int, HeaderDate]:
    """``{i: parse_header_date(texts[i], tz)}`` for the lines that are date lines.

    The lines of a page in one loop, without a call per line.
    """
    out: dict[int, HeaderDate] = {}
    shapes = _SHAPES
    for i, line in enumerate(texts):
        if len(line) > MAX_HEADER_LEN:
            continue
        try:  # (a plain encode() is quicker than one that names its arguments)
            raw = line.encode()
        except UnicodeEncodeError:  # a lone surrogate: its own three bytes
            raw = line.encode("utf-8", "surrogatepass")
        key = raw.translate(_DIGITS)
        shape = shapes.get(key)
        if shape is None:
            shape = _new_shape(line, key)
        if shape.reader is not None:
            found = _read(shape.reader, _digits(raw), tz)
            if found is not None:
                out[i] = found
    return out


def parse_header_date(line: str, tz: dt.tzinfo) -> HeaderDate | None:
    """Read a line that is only a date (with weekday, time, zone, label), else ``None``.

    A relative date ("3 giờ trước", "hôm qua") comes back unresolved: see ``HeaderDate.resolve``.

    >>> parse_header_date("Thứ sáu, 29/11/2019 - 16:14'", dt.UTC).iso
    '2019-11-29T16:14+00:00'
    >>> parse_header_date("Theo báo cáo ngày 29/11/2019, tỉnh đã", dt.UTC) is None
    True
    """
    return header_dates([line], tz).get(0)


# --- dates inside prose --------------------------------------------------------------------------

# The pattern opens with one character class, so the engine skips in C to the few characters a
# date can start from: a digit (d/m/yyyy, whose day starts there) or the vowel of "tháng" or
# "năm" (a lookbehind checks the letters before it; the match then starts at the vowel, which
# only moves the start of matches whose start nobody reads). A date glued to a preceding number
# or separator is rejected in ``latest_text_date``.
_PROSE_DATE = re.compile(
    r"[\dáÁăĂ](?:(?<=\d)\d?[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
    r"|(?:(?<=[Tt]há)ng|(?<=[Tt]HÁ)NG)\s+(?P<mm>\d{1,2})\s*[/-]\s*(?P<my>(?:19|20)\d{2})"
    r"|(?:(?<=[Nn]ă)m|(?<=[Nn]Ă)M)\s+(?P<yy>(?:19|20)\d{2}))(?![\d/])"
)
#: Longest word in front of the digits, spaces and separators that lead up to a year ("Tháng").
_YEAR_WORD: Final = 5


def _year_run_start(text: str, y: int) -> int:
    """Where the run of digits, spaces and separators that ends at ``y`` starts."""
    j = y
    while j and (text[j - 1].isdecimal() or text[j - 1].isspace() or text[j - 1] in "/.-"):
        j -= 1
    return j


def _prose_dates(text: str) -> Iterator[re.Match[str]]:
    """``_PROSE_DATE.finditer(text)``, the regex run only from a little before the first ``19``
    or ``20`` of the text to just after the last.

    Every match ends with a year (``19`` or ``20`` and two digits) and the character after it.
    In front of the year there are only digits, spaces and separators, and before them at most
    "tháng" or "năm": so no match starts more than ``_YEAR_WORD`` characters before that run
    for the first year, and none needs anything after the character that follows the last.
    """
    at19, at20 = text.find("19"), text.find("20")
    if at19 < 0 and at20 < 0:
        return iter(())
    first = at20 if at19 < 0 else at19 if at20 < 0 else min(at19, at20)
    start = max(0, _year_run_start(text, first) - _YEAR_WORD)
    return _PROSE_DATE.finditer(text, start, max(text.rfind("19"), text.rfind("20")) + 5)


def latest_text_date(lines: list[str]) -> dt.date | None:
    """The latest date a text names (``d/m/yyyy``, ``tháng m/yyyy``, ``năm yyyy``), or None.

    A month counts as its last day and a year as 31 December.

    >>> latest_text_date(["Đến hết ngày 30/6/2010", "cuối năm 2009"])
    datetime.date(2010, 6, 30)
    """
    best: dt.date | None = None
    for text in lines:
        for m in _prose_dates(text):
            start = m.start()
            day = m["m"] is not None
            if day and start and text[start - 1] in "0123456789/.-":
                continue
            try:
                if day:
                    # the day is what comes before the separator in front of the month
                    found = dt.date(int(m["y"]), int(m["m"]), int(text[start : m.start("m") - 1]))
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
    # An hour may come first ("Khoảng 2 giờ sáng nay", "Lúc 14h30 chiều qua", "Lúc 10 giờ ngày
    # 22/5"); a part of the day, "nay", "ngày" or "qua" must then follow it.
    rf"(?:(?:{_alt(LEAD_HOUR_WORDS)})\s+|(?:{_alt(LEAD_FROM_HOUR_WORDS)})\s+(?=\d))?"
    rf"(?:\d{{1,2}}\s*(?:giờ|h)(?:\s*\d{{1,2}})?(?:\s*phút)?\s+"
    rf"(?=(?:{_alt(LEAD_DAY_PARTS + LEAD_TODAY + LEAD_YESTERDAY)})\b))?"
    rf"(?P<part>{_alt(LEAD_DAY_PARTS)})?\s*"
    rf"(?:(?P<today>{_alt(LEAD_TODAY)})|(?P<yesterday>{_alt(LEAD_YESTERDAY)}))?\s*"
    r"(?P<open>\()?\s*(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?"
    rf"(?(open)\s*\))(?![\d/])(?!\s*(?:{_alt(LEAD_AHEAD)})\b)",
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
