"""Shape tests on one normalised line: prose, headline, person name, caption, agency code.

Each test looks at the line alone; where a line sits in the page is ``classify``'s business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .outlets import OUTLETS
from .phrases import COMMENT_WIDGET, COMMENT_WIDGET_WEAK, RELATED_HEADER

__all__ = [
    "agency_code",
    "alternation",
    "ends_with_ellipsis",
    "has_photo_credit",
    "has_words",
    "is_caption_shape",
    "is_comment_widget",
    "is_headline",
    "is_name",
    "is_prose",
    "is_related_header",
    "line_flags",
    "outlet_name",
    "widget_level",
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

_SENTENCE_BREAK = re.compile(r"[.!?…][\"”»’)]*\s+[\"“«(]?[A-ZĐÀ-Ỹ]")
#: Sentence-final stops, and what may follow the last one (quotes, brackets).
_CLOSERS: Final = "\"”»’')]"
_STOPS: Final = (".", "…", ":", ";")

# --- quick phrase tests ------------------------------------------------------------------------
#
# The phrase regexes are case-insensitive alternations of dozens of phrases, and the engine tries
# each alternative in turn. A quick test on the lower-case line rules most lines out first: a
# line that matches is a phrase (each of its characters matching one of the phrase's) followed by
# what the regex allows after it (spaces, punctuation, a count), so the line in lower case, less
# those trailing characters, is the phrase so shortened. That rests on ``str.lower`` mapping every
# character the regex takes for a lower-case letter of the phrase tables onto that very letter,
# which holds for all of Unicode but three characters (dotted capital I and dotless i match "i",
# long s matches "s"; checked by matching each letter against every code point): a line holding
# one of them goes straight to the regex. A line that passes the quick test still goes to the
# regex, which alone decides.

#: Every character ``str.isspace`` accepts: what ``\s`` matches in a ``str`` regex.
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def folded(text: str) -> str | None:
    """``text.lower()`` for the quick phrase tests, or None when only the regex can tell.

    >>> folded("Bình Luận"), folded("L\u0131NK"), folded("\u0130N")
    ('bình luận', None, None)
    """
    low = text.lower()
    # What the three characters leave in lower case: ı, ſ, and the combining dot above of İ's
    # "i̇" (a line with that dot for another reason just takes the slower way).
    if "\u0131" in low or "\u017f" in low or "\u0307" in low:
        return None
    return low


class PhraseRegex:
    """A case-insensitive regex of whole-line phrases with its quick test.

    ``trail`` holds the characters the regex lets follow a phrase; ``digits`` says whether those
    include ``\\d``, which matches digits of any script, not only the ASCII ones in ``trail``.
    """

    __slots__ = ("digits", "keys", "regex", "trail")

    def __init__(
        self, regex: re.Pattern[str], phrases: tuple[str, ...], trail: str, *, digits: bool
    ) -> None:
        self.regex = regex
        self.trail = trail
        self.digits = digits
        self.keys = frozenset(p.rstrip(trail) for p in phrases)

    def may_match(self, low: str | None) -> bool:
        """False when the quick test rules the line out; ``low`` is ``folded(text)``."""
        if low is None:
            return True
        key = low.rstrip(self.trail)
        return key in self.keys or (self.digits and key[-1:].isdecimal())

    def fullmatch(self, text: str, low: str | None) -> bool:
        """``regex.fullmatch(text)``; ``low`` is ``folded(text)``."""
        return self.may_match(low) and self.regex.fullmatch(text) is not None


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first (so that the longest one that fits
    is the one a match takes)."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def _phrase_re(phrases: tuple[str, ...]) -> PhraseRegex:
    regex = re.compile(
        rf"(?:{alternation(phrases)})\s*(?:\(\s*\d+\s*\)|\d+)?\s*[:.*]?\s*[>»›]*", re.IGNORECASE
    )  # (arrows after a header: "Xem thêm >>", "Tin liên quan »")
    return PhraseRegex(regex, phrases, WHITESPACE + "():.*0123456789>»›", digits=True)


_WIDGET = _phrase_re(COMMENT_WIDGET)
_COUNT = re.compile(r"\(\s*\d+\s*\)")
_WIDGET_WEAK = _phrase_re(COMMENT_WIDGET + COMMENT_WIDGET_WEAK)
_RELATED = _phrase_re(RELATED_HEADER)

# At the start of a lead: an upper-case code and a dash ("LSO-", "ĐTO - ", "VTV.vn - "), or a
# bracketed name with or without a dash ("(PLO)-", "(Dân trí) -", "[VOV2] - ", "(TTXVN) ").
_CODE = re.compile(
    r"(?:(?P<code>[A-ZĐ][A-ZĐ0-9&]{1,7}(?:\.(?:vn|VN|com|net))?)\s*[-–—]\s*"
    r"|[(\[](?P<bcode>[A-ZĐ][\w.]*(?: [\w.]+){0,2})[)\]]\s*(?:[-–—]\s*)?"
    # A site's name in title case, "Kinhtedothi - ": a code only when it names a known outlet.
    r"|(?P<tcode>[A-Z][A-Za-z]{2,15}(?:\.(?:vn|com|net))?)\s+[-–—]\s+)"
    r"(?=[^\W\d_]|[\"“(])"
)


def is_comment_widget(text: str, *, in_widget: bool = False) -> bool:
    """'Bình luận', 'Viết bình luận', 'Gửi bình luận của bạn', 'Bình luận (0)'…

    With ``in_widget`` (a line already inside a comment box) also 'Email', 'Gửi', 'Họ tên'…
    """
    return len(text) <= 60 and comment_widget(text, folded(text), in_widget=in_widget)


def comment_widget(text: str, low: str | None, *, in_widget: bool = False) -> bool:
    """``is_comment_widget`` of a line of at most 60 characters; ``low`` is ``folded(text)``."""
    if not _WIDGET_WEAK.fullmatch(text, low):  # the weak phrases include the others
        return False
    if _WIDGET.regex.fullmatch(text) is not None:
        return True
    # "Ý kiến (2)": a count makes even a weak word a comment box.
    return in_widget or _COUNT.search(text) is not None


def widget_level(text: str, low: str | None) -> int:
    """2 when ``is_comment_widget(text)``, 1 when only ``is_comment_widget(text,
    in_widget=True)``, else 0; ``low`` is ``folded(text)``."""
    # ``comment_widget`` is the weak regex and (the strong one, a count or ``in_widget``).
    if len(text) > 60 or not _WIDGET_WEAK.fullmatch(text, low):
        return 0
    return 2 if _WIDGET.regex.fullmatch(text) is not None or _COUNT.search(text) else 1


def line_flags(
    texts: list[str], lows: list[str | None]
) -> tuple[list[bool], list[int], list[bool]]:
    """For each line: ``ends_with_ellipsis``, ``widget_level`` and ``related_header``; ``lows``
    holds ``folded(text)`` of every line of at most 60 characters.

    One loop, with the quick tests of the two phrase regexes written out (they strip the same
    trail and both allow digits): a line that fails them gets 0 and False without a call.
    """
    size = len(texts)
    ellipsis = [False] * size
    widget = [0] * size
    related = [False] * size
    trail, weak, headers = _WIDGET_WEAK.trail, _WIDGET_WEAK.keys, _RELATED.keys
    for i, text in enumerate(texts):
        last = text[-1:]  # as in ``ends_with_ellipsis``
        if last == ".":
            ellipsis[i] = text.endswith("...")
        elif last == "…":
            ellipsis[i] = True
        elif last in _ELLIPSIS_CLOSERS:
            ellipsis[i] = text.rstrip(_ELLIPSIS_CLOSERS).endswith(("...", "…"))
        length = len(text)
        if length > 60:
            continue
        low = lows[i]
        if low is None:
            widget[i] = widget_level(text, low)
            related[i] = related_header(text, low)
            continue
        key = low.rstrip(trail)
        count = key[-1:].isdecimal()
        if count or key in weak:
            widget[i] = widget_level(text, low)
        if length <= 40 and (count or key in headers):
            related[i] = related_header(text, low)
    return ellipsis, widget, related


def is_related_header(text: str) -> bool:
    """'Tin liên quan', 'Tin cùng chuyên mục', 'Đọc thêm'…"""
    return len(text) <= 40 and _RELATED.fullmatch(text, folded(text))


def related_header(text: str, low: str | None) -> bool:
    """``is_related_header`` given ``low``, ``folded(text)``."""
    return len(text) <= 40 and _RELATED.fullmatch(text, low)


def has_words(text: str, count: int) -> bool:
    """At least ``count`` words: ``len(text.split()) >= count`` without splitting them all.

    >>> has_words("Tin mới nhất", 3), has_words("Tin mới", 3)
    (True, False)
    """
    return len(text.split(None, count - 1)) >= count


_ELLIPSIS_CLOSERS: Final = '"”»’)'


def ends_with_ellipsis(text: str) -> bool:
    """``text.rstrip('"”»’)').endswith(("...", "…"))``: a line that does not end with one of
    those closers strips nothing, so it must end with "..." or "…" itself."""
    last = text[-1:]
    if last == ".":
        return text.endswith("...")
    if last == "…":
        return True
    return last in _ELLIPSIS_CLOSERS and text.rstrip(_ELLIPSIS_CLOSERS).endswith(("...", "…"))


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
    if code is None:  # a word in title case: only the name of a known outlet is a code
        code = m["tcode"]
        name = outlet_name(code)
        return None if name is None else (code, name, m.end())
    return code, outlet_name(code), m.end()


def outlet_name(code: str) -> str | None:
    """The outlet a code or name stands for, any case, with or without its domain ending.

    >>> outlet_name("VOV.VN"), outlet_name("Kinhtedothi"), outlet_name("XYZ")
    ('Đài Tiếng nói Việt Nam', 'Báo Kinh tế & Đô thị', None)
    """
    upper = code.upper()
    name = OUTLETS.get(upper)
    if name is None and upper.endswith((".VN", ".COM", ".NET")):
        name = OUTLETS.get(upper.rsplit(".", 1)[0])
    return name


def is_prose(text: str) -> bool:
    """A paragraph of running text rather than a headline, caption or label."""
    if len(text) >= PROSE_LEN:
        return True
    if len(text) >= 60 and _ends_sentence(text):
        return True
    if len(text) >= 120 and _SENTENCE_BREAK.search(text):
        return True
    return len(text) >= 60 and agency_code(text) is not None


def _ends_sentence(text: str) -> bool:
    """One of ``. … : ;`` then only quotes and closing brackets, at the end of the text or before
    a final line break (where a regex ``$`` matches too), found without a regex search."""
    if text.rstrip(_CLOSERS).endswith(_STOPS):
        return True
    return text.endswith("\n") and text[:-1].rstrip(_CLOSERS).endswith(_STOPS)


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
        and has_words(text, 2)
    )


_NAME_SEPARATORS = re.compile(r"\s*(?:[-–,&/]|\bvà\b)\s*")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){1,3}[A-ZĐ]?\.?|[A-ZĐ]\.?[A-ZĐ]")


def is_name(text: str) -> bool:
    """A byline: 'ANH DŨNG', 'P.L', 'T.H', 'Đinh Đông', 'Minh Hà - Thu Trang'.

    >>> [is_name(s) for s in ("ANH DŨNG", "P.L", "Lê Thảo", "Toàn cảnh hội nghị", "Hà Nội.")]
    [True, True, True, False, False]
    """
    if len(text) > 60:
        return False
    # A quick reject before the split. A whitespace token's first character, unless it is a
    # separator or the "v" of "và", is the first character of a word; a word that does not open
    # with a capital fails the test below (initials open with one too), so the line is no name.
    for token in text.split():
        first = token[0]
        if not first.isupper() and first not in "-–,&/" and not token.startswith("và"):
            return False
    # (No digit test either: a digit is in a word, which it makes neither letters nor initials.)
    if not (
        "-" in text or "–" in text or "," in text or "&" in text or "/" in text or "và" in text
    ):  # no separator: one part, no need to split
        parts = [text]
    else:
        parts = [p for p in _NAME_SEPARATORS.split(text) if p]
    words = [w for p in parts for w in p.split()]
    if not words or len(words) > MAX_NAME_WORDS * max(1, len(parts)):
        return False
    all_caps = text.upper() == text
    for word in words:
        if (
            word.isalpha()
            and len(word) <= MAX_SYLLABLE
            and word[0].isupper()
            and (all_caps or word[1:].islower())
        ):
            continue
        if _INITIALS.fullmatch(word) is None:
            return False
    return all_caps or len(words) >= 2


#: A photo credit closing a line: "… trên phố Hàng Bài - Ảnh: Độc Lập", "… Ảnh: Reuters.",
#: "(Ảnh: TTXVN)", "Ảnh minh họa".
_PHOTO_CREDIT = re.compile(
    # The credit: up to six words (the first must open with a capital or a digit).
    r"(?:^|[\s.,;(\[–—-])\(?\s*(?:ảnh|nguồn ảnh|photo)\s*:\s*"
    r"(?P<who>[^\s.:;!?()\[\]]+(?:\s+[^\s.:;!?()\[\]]+){0,5})\s*[)\]]?\s*\.?$"
    r"|(?:^|[\s.(\[–—-])\(?ảnh minh (?:họa|hoạ)\)?\.?$",
    re.IGNORECASE,
)
#: The longest "(ảnh minh họa" or " (nguồn ảnh" with the character before it, give or take.
_PHOTO_WORD_SPAN: Final = 16


def has_photo_credit(text: str) -> bool:
    """A line of caption length that ends with a photo credit: a caption, even with a full stop.

    >>> has_photo_credit("Tàu khu trục của Lực lượng Phòng vệ Biển Nhật Bản. Ảnh: Reuters.")
    True
    >>> has_photo_credit("Ông cho biết ảnh: không có gì để nói thêm về vụ việc này, thế thôi.")
    False
    """
    if len(text) > MAX_CAPTION_LEN:
        return False
    # The regex runs only from just before where a match can start: a credit's colon is the
    # last of the line (the credit has none), right after "ảnh" or "photo"; "Ảnh minh họa" ends
    # the line.
    start: int | None = None
    colon = text.rfind(":")
    if colon >= 0:
        head = text[:colon].rstrip()
        if head[-5:].lower().endswith(("ảnh", "photo")):
            start = len(head) - _PHOTO_WORD_SPAN  # (the search goes on to the end from there)
    if (
        start is None
        and text.rstrip(".)")[-1:] in "aAạẠ"
        and (
            "minh" in (tail := text[-_PHOTO_WORD_SPAN:].lower()) or "ı" in tail or "\u0307" in tail
        )
    ):  # (the regex ignores case: "ı" and "İ", whose lower case is "i̇", match its "i" too)
        start = len(text) - _PHOTO_WORD_SPAN - 2
    if start is None:
        return False
    m = _PHOTO_CREDIT.search(text, max(0, start))
    return m is not None and (m["who"] is None or m["who"][0].isupper() or m["who"][0].isdigit())


_BULLET = re.compile(r"[-–—•+*·]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s")


def is_caption_shape(text: str) -> bool:
    """A short stand-alone line with no sentence-final punctuation: a photo caption.

    List items ("- Tăng cường…", "1. Rà soát…") are not captions.
    """
    return (
        len(text) <= MAX_CAPTION_LEN
        and not text.endswith(("?", "!"))
        and not _ends_sentence(text)
        and _first_letter_upper(text)
        and _BULLET.match(text) is None
        and has_words(text, 2)
    )
