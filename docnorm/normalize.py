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
from typing import Final

from .legacy import fix_mojibake, from_legacy, may_need_repair
from .options import ToneStyle
from .tones import to_new_style, to_old_style

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

_MULTI_SPACE = re.compile(r" {2,}")
_EDGE_SPACE = re.compile(r" ?\n ?")


# What any step would change: a quick search tells clean text, which then skips every step.
_DIRTY = re.compile(
    f"[\r{re.escape(_SPACE_CHARS)}{re.escape(_DROP_CHARS)}\u0300-\u036f\u00d0\u00f0]"
    r"|  |^ | $|\n | \n",
    re.MULTILINE,
)


def is_clean(text: str) -> bool:
    """True when the steps before tone placement would leave ``text`` as it is."""
    return (
        _DIRTY.search(text) is None
        and "&" not in text  # a possible HTML entity
        and not may_need_repair(text)  # mojibake, TCVN3, VNI
        and unicodedata.is_normalized("NFC", text)
    )


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
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _EDGE_SPACE.sub("\n", text)
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
STEPS: Final[tuple[Step, ...]] = (
    ("newlines", newlines),
    ("entities", entities),
    ("mojibake", fix_mojibake),
    ("controls", controls),
    ("legacy", from_legacy),
    ("spaces", spaces),
    ("nfc", nfc),
    ("eth_to_dj", eth_to_dj),
    ("fold_spaces", fold_spaces),
)


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
    steps = (*STEPS, (f"tone_{tone_style}", _tone_step(tone_style)))
    if fold_typography:  # a user's choice, never on by default
        steps = (*steps, ("typography", typography))
    for name, step in steps:
        out = step(text)
        if record is not None and out != text:
            record.append(name)
        text = out
    return text
