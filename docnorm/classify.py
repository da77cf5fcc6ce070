"""Give every non-blank line a role (SPEC §2) and the name of the rule that gave it.

The page is read in zones: the header (everything above the lead), the article (lead, body,
captions, byline) and the tail (comment widgets, comments, related articles, share lines,
footers). Each decision is a named rule, so ``explain`` can say why a line went where it went.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from typing import Final, NamedTuple

import attrs

from .dates import HeaderDate, header_dates, parse_header_date
from .furniture import (
    Credit,
    byline_names,
    credit_of,
    is_alt_text,
    is_comment_action,
    is_tag_label,
    is_widget_tabs,
    labelled_byline_names,
    page_furniture,
    split_byline_credit,
    split_byline_email,
    split_byline_outlet,
    split_date_and_name,
    split_name_and_date,
    split_related_label,
    split_site_suffix,
)
from .phrases import MASTHEAD_OPENINGS
from .shapes import (
    agency_code,
    has_photo_credit,
    has_words,
    is_caption_shape,
    is_headline,
    is_name,
    is_prose,
    line_flags,
)

__all__ = ["Line", "Role", "classify", "new_line"]

#: A teaser must repeat at least this much of the article to count as a duplicate.
MIN_TEASER_STEM: Final = 40
#: A section line above the headline is short.
MAX_SECTION_LEN: Final = 60
#: A headline has at least this many words; shorter lines near it are sections or buttons.
MIN_TITLE_WORDS: Final = 4
#: How many lines, site furniture aside, bylines, credits and dates are looked for among, from the
#: end of the article back.
MAX_CLOSING_LINES: Final = 8
#: A related header followed by prose this soon is an inline "read also" link, not the tail.
INLINE_RELATED_WINDOW: Final = 3
#: A line this short with no letter in it (a player's "00:00 / 02:35", a gallery's "1/5") is
#: page furniture, not text.
MAX_WORDLESS_LEN: Final = 40
#: A tag in a list under a tag label ("Tags:" then one tag a line) is at most this long.
MAX_TAG_LEN: Final = 60
#: A tag with a blank line before it (one tag a paragraph) is at most this long, in so many words.
MAX_SPACED_TAG_LEN: Final = 40
MAX_SPACED_TAG_WORDS: Final = 5

_LETTER = re.compile(r"[^\W\d_]")
#: A bullet in front of a related link: "• ", "- ", "» ", "► ".
_LINK_BULLET = re.compile(r"[•·▪►▸◦‣»>*+–-]+\s+(?=\S)")


def _wordless(text: str) -> bool:
    """A short line without a single letter."""
    return len(text) <= MAX_WORDLESS_LEN and _LETTER.search(text) is None


class Line(NamedTuple):
    """A non-blank line of the normalised text with its 1-based input line number.

    (A named tuple: a corpus run makes one per line; ``new_line`` makes one without the keyword
    handling of the constructor.)
    """

    number: int
    text: str


#: A ``Line`` from a ``(number, text)`` tuple.
new_line: Final[Callable[[tuple[int, str]], Line]] = functools.partial(tuple.__new__, Line)


@attrs.define
class Role:
    """The role of one line, the rule that gave it, and what assembly needs to know.

    A line may be split: ``keep`` is the part that goes to the role's field (a headline without
    its site suffix, a byline without its credit words) and ``cuts`` the ``(kind, text)`` parts
    that go to ``removed``, in line order.
    """

    line: Line
    role: str
    rule: str
    group: int = 0  # lines with the same non-zero group form one caption, link or comment
    date: HeaderDate | None = None
    date_role: str | None = None  # page, published or updated; None: decided at assembly
    date_raw: str | None = None  # the date part of a split line
    keep: str | None = None
    cuts: tuple[tuple[str, str], ...] = ()
    names: tuple[str, ...] = ()
    credit: Credit | None = None

    @property
    def text(self) -> str:
        return self.keep if self.keep is not None else self.line.text

    @property
    def authors(self) -> tuple[str, ...]:
        """What a byline gives the record's ``authors``: its names, else its text."""
        return self.names or (self.text,)


