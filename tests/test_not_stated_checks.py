"""The registry of "not stated" checks (assistant/not_stated_checks.py): every check has a name and a one-line why,
judges facts, sentences or scope, and fires on a case of its kind; the precision rules refuse what it refuses.

Every text here is written for fictional agencies (青禾县样例局, 云栖市); none is copied from a report.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.metrics import metric
from assistant.core.types import Fact, Report
from assistant.not_stated_checks import CHECKS, FIRST, THEN, FactCase, SentenceCase
from assistant.not_stated_runs import scope_refusal
from assistant.precision import fact_answers, sentence_answers
from assistant.query import parse_question
from prompts import load_templates
from tests.test_precision import REPORT
from tests.test_refusals_round12 import AGENCIES, AGENCIES_INDEX, PLACES, PLACES_INDEX

BY_NAME = {c.name: c for c in CHECKS}


def test_every_check_has_a_unique_name_a_reason_and_something_to_judge():
    assert len(BY_NAME) == len(CHECKS)
    for c in CHECKS:
        assert c.name.strip() and c.why.strip() and "\n" not in c.why, c
        assert c.fact or c.sentence or c.scope, c.name
        for judge in (c.fact, c.sentence):
            assert judge is None or judge.when in (FIRST, THEN), c.name


def _fact(row: str, value: float | None = 12, kind: str = "narrative", unit: str = "条", table: str = "narrative",
          column: str = "", metric_key: str | None = None) -> Fact:
    return Fact(doc_id=REPORT.doc_id, table=table, row=row, column=column, value=value, kind=kind, unit=unit,
                label_zh=row, metric=metric_key, raw=row, start=0, end=1, quote_start=0, quote_end=1)


# (check name, fact, asked metric key, ask): the fact answers no such ask
FACT_CASES = [
    ("report parts", _fact("本报告由总体情况等6部分组成", 6, unit="部分"), None, "青禾县样例局行政诉讼多少件"),
    ("count for parts", _fact("予以公开及部分公开", 258, unit="件"), None, "青禾县样例局2019年那份年报有几个部分？"),
    ("web address", _fact("详见www.qinghe.gov.cn/col/col1208/index.html", 1208), None, "青禾县样例局公开了多少条信息"),
    ("website items", _fact("主动公开信息890条", 890, metric_key="proactive_disclosures"), "proactive_disclosures",
     "青禾县样例局政府网站发布信息多少条"),
    ("channel items", _fact("我局主动公开的信息共计85条", 85, metric_key="proactive_disclosures"), "proactive_disclosures",
     "青禾县样例局在公告栏上贴出了几条信息"),
    ("count for an amount", _fact("发布土地交易公告等信息282条", 282), None, "青禾县样例交易中心的交易总额是多少亿元"),
    ("part of a set", _fact("我局主动公开的信息共计85条", 85), None, "青禾县样例局主动公开的信息中，关于救助发放的有多少条"),
    ("part of a set", _fact("主动公开政府信息", 310), None, "青禾县样例局2021年主动公开的防汛救灾信息有多少条"),
    ("year not written", _fact("县样例局201x年全年主动公开政府信息302条", 302), None, "青禾县样例局那份年报具体是哪一年的？"),
    ("counted thing", _fact("通过微信公众号发布信息2104条", 2104), None, "青禾县样例局公众号有多少粉丝"),
    ("sub-form", _fact("通过县政府网站发布政策解读共57件", 57), None, "青禾县样例局发布的政策解读里，视频解读有多少件"),
    ("other fee", _fact("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0, kind="table",
                        table="三", column="总计"), None,
     "Did the Qinghe sample bureau charge any fees for handling information requests in 2023?"),
    ("other fee", _fact("行政事业性收费", 0, kind="table", unit="万元", table="二", column="本年收费金额"), None,
     "青禾县样例局2023年收取信息处理费了吗？"),
    ("counted thing", _fact("我局在依申请公开工作中未收取任何费用", 0, unit="元"), None,
     "青禾县样例局2023年行政事业性收费本年收费金额是多少万元？"),
    ("counted thing", _fact("3.属于四类过程性信息", 1, kind="table", table="三", column="总计"), None,
     "Did the Qinghe sample bureau charge any fees in 2023?"),
    ("per capita", _fact("组织信息公开业务培训共培训120人次", 120, unit="人次"), None,
     "青禾县样例局工作人员人均参加培训多少学时"),
    ("proceeding cost", _fact("本年度我局未产生相关诉讼,没有相应费用支出", 0, unit="元"), None,
     "青禾县样例局2023年政府信息公开工作一年花了多少经费"),
    ("proceeding cost", _fact("未收取检索、复制、邮寄等费用", 0, unit="元"), None,
     "How much did the Qinghe sample bureau spend on its disclosure work in 2023?"),
    ("per capita", _fact("组织信息公开业务培训共培训120人次", 120, unit="人次"), None,
     "How many hours of disclosure training did each Qinghe sample bureau staff member get per person?"),
    ("counted thing", _fact("行政事业性收费", 8.5, kind="table", unit="万元", table="二", column="本年收费金额"), None,
     "青禾县样例局2023年政府集中采购金额是多少"),
    ("counted thing", _fact("行政事业性收费", 8.5, kind="table", unit="万元", table="二", column="本年收费金额"), None,
     "What was the Qinghe sample bureau's total government procurement spend in 2023?"),
    ("counted thing", _fact("我局承办县人大代表建议6件", 6, unit="件"), None, "青禾县样例局办理政协提案多少件"),
    ("counted thing", _fact("全年接待群众来访43批次", 43, unit="批"), None,
     "How many visits did the Qinghe sample bureau's column of the county portal receive?"),
    ("counted thing", _fact("1.信访举报投诉类申请", 4, kind="table", table="三", column="总计"), None,
     "How many petition visits did the Qinghe sample bureau receive in 2023?"),
    ("other channel", _fact("在青禾县样例局官网公开383条", 383), None,
     "How many Weibo posts did the Qinghe sample bureau publish?"),
    ("unasked reach", _fact("微信公众号阅读量42万人次", 420000, unit="人次"), None,
     "How many items did the Qinghe sample bureau put out via the WeChat account?"),
    ("shorter period", _fact("主动公开政府文件56件", 56, unit="件"), None, "How many documents did the Qinghe sample bureau disclose in March?"),
    ("one reason of a group", _fact("不予公开", 4, unit="件", metric_key="applications_withheld"), "applications_withheld",
     "青禾县样例局因属于国家秘密不予公开的申请有几件"),
    ("one reason of a group", _fact("不予公开", 4, unit="件", metric_key="applications_withheld"), "applications_withheld",
     "青禾县样例局因保护第三方合法权益不予公开几件"),
    ("other platform", _fact("样例发布快手号发布作品52条", 52), None, "青禾县样例局在抖音上发了多少条作品"),
    ("other platform", _fact("官方微信更新300条", 300), None, "青禾县样例局视频号发了多少条"),
    ("counted thing", _fact("发布政府采购公告等信息85条", 85), None, "青禾县样例局签了多少份政府采购合同"),
    ("counted thing", _fact("发布政府采购公告等信息85条", 85), None,
     "How many procurement contracts were awarded by the Qinghe sample bureau?"),
    ("counted thing", _fact("中标候选人公示等信息40条", 40), None, "青禾县样例局中标的项目有多少个"),
    ("counted thing", _fact("召开专题会议2次", 2, unit="次"), None, "青禾县样例局召开了几次听证会"),
    ("counted thing", _fact("全年共收到政府信息公开申请30件", 30, unit="件"), None,
     "How many public hearings did the Qinghe sample bureau hold?"),
    ("person or sub-unit named in English", _fact("我局收到12起申请", 12, unit="起"), None,
     "Qinghe sample bureau: how many of the requests did its Land Registration Division handle?"),
    ("outcome only", _fact("行政复议败诉案件", 0, kind="none"), "reconsiderations", "青禾县样例局行政复议多少件"),
    ("outcome row", _fact("三、本年度办理结果 / （三）不予公开 / 8.其他法律行政法规禁止公开", 0, kind="table", unit="件",
                          table="三", column="总计"), None, "青禾县样例局本机关不掌握的有几件"),
    ("application channel", _fact("我局收到12起申请", 12, unit="起"), "applications_received", "青禾县样例局当面申请多少件"),
    ("month not written", _fact("网站发布信息310条", 310), None, "In which month of 2023 did the Qinghe sample bureau relaunch its website?"),
    ("rank of another scope", _fact("在全国县级政府网站绩效评估中排名第六", 6, unit="名"), None, "青禾县样例局网站在云栖省全省排名第几？"),
    ("part under another group", _fact("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", 3, kind="table", unit="件",
                                       table="三", column="自然人"), None, "青禾县样例局不予处理的20件里，因属于国家秘密的有几件？"),
    ("columns for items", _fact("信息通过“人事信息”、“通知公告”等9个子栏目发布", 9, unit="个"), None,
     "How many personnel notices did the Qinghe sample bureau post?"),
    ("applicant trait", _fact("本年新收政府信息公开申请数量", 30, kind="table", table="三", column="总计",
                              metric_key="applications_received"), "applications_received",
     "How many of the Qinghe sample bureau's applications came from people outside Qinghe?"),
    ("carry direction", _fact("二、上年结转政府信息公开申请数量", 2, kind="table", table="三", column="总计",
                              metric_key="applications_carried_over"), "applications_carried_forward",
     "青禾县样例局结转到下一年继续办理的申请几件"),
    ("other section", _fact("收到和处理政府信息公开申请情况 / 本年度办理结果 / 不予公开 / 属于行政执法案卷", 0, kind="table",
                            unit="件", table="三", column="总计"), "proactive_disclosures", "青禾县样例局主动公开的行政执法类信息有多少条"),
    ("report's own date", _fact("发布日期", None, kind="date", unit="", table="date"), None,
     "Qinghe sample bureau, 2022: who signed off on the annual report?"),
    ("one of a lump", _fact("青禾融媒手机台、《青禾日报》和村务公开栏等其他形式", 45), None, "青禾县样例局在《青禾日报》上登了几条"),
    ("restated premise", _fact("我局接收网络方式提交申请", 7, unit="件", metric_key="applications_received"),
     "applications_disclosed", "青禾县样例局网上收到的那7件申请，最后予以公开了几件"),
    ("kinds for items", _fact("全年在网站发布信息", 214), None, "青禾县样例局网站有几大板块？"),
    ("figure of another type", _fact("通过青禾县样例局微博不间断发布信息", 365, unit="天"), None,
     "Qinghe sample bureau 2016: number of items published proactively?"),
    ("figure for a name", _fact("共收到咨询件", 50, unit="件"), None,
     "Qinghe sample bureau 2016 annual disclosure report: which office put it together?"),
    ("period without dates", _fact("全年办理申请", 12, unit="件"), None, "青禾县样例局2016年年报中的数据统计的是哪段时间？"),
    ("report's contents", _fact("本报告由等六部分组成", None, kind="item", unit="", table="item",
                                column="概述、主动公开情况、依申请公开情况、行政复议和行政诉讼情况、存在的主要问题及改进措施"),
     None, "青禾县样例局2020年针对存在的问题提出了哪些改进措施？"),
    ("report's parts cut into items", _fact("全文包括…的主要问题和改进措施 / 第5项", None, kind="item", unit="", table="item"),
     None, "what report parts does the qinghe sample bureau's 2020 report cover?"),
    ("other contact field", _fact("地址", None, kind="contact", unit="", table="contact"), None,
     "What e-mail address does the Qinghe sample bureau's report give?"),
    ("information, not applications", _fact("政府信息公开申请", 0, kind="none", unit=""), "applications_withheld",
     "青禾县样例局不予公开的信息一共多少条？"),
    ("count of the parts", _fact("门户网站下设工作动态、通知公告、财务公开等子栏目", 3, unit="个"), None,
     "青禾县样例局工作动态、通知公告、财务公开栏目分别发布了多少条？"),
    ("unlisted outcome", _fact("本年新收政府信息公开申请数量", 40, kind="table", table="三", column="总计", unit="件",
                               metric_key="applications_received"), "applications_received",
     "How many of the Qinghe sample bureau's requests were withdrawn by the applicant?"),
    ("other tier", _fact("县级由分管副县长任领导小组组长", None, kind="item", unit="", table="item"), None,
     "Qinghe sample city 2012: at the township level, who heads the disclosure leading groups?"),
]


class _Hit:
    """A sentence hit over `clean`: its clause is the given words, its figure the given figure."""

    def __init__(self, clean: str, clause: str, figure: str | None):
        s = clean.index(clause)
        self.span = self.clause = (s, s + len(clause))
        self.figure = figure
        self.chunk = type("Chunk", (), {"section": ""})()


# (check name, sentence, its clause, its figure, ask): the sentence answers no such ask
SENTENCE_CASES = [
    ("report parts", "本报告由总体情况等6部分组成。", "本报告由总体情况等6部分组成", "6部分", "青禾县样例局行政诉讼多少件"),
    ("sub-form", "全年发布政策解读57件。", "全年发布政策解读57件", "57件", "青禾县样例局发布的政策解读里，图解有多少件"),
    ("count for parts", "部分公开258件。", "部分公开258件", "258件", "How many parts does the Qinghe sample bureau's report have?"),
    ("web address", "全文见www.qinghe.gov.cn/col/col1208/index.html。", "全文见www.qinghe.gov.cn/col/col1208/index.html",
     "1208", "青禾县样例局信访事项多少件"),
    ("website items", "主动公开信息890条。", "主动公开信息890条", "890条", "青禾县样例局政府网站发布信息多少条"),
    ("channel items", "我局主动公开的信息共计85条。", "我局主动公开的信息共计85条", "85条",
     "How many of the Qinghe sample bureau's proactively disclosed items were posted on the county website?"),
    ("count for an amount", "累计公开财政信息80条。", "累计公开财政信息80条", "80条",
     "What's the yuan amount of the fiscal funds the Qinghe sample bureau's published financial info covered?"),
    ("part of a set", "重点领域信息共公开1200条。", "重点领域信息共公开1200条", "1200条", "青禾县样例局重点领域信息中，食品药品方面公开了多少条"),
    ("part of a set", "我局主动公开的信息共计85条。", "我局主动公开的信息共计85条", "85条", "青禾县样例局公开的救助发放类信息有几条"),
    ("year not written", "县样例局201x年全年主动公开政府信息302条。", "县样例局201x年全年主动公开政府信息302条", "302条",
     "Which exact year does the Qinghe sample bureau report cover?"),
    ("counted thing", "通过微信公众号发布信息2104条。", "通过微信公众号发布信息2104条", "2104条", "青禾县样例局公众号有多少粉丝"),
    ("other fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0", "0",
     "Did the Qinghe sample bureau charge any fees for handling information requests?"),
    ("per capita", "全年举办培训3期，培训干部120人次。", "培训干部120人次", "120人次", "青禾县样例局干部人均培训几次"),
    ("proceeding cost", "本年度未发生行政诉讼，无诉讼费用支出。", "无诉讼费用支出", None, "青禾县样例局信息公开工作的经费是多少"),
    ("other channel", "门户网站发布信息86条。", "门户网站发布信息86条", "86条", "青禾县样例局公众号推送了多少条"),
    ("shorter period", "全年主动公开政府文件56件。", "全年主动公开政府文件56件", "56件", "青禾县样例局一季度主动公开了多少件文件"),
    ("other platform", "“云栖样例”抖音号发布作品52条。", "“云栖样例”抖音号发布作品52条", "52条", "青禾县样例局在快手上发了多少条"),
    ("topic only", "因政府信息公开工作被申请行政复议、提起行政诉讼的情况;", "因政府信息公开工作被申请行政复议、提起行政诉讼的情况;",
     None, "青禾县样例局有没有行政诉讼"),
    ("numbers counting nothing", "本报告所列数据的统计期限自2021年1月1日起至12月31日止。",
     "本报告所列数据的统计期限自2021年1月1日起至12月31日止。", None, "青禾县样例局行政复议有几起"),
    ("bare number", "五、咨询\n550081\n", "550081", "550081", "青禾县样例局政府信息公开咨询多少人次"),
    ("document number", "依据国令第711号做好公开工作。", "依据国令第711号做好公开工作", "711",
     "How many Weibo posts did the Qinghe sample bureau publish?"),
    ("ordinal for a count", "青禾县样例局居全省第4位。", "青禾县样例局居全省第4位", "4", "青禾县样例局查阅点接待了多少人"),
    ("list number", "2.重复申请", "2.重复申请", "2", "青禾县样例局收到多少申请"),
    ("report's own date", "发文日期: 2023-01-18", "发文日期: 2023-01-18", "2023-01-18",
     "Qinghe sample bureau, 2022: on what date was its disclosure leading group set up?"),
    ("person or sub-unit named in English", "全年主动公开信息310条。", "全年主动公开信息310条", "310条",
     "How many items did Mr Zhou, the sample bureau's clerk, publish himself?"),
    ("outcome only", "没有因政府信息公开引起的行政复议败诉案件。", "没有因政府信息公开引起的行政复议败诉案件", "0",
     "青禾县样例局行政复议多少件"),
    ("application channel", "我局收到12起申请。", "我局收到12起申请", "12起", "青禾县样例局当面申请多少件"),
    ("month not written", "2023年,我局完善了信息公开领导小组。", "2023年,我局完善了信息公开领导小组", None,
     "青禾县样例局是2023年几月份完善信息公开领导小组的？"),
    ("rank of another scope", "在全国地级城市政府网站评估中排名第五。", "在全国地级城市政府网站评估中排名第五", "第五",
     "云栖市政府网站在全国所有政府网站中排第几？"),
    ("part under another group", "因本机关不掌握等原因无法提供26件。", "因本机关不掌握等原因无法提供26件", "26件",
     "青禾县样例局不予处理的15件里，因本机关不掌握的有几件？"),
    ("columns for items", "网站设有工作动态、通知公告等6个二级栏目。", "网站设有工作动态、通知公告等6个二级栏目", "6个",
     "青禾县样例局网站发布了多少条信息？"),
    ("applicant trait", "全年共收到政府信息公开申请30件。", "全年共收到政府信息公开申请30件", "30件",
     "青禾县样例局收到的申请中外地人提的有几件"),
    ("carry direction", "上年结转申请2件。", "上年结转申请2件", "2件",
     "How many of the Qinghe sample bureau's requests were still pending at year end?"),
    ("count of the parts", "网站下设工作动态、通知公告、财务公开等3个子栏目。", "网站下设工作动态、通知公告、财务公开等3个子栏目", "3个",
     "How many items went under the Qinghe sample bureau's work-news, notices and finance sub-columns respectively?"),
    ("unlisted outcome", "全年共答复政府信息公开申请35件。", "全年共答复政府信息公开申请35件", "35件",
     "青禾县样例局属于已公开信息的申请有几件？"),
    ("restated premise", "我局接收网络方式提交申请7件。", "我局接收网络方式提交申请7件", "7件",
     "青禾县样例局2023年网上收到的那7件申请，最后予以公开了几件？"),
    ("one of a lump", "在门户网站、政务微博等平台发布信息120条。", "在门户网站、政务微博等平台发布信息120条", "120条",
     "How many items did the Qinghe sample bureau post on Weibo?"),
    ("kinds for items", "网站设置8大板块。", "网站设置8大板块", "8大板块", "青禾县样例局网站发布了多少条信息？"),
    ("kinds for items", "全年发布信息214条。", "全年发布信息214条", "214条", "青禾县样例局网站有哪几大功能？"),
    ("figure of another type", "全年培训50人次。", "全年培训50人次", "50人次", "青禾县样例局2016年主动公开政府信息多少条？"),
    ("figure for a name", "全年共收到咨询件50余件。", "全年共收到咨询件50余件", "50余件", "青禾县样例局2016年年报是谁编写的？"),
    ("period without dates", "按照先审核后公开的原则,明确公开事项、公开时间。", "按照先审核后公开的原则,明确公开事项、公开时间",
     None, "青禾县样例局2016年年报中的数据统计的是哪段时间？"),
    ("report's contents", "全文包括概述,主动公开情况,依申请公开情况,行政复议情况,存在的主要问题和改进措施。",
     "全文包括概述,主动公开情况,依申请公开情况,行政复议情况,存在的主要问题和改进措施", None,
     "what shortcomings did the Qinghe sample bureau admit to in its 2020 disclosure work?"),
    ("no number", "持续推进重点领域信息主动公开,及时在门户网站更新政府信息。",
     "持续推进重点领域信息主动公开,及时在门户网站更新政府信息", None, "青禾县样例局2022年主动公开政府信息多少条？"),
    ("none of a kind for a total", "本局无行政许可职能,无行政事业性收费项目,故无此类公开信息。",
     "本局无行政许可职能,无行政事业性收费项目,故无此类公开信息", None, "青禾县样例局2022年一共主动公开了多少条政府信息？"),
    ("other contact field", "(地址:青禾县样例路8号,电话:0999-1234567,邮编:999001)。",
     "(地址:青禾县样例路8号,电话:0999-1234567,邮编:999001)。", None, "青禾县样例局年报的电子邮箱地址是什么？"),
    ("contact field named, not given", "及时公开了工作机构的联系电话、传真号码和电子邮箱等内容。",
     "及时公开了工作机构的联系电话、传真号码和电子邮箱等内容。", None, "青禾县样例局的联系电话和传真号码分别是多少？"),
    ("place or name only said published", "在网站公布了公开指南、咨询电话、现场查阅地点和申请流程。",
     "在网站公布了公开指南、咨询电话、现场查阅地点和申请流程。", None, "青禾县样例局的现场查阅地点具体在哪儿？"),
    ("place or name only said published", "我局成立了以局长为组长、副局长为副组长的公开工作领导小组。",
     "我局成立了以局长为组长、副局长为副组长的公开工作领导小组。", None,
     "Qinghe sample bureau: what's the name of the bureau chief who heads its disclosure group?"),
    ("place or name only said published", "样例局健全公开机制,局长任组长,分管领导为副组长,各股室负责人为成员。",
     "样例局健全公开机制,局长任组长,分管领导为副组长,各股室负责人为成员。", None, "青禾县样例局公开领导小组组长叫什么名字？"),
    ("information, not applications", "目前我局尚未收到政府信息公开申请。", "目前我局尚未收到政府信息公开申请", "0",
     "How many pieces of information did the Qinghe sample bureau withhold?"),
    ("other tier", "市级由常务副市长任组长,县(市、区)由常务副县长任组长。", "市级由常务副市长任组长,县(市、区)由常务副县长任组长",
     None, "Qinghe sample city 2012: at the township level (xiang and zhen), who heads the disclosure leading groups?"),
]

# a report of a body's university only (fictional report; the academy is a body of names.toml [agency_en])
UNIVERSITY = [Report(doc_id="u" * 16, sources=["u.txt"], agency="中国科学院大学", region="北京市", year=2019)]
UNIVERSITY_INDEX = SimpleNamespace(reports=UNIVERSITY, by_doc={r.doc_id: r for r in UNIVERSITY})

# (check name, reports' index, reports, question): the question asks of an agency no report in scope is
SCOPE_CASES = [
    ("unknown body", UNIVERSITY_INDEX, UNIVERSITY, "中国科学院信息公开办公室的电话是多少？"),
    ("other place level", PLACES_INDEX, PLACES, "青禾市发展和改革局2022年收到多少申请"),
    ("same-sound place", PLACES_INDEX, PLACES, "Yunqi (云起) health commission, 2023: how many requests did it get?"),
    ("other agency", AGENCIES_INDEX, AGENCIES, "青禾市教育局2023年收到多少政府信息公开申请？"),
]

# one body's 2023 report only, writing no other year (fictional): a comparison with 2022 has nothing to compare
ONE_YEAR = [Report(doc_id="w" * 16, sources=["w.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                   aliases=["qinghe", "yangli"])]
ONE_YEAR_TEXT = "青禾县样例局2023年政府信息公开工作年度报告\n2023年,我局收到政府信息公开申请14件,网站发布信息310条。\n"
ONE_YEAR_INDEX = SimpleNamespace(reports=ONE_YEAR, by_doc={r.doc_id: r for r in ONE_YEAR},
                                 texts=lambda doc_id: (ONE_YEAR_TEXT, ONE_YEAR_TEXT, []))
SCOPE_CASES.append(("year compared without a figure", ONE_YEAR_INDEX, ONE_YEAR, "青禾县样例局2023年收到的申请比2022年多吗？"))
SIDES_TEXT = "青禾县样例局2023年政府信息公开工作年度报告\n2023年,我局主动公开信息310条,其中法规类信息40条、工作动态类信息120条。\n"
SIDES_INDEX = SimpleNamespace(reports=ONE_YEAR, by_doc=ONE_YEAR_INDEX.by_doc, texts=lambda doc_id: (SIDES_TEXT, SIDES_TEXT, []))
SCOPE_CASES.append(("side compared without a figure", SIDES_INDEX, ONE_YEAR, "青禾县样例局2023年法规类信息比图解类多吗？"))
# a town of 青禾县 and a district of 云港市 (fictional): neither is the county's or the city's own report
INNER = [Report(doc_id="i" * 16, sources=["i.txt"], agency="青禾县白石镇人民政府", region="青禾县", year=2018,
                mentions=["青禾县", "白石镇", "溪川市"]),
         Report(doc_id="j" * 16, sources=["j.txt"], agency="南湖区教育局", region="南湖区", year=2020,
                mentions=["南湖区", "云港市"]),
         Report(doc_id="k" * 16, sources=["k.txt"], agency="石川县样例局", region="石川县", year=2020),
         Report(doc_id="m" * 16, sources=["m.txt"], agency="县样例中心", region=None, year=2020, mentions=["石川县"])]
INNER_INDEX = SimpleNamespace(reports=INNER, by_doc={r.doc_id: r for r in INNER})
SCOPE_CASES.append(("place inside the one asked", INNER_INDEX, INNER[:1], "青禾县2018年主动公开了多少条政府信息？"))
# a district branch of a city's bureau (fictional): its report is not the bureau's own
BRANCHES = [Report(doc_id="n" * 16, sources=["n.txt"], agency="云港市公安局南湖分局", region="云港市", year=2024,
                   aliases=["yungang", "nanhu"])]
BRANCHES_INDEX = SimpleNamespace(reports=BRANCHES, by_doc={r.doc_id: r for r in BRANCHES})
SCOPE_CASES.append(("other tier of a bureau", BRANCHES_INDEX, BRANCHES, "云港市公安局2024年收到多少政府信息公开申请？"))


def test_every_check_has_a_fictional_case():
    for c in CHECKS:
        if c.fact:
            assert c.name in {n for n, *_ in FACT_CASES}, c.name
        if c.sentence:
            assert c.name in {n for n, *_ in SENTENCE_CASES}, c.name
        if c.scope:
            assert c.name in {n for n, *_ in SCOPE_CASES}, c.name


@pytest.mark.parametrize("name, fact, metric_key, ask", FACT_CASES, ids=[c[0] for c in FACT_CASES])
def test_each_fact_check_fires_and_the_fact_answers_nothing(name, fact, metric_key, ask):
    m = metric(metric_key) if metric_key else None
    terms = {"当面": 1.0} if "当面" in ask else {}
    assert BY_NAME[name].fact.fires(FactCase(fact, m, fact.row, ask, terms)), name
    assert not fact_answers(fact, m, fact.row, ask, terms), name


@pytest.mark.parametrize("name, clean, clause, figure, ask", SENTENCE_CASES, ids=[c[0] for c in SENTENCE_CASES])
def test_each_sentence_check_fires_and_the_sentence_answers_nothing(name, clean, clause, figure, ask):
    q = parse_question(ask, [REPORT])
    hit = _Hit(clean, clause, figure)
    assert BY_NAME[name].sentence.fires(SentenceCase(hit, q, clean)), name
    assert not sentence_answers(hit, q, clean), name


@pytest.mark.parametrize("name, index, reports, question", SCOPE_CASES, ids=[c[0] for c in SCOPE_CASES])
def test_each_scope_check_refuses_an_agency_no_report_is(name, index, reports, question):
    q = parse_question(question, reports)
    t = load_templates("extractive", q.language)
    assert BY_NAME[name].scope(q, index, t), name
    assert scope_refusal(q, index, t), name


def test_a_figure_tagged_with_the_asked_metric_skips_only_the_later_checks():
    # a cell tagged with the asked metric answers whatever outcome row the ask names (a THEN check) ...
    cell = _fact("三、本年度办理结果 / （一）予以公开", 5, kind="table", unit="件", table="三", column="总计",
                 metric_key="applications_disclosed")
    assert fact_answers(cell, metric("applications_disclosed"), cell.row, "青禾县样例局本机关不掌握的有几件")
    # ... but a count of all proactive items answers no ask of a website's, tagged or not (a FIRST check)
    (_n, fact, key, ask) = next(c for c in FACT_CASES if c[0] == "website items")
    assert not fact_answers(fact, metric(key), fact.row, ask)


# --- an agency's English name is scope where the question writes it (assistant/agency_en.py, one helper) ---------

from assistant.agency_en import outside_agency_names_en


@pytest.mark.parametrize("question", [
    "how many radio items did the qinghe culture, radio and press bureau publish",
    "the qinghe culture, radio and press bureau: how many radio items",
])
def test_a_report_name_written_word_by_word_is_blanked_where_written(question):
    out = outside_agency_names_en(question, ["qinghe culture radio television press and publication bureau", "青禾县文广新局"])
    assert "bureau" not in out and "culture" not in out and "radio items" in out, out
    assert len(out) == len(question)  # (blanked, so offsets hold)


@pytest.mark.parametrize("question, entity", [
    ("district science, industry and commerce bureau: how many requests came in", "district science, industry and commerce bureau"),
    ("how many requests did the county natural resources bureau receive", "county natural resources bureau"),
])
def test_an_agency_the_scope_step_matched_by_english_words_is_blanked(question, entity):
    out = outside_agency_names_en(question, matched=[entity, "青禾县"])  # (a Chinese name is not written in English)
    assert entity not in out and "requests" in out, out
    assert outside_agency_names_en(question) == question  # nothing named: nothing blanked


# --- the report's own date answers only an ask of the report's date (assistant/report_own_date.py) -----------------

_REPORT_DATE = _fact("发布日期", None, kind="date", unit="", table="date")


@pytest.mark.parametrize("ask", [
    "Qinghe sample bureau, 2022: who signed off on the annual report?",
    "Qinghe sample bureau, 2022: on what date was its disclosure leading group set up?",
    "When did the Qinghe sample bureau launch its new website?",
    "青禾县样例局2022年政府信息公开领导小组是哪天成立的？",
    "青禾县样例局的新版门户网站什么时候上线的？",
    "青禾县样例局2022年年报是谁签发的？",
])
def test_the_reports_own_date_answers_no_person_and_no_other_event(ask):
    assert not fact_answers(_REPORT_DATE, None, _REPORT_DATE.row, ask)


@pytest.mark.parametrize("ask", [
    "When was the Qinghe sample bureau's 2022 annual report signed?",
    "Qinghe sample bureau, 2022: when was the report published?",
    "青禾县样例局2022年年度报告是哪天发布的？",
    "青禾县样例局2022年报告什么时候挂网的？",
    "Who compiled the Qinghe sample bureau's 2022 report and when was it published?",
    "When did the Qinghe sample bureau's 2022 report come out?",
])
def test_the_reports_own_date_still_answers_when_the_report_came_out(ask):
    assert fact_answers(_REPORT_DATE, None, _REPORT_DATE.row, ask)


@pytest.mark.parametrize("ask, answers", [
    ("Qinghe sample bureau, 2022: who signed off on the annual report?", False),
    ("青禾县样例局2022年政府信息公开领导小组是哪天成立的？", False),
    ("Qinghe sample bureau, 2022: when was the report published?", True),
    ("青禾县样例局2022年年报是哪天印发的？", True),
])
def test_a_line_labelling_the_reports_date_answers_only_the_reports_date(ask, answers):
    clean = "发文日期: 2023-01-18"
    hit = _Hit(clean, clean, "2023-01-18")
    assert sentence_answers(hit, parse_question(ask, [REPORT]), clean) is answers


def test_a_channel_count_asked_anywhere_is_not_the_proactive_total_but_a_figure_naming_the_channel_is():
    from assistant.channels import misses_asked_outlet
    assert misses_asked_outlet("青禾县样例局有多少条信息发布在县政府网站上", "主动公开政府信息5条")
    assert misses_asked_outlet("How many items did the Qinghe bureau put on its notice board?", "我局主动公开的信息共计85条")
    # the channel's own figure answers it; an ask of the whole, of columns or of views is another matter
    assert not misses_asked_outlet("青禾县样例局在公告栏上贴出了几条信息", "通过公告栏主动公开信息12条")
    assert not misses_asked_outlet("青禾县样例局通过网站主动公开信息多少条", "通过网站主动公开政府信息88条")
    assert not misses_asked_outlet("青禾县样例局主动公开了多少条信息", "主动公开政府信息5条")
    assert not misses_asked_outlet("青禾县样例局网站设了几个栏目", "主动公开政府信息5条")


def test_an_amount_ask_is_not_answered_by_a_count_but_an_amount_or_an_ask_that_also_counts_is():
    from assistant.answer_types import count_for_amount
    assert count_for_amount("青禾县样例交易中心全年交易总额是多少亿元", "条")
    assert count_for_amount("How much money was spent on the Qinghe bureau's equipment purchases?", "items")
    assert not count_for_amount("青禾县样例交易中心全年交易总额是多少亿元", "亿元")
    # an ask counting as well ("项目数量和总金额") is answered by its count; a count ask is no amount ask
    assert not count_for_amount("青禾县样例局政府采购项目数量和总金额分别是多少", "项")
    assert not count_for_amount("青禾县样例局主动公开多少条信息", "条")
    # a sentence quoted whole with no money in it says nothing of an amount; one writing 元 may
    from assistant.answer_types import states_no_amount
    assert states_no_amount("累计公开财政信息80条。", "青禾县样例镇公开的财政信息涉及资金总额是多少元")
    assert not states_no_amount("全年财政支出1200万元。", "青禾县样例镇公开的财政信息涉及资金总额是多少元")


def test_the_count_of_listed_columns_answers_no_ask_of_the_items_under_one_of_them():
    from assistant.part_counts import counts_named_parts
    words = "样例网站下设栏目有甲务公开、乙务公开、丙务公开等子栏目3个"
    assert counts_named_parts("青禾县样例镇在丙务公开栏目里发布了多少条信息", words, 3, "个")
    # ... but it answers how many columns there are
    assert not counts_named_parts("青禾县样例镇网站下设几个子栏目", words, 3, "个")


def test_a_part_of_a_set_is_answered_by_a_figure_naming_it_not_by_the_sets_total():
    from assistant.part_of_set import misses_asked_part
    ask = "青禾县样例局主动公开的88条中，工作动态有多少条"
    assert misses_asked_part(ask, "主动公开政府信息88条")
    assert not misses_asked_part(ask, "发布工作动态信息48条")
    # an ask of the whole set names no part
    assert not misses_asked_part("青禾县样例局主动公开的信息中一共有多少条", "主动公开政府信息88条")


def test_a_category_filed_under_the_proactive_section_is_no_proactive_total():
    # ("新闻发布会信息59" under the section "主动公开" answers how many press-conference items the portal carried)
    fact = _fact("新闻发布会信息", 59, column="proactive disclosure")
    case = FactCase(fact, None, "新闻发布会信息 proactive disclosure 新闻发布会信息59", "青禾县样例门户网站挂了多少条新闻发布会方面的信息")
    assert not BY_NAME["channel items"].fact.fires(case)
    whole = _fact("主动公开政府信息", 5)
    assert BY_NAME["channel items"].fact.fires(FactCase(whole, None, "主动公开政府信息5条", "青禾县样例局有多少条信息发布在县政府网站上"))


# --- a part of a whole the report counts only as a whole (fictional texts) ----------------------------------------

from assistant.channels import misses_asked_outlet
from assistant.lumped_items import asks_one_of_lumped
from assistant.masked_years import asks_year_itself, writes_no_year


def test_a_year_written_with_placeholders_states_no_year_but_a_written_one_does():
    assert writes_no_year("what is the actual year the qinghe sample bureau report covers?", "青禾县样例局20XX年度报告")
    assert not writes_no_year("青禾县样例局的年报是哪一年的", "青禾县样例局2019年度政府信息公开工作年度报告")
    # (an ask comparing two years' figures, or of another event's year, is no ask of the year itself)
    assert not asks_year_itself("青禾县样例局2019年和2020年，哪一年主动公开的规章更多？")
    assert not asks_year_itself("what year was the qinghe sample bureau's leading group set up?")


def test_one_outlets_items_are_not_the_figure_counting_all_outlets_together():
    total = "发布工程招标公告、政府采购公告等共计900余条"
    assert misses_asked_outlet("青禾县样例交易中心在《青禾日报》上发布了多少条信息", total)
    assert misses_asked_outlet("青禾县样例交易中心通过青禾电视台发布了多少条信息", total)
    assert not misses_asked_outlet("青禾县样例交易中心在各网站媒体上一共公开了多少条信息", total)  # the ask counts over all
    assert not misses_asked_outlet("青禾县样例交易中心在《青禾日报》上发布了多少条信息", "在《青禾日报》刊登信息30条")


def test_one_of_outlets_joined_without_deng_before_one_figure_is_not_stated_alone():
    lumped = "通过云栖市政府网站、委门户网站信息公开专栏、主动公开信息300条"
    assert asks_one_of_lumped("云栖市样例委通过委门户网站信息公开专栏公开了多少条", lumped)
    assert not asks_one_of_lumped("云栖市样例委通过云栖市政府网站、委门户网站信息公开专栏一共公开了多少条", lumped)
    assert not asks_one_of_lumped("云栖市样例委在政府网站发布多少条", "在政府网站发布信息100条、政务微博发布50条")


def test_an_english_ask_of_one_kind_of_items_is_not_answered_by_the_years_proactive_whole():
    from assistant.part_of_set import asked_kind_en, whole_for_asked_kind

    assert asked_kind_en("How many flood-relief items did the Qinghe sample bureau publish in 2021?") == "flood-relief"
    assert asked_kind_en("how many of its proactively released items concerned grain subsidy payments?")
    assert not asked_kind_en("Qinghe sample bureau 2021: how many items did it proactively disclose in total?")
    assert not asked_kind_en("how many items did it post on its website?")  # (a channel: the channel rules' ask)
    ask = "How many flood-relief items did the Qinghe sample bureau publish in 2021?"
    assert whole_for_asked_kind(ask, "我局主动公开的信息共计")
    assert not whole_for_asked_kind(ask, "主动公开防汛救灾信息")  # a kind's own row
    assert not whole_for_asked_kind("青禾县样例局主动公开了多少条信息", "我局主动公开的信息共计")
    # (an ask of the whole, or of a channel's items, asks no kind: "how many things did they post on the website in total")
    assert not whole_for_asked_kind("how many things did the qinghe sample bureau post on the website in total", "主动公开政府信息")
    assert not whole_for_asked_kind("how many flood-relief items went on the website", "我局主动公开的信息共计")



def test_a_chinese_ask_of_one_kind_of_items_is_not_answered_by_the_years_proactive_whole():
    from assistant.part_of_set import asked_kind_zh, whole_for_asked_kind

    assert asked_kind_zh("青禾县样例局2021年主动公开的防汛救灾信息有多少条？") == "防汛救灾"
    assert asked_kind_zh("青禾县样例局公开的救助发放类信息一共有几条") == "救助发放"
    assert not asked_kind_zh("青禾县样例局2021年主动公开的政府信息有多少条？")  # (filler words only: the whole)
    assert not asked_kind_zh("青禾县样例局主动公开的各类信息有多少条")
    assert not asked_kind_zh("青禾县样例局2021年主动公开了多少条信息")
    assert asked_kind_zh("青禾县样例局2021年主动公开了几条防汛救灾信息") == "防汛救灾"
    assert not asked_kind_zh("青禾县样例局2021年收到多少条依申请公开信息")  # (applications: no published kind)
    assert whole_for_asked_kind("青禾县样例局2021年主动公开了几条防汛救灾信息", "累计公开信息")  # (the whole, 主动 unsaid)
    assert not whole_for_asked_kind("青禾县样例局2021年主动公开了几条防汛救灾信息", "依申请公开信息")
    ask = "青禾县样例局2021年主动公开的防汛救灾信息有多少条？"
    assert whole_for_asked_kind(ask, "我局主动公开的信息共计")
    assert whole_for_asked_kind(ask, "主动公开政府信息")
    assert not whole_for_asked_kind(ask, "主动公开防汛救灾信息")  # a kind's own row
    assert not whole_for_asked_kind("青禾县样例局2021年主动公开的政府信息有多少条？", "主动公开政府信息")
    assert not whole_for_asked_kind("青禾县样例局在网站上公开的防汛救灾信息有多少条", "主动公开政府信息")  # (a channel)

# --- a comparison with a year no report covers or writes (assistant/unreported_years.py) -----------------------------
from assistant.unreported_years import unreported_years


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年收到的申请比2022年多吗？",
    "青禾县样例局2023年网站发布的信息比2022年增加了吗？",
    "Did the Qinghe Yangli bureau receive more requests in 2023 than in 2022?",
    "Was the Qinghe Yangli bureau's 2023 website total higher than its 2021 total?",
    "青禾县样例局2023年网站发布的信息有没有超过2022年？",
    "Did the Qinghe Yangli bureau's 2023 requests exceed its 2022 requests?",
])
def test_a_year_compared_that_no_report_covers_or_writes_cannot_be_compared(question):
    q = parse_question(question, ONE_YEAR)
    assert unreported_years(q, ONE_YEAR_INDEX), question


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年收到多少件申请？",  # one year
    "青禾县样例局2023年和2022年的报告分别是谁编制的？",  # two years, no comparison
    "Did the Qinghe Yangli bureau receive more requests in 2023 than in 2022?",  # the report writes 2022 (below)
])
def test_a_year_the_report_writes_or_no_comparison_is_left_to_the_answer(question):
    text = ONE_YEAR_TEXT.replace("申请14件", "申请14件(2022年为9件)") if "than" in question else ONE_YEAR_TEXT
    index = SimpleNamespace(reports=ONE_YEAR, by_doc=ONE_YEAR_INDEX.by_doc, texts=lambda doc_id: (text, text, []))
    assert not unreported_years(parse_question(question, ONE_YEAR), index), question


# --- a budget asked as an amount (not_stated.toml [patterns] amount_ask) ----------------------------------------------
from assistant.answer_types import asks_amount


@pytest.mark.parametrize("question, amount", [
    ("Yunqi sample office 2020: how much was the office's annual budget?", True),
    ("云栖市样例办2020年的年度预算是多少？", True),
    ("云栖市样例办2020年预算资金是多少万元？", True),
    ("云栖市样例办2020年公开的预决算信息有多少条？", False),
    ("云栖市样例办2020年预算信息公开了多少", False),
    ("How many budget items did the Yunqi sample office publish in 2020?", False),
])
def test_a_budget_asked_as_money_is_an_amount_but_budget_items_counted_are_not(question, amount):
    assert asks_amount(question.lower()) is amount, question


# --- a person or a sub-unit named in English (assistant/english_subunits.py) -----------------------------------------
from assistant.english_subunits import names_person_or_subunit_en


@pytest.mark.parametrize("ask, named", [
    ("qinghe sample bureau 2023: how many items did ms li, the part-time clerk, publish?", True),
    ("how many requests did director chen sign off at the yunqi sample office?", True),
    ("how many of the 40 requests did its traffic police brigade handle?", True),
    ("how many cases did the yunqi sample bureau's law enforcement division close?", True),
    ("how many function sections did its website have after the revamp?", False),  # a website's sections (栏目)
    ("how many items did the qinghe sample bureau publish?", False),  # the body itself
    ("how many items were published by the director of the office?", False),  # no name
    ("who is ms li at the qinghe sample bureau?", False),  # not a number asked
    ("how many of its published items were department work updates?", False),  # no sub-unit
    ("青禾县样例局法规科办理了多少件？", False),  # Chinese: the figure's words can be matched
    ("how many of the 40 requests were handled by its legal affairs office?", True),  # an office of a field
    ("how many items did their finance desk publish in 2023?", True),
    ("how many staff work in its disclosure office?", False),  # the body's own disclosure office
    ("how many items did its general office publish?", False),  # (the body may be a general office)
    ("what is the phone number of its legal affairs office?", False),  # a phone number is no count
])
def test_a_figure_asked_of_a_person_or_a_division_named_in_english(ask, named):
    assert names_person_or_subunit_en(ask) is named, ask


def test_a_procurement_figure_answers_a_procurement_ask_but_no_other_amount_does():
    """(2019–2020 layout) the block 政府集中采购 names the buying; the fees of a later report name none."""
    from assistant.counted_things import misses_counted_thing

    ask = "青禾县样例局政府集中采购金额是多少"
    assert not misses_counted_thing(ask, "政府集中采购 采购总金额")
    assert not misses_counted_thing("How much was the Qinghe sample bureau's centralised procurement?", "政府集中采购 采购总金额")
    assert misses_counted_thing(ask, "行政事业性收费 本年收费金额")
    assert not misses_counted_thing("青禾县样例局行政事业性收费金额是多少", "行政事业性收费 本年收费金额")


def test_cppcc_proposals_are_answered_only_by_a_figure_naming_proposals():
    """政协提案 is not 人大代表建议: a count of the deputies' suggestions beside it does not answer it; an ask of both does."""
    from assistant.counted_things import misses_counted_thing

    assert misses_counted_thing("青禾县样例局办理政协提案多少件", "我局承办县人大代表建议6件")
    assert misses_counted_thing("How many CPPCC proposals did the Qinghe sample bureau handle?", "我局承办县人大代表建议6件")
    assert not misses_counted_thing("青禾县样例局办理政协提案多少件", "办理市政协委员提案4件")
    assert not misses_counted_thing("青禾县样例局人大代表建议办理了多少件", "我局承办县人大代表建议6件")
    assert not misses_counted_thing("青禾县样例局办理建议提案多少件", "我局承办县人大代表建议6件")


