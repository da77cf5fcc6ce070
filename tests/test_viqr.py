"""VIQR (RFC 1456): detection, conversion, and the whole pipeline, with an encoder written here
from the same table."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import docnorm
from docnorm.legacy import from_legacy, from_viqr, is_viqr, legacy_kind, may_need_repair
from docnorm.legacy_tables import VIQR, VIQR_MARKS, VOWELS
from docnorm.normalize import is_clean, normalise

from .conftest import SEEDS

# --- an encoder, from the decoder's own table -----------------------------------------------

# Each marked letter is a letter and one mark: "ậ" is "â" and ".", "â" is "a" and "^".
_PARTS = {letter: pair for pair, letter in VIQR.items() if pair != "Dd"}


def _spell(char: str) -> str:
    if char not in _PARTS:
        return char
    pair = _PARTS[char]
    return _spell(pair[0]) + pair[1:]


def to_viqr(text: str) -> str:
    """Unicode → VIQR as RFC 1456 writes it: marks after the letter, ``DD``/``dd`` for Đ/đ, and a
    backslash before a literal mark character that follows a vowel (and before a second literal
    d opening a word), where it would otherwise be read as a mark."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for i, char in enumerate(text):
        before = text[i - 1] if i else ""
        opens_word = i < 2 or not text[i - 2].isalpha()
        if (char in VIQR_MARKS and before in VOWELS) or (
            char in "dD" and before != "" and before in "dD" and opens_word
        ):
            out.append("\\" + char)
        else:
            out.append(_spell(char))
    return "".join(out)


def test_encoder() -> None:
    assert (
        to_viqr("Việt Nam, Hà Nội, đường, Thứ bảy")
        == "Vie^.t Nam, Ha` No^.i, ddu+o+`ng, Thu+' ba?y"
    )
    assert to_viqr("ĐẮK LẮK. Ông nói: “Đi đâu?”") == "DDA('K LA('K. O^ng no'i: “DDi dda^u\\?”"
    assert to_viqr("mới ra đời.") == "mo+'i ra ddo+`i\\."  # the example of RFC 1456
    assert to_viqr("Do đó, ddos") == "Do ddo', d\\dos"  # a literal second d is escaped
    assert from_viqr("Do ddo', d\\dos") == "Do đó, ddos"


# --- conversion -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("viqr", "unicode"),
    [
        ("Vie^.t Nam", "Việt Nam"),
        ("Ha` No^.i", "Hà Nội"),
        ("ddu+o+`ng", "đường"),
        ("Thu+' ba?y", "Thứ bảy"),
        ("Nguye^~n Tra^`n Thu+o+ng", "Nguyễn Trần Thương"),
        (
            "nga`y 13/02/2020, Ho^.i nghi. ba`n ve^` co^ng ta'c",
            "ngày 13/02/2020, Hội nghị bàn về công tác",
        ),
        ("DDa('k La('k, Kon Tum, Qua?ng Nga~i", "Đắk Lắk, Kon Tum, Quảng Ngãi"),
        ("DDA?NG BO^. TI?NH LA.NG SO+N", "ĐẢNG BỘ TỈNH LẠNG SƠN"),
        ("DDA.I HO^.I DDA.I BIE^?U TOA`N QUO^'C", "ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC"),
        ("DDTO - Sa'ng nay", "ĐTO - Sáng nay"),  # an agency code: đ before a consonant
        (
            "khuy?u tay, nghie^ng ngu+o+`i, giu+o+`ng, qua^`n a'o",
            "khuỷu tay, nghiêng người, giường, quần áo",
        ),
        (
            "ho`a, hoa`, thu?y, thuy?, kho?e, khoe? ca? nha`",
            "hòa, hoà, thủy, thuỷ, khỏe, khoẻ cả nhà",
        ),
        ("Ca'c ba.n ho.c sinh ddi ho.c, ddu? ca? lo+'p.", "Các bạn học sinh đi học, đủ cả lớp."),
    ],
)
def test_viqr_to_unicode(viqr: str, unicode: str) -> None:
    assert from_legacy(viqr, "viqr") == unicode
    assert to_viqr(unicode) == viqr.replace("Dd", "DD")


@pytest.mark.parametrize(
    ("viqr", "unicode"),
    [
        # The RFC 1456 example: the escaped period is punctuation, not a dot below.
        ("mo+'i ra ddo+`i\\.", "mới ra đời."),
        ("Anh ddi dda^u\\?", "Anh đi đâu?"),
        ("Ba\\'c ho\\.", "Ba'c ho."),
        ("d\\da^y", "ddây"),  # a literal second d
        ("e\\^x", "e^x"),
        ("C:\\Users", "C:\\Users"),  # not an escape: nothing after it to keep literal
    ],
)
def test_backslash_escapes(viqr: str, unicode: str) -> None:
    assert from_viqr(viqr) == unicode


