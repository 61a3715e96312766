"""Synthetic standard-format annual reports with known facts, for the scale benchmarks.

SYNTHETIC DATA.  Every agency, place, address, phone number and figure produced here is
fictional (place names are made of rare character pairs such as 霁禾县, 蘅湾区; phone numbers
start with 0000-; e-mail addresses use example.org), and every generated file says so in its
first line and in its file name (``SYNTH_…``).  Nothing is copied from a real report: the
layout follows the national template described in ../shared/DOMAIN.md (the 2021 revision),
the prose is written from small templates below.

One report = one fictional agency × one year (2021–2024), with
- 一、总体情况 in prose: proactive disclosures "主动公开政府信息N条" (with a breakdown that adds
  up), applications received / carried over (the same figures as table 三), filler sentences;
- 二 table (第二十条 blocks), 三 table (7 applicant columns, 26 rows; per column
  一 + 二 = 三（七）总计 + 四, and 总计 = the sum of the six applicant columns), 四 table (15
  numbers, each 总计 = the sum of the four before it);
- 五、六 in prose.
Tables are written as pipe rows (most), one cell per line, or an HTML page with <table>s, so
the scale runs exercise the same readers as real copies.

``generate(n, seed)`` is deterministic: the first 1,000 reports of a 10,000 corpus are the
1,000 corpus.  ``write_corpus`` writes the files and ``answers.jsonl`` (the known values per
report); ``make_questions`` draws questions whose answers are known.
"""

from __future__ import annotations

import html as html_lib
import json
import random
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from pypinyin import lazy_pinyin

MARK = "【合成样本】本文件由评测生成器 bench/synth.py 生成，机关名称、地址、电话与全部数字均为虚构，不是真实报告。"

# rare first/second characters with distinct pinyin: every stem has a unique romanisation
_FIRST = "霁蘅汀璃苓萱槿栖沐棠枫岚黛琅珂芷菁筠瑶"
_SECOND = "禾湾汐屿渚桥岫涧泓畔坞垣堤芦"
_SUFFIX = {"县": "County", "区": "District", "市": "City"}

# (Chinese type, English words a user types, or None when the product has no English name for it)
AGENCY_TYPES: tuple[tuple[str, str | None], ...] = (
    ("信访局", "petitions bureau"),
    ("教育局", "education bureau"),
    ("财政局", "finance bureau"),
    ("卫生健康委员会", "health commission"),
    ("自然资源局", "natural resources bureau"),
    ("公安局", "public security bureau"),
    ("司法局", None),
    ("民政局", None),
    ("生态环境局", None),
    ("市场监督管理局", None),
    ("住房和城乡建设局", None),
    ("交通运输局", None),
    ("水利局", None),
    ("农业农村局", None),
    ("文化和旅游局", None),
    ("人力资源和社会保障局", None),
    ("应急管理局", None),
    ("统计局", None),
    ("审计局", None),
    ("人民政府办公室", None),
)
YEARS = (2021, 2022, 2023, 2024)

T3_ROWS: tuple[str, ...] = (
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果 | （一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开 | 1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供 | 1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理 | 1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
)
# index of each outcome leaf row (rows 2..22) and its weight when distributing handled applications
_OUTCOME_WEIGHTS = (40, 14, 1, 1, 1, 2, 3, 2, 1, 1, 14, 4, 2, 5, 2, 0.5, 0.5, 0.3, 1, 0.5, 1)
T3_COLUMNS = 6  # applicant columns before 总计


@dataclass
class SynthReport:
    n: int
    file: str
    agency: str
    place: str
    agency_type: str
    year: int
    fmt: str  # "pipe" | "lines" | "html"
    en_name: str | None  # "the Jihe County petitions bureau", None when the type has no English name
    values: dict[str, float]  # metric key -> the value a question about it must get
    t2: dict[str, list[float]] = field(default_factory=dict)  # row -> cells
    t3: list[list[int]] = field(default_factory=list)  # 25 rows x 7 columns (6 applicant + 总计)
    t4: list[int] = field(default_factory=list)  # 15 numbers
    text: str = ""

    def key(self) -> dict:
        d = asdict(self)
        d.pop("text")
        return d


