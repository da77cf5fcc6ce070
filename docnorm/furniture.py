"""Page furniture, credits and split lines: what a site prints around an article.

Each test looks at one normalised line. The phrase tables are data in ``phrases`` and
``outlets``; where a line sits in the page is ``classify``'s business.
"""

from __future__ import annotations

import re
from typing import Final

from .outlets import SITE_SUFFIXES
from .phrases import (
    AD,
    BYLINE_CREDITS,
    COMMENT_ACTIONS,
    COMMENT_TABS,
    CREDIT_WORDS,
    FOLLOW_PLATFORMS,
    FOOTER_PREFIXES,
    NAVIGATION,
    NOT_OUTLETS,
    PAYWALL,
    RELATED_HEADER,
    SHARE,
    TAG_LABELS,
    TAG_PREFIXES,
)
from .shapes import (
    WHITESPACE,
    PhraseRegex,
    alternation,
    folded,
    has_words,
    is_headline,
    is_name,
    outlet_name,
)

__all__ = [
    "Credit",
    "byline_names",
    "credit_of",
    "furniture_kind",
    "is_alt_text",
    "is_breadcrumb",
    "is_comment_action",
    "is_tag_label",
    "is_widget_tabs",
    "labelled_byline_names",
    "page_furniture",
    "split_byline_credit",
    "split_byline_email",
    "split_byline_outlet",
    "split_date_and_name",
    "split_name_and_date",
    "split_related_label",
    "split_site_suffix",
]


#: What a whole-line phrase may carry after it: spaces, then stops.
_WHOLE_TRAIL: Final = WHITESPACE + ":.!…"


def _whole(phrases: tuple[str, ...]) -> PhraseRegex:
    regex = re.compile(rf"(?:{alternation(phrases)})\s*[:.!…]*", re.IGNORECASE)
    return PhraseRegex(regex, phrases, _WHOLE_TRAIL, digits=False)


def _prefix(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(phrases)})(?![\w])", re.IGNORECASE)


_NAVIGATION = _whole(NAVIGATION)
_SHARE = _whole(SHARE)
_PAYWALL = _whole(PAYWALL)
_AD = _whole(AD)
#: The kind and regex of each lower-case whole-line phrase, less what may follow it. No two kinds
#: share a key, so a line can match only the regex of its key's kind (a quick-test argument).
_WHOLE_KINDS: Final = {
    key: (kind, phrases.regex)
    for kind, phrases in (
        ("share", _SHARE),
        ("ad", _AD),
        ("paywall", _PAYWALL),
        ("navigation", _NAVIGATION),
    )
    for key in phrases.keys
}
_TAGS = re.compile(rf"{_prefix(TAG_PREFIXES).pattern}\s*:\s*\S", re.IGNORECASE)
_TAB = alternation(COMMENT_TABS)
_WIDGET_TABS = re.compile(rf"(?:{_TAB})(?:\s*[|·•/-]?\s*(?:{_TAB}))+", re.IGNORECASE)
#: A tag label on its own line, the tags on the lines under it ("Tags:", "Từ khóa").
_TAG_LABEL = re.compile(
    rf"(?:{alternation(TAG_PREFIXES)})\s*:|(?:{alternation(TAG_LABELS)})", re.IGNORECASE
)
_FOOTER = _prefix(FOOTER_PREFIXES)
#: Tag and footer prefixes, matched on the lower-case line (a plain alternation: it matches
#: exactly when the line starts with one of them): a line that opens with none of them matches
#: neither prefix regex.
_STARTS: Final = re.compile(alternation(TAG_PREFIXES + FOOTER_PREFIXES))
_FOOTER_ANYWHERE = re.compile(
    r"[©®]|\bgiấy phép (?:số|hoạt động)|\bgp\s*(?:số\s*)?\d+/gp|\bbản quyền (?:thuộc|nội dung)"
    r"|\bgiữ bản quyền|\ball rights reserved|@\w+\.(?:vn|com)",
    re.IGNORECASE,
)
_WEATHER = re.compile(r"^[^\d]{2,25}\s-?\d{1,2}\s?°\s?C?(?:\s*[-–]\s*-?\d{1,2}\s?°\s?C?)?$")
_COMMENT_ACTIONS = _whole(COMMENT_ACTIONS)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)/?", re.I)
#: "Theo dõi <outlet> trên Google News", "Mời bạn theo dõi … qua Zalo": a call to follow the page.
_FOLLOW = re.compile(
    rf"(?:(?:mời (?:bạn|bạn đọc|quý độc giả)|hãy|hãy cùng)\s+)?theo dõi\s+(?:\S+\s+){{0,8}}?"
    rf"(?:trên|tại|qua|ở)\s+(?:kênh\s+)?(?:{alternation(FOLLOW_PLATFORMS)})\b[\s.!:]*",
    re.IGNORECASE,
)
#: An audio player's speed: "1x", "Tốc độ đọc 1.25x".
_SPEED = re.compile(r"(?:tốc độ(?: đọc)?\s*:?\s*)?\d(?:[.,]\d{1,2})?\s*[x×]", re.IGNORECASE)
#: A gallery's counter: "Ảnh 1/5", "Hình 2 / 10".
_GALLERY = re.compile(r"(?:ảnh|hình|hình ảnh|photo|slide)\s*\d{1,3}\s*/\s*\d{1,3}", re.IGNORECASE)
_LIMIT = re.compile(r"tối đa\s*:?\s*\d[\d.]*\s*(?:ký tự|kí tự|chữ)", re.IGNORECASE)

