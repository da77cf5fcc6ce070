"""Unit tests for ``docnorm.decode.decode_bytes``: encodings detected, binary and bad input refused."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import docnorm
from docnorm.decode import decode_bytes

TEXT = (
    "Thứ bảy, 08/08/2020, 18:26 [GMT+7]\n"
    "Đảng bộ Thành phố Lai Châu\n"
    "LSO-Sáng nay (22/5), đoàn công tác của Tỉnh ủy Lạng Sơn đã kiểm tra công tác chuẩn bị "
    "đại hội; Nguyễn Thị Hương, người dân ở xã Quảng Yên, huyện Yên Thủy, cho biết: "
    "“Chúng tôi rất phấn khởi…”\n"
    "ANH DŨNG\n"
)

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese as cp1258 does: precomposed base letters, the tone as a combining mark.

    cp1258 has ư ơ â ê ô ă đ (and the like) but no toned letters, so a letter it cannot encode is
    split (NFD) into its base letter plus tone mark; the base is recomposed (NFC) and the tone
    mark follows it. The mark moved out is the tone mark, not simply the last combining mark:
    in NFD "ộ" is o + dot below + circumflex, and "ọ" is not in cp1258 while "ô" is.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = [c for c in parts if c in TONE_MARKS]
        assert len(tones) == 1, char
        base = unicodedata.normalize("NFC", parts.replace(tones[0], ""))
        out += base.encode("cp1258") + tones[0].encode("cp1258")
    return bytes(out)


def test_cp1258_helper_uses_combining_tones() -> None:
    # "Việt" is V, i, ê (0xEA), combining dot below (0xF2), t
    assert to_cp1258("Việt") == b"Vi\xea\xf2t"
    assert to_cp1258("Hội") == b"H\xf4\xf2i"
    assert to_cp1258("đường") == b"\xf0\xfd\xf5\xccng"


# --- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # Python writes a BOM and little-endian
        (TEXT.encode("utf-16-le"), "utf-16"),  # no BOM: found by its NUL pattern
        (TEXT.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16", "utf16le", "utf16be"],
)
def test_unicode_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT  # BOM removed, nothing replaced
    assert decoded.encoding == encoding
    assert decoded.notices == []


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "Việt Nam",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Đồng Tháp lần thứ 5.\n",
        "ĐẢNG BỘ THÀNH PHỐ LAI CHÂU\nTỈNH ỦY LẠNG SƠN\n",
        "đi",
    ],
    ids=["article", "short", "sentence", "upper", "two-letters"],
)
def test_cp1258(text: str) -> None:
    data = to_cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test input really is not UTF-8
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1258"
    assert unicodedata.normalize("NFC", decoded.text) == text
    assert decoded.notices == []


# --- damaged UTF-8 --------------------------------------------------------------------------------


@pytest.mark.parametrize(("target", "line"), [("Thứ", 1), ("Lai", 2), ("Lạng", 3), ("DŨNG", 4)])
def test_stray_byte_in_utf8_is_replaced_with_notice(target: str, line: int) -> None:
    data = TEXT.encode("utf-8")
    bad_at = data.index(target.encode("utf-8")) + 1
    damaged = data[:bad_at] + b"\xff" + data[bad_at:]
    decoded = decode_bytes(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.text == TEXT.replace(target, target[0] + "\ufffd" + target[1:], 1)
    assert len(decoded.notices) == 1
    code, message, notice_line = decoded.notices[0]
    assert code == "decode_replaced"
    assert notice_line == line
    assert message
    assert "\n" not in message


# --- properties -------------------------------------------------------------------------------

# Words with a letter only Vietnamese uses (ă đ ơ ư, or a tone that cp1258 has to write as a
# combining mark), and ordinary words that could be French or English.
VIETNAMESE_WORDS = [
    "Việt",
    "Đảng",
    "người",
    "được",
    "những",
    "ở",
    "Tỉnh",
    "ủy",
    "Lạng",
    "Sơn",
    "đại",
    "hội",
    "thường",
    "kỳ",
    "Thủ",
    "tướng",
    "Ủy",
    "ĐẢNG",
    "NGƯỜI",
    "huyện",
    "Quảng",
    "Hương",
    "khởi",
]
PLAIN_WORDS = ["Nam", "Hà", "Nội", "ban", "và", "là", "có", "tin", "mới", "2020", "18:26", "“", "”"]
SEPARATORS = [" ", ", ", ". ", "\n", "\n\n", " - "]


def _prose(min_vietnamese: int) -> st.SearchStrategy[str]:
    """Words and separators, with at least ``min_vietnamese`` words from VIETNAMESE_WORDS."""
    vietnamese = st.tuples(st.sampled_from(VIETNAMESE_WORDS), st.sampled_from(SEPARATORS))
    any_word = st.tuples(
        st.sampled_from(VIETNAMESE_WORDS + PLAIN_WORDS), st.sampled_from(SEPARATORS)
    )
    return (
        st.tuples(
            st.lists(vietnamese, min_size=min_vietnamese, max_size=6),
            st.lists(any_word, max_size=30),
        )
        .flatmap(lambda parts: st.permutations(parts[0] + parts[1]))
        .map(lambda pairs: "".join(word + sep for word, sep in pairs))
    )


@given(_prose(1), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_unicode_round_trip(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)).text == text


@given(_prose(1))
def test_cp1258_round_trip(text: str) -> None:
    data = to_cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1258"
    assert unicodedata.normalize("NFC", decoded.text) == text


@given(_prose(2), st.data())
def test_stray_byte_between_characters(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)), label="at")
    damaged = text[:at].encode() + b"\xff" + text[at:].encode()
    decoded = decode_bytes(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.text == text[:at] + "\ufffd" + text[at:]
    assert [(code, line) for code, _, line in decoded.notices] == [
        ("decode_replaced", text[:at].count("\n") + 1)
    ]


# --- errors ---------------------------------------------------------------------------------------


def _one_line(error: docnorm.DocnormError) -> None:
    assert isinstance(error, docnorm.DocnormError)
    assert str(error)
    assert "\n" not in str(error)
    assert str(error) == error.message


@pytest.mark.parametrize("data", [b"", b" ", b"\n\n", b"\r\n \t\r\n"], ids=repr)
def test_empty_input(data: bytes) -> None:
    with pytest.raises(docnorm.EmptyInputError) as info:
        decode_bytes(data)
    _one_line(info.value)


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x8b\x9c\x08Q" + b"\x00" * 16 + b"word/document.xml"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (PNG, "PNG"),
        (PDF, "PDF"),
        (ZIP, "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ],
    ids=["png", "pdf", "zip", "jpeg", "gzip"],
)
def test_binary_headers(data: bytes, what: str) -> None:
    with pytest.raises(docnorm.BinaryInputError) as info:
        decode_bytes(data)
    _one_line(info.value)
    assert what in str(info.value)
    assert info.value.line == 1


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"Tin moi\nabc\x00def\n", 2),
        ("Tiêu đề\nDòng hai\nDòng\x00 ba\n".encode(), 3),
        (b"\x00", 1),
    ],
)
def test_nul_bytes_are_binary(data: bytes, line: int) -> None:
    with pytest.raises(docnorm.BinaryInputError) as info:
        decode_bytes(data)
    _one_line(info.value)
    assert info.value.line == line


def test_control_bytes_are_binary() -> None:
    with pytest.raises(docnorm.BinaryInputError) as info:
        decode_bytes(b"Tin moi\nabc\x01\x02\x03\x04\x05def\n")
    _one_line(info.value)
    assert info.value.line == 2


@pytest.mark.parametrize(
    ("data", "line"),
    [
        # bytes undefined in cp1258 and invalid in UTF-8
        (b"Tin moi\nabc \x81\x8d\x8f\x90\x9d def \x81\x8d\n", 2),
        # Latin-1 French: valid cp1258, but nothing Vietnamese about it
        ("Café crème brûlée, déjà vu, naïve façade.".encode("latin-1"), 1),
        # a BOM that lies
        (codecs.BOM_UTF8 + b"Tin moi\n\xff\xfe\n", 2),
        (codecs.BOM_UTF16_LE + b"T\x00i\x00\n\x00\x00\xdc", 2),  # a lone low surrogate
    ],
    ids=["undefined-bytes", "latin1", "utf8-bom", "utf16-bom"],
)
def test_undecodable(data: bytes, line: int) -> None:
    with pytest.raises(docnorm.DecodeError) as info:
        decode_bytes(data)
    _one_line(info.value)
    assert info.value.line == line


@pytest.mark.parametrize(
    "error",
    [
        docnorm.EmptyInputError,
        docnorm.BinaryInputError,
        docnorm.DecodeError,
    ],
)
def test_error_classes_are_docnorm_errors(error: type[Exception]) -> None:
    assert issubclass(error, docnorm.DocnormError)