@pytest.mark.parametrize(
    ("viqr", "unicode"),
    [
        # "." or "?" ending a word, before a space and a small letter: a tone.
        ("Ho. ddi ho.c ve^` mo^.t mi`nh", "Họ đi học về một mình"),
        ("ca? nu+o+'c, ca? nha`", "cả nước, cả nhà"),
        # ...before a comma, semicolon, colon, an escaped mark, or one more period: a tone.
        ("cu?a Bo^., cu?a So+?; ca?: xong. Ro^`i bo^..", "của Bộ, của Sở; cả: xong. Rồi bộ."),
        ("xong ca?\\. Ro^`i", "xong cả. Rồi"),
        # ...before a capital, a line end or the end of the text: a sentence mark.
        ("Ba.n ddi. Toi ddi.\nHe^'t ro^`i?", "Bạn đi. Toi đi.\nHết rồi?"),
        ("Ca'c anh ddi dda^u? Ho. ddi ho.c.", "Các anh đi đâu? Họ đi học."),
        ("ddi... ro^`i", "đi... rồi"),
        # A tone the last vowel cannot carry is no tone: "nay", "sao", "đâu" take it earlier.
        ("ho^m nay. sao? dda^u. ddi", "hôm nay. sao? đâu. đi"),
        # The word already has its tone: the period is punctuation whatever follows.
        ("Ha` No^.i. ngu+o+`i.", "Hà Nội. người."),
    ],
)
def test_period_and_question_mark_at_a_word_end(viqr: str, unicode: str) -> None:
    assert from_viqr(viqr) == unicode


def test_escaping_text_is_read_by_the_rfc() -> None:
    # A text that escapes its literal periods follows RFC 1456: every other "." after a vowel
    # that can carry it is a tone, before a capital or at a line end too.
    sloppy = "Ba` Nguye^~n Thi. Ma` la` u?y vie^n Bo^. Chi'nh tri."
    assert from_viqr(sloppy) == "Bà Nguyễn Thi. Mà là ủy viên Bô. Chính tri."
    strict = "Ba` Nguye^~n Thi. Ma` la` u?y vie^n Bo^. Chi'nh tri.\\.\nBo^."
    assert from_viqr(strict) == "Bà Nguyễn Thị Mà là ủy viên Bộ Chính trị.\nBộ"


@pytest.mark.parametrize(
    ("viqr", "unicode"),
    [
        ("'ho`a bi`nh'", "'hòa bình'"),  # one tone a word: the closing quote stays
        ("to^'t'", "tốt'"),
        ("a^^ o++ a((", "â^ ơ+ ă("),  # one modifier a vowel
        ("tu+o+i", "tươi"),
        ("C++ x^2 n' ^o^ 3a^ o^2", "C++ x^2 n' ^o^ 3a^ o^2"),  # no vowel before, no word
        ("e.g. o'clock, tuoitre.vn, a.php?id=3", "e.g. o'clock, tuoitre.vn, a.php?id=3"),
        ("address, Eddie, ODD", "address, Eddie, ODD"),  # dd inside a word
    ],
)
def test_only_marks_that_can_combine_are_read(viqr: str, unicode: str) -> None:
    assert from_viqr(viqr) == unicode


def test_lines_and_line_count_are_kept() -> None:
    text = "Tie^u dde^`\n\n  Ddoa.n mo+? dda^`u\\.\r\nDo`ng cuo^'i\n"
    out = from_viqr(text)
    assert out == "Tiêu đề\n\n  Đoạn mở đầu.\r\nDòng cuối\n"
    assert out.count("\n") == text.count("\n")


# --- detection --------------------------------------------------------------------------------

VIQR_TEXTS = [
    "Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam",
    "Ba` Ra'ch, nga`y 5 tha'ng 5 na(m 1994. Ca'c ba.n tha^n me^'n, to^i vu+`a nha^.n ddu+o+.c thu+ cu?a ca'c ba.n.",
    "DDoa`n co^ng ta'c cu?a Ti?nh u?y ddi kie^?m tra co^ng ta'c chua^?n bi. dda.i ho^.i.",
    "Tha`nh pho^' Ho^` Chi' Minh, ngu+o+`i da^n ddo^ng vui ddo'n Te^'t.",
    "Xin chao ca'c ba.n! Chu'ng to^i xin gio+'i thie^.u: www.vietnet.org (trang chu?), email: viet@example.com",
]