class _Page:
    """The lines being classified and what most rules ask of each, worked out once per line:
    the text, whether it ends with an ellipsis, its ``furniture_kind``, its furniture kind
    anywhere in the page (breadcrumbs included), its ``widget_level`` and whether it is a
    related header.

    (``page_furniture`` and ``line_flags`` loop over the lines with the quick tests written
    out, calling the rules only for lines that pass them.)
    """

    __slots__ = ("ellipsis", "furniture", "kinds", "lines", "related", "texts", "widget")

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.texts = texts = [line.text for line in lines]
        lows, self.kinds, self.furniture = page_furniture(texts)
        self.ellipsis, self.widget, self.related = line_flags(texts, lows)

    # (The rules read the lists directly: ``widget[i] >= 2`` is ``is_comment_widget`` of line
    # ``i``, ``widget[i] >= 1`` the same inside a comment box, ``related[i]``
    # ``is_related_header``; a method call per line costs more than the test.)


def _duplicate_teasers(page: _Page) -> set[int]:
    """Indexes of lines that end in '...' and repeat the start of other lines (of a lead, also
    its start after an agency code such as "(HNM) - ", which teasers leave out)."""
    found: set[int] = set()
    if not any(page.ellipsis):
        return found
    texts = page.texts
    whole: str | None = None  # the page's lines joined, and where each starts in it
    starts: list[int] = []
    for i, text in enumerate(texts):
        if not page.ellipsis[i]:
            continue
        stem = text.rstrip('.…"”»’) ').rstrip(",;:- ").rstrip()
        if len(stem) < MIN_TEASER_STEM:
            continue
        if whole is None:
            whole = "\n".join(texts)
            starts = [0, *itertools.accumulate(len(t) + 1 for t in texts)]
        # Where another line holds the stem's head: at its start, or right after an agency
        # code. One search of the page instead of a loop over its lines (a prose line has at
        # least 60 characters, so a line repeats the head exactly when it holds all of it).
        head = stem[:MIN_TEASER_STEM]
        at = whole.find(head)
        while at >= 0:
            j = bisect.bisect_right(starts, at) - 1
            offset = at - starts[j]
            other = texts[j]
            if (
                j != i
                and not page.ellipsis[j]
                and (offset == 0 or _code_length(other) == offset)
                and is_prose(other)
            ):
                joined = other[offset:]
                k = j + 1
                while len(joined) < len(stem) and k < len(texts) and k != i:
                    joined = f"{joined} {texts[k]}"
                    k += 1
                if joined.startswith(stem):
                    found.add(i)
                    break
            at = whole.find(head, at + 1)
    return found


def _code_length(text: str) -> int:
    """The length of the agency-code prefix a line opens with (0: none)."""
    code = agency_code(text)
    return 0 if code is None else code[2]


def _find_lead(page: _Page, skip: set[int], dates: dict[int, HeaderDate]) -> int | None:
    for i, text in enumerate(page.texts):
        if i in skip or i in dates:
            continue
        if is_prose(text) and page.kinds[i] is None and not has_photo_credit(text):
            return i  # (a photo's caption with a full stop is prose-shaped, but no lead)
    return None


def _pick_title(lines: list[Line], candidates: list[int], has_lead: bool) -> int | None:
    """The headline: above a lead, the last line shaped like a headline of four words or more
    (short lines near it are sections, share buttons, times); with no lead, the first."""
    if not candidates:
        return None
    # (A photo's caption under the headline is headline-shaped, but its credit says what it is.)
    shaped = [
        i for i in candidates if is_headline(lines[i].text) and not has_photo_credit(lines[i].text)
    ]
    if not has_lead:
        return (shaped or candidates)[0]
    strong = [i for i in shaped if has_words(lines[i].text, MIN_TITLE_WORDS)]
    return (strong or shaped or candidates)[-1]


