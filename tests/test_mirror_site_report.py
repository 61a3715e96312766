"""A report mirrored by a web site in traditional characters with pinyin glued after them (ingest/site_furniture.py via
ingest/clean.py): the page's furniture around the report is dropped, so the signature's date ends the text; the old
format's (2008–2019) "按时/延期办结" and "(不)同意公开答复的" figures get their own meaning (ingest/narrative.py); a quote cut
from the original is shown simplified without the glosses (assistant/shown_quotes.py); the English words of the old
format's rows ask them.  Fictional 青禾市样例局 (样例)."""

from assistant.query import parse_question
from assistant.shown_quotes import shown_quote
from ingest.clean import clean
from ingest.narrative import _LEAD_RULES

PAGE = """首頁 | 範文大全 | 工作報告 | 年度報告
  • 登錄
  • 註冊
【字體：大 中 小】 打印本頁 關閉窗口

青禾市樣例局2018年政府信息公開工作年度報(bào)告
一、概述
2018年，我局依申請(qǐng)公開工作穩步推進，相關工作均按時完成。
相關推薦工作在下一年繼續開展。

青禾市樣例局
2019年1月18日

相關推薦
  • 年度報告範文精選
  • 政務公開工作總結
版權所有 © 2019 範文網 本站內容來源於網絡
備案號：ICP備00000000號-1
"""


def test_mirror_page_furniture_is_dropped_and_the_signature_ends_the_text():
    text = clean(PAGE).text
    for junk in ("首页 |", "登录", "注册", "字体", "范文精选", "版权所有", "ICP"):
        assert junk not in text
    assert text.startswith("青禾市样例局2018年政府信息公开工作年度报告")
    assert text.endswith("青禾市样例局\n2019年1月18日")


def test_report_lines_that_merely_mention_those_words_are_kept():
    text = clean(PAGE).text
    assert "相关工作均按时完成" in text
    assert "相关推荐工作在下一年继续开展。" in text  # a sentence, not a list heading


def _metric(lead: str) -> str | None:
    return next((key for key, rx in _LEAD_RULES if rx.search(lead)), None)


def test_on_time_and_late_answers_are_parts_not_the_count_answered():
    assert _metric("已办结") == "applications_answered"
    assert _metric("其中按时办结") is None
    assert _metric("延期办结") is None


def test_old_format_outcomes_worded_with_their_answer():
    assert _metric("同意公开答复的") == "applications_disclosed"
    assert _metric("同意部分公开答复的") == "applications_partly_disclosed"
    assert _metric("不同意公开答复的") == "applications_withheld"


def test_a_quote_of_the_mirror_is_shown_simplified_without_glosses():
    assert shown_quote(" 我局在依申請(qǐng)公開工作中未收取任何費(fèi)用 ") == "我局在依申请公开工作中未收取任何费用"


def test_english_words_of_the_old_format_rows():
    def terms(q: str) -> list[str]:
        return parse_question(q, []).terms

    assert "按时" in terms("how many applications did the qinghe sample bureau answer on time in 2018?")
    assert "个人隐私" in terms("how many requests were withheld because of personal privacy?")
    assert "商业秘密" in terms("how many were refused as trade secrets?")
    assert "关注热点" in terms("how many public concerns did the qinghe sample bureau respond to?")
