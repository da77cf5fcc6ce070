"""Legacy Vietnamese encodings as character tables (data only).

TCVN3 and VNI are 8-bit font encodings from before Unicode; web pages that still carry them show
the Latin-1 characters of their bytes, e.g. ``ViÖt Nam`` (TCVN3) or ``Vieät Nam`` (VNI) for
``Việt Nam``. VIQR is plain ASCII with the marks typed after the letters: ``Vie^.t Nam``.

- TCVN3 ("ABC"): the 8-bit set of the Vietnamese standard TCVN 5712:1993 (VN3 table), as used by
  the .VnTime fonts. One byte per letter; capitals with marks exist only in the separate
  capital fonts (.VnTimeH), which use the same bytes as the small letters.
- VNI-Windows: the VNI Software Company's font encoding (VNI-Times …). A vowel is an ASCII letter
  followed by a byte for its marks; ``ơ``/``ư``/``đ`` and the ``i`` and ``ỵ`` forms are single
  bytes.
- VIQR ("Vietnamese Quoted-Readable", RFC 1456): ASCII, each mark typed after the letter it sits
  on: the vowel, then its modifier (``(`` breve, ``^`` circumflex, ``+`` horn), then its tone
  (``'`` acute, a backquote grave, ``?`` hook above, ``~`` tilde, ``.`` dot below); ``dd`` is ``đ``.

Each TCVN3 and VNI table maps the Latin-1 rendering of the bytes to the Unicode letter.
"""

from __future__ import annotations

from typing import Final

#: TCVN3 (TCVN 5712:1993, VN3): byte as a Latin-1 character → letter.
TCVN3: Final = {
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư",
}  # fmt: skip

# VNI-Windows. Per vowel row: the base, then the tones acute, grave, hook, tilde, dot below.
_VNI_TONES: Final = ("ù", "ø", "û", "õ", "ï")  # á à ả ã ạ on a, e, o, ơ, u, ư, y
_VNI_HAT_TONES: Final = ("á", "à", "å", "ã", "ä")  # on â, ê, ô
_VNI_BREVE_TONES: Final = ("é", "è", "ú", "ü", "ë")  # on ă
_TONED: Final = {  # Unicode letters in the same order: base, acute, grave, hook, tilde, dot
    "a": "aáàảãạ", "â": "âấầẩẫậ", "ă": "ăắằẳẵặ", "e": "eéèẻẽẹ", "ê": "êếềểễệ",
    "o": "oóòỏõọ", "ô": "ôốồổỗộ", "ơ": "ơớờởỡợ", "u": "uúùủũụ", "ư": "ưứừửữự",
    "y": "yýỳỷỹỵ", "i": "iíìỉĩị",
}  # fmt: skip
# The VNI spelling of each base: a letter, or a letter and a mark byte.
_VNI_BASE: Final = {
    "a": "a", "â": "aâ", "ă": "aê", "e": "e", "ê": "eâ", "o": "o", "ô": "oâ", "ơ": "ô",
    "u": "u", "ư": "ö", "y": "y",
}  # fmt: skip


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, spelled in _VNI_BASE.items():
        tones = _VNI_HAT_TONES if base in "âêô" else _VNI_BREVE_TONES if base == "ă" else _VNI_TONES
        stem = spelled[0] if base in "âêôă" else spelled
        letters = _TONED[base]
        if spelled != base:
            table[spelled] = letters[0]
        for tone, letter in zip(tones, letters[1:], strict=True):
            table[stem + tone] = letter
    # i has single bytes for its toned forms, y has one for ỵ; đ is one byte.
    table.update({"æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ"})  # í and ì are as in Unicode
    del table["yï"]  # ỵ is the single byte î
    table |= {k.upper(): v.upper() for k, v in table.items()}
    return table


#: VNI-Windows: the Latin-1 spelling of a letter (one or two characters) → letter.
VNI: Final = _vni_table()


# VIQR: RFC 1456 (Vietnamese Standardization Working Group, "Conventions for Encoding the
# Vietnamese Language: VISCII and VIQR", May 1993). A mark character is a mark only when it can
# combine with the letter before it into a Vietnamese letter; a backslash before it keeps it
# literal: "ddo+`i\." is "đời.".
#: VIQR's modifier spellings: a vowel and its breve, circumflex or horn.
VIQR_MODIFIERS: Final = {"ă": "a(", "â": "a^", "ê": "e^", "ô": "o^", "ơ": "o+", "ư": "u+"}
#: VIQR's tone marks in the order of the letters in ``_TONED``: acute (sắc), grave (huyền), hook
#: above (hỏi), tilde (ngã), dot below (nặng).
VIQR_TONES: Final = "'`?~."
#: Every character VIQR can read as a mark, and the escape that keeps one literal.
VIQR_MARKS: Final = "(^+" + VIQR_TONES
VIQR_ESCAPE: Final = "\\"
#: The Vietnamese vowels in every form (plain, with modifier, with tone), both cases.
VOWELS: Final = frozenset("".join(_TONED.values()) + "".join(_TONED.values()).upper())


def _viqr_table() -> dict[str, str]:
    table = {spelled: letter for letter, spelled in VIQR_MODIFIERS.items()}
    for base, letters in _TONED.items():
        for tone, letter in zip(VIQR_TONES, letters[1:], strict=True):
            table[base + tone] = letter
    table["dd"] = "đ"
    table |= {k[0].upper() + k[1:]: v.upper() for k, v in table.items()}  # "A^" Â, "Dd" Đ
    table["DD"] = "Đ"
    return table


#: VIQR (RFC 1456): a letter and the character typed after it → the letter they make: ``a^`` → â,
#: then ``â.`` → ậ; ``o+`` → ơ, then ``ơ`` and a backquote → ờ; ``dd`` → đ. Applied in turn, a
#: vowel takes its modifier first and then its tone.
VIQR: Final = _viqr_table()
