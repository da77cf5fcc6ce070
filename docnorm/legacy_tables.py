"""Legacy Vietnamese encodings as character tables (data only).

Both are 8-bit font encodings from before Unicode; web pages that still carry them show the
Latin-1 characters of their bytes, e.g. ``ViÖt Nam`` (TCVN3) or ``Vieät Nam`` (VNI) for
``Việt Nam``.

- TCVN3 ("ABC"): the 8-bit set of the Vietnamese standard TCVN 5712:1993 (VN3 table), as used by
  the .VnTime fonts. One byte per letter; capitals with marks exist only in the separate
  capital fonts (.VnTimeH), which use the same bytes as the small letters.
- VNI-Windows: the VNI Software Company's font encoding (VNI-Times …). A vowel is an ASCII letter
  followed by a byte for its marks; ``ơ``/``ư``/``đ`` and the ``i`` and ``ỵ`` forms are single
  bytes.

Each table maps the Latin-1 rendering of the bytes to the Unicode letter.
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
    "y": "yýỳỷỹỵ",
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