@pytest.mark.parametrize("text", VIQR_TEXTS)
def test_viqr_detected(text: str) -> None:
    assert is_viqr(text)
    assert legacy_kind(text) == "viqr"
    assert may_need_repair(text)
    assert not is_clean(text)
    assert normalise(text, "keep") != text


ENGLISH = [
    "I'll meet you at 5 o'clock, so don't be late. What? Yes, e.g. at the cafe near the station, "
    "or see https://example.com/a.php?id=3&page=2 for the map.",
    "The results (see Table 2) were clear: x^2 + y^2 = z^2 holds, and e^x grows faster than "
    "x^10. Isn't that neat? I'd say so.",
    "int main(void) { int a = b ^ c; x += 2; if (p->next) return 0; } // compile with g++ -O2, "
    "not C++ 98; then run ./a.out > log.txt",
    "## Notes\n\n**Important:** run `git rebase -i HEAD~3`, then `git reset HEAD^` if needed. "
    "Smile ^_^ or (^o^) or :-) ;-)\n\n- item one\n- item two? maybe.",
    "Hello^^ everyone! We're at the o'Brien's pub at 7 p.m. -- are you coming? Bring Ann, Eve "
    "and Tom. O.K.? See ya.",
    'Mr. Nguyen (the CEO) said: "Viet Nam\'s GDP grew 2.9% in 2020." Q&A at 10 a.m.; fees: $5 '
    "+ $2 (tax). Email a.b@c.org.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_not_viqr_and_normalising_changes_nothing(text: str) -> None:
    assert legacy_kind(text) is None
    assert from_legacy(text) == text
    assert normalise(text, "keep") == text
    assert normalise(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Cộng hòa xã hội chủ nghĩa Việt Nam, độc lập tự do hạnh phúc",
        # Unicode Vietnamese quoting VIQR words
        "Theo chuẩn VIQR, chữ “Việt” được gõ là Vie^.t.",
        "Người ta từng gõ Vie^.t Nam, Ha` No^.i, ddu+o+`ng pho^' trên các diễn đàn Usenet.",
        "Co^.ng ho`a: đây là cách gõ “Cộng hòa” bằng VIQR, chữ ê là e^, chữ ơ là o+.",
    ],
)
def test_unicode_vietnamese_is_not_viqr(text: str) -> None:
    assert legacy_kind(text) is None
    assert from_legacy(text) == text


def test_a_short_viqr_text_is_not_recognised() -> None:
    # Two VIQR words are too few to tell; from_legacy(text, "viqr") still reads them.
    assert legacy_kind("Vie^.t Nam") is None
    assert from_legacy("Vie^.t Nam") == "Vie^.t Nam"
    assert from_legacy("Vie^.t Nam", "viqr") == "Việt Nam"