@lru_cache(maxsize=1)
def places() -> list[tuple[str, str]]:
    """(Chinese place, English place) for every fictional stem; a stem keeps one suffix."""
    out, seen = [], set()
    suffixes = list(_SUFFIX)
    i = 0
    for a in _FIRST:
        for b in _SECOND:
            py = "".join(lazy_pinyin(a + b))
            if py in seen:
                continue
            seen.add(py)
            suf = suffixes[i % 3]
            i += 1
            out.append((a + b + suf, f"{py.capitalize()} {_SUFFIX[suf]}"))
    return out


@lru_cache(maxsize=4)
def combos(seed: int = 7) -> list[tuple[int, int, int]]:
    """All (place, agency type, year) index triples in a fixed pseudo-random order."""
    allc = [(p, t, y) for p in range(len(places())) for t in range(len(AGENCY_TYPES)) for y in range(len(YEARS))]
    random.Random(seed).shuffle(allc)
    return allc


def _split(rng: random.Random, total: int, weights) -> list[int]:
    """`total` split into len(weights) non-negative integers, proportional to weights on average."""
    if total <= 0:
        return [0] * len(weights)
    out = [0] * len(weights)
    for i in rng.choices(range(len(weights)), weights=weights, k=total):
        out[i] += 1
    return out