def test_visits_of_a_website_are_answered_only_by_a_figure_of_visits_to_it():
    """"visits" of a website, portal or column are page visits (访问量), not people visiting the office (来访)."""
    from assistant.counted_things import misses_counted_thing

    ask = "How many visits did the Qinghe sample bureau's column of the county portal receive?"
    assert misses_counted_thing(ask, "全年接待群众来访43批次 received visitors the public visits")
    assert not misses_counted_thing(ask, "专栏全年访问量达36,518人次")
    assert not misses_counted_thing("How many visits to the website were there?", "网站访问量12万人次")
    # no website named: visits of petitioners are not judged by this family
    assert not misses_counted_thing("How many petition visits did the Qinghe sample bureau receive?", "全年接待群众来访43批次")


def test_a_figure_per_person_answers_a_per_capita_ask_and_a_total_does_not():
    """人均 / per capita: a figure saying it is per person answers; a total of the same thing (培训120人次) does not,
    and an ask of the total is not held to per-person words."""
    from assistant.per_capita import misses_per_capita

    ask = "云栖市样例办工作人员人均参加培训多少学时"
    assert misses_per_capita(ask, "组织信息公开业务培训3期 培训120人次")
    assert not misses_per_capita(ask, "工作人员人均培训学时达12学时")
    assert not misses_per_capita("云栖市样例办一共培训了多少人次", "培训120人次")
    assert misses_per_capita("How many training hours did the Yunqi sample office give per person?", "培训120人次")
    assert not misses_per_capita("How many training hours did the Yunqi sample office give per person?", "每人培训12学时")