def _title_role(line: Line, rule: str) -> Role:
    split = split_site_suffix(line.text)
    if split is None:
        return Role(line, "title", rule)
    return Role(line, "title", rule, keep=split[0], cuts=(("navigation", split[1]),))


def _glued_byline(line: Line, tz: dt.tzinfo, rule: str) -> Role | None:
    """A byline glued to a date, ``TS. LS Đoàn Văn Bình 19/06/2024 15:17``, or a date followed
    by its byline, ``Thứ bảy, 21/11/2026 09:15 | Tác giả: Minh Anh``, as one role."""
    glued = split_name_and_date(line.text)
    found = parse_header_date(glued[1], tz) if glued else None
    if glued is not None and found is not None:
        return Role(
            line, "byline", rule, keep=glued[0], names=(glued[0],), date=found, date_raw=glued[1]
        )
    after = split_date_and_name(line.text)
    found = parse_header_date(after[0], tz) if after else None
    names = byline_names(after[1]) if after and found else None
    if after is None or found is None or names is None:
        return None
    credit, people = names
    keep = after[1] if credit is None else after[1][len(credit) :].strip()
    return Role(
        line,
        "byline",
        rule,
        keep=keep,
        cuts=(("credit", credit),) if credit else (),
        names=tuple(people),
        date=found,
        date_raw=after[0],
    )


def _classify_header(
    page: _Page,
    end: int,
    has_lead: bool,
    skip: set[int],
    dates: dict[int, HeaderDate],
    tz: dt.tzinfo,
    out: list[Role],
) -> int | None:
    """Roles for the lines above the lead: dates, furniture, section, title, byline.

    Returns the index of the title line, if any.
    """
    lines = page.lines
    candidates = []
    glued_bylines: dict[int, HeaderDate] = {}
    for i in range(end):
        if i in skip or i in dates:
            continue
        # (Before furniture: an address looks like a footer.)
        emailed = _email_byline(lines[i]) if "@" in lines[i].text else None
        if emailed is not None:
            out[i] = emailed
            continue
        kind = page.furniture[i]
        if kind is not None:
            out[i] = Role(lines[i], kind, f"{kind}.phrase_above_lead")
            continue
        glued = _glued_byline(lines[i], tz, "byline.glued_to_date")
        if glued is not None and glued.date is not None:
            out[i] = glued
            glued_bylines[i] = glued.date
        elif (labelled := labelled_byline_names(lines[i].text)) is not None:
            # "Tác giả: Lê Minh", "Bài: Minh Hà": the label says what the line is, so it is no
            # candidate for the headline, however headline-shaped.
            out[i] = _byline_role(lines[i], "byline.labelled", labelled)
        else:
            candidates.append(i)
    title = _pick_title(lines, candidates, has_lead)
    if title is not None:
        rule = "title.headline_above_lead" if has_lead else "title.first_headline"
        out[title] = _title_role(lines[title], rule)
        before = [c for c in candidates if c < title]
        for n, i in enumerate(reversed(before)):
            text = lines[i].text
            if (
                n == 0
                and len(text) <= MAX_SECTION_LEN
                and not is_prose(text)
                and not text.lower().startswith(MASTHEAD_OPENINGS)
            ):
                out[i] = Role(lines[i], "section", "section.line_above_title")
            else:
                out[i] = Role(lines[i], "navigation", "navigation.above_title")
        for n, i in enumerate(c for c in candidates if c > title):
            text = lines[i].text
            names = byline_names(text) if n == 0 else None
            if names is not None and text.upper() != text and not has_words(text, 7):
                out[i] = _byline_role(lines[i], "byline.under_title", names)
            elif has_lead and not has_words(text, MIN_TITLE_WORDS) and not is_prose(text):
                out[i] = Role(lines[i], "navigation", "navigation.between_title_and_lead")
            elif has_photo_credit(text):  # the photo under the headline (a group of its own)
                out[i] = Role(lines[i], "caption", "caption.photo_credit", -1 - i)
            else:
                out[i] = Role(lines[i], "body", "body.below_title")
    published_seen = False
    header_dates = {i: hd for i, hd in dates.items() if i < end} | glued_bylines
    for i in sorted(header_dates):
        hd = header_dates[i]
        if hd.label_role is not None:
            date_role, rule = hd.label_role, f"date.label_{hd.label_role}"
        elif title is None or i < title:
            date_role, rule = "page", "date.above_title"
        elif not published_seen:
            date_role, rule = "published", "date.below_title"
        else:
            date_role, rule = "updated", "date.second_below_title"
        published_seen = published_seen or date_role == "published"
        if i in glued_bylines:
            out[i].date_role = date_role  # the byline keeps its role; its date gets one too
            continue
        role = "page_date" if date_role == "page" else "date"
        out[i] = Role(lines[i], role, rule, date=hd, date_role=date_role)
    return title


