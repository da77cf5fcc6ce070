"""Shape tests on one normalised line: prose, headline, person name, caption, agency code.

Each test looks at the line alone; where a line sits in the page is ``classify``'s business.
"""

from __future__ import annotations

import re
from typing import Final

from .outlets import OUTLETS
from .phrases import COMMENT_WIDGET, COMMENT_WIDGET_WEAK, RELATED_HEADER

__all__ = [
    "agency_code",
    "ends_with_ellipsis",
    "is_caption_shape",
    "is_comment_widget",
    "is_headline",
    "is_name",
    "is_prose",
    "is_related_header",
]

#: Longest caption docnorm accepts as a stand-alone photo caption.
MAX_CAPTION_LEN: Final = 200
#: Longest line that can be a headline.
MAX_HEADLINE_LEN: Final = 300
#: A line at least this long is prose whatever its punctuation.
PROSE_LEN: Final = 250
#: Names: syllables are short; a byline has few of them.
MAX_NAME_WORDS: Final = 6
MAX_SYLLABLE: Final = 7

_SENTENCE_END = re.compile(r"[.…:;][\"”»’')\]]*$|\.\.\.$")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”»’)]*\s+[\"“«(]?[A-ZĐÀ-Ỹ]")


def _phrase_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?:{alts})\s*(?:\(\s*\d+\s*\)|\d+)?\s*[:.*]?", re.IGNORECASE)


_WIDGET = _phrase_re(COMMENT_WIDGET)
_COUNT = re.compile(r"\(\s*\d+\s*\)")
_WIDGET_WEAK = _phrase_re(COMMENT_WIDGET + COMMENT_WIDGET_WEAK)
_RELATED = _phrase_re(RELATED_HEADER)

# At the start of a lead: an upper-case code and a dash ("LSO-", "ĐTO - ", "VTV.vn - "), or a
# bracketed name with or without a dash ("(PLO)-", "(Dân trí) -", "[VOV2] - ", "(TTXVN) ").
_CODE = re.compile(
    r"(?:(?P<code>[A-ZĐ][A-ZĐ0-9]{1,7}(?:\.(?:vn|VN|com|net))?)\s*[-–—]\s*"
    r"|[(\[](?P<bcode>[A-ZĐ][\w.]*(?: [\w.]+){0,2})[)\]]\s*(?:[-–—]\s*)?)"
    r"(?=[^\W\d_]|[\"“(])"
)


def is_comment_widget(text: str, *, in_widget: bool = False) -> bool:
    """'Bình luận', 'Viết bình luận', 'Gửi bình luận của bạn', 'Bình luận (0)'…

    With ``in_widget`` (a line already inside a comment box) also 'Email', 'Gửi', 'Họ tên'…
    """
    if len(text) > 60:
        return False
    if _WIDGET.fullmatch(text) is not None:
        return True
    weak = _WIDGET_WEAK.fullmatch(text)
    # "Ý kiến (2)": a count makes even a weak word a comment box.
    return weak is not None and (in_widget or _COUNT.search(text) is not None)


def is_related_header(text: str) -> bool:
    """'Tin liên quan', 'Tin cùng chuyên mục', 'Đọc thêm'…"""
    return len(text) <= 40 and _RELATED.fullmatch(text) is not None


def ends_with_ellipsis(text: str) -> bool:
    return text.rstrip('"”»’)').endswith(("...", "…"))


def agency_code(text: str) -> tuple[str, str | None, int] | None:
    """``(code, outlet name or None, length of the prefix)`` when a lead opens with a code.

    >>> agency_code("LSO-Sáng nay (22/5), Đoàn")
    ('LSO', 'Báo Lạng Sơn', 4)
    >>> agency_code("COVID-19 lan rộng") is None
    True
    """
    m = _CODE.match(text)
    if m is None:
        return None
    code = m["code"] or m["bcode"]
    return code, OUTLETS.get(code.upper()), m.end()


def is_prose(text: str) -> bool:
    """A paragraph of running text rather than a headline, caption or label."""
    if len(text) >= PROSE_LEN:
        return True
    if len(text) >= 60 and _SENTENCE_END.search(text):
        return True
    if len(text) >= 120 and _SENTENCE_BREAK.search(text):
        return True
    return agency_code(text) is not None and len(text) >= 60


def _first_letter_upper(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
    return False


def is_headline(text: str) -> bool:
    """A line shaped like a headline: not prose, not too long, opening with a capital."""
    return (
        4 <= len(text) <= MAX_HEADLINE_LEN
        and not is_prose(text)
        and not ends_with_ellipsis(text)
        and _first_letter_upper(text)
        and len(text.split()) >= 2
    )


_NAME_SEPARATORS = re.compile(r"\s*(?:[-–,&/]|\bvà\b)\s*")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){1,3}[A-ZĐ]?\.?|[A-ZĐ]\.?[A-ZĐ]")


def is_name(text: str) -> bool:
    """A byline: 'ANH DŨNG', 'P.L', 'T.H', 'Đinh Đông', 'Minh Hà - Thu Trang'.

    >>> [is_name(s) for s in ("ANH DŨNG", "P.L", "Lê Thảo", "Toàn cảnh hội nghị", "Hà Nội.")]
    [True, True, True, False, False]
    """
    if len(text) > 60 or any(c.isdigit() for c in text):
        return False
    parts = [p for p in _NAME_SEPARATORS.split(text) if p]
    words = [w for p in parts for w in p.split()]
    if not words or len(words) > MAX_NAME_WORDS * max(1, len(parts)):
        return False
    all_caps = text.upper() == text
    for word in words:
        if _INITIALS.fullmatch(word):
            continue
        if not word.isalpha() or len(word) > MAX_SYLLABLE:
            return False
        if not word[0].isupper():
            return False
        if not all_caps and not word[1:].islower():
            return False
    return all_caps or len(words) >= 2


_BULLET = re.compile(r"[-–—•+*·]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s")


def is_caption_shape(text: str) -> bool:
    """A short stand-alone line with no sentence-final punctuation: a photo caption.

    List items ("- Tăng cường…", "1. Rà soát…") are not captions.
    """
    return (
        len(text) <= MAX_CAPTION_LEN
        and _BULLET.match(text) is None
        and len(text.split()) >= 2
        and _SENTENCE_END.search(text) is None
        and not text.endswith(("?", "!"))
        and _first_letter_upper(text)
    )