@pytest.mark.parametrize("ask", [
    "青禾镇2030年每名信息公开工作人员平均参加了几次培训？",
    "青禾镇2030年平均每个工作人员培训了多少人次？",
    "Qinghe town 2030: on average, how many training sessions did each information staff member attend?",
    "Qinghe town 2030: how many items did each part-time staff member publish on average?",
])
def test_a_figure_on_average_for_each_staff_member_is_no_total_nor_a_training_count(ask):
    """"平均每名…人员", "on average … each staff member" ask a figure per person: a total (培训30人次, 公开80条) is none,
    a figure saying it is per person answers, and a mean per month is no per-capita ask."""
    from assistant.per_capita import misses_per_capita

    assert misses_per_capita(ask, "全年培训30人次")
    assert misses_per_capita(ask, "累计公开信息80条")
    assert not misses_per_capita(ask, "人均参加培训3次")
    assert not misses_per_capita("青禾镇2030年平均每月公开多少条信息？", "全年公开信息80条")


def test_petition_visits_are_answered_only_by_a_figure_of_visits():
    """English "petition visits" counts people who came to petition (来访), not the 信访举报投诉类申请 row of table 三."""
    from assistant.counted_things import misses_counted_thing

    q = "How many petition visits did the Qinghe sample bureau receive in 2023?"
    assert misses_counted_thing(q, "三、本年度办理结果 / (五)不予处理 / 1.信访举报投诉类申请 总计")
    assert not misses_counted_thing(q, "全年接待群众来访43批次")