def test_tcvn3_and_vni_are_not_taken_for_viqr() -> None:
    assert legacy_kind("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "tcvn3"
    assert legacy_kind("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "vni"


# --- properties on the seed dumps ---------------------------------------------------------------

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
SENTENCES = sorted(
    {
        part.strip()
        for text in SEED_TEXTS
        for line in text.split("\n")
        for part in line.split(". ")
        if len(part.split()) >= 8
    }
)
_HOI_NANG = "ảạẩậẳặẻẹểệỉịỏọổộởợủụửựỷỵ"
_WORD = re.compile(r"[^\W\d_]+")


def _tone_is_read_after(text: str, end: int, capitals: bool) -> bool:
    """What from_viqr needs after a "." or "?" ending a word, to read it as a tone: a mark or
    escape (a literal mark there is escaped), a comma, semicolon or colon, or a space and a small
    letter (after a word in capitals, any letter)."""
    rest = text[end:]
    if rest[:1] and rest[0] in ",;:" + VIQR_MARKS:
        return True
    after = rest.lstrip(" ")
    return after != rest and after[:1].isalpha() and (after[0].islower() or capitals)


_TONE_AS_MARK = {"\u0309": "?", "\u0323": "."}  # hỏi, nặng


def read_as_punctuation(text: str) -> str:
    """``text`` as from_viqr reads its VIQR when the VIQR escapes no period: a hỏi or nặng ending
    a word before a capital, a digit, a bracket or a line end comes back as "?" or "." after the
    bare letter ("Bộ Chính" → "Bô. Chính"), by the rule of docs/limits.md."""
    if re.search(rf"[A-Za-z{re.escape(VIQR_MARKS)}]\\[.?]", to_viqr(text)):
        return text  # an escaped period: the text is read by the RFC

    def reading(m: re.Match[str]) -> str:
        word = m[0]
        if _tone_is_read_after(text, m.end(), len(word) > 1 and word.isupper()):
            return word
        marks = unicodedata.normalize("NFD", word[-1])
        tones = [c for c in marks if c in _TONE_AS_MARK]
        if not tones:
            return word
        bare = unicodedata.normalize("NFC", marks.replace(tones[0], ""))
        return word[:-1] + bare + _TONE_AS_MARK[tones[0]]

    return _WORD.sub(reading, text)


def test_most_seed_sentences_read_back_exactly() -> None:
    # With its final period, a seed sentence reads back exactly when it escapes a period after a
    # vowel (the RFC reading) or has no hỏi or nặng ending a word before a capital or a digit.
    exact = [
        s for s in SENTENCES if read_as_punctuation(s.rstrip(".") + ".") == s.rstrip(".") + "."
    ]
    assert len(SENTENCES) > 50
    assert len(exact) >= 0.5 * len(SENTENCES)
    assert read_as_punctuation("Ban Thường vụ Tỉnh ủy họp") == "Ban Thường vu. Tỉnh ủy họp"
    assert (
        read_as_punctuation("Ban Thường vụ Tỉnh ủy họp ở Hà Nội.")
        == "Ban Thường vụ Tỉnh ủy họp ở Hà Nội."
    )


sentences = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(". ".join)


@given(sentences)
def test_seed_sentences_survive_viqr(text: str) -> None:
    viqr = to_viqr(text)
    assert legacy_kind(viqr) == "viqr"  # every seed sentence of 8 words or more
    assert normalise(viqr, "keep") == normalise(read_as_punctuation(text), "keep")
    assert from_legacy(text) == text  # Unicode Vietnamese is left alone
    once = normalise(viqr)
    assert normalise(once) == once


ENGLISH_SENTENCES = [s for paragraph in ENGLISH for s in re.split(r"(?<=[.?!])\s+", paragraph)]


@given(st.lists(st.sampled_from(ENGLISH_SENTENCES), min_size=1, max_size=8).map(" ".join))
@example("Hello^^ everyone! O.K.? O.K.? O.K.?")  # one word repeated; "ọk" is no syllable
@example("Meet at 9 a.m., i.e. early: e^x and o^2 grow. O.K.? a.m. i.e. a.m.")
def test_any_english_text_is_left_alone(text: str) -> None:
    assert legacy_kind(text) is None
    assert normalise(text, "keep") == text.strip(" ")


@pytest.mark.parametrize("text", SEED_TEXTS, ids=[p.name for p in SEEDS])
def test_seed_dumps_are_not_viqr(text: str) -> None:
    assert legacy_kind(text) is None
    assert from_legacy(text) == text


# --- the whole pipeline -------------------------------------------------------------------------


@pytest.mark.parametrize("text", SEED_TEXTS, ids=[p.name for p in SEEDS])
def test_a_seed_dump_in_viqr_gives_the_same_record(text: str) -> None:
    viqr = to_viqr(text)
    assert legacy_kind(viqr) == "viqr"
    original, converted = docnorm.parse(text), docnorm.parse(viqr)
    assert converted.title == original.title
    assert converted.lead == original.lead
    assert converted.body == original.body
    assert docnorm.to_dict(converted) == docnorm.to_dict(original)


def test_explain_shows_the_legacy_step() -> None:
    text = SEED_TEXTS[0]
    explanation = docnorm.explain(to_viqr(text))
    assert "legacy" in explanation.changes
    assert "legacy" not in docnorm.explain(text).changes
    assert str(explanation).startswith("# text changes: legacy")
    assert explanation.article.title == docnorm.parse(text).title


def test_viqr_bytes() -> None:
    text = SEED_TEXTS[1]
    viqr = to_viqr(text).encode("utf-8")
    assert docnorm.parse_bytes(viqr).title == docnorm.parse(text).title
    assert docnorm.explain(viqr).encoding == "utf-8"


def test_viqr_file_with_a_latin1_byte() -> None:
    """VIQR is ASCII; a byte beyond it that is not UTF-8 is read as Latin-1 (the file's
    encoding), and the VIQR is converted all the same."""
    viqr = to_viqr(SEED_TEXTS[1]).encode("ascii", "ignore")  # (a pure VIQR file is ASCII)
    data = viqr + b"\n\nBa?n quye^`n \xa9 2020\n"  # a Latin-1 copyright sign
    explanation = docnorm.explain(data)
    assert explanation.encoding == "latin-1"
    assert "legacy" in explanation.changes
    assert explanation.article.title == docnorm.explain(viqr).article.title
    assert explanation.lines[-1].text == "Bản quyền © 2020"
