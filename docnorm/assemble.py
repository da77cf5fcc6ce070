"""Build the ``Article`` from classified lines, and the checks that become warnings."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Final

from .classify import Role
from .dates import HeaderDate, format_iso, latest_text_date, lead_date
from .furniture import Credit
from .model import (
    REMOVED_KINDS,
    Article,
    Comment,
    DateMention,
    Notice,
    Related,
    Removal,
    Source,
)
from .options import Options
from .shapes import agency_code

__all__ = ["FIELD_OF_ROLE", "assemble"]

#: Where each line role ends up in the record (SPEC lossless rule).
FIELD_OF_ROLE: Final = {
    "title": "title",
    "section": "section",
    "page_date": "dates",
    "date": "dates",
    "lead": "lead",
    "body": "body",
    "caption": "captions",
    "byline": "authors",
    "related_title": "related",
    "related_teaser": "related",
    "comment": "comments",
} | dict.fromkeys(REMOVED_KINDS, "removed")

_REMOVED: Final = frozenset(REMOVED_KINDS)
#: The page date is stale when it is this many days after every date in the text.
STALE_AFTER_DAYS: Final = 366
#: Vietnamese news sites print no article dates before this day.
EARLIEST: Final = dt.date(1990, 1, 1)

NoticeTuple = tuple[str, str, int | None]


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _last_of_month(value: dt.date | dt.datetime) -> dt.date:
    day = _day(value)
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _removals(roles: Iterable[Role]) -> list[Removal]:
    """Consecutive lines of one removed kind (blank lines between allowed) form one entry; the
    removed part of a split line (a headline's site suffix, credit words) is an entry of its own.
    """
    out: list[Removal] = []
    kind: str | None = None  # the kind of the run of lines being gathered
    first = last = 0
    texts: list[str] = []
    for role in roles:
        if role.role in _REMOVED:
            line = role.line
            if role.role == kind:
                texts.append(line.text)
                last = line.number
            else:
                if kind is not None:
                    out.append(Removal(kind, first, last, "\n".join(texts)))
                kind, first, last, texts = role.role, line.number, line.number, [line.text]
        elif kind is not None:
            out.append(Removal(kind, first, last, "\n".join(texts)))
            kind = None
        if role.cuts:
            if kind is not None:
                out.append(Removal(kind, first, last, "\n".join(texts)))
                kind = None
            number = role.line.number
            out += [Removal(cut, number, number, text) for cut, text in role.cuts]
    if kind is not None:
        out.append(Removal(kind, first, last, "\n".join(texts)))
    return out


def _check_range(
    value: dt.date | dt.datetime, reference: dt.date | None, line: int, notices: list[NoticeTuple]
) -> None:
    day = _day(value)
    if day < EARLIEST:
        notices.append(("date_out_of_range", f"{day.isoformat()} is before {EARLIEST.year}", line))
    elif reference is not None and day > _day(reference):
        notices.append(
            (
                "date_out_of_range",
                f"{day.isoformat()} is after the reference date {_day(reference).isoformat()}",
                line,
            )
        )


def _comments(
    roles: list[Role], reference: dt.date | dt.datetime | None, options: Options
) -> list[Comment]:
    """Reader comments (from the roles of comment lines): an author line, an optional date
    line, text lines."""
    groups: dict[int, list[Role]] = {}
    for role in roles:
        if role.rule.startswith("comment.") and role.group:
            groups.setdefault(role.group, []).append(role)
    out = []
    for group in groups.values():
        author = next((r.line.text for r in group if r.rule == "comment.author"), None)
        text = " ".join(r.line.text for r in group if r.rule == "comment.text")
        when = next((r.date for r in group if r.rule == "comment.date"), None)
        date = when.resolve(reference, options.timezone).iso if when is not None else None
        if text:
            out.append(Comment(author, date, text))
        elif author is not None:  # a name with nothing after it: keep it, as text
            out.append(Comment(None, date, author))
    return out


def _infer_published(
    lead: Role, lead_text: str, reference: dt.date | None, notices: list[NoticeTuple]
) -> DateMention | None:
    found = lead_date(lead_text)
    if found is None:
        return None
    year = found.year
    if year is None:
        if reference is None:
            notices.append(
                (
                    "published_unresolved",
                    f"the lead says {found.raw!r} but no page, updated or reference date gives "
                    "its year",
                    lead.line.number,
                )
            )
            return None
        year = reference.year
        try:
            if dt.date(year, found.month, found.day) > reference:
                year -= 1
        except ValueError:
            return None
    try:
        value = dt.date(year, found.month, found.day) + dt.timedelta(
            days=found.days_before_publication
        )
    except ValueError:
        return None
    notices.append(
        (
            "published_inferred",
            f"published date inferred from {found.raw!r} in the lead",
            lead.line.number,
        )
    )
    return DateMention("inferred", format_iso(value), found.raw, lead.line.number)


def _scan(
    roles: list[Role],
) -> tuple[dict[str, list[Role]], Credit | None, Role | None, list[tuple[Role, HeaderDate]]]:
    """What assembly looks for among all the lines, in one pass instead of one each: the roles
    of each name, the first credit, the first line whose date is the page's, and the lines with
    a date (comments aside), each in line order."""
    by_role: dict[str, list[Role]] = {}
    credit: Credit | None = None
    page_role: Role | None = None
    dated: list[tuple[Role, HeaderDate]] = []
    for role in roles:
        same = by_role.get(role.role)
        if same is None:
            by_role[role.role] = [role]
        else:
            same.append(role)
        if role.date is not None and role.role != "comment":
            dated.append((role, role.date))
        if credit is None and role.credit is not None:
            credit = role.credit
        if page_role is None and role.date_role == "page":
            page_role = role
    return by_role, credit, page_role, dated


def _links(roles: list[Role], by_role: dict[str, list[Role]]) -> list[Role]:
    """The related-link lines (titles and teasers) in line order."""
    titles, teasers = by_role.get("related_title"), by_role.get("related_teaser")
    if titles and teasers:
        return [r for r in roles if r.role in ("related_title", "related_teaser")]
    return titles or teasers or []  # one kind: its lines are in order already


def assemble(roles: list[Role], options: Options, notices: list[NoticeTuple]) -> Article:
    """The record of a classified dump; ``notices`` are warnings found before (decoding)."""
    notices = list(notices)
    by_role, credit, page_role, dated = _scan(roles)

    title = by_role.get("title", [None])[0]
    section = by_role.get("section", [None])[0]
    lead = by_role.get("lead", [None])[0]

    source: Source | None = None
    lead_text: str | None = None
    if lead is not None:
        lead_text = lead.line.text
        code = agency_code(lead_text)
        if code is not None:
            source = Source(code[0], code[1])
            lead_text = lead_text[code[2] :]
    if source is None and credit is not None:
        source = Source(credit.code, credit.name)

    # Dates of the header lines, in line order; relative ones count back from the page date.
    tz = options.timezone
    page_value = (
        page_role.date.resolve(options.reference_date, tz).value
        if page_role is not None and page_role.date is not None
        else None
    )
    reference = page_value if page_value is not None else options.reference_date
    mentions: list[DateMention] = []
    values: dict[str, dt.date | dt.datetime] = {}
    for role, date in dated:
        found = date.resolve(options.reference_date if role is page_role else reference, tz)
        date_role = role.date_role or ("published" if "published" not in values else "updated")
        raw = role.date_raw or role.line.text
        mentions.append(DateMention(date_role, found.iso, raw, role.line.number))
        if found.value is None:
            notices.append(
                (
                    "relative_date_unresolved",
                    f"{role.line.text!r} counts back from a day the page does not give; "
                    "pass Options(reference_date=...) to resolve it",
                    role.line.number,
                )
            )
            continue
        # A month only ("tháng 8/2020") stands for its first day, but a page date for its last:
        # an article of 15/8 is not after a page of "tháng 8/2020".
        month_end = not found.has_day and date_role == "page"
        values.setdefault(date_role, _last_of_month(found.value) if month_end else found.value)
        _check_range(found.value, options.reference_date, role.line.number, notices)
        if not found.weekday_ok:
            notices.append(
                (
                    "weekday_mismatch",
                    f"the weekday printed does not match {_day(found.value).isoformat()} "
                    f"(a {_day(found.value).strftime('%A')})",
                    role.line.number,
                )
            )
    first = {m.role: m for m in reversed(mentions) if m.value is not None}

    page = _day(values["page"]) if "page" in values else None
    latest: dt.date | None = None
    for key in ("published", "updated"):
        if key in values:
            day = _day(values[key])
            latest = day if latest is None or day > latest else latest
    # The text is read only when it can decide: with a page date, and no header date as late as
    # STALE_AFTER_DAYS before it. (The latest date does not depend on the order of the lines.)
    if page is not None and (latest is None or (page - latest).days > STALE_AFTER_DAYS):
        in_text = latest_text_date(
            [r.line.text for key in ("lead", "body", "caption") for r in by_role.get(key, ())]
        )
        latest = in_text if latest is None or (in_text is not None and in_text > latest) else latest
    page_stale = page is not None and latest is not None and (page - latest).days > STALE_AFTER_DAYS
    if page_stale and page is not None and latest is not None:
        notices.append(
            (
                "page_date_stale",
                f"the page date {page.isoformat()} is {(page - latest).days // 365} year(s) after "
                f"every date in the text (latest {latest.isoformat()}): it is the day the page was "
                "viewed, not the day of the article",
                first["page"].line,
            )
        )

    published = first["published"].value if "published" in first else None
    if published is None and lead is not None and lead_text is not None:
        year_from = (
            _day(values["updated"])
            if "updated" in values
            else page
            if page is not None and not page_stale
            else options.reference_date
        )
        inferred = _infer_published(lead, lead_text, year_from, notices)
        if inferred is not None:
            mentions.append(inferred)
            mentions.sort(key=lambda m: m.line)
            published = inferred.value
    if page is not None and "published" in values and _day(values["published"]) > page:
        notices.append(
            (
                "published_after_page_date",
                "the publication date is after the page's own date",
                first["published"].line,
            )
        )

    captions: dict[int, list[str]] = {}
    for role in by_role.get("caption", []):
        captions.setdefault(role.group, []).append(role.line.text)
    related: dict[int, list[Role]] = {}
    for role in _links(roles, by_role):
        related.setdefault(role.group, []).append(role)
    related_items = []
    for group in related.values():
        titles = [r.text for r in group if r.role == "related_title"]
        teasers = [r.text for r in group if r.role == "related_teaser"]
        related_items.append(
            Related(" ".join(titles or teasers), " ".join(teasers) if titles and teasers else None)
        )

    authors = [name for r in by_role.get("byline", []) for name in r.authors]
    if title is None:
        notices.append(("no_title", "the dump has no headline line", None))
    if not authors:
        notices.append(("no_byline", "no byline (author) was found", None))

    comments = _comments(by_role.get("comment", []), reference, options)
    return Article(
        title=title.text if title else None,
        source=source,
        section=section.line.text if section else None,
        published=published,
        updated=first["updated"].value if "updated" in first else None,
        page_date=first["page"].value if "page" in first else None,
        dates=mentions,
        lead=lead_text or None,
        body=[r.line.text for r in by_role.get("body", [])],
        captions=[" ".join(parts) for parts in captions.values()],
        authors=authors,
        related=related_items,
        comments=comments,
        removed=_removals(roles),
        warnings=[
            Notice(code, message, line)
            # Warnings about a line first, in line order; then those about the whole dump.
            for code, message, line in sorted(
                notices, key=lambda n: (n[2] is None, n[2] or 0, n[0])
            )
        ],
    )