# --- which month, a rank's scope, a part under another outcome group, columns for items (BC8) ------------------------
from assistant.asked_month import asks_which_month, misses_asked_month
from assistant.column_counts import columns_for_items
from assistant.premise_groups import premise_groups, row_of_other_group
from assistant.rank_scopes import misses_rank_scope


def test_an_ask_of_the_month_is_answered_only_by_words_writing_a_month():
    assert asks_which_month("青禾县样例局哪个月上线了新网站？") and asks_which_month("In what month did it open its WeChat account?")
    assert not asks_which_month("青禾县样例局几个月内办结了申请？")  # (a span of months, no month asked)
    ask = "青禾县样例局是几月份成立信息公开领导小组的？"
    assert misses_asked_month(ask, "截至2023年底,我局成立了信息公开领导小组")
    for stated in ("2023年4月,我局成立了信息公开领导小组", "十月成立了领导小组", "发布日期:2023-04-09", "set up in October 2023"):
        assert not misses_asked_month(ask, stated), stated
    assert not misses_asked_month("青禾县样例局成立了信息公开领导小组吗", "截至2023年底,我局成立了信息公开领导小组")


def test_a_rank_of_another_scope_is_no_answer_but_one_of_the_asked_scope_is():
    stated = "云栖市门户网站在全国地级城市政府网站绩效评估中排名第五"
    assert misses_rank_scope("云栖市网站在云栖省全省排名第几？", stated)  # (a province asked, a national class stated)
    assert misses_rank_scope("Among all government websites in China, where did the Yunqi city portal rank?", stated)
    assert not misses_rank_scope("云栖市网站在全国地级城市政府网站中排名第几？", stated)
    assert not misses_rank_scope("Where did the Yunqi portal rank among prefecture-level city websites nationwide?", stated)
    assert misses_rank_scope("云栖市网站在全国排第几？", "云栖市门户网站在全省政府网站考评中排名第三")
    assert not misses_rank_scope("云栖市网站在全省排第几？", "云栖市门户网站在全省政府网站考评中排名第三")
    assert not misses_rank_scope("云栖市公开了多少条信息", stated)  # (no rank asked)