#: Furniture lines are short; a longer line is content whatever words it starts with.
MAX_FURNITURE_LEN: Final = 160


def furniture_kind(text: str) -> str | None:
    """The removed kind of a line of site furniture, or None for anything else.

    >>> [furniture_kind(s) for s in ("Chia sẻ", "Từ khóa: bầu cử, Quốc hội", "Quảng cáo",
    ...                              "© Bản quyền thuộc Báo Tuổi Trẻ", "Đăng nhập để đọc tiếp")]
    ['share', 'tags', 'ad', 'footer', 'paywall']
    >>> furniture_kind("Chia sẻ kinh nghiệm, đại biểu cho rằng cần có giải pháp mới.") is None
    True
    """
    if len(text) > MAX_FURNITURE_LEN:
        return None
    return line_furniture(text, folded(text))


def _weather_or_domain(text: str) -> bool:
    """A weather line ("Hà Nội 28°C") or a bare site address: navigation."""
    return ("°" in text and _WEATHER.match(text) is not None) or (
        "." in text and " " not in text and _DOMAIN.fullmatch(text) is not None
    )


def line_furniture(text: str, low: str | None) -> str | None:
    """``furniture_kind`` of a line of at most ``MAX_FURNITURE_LEN`` characters; ``low`` is
    ``folded(text)``. Each regex runs only when a quick test cannot rule it out."""
    if low is None:
        return _furniture_by_regex(text)
    whole = _WHOLE_KINDS.get(low.rstrip(_WHOLE_TRAIL))
    if whole is not None and whole[1].fullmatch(text) is not None:
        return whole[0]
    if ("°" in text or ("." in text and " " not in text)) and _weather_or_domain(text):
        return "navigation"
    if "theo dõi" in low and _FOLLOW.fullmatch(text):
        return "navigation"
    if len(text) <= 20 and (  # a gallery's "Ảnh 1/5", a player's "1.25x"
        ("/" in text and _GALLERY.fullmatch(text))
        or (("x" in low or "×" in low) and _SPEED.fullmatch(text))
    ):
        return "navigation"
    if _STARTS.match(low):  # the line opens with a tag or footer prefix
        if low.startswith(TAG_PREFIXES) and (  # (the prefixes are lower-case)
            _TAGS.match(text) or _TAG_LABEL.fullmatch(text)
        ):
            return "tags"
        if _FOOTER.match(text):
            return "footer"
    # Every match of ``_FOOTER_ANYWHERE`` holds one of these (none of ©®@ has a case, so the line
    # in lower case holds them too).
    if (
        "©" in low
        or "®" in low
        or "@" in low
        or "giấy phép" in low
        or "/gp" in low
        or "bản quyền" in low
        or "all rights reserved" in low
    ) and _FOOTER_ANYWHERE.search(text):
        return "footer"
    if "tối đa" in low and len(text) <= 60 and _LIMIT.search(text):
        return "comment_widget"
    return None


