"""The version of what ingest derives from a report file (identity, sections, facts, chunks).

A store remembers, per report, the version that derived it.  A file whose content is unchanged is
skipped on the next ingest only when its report was derived by this version; a report of an older
version is derived again (its vectors mostly come from the embedding cache), so a store never keeps
facts that the current code would not find after an upgrade.

Bump ``INGEST_VERSION`` whenever a change alters what ingest derives from files already ingested.
``SAMPLES_DIGEST`` is what this version derives from the sample reports (samples/reports);
tests/test_ingest_version.py fails when that changes without a bump, and prints the new digest.
"""

from __future__ import annotations

# 4 (round 7): "本报告由X根据…汇总…编制而成" gives the 编制单位 fact;
# 5: a count of the report's parts in digits ("等6部分组成") is counted in 部分, labelled with it
# 6: "接收网络方式提交政府信息公开5件" (who/how submitted between the verb and what) is applications_received
# 7 (round 9): a page header's 更新时间/上传时间/发稿时间…, a bracketed "发布时间：[…]" and a header's lone "时间:…" date the
#   posting; a numbered line ("(三)A、B等重点领域问题突出;") is an item even where a list of parts starts with it
# 8: the last cell of a truncated copy is kept unless its text shows the cut ("180774." is dropped, "180774.8" kept: the
#    answer warns that the copy ends there); English labels of the fees a report names (信息处理费 …)
# 9: more English agency-type words in the aliases (bureau of letters and calls, stats bureau)
# 10 (round 12): a prose label keeps its quote and title marks balanced (the "“" the trim cut off "“健康青禾”官方微博更新"
#    is taken back, a lone mark dropped); the samples have no such label (their digest is unchanged)
# 11 (round 13): a problems section written as sentences gives its shortfall sentences as items, then up to two of its
#    plans; a list inside one sentence ("将A与B、C等工作结合起来") is no list of the section's
# 12 (round 14): the compiler (编制单位) of "X编制了县教育局2020年…年度报告" (the report named without title marks) and
#    of "X在…基础上,编制本报告"; towns, townships and street offices (镇, 乡, 街道) compile reports too
# 13 (round 17): the cities a text names by their bare name ("淮南以…分居全省第4位" -> 淮南市, ingest/gazetteer.py cities_in)
#    are among its mentions
#    the members listed right before the quoted name of a numbered set ("A、B、C、D、E“五公开”") are its items;
#    a web address broken after its "www. " is one address
# 14 (round 18): a web page's header fields 索引号, 主题分类 and 文号 are facts (prose.toml [[contact]] header = true);
#    a table cell ending in a colon is the next field's key, not the previous field's value
# 15 (round 19): words running from one prose figure straight into the next ("准确率100%群众满意率98%") label the next
#    figure, not the first (whose lead names it); the samples have no such run (their digest is unchanged)
# 16: a figure's label is the words between the figure before (with its unit) and it ("结案率97%承办A、B交办的案件429件":
#    the 429's words are no tail of the 97%); numbers without units running into the next counted thing's label
#    ("信息68重点领域信息410") are figures; a figure labelled only by a change or a rate ("同比下降76.8%", "结案率达98%")
#    takes the thing the figure before it in its sentence counts as its context
# 17 (round 21): a count written in Chinese numerals before 个 and a counted noun ("细化了十个重点公开领域") is a
#    figure (prose.toml cn_counted_after_ge)
# 18: the 个 of a count in Chinese numerals goes with the numeral in its label ("细化了重点公开领域"); a pinyin gloss a
#    cut-off copy leaves open at its line's end is dropped ("公開領(lǐn"); the samples have neither (digest unchanged)
# 19: a statement that every application was answered within the time limit ("均在法定期限内答复", "按时答复") is a
#    statement of none of late answers (逾期答复 = 0; prose.toml none_words)
# 20: counts written out in Chinese numerals (三百二十一, 一千二百零六, 四十二万) are figures: after the words of a metric
#    ("主动公开政府信息三百二十一条") and before a unit of counts (prose.toml cn_count_units: "召开新闻发布会九次");
#    "同意公开N件" is 予以公开 (applications_disclosed)
# 21: a list's part may follow its 、 after spaces ("A、 B、C等内容": a copy that wrapped the line after the
#    、 and joined it back with a space); a share spaced from its sign ("占16 %") is one figure; the samples have
#    neither (their digest is unchanged)
# 22: a figure labelled only by a change or a rate takes as its context the count before it in its sentence also when
#    that count is written in Chinese numerals ("受理申请四十七件，同比增长17.5%" -> 受理申请); "均在…规定的期限内答复" (with 的) is a statement of
#    none of late answers too (prose.toml none_words); the samples have neither (their digest is unchanged)
# 23: a PDF's right-aligned line (the signature's agency above its date) is no wrapped paragraph line: it is not joined
#    with the line below it (the signature date is found again); the samples are no PDFs (their digest is unchanged)
# 24: a statement that no information that should have been disclosed went undisclosed ("尚无发现应主动公开而未予公开的
#    情况") is a statement of none (prose.toml none_topics); a list opened by a verb's 了 keeps its first part whole
#    ("较好地完成了A和B、C等工作": "A和B"); the samples have neither
# 25: a comma grouping digits ("1,617条", "36,518人次") is inside its number, not the end of a prose clause (the figure
#    is read whole with its lead); a two-column list table ("信息类别 | 公开数量（条） |" + "label | number |" rows) gives
#    a figure a row, in the header's unit (ingest/list_tables.py)
# 26: a copied page's share bar and article header (阅读原文, 分享到…, "原创 … 2023-01-28 09:30") are dropped, its
#    hard-wrapped prose lines joined ("…政府信\\n息2587条", "1,2\\n34件"); a provincial department (…厅) names an agency
# 27: a problems-and-plans section's sentence of plans opening with a turning word ("接下来,我们会A;B;C", "下一步,
#    我局将A；B") gives its clauses between ； as items under that word (ingest/plan_clauses.py); 接下来 turns to the
#    plans (prose.toml announced_stop)
# 28: a section whose whole body is a word of none ("六、其他需要报告的事项\n无。") is a statement of none of what its
#    heading names (ingest/empty_sections.py, prose.toml empty_section_bodies)
# 29: an old-format statistics table (指标 | 单位 | 数量/统计数, cells split by bars or tabs) gives a figure a row under
#    its parent row (ingest/indicator_tables.py); a PDF's right-aligned signature below a table's tail is kept apart;
#    不同意公开 is the old word for 不予公开
# 30: a mirror site's page furniture (navigation bar, 登录/注册, font-size controls, copyright and ICP lines, a
#    "相关推荐" list) is dropped (ingest/site_furniture.py); 按时/延期办结 is a part of those answered, not their count;
#    the old format's "同意公开答复的", "不同意公开答复的" are the disclosed / withheld outcomes
# 31: a line break right after 《 (a copied wiki page's "根据《\n中华人民共和国…条例》") is joined, so a sentence read
#    line by line ("由X…编制而成": the compiler) reads on past the title mark
# 32: a petitions bureau's English names include its office ("petitions office", "letters and visits office"), a food
#    and drug bureau's "food and drug supervision bureau" (names.toml [[agency_type]]: the reports' aliases)
# 33: a government site's article page printed to PDF: its accessibility and navigation bars, a "相关链接" list with its
#    titles and the site's footer (主办单位 / 网站标识码 / 地址 / 联系电话) are dropped (ingest/site_furniture.py); a long
#    title wrapped by the page width is joined (ingest/report_title.py)
# 34: a count of parts written "等六大部分" is a count of the report's parts (unit 部分; prose.toml figure_units)
# 35: the website a reprint names as its source in its page header ("来源:X人民政府网站") is a contact fact (出处);
#    a key word ending a text field's value ("…网站") no longer cuts the value as if a next field began there
# 36: a simplified 表三 of totals only ("项目 |  | 总计 |", blank columns aside) gives each template row's single value as
#    its 总计 (ingest/total_only_tables.py); a place suffix's character that starts an agency's words ends no place
#    (names.toml not_suffix_words: "X区市场监督管理局" is of X区, not X区市; "X市监局" names no city); 市监局 is a
#    short form of 市场监督管理局 (an alias)
# 37: a town's (镇/乡/街道) report gets its county from the places the text writes right before the town's name (a
#    signature or 主办 line, "云栖市翠湖区翠竹街道办事处") or from the site's 主办单位 footer cleaning drops; no short
#    alias is made up from one character of a place's name (白鹭湾区 is no 白区; a short form the text writes is kept)
#    ; and lists joined by 、: one opening its sentence with its lead word ("…的基本情况。包括A、B") is labelled by the sentence
#    before; a last piece of two parts joined by a conjunction is two parts when a frame closes the list ("由A、B以及C
#    组成") or every part shares its ending ("A权、B权与C权"); a count of the list's own parts after it ("A、B、C、D四项
#    职责") marks it and ends its last part (ingest/list_conjuncts.py)
INGEST_VERSION = 37
SAMPLES_DIGEST = "332a20c2e999fa42"


def derived_digest(paths, settings) -> str:
    """A digest of what ingest derives from `paths` (no embeddings): identity, chunks and facts."""
    import hashlib

    from ingest.load import load_document
    from ingest.pipeline import process

    h = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        pr = process(load_document(path), settings)
        report = pr.report.model_dump(exclude={"ingest_version"})
        h.update(repr(sorted(report.items())).encode())
        for c in pr.chunks:
            h.update(c.model_dump_json().encode())
        for f in pr.facts:
            h.update(f.model_dump_json().encode())
    return h.hexdigest()[:16]