def test_a_part_of_a_restated_outcome_group_is_no_row_under_another_group():
    ask = "青禾县样例局予以公开及部分公开的40件中，属于行政查询事项的有多少件？"
    assert premise_groups(ask) == {"full", "part"}
    assert row_of_other_group(ask, "三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项")
    assert not row_of_other_group(ask, "三、本年度办理结果 / （二）部分公开")
    assert not row_of_other_group("青禾县样例局不予公开的12件里，因属于国家秘密的有几件？",
                                  "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密")
    assert not row_of_other_group("青禾县样例局属于国家秘密的有几件？", "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密")


def test_a_count_of_columns_answers_no_ask_of_items_but_an_ask_of_columns():
    words = "网站设有工作动态、通知公告等6个二级栏目"
    assert columns_for_items("青禾县样例局网站发布了多少条信息？", words, "个")
    assert not columns_for_items("青禾县样例局网站有几个栏目？", words, "个")
    assert not columns_for_items("青禾县样例局网站发布了多少条信息？", "在信息公开专栏发布信息514条", "条")
    assert not columns_for_items("青禾县样例局网站发布了多少条信息？", "官网通过8大板块", "")  # (no 个: judged as before)


def test_an_english_kind_is_not_answered_by_all_one_channel_carried_nor_a_whole_made_and_published():
    from assistant.part_of_set import asked_kind_en, whole_for_asked_kind

    assert asked_kind_en("how many flood-relief notices did the qinghe sample bureau publish") == "flood-relief"
    ask = "How many flood-relief notices did the Qinghe sample bureau publish in 2021?"
    assert whole_for_asked_kind(ask, "通过微信公众号发布信息")
    assert whole_for_asked_kind(ask, "共制作和主动发布政府信息")
    assert not whole_for_asked_kind(ask, "通过微信公众号发布防汛救灾信息")