def page_furniture(
    texts: list[str],
) -> tuple[list[str | None], list[str | None], list[str | None]]:
    """For each line: ``folded(text)`` (None too for a line longer than ``MAX_FURNITURE_LEN``),
    ``furniture_kind(text)``, and that kind or "navigation" for a breadcrumb.

    One loop; a breadcrumb has at most 120 characters and a separator.
    """
    size = len(texts)
    lows: list[str | None] = [None] * size
    kinds: list[str | None] = [None] * size
    furniture: list[str | None] = [None] * size
    for i, text in enumerate(texts):
        length = len(text)
        if length > MAX_FURNITURE_LEN:
            continue
        low = text.lower()
        if "\u0131" in low or "\u017f" in low or "\u0307" in low:  # ``folded`` gives None
            kind = _furniture_by_regex(text)
        else:
            lows[i] = low
            kind = line_furniture(text, low)
        if kind is not None:
            kinds[i] = furniture[i] = kind
        elif (
            length <= 120
            and (">" in text or "»" in text or "›" in text or "/" in text or "|" in text)
            and is_breadcrumb(text)
        ):
            furniture[i] = "navigation"
    return lows, kinds, furniture


def _whole_kind(text: str) -> str | None:
    if _SHARE.regex.fullmatch(text):
        return "share"
    if _AD.regex.fullmatch(text):
        return "ad"
    if _PAYWALL.regex.fullmatch(text):
        return "paywall"
    if _NAVIGATION.regex.fullmatch(text):
        return "navigation"
    return None


def _furniture_by_regex(text: str) -> str | None:
    """``line_furniture`` of a line the quick tests cannot read (see ``folded``): every regex."""
    whole = _whole_kind(text)
    if whole is not None:
        return whole
    if (
        _weather_or_domain(text)
        or _FOLLOW.fullmatch(text)
        or _GALLERY.fullmatch(text)
        or _SPEED.fullmatch(text)
    ):
        return "navigation"
    if _TAGS.match(text) or _TAG_LABEL.fullmatch(text):
        return "tags"
    if _FOOTER.match(text):
        return "footer"
    if _FOOTER_ANYWHERE.search(text):
        return "footer"
    if len(text) <= 60 and _LIMIT.search(text):
        return "comment_widget"
    return None


_CRUMB_CHAR = re.compile("[>»›/|]")
# A separator, then a digit (dates, times, fractions, "GMT+7 | 20/11"): the part after it opens
# with the digit, which is not a capital, so the line is no breadcrumb.
_SEPARATOR_DIGIT = re.compile(r"[>»›/|]\s*\d")


def _crumb_parts(text: str) -> list[str]:
    r"""The parts of a line between separators, less the spaces next to the separators: what
    ``re.split(r"\s*(?:>|»|›|/|\|)\s*", text)`` gives, without a regex that tries every
    position (this one opens with a character class)."""
    parts = _CRUMB_CHAR.split(text)
    last = len(parts) - 1
    if last == 0:
        return parts
    return [parts[0].rstrip(), *(p.strip() for p in parts[1:last]), parts[last].lstrip()]


def is_breadcrumb(text: str) -> bool:
    """``Trang chủ > Thời sự > Chính trị``, ``Thời sự | Thế giới | Kinh doanh``.

    >>> is_breadcrumb("Trang chủ > Thời sự"), is_breadcrumb("Xã hội / Giáo dục")
    (True, True)
    >>> is_breadcrumb("Tỉnh ủy họp bàn: đại hội / nhân sự")
    False
    """
    if len(text) > 120 or text.endswith((".", "?", "!", ":")):
        return False
    if not (">" in text or "»" in text or "›" in text or "/" in text or "|" in text):
        return False  # no separator
    if _SEPARATOR_DIGIT.search(text) is not None:
        return False  # (the most common way to fail, found before any splitting)
    parts = _crumb_parts(text)
    if len(parts) < 2 or any(not p for p in parts):
        return False
    if "|" in text and len(parts) < 3 and not text.lower().startswith("trang chủ"):
        return False
    # Capitals first: most lines with a separator (dates, licence numbers) fail on them, before
    # any word is counted. (The same test as ``all(not has_words(p, 5) and p[0].isupper())``.)
    return all(p[0].isupper() for p in parts) and not any(has_words(p, 5) for p in parts)


_ALT = re.compile(r"\bh[iì]nh [aả]nh \d{1,2}$", re.IGNORECASE)


def is_widget_tabs(text: str) -> bool:
    """The sorting tabs of a comment box printed on one line: ``Nổi bật Mới nhất``,
    ``Mới nhất | Cũ nhất``.

    >>> is_widget_tabs("Nổi bật Mới nhất"), is_widget_tabs("Mới nhất")
    (True, False)
    """
    return len(text) <= 60 and _WIDGET_TABS.fullmatch(text) is not None


