"""The text stage: named ``str -> str`` steps that give a dump its canonical form.

Every step works on the whole text at once (no per-line Unicode passes) and keeps the number of
lines, so line numbers always refer to the input. ``normalise`` can report which steps changed
the text, for ``explain``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import partial
from typing import Final

from .legacy import ODD_LATIN1, fix_mojibake, from_legacy, from_legacy_scanned
from .options import ToneStyle
from .tones import NEW_STYLE_SECOND, old_style_at, to_new_style, to_old_style

__all__ = ["STEPS", "Step", "normalise"]

Step = tuple[str, Callable[[str], str]]

# CRLF and lone CR are line breaks; everything else that Python's splitlines() would break on
# (VT, FF, FS/GS/RS, NEL, LS, PS) becomes a space so that line numbers match ordinary editors.
_NEWLINES = re.compile(r"\r\n?")

_SPACE_CHARS: Final = (
    "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_DROP_CHARS: Final = (
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19"
    "\x1a\x1b\x7f"
    "\x80\x81\x82\x83\x84\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
    "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"
    "\xad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\ufffe"
)
_SPACE_RE = re.compile(f"[{re.escape(_SPACE_CHARS)}]")
# Controls, zero-width and bidi characters go before the legacy repair reads letter pairs; the
# soft hyphen (TCVN3's ư) only after it.
_CONTROL_RE = re.compile(f"[{re.escape(_DROP_CHARS.replace(chr(0xAD), ''))}]+")
_SOFT_HYPHEN = "\xad"

# Ð (U+00D0, Icelandic eth) typed for Đ (U+0110) in front of a letter, and ð for đ.
_ETH = re.compile(r"[\u00d0\u00f0](?=[A-Za-zÀ-ỹ])")
_ETH_MAP: Final = {"\u00d0": "\u0110", "\u00f0": "\u0111"}


# Every character any step before tone placement acts on: line breaks, spaces, controls,
# combining marks, Ð/ð, entities (&), mojibake (Ã and the odd Latin-1 characters that UTF-8 read
# as cp1252 shows), TCVN3/VNI (odd Latin-1 characters), VIQR (^). One character-class search
# (the regex engine's fastest kind) tells clean text, which then skips those steps.
_SUSPECT_CHARS: Final = (
    f"\r{re.escape(_SPACE_CHARS)}{re.escape(_DROP_CHARS)}\u0300-\u036f\u00d0\u00f0"
    f"{re.escape(ODD_LATIN1)}Ã&^"
)
_SUSPECT = re.compile(f"[{_SUSPECT_CHARS}]")
# The same characters, or an o/u that opens a pair whose new-style mark to_old_style would move
# (the pattern opens with one character class, so one scan at C speed does both jobs). The last
# lookbehind lets a suspect character match by itself; o and u must go on to such a pair.
_SUSPECT_OR_NEW_STYLE = re.compile(f"[{_SUSPECT_CHARS}oOuU](?:{NEW_STYLE_SECOND}|(?<![oOuU]))")
# _SUSPECT's characters in ASCII text, looked for one by one: each test is one memchr, far
# faster than a regex scan over ASCII text.
_ASCII_SUSPECTS: Final = tuple(c for c in map(chr, range(128)) if _SUSPECT.match(c))
# A space at the start or end of a line other than the text's first and last: the pattern opens
# with a literal, which the regex engine finds much faster than "\n " or " \n" as substrings.
_SPACE_AT_NEWLINE = re.compile(r"\n(?: |(?<= \n))")


def _spaced_once(text: str) -> bool:
    """No run of spaces, no space at the start or end of a line."""
    return (
        "  " not in text
        and _SPACE_AT_NEWLINE.search(text) is None
        and not text.startswith(" ")
        and not text.endswith(" ")
    )


def _is_nfc(text: str) -> bool:
    # normalize() returns NFC text itself after the same quick check, and a little faster than
    # is_normalized(); comparing a string with itself is immediate.
    return unicodedata.normalize("NFC", text) == text


def is_clean(text: str) -> bool:
    """True when the steps before tone placement would leave ``text`` as it is.

    >>> is_clean("Thứ bảy, 08/08/2020"), is_clean("Thá»© báº£y"), is_clean("a  b")
    (True, False, False)
    """
    if text.isascii():  # (ASCII text is NFC)
        return not any(c in text for c in _ASCII_SUSPECTS) and _spaced_once(text)
    return _SUSPECT.search(text) is None and _spaced_once(text) and _is_nfc(text)


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def entities(text: str) -> str:
    """HTML character references a crawler left (``&#39;``, ``&amp;``, ``&nbsp;``) are decoded.

    >>> entities("Hà Nội &amp; TP.HCM &#39;nóng&#39;&nbsp;lên &copy")
    "Hà Nội & TP.HCM 'nóng'\xa0lên &copy"
    """
    # Double-escaped text ("&amp;lt;") is decoded until nothing changes, so that the step is
    # idempotent.
    while "&" in text:
        decoded = _ENTITY.sub(lambda m: html.unescape(m[0]), text)
        if decoded == text:
            break
        text = decoded
    return text


def newlines(text: str) -> str:
    """CRLF and CR line breaks become LF."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def nfc(text: str) -> str:
    """Unicode NFC (composed tone marks), skipped when the text already is NFC."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def eth_to_dj(text: str) -> str:
    """``Ð``/``ð`` used as Vietnamese ``Đ``/``đ`` (in front of a letter) are replaced."""
    if "\u00d0" not in text and "\u00f0" not in text:
        return text
    return _ETH.sub(lambda m: _ETH_MAP[m[0]], text)


def controls(text: str) -> str:
    """Control, zero-width, BOM and bidi characters go."""
    return _CONTROL_RE.sub("", text)


def spaces(text: str) -> str:
    """NBSP, tabs and other spaces become a space; a leftover soft hyphen goes."""
    # Regex passes beat str.translate with a dict table by far on long texts.
    text = _SPACE_RE.sub(" ", text)
    return text.replace(_SOFT_HYPHEN, "") if _SOFT_HYPHEN in text else text


def fold_spaces(text: str) -> str:
    """Runs of spaces fold to one; lines lose leading and trailing spaces."""
    # str.replace, not re.sub (" {2,}", " ?\n ?"): about 10x fewer instructions on a text that
    # has a few to fold. Each pass halves every run of spaces; once no run is left, a space
    # before a line break and one after it are single, and deleting one never brings another
    # next to a line break, so the two replaces drop exactly the spaces " ?\n ?" would.
    while "  " in text:
        text = text.replace("  ", " ")
    if _SPACE_AT_NEWLINE.search(text) is not None:  # " \n" or "\n ", in one fast scan
        text = text.replace(" \n", "\n").replace("\n ", "\n")
    return text.strip(" ")


_TYPOGRAPHY: Final = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
     "‚": "'", "‛": "'", "–": "-", "—": "-", "―": "-", "…": "..."}
)  # fmt: skip


def typography(text: str) -> str:
    """Curly quotes, guillemets, dashes and the ellipsis character become ASCII (opt-in).

    >>> typography("“Đại hội” – thành công…")
    '"Đại hội" - thành công...'
    """
    return text.translate(_TYPOGRAPHY)


def _tone_step(style: ToneStyle) -> Callable[[str], str]:
    if style == "old":
        return to_old_style
    if style == "new":
        return to_new_style
    return lambda text: text


# "mojibake" runs first: it reads C1 controls ("Ä\x90" is Đ) and NBSP ("Ã\xa0" is à). Controls go
# before "legacy" reads letter pairs, which needs the soft hyphen (TCVN3's ư) that "spaces" then
# drops. Both run before "nfc": a character between a letter and its tone mark must be gone
# before the mark can compose.
def _controls(text: str) -> str:
    """``controls``, and ``fix_mojibake`` again each time dropping a control joined the two
    halves of a mojibake letter ("Ã\x80¡" holds "Ã¡", á): so that a second pass finds nothing.
    (Each round makes the text shorter or leaves it, so the loop ends.)"""
    out = controls(text)
    while out != text:
        text = out
        out = controls(fix_mojibake(text))
    return out


STEPS: Final[tuple[Step, ...]] = (
    ("newlines", newlines),
    ("entities", entities),
    ("mojibake", fix_mojibake),
    ("controls", _controls),
    ("legacy", from_legacy),
    ("spaces", spaces),
    ("nfc", nfc),
    ("eth_to_dj", eth_to_dj),
    ("fold_spaces", fold_spaces),
)


# The characters of ``_SUSPECT`` each step acts on; a step without an entry always runs (its own
# check is cheap: NFC, runs of spaces).
_TRIGGERS: Final[dict[str, frozenset[str]]] = {
    "newlines": frozenset("\r"),
    "entities": frozenset("&"),
    "mojibake": frozenset("ÃÄÅÆº»"),
    "controls": frozenset(_DROP_CHARS) - {_SOFT_HYPHEN},
    "legacy": frozenset(ODD_LATIN1 + "^"),
    "spaces": frozenset(_SPACE_CHARS + _SOFT_HYPHEN),
    "eth_to_dj": frozenset("\u00d0\u00f0"),
}


def _suspects(text: str) -> frozenset[str] | None:
    """The suspect characters of text that is not clean; None when ``is_clean(text)``. (For
    non-ASCII text, is_clean's scan, keeping what it found for the step triggers.)"""
    if text.isascii():
        return None if is_clean(text) else frozenset(_SUSPECT.findall(text))
    found = frozenset(_SUSPECT.findall(text))
    return None if not found and _spaced_once(text) and _is_nfc(text) else found


_SPACE_SET: Final = frozenset(_SPACE_CHARS)
# Suspect characters a step replaces or drops (CR, spaces, controls) or, for combining marks
# (NFD text), nearly always composes.
_CHANGING: Final = frozenset(
    "\r" + _SPACE_CHARS + _DROP_CHARS + "".join(map(chr, range(0x300, 0x370)))
)


def _suspects_and_pairs(text: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """For non-ASCII text, ``_suspects(text)`` and the strings ``_NEW_STYLE`` (tones.py) finds
    in it, from one scan; None for the latter when the first suspect character is in
    ``_CHANGING`` (the tone pass will read another text)."""
    first = _SUSPECT_OR_NEW_STYLE.search(text)
    if first is None:
        return (None if _spaced_once(text) and _is_nfc(text) else frozenset()), frozenset()
    # Each scan goes on from the first hit (lookbehinds still see the text before it).
    if first[0] in _CHANGING:
        # The text will change, so its pairs are of no use, and _SUSPECT costs less a hit (CRLF,
        # NBSP, NFD text). It finds first[0] again: what it returns is not empty.
        return frozenset(_SUSPECT.findall(text, first.start())), None
    # _SUSPECT_OR_NEW_STYLE tries every o/u (no match of it holds one elsewhere than first) and
    # takes a pair before a lone character, so it finds every pair; a pair's second letter can
    # be a suspect (Ã).
    hits = frozenset(_SUSPECT_OR_NEW_STYLE.findall(text, first.start()))
    pairs = frozenset(hit for hit in hits if len(hit) == 2)
    found = hits - pairs | {pair[1] for pair in pairs if _SUSPECT.match(pair, 1)}
    return (None if not found and _spaced_once(text) and _is_nfc(text) else found), pairs


def _spaces_found(text: str, found: frozenset[str]) -> str:
    """``spaces(text)`` for the text whose suspect characters are ``found``: a str.replace for
    each space character it holds costs a fraction of the regex pass."""
    for char in found & _SPACE_SET:
        text = text.replace(char, " ")
    return text.replace(_SOFT_HYPHEN, "") if _SOFT_HYPHEN in found else text


# Steps that, on the text the suspect scan read, take what it found instead of scanning again.
_GIVEN_FOUND: Final[dict[str, Callable[[str, frozenset[str]], str]]] = {
    "legacy": lambda text, found: from_legacy_scanned(text, not found.isdisjoint(ODD_LATIN1)),
    "spaces": _spaces_found,
}


def normalise(
    text: str,
    tone_style: ToneStyle = "old",
    *,
    fold_typography: bool = False,
    record: list[str] | None = None,
) -> str:
    """The canonical form of ``text``; names of the steps that changed it go to ``record``.

    >>> normalise("Tỉnh uỷ\\u00a0 Lạng Sơn \\r\\n")
    'Tỉnh ủy Lạng Sơn\\n'
    """
    # Most of a corpus is clean and skips the repair steps. For old-style tones, one scan of
    # non-ASCII text finds both its suspect characters and the pairs whose new-style mark may
    # move; clean text with no such pair is settled (plus the space and NFC tests of is_clean):
    # neither the repairs nor the tone pass would change it.
    pairs: frozenset[str] | None = None  # what the tone pass would find in the text, if known
    if tone_style == "old" and not text.isascii():
        found, pairs = _suspects_and_pairs(text)
    else:
        found = _suspects(text)
    settled = found is None and pairs is not None and not pairs
    changed = False
    if found is not None:
        # A step runs when the text holds a character it acts on, and every step runs once
        # an earlier one changed the text (an entity may have become an NBSP, say).
        for name, step in STEPS:
            trigger = _TRIGGERS.get(name)
            if not changed and trigger is not None and found.isdisjoint(trigger):
                continue
            given = None if changed else _GIVEN_FOUND.get(name)
            out = step(text) if given is None else given(text, found)
            if out != text:
                changed = True
                if record is not None:
                    record.append(name)
            text = out
    steps: list[Step] = []
    if tone_style != "keep" and not settled and not text.isascii():  # ASCII has no tone marks
        # On the text the scan read, only the pairs it found can move.
        tone = _tone_step(tone_style) if changed or pairs is None else partial(old_style_at, pairs)
        steps.append((f"tone_{tone_style}", tone))
    if fold_typography:  # a user's choice, never on by default
        steps.append(("typography", typography))
    for name, step in steps:
        out = step(text)
        if record is not None and out != text:
            record.append(name)
        text = out
    return text
