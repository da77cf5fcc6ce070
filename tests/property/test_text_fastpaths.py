"""The text stage's fast paths give what the plain computations they stand for give.

Each shortcut (fewer scans, str.replace for a regex substitution, bounds that let legacy
detection stop early) is compared with the straightforward code on generated text: Vietnamese
words in both tone styles, o/u + marked vowel pairs, legacy-looking letters (TCVN3, VNI,
VIQR), ©, ®, », NBSP, Ã, mojibake, NFD marks, spaces and line breaks.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given
from hypothesis import strategies as st

from docnorm import legacy, normalize, tones
from docnorm.normalize import fold_spaces, normalise, spaces
from docnorm.tones import old_style_at, to_old_style

from ..test_normalize import _normalise_slow

PIECES = [
    *"aoueyiAOUEYI bcdghnqtxBCDNQT.,1\n",
    *"àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴòóỏõọùúủũụăâêôơưđĐệữ",
    "hoà", "hòa", "khoẻ", "khỏe", "thuỷ", "thủy", "uỷ", "ủy", "quý", "hoàn", "HOÀ", "THUỶ",
    "hoà ", "uỷ, ", "OÀ\n", "khoẻ.", "Việt Nam", "người", "được", "tuân", "khuya", "oà", "uâ", "yê", "uỳ",
    # TCVN3 and VNI letters, VNI pairs (some overlapping: "öôù"), capitals inside a word
    "Céng", "hoµ", "x·", "ViÖt", "chuÈn", "tiÕng", "Coäng", "hoøa", "xaõ", "Vieät", "ñòa",
    "öô", "öôù", "aø", "aøb", "oä", "uï", "ôï", "EÂ", "AÙ", "ø", "å", "ä", "ë", "ï", "ü", "û",
    "ñ", "Ñ", "ÿ", "¸", "µ", "«", "¨", "È", "Õ", "Ù",
    # the site footers' and mojibake's characters, spaces, marks, VIQR
    "©", "®", "© Bản quyền", "Copyright©", "»", "Ã", "Ã¡", "OÃ", "hoÃ©", "&nbsp;", "Thá»©", "Ä\x90", "\xa0", "\xad",
    "  ", " \n", "\n ", "\r\n", "\t", "\u200b", "\u0300", "\u0301", "\u0309", "\u0323",
    "\u0302", "&amp;", "Vie^.t", "a^", "Ð", "ð",
]  # fmt: skip
text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
spaced = st.lists(st.sampled_from([" ", "  ", "   ", "\n", " \n ", "a", "ủy", "\xa0"]), max_size=30)


# --- fold_spaces ---------------------------------------------------------------------------------


def _fold_spaces_by_regex(text: str) -> str:
    text = re.sub(" {2,}", " ", text)
    return re.sub(" ?\n ?", "\n", text).strip(" ")


@given(spaced.map("".join))
def test_fold_spaces_as_the_regexes_would(sample: str) -> None:
    assert fold_spaces(sample) == _fold_spaces_by_regex(sample)


@given(text)
def test_fold_spaces_on_any_text(sample: str) -> None:
    assert fold_spaces(sample) == _fold_spaces_by_regex(sample)


# --- legacy detection ----------------------------------------------------------------------------


def _signs(text: str) -> int:
    return len(legacy._SIGN.findall(text)) + len(legacy._VNI_PAIR.findall(text))


def _eight_bit_kind_exact(text: str) -> str | None:
    """_eight_bit_kind without its quick bound: the exact count decides at once."""
    if legacy._ODD_CHAR.search(text) is None:
        return None
    signs = _signs(text)
    if signs < legacy.MIN_SIGNS or len(legacy._VIETNAMESE.findall(text)) >= signs:
        return None
    return legacy._eight_bit_kind(text)  # (the bound lets such a text through)


@given(text)
def test_quick_sign_bound_is_an_upper_bound(sample: str) -> None:
    assert legacy._most_signs(sample) >= _signs(sample)


# Overlapping signs and pairs: "aøb" is a sign and a pair owning the same ø, "öôù" two pairs.
@given(st.lists(st.sampled_from([*"aeouyôöAEOUYÔÖbqñÑ ø©ùõâàêÈÂÙ", "aøb", "öôù"]), max_size=20))
def test_quick_sign_bound_on_crowded_signs(pieces: list[str]) -> None:
    sample = "".join(pieces)
    assert legacy._most_signs(sample) >= _signs(sample)


# Every three characters from the letters each alternative looks at (vowels, consonants, odd
# Latin-1 characters, VNI marks, capitals, ñ, a digit, a space, a non-Latin-1 letter).
TRIPLE_ALPHABET = "aeouyôöAEOUYÔÖbqBñÑø©ïåùõâáàãêéèúôÙÕÂÁÀÃÊÉÈÚÌÝ1 ư"


def test_quick_sign_bound_on_every_three_characters() -> None:
    for first, second, third in itertools.product(TRIPLE_ALPHABET, repeat=3):
        sample = first + second + third
        assert legacy._most_signs(sample) >= _signs(sample), sample


@given(text)
def test_legacy_kind_as_the_exact_count_gives(sample: str) -> None:
    assert legacy._eight_bit_kind(sample) == _eight_bit_kind_exact(sample)
    odd = legacy._ODD_CHAR.search(sample) is not None
    assert legacy._eight_bit_kind(sample, odd) == legacy._eight_bit_kind(sample)


@given(text, st.booleans())
def test_from_legacy_scanned_as_from_legacy(sample: str, odd_first: bool) -> None:
    sample = "©" + sample if odd_first else sample
    odd = legacy._ODD_CHAR.search(sample) is not None
    assert legacy.from_legacy_scanned(sample, odd) == legacy.from_legacy(sample)


# --- normalise: one scan for suspects and pairs, steps given what it found ------------------------


@given(text)
@example("HOÃ, Ã©")  # Ã as a pair's second letter
def test_one_scan_finds_the_suspects_and_the_pairs(sample: str) -> None:
    if sample.isascii():
        return
    found, pairs = normalize._suspects_and_pairs(sample)
    assert found == normalize._suspects(sample)
    if pairs is not None:
        assert pairs == set(tones._NEW_STYLE.findall(sample))


@given(text)
def test_old_style_at_the_pairs_as_to_old_style(sample: str) -> None:
    pairs = frozenset(tones._NEW_STYLE.findall(sample))
    assert old_style_at(pairs, sample) == to_old_style(sample)


@given(st.text(st.sampled_from([*normalize._SPACE_CHARS, "\xad", " ", "\n", "a", "ủ", "©"])))
def test_spaces_given_what_the_scan_found(sample: str) -> None:
    found = frozenset(normalize._SUSPECT.findall(sample))
    assert normalize._spaces_found(sample, found) == spaces(sample)


@given(text, st.sampled_from(["old", "new", "keep"]))
# VNI text whose repair makes a new-style pair (hoaø is hoà): the tone pass reads the new text.
@example("Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam", "old")
@example("giá&nbsp;xăng", "old")  # the entity makes an NBSP the scan never saw
@example("hoÃ©", "old")  # mojibake for hoé, where Ã is a pair's second letter
def test_normalise_as_every_step_on_every_text(sample: str, style: str) -> None:
    expected: list[str] = []
    got: list[str] = []
    assert normalise(sample, style, record=got) == _normalise_slow(sample, style, expected)  # type: ignore[arg-type]
    assert got == expected