def is_tag_label(text: str) -> bool:
    """A tag label on a line of its own, the tags under it: ``Tags:``, ``Từ khóa``, ``Chủ đề:``.

    >>> [is_tag_label(s) for s in ("Tags:", "Từ khóa", "Chủ đề", "Tags: a")]
    [True, True, False, False]
    """
    return len(text) <= 20 and _TAG_LABEL.fullmatch(text) is not None


def is_alt_text(text: str) -> bool:
    """Image alt text a crawler kept: ``Thu tuong phat bieu hinh anh 1``."""
    return text[-1:].isdigit() and _ALT.search(text) is not None


def is_comment_action(text: str) -> bool:
    """``Trả lời``, ``Thích``, ``Báo vi phạm`` under a reader's comment."""
    return len(text) <= 30 and _COMMENT_ACTIONS.fullmatch(text, folded(text))


_SUFFIX = re.compile(
    r"^(?P<title>.{8,}?)\s*(?P<suffix>[-|–—:]\s*(?:"
    + alternation(SITE_SUFFIXES)
    + r"|[\w-]+\.(?:vn|com|net)(?:\.vn)?))$",
    re.IGNORECASE,
)
#: How a line with such a suffix ends, in lower case: a site name or a domain.
_SUFFIX_ENDS: Final = (*SITE_SUFFIXES, ".vn", ".com", ".net")


def split_site_suffix(title: str) -> tuple[str, str] | None:
    """``(headline, suffix)`` when a headline ends with a site name an HTML title adds.

    >>> split_site_suffix("Giá xăng tăng mạnh - Tuổi Trẻ Online")
    ('Giá xăng tăng mạnh', '- Tuổi Trẻ Online')
    >>> split_site_suffix("Hà Nội - Hải Phòng") is None
    True
    """
    # A quick test first: the line must end (``$`` also matches before a final line break) with
    # a site name or a domain.
    low = folded(title[:-1] if title.endswith("\n") else title)
    if low is not None and not low.endswith(_SUFFIX_ENDS):
        return None
    m = _SUFFIX.match(title)
    if m is None:
        return None
    return m["title"].rstrip(), m["suffix"]


# A related-article link with its label on the same line: "Xem thêm: Giá vàng hôm nay tăng mạnh",
# ">> Đọc thêm: …", "Tin liên quan: …".
_RELATED_LABEL = re.compile(
    r"(?P<label>(?:>>?\s*)?(?:" + alternation(RELATED_HEADER) + r")\s*:)\s*(?P<title>\S.*)",
    re.IGNORECASE,
)


#: What such a line can open with: ">" or the first letter of a related header, in either case
#: (none of these letters has another character that matches it case-insensitively; a test
#: checks every code point).
RELATED_LABEL_STARTS: Final = frozenset(
    {">"} | {c for p in RELATED_HEADER for c in (p[0], p[0].upper())}
)


def split_related_label(text: str) -> tuple[str, str] | None:
    """``(label, headline)`` of a related-article link printed after its label.

    >>> split_related_label("Xem thêm: Điểm chuẩn đại học 2026 tăng mạnh")
    ('Xem thêm:', 'Điểm chuẩn đại học 2026 tăng mạnh')
    >>> split_related_label("Tin liên quan: cơ quan chức năng đang điều tra vụ việc.") is None
    True
    """
    if ":" not in text or text[:1] not in RELATED_LABEL_STARTS:  # (quick tests first)
        return None
    m = _RELATED_LABEL.fullmatch(text)
    if m is None or not is_headline(m["title"]):
        return None
    return m["label"], m["title"]


# --- credits ---------------------------------------------------------------------------------


class Credit:
    """A credit of another outlet: ``Theo TTXVN`` → code ``TTXVN``."""

    __slots__ = ("code", "name")

    def __init__(self, code: str, name: str | None) -> None:
        self.code = code
        self.name = name


_CREDIT = re.compile(
    rf"^[(\[]?\s*(?:{'|'.join(CREDIT_WORDS)})\s*:?\s+(?P<who>[^()\[\]]{{2,60}}?)\s*[)\]]?\s*\.?$",
    re.IGNORECASE,
)


#: What a credit names that is no outlet ("Báo cáo …", not "Báo Giáo dục …").
_NOT_OUTLET = re.compile(rf"(?:{alternation(NOT_OUTLETS)})(?!\w)", re.IGNORECASE)
#: A year or a number with a slash ("2026", "III/2026", "18/NQ-TW"): what an outlet's name lacks.
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\d/|/\d")