def _email_byline(line: Line) -> Role | None:
    """``Minh Anh (minhanh@nld.com.vn)``: the names a byline, the address a credit."""
    split = split_byline_email(line.text) if "@" in line.text else None
    if split is None:
        return None
    names, address, people = split
    return Role(
        line,
        "byline",
        "byline.with_email",
        keep=names,
        cuts=(("credit", address),),
        names=tuple(people),
    )


def _byline_role(line: Line, rule: str, names: tuple[str | None, list[str]]) -> Role:
    credit, people = names
    if credit is None:
        return Role(line, "byline", rule, names=tuple(people))
    keep = line.text[len(credit) :].strip()
    return Role(line, "byline", rule, keep=keep, cuts=(("credit", credit),), names=tuple(people))


def _is_inline_related(page: _Page, i: int, skip: set[int]) -> bool:
    """A 'Đọc thêm' header with the article going on right after its link or two."""
    for k in range(i + 1, min(len(page.texts), i + 1 + INLINE_RELATED_WINDOW + 1)):
        if k in skip:
            continue
        if is_prose(page.texts[k]) and not page.ellipsis[k] and page.kinds[k] is None:
            return k > i + 1
    return False


def _tail_start(page: _Page, start: int, skip: set[int]) -> int:
    """Where the article ends: the first comment box, related block, tag line or footer, or a
    trailing run of related links."""
    lines = page.lines
    for i in range(start, len(lines)):
        if i in skip:
            continue
        if page.widget[i] >= 2 or page.kinds[i] in ("tags", "footer"):
            if page.kinds[i] == "footer" and _email_byline(lines[i]) is not None:
                continue  # "Minh Anh (minhanh@nld.com.vn)": a byline, not the site's footer
            return i
        if page.related[i] and not _is_inline_related(page, i, skip):
            return i
    # A run of 'headline + teaser...' pairs that goes on to the end of the dump.
    i = len(lines)
    pairs = 0
    while (
        i - 2 >= start
        and page.ellipsis[i - 1]
        and is_headline(lines[i - 2].text)
        and lines[i - 1].number == lines[i - 2].number + 1
    ):
        i -= 2
        pairs += 1
    return i if pairs >= 2 else len(lines)


