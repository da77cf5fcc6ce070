"""Tone-mark placement in the open syllables ``oa``, ``oe`` and ``uy``.

Old style puts the mark on the first vowel (hòa, khỏe, thủy, ủy); new style on the second
(hoà, khoẻ, thuỷ, uỷ). Only a syllable that ends in one of these pairs moves, so ``hoàn``,
``thuyền``, ``khuya``, ``khuỷu`` stay as they are, and ``qu`` + ``y`` (``quý``, ``quỷ``) is not
``u`` + ``y``. Each letter keeps its own case (HOÀ → HÒA).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from typing import Final

from .vocab import TONE_MARKS

__all__ = ["NEW_STYLE_SECOND", "old_style_at", "to_new_style", "to_old_style"]


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


# Each regex matches a vowel pair at the end of a word; the onset before the pair (and, for the
# old-style pattern, which pairs count: o+a, o+e, u+y) is checked in Python, for the few
# matches. The new-style pattern takes only those pairs, so that "quá" or "quả" costs no Python
# call (a pair the Python check rejects is returned as it is). A pattern that opens
# with one character class lets the regex engine skip to candidates at C speed (a pattern that
# opens with alternatives or a group is tried at every position, several times slower).
_END = r"(?![^\W\d_])"
#: What follows a first vowel (o, O, u, U) in a pair whose new-style mark ``to_old_style`` may
#: move: a marked a/e after o, a marked y after u, at the end of a word. A regex fragment, so that
#: normalize.py can look for these pairs in the same scan as for characters it repairs.
#: Each lookbehind runs only after its class matched (lookbehinds are slow in the engine).
NEW_STYLE_SECOND: Final = (
    f"(?:[{_chars('ae', True)}](?<=[oO].)|[{_chars('y', True)}](?<=[uU].))" + _END
)
_NEW_STYLE = re.compile(f"[oOuU]{NEW_STYLE_SECOND}")
_OLD_STYLE = re.compile(f"[{_chars('ou', True)}][aAeEyY]{_END}")
_ONSET_LETTERS: Final = frozenset("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX")
# Which second vowels each first vowel pairs with: o with a/e, u with y.
_PARTNERS: Final = {"o": "ae", "u": "y"}


def _onset_ok(text: str, start: int, is_uy: bool) -> bool:
    """Only consonants stand between the start of the word and the vowel pair; not ``qu``+y."""
    i = start
    while i > 0 and text[i - 1] in _ONSET_LETTERS:
        i -= 1
    if i > 0 and text[i - 1].isalpha():
        return False  # a vowel or a foreign letter before the pair: not an oa/oe/uy syllable
    return not (is_uy and start > 0 and text[start - 1] in "qQ")


def _mover(text: str, *, to_first: bool) -> Callable[[re.Match[str]], str]:
    def move(m: re.Match[str]) -> str:
        first, second = m[0][0], m[0][1]
        if to_first:  # the mark is on the second vowel
            plain, mark = _SPLIT[second]
            base = first
        else:
            base, mark = _SPLIT[first]
            plain = second
        lower = base.lower()
        if plain.lower() not in _PARTNERS[lower] or not _onset_ok(text, m.start(), lower == "u"):
            return m[0]
        end = m.end()
        if end < len(text) and unicodedata.combining(text[end]):
            # A stray mark after the pair ("oè" + a grave): the vowel the mark left would take
            # it up in NFC, so the syllable is left as it is.
            return m[0]
        if to_first:
            return _JOIN[(first, mark)] + plain
        return base + _JOIN[(second, mark)]

    return move


def to_old_style(text: str) -> str:
    """hoà → hòa, khoẻ → khỏe, thuỷ → thủy, uỷ → ủy; quý, hoàn, thuyền unchanged.

    >>> to_old_style("Tỉnh uỷ, hoà bình, quý, HOÀ")
    'Tỉnh ủy, hòa bình, quý, HÒA'
    """
    return _NEW_STYLE.sub(_mover(text, to_first=True), text)


def old_style_at(pairs: Collection[str], text: str) -> str:
    """``to_old_style(text)`` when ``pairs`` holds every string its pattern finds in ``text``
    (normalize.py's scan tells): each is looked for with str.find, far faster than the regex
    scan. Matches cannot overlap (a pair's second letter is no o or u), so the pattern matches
    at an occurrence exactly when ``sub`` would replace it there."""
    matches: list[re.Match[str]] = []
    for pair in pairs:
        start = text.find(pair)
        while start >= 0:
            if (m := _NEW_STYLE.match(text, start)) is not None:
                matches.append(m)
            start = text.find(pair, start + 2)
    if not matches:
        return text
    move = _mover(text, to_first=True)
    out: list[str] = []
    end = 0
    for m in sorted(matches, key=lambda m: m.start()):
        out += (text[end : m.start()], move(m))
        end = m.end()
    out.append(text[end:])
    return "".join(out)


def to_new_style(text: str) -> str:
    """hòa → hoà, khỏe → khoẻ, thủy → thuỷ, ủy → uỷ; quý, hoàn, thuyền unchanged.

    >>> to_new_style("Tỉnh ủy, hòa bình, quý, Thủy")
    'Tỉnh uỷ, hoà bình, quý, Thuỷ'
    """
    return _OLD_STYLE.sub(_mover(text, to_first=False), text)
