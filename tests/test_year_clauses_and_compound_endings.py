"""Two years asked in two Chinese clauses then compared; a compound ending in 文件 also finds its 档案 spelling
(fictional 青禾县样例局)."""

from assistant.labels import has
from assistant.year_clauses import years_in_one_clause_zh


def test_two_year_clauses_with_comparison_read_as_one_clause():
    q = "青禾县样例局2019年发布了多少条信息，2020年又发布多少条？是增是减，差多少？"
    assert years_in_one_clause_zh(q) == "青禾县样例局2019年和2020年发布了多少条信息？是增是减，差多少？"


def test_second_clause_bare_or_with_shi():
    assert years_in_one_clause_zh("青禾县样例局2019年公开规章多少件，2020年又是多少件？哪年多") \
        == "青禾县样例局2019年和2020年公开规章多少件？哪年多"
    assert years_in_one_clause_zh("青禾县样例局2019年收到多少件申请，2020年呢？哪年多") == "青禾县样例局2019年和2020年收到多少件申请？哪年多"


def test_no_comparison_or_another_act_stays_two_asks():
    q = "青禾县样例局2019年收到多少件申请，2020年呢？"
    assert years_in_one_clause_zh(q) == q
    q = "青禾县样例局2019年收到多少件申请，2020年办结了多少件？哪个多"
    assert years_in_one_clause_zh(q) == q


def test_compound_ending_in_wenjian_finds_dangan_spelling():
    assert has("县政府其他文件", "县政府其他档案")
    assert has("任免文件", "人事任免档案")
    assert not has("文件", "档案")  # the bare word: 档案 alone is archives
    assert not has("其他文件", "其他材料")
