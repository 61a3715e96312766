"""Fictional cases (青禾镇样例): an English verb rendered as a word an account's name holds names no listed outlet;
money spent is not the fees collected of table 二."""

from assistant.counted_things import misses_counted_thing
from assistant.lumped_items import asks_one_of_lumped

LUMPED = "全年通过镇政府网站、“青禾发布”微信公众号和村务公开栏等渠道主动公开政府信息"


def test_publish_names_no_account_whose_name_holds_fabu():
    # "publish" renders as 发布, which the account's name “青禾发布” holds: the ask names no outlet, the total answers
    assert not asks_one_of_lumped("how many items did qinghe town proactively publish in 2021?", LUMPED)
    # an outlet's own word still names it: one outlet of the lump is not stated on its own
    assert asks_one_of_lumped("how many items did qinghe town post on wechat in 2021?", LUMPED)


def test_spending_is_not_fees_collected():
    ask = "how much money did the qinghe town government spend on disclosure work in 2021?"
    assert misses_counted_thing(ask, "行政事业性收费 本年收费金额（单位：万元） administrative fees collected")
    assert not misses_counted_thing(ask, "全年投入政务公开工作经费3.5万元")
    assert misses_counted_thing("青禾镇政务公开经费是多少", "行政事业性收费 本年收费金额")



def test_whether_there_was_any_spending_is_no_amount_asked():
    # ("were there any fee waivers, and any litigation-related spending?": a statement of none answers it)
    ask = "were there any fee waivers at the qinghe sample bureau, and any litigation-related spending?"
    assert not misses_counted_thing(ask, "我局依申请提供政府信息未收取费用,不存在减免情况")