def _classify_tail(
    page: _Page, start: int, skip: set[int], dates: dict[int, HeaderDate], out: list[Role]
) -> None:
    lines = page.lines
    group = 10_000
    in_comments = False  # after a comment box: name lines open reader comments
    comment: int | None = None  # group of the comment being read
    in_related = False  # after a related block's header, before any comment box
    tag_next = 0  # after a tag label: the number of the line after the last tag (else 0)
    i = start
    while i < len(lines):
        if i in skip:
            i += 1
            continue
        line = lines[i]
        text = line.text
        kind = page.furniture[i]
        if page.widget[i] >= 1 or (in_comments and is_comment_action(text)):
            out[i] = Role(line, "comment_widget", "widget.phrase")
            in_comments, comment, in_related = True, None, False
        elif page.related[i]:
            out[i] = Role(line, "navigation", "related.block_header")
            in_comments, comment, in_related = False, None, True
        elif kind == "footer" and not in_comments and (emailed := _email_byline(line)):
            out[i] = emailed
        elif kind is not None:
            out[i] = Role(line, kind, f"{kind}.phrase_after_article")
            comment = None
            if kind == "tags" and is_tag_label(text):
                tag_next = line.number + 1
        elif tag_next and _is_tag(text, spaced=line.number != tag_next):
            out[i] = Role(line, "tags", "tags.list_after_label")
            tag_next = line.number + 1
        elif in_comments and is_widget_tabs(text):
            out[i] = Role(line, "comment_widget", "widget.tabs")
        elif in_comments and comment is not None and i in dates:
            out[i] = Role(line, "comment", "comment.date", comment, date=dates[i])
        elif in_comments and not has_words(text, 6) and is_name(text):  # the cheaper test first
            group += 1
            comment = group
            out[i] = Role(line, "comment", "comment.author", comment)
        elif in_comments and comment is not None:
            out[i] = Role(line, "comment", "comment.text", comment)
        elif _wordless(text):
            out[i] = Role(line, "navigation", "navigation.no_words")
        elif ":" in text and (link := split_related_label(text)) is not None:
            group += 1
            out[i] = _labelled_link(line, link, group)
        elif (headline := is_headline(text)) and i + 1 < len(lines) and page.ellipsis[i + 1]:
            group += 1
            out[i] = _related_title(line, "related.title_teaser_pair", group)
            out[i + 1] = Role(lines[i + 1], "related_teaser", "related.title_teaser_pair", group)
            i += 1
        elif headline and not is_name(text):
            group += 1
            out[i] = _related_title(line, "related.title_after_article", group)
        elif in_related and page.ellipsis[i]:
            # In a block of related links, a line cut short that follows no headline is a link
            # whose title the page truncated (or a teaser on its own), not the article.
            group += 1
            out[i] = _related_title(line, "related.cut_short_in_block", group)
        elif is_alt_text(text):
            out[i] = Role(line, "alt_text", "alt_text.image")
        elif not in_comments and is_name(text) and (names := byline_names(text)) is not None:
            # A byline printed after a box of related links ("Xem thêm >>", a link, the name).
            out[i] = _byline_role(line, "byline.after_related", names)
        else:
            out[i] = Role(line, "body", "body.after_article")
        if out[i].role != "tags":
            tag_next = 0
        i += 1


def _is_tag(text: str, *, spaced: bool) -> bool:
    """A line of a tag list: short, with a letter, no sentence. After a blank line (``spaced``)
    shorter still, of a few words, so that a list of headlines after the tags stays apart."""
    return (
        len(text) <= (MAX_SPACED_TAG_LEN if spaced else MAX_TAG_LEN)
        and not text.endswith((".", "!", "?", "…", ":"))
        and _LETTER.search(text) is not None
        and (not spaced or not has_words(text, MAX_SPACED_TAG_WORDS + 1))
    )


def _related_title(line: Line, rule: str, group: int) -> Role:
    """A related link's headline; a bullet in front of it ("• ", "- ") goes to ``removed``."""
    bullet = _LINK_BULLET.match(line.text)
    if bullet is None:
        return Role(line, "related_title", rule, group)
    return Role(
        line,
        "related_title",
        rule,
        group,
        keep=line.text[bullet.end() :],
        cuts=(("navigation", bullet[0].rstrip()),),
    )


def _labelled_link(line: Line, link: tuple[str, str], group: int) -> Role:
    """A related link with its label on the line: the headline is the link, the label goes."""
    label, headline = link
    return Role(
        line,
        "related_title",
        "related.labelled_link",
        group,
        keep=headline,
        cuts=(("navigation", label),),
    )