def _t3_values(rng: random.Random) -> list[list[int]]:
    """25 rows x 7 cells satisfying the table's own identity in every column."""
    scale = rng.choice((0, 0, 2, 5, 12, 30, 80, 200))
    new_total = rng.randint(0, scale) if scale else 0
    carried_total = rng.randint(0, max(0, new_total // 8))
    col_w = (70, 12, 1, 1, 3, 6)
    new = _split(rng, new_total, col_w)
    carried = _split(rng, carried_total, col_w)
    rows = [[0] * T3_COLUMNS for _ in range(25)]
    for c in range(T3_COLUMNS):
        rows[0][c], rows[1][c] = new[c], carried[c]
        avail = new[c] + carried[c]
        forward = rng.randint(0, avail // 6) if avail else 0
        handled = avail - forward
        leaves = _split(rng, handled, _OUTCOME_WEIGHTS)
        for i, v in enumerate(leaves):
            rows[2 + i][c] = v
        rows[23][c] = handled
        rows[24][c] = forward
    return [r + [sum(r)] for r in rows]


def _t4_values(rng: random.Random) -> list[int]:
    out = []
    for _ in range(3):
        four = [rng.choice((0, 0, 0, 1, 2, 3)) for _ in range(4)]
        out += four + [sum(four)]
    return out


_CHANNELS = ("通过{place}人民政府门户网站、政务新媒体等渠道", "依托政府网站信息公开专栏", "通过门户网站和“{short}发布”微信公众号")
_FILLER_MGMT = (
    "严格执行信息发布保密审查制度，全年开展保密审查{a}次。",
    "规范政府信息公开属性源头认定，全年梳理公文{a}件。",
    "建立政府信息管理动态调整机制，更新公开目录{a}项。",
)
_FILLER_PLATFORM = (
    "完成门户网站信息公开栏目改版，新增专栏{a}个。",
    "对政务新媒体开展日常巡查{a}次，整改问题{b}个。",
    "持续优化政府信息公开平台，栏目信息更新及时。",
)
_FILLER_SUPERVISION = (
    "全年组织政府信息公开业务培训{a}次，参训人员{b}人次。",
    "将政府信息公开工作纳入年度考核，未发生责任追究情况。",
    "开展政务公开自查{a}次，发现问题均已整改。",
)
_PROBLEMS = (
    "一是政策解读形式较为单一；二是信息发布时效性有待提高。",
    "一是基层工作人员业务水平有待提升；二是公开栏目更新不够及时。",
    "一是主动公开的深度和广度仍需加强；二是依申请公开办理规范化水平有待提高。",
)
_IMPROVE = (
    "下一步，{short}将加强业务培训，完善审查机制，提升公开质量。",
    "下一步，{short}将丰富解读形式，及时回应社会关切。",
    "下一步，{short}将健全工作制度，推进政务公开标准化规范化。",
)
_ROADS = ("文昌路", "禾丰大道", "青年路", "滨江路", "新华街", "人民路", "建设路", "学府路")


def _fee(rng: random.Random) -> float:
    return rng.choice((0.0, 0.0, 0.0, round(rng.uniform(0.5, 80), 2)))


def build(n: int, p: int, t: int, y: int, rng: random.Random) -> SynthReport:
    place, place_en = places()[p]
    typ, typ_en = AGENCY_TYPES[t]
    year = YEARS[y]
    agency = place + typ
    fmt = rng.choices(("pipe", "lines", "html"), weights=(70, 15, 15))[0]
    ext = ".html" if fmt == "html" else ".txt"
    file = f"SYNTH_{n:05d}_{''.join(lazy_pinyin(place))}_{t:02d}_{year}{ext}"
    short = "我" + typ[-1] if typ[-1] in "局委室" else "本机关"

    t2 = {
        "规章": [0, 0, 0],
        "行政规范性文件": [rng.randint(0, 6), rng.randint(0, 2), 0],
        "行政许可": [rng.choice((0, 0, rng.randint(1, 500)))],
        "行政处罚": [rng.choice((0, 0, rng.randint(1, 300)))],
        "行政强制": [rng.choice((0, 0, 0, rng.randint(1, 20)))],
        "行政事业性收费": [_fee(rng)],
    }
    t2["行政规范性文件"][2] = t2["行政规范性文件"][0] + rng.randint(0, 40)
    t3 = _t3_values(rng)
    t4 = _t4_values(rng)
    a, b, c = rng.randint(5, 400), rng.randint(2, 120), rng.randint(0, 60)
    proactive = a + b + c
    values = {
        "proactive_disclosures": proactive,
        "applications_received": t3[0][6],
        "applications_carried_over": t3[1][6],
        "applications_disclosed": t3[2][6],
        "applications_partly_disclosed": t3[3][6],
        "applications_answered": t3[23][6],
        "applications_carried_forward": t3[24][6],
        "reconsiderations": t4[4],
        "lawsuits_direct": t4[9],
        "lawsuits_after_reconsideration": t4[14],
        "normative_documents": t2["行政规范性文件"][0],
        "licensing": t2["行政许可"][0],
        "penalties": t2["行政处罚"][0],
        "enforcement": t2["行政强制"][0],
        "fees": t2["行政事业性收费"][0],
    }
    en_name = f"the {place_en} {typ_en}" if typ_en else None
    r = SynthReport(n=n, file=file, agency=agency, place=place, agency_type=typ, year=year, fmt=fmt, en_name=en_name,
                    values=values, t2=t2, t3=t3, t4=t4)

    def fill() -> dict:
        return dict(a=rng.randint(2, 60), b=rng.randint(2, 90), place=place, short=short)

    prose = [
        MARK,
        f"{agency}{year}年政府信息公开工作年度报告",
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。"
        f"如对本报告有任何疑问，请与{agency}办公室联系（地址：{place}{rng.choice(_ROADS)}{rng.randint(1, 300)}号，"
        f"联系电话：0000-{rng.randint(1000000, 9999999)}，电子邮箱：xxgk{n}@example.org）。",
        "一、总体情况",
        "（一）主动公开",
        f"{year}年，{agency}{rng.choice(_CHANNELS).format(**fill())}主动公开政府信息{proactive}条，其中工作动态{a}条，通知公告{b}条，政策解读{c}条。",
        "（二）依申请公开",
        f"{year}年，{short}共收到政府信息公开申请{t3[0][6]}件，上年结转{t3[1][6]}件，均在法定期限内答复。",
        "（三）政府信息管理",
        rng.choice(_FILLER_MGMT).format(**fill()),
        "（四）政府信息公开平台建设",
        rng.choice(_FILLER_PLATFORM).format(**fill()),
        "（五）监督保障",
        rng.choice(_FILLER_SUPERVISION).format(**fill()),
    ]
    closing = [
        "五、存在的主要问题及改进情况",
        rng.choice(_PROBLEMS),
        rng.choice(_IMPROVE).format(**fill()),
        "六、其他需要报告的事项",
        f"{year}年{short}未收取政府信息公开信息处理费。",
    ]
    tables = _tables(r)
    if fmt == "html":
        r.text = _html(prose, tables, closing, r)
    else:
        r.text = "\n".join(prose + [_render(rows, fmt) for rows in tables] + closing) + "\n"
    return r


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}"


def _tables(r: SynthReport) -> list[list[list[str]]]:
    """Three tables as lists of rows of cells (headings included as one-cell rows)."""
    t2 = [
        ["二、主动公开政府信息情况"],
        ["第二十条第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", *map(_num, r.t2["规章"])],
        ["行政规范性文件", *map(_num, r.t2["行政规范性文件"])],
        ["第二十条第（五）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政许可", _num(r.t2["行政许可"][0])],
        ["第二十条第（六）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政处罚", _num(r.t2["行政处罚"][0])],
        ["行政强制", _num(r.t2["行政强制"][0])],
        ["第二十条第（八）项"],
        ["信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收费", _num(r.t2["行政事业性收费"][0])],
    ]
    t3 = [
        ["三、收到和处理政府信息公开申请情况"],
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
        ["自然人", "法人或其他组织", "总计"],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]
    for label, cells in zip(T3_ROWS, r.t3):
        t3.append([*label.split(" | "), *map(str, cells)])
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    t4 = [
        ["四、政府信息公开行政复议、行政诉讼情况"],
        ["行政复议", "行政诉讼"],
        [*five, "未经复议直接起诉", "复议后起诉"],
        [*five, *five],
        list(map(str, r.t4)),
    ]
    return [t2, t3, t4]


def _render(rows: list[list[str]], fmt: str) -> str:
    lines = []
    for row in rows:
        if len(row) == 1 and not row[0][0].isdigit() and ("、" in row[0][:3] or row[0].startswith("第二十条")):
            lines.append(row[0] if fmt == "lines" or "、" in row[0][:3] else f"{row[0]} |")
        elif fmt == "pipe":
            lines.append(" | ".join(row) + " |")
        else:  # one cell per line
            lines.extend(row)
    return "\n".join(lines)


def _html(prose: list[str], tables: list[list[list[str]]], closing: list[str], r: SynthReport) -> str:
    esc = html_lib.escape
    parts = [
        "<!DOCTYPE html>",
        f"<html><head><meta charset=\"utf-8\"><title>{esc(r.agency)}{r.year}年政府信息公开工作年度报告（合成样本）</title></head><body>",
    ]
    parts += [f"<p>{esc(p)}</p>" for p in prose]
    for rows in tables:
        parts.append(f"<p>{esc(rows[0][0])}</p>")
        parts.append("<table>")
        for row in rows[1:]:
            if len(row) == 1 and row[0].startswith("第二十条"):
                parts.append(f"<tr><td colspan=\"4\">{esc(row[0])}</td></tr>")
            else:
                parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
    parts += [f"<p>{esc(p)}</p>" for p in closing]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def generate(n: int, seed: int = 7) -> list[SynthReport]:
    """The first `n` reports of the deterministic synthetic corpus."""
    cs = combos(seed)
    if n > len(cs):
        raise ValueError(f"at most {len(cs)} distinct agency-years")
    return [build(i, p, t, y, random.Random(f"{seed}:{p}:{t}:{y}")) for i, (p, t, y) in enumerate(cs[:n])]


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[SynthReport]:
    """Write the first `n` synthetic reports and answers.jsonl into `folder` (reused when complete)."""
    folder.mkdir(parents=True, exist_ok=True)
    key = folder / "answers.jsonl"
    reports = generate(n, seed)
    if key.exists() and sum(1 for _ in key.open(encoding="utf-8")) == n and all((folder / r.file).exists() for r in reports):
        return reports
    for r in reports:
        (folder / r.file).write_text(r.text, encoding="utf-8")
    with key.open("w", encoding="utf-8") as fh:
        for r in reports:
            fh.write(json.dumps(r.key(), ensure_ascii=False) + "\n")
    return reports


def load_key(folder: Path) -> list[SynthReport]:
    """The reports of a written corpus from its answers.jsonl (known values, no text)."""
    out = []
    with (folder / "answers.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            out.append(SynthReport(**json.loads(line)))
    return out


# --- questions with known answers ------------------------------------------------------------

# metric key -> (Chinese template, English template or None); {a} agency / English name, {y} year
QUESTION_TEMPLATES: dict[str, tuple[str, str | None]] = {
    "applications_received": ("{a}{y}年收到多少政府信息公开申请？", "How many disclosure applications did {a} receive in {y}?"),
    "applications_carried_over": ("{a}{y}年上年结转的政府信息公开申请有多少件？", "How many applications did {a} carry over from the previous year into {y}?"),
    "applications_disclosed": ("{a}{y}年予以公开的申请有多少件？", "How many applications were fully disclosed by {a} in {y}?"),
    "applications_carried_forward": ("{a}{y}年结转下年度继续办理的申请有多少件？", None),
    "reconsiderations": ("{a}{y}年因政府信息公开被申请行政复议多少件？", "How many administrative reconsiderations did {a} face in {y}?"),
    "penalties": ("{a}{y}年行政处罚决定数量是多少？", "How many administrative penalty decisions did {a} make in {y}?"),
    "licensing": ("{a}{y}年行政许可处理决定有多少件？", None),
    "proactive_disclosures": ("{a}{y}年主动公开了多少条政府信息？", "How many items of information did {a} proactively disclose in {y}?"),
}


def make_questions(reports: list[SynthReport], n: int, seed: int = 11, en_share: float = 0.7,
                   unanswerable_share: float = 0.1) -> list[dict]:
    """`n` questions over `reports` with gold values: figures (zh/en) and unanswerable ones
    (an agency-year the corpus does not hold)."""
    rng = random.Random(seed)
    held = {(r.agency, r.year) for r in reports}
    by_agency: dict[str, list[SynthReport]] = {}
    for r in reports:
        by_agency.setdefault(r.agency, []).append(r)
    out: list[dict] = []
    while len(out) < n:
        r = rng.choice(reports)
        if rng.random() < unanswerable_share:
            missing = [y for y in YEARS if (r.agency, y) not in held]
            if not missing:
                continue
            y = rng.choice(missing)
            out.append({"id": f"s{len(out):04d}", "kind": "unanswerable", "lang": "zh", "answerable": False,
                        "question": f"{r.agency}{y}年收到多少政府信息公开申请？", "file": None, "gold": []})
            continue
        metric = rng.choice(list(QUESTION_TEMPLATES))
        zh, en = QUESTION_TEMPLATES[metric]
        lang = "en" if (en and r.en_name and rng.random() < en_share) else "zh"
        q = (en.format(a=r.en_name, y=r.year) if lang == "en" else zh.format(a=r.agency, y=r.year))
        if lang == "en":
            q = q[0].upper() + q[1:] if q.startswith("the") else q
        value = r.values[metric]
        # a figure of the same agency in another year would be a wrong answer
        wrong = sorted({o.values[metric] for o in by_agency[r.agency] if o.year != r.year} - {value})
        out.append({"id": f"s{len(out):04d}", "kind": "narrative_figure" if metric == "proactive_disclosures" else "table_figure",
                    "lang": lang, "answerable": True, "question": q, "file": r.file, "metric": metric,
                    "gold": [value], "wrong": wrong})
    return out