_TRAILING_CREDIT = re.compile(
    rf"^(?P<names>.+?)\s*(?P<credit>[(\[]\s*(?:{'|'.join(CREDIT_WORDS)})\s*:?\s+[^()\[\]]{{2,60}}[)\]])$",
    re.IGNORECASE,
)


def split_byline_credit(text: str) -> tuple[str, str] | None:
    """``(names, credit)`` of a byline with a credit after it: ``Vũ Hoàng (Theo Reuters)``."""
    if not text.endswith((")", "]", ")\n", "]\n")):
        return None  # the credit closes the line (``$`` also matches before a final line break)
    m = _TRAILING_CREDIT.match(text)
    if m is None or (byline_names(m["names"]) is None and split_byline_outlet(m["names"]) is None):
        return None
    return m["names"], m["credit"]


_DIGIT = re.compile(r"\d")
#: What stands between a date and the byline printed after it.
_DATE_NAME_SEPARATORS: Final = (" | ", " - ", " – ", " · ")


def split_date_and_name(text: str) -> tuple[str, str] | None:
    """``(date part, byline part)`` of a line that may be a date followed by its byline, split at
    its last separator; whether the parts are a date and names is for the caller to read.

    >>> split_date_and_name("Thứ bảy, 21/11/2026 09:15 | Tác giả: Minh Anh")
    ('Thứ bảy, 21/11/2026 09:15', 'Tác giả: Minh Anh')
    """
    for sep in _DATE_NAME_SEPARATORS:
        if sep in text:
            left, _, right = text.rpartition(sep)
            left, right = left.strip(), right.strip()
            # (A date line ends with a digit, or a zone or bracket a few characters after one.)
            if left and right and len(right) <= 60 and _DIGIT.search(left, len(left) - 12):
                return left, right
    return None


# A byline with the author's address: "Minh Anh (minhanh@nld.com.vn)", "Thu Hà - thuha@vov.vn".
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_NAMES_AND_EMAIL = re.compile(
    rf"(?P<names>[^@()\[\]]*[^@()\[\]\s,–-])\s*(?P<email>[(\[]\s*{_EMAIL}\s*[)\]]|[-–,]\s*{_EMAIL})"
)


def split_byline_email(text: str) -> tuple[str, str, list[str]] | None:
    """``(names, address part, people)`` of a byline followed by the author's e-mail address.

    >>> split_byline_email("Minh Anh (minhanh@nld.com.vn)")
    ('Minh Anh', '(minhanh@nld.com.vn)', ['Minh Anh'])
    >>> split_byline_email("Liên hệ: toasoan@nld.com.vn") is None
    True
    """
    if "@" not in text or len(text) > 100:
        return None
    m = _NAMES_AND_EMAIL.fullmatch(text)
    if m is None:
        return None
    names = byline_names(m["names"])
    if names is None or names[0] is not None:
        return None
    return m["names"], m["email"], names[1]


# A byline with its outlet after a slash: "Minh Anh/VOV.VN", "Thu Hà/TTXVN", "Hoàng Anh/Báo Tin
# tức". The outlet is a code in capitals, a known outlet, or a name that says it is one.
_OUTLET_AFTER_SLASH = re.compile(
    r"(?P<names>[^/]*[^/\s])\s*(?P<outlet>/\s*(?P<who>[A-ZĐ][\w.+-]*(?: [\w.+-]+){0,3}))"
)
_OUTLET_WORDS: Final = ("Báo ", "Tạp chí ", "Đài ", "Truyền hình ")


def split_byline_outlet(text: str) -> tuple[str, str, Credit] | None:
    """``(names, "/outlet", credit)`` of a byline with its outlet after a slash.

    >>> names, cut, credit = split_byline_outlet("Minh Anh/VOV.VN"); names, cut, credit.code
    ('Minh Anh', '/VOV.VN', 'VOV.VN')
    >>> split_byline_outlet("Thời sự/Chính trị") is None
    True
    """
    if "/" not in text or len(text) > 80:
        return None
    m = _OUTLET_AFTER_SLASH.fullmatch(text)
    if m is None:
        return None
    who = m["who"]
    if who.upper() != who and outlet_name(who) is None and not who.startswith(_OUTLET_WORDS):
        return None
    if byline_names(m["names"]) is None:
        return None
    return m["names"], m["outlet"], Credit(who, outlet_name(who))


