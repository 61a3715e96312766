"""Two questions about one report joined the way people join them (assistant/ask_connectors.py): each is an ask of
its own, searched without the joining word; fictional agencies only."""

from assistant.ask_connectors import joined_questions_en, restates_subject, without_connector
from assistant.ask_question import _asks_what
from assistant.asks import split_asks


def test_a_later_zh_question_loses_its_joining_word_and_is_no_shortened_ask():
    for joiner in ("另外，", "还有", "顺便问下，", "此外，"):
        asks = split_asks(f"青禾县信访局2031年收到多少件申请？{joiner}青禾县信访局2031年的年报网上是哪天发布的？",
                          ["青禾县信访局"])
        assert [a.text for a in asks] == ["青禾县信访局2031年收到多少件申请", "青禾县信访局2031年的年报网上是哪天发布的"]
        assert not asks[1].elliptic  # (it asks its own thing: no metric of the ask before it is carried)


def test_a_subject_said_again_by_its_year_alone_is_a_whole_question():
    asks = split_asks("翠湖区政府办2031年主动公开多少条？另外，2031年的信息公开年报是哪天在网上发布的？")
    assert len(asks) == 2 and not asks[1].elliptic and not asks[1].text.startswith("另外")


def test_shortened_asks_and_words_of_the_ask_stay():
    asks = split_asks("青禾县信访局2031年行政许可处理决定多少？另外上年项目数呢")
    assert asks[-1].elliptic  # "另外X呢": what the ask before asked, of X
    assert without_connector("还有多少件没办完") == "还有多少件没办完"
    assert without_connector("另外两类各几件") == "另外两类各几件"
    assert without_connector("and how many were refused") == "and how many were refused"
    assert without_connector("and that qinghe report: were any fees charged") == "that qinghe report: were any fees charged"
    assert not restates_subject("还有2031年呢")


def test_english_questions_joined_with_their_subject_said_again():
    for joiner in (", and also", " plus", "; also,"):
        q = (f"how many requests did the qinghe petitions bureau receive in 2031{joiner} qinghe petitions bureau, "
             "2031 — did anybody come in person to file one?")
        asks = split_asks(q)
        assert len(asks) == 2, joiner
        assert asks[1].text.startswith("qinghe petitions bureau")
    asks = split_asks("phone number to call with questions about cuihu district office's 2031 report plus cuihu district office, "
                      "2031 report — what duties does it say it carried out?")
    assert len(asks) == 2


def test_one_english_ask_with_plus_or_also_stays_one():
    q = "how many requests plus appeals did qinghe get in 2031?"
    assert joined_questions_en(q) == q
    q = "how many items did cuihu publish in 2031, and also the number of requests it received?"
    assert joined_questions_en(q) == q  # (no subject said again before a dash or colon: the split's own readers)


def test_sha_asks_what_like_shenme():
    assert _asks_what("青禾县信访局2031年信息公开存在啥问题")
    assert not _asks_what("青禾县信访局2031年啥时候发布的年报")


def test_a_sum_of_two_things_joined_by_plus_is_one_question():
    for q in ("qinghe office 2031: requests by email plus requests by fax — how many in all?",
              "qinghe office 2031: items on its own website plus items on its wechat account — how many in all?",
              "cuihu office, 2031: letters plus calls to its hotline — what was the total?"):
        assert joined_questions_en(q) == q
    asks = split_asks("qinghe office 2031: requests by email plus requests by fax — how many in all?")
    assert all(a.text.startswith("qinghe office 2031") for a in asks), [a.text for a in asks]


def test_a_field_word_asks_only_heading_its_sentence_or_not_as_a_things_means():
    from assistant.ask_connectors import _asks_en
    assert _asks_en("phone number to call with questions about cuihu office's 2031 report")
    assert _asks_en("cuihu office's website")
    assert not _asks_en("requests by email")
    assert not _asks_en("qinghe office 2031: items on its own website")


def test_a_chinese_sentence_before_the_joiner_is_never_split_as_english():
    from assistant.ask_connectors import _chinese
    assert _chinese("青禾县样例办2031年收到多少件申请")  # (a whole sentence, not one character)
    assert not _chinese("qinghe 青禾县 2031")
