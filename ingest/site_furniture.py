"""A report mirrored by a web site (a 范文 / document site that reposts reports, often in traditional characters):
the page's furniture around the report is no report text.  Used by ingest/clean.py after the text is simplified and
its width normalised (so the words are simplified and the colons ASCII).

Dropped whole lines: the site's navigation bar ("首页 | 范文大全 | 工作报告"), a lone 登录 / 注册, the font-size and
print controls ("【字体:大 中 小】 打印本页"), the copyright line ("版权所有 © 2019 …", "Copyright ©") and the site's
registration number ("备案号:ICP备…", "京ICP备…号").  A "related articles" list (a heading 相关推荐 / 猜你喜欢 /
推荐阅读 … and the short title lines under it, up to a blank line) is dropped too: left after the signature, it hid the
signature's date, which must stand at the end of the text.
"""

from __future__ import annotations

import re

SITE_LINES = [
    r"首页\s*[|｜].*",
    r"(?:[-*•·]\s*)?(?:会员)?(?:登录|注册|登录\s*[|/]\s*注册)",
    r"【?字体\s*[:：]?\s*【?大\s*】?\s*【?中\s*】?\s*【?小】?】?.*",
    r"(?:版权所有|copyright)\s*(?:©|\(c\))?.*",
    r".*(?:备案号|ICP备|ICP证)\s*[:：]?.*\d.*",
]
SITE_PAGE = re.compile(r"^[ \t]*(?:" + "|".join(SITE_LINES) + r")[ \t]*(?:\n|$)", re.MULTILINE | re.IGNORECASE)

# "相关推荐" and the titles listed under it: each a short line with no sentence mark, up to a blank line or the end
_RELATED_TITLE = r"[ \t]*(?:[-*•·][ \t]*)?[^\n。；;，,:：|]{1,40}[ \t]*"
RELATED_LIST = re.compile(
    r"^[ \t]*(?:相关推荐|相关阅读|相关文章|相关范文|推荐阅读|热门推荐|热门文章|猜你喜欢|延伸阅读|精彩推荐)[ \t]*[:：]?[ \t]*"
    rf"(?:\n{_RELATED_TITLE}(?=\n|\Z))*(?:\n|\Z)",
    re.MULTILINE,
)