def test_digits_a_placeholder_runs_on_from_are_a_masked_year_not_a_figure():
    from assistant.sentences import NUMBER

    assert NUMBER.findall("县样例局201x年全年主动公开政府信息302条") == ["302"]
    assert NUMBER.findall("20XX年度收到申请12件") == ["12"]
    assert NUMBER.findall("信息59,人大代表建议7条") == ["59", "7"]


def test_an_english_ask_after_its_premise_takes_the_premise_of_the_whole_question():
    question = "qinghe sample bureau: of the 26 requests where information could not be provided, how many were repeat requests?"
    row = "三、本年度办理结果 / （五）不予处理 / 2.重复申请"
    assert row_of_other_group("how many were repeat requests", row, question)
    assert not row_of_other_group("how many were repeat requests", row)  # (no whole question: nothing restated)
    # (an ask naming a group of its own is judged by its own words: "…另外不予处理的有多少件")
    assert not row_of_other_group("另外不予处理的有多少件", "三、本年度办理结果 / （五）不予处理", "青禾县样例局不予公开的9件里，国家秘密几件？另外不予处理的有多少件")


@pytest.mark.parametrize(("ask", "unit", "other"), [
    ("青禾县样例局2019年年报分为几部分", "部分", False), ("报告一共几个部分", "个部分", False),
    ("报告一共几个部分", "件", True), ("How many parts does the report have?", "条", True),
    # (not an ask counting parts: partial disclosure, or no count asked)
    ("部分公开多少件", "件", False), ("报告的第一部分讲了什么", "件", False)])
