"""Repair text that went through the wrong encoding: UTF-8 mojibake, TCVN3 and VNI.

Every step is ``str -> str`` and costs one regex search on clean text. Detection never fires on
ordinary Unicode Vietnamese (which has letters beyond Latin-1: ă, đ, ơ, ư, ạ…) or on English.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from .legacy_tables import TCVN3, VNI

__all__ = ["fix_mojibake", "from_legacy", "legacy_kind", "may_need_repair", "vietnamese_score"]

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


# --- TCVN3 and VNI ---------------------------------------------------------------------------

# Latin-1 characters that Unicode Vietnamese never has inside a word (it uses only à á â ã è é ê
# ì í ò ó ô õ ù ú ý of that block): legacy-encoded letters show as these.
_VIET_LATIN1: Final = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
_ODD: Final = (
    "".join(re.escape(chr(c)) for c in range(0xA1, 0x100) if chr(c) not in _VIET_LATIN1) + "\u00ad"
)
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
    """
    return _ODD_CHAR.search(text) is not None or any(lead in text for lead in _MOJIBAKE_LEADS)


def legacy_kind(text: str) -> str | None:
    """``"tcvn3"``, ``"vni"`` or None: which legacy encoding the text shows, if any.

    The text must show odd Latin-1 characters inside words, more of them than Unicode-only
    Vietnamese letters.

    >>> legacy_kind("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    'tcvn3'
    >>> legacy_kind("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    'vni'
    >>> legacy_kind("Cộng hòa xã hội chủ nghĩa Việt Nam"), legacy_kind("The naïve café")
    (None, None)
    """
    if _ODD_CHAR.search(text) is None:
        return None  # the common case, one quick pass: nothing a legacy encoding would show
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
    """Text in TCVN3 or VNI (shown as Latin-1 characters) in Unicode; other text unchanged.

    >>> from_legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    'Cộng hoà xã hội chủ nghĩa Việt Nam'
    >>> from_legacy("Vieät Nam")
    'Vieät Nam'
    >>> from_legacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    """
    kind = kind or legacy_kind(text)
    if kind is None:
        return text
    if kind == "tcvn3":
        return "\n".join(_tcvn3_line(line) for line in text.split("\n"))
    if kind == "vni":
        return _VNI_RE.sub(lambda m: VNI[m[0]], text)
    return text
