"""A report mirrored by a web site (a 范文 / document site that reposts reports, often in traditional characters):
the page's furniture around the report is no report text.  Used by ingest/clean.py after the text is simplified and
its width normalised (so the words are simplified and the colons ASCII).

Dropped whole lines: the site's navigation bar ("首页 | 范文大全 | 工作报告"), a lone 登录 / 注册, the font-size and
print controls ("【字体:大 中 小】 打印本页"), the copyright line ("版权所有 © 2019 …", "Copyright ©") and the site's
registration number ("备案号:ICP备…", "京ICP备…号").  A "related articles" list (a heading 相关推荐 / 猜你喜欢 /
推荐阅读 … and the short title lines under it, up to a blank line) is dropped too: left after the signature, it hid the
signature's date, which must stand at the end of the text.

A government site's article page saved or printed to PDF ("print to PDF" of the browser) adds more of the same:
- the accessibility bar ("无障碍浏览 | 长者模式 | 繁体 | 登录") and a navigation bar of words parted by spaces
  ("首页 走进某区 政务公开 政务服务 互动交流");
- a "相关链接" list of other reports' titles after the signature (the heading alone was dropped before, leaving the
  titles: another year's report title below the signature);
- the site's footer at the very end: a line opening with 主办单位 / 承办单位 / 网站标识码 / 技术支持 and the short lines
  after it (网站标识码, 公网安备, the site office's 地址 and 联系电话).  Only a tail of short lines with no sentence
  mark counts, so a report's own contact line in 六、其他需要报告的事项 stays.
"""

from __future__ import annotations

import re

SITE_LINES = [
    r"首页\s*[|｜].*",
    r"(?:[-*•·]\s*)?(?:会员)?(?:登录|注册|登录\s*[|/]\s*注册)",
    r"【?字体\s*[:：]?\s*【?大\s*】?\s*【?中\s*】?\s*【?小】?】?.*",
    r"(?:版权所有|copyright)\s*(?:©|\(c\))?.*",
    r".*(?:备案号|ICP备|ICP证)\s*[:：]?.*\d.*",
    r"首页(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6}){3,}",
    r"(?:[^\n。|｜]{1,12}[|｜][ \t]*)*(?:无障碍(?:浏览|阅读|模式)?|长者模式|关怀模式|适老化(?:模式)?)(?:[ \t]*[|｜][^\n。|｜]{1,12})*",
]
SITE_PAGE = re.compile(r"^[ \t]*(?:" + "|".join(SITE_LINES) + r")[ \t]*(?:\n|$)", re.MULTILINE | re.IGNORECASE)

# "相关推荐" and the titles listed under it: each a short line with no sentence mark, up to a blank line or the end
_RELATED_TITLE = r"[ \t]*(?:[-*•·][ \t]*)?[^\n。；;，,:：|]{1,40}[ \t]*"
RELATED_LIST = re.compile(
    r"^[ \t]*(?:相关推荐|相关阅读|相关文章|相关范文|相关链接|推荐阅读|热门推荐|热门文章|猜你喜欢|延伸阅读|精彩推荐)[ \t]*[:：]?[ \t]*"
    rf"(?:\n{_RELATED_TITLE}(?=\n|\Z))*(?:\n|\Z)",
    re.MULTILINE,
)

# the site's footer closing the page: its first line names the site's owner or id, the rest are short lines
SITE_FOOTER = re.compile(
    r"^[ \t]*(?:主办单位|承办单位|网站标识码|技术支持|网站主办)[ \t]*[:：][^\n]*(?:\n[^\n。；;]{0,120}){0,6}\n*\Z",
    re.MULTILINE,
)


_HOST_LINE = re.compile(r"^[ \t]*(?:主办单位|承办单位|网站主办|主办)[ \t]*[:：][^\n]*$", re.MULTILINE)


def site_footer(original: str) -> str:
    """The 主办/承办 lines near the end of the original (the footer cleaning drops): whose site published the report."""
    tail = "\n".join(original.rstrip().splitlines()[-15:])
    return "\n".join(m.group(0).strip() for m in _HOST_LINE.finditer(tail))
