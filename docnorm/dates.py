"""Vietnamese dates and times: header date lines, dates inside prose, and lead phrases.

A header date line is read by a small scanner: the line must be made only of date tokens
(weekday, date, time, zone, label) and glue (punctuation, "ngày", "lúc"), with exactly one date.
Everything is day-first; a zone such as ``GMT+7`` means ``+07:00`` (not the POSIX inverse).
Nothing here reads the machine clock.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

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
    SUNDAY,
    WEEKDAY_WORDS,
)

__all__ = [
    "HeaderDate",
    "LeadDate",
    "format_iso",
    "latest_text_date",
    "lead_date",
    "parse_header_date",
]

#: A header date line is short; longer lines are prose that mention a date.
MAX_HEADER_LEN: Final = 90
_DIGIT = re.compile(r"\d")


def _alt(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_WEEKDAY = (
    rf"(?:thứ\s*(?P<wd>{_alt(WEEKDAY_WORDS)})(?![\w])"
    r"|(?P<sun>chủ\s*nhật|cn)(?![\w])|t(?P<wdn>[2-7])(?![\w]))"
)
_LABEL = rf"(?P<label>{_alt(DATE_LABELS)})(?![\w])"
_GLUE_WORD = rf"(?:{_alt(DATE_GLUE_WORDS)})(?![\w])"
_ISO = (
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"(?:[t ](?P<ih>\d{2}):(?P<imin>\d{2})(?::(?P<isec>\d{2}))?(?:\.\d+)?"
    r"(?P<iz>z|[+-]\d{2}:?\d{2})?)?)(?!\d)"
)
_DMY = r"(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4})(?!\d)"
_VERBOSE = (
    r"(?:ngày\s+)?(?P<vd>\d{1,2})\s+(?:tháng|thg)\s+(?P<vm>\d{1,2})"
    r"(?:\s*,\s*|\s+năm\s+|\s+)(?P<vy>\d{4})(?!\d)"
)
_TIME = (
    r"(?P<h>\d{1,2})\s?(?:(?::|h|g)\s?(?P<min>\d{2})(?:\s?:\s?(?P<sec>\d{2}))?"
    r"|\s?giờ(?:\s?(?P<gmin>\d{1,2})(?:\s?phút)?)?|h)(?!\d)"
    rf"(?:\s*(?P<ampm>{_alt(MORNING + AFTERNOON + NOON + NIGHT)})(?![\w]))?"
)
_ZONE = (
    r"(?P<zone>(?:gmt|utc)(?:\s?(?P<zsign>[+-])\s?(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?)(?![\w])"
)
_GLUE = r"(?P<glue>[\s,;|/\\!'\"’‘`´()\[\]{}:.\-–—•·*>]+)"

_TOKEN = re.compile(
    "|".join((_GLUE, _ISO, _VERBOSE, _DMY, _TIME, _ZONE, _WEEKDAY, _LABEL, _GLUE_WORD)),
    re.IGNORECASE,
)


@attrs.frozen
class HeaderDate:
    """A line that is only a date: its value, whether a time was printed, and its label role."""

    value: dt.date | dt.datetime
    has_time: bool
    has_seconds: bool
    label_role: str | None
    weekday: int | None  # as printed (Monday 0), or None

    @property
    def iso(self) -> str:
        return format_iso(self.value, seconds=self.has_seconds)

    @property
    def weekday_ok(self) -> bool:
        return self.weekday is None or self.weekday == self.value.weekday()


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
    if part in NOON:
        return hour + 12 if hour < 11 else hour
    if part in NIGHT:
        return 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    return hour


def _offset(sign: str, hours: str, minutes: str) -> dt.tzinfo | None:
    """``GMT+7`` is +07:00 (not the POSIX inverse); an offset of a day or more is no zone."""
    if int(hours) > 14 or int(minutes) > 59:
        return None
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes))
    return dt.timezone(offset if sign == "+" else -offset)


def parse_header_date(line: str, tz: dt.tzinfo) -> HeaderDate | None:
    """Read a line that is only a date (with weekday, time, zone, label), else ``None``.

    >>> parse_header_date("Thứ sáu, 29/11/2019 - 16:14'", dt.UTC).iso
    '2019-11-29T16:14+00:00'
    >>> parse_header_date("Theo báo cáo ngày 29/11/2019, tỉnh đã", dt.UTC) is None
    True
    """
    if len(line) > MAX_HEADER_LEN or _DIGIT.search(line) is None:
        return None
    pos, end = 0, len(line)
    day: dt.date | None = None
    time: tuple[int, int, int] | None = None
    has_seconds = False
    zone: dt.tzinfo | None = None
    weekday: int | None = None
    label: str | None = None
    while pos < end:
        m = _TOKEN.match(line, pos)
        if m is None or m.end() == pos:
            return None
        pos = m.end()
        kind = m.lastgroup
        if m["glue"] is not None:
            continue
        if m["iso"] is not None or m["d"] is not None or m["vd"] is not None:
            if day is not None:
                return None
            if m["iso"] is not None:
                y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
            elif m["d"] is not None:
                y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            else:
                y, mo, d = int(m["vy"]), int(m["vm"]), int(m["vd"])
            try:
                day = dt.date(y, mo, d)
            except ValueError:
                return None  # 31/02 is not a date
            if m["ih"] is not None:
                time = (int(m["ih"]), int(m["imin"]), int(m["isec"] or 0))
                has_seconds = m["isec"] is not None
                if m["iz"] is not None:
                    z = m["iz"].upper()
                    zone = dt.UTC if z == "Z" else _offset(z[0], z[1:3], z[-2:])
                    if zone is None:
                        return None
        elif m["h"] is not None:
            if time is not None:
                return None
            minute = m["min"] or m["gmin"] or "0"
            hour = _hour(int(m["h"]), m["ampm"])
            second = int(m["sec"] or 0)
            time = (hour, int(minute), second)
            has_seconds = m["sec"] is not None
        elif m["zone"] is not None:
            zone = dt.UTC if m["zsign"] is None else _offset(m["zsign"], m["zh"], m["zm"] or "0")
            if zone is None:
                return None
        elif m["wd"] is not None or m["sun"] is not None or m["wdn"] is not None:
            if m["sun"] is not None:
                weekday = SUNDAY
            else:
                weekday = WEEKDAY_WORDS[(m["wd"] or m["wdn"]).lower()]
        elif m["label"] is not None:
            label = DATE_LABELS[" ".join(m["label"].lower().split())]
        del kind
    if day is None:
        return None
    if time is None:
        return HeaderDate(day, False, False, label, weekday)
    hour, minute, second = time
    if hour > 23 or minute > 59 or second > 59:
        return None  # 25:61 is not a time, so the line is not a date line
    value = dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone or tz)
    return HeaderDate(value, True, has_seconds, label, weekday)


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
