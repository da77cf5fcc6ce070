"""Problems the generated dumps found, fixed, kept as minimal examples."""

from __future__ import annotations

import docnorm

from ..ledger import assert_lossless

TITLE = "Tỉnh ủy họp bàn công tác chuẩn bị đại hội"
LEAD = "Ban Thường vụ Tỉnh ủy họp bàn công tác chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII."


def test_byline_credit_words_are_kept_beside_a_trailing_credit() -> None:
    article = docnorm.parse(f"{TITLE}\n\n{LEAD}\n\nBài và ảnh: Minh Hà (Theo TTXVN)\n")
    assert article.authors == ("Minh Hà",)
    assert article.source == docnorm.Source("TTXVN", "Thông tấn xã Việt Nam")
    assert [(r.kind, r.text) for r in article.removed] == [
        ("credit", "Bài và ảnh:"),
        ("credit", "(Theo TTXVN)"),
    ]


def test_to_text_keeps_a_source_read_from_a_credit() -> None:
    article = docnorm.parse(f"{TITLE}\n\n{LEAD}\n\nMINH HÀ\n\nTheo Báo Bình Phước\n")
    assert article.source == docnorm.Source("Báo Bình Phước", None)
    again = docnorm.parse(docnorm.to_text(article))
    assert (again.source, again.lead) == (article.source, article.lead)


def test_ledger_counts_a_lead_code_beside_byline_credit_words() -> None:
    text = f"{TITLE}\n\nLSO - {LEAD}\n\nẢnh: Minh Hà\n"
    article = docnorm.parse(text)
    # The record is lossless: LSO in source, "Ảnh:" in removed, "Minh Hà" in authors.
    assert article.source == docnorm.Source("LSO", "Báo Lạng Sơn")
    assert [(r.kind, r.text) for r in article.removed] == [("credit", "Ảnh:")]
    assert_lossless(text)
