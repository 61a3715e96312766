from assistant.negated_reasons import asks_not_done, reason_before_refusal


def test_the_clauses_before_a_refusal_are_its_reason():
    assert reason_before_refusal("本中心不对外以自己名义履行行政职能,不适用于《某条例》第三条的情况,暂不接受依申请公开。")
    assert not reason_before_refusal("本中心暂不接受依申请公开。")
    assert not reason_before_refusal("本中心全年受理申请5件,均已办结。")


def test_an_ask_of_something_not_done():
    assert asks_not_done("青苗县档案馆暂不受理申请，给出的理由是什么")
    assert asks_not_done("why doesn't the archive accept requests")
    assert not asks_not_done("why did requests rise so much")
