"""Mojibake, TCVN3 and VNI repair, with encoders written here from the same tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import docnorm
from docnorm import legacy
from docnorm.legacy import fix_mojibake, from_legacy, legacy_kind
from docnorm.legacy_tables import TCVN3, VNI
from docnorm.normalize import normalise

from .conftest import SEEDS

_TO_TCVN3 = {v: k for k, v in TCVN3.items()}
_TO_VNI = {v: k for k, v in sorted(VNI.items(), key=lambda kv: -len(kv[0]))}


def to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 as Latin-1 characters (capitals with marks use the small letter's byte)."""
    out = []
    for ch in text:
        if ch in _TO_TCVN3:
            out.append(_TO_TCVN3[ch])
        elif ch.lower() in _TO_TCVN3 and not ch.isascii():
            out.append(_TO_TCVN3[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def to_vni(text: str) -> str:
    return "".join(_TO_VNI.get(ch, ch) for ch in text)


def to_mojibake(text: str) -> str:
    """UTF-8 bytes shown as Windows-1252 (undefined bytes as C1 controls, as browsers do)."""
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


SENTENCE = "Cộng hòa xã hội chủ nghĩa Việt Nam, độc lập tự do hạnh phúc, Đảng bộ tỉnh Lạng Sơn"


@pytest.mark.parametrize(
    ("messy", "kind"),
    [
        (to_tcvn3(SENTENCE), "tcvn3"),
        (to_vni(SENTENCE), "vni"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni"),
    ],
)
def test_legacy_detected_and_converted(messy: str, kind: str) -> None:
    assert legacy_kind(messy) == kind
    assert normalise(from_legacy(messy)) == normalise(from_legacy(messy, kind))


def test_round_trips() -> None:
    assert normalise(to_tcvn3(SENTENCE)) == normalise(SENTENCE)
    assert normalise(to_vni(SENTENCE)) == normalise(SENTENCE)
    assert fix_mojibake(to_mojibake(SENTENCE)) == SENTENCE


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE,
        "The naïve café on the Champs-Élysées",
        "Giá xăng tăng mạnh: ©2020 Báo Tuổi Trẻ, 28°C, « trích dẫn »",
        "Hoà, khoẻ, thuỷ, uỷ ban, Toà án, xoá đói giảm nghèo",
        "Ông Müller (Đức) và bà Núñez (Tây Ban Nha) dự hội nghị",
    ],
)
def test_detection_does_not_fire_on_unicode_or_english(text: str) -> None:
    assert legacy_kind(text) is None
    assert fix_mojibake(text) == text


def test_tcvn3_capitals() -> None:
    assert (
        from_legacy(to_tcvn3("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )


def test_legacy_file_bytes() -> None:
    data = to_tcvn3("Bài báo về Đảng bộ tỉnh\n\n" + SENTENCE + ".").encode("latin-1")
    decoded = docnorm.parse_bytes(data)
    assert decoded.title is not None
    assert normalise(SENTENCE) in normalise(docnorm.to_text(decoded))


# Real sentences (from the seed dumps): detection is statistical and meant for real text; a
# handful of repeated syllables can be read either way (docs/limits.md).
SENTENCES = sorted(
    {
        part.strip()
        for path in SEEDS
        for line in path.read_text(encoding="utf-8").split("\n")
        for part in line.split(". ")
        if len(part.split()) >= 8
    }
)
words = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(". ".join)


@given(words)
def test_any_text_survives_tcvn3_vni_and_mojibake(text: str) -> None:
    canonical = normalise(text)
    assert normalise(to_vni(text)) == canonical
    assert normalise(to_mojibake(text)) == canonical
    # TCVN3 (ABC) has no capitals with marks: they are written with the small letters' bytes.
    assert normalise(to_tcvn3(text)).lower() == canonical.lower()


@given(st.text(alphabet="aeouyAEOUYôöÔÖbcnthqàáâêµ¸©«ÈÉÂñÑùøûõẠạđ xz1.", max_size=40))
def test_quick_sign_bound_never_undercounts(text: str) -> None:
    """legacy_kind rejects early when the quick upper bound says there are too few signs."""
    signs = len(legacy._SIGN.findall(text)) + len(legacy._VNI_PAIR.findall(text))
    assert legacy._most_signs(text) >= signs