def _closing_byline(line: Line, tz: dt.tzinfo) -> Role | None:
    """A byline at the end of the article: names, names with their outlet after a slash, names
    with a credit after them, or a name glued to a date."""
    text = line.text
    names = byline_names(text)
    if names is not None:
        return _byline_role(line, "byline.name_after_body", names)
    with_outlet = split_byline_outlet(text) if "/" in text else None
    if with_outlet is not None:  # "Minh Anh/VOV.VN"
        names_text, cut, outlet = with_outlet
        people = byline_names(names_text)
        return Role(
            line,
            "byline",
            "byline.with_outlet",
            keep=names_text,
            cuts=(("credit", cut),),
            names=tuple(people[1]) if people else (names_text,),
            credit=outlet,
        )
    credited = split_byline_credit(text)
    if credited is not None:
        keep = credited[0]
        cuts: tuple[tuple[str, str], ...] = (("credit", credited[1]),)
        slashed = split_byline_outlet(keep)
        if slashed is not None:  # "Minh Anh/VOV.VN (Theo Kyodo)"
            keep = slashed[0]
            cuts = (("credit", slashed[1]), *cuts)
        people = byline_names(keep)
        if people is not None and people[0] is not None:  # "Bài và ảnh: Minh Hà (Theo TTXVN)"
            cuts = (("credit", people[0]), *cuts)
            keep = keep[len(people[0]) :].strip()
        return Role(
            line,
            "byline",
            "byline.with_credit",
            keep=keep,
            cuts=cuts,
            names=tuple(people[1]) if people else (keep,),
            credit=credit_of(credited[1]),
        )
    return _glued_byline(line, tz, "byline.glued_to_date")


def _closing_lines(
    page: _Page,
    inner: list[int],
    dates: dict[int, HeaderDate],
    tz: dt.tzinfo,
    out: list[Role],
) -> set[int]:
    """Bylines, credits and furniture at the end of the article, scanned from the end."""
    done: set[int] = set()
    bylines = 0
    others = 0  # lines looked at that are not site furniture
    for i in reversed(inner):
        line = page.lines[i]
        text = line.text
        kind = page.kinds[i]  # (a breadcrumb is tried last: "Minh Hà/Thu Trang" is a byline)
        if kind is None and not _wordless(text):  # (furniture, however much, does not count)
            if others == MAX_CLOSING_LINES:
                break
            others += 1
        if i in dates:
            out[i] = Role(line, "date", "date.line_in_article", date=dates[i])
        elif bylines < 3 and "@" in text and (emailed := _email_byline(line)) is not None:
            out[i] = emailed
            bylines += 1
        elif kind is not None:
            out[i] = Role(line, kind, f"{kind}.phrase_end_of_article")
        elif _wordless(text):
            out[i] = Role(line, "navigation", "navigation.no_words")
        elif is_alt_text(text):
            out[i] = Role(line, "alt_text", "alt_text.image")
        elif (credit := credit_of(text)) is not None:
            out[i] = Role(line, "credit", "credit.other_outlet", credit=credit)
        elif (byline := _closing_byline(line, tz) if bylines < 3 else None) is not None:
            out[i] = byline
            bylines += 1
        elif page.furniture[i] is not None:
            out[i] = Role(line, "navigation", "navigation.phrase_end_of_article")
        else:
            break
        done.add(i)
    return done


def _continues_caption(prev: Role, line: Line) -> bool:
    """A caption broken over two lines: the next line, right under it, when the caption stops
    mid-sentence (a comma, a dash) or the line goes on in lower case."""
    return (
        prev.role == "caption"
        and prev.line.number + 1 == line.number
        and len(line.text) <= 200
        and (prev.line.text.endswith((",", ";", "-", "–")) or line.text[0].islower())
    )


