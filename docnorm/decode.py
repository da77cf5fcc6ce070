"""Bytes to text: BOM sniffing, UTF-8, UTF-16/32, cp1258; binary input refused.

Returns the text and the notices to show the user (e.g. a few bytes replaced).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Final

from .errors import BinaryInputError, DecodeError, EmptyInputError
from .legacy import from_legacy, legacy_kind, vietnamese_score

__all__ = ["Decoded", "decode_bytes"]

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: File signatures of common binary formats a crawler may have stored by mistake.
_MAGIC: Final = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x7fELF", "an executable"),
)

# Control bytes that never occur in text (tab, LF, FF, CR and ESC excepted).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
#: The same bytes, for looking for them with ``in`` and counting them with ``bytes.translate``
#: (both far faster than a regex scan).
_CONTROL_BYTES: Final = bytes(b for b in range(256) if _CONTROL.match(bytes((b,))))
# Share of bad UTF-8 sequences below which a file is UTF-8 with a few damaged bytes.
_MAX_BAD_UTF8_SHARE: Final = 0.01
# Vietnamese letters that cp1258 text decodes to; plausibility needs some of them.
_CP1258_VIET = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")
_SAMPLE: Final = 1 << 16
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


class Decoded:
    """Decoded text plus the notices decoding produced, as ``(code, message, line)``."""

    __slots__ = ("encoding", "notices", "text")

    def __init__(self, text: str, encoding: str, notices: list[tuple[str, str, int | None]]):
        self.text = text
        self.encoding = encoding
        self.notices = notices


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NULs in every other byte of ASCII-heavy text."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.3 * half and (odd if codec == "utf-16-be" else even) < 0.05 * half:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if _looks_latin(text[: _SAMPLE // 2]) else None
    return None


# Latin letters with Vietnamese ones, punctuation and spaces: what a news dump is made of.
_LATIN = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f]")


def _looks_latin(text: str) -> bool:
    return len(_LATIN.findall(text)) >= 0.9 * len(text)


def _count_controls(sample: bytes) -> int:
    """How many control bytes the sample holds (``len(_CONTROL.findall(sample))``)."""
    for byte in _CONTROL_BYTES:  # one memchr each: most text has none of them
        if byte in sample:
            return len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return 0


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary input: looks like {what}, not text", line=1)
    sample = data[:_SAMPLE]
    nul = sample.find(b"\x00")
    if nul >= 0:
        raise BinaryInputError(
            f"binary input: NUL byte at offset {nul}, not text", line=_line_of(data, nul)
        )
    controls = _count_controls(sample)
    if controls > max(2, len(sample) // 200):
        first = _CONTROL.search(sample)
        off = first.start() if first else 0
        raise BinaryInputError(
            f"binary input: {controls} control bytes (first at offset {off}), not text",
            line=_line_of(data, off),
        )


def decode_bytes(data: bytes) -> Decoded:
    """Decode a dump's bytes.

    Order: a BOM names the encoding; else UTF-16 without BOM (by its NUL pattern); else UTF-8,
    accepting a few damaged bytes (replaced, with a ``decode_replaced`` notice); else TCVN3 or
    VNI bytes (returned as Latin-1 characters for the text stage to convert); else cp1258 when
    the result looks like Vietnamese. Anything else raises a ``DocnormError``.

    >>> decode_bytes("Thứ bảy".encode("utf-16")).text
    'Thứ bảy'
    """
    if not data or data.isspace():  # (no stripped copy of the whole input)
        raise EmptyInputError("empty input: no text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec, [])
            except UnicodeDecodeError as exc:
                off = len(bom) + exc.start
                raise DecodeError(
                    f"not valid {codec} despite its byte-order mark (byte offset {off})",
                    line=_line_of(data, off),
                ) from None
    if data.find(b"\x00", 0, _SAMPLE) >= 0:
        text = _utf16_without_bom(data)
        if text is not None:
            return Decoded(text, "utf-16", [])
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    # UTF-8 with a few damaged bytes still has many valid multi-byte letters; cp1258 text has
    # next to none (its letters are single bytes that rarely form valid UTF-8 sequences).
    good = len(_UTF8_MULTIBYTE.findall(data))
    if good >= bad or (good and bad <= len(data) * _MAX_BAD_UTF8_SHARE):
        line = _line_of(data, first_bad)
        return Decoded(
            text,
            "utf-8",
            [("decode_replaced", f"{bad} byte sequence(s) not valid UTF-8 were replaced", line)],
        )
    # An 8-bit TCVN3 or VNI file: its bytes as Latin-1 characters, which the text stage converts,
    # unless cp1258 reads the same bytes as more real Vietnamese.
    latin1 = data.decode("latin-1")
    kind = legacy_kind(latin1)
    if kind is not None:
        try:
            as_cp1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
        except UnicodeDecodeError:
            as_cp1258 = ""
        if vietnamese_score(from_legacy(latin1, kind)) > vietnamese_score(as_cp1258):
            # (VIQR is written in ASCII: its file's other bytes are Latin-1, and the text stage
            # converts the VIQR, as it does in a UTF-8 file)
            return Decoded(latin1, "latin-1" if kind == "viqr" else kind, [])
    try:
        legacy = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad}) "
            f"nor cp1258 (byte 0x{data[exc.start]:02x})",
            line=_line_of(data, first_bad),
        ) from None
    if _CP1258_VIET.search(legacy):
        return Decoded(legacy, "cp1258", [])
    raise DecodeError(
        f"not valid UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad}) "
        "and not recognisable as cp1258 Vietnamese",
        line=_line_of(data, first_bad),
    )