def credit_of(text: str) -> Credit | None:
    """The outlet a credit line names: ``Theo TTXVN``, ``(Theo Báo X)``, ``Nguồn: VnExpress``.

    >>> c = credit_of("Theo TTXVN"); c.code, c.name
    ('TTXVN', 'Thông tấn xã Việt Nam')
    >>> credit_of("Theo báo cáo của Sở, tỉnh có 20 dự án đang triển khai.") is None
    True
    """
    m = _CREDIT.match(text)
    if m is None:
        return None
    who = m["who"].strip()
    if has_words(who, 7) or not who[0].isupper():
        return None
    name = outlet_name(who)
    # "Nguồn: Báo cáo tài chính quý III/2026": a dated document or a report is no outlet.
    if name is None and (_DATED.search(who) or _NOT_OUTLET.match(who)):
        return None
    return Credit(who, name)


_BYLINE_CREDIT = re.compile(
    rf"^(?P<credit>(?:{alternation(BYLINE_CREDITS)})\s*:)\s*(?P<names>.+)$", re.IGNORECASE
)
_NAME_SPLIT = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+và\s+|\s*&\s*|\s*;\s*")
# Academic and professional titles before a name: "TS.", "PGS.TS", "ThS.", "LS", "BS.".
_TITLES = re.compile(r"^(?:(?:GS|PGS|TS|ThS|CN|KS|BS|LS|NB|NSƯT|NSND|Đại tá|Thượng tá)\.?\s*)+")


def _is_person(text: str) -> bool:
    rest = _TITLES.sub("", text).strip()
    return bool(rest) and is_name(rest)


def labelled_byline_names(text: str) -> tuple[str | None, list[str]] | None:
    """``byline_names(text)`` of a byline that opens with credit words and a colon, else None.

    >>> labelled_byline_names("Tác giả: Lê Minh"), labelled_byline_names("Lê Minh")
    (('Tác giả:', ['Lê Minh']), None)
    """
    if ":" not in text or len(text) > 80 or _BYLINE_CREDIT.match(text) is None:
        return None
    return byline_names(text)


def byline_names(text: str) -> tuple[str | None, list[str]] | None:
    """``(credit words, names)`` of a byline line, or None when it is not one.

    >>> byline_names("Minh Hà - Thu Trang")
    (None, ['Minh Hà', 'Thu Trang'])
    >>> byline_names("Bài và ảnh: Minh Hà")
    ('Bài và ảnh:', ['Minh Hà'])
    >>> byline_names("Nhóm phóng viên")
    (None, ['Nhóm phóng viên'])
    >>> byline_names("Toàn cảnh hội nghị") is None
    True
    """
    if len(text) > 80:
        return None
    credit = None
    names_part = text
    m = _BYLINE_CREDIT.match(text) if ":" in text else None  # credit words end with a colon
    if m is not None:
        credit, names_part = m["credit"], m["names"]
    elif text.lower() in ("nhóm phóng viên", "nhóm pv", "phóng viên"):
        return None, [text]
    if _is_person(names_part):
        names = [n for n in _NAME_SPLIT.split(names_part) if n]
        if len(names) > 1 and all(_is_person(n) for n in names):
            return credit, names
        return credit, [names_part]
    return None


#: Longest name before a glued date, and what may stand between it and the date.
_MAX_NAME: Final = 60
_GAP: Final = WHITESPACE + ",|–-"
_NAME_THEN_DATE = re.compile(
    rf"^(?P<name>\D{{3,{_MAX_NAME}}}?)\s*[,|–-]?\s+"
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\D.*)?)$"
)
# Nothing before the date holds a digit, so the date starts at the line's first digit, after a
# space: a quick test of that spot rules out most lines before the regex above runs.
_DIGIT = re.compile(r"\d")
_DATE_AT = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)")


def split_name_and_date(text: str) -> tuple[str, str] | None:
    """``(name, date)`` of a byline glued to a date: ``TS. LS Đoàn Văn Bình 19/06/2024 15:17``."""
    # Only spaces and separators stand between the name and the date, so the date starts by the
    # first character after the longest name that is neither: the search stops there.
    size = len(text)
    by = size if size <= _MAX_NAME else size - len(text[_MAX_NAME:].lstrip(_GAP)) + 1
    first = _DIGIT.search(text, 0, by)
    at = -1 if first is None else first.start()
    # at least three characters of name and a space before the date, and a date there
    if at < 4 or not text[at - 1].isspace() or _DATE_AT.match(text, at) is None:
        return None
    m = _NAME_THEN_DATE.match(text)
    if m is None or not _is_person(m["name"]):
        return None
    return m["name"], m["date"]