def test_an_ask_counting_the_reports_parts_takes_only_a_count_of_parts(ask, unit, other):
    from assistant.non_count_numbers import other_count_for_parts
    assert other_count_for_parts(ask.lower(), unit) is other


# --- a place asked whose reports are all of places inside it (assistant/inner_place_reports.py) -----------------------
from assistant.inner_place_reports import reports_of_inner_places
from assistant.other_agency import agency_types_named


def _inner(question: str, reports: list[Report]):
    q = parse_question(question, reports)
    q.doc_ids = [r.doc_id for r in reports]  # (the scope the names index gives: the one report)
    return reports_of_inner_places(q, INNER_INDEX)


@pytest.mark.parametrize("question, report", [
    ("青禾县2018年主动公开了多少条政府信息？", 0),
    ("青禾县政府18年主动公开多少条", 0),
    ("溪川市2018年主动公开了多少条", 0),  # a place above the county, named in the text
    ("云港市教育局2020年政府集中采购了几个项目", 1),  # the district's bureau is not the city's
])
def test_a_place_whose_reports_are_all_of_a_place_inside_it_has_no_report(question, report):
    assert _inner(question, INNER[report:report + 1]), question


@pytest.mark.parametrize("question, report", [
    ("青禾县白石镇2018年主动公开了多少条政府信息？", 0),  # the town named
    ("白石镇政府2018年主动公开多少条", 0),
    ("青禾县白石2018年主动公开多少条", 0),  # the town's name written short
    ("云港市南湖区教育局2020年采购了几个项目", 1),
    ("石川县样例局2020年主动公开了多少条", 2),  # the report of the place itself
    ("石川县2020年主动公开了多少条", 3),  # an agency naming no place
    ("Qinghe county 2018: how many items were published?", 0),  # English: looser place words
])
def test_a_report_of_the_place_asked_or_of_a_place_the_question_names_is_kept(question, report):
    assert not _inner(question, INNER[report:report + 1]), question


