"""Repair text that went through the wrong encoding: UTF-8 mojibake, TCVN3, VNI and VIQR.

Every step is ``str -> str`` and costs one regex search on clean text (VIQR adds a substring test
for ``^``). Detection never fires on ordinary Unicode Vietnamese (which has letters beyond
Latin-1: ă, đ, ơ, ư, ạ…) or on English.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from .legacy_tables import TCVN3, VIQR, VIQR_ESCAPE, VIQR_MARKS, VIQR_TONES, VNI, VOWELS

__all__ = [
    "fix_mojibake",
    "from_legacy",
    "from_legacy_scanned",
    "from_viqr",
    "is_viqr",
    "legacy_kind",
    "may_need_repair",
    "vietnamese_score",
]

# --- UTF-8 read as Windows-1252 (or Latin-1) --------------------------------------------------

# Windows-1252's characters for bytes 0x80–0x9F; the five bytes it leaves undefined come
# through as the C1 controls of the same number (as browsers and most crawlers do).
_CP1252_HIGH: Final = {
    ch: byte
    for byte in range(0x80, 0xA0)
    if (ch := bytes([byte]).decode("cp1252", errors="ignore") or chr(byte))
}
_TO_BYTE: Final = {**{chr(b): b for b in range(0x100)}, **_CP1252_HIGH}
_CP1252_CHARS: Final = "".join(re.escape(c) for c in _TO_BYTE)

# UTF-8 lead bytes of Vietnamese letters, as cp1252 shows them, then a continuation byte:
# "Ã¡" (á), "Ä‘" (đ), "Æ°" (ư), "áº£" (ả), "á»©" (ứ).
_CONT: Final = "".join(re.escape(c) for c, b in _TO_BYTE.items() if 0x80 <= b <= 0xBF)
_MOJIBAKE_SIGN = re.compile(rf"[ÃÄÅÆ][{_CONT}]|á[º»][{_CONT}]")
_RUN = re.compile(rf"[{_CP1252_CHARS}]+")
_MOJIBAKE_LEADS: Final = ("Ã", "Ä", "Å", "Æ", "áº", "á»")  # plain substring tests come first


def _repair_run(run: str) -> str:
    if _MOJIBAKE_SIGN.search(run) is None:
        return run
    try:
        return bytes(_TO_BYTE[c] for c in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return run


def fix_mojibake(text: str) -> str:
    """UTF-8 text that was decoded as Windows-1252 gets its letters back.

    >>> fix_mojibake("Thá»© báº£y, 08/08/2020 - Ä\\x90áº£ng bá»™")
    'Thứ bảy, 08/08/2020 - Đảng bộ'
    >>> fix_mojibake("Café, naïve, Ã")
    'Café, naïve, Ã'
    """
    if not any(lead in text for lead in _MOJIBAKE_LEADS) or _MOJIBAKE_SIGN.search(text) is None:
        return text
    return _RUN.sub(lambda m: _repair_run(m[0]), text)


# --- TCVN3 and VNI --------------------------------------------------------------------------

# Latin-1 characters that Unicode Vietnamese never has inside a word (it uses only à á â ã è é ê
# ì í ò ó ô õ ù ú ý of that block): legacy-encoded letters show as these.
_VIET_LATIN1: Final = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
#: The Latin-1 characters Unicode Vietnamese never has inside a word (and the soft hyphen).
ODD_LATIN1: Final = (
    "".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in _VIET_LATIN1) + "\u00ad"
)
_ODD: Final = re.escape(ODD_LATIN1)
# A capital inside a small-letter word ("chuÈn" is TCVN3's chuẩn) is a sign too, and so is "ñ"
# opening a word (VNI's đ: "ñòa" is địa).
_SIGN = re.compile(
    rf"[A-Za-z][{_ODD}]|[{_ODD}][A-Za-z]|[a-z][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ](?=[a-z])|(?<![^\W\d_])[ñÑ]\w"
)
# Letters only Unicode Vietnamese has (beyond Latin-1).
_VIETNAMESE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
# A VNI vowel and its mark byte, in the same case ("oä" ộ, "ôï" ợ, "EÂ" Ê); TCVN3 text rarely has
# a small vowel right before a letter of these (its "tiÕng" pairs a small and a capital).
# Each mark byte only follows the vowels it can sit on: the ă marks (ê é è ú ü ë) only "a", the
# â/ê/ô marks (â á à å ã ä) only "a", "e", "o", the plain tones (ù ø û õ ï) any vowel. "o"
# followed by à, á or ã is left out: Unicode Vietnamese spells hoàn, toàn, khoá that way. "öô" is
# VNI's ươ (thương, người), which TCVN3 would read as the impossible "ửụ".
_VNI_PAIR = re.compile(
    "a[ùøûõïâáàåãäêéèúüë]|e[ùøûõïâáàåãä]|o[ùøûõïâåä]|[uyôö][ùøûõï]|öô"
    "|A[ÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|E[ÙØÛÕÏÂÁÀÅÃÄ]|O[ÙØÛÕÏÂÅÄ]|[UYÔÖ][ÙØÛÕÏ]|ÖÔ"
)
_TCVN3_ONLY = re.compile(
    "[µ¸¶·¹¨»¾¼½©®ª«¬\u00ad×Þß÷þ§¡¢£¤¥¦](?=[A-Za-z])|(?<=[A-Za-z])[µ¸¶·¹¨»¾¼½©®ª«¬\u00ad×Þß÷þ]"
)
_CAPITAL_INSIDE = re.compile("[a-z][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ](?=[a-z])")
_AFTER_CONSONANT = re.compile(rf"(?<=[b-df-hj-np-tv-zđB-DF-HJ-NP-TV-Z])[{_ODD}]")
_ODD_CHAR = re.compile(f"[{_ODD}]")
# An upper bound of the count of _SIGN and _VNI_PAIR together, from one scan of a pattern that
# opens with one character class: the characters a match of either could own, where that match
# could be. A _SIGN match owns its odd Latin-1 character (ñ is one) or its capital, a _VNI_PAIR
# match its mark (it ends there: the lookbehind is _VNI_PAIR itself). Non-overlapping matches
# own different characters, so each character found is owned by at most one match of each
# pattern: signs + pairs <= 2 * found. Ordinary Unicode Vietnamese gives (nearly) none, so the
# exact count is left for legacy text. The first lookbehind drops at once the common case, a
# small Vietnamese letter (à, ê, ô…) after a consonant: it is neither odd nor a capital, and a
# pair has a vowel before its mark.
_SIGN_OR_PAIR_END = re.compile(
    f"[{_ODD}ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝùøûõïâáàåãäêéèúüëôÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜËÔ]"
    f"(?<![^aeouyôöAEOUYÔÖ][ùõâáàãêéèúô])(?:(?<={_VNI_PAIR.pattern})"
    rf"|(?<=[A-Za-z][{_ODD}])|(?<=[{_ODD}])(?=[A-Za-z])"
    r"|(?<=[a-z][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ])(?=[a-z])|(?<=[ñÑ])(?<![^\W\d_][ñÑ])(?=\w))"
)
# Vietnamese is written one syllable a word, each with one group of vowels; in legacy spelling
# the vowels include the Latin-1 characters that stand for marked letters.
_PUNCT: Final = "\"'()[]{}.,;:!?…–—-“”‘’«»/%0123456789"
_ONE_VOWEL_GROUP = re.compile(
    r"[^aeiouyAEIOUY\u00a0-\u00ff]*[aeiouyAEIOUY\u00a0-\u00ff]+[^aeiouyAEIOUY\u00a0-\u00ff]*"
)
#: Share of words that must look like one Vietnamese syllable.
SYLLABLE_SHARE: Final = 0.75
#: A text is legacy-encoded when it shows at least this many signs and more of them than
#: Unicode Vietnamese letters.
MIN_SIGNS: Final = 3

_TCVN3_RE = re.compile("[" + "".join(re.escape(c) for c in TCVN3) + "]")
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(VNI, key=len, reverse=True)))


def may_need_repair(text: str) -> bool:
    """A quick test: could ``fix_mojibake`` or ``from_legacy`` change this text at all?

    >>> may_need_repair("Thứ bảy, 08/08/2020"), may_need_repair("Thá»© báº£y")
    (False, True)
    >>> may_need_repair("Co^ng ho`a"), may_need_repair("x^2 + y^2, C++")
    (True, False)
    """
    return (
        _ODD_CHAR.search(text) is not None
        or any(lead in text for lead in _MOJIBAKE_LEADS)
        or ("^" in text and _VIQR_HAT.search(text) is not None)  # VIQR: â, ê, ô
    )


def legacy_kind(text: str) -> str | None:
    """``"tcvn3"``, ``"vni"``, ``"viqr"`` or None: which legacy encoding the text shows, if any.

    TCVN3 and VNI text must show odd Latin-1 characters inside words, more of them than
    Unicode-only Vietnamese letters. VIQR text must show VIQR words (see ``is_viqr``).

    >>> legacy_kind("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    'tcvn3'
    >>> legacy_kind("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    'vni'
    >>> legacy_kind("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam")
    'viqr'
    >>> legacy_kind("Cộng hòa xã hội chủ nghĩa Việt Nam"), legacy_kind("The naïve café")
    (None, None)
    """
    return _kind(text, None)


def _kind(text: str, odd: bool | None) -> str | None:
    """``legacy_kind(text)``; ``odd`` as in ``_eight_bit_kind``."""
    kind = _eight_bit_kind(text, odd)
    if kind is None and is_viqr(text):
        return "viqr"
    return kind


def from_legacy_scanned(text: str, odd: bool) -> str:
    """``from_legacy(text)`` for a caller that has looked already whether the text holds an
    ``ODD_LATIN1`` character (``odd``): detection skips its own look."""
    kind = _kind(text, odd)
    return text if kind is None else from_legacy(text, kind)


def _at_least(pattern: re.Pattern[str], text: str, count: int) -> bool:
    """``pattern`` matches ``text`` at least ``count`` times (stops looking once it does)."""
    return count <= 0 or any(n >= count for n, _ in enumerate(pattern.finditer(text), start=1))


def _most_signs(text: str) -> int:
    """An upper bound of ``len(_SIGN.findall(text)) + len(_VNI_PAIR.findall(text))``."""
    return 2 * len(_SIGN_OR_PAIR_END.findall(text))


def _eight_bit_kind(text: str, odd: bool | None = None) -> str | None:
    """The 8-bit encoding text shows; ``odd`` is whether it holds an ``ODD_LATIN1`` character,
    when the caller has looked already."""
    if not (_ODD_CHAR.search(text) is not None if odd is None else odd):
        return None  # the common case, one quick pass: nothing a legacy encoding would show
    # A quick upper bound on the signs first (a "©" in Unicode Vietnamese text gets here): a
    # pattern that opens with one character class scans fast, the exact ones do not.
    most = _most_signs(text)
    if most < MIN_SIGNS or _at_least(_VIETNAMESE, text, most):
        return None
    signs = len(_SIGN.findall(text)) + len(_VNI_PAIR.findall(text))
    if signs < MIN_SIGNS or len(_VIETNAMESE.findall(text)) >= signs:
        return None
    words = [w for w in (t.strip(_PUNCT) for t in text.split()) if w and not w.isdigit()]
    if sum(1 for w in words if _ONE_VOWEL_GROUP.fullmatch(w)) < SYLLABLE_SHARE * len(words):
        return None  # not Vietnamese syllables (French, German…): leave it alone
    # The right reading gives real syllables (one tone mark each) and leaves no foreign
    # characters; when both readings do, the spelling decides: VNI writes marks after a vowel,
    # TCVN3 writes whole letters, often after a consonant, and has symbols VNI never uses.
    bad = {kind: _badness(from_legacy(text, kind)) for kind in ("tcvn3", "vni")}
    if bad["tcvn3"] != bad["vni"]:
        return min(bad, key=lambda k: bad[k])
    vni = 2 * len(_VNI_PAIR.findall(text))  # a mark after a vowel is VNI's own spelling
    tcvn3 = (
        len(_TCVN3_ONLY.findall(text))
        + len(_AFTER_CONSONANT.findall(text))
        + len(_CAPITAL_INSIDE.findall(text))
    )
    return "tcvn3" if tcvn3 > vni else "vni"


_TONE_MARKS: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")


def vietnamese_score(text: str) -> int:
    """Unicode Vietnamese letters in the text, less a penalty for impossible syllables."""
    return len(_VIETNAMESE.findall(text)) - 3 * _badness(text)


def _badness(text: str) -> int:
    """How un-Vietnamese a conversion looks: words with two tone marks, foreign characters."""
    twice = sum(
        1
        for word in text.split()
        if sum(c in _TONE_MARKS for c in unicodedata.normalize("NFD", word)) > 1
    )
    return 2 * twice + len(_SIGN.findall(text))


def _tcvn3_line(line: str) -> str:
    out = _TCVN3_RE.sub(lambda m: TCVN3[m[0]], line)
    # Capitals were written with a capital font on the small letters' bytes: a line whose plain
    # letters are all capitals ("CéNG HOµ" in .VnTimeH) is CỘNG HÒA.
    letters = [c for c in line if c.isascii() and c.isalpha()]
    return out.upper() if len(letters) > 1 and all(c.isupper() for c in letters) else out


def from_legacy(text: str, kind: str | None = None) -> str:
    """Text in TCVN3 or VNI (shown as Latin-1 characters) or VIQR in Unicode; other text unchanged.

    >>> from_legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    'Cộng hoà xã hội chủ nghĩa Việt Nam'
    >>> from_legacy("Vieät Nam")
    'Vieät Nam'
    >>> from_legacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    >>> from_legacy("Thu+' ba?y, ddu+o+`ng pho^' Ha` No^.i vui nhu+ Te^'t.")
    'Thứ bảy, đường phố Hà Nội vui như Tết.'
    >>> from_legacy("Vie^.t Nam"), from_legacy("Vie^.t Nam", "viqr")
    ('Vie^.t Nam', 'Việt Nam')

    How VIQR is read is in ``from_viqr``.
    """
    kind = kind or legacy_kind(text)
    if kind is None:
        return text
    if kind == "tcvn3":
        return "\n".join(_tcvn3_line(line) for line in text.split("\n"))
    if kind == "vni":
        return _VNI_RE.sub(lambda m: VNI[m[0]], text)
    if kind == "viqr":
        return from_viqr(text)
    return text


# --- VIQR (RFC 1456) -------------------------------------------------------------------------

# Vietnamese letters beyond ASCII, precomposed or as combining marks: VIQR text has (almost) none.
_UNICODE_VIETNAMESE = re.compile(
    "[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169"
    "\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]"
)
# A circumflex typed after a, e or o (â, ê, ô): VIQR Vietnamese practically always has one, and
# text without "^" skips the legacy step (normalize.is_clean).
_VIQR_HAT = re.compile(r"[AEOaeo]\^")
# A word as VIQR writes it, ASCII letters, marks and escapes, not glued to a digit or a letter,
# nor to a mark before it (so "^o^", "3a^" and "o^2" stay as they are); only words that hold a
# mark or an escape, or open with "dd", have anything to read.
_VIQR_CHARS: Final = re.escape(VIQR_ESCAPE + VIQR_MARKS)
_VIQR_WORD = re.compile(
    rf"(?<![\w^+\\])(?:[A-Za-z]+[{_VIQR_CHARS}]|[Dd][Dd])[A-Za-z{_VIQR_CHARS}]*(?!\w)"
)
# Single letters with periods are an abbreviation, not tones: "a.m.", "i.e.", "U.S.", "O.K."
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}\??")
_TOKEN_WITH_LETTER = re.compile(r"\S*?[^\W\d_]\S*")
_DD: Final = frozenset(("dd", "Dd", "DD"))
_MARKS: Final = frozenset(VIQR_MARKS)  # "" is not in it
_PLAIN_VOWELS: Final = frozenset("aeiouyAEIOUY")
_SMALL_VOWELS: Final = "".join(sorted(c for c in VOWELS if c.islower()))
# One Vietnamese syllable in small letters: initial consonant, one to three vowels, final
# consonant (which ă and â need; k only in Đắk, Lắk). A tone typed inside a word must give one
# ("Vie^.t"), so that "e.g", "O.K", "o'clock" or "tuoitre.vn" keep their marks.
_SYLLABLE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    f"[{_SMALL_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt]|(?<=[ăắ])k|(?<![ăắằẳẵặâấầẩẫậ]))"
)
# A tone typed at the end of a word sits on its last vowel, which must be able to carry it: a
# lone vowel that can end a syllable (đi, bô, ca, quê, gia) or the second of oa, oe, uy, uê, uơ
# (hoạ, thuỷ, thuở); not nay, sao, đâu, chưa, whose tone goes on the first vowel.
_TONE_ON_LAST_VOWEL = re.compile(
    f"(?:(?<![{_SMALL_VOWELS}])|(?<=qu)|(?<=gi))(?:[aeiouyêôơư]|o[ae]|u[yêơ])\\Z"
)
# In text that escapes its literal marks the RFC 1456 way ("ddo+`i\."), every other "." or "?"
# that can sit on the vowel before it is a tone.
_ESCAPED_PERIOD = re.compile(rf"(?<=[A-Za-z{re.escape(VIQR_MARKS)}])\\[.?]")
# Elsewhere, a "." or "?" at a word's end is a tone (nặng, hỏi) only when what follows could not
# follow a sentence mark: a space and a small letter, a comma, semicolon or colon, an escape
# ("ca?\." is "cả."), or one more period ("bo^.." is "bộ.", but "ddi..." is "đi...").
_TONE_AT_WORD_END = re.compile(r"[^\S\n]+[a-z]|[,;:\\]|\.(?!\.)")
# In a word in capitals ("BO^. TI?NH"), a space and a capital allow a tone too.
_CAPITALS = re.compile(rf"[A-Z]{{2}}[A-Z{_VIQR_CHARS}]*")
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z]")
_AMBIGUOUS_TONES: Final = frozenset(".?")
#: VIQR text has at least this many different VIQR words: words with a strong sign (a modifier
#: typed after its vowel, ``dd`` opening the word before a vowel, or a tone mark between a vowel
#: and a letter) that read as one Vietnamese syllable,
VIQR_MIN_WORDS: Final = 3
#: they are at least this share of its words (real VIQR Vietnamese has more than half),
VIQR_WORD_SHARE: Final = 0.4
#: and it has at most one Unicode Vietnamese letter for this many VIQR words.
VIQR_WORDS_PER_UNICODE_LETTER: Final = 20


def _is_syllable(word: str) -> bool:
    letters = word if word.isalpha() else "".join(c for c in word if c.isalpha())
    return _SYLLABLE.fullmatch(letters.lower()) is not None


def _escaped(out: list[str], char: str) -> bool:
    """Whether a backslash before ``char``, in a word after ``out``, is VIQR's escape: before a
    mark, or before the second d of a word that opens with "dd"."""
    return char in _MARKS or (char in "dD" and len(out) == 1 and out[0] in "dD")


def _tone_at_end(word: str, i: int, out: list[str], ends_ok: bool, strict: bool) -> bool:
    """Whether the tone mark ``word[i]``, after the letters ``out`` and not before a letter, is
    a tone; ``ends_ok`` tells whether what follows the word allows one."""
    if _TONE_ON_LAST_VOWEL.search("".join(out).lower()) is None:
        return False
    if word[i] not in _AMBIGUOUS_TONES or strict:
        return True
    if i + 1 < len(word):  # a mark or escape follows in the word: "bo^..", "ca?\." (cả.)
        return _TONE_AT_WORD_END.match(word, i + 1) is not None
    return ends_ok


def _viqr_word(
    word: str, *, ends_ok: bool, strict: bool, inner_tones: bool = True
) -> tuple[str, bool, bool]:
    """One VIQR word in Unicode; whether it showed a strong sign, and whether it read a tone
    mark inside the word (before a letter)."""
    out: list[str] = []
    toned = strong = inner = False
    i, end = 0, len(word)
    while i < end:
        char = word[i]
        after = word[i + 1] if i + 1 < end else ""
        if char == VIQR_ESCAPE and out and _escaped(out, after):
            out.append(after)  # a literal mark
            i += 2
            continue
        letter = VIQR.get(out[-1] + char) if out else None
        if letter is not None and char in VIQR_TONES:
            inside = after.isascii() and after.isalpha()
            if toned or not (
                inner_tones if inside else _tone_at_end(word, i, out, ends_ok, strict)
            ):
                letter = None  # a word takes one tone
            else:
                toned, inner = True, inner or inside
                strong = strong or inside
        elif letter is not None and char in "dD":
            if len(out) != 1:
                letter = None  # đ opens a word (or an abbreviation: DDTO is ĐTO)
            strong = strong or (letter is not None and after in _PLAIN_VOWELS)
        elif letter is not None:
            strong = True  # a modifier
        if letter is None:
            out.append(char)
        else:
            out[-1] = letter
        i += 1
    return "".join(out), strong, inner


@functools.lru_cache(maxsize=8192)
def _convert_word(word: str, ends_ok: bool, strict: bool) -> tuple[str, bool]:
    """A VIQR word in Unicode, and whether it is a VIQR word (a strong sign, one syllable)."""
    out, strong, inner = _viqr_word(word, ends_ok=ends_ok, strict=strict)
    syllable = _is_syllable(out)
    if inner and not syllable:  # "e.g", "tuoitre.vn": the marks stay
        out, strong, _ = _viqr_word(word, ends_ok=ends_ok, strict=strict, inner_tones=False)
        syllable = _is_syllable(out)
    return out, strong and syllable


def _read_word(m: re.Match[str], strict: bool = False) -> tuple[str, bool]:
    """A word of the text in Unicode, and whether it is a VIQR word."""
    word = m[0]
    if (word.isalpha() and word[:2] not in _DD) or _ABBREVIATION.fullmatch(word):
        return word, False  # no mark, no đ, or an abbreviation: nothing to read
    ends_ok = False  # whether what follows allows a "." or "?" ending the word to be a tone
    if word[-1] in _AMBIGUOUS_TONES:
        ends_ok = _TONE_AT_WORD_END.match(m.string, m.end()) is not None or (
            _CAPITALS.fullmatch(word) is not None
            and _CAPITAL_AFTER.match(m.string, m.end()) is not None
        )
    return _convert_word(word, ends_ok, strict)


def is_viqr(text: str) -> bool:
    """Whether the whole text is VIQR (RFC 1456).

    It must have a circumflex after a vowel (``a^``, ``e^``, ``o^``), at least
    ``VIQR_MIN_WORDS`` different VIQR words, all its VIQR words forming at least
    ``VIQR_WORD_SHARE`` of its words, and at most one Unicode Vietnamese letter for
    ``VIQR_WORDS_PER_UNICODE_LETTER`` VIQR words. A VIQR word has a strong sign (a modifier typed
    after its vowel, ``dd`` opening the word before a vowel, a tone mark between a vowel and a
    letter) and reads as one Vietnamese syllable. Tone marks at a word's end (``'``, ``.``,
    ``?``) are too common in English to count.

    >>> is_viqr("Ddoa`n co^ng ta'c cu?a Ti?nh u?y kie^?m tra co^ng ta'c chua^?n bi.")
    True
    >>> is_viqr("At 5 o'clock, don't type x^2 or e.g. C++ in a.php?id=3, okay? ^_^")
    False
    >>> is_viqr("Người ta gõ Vie^.t Nam, ddu+o+`ng, Ha` No^.i, chu+~ Vie^.t theo VIQR.")
    False
    """
    if "^" not in text or _VIQR_HAT.search(text) is None:
        return False
    words = len(_TOKEN_WITH_LETTER.findall(text))
    unicode_letters = len(_UNICODE_VIETNAMESE.findall(text))
    if unicode_letters * VIQR_WORDS_PER_UNICODE_LETTER > words:
        return False  # Unicode Vietnamese (or other text) quoting VIQR
    found = [m[0] for m in _VIQR_WORD.finditer(text) if _read_word(m)[1]]
    viqr_words = len(found)
    return (
        len(set(found)) >= VIQR_MIN_WORDS
        and viqr_words >= VIQR_WORD_SHARE * words
        and unicode_letters * VIQR_WORDS_PER_UNICODE_LETTER <= viqr_words
    )


def from_viqr(text: str) -> str:
    r"""VIQR (RFC 1456) in Unicode (NFC letters); lines and the text between words unchanged.

    A mark is read when it can combine with the letter before it: ``(`` after a, ``^`` after a,
    e, o, ``+`` after o, u, then a tone mark (``'`` sắc, a backquote huyền, ``?`` hỏi, ``~`` ngã,
    ``.`` nặng) after a vowel or its modifier. ``dd``, ``Dd``, ``DD`` opening a word are đ, Đ.
    Upper and lower case are both read. A word takes one tone: a second tone mark is literal,
    and so is a mark escaped with a backslash in a word (``ddo+`i\.``, ``kho^ng\?``).

    A tone mark inside a word (before a letter) must make the word one Vietnamese syllable, else
    it is literal (``e.g``, ``o'clock``); abbreviations (``a.m.``, ``U.S.``) and words glued to a
    digit (``o^2``) are not read. A tone mark at the end of a word must be able to sit on
    the word's last vowel (``ddi.`` can be đị, ``nay.`` cannot be a tone). There ``'``, the
    backquote and ``~`` are tones; ``.`` and ``?`` are tones only when followed by a space and a
    small letter (in a word in capitals, also a space and a capital: ``BO^. TI?NH``), by ``,``,
    ``;`` or ``:``, by an escaped mark, or by one more period (``bo^..`` is ``bộ.``). Before a
    capital, a digit, a bracket or a quote, at a line end or at the end of the text, they are
    sentence marks, as they usually are there. A text that escapes its
    literal periods or question marks after a letter (``ddo+`i\.``), as RFC 1456 asks, is read
    by the RFC: every ``.`` or ``?`` that can sit on the vowel before it is a tone.

    >>> from_viqr("Vie^.t Nam, Ha` No^.i, ddu+o+`ng, Thu+' ba?y, DDa('k La('k")
    'Việt Nam, Hà Nội, đường, Thứ bảy, Đắk Lắk'
    >>> from_viqr("co' ca? mo^.t, hai. Ho. ddi ho.c. Ba.n ddi dda^u? ddi nha` Thi.")
    'có cả một, hai. Họ đi học. Bạn đi đâu? đi nhà Thi.'
    >>> from_viqr("Bo^.. Cu?a Bo^. Chi'nh tri.\ne.g. o'clock")  # no escapes: "." before a capital
    "Bộ. Của Bô. Chính tri.\ne.g. o'clock"
    >>> from_viqr("Bo^.\\. Cu?a Bo^. Chi'nh tri.\nDDo+`i\\.")  # literal marks escaped: RFC 1456
    'Bộ. Của Bộ Chính trị\nĐời.'
    """
    strict = _ESCAPED_PERIOD.search(text) is not None
    return _VIQR_WORD.sub(lambda m: _read_word(m, strict)[0], text)
