"""Tone-mark placement in the open syllables ``oa``, ``oe`` and ``uy``.

Old style puts the mark on the first vowel (hòa, khỏe, thủy, ủy); new style on the second
(hoà, khoẻ, thuỷ, uỷ). Only a syllable that ends in one of these pairs moves, so ``hoàn``,
``thuyền``, ``khuya``, ``khuỷu`` stay as they are, and ``qu`` + ``y`` (``quý``, ``quỷ``) is not
``u`` + ``y``. Each letter keeps its own case (HOÀ → HÒA).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from .vocab import TONE_MARKS

__all__ = ["to_new_style", "to_old_style"]


def _toned(base: str, mark: str) -> str:
    return unicodedata.normalize("NFC", base + mark)


# (first vowel, second vowel) pairs whose tone placement differs between the styles.
_PAIRS: Final = (("o", "a"), ("o", "e"), ("u", "y"))
_CASES: Final = ("lower", "upper")

# char -> (plain letter, mark) for every toned o/u/a/e/y; (plain, mark) -> char.
_SPLIT: dict[str, tuple[str, str]] = {}
_JOIN: dict[tuple[str, str], str] = {}
for _letter in "oaeuy":
    for _mark in TONE_MARKS:
        for _case in _CASES:
            _plain = getattr(_letter, _case)()
            _ch = _toned(_plain, _mark)
            _SPLIT[_ch] = (_plain, _mark)
            _JOIN[(_plain, _mark)] = _ch


def _chars(letters: str, toned: bool) -> str:
    out: list[str] = []
    for letter in letters:
        for case in _CASES:
            plain = getattr(letter, case)()
            out.extend(_toned(plain, m) for m in TONE_MARKS) if toned else out.append(plain)
    return "".join(out)


# A syllable starts after a non-letter and has only consonants before the vowel pair.
_ONSET = r"(?<![^\W\d_])([bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]*)"
_END = r"(?![^\W\d_])"
_NEW_STYLE = re.compile(
    _ONSET + rf"(?:([oO])([{_chars('ae', True)}])|([uU])([{_chars('y', True)}])){_END}"
)
_OLD_STYLE = re.compile(
    _ONSET + rf"(?:([{_chars('o', True)}])([aAeE])|([{_chars('u', True)}])([yY])){_END}"
)


def _move(m: re.Match[str], *, to_first: bool) -> str:
    onset = m[1]
    first, second = (m[2], m[3]) if m[2] is not None else (m[4], m[5])
    if m[4] is not None and onset[-1:] in ("q", "Q"):
        return m[0]  # "quý": the u belongs to "qu"
    if to_first:
        plain, mark = _SPLIT[second]
        return onset + _JOIN[(first, mark)] + plain
    plain, mark = _SPLIT[first]
    return onset + plain + _JOIN[(second, mark)]


def to_old_style(text: str) -> str:
    """hoà → hòa, khoẻ → khỏe, thuỷ → thủy, uỷ → ủy; quý, hoàn, thuyền unchanged.

    >>> to_old_style("Tỉnh uỷ, hoà bình, quý, HOÀ")
    'Tỉnh ủy, hòa bình, quý, HÒA'
    """
    return _NEW_STYLE.sub(lambda m: _move(m, to_first=True), text)


def to_new_style(text: str) -> str:
    """hòa → hoà, khỏe → khoẻ, thủy → thuỷ, ủy → uỷ; quý, hoàn, thuyền unchanged.

    >>> to_new_style("Tỉnh ủy, hòa bình, quý, Thủy")
    'Tỉnh uỷ, hoà bình, quý, Thuỷ'
    """
    return _OLD_STYLE.sub(lambda m: _move(m, to_first=False), text)