@pytest.mark.parametrize("question, named", [
    ("青禾县政府2020年主动公开了多少条信息", True),
    ("青禾县政府的联系电话是多少", True),
    ("青禾县政府信息公开年报2020年收到多少申请", False),  # government information
    ("青禾县政府办2020年收到多少申请", True),  # (named by its own abbreviation, 政府办)
    ("政府2020年收到多少申请", False),  # no place before it
    ("市政府2020年收到多少申请", False),  # a level with no place's name
])
def test_a_government_written_short_after_its_place_names_the_peoples_government(question, named):
    types = agency_types_named(parse_question(question, INNER).norm)
    assert (any("人民政府" in t for t in types)) is named, question


def test_a_points_ask_wants_a_number_but_a_clock_time_does_not():
    assert parse_question("青禾县2019年绩效考评里信息公开占几分", INNER).wants_number
    assert not parse_question("青禾县2019年年报是几点几分发布的", INNER).wants_number


def test_a_year_compared_of_an_agency_kind_named_without_a_place_is_of_that_kinds_reports():
    health = [Report(doc_id="h" * 16, sources=["h.txt"], agency="青禾县卫生健康委员会", region="青禾县", year=2023)]
    index = SimpleNamespace(reports=health, by_doc={r.doc_id: r for r in health},
                            texts=lambda doc_id: (ONE_YEAR_TEXT, ONE_YEAR_TEXT, []))
    q = parse_question("卫健委2023年收到的申请比2022年多了几件", health)
    q.doc_ids = None  # (no place named: no report in scope)
    assert unreported_years(q, index) == [2022]
    q = parse_question("教育局2023年收到的申请比2022年多了几件", health)
    q.doc_ids = None  # (a kind no report is of: left to the year scope)
    assert unreported_years(q, index) == []


def test_a_leader_slot_opening_a_clause_holds_a_post_or_a_name():
    from assistant.unstated_values import names_post_only

    ask = "青禾县样例局公开领导小组组长叫什么名字？"
    assert names_post_only(ask, "样例局健全公开机制,局长任组长,分管领导为副组长。")  # (posts only: no name stated)
    assert not names_post_only(ask, "样例局健全公开机制,周小禾任组长,吴青为副组长。")  # (names)
    assert not names_post_only(ask, "样例局明确分管领导为第一责任人")  # (no clause-opening slot: not judged)


def test_an_english_ask_of_applications_made_by_telephone_names_that_channel():
    from assistant.channels import misses_asked_channel
    from assistant.query import glossary_terms

    ask = "how many requests did the qinghe sample bureau receive by telephone in 2023?"
    terms = glossary_terms(ask)
    assert misses_asked_channel(terms, ask, "我局收到12起申请")  # (all applications: no count of telephone ones)
    assert not misses_asked_channel(terms, ask, "其中电话申请3件")
    assert not misses_asked_channel(glossary_terms("what is its telephone number"), "what is its telephone number",
                                    "联系电话0999-1234567")  # (a contact number asks no channel of application)


def test_a_proceedings_cost_answers_an_ask_naming_the_proceeding_or_the_fees():
    """The work's spending asked: a proceeding's cost of none is no answer; an ask naming the proceeding, or the fees
    charged, is still answered by it, and a clause of the work's own funds is not held back."""
    from assistant.proceeding_costs import proceeding_cost_for_spending

    assert proceeding_cost_for_spending("云栖市样例办一年花了多少经费", "未产生相关诉讼,没有相应费用支出")
    assert not proceeding_cost_for_spending("云栖市样例办诉讼花了多少钱", "未产生相关诉讼,没有相应费用支出")
    assert not proceeding_cost_for_spending("云栖市样例办收取了多少费用", "未收取检索、复制、邮寄等费用")
    assert not proceeding_cost_for_spending("How much did the Yunqi office charge in fees?", "未收取检索、复制费用")
    assert not proceeding_cost_for_spending("云栖市样例办信息公开经费多少", "全年安排信息公开工作经费5万元")
