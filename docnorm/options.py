"""Immutable parsing options."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

__all__ = ["VIETNAM", "Options", "ToneStyle"]

ToneStyle = Literal["old", "new", "keep"]

#: Vietnam time, the default zone of every date docnorm reads.
VIETNAM = dt.timezone(dt.timedelta(hours=7))


def _to_date(value: dt.date | str | None) -> dt.date | None:
    """A date or datetime as given; a string as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[+07:00]``."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


def _is_tzinfo(_inst: object, _attr: object, value: object) -> None:
    if not isinstance(value, dt.tzinfo):
        raise TypeError(f"timezone must be a datetime.tzinfo, not {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Options:
    """How to parse a dump.

    - ``tone_style``: ``"old"`` (hòa, thủy, ủy; the default), ``"new"`` (hoà, thuỷ, uỷ) or
      ``"keep"``.
    - ``reference_date``: the moment the page was seen, when the page itself does not print it:
      relative dates ("3 giờ trước", "hôm qua") count back from it, and it gives the year of a
      lead phrase such as "Sáng nay (22/5)". A ``date``, a ``datetime`` (a naive one is in
      ``timezone``), or an ISO string. docnorm never reads the machine clock.
    - ``timezone``: the zone of dates that name none (default Vietnam time, +07:00).
    - ``require_title``: raise ``NoTitleError`` instead of warning ``no_title``.
    - ``fold_typography``: turn curly quotes, « », dashes and … into ASCII (off by default).

    >>> Options(tone_style="new").tone_style
    'new'
    """

    tone_style: ToneStyle = attrs.field(
        default="old", validator=attrs.validators.in_(("old", "new", "keep"))
    )
    reference_date: dt.date | None = attrs.field(default=None, converter=_to_date)
    timezone: dt.tzinfo = attrs.field(default=VIETNAM, validator=_is_tzinfo)
    require_title: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    fold_typography: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


DEFAULT_OPTIONS = Options()