def _classify_article(
    page: _Page,
    lead: int,
    end: int,
    title: int | None,
    skip: set[int],
    dates: dict[int, HeaderDate],
    tz: dt.tzinfo,
    out: list[Role],
) -> None:
    lines = page.lines
    out[lead] = Role(lines[lead], "lead", "lead.first_prose")
    inner = [i for i in range(lead + 1, end) if i not in skip]
    closing = _closing_lines(page, inner, dates, tz, out)
    title_text = out[title].text if title is not None else None
    captions_seen: set[str] = set()
    group = 0
    prev_caption: int | None = None
    inline_related = False
    for i in inner:
        if i in closing:
            prev_caption = None
            continue
        line = lines[i]
        text = line.text
        kind = page.furniture[i]
        if i in dates:
            out[i] = Role(line, "date", "date.line_in_article", date=dates[i])
        elif text == title_text:
            out[i] = Role(line, "duplicate_teaser", "teaser.repeats_headline")
        elif kind is not None:
            out[i] = Role(line, kind, f"{kind}.phrase_in_article")
        elif ":" in text and (link := split_related_label(text)) is not None:  # "Xem thêm: …"
            group += 1
            out[i] = _labelled_link(line, link, 1000 + group)
        elif _wordless(text):
            out[i] = Role(line, "navigation", "navigation.no_words")
        elif is_alt_text(text):
            out[i] = Role(line, "alt_text", "alt_text.image")
        elif page.related[i]:
            out[i] = Role(line, "navigation", "related.inline_header")
            inline_related = True
            prev_caption = None
            continue
        elif inline_related and is_headline(text):
            group += 1
            out[i] = _related_title(line, "related.inline_link", 1000 + group)
            continue
        elif prev_caption is not None and _continues_caption(out[prev_caption], line):
            out[i] = Role(line, "caption", "caption.continued", out[prev_caption].group)
            prev_caption = i
            continue
        elif (shaped := is_caption_shape(text) and not is_prose(text)) or has_photo_credit(text):
            if text in captions_seen:
                out[i] = Role(line, "duplicate_teaser", "caption.repeated")
            else:
                group += 1
                rule = "caption.short_line" if shaped else "caption.photo_credit"
                out[i] = Role(line, "caption", rule, group)
            captions_seen.add(text)
            prev_caption = i
            inline_related = False
            continue
        else:
            out[i] = Role(line, "body", "body.paragraph")
        inline_related = False
        prev_caption = None


def classify(lines: list[Line], tz: dt.tzinfo) -> list[Role]:
    """One ``Role`` per line, in order."""
    if not lines:
        return []
    page = _Page(lines)
    unclaimed = Role(lines[0], "", "")  # every rule below replaces it; never changed in place
    out = [unclaimed] * len(lines)
    dates = header_dates(page.texts, tz)
    teasers = _duplicate_teasers(page)
    for i in teasers:
        out[i] = Role(lines[i], "duplicate_teaser", "teaser.repeats_article")
    lead = _find_lead(page, teasers, dates)
    header_end = lead if lead is not None else len(lines)
    title = _classify_header(page, header_end, lead is not None, teasers, dates, tz, out)
    if lead is not None:
        tail = _tail_start(page, lead + 1, teasers)
        _classify_article(page, lead, tail, title, teasers, dates, tz, out)
        _classify_tail(page, tail, teasers, dates, out)
    named: set[str] = set()
    for i, role in enumerate(out):
        if not role.role:  # a safety net: every rule above claims its lines
            out[i] = Role(lines[i], "body", "body.unclaimed")
        elif role.role == "byline":
            # A byline naming only authors named before (under the headline, then at the end)
            # is a repeat: removed, so that each author is listed once.
            names = set(role.authors)
            if names <= named and role.date is None:
                out[i] = Role(lines[i], "duplicate_teaser", "byline.repeated")
            named |= names
    return out
