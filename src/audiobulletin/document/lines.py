"""What a single line is: the patterns of titles, headings, metadata, bylines, datelines
and page furniture, each judged on the line alone."""

from __future__ import annotations

import datetime as _dt
import html
import re
from collections.abc import Sequence

from audiobulletin.zh import (
    CIRCLED_NUMBERS,
    CN_NUMERALS,
    ELLIPSIS,
    ENUMERATING_IS,
    HAN,
    LEAD_IN_HEAD_RE,
    META_KEY_KIND,
    META_KEYS,
    PAPER_EDITION,
    PICTOGRAPHS,
    SENTENCE_ENDS,
    han_count,
)

# --------------------------------------------------------------------------------------
# Character classes and line-level patterns
# --------------------------------------------------------------------------------------

_H = HAN
#: Punctuation that ends a sentence; a heading or a title line has none of it.
_FINAL = SENTENCE_ENDS + ELLIPSIS
#: A run of single Han characters separated by spaces: "土 地 使 用", "总　　则", "韩　正";
#: never one touching a number (198元 自116年: a headline's parts set apart).
_LETTER_SPACED = re.compile(rf"(?<![{_H}\w])[{_H}](?:[^\S\n]+[{_H}](?![{_H}\w]))+")

#: Heading/paragraph list markers with their nesting level (smaller = higher).
_CN_NUM = CN_NUMERALS
#: A typical case's number, as a release of cases heads each case: 案例一, 典型案例3.
CASE_NUMBER = r"(?:典型)?案例[一二三四五六七八九十\d]{1,3}"
#: The levels of a document's numbered parts: 第一章 (1), 第一节 or 案例一 (2), 一、 (3).
SECTION_LEVELS = frozenset({1, 2, 3})

_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^第[{_CN_NUM}\d]+[编編章篇]")),
    (2, re.compile(rf"^第[{_CN_NUM}\d]+[节節]")),
    # (a release of typical cases heads each case above its labelled parts: 案例一：… over
    # 【基本案情】…)
    (2, re.compile(rf"^{CASE_NUMBER}\s*[：:、.．]")),
    # (Taiwan's documents head their parts 壹、貳、參、 above 一、二、)
    (2, re.compile(r"^[壹貳贰參叁参肆伍陸陆柒捌玖拾]{1,2}[、.．]")),
    # (or an ASCII comma and a space, as a text typed without Chinese marks sets it: 一, 管制时间)
    (3, re.compile(rf"^[{_CN_NUM}]+(?:[、.．]|,\s*(?=\S)(?![{_CN_NUM}]\s*[,，、年级]))")),
    (3, re.compile(r"^【[^】]{1,30}】")),
    # (a speech's questions or sides, named after a colon: 第二个问题：政府能做什么)
    (3, re.compile(rf"^第[{_CN_NUM}]+(?:个|個)(?:问题|問題|方面)\s*[：:](?=\S)")),
    (4, re.compile(rf"^[（(][{_CN_NUM}]+[）)]")),
    (4, re.compile(rf"^{ENUMERATING_IS}")),  # 一是…二是… sub-heads
    (5, re.compile(rf"^第[{_CN_NUM}\d]+[条條]")),
    # (never 0、: no list counts from nought, so 0、3 CFU is a list of figures run on)
    (6, re.compile(r"^(?!0[、．.])\d{1,2}(?:[、．]|\.(?!\d))")),
    # (1), ①, and 1) with its bracket half written
    # (never a code in brackets, padded with its nought: （08）, a subject's)
    (7, re.compile(rf"^(?:[（(](?!0)\d{{1,2}}[）)]|[{CIRCLED_NUMBERS}]|\d{{1,2}}[)）](?!\d))")),
    # (a solid bullet that opens a sub-head, ■ 小麦播种, heads a section above 1. 2. 3.: web
    # and WeChat features mark their sections so)
    # (…a question too, as a guide's parts ask what a reader asks: ▲ 谁可以参保？)
    (5, re.compile(r"^[■◆●▲★](?=\s*[^\W\d_][^。，,；;！？!?]{1,18}[？?]?$)")),
    (8, re.compile(r"^[●○■□◆◇▲△•▌▍▎▐★☆◎◉❖・‧▶►▸]")),
    (9, re.compile(r"^[-－*＊·]\s")),  # plain list bullets: never headings
)
_BULLET_LEVEL = 9

#: The keys of metadata fields, longest first so that 责任编辑 is tried before 编辑.
_META_KEYS = "|".join(sorted(META_KEY_KIND, key=len, reverse=True))
_META_KEY_RE = re.compile(r"(?:^|(?<=\s)|(?<=[】\]]))(" + _META_KEYS + r")\s*[:：|丨｜/／]")
_SPEAKABLE_META = ("date", "source", "signature")

#: (a stamp is one moment: a time that runs on to another, 9:00—11月11日18:00, is a
#: schedule's)
_NO_RANGE = r"(?!\s*(?:[—－~～\-]|至|到))"
_STAMP_RES = (
    # a page's line in English: Posted by 宣传部 on 2031-09-12 | 阅读 3,512
    re.compile(
        r"^Posted\s+by\s+\S{1,20}\s+on\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
        r"(?:\s*[|｜丨]\s*[^|｜丨。，；]{1,16})*$"
    ),
    # a post's day and its count of readers: 2031-07-24　阅读 5.6万, perhaps with who posted
    # it between them (2031-09-03 青川公交集团 阅读 2.1w)
    re.compile(
        r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:[\u4e00-\u9fffA-Za-z]{2,16}\s+)?"
        r"(?:阅读|閱讀|浏览|瀏覽)\s*\d+(?:\.\d+)?\s*[万wWkK]?\+?$"
    ),
    re.compile(
        rf"^\d{{1,2}}-\d{{1,2}}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_NO_RANGE}\s*[^\s。，,；]{{0,20}}$"
    ),
    re.compile(
        r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?"
        rf"{_NO_RANGE}\s*[^。，,；]{{0,30}}$"
    ),
    # a page's word for when it was posted or last changed, then the moment: 更新于
    # 2031/12/01 18:45, 发布于 2031年5月3日
    re.compile(
        r"^(?:最后|最後)?(?:更新|发布|發布|发表|發表|编辑|編輯|修改)(?:于|於)\s*"
        r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
        rf"{_NO_RANGE}$"
    ),
    # a page's date and its fields set apart by bars: 2031-08-19 ｜ 秘書室 ｜ 瀏覽數 1,024, the
    # date perhaps in English (Jul 22, 2031 | 航运界网 | 阅读 2.3k)
    re.compile(
        r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        r"[a-z]*\.?\s+\d{1,2},\s*\d{4})(?:\s*[|｜丨]\s*[^|｜丨。，；]{1,16}){1,3}$"
    ),
)
#: A document number: ``国办发〔1997〕2号``; also as pasted from a page that lost its brackets
#: or its 号 (``牟政办发〔201746``), when the issuer's code ends in 发, 函 or 字.
_DOCNO_RE = re.compile(
    # a court's case number: (2031)岭01执恢128号
    rf"^(?:[（(〔]\d{{4}}[)）〕]\s*[{_H}]{{1,6}}\d{{0,4}}[{_H}]{{1,6}}\d{{1,6}}\s*号"
    # the issuer's abbreviation may be left out under a masthead: 〔2031〕第8号; a letter may
    # stand for a place a copy hides (X发改价格〔2031〕215号), a class come after the year
    # (中价协〔2031〕培字第21号)
    rf"|[{_H}A-Z]{{0,12}}[〔\[［【(（]\d{{4}}[〕\]］】)）]\s*(?:[{_H}]{{1,3}}字)?\s*第?\s*\d+\s*号"
    # …or its year written out, under the notice it numbers (2031年第15号), or over it with
    # the body and the kind of notice (青川市税务局公告2031年第3号)
    rf"|(?:[{_H}]{{2,30}}(?:公告|通告|令))?(?:19|20)\d\d\s*年\s*第\s*\d{{1,4}}\s*号"
    # …or the year and the serial joined by a hyphen (第2031-03号)
    r"|第\s*(?:19|20)\d\d\s*[-－]\s*\d{1,4}\s*号"
    # (a police notice's issuer code holds its branch in brackets: 东公(刑)悬字[2031]3号)
    rf"|[{_H}（）()]{{1,11}}[发函字][〔\[［【(（]\d{{4}}[〕\]］】)）]?\s*第?\d{{0,5}}\s*号?"
    # a Taiwan office's number, its ROC year the serial's head: 勞動法規字第1130151234號
    rf"|[{_H}]{{1,12}}字第\s*\d{{5,12}}\s*[號号]"
    # a company's file number in its letters, the year and the serial: HS-JY-2031-031
    r"|[A-Z]{2,6}(?:[-－][A-Z]{1,6}){0,3}[-－](?:19|20)\d\d[-－]\d{1,5})$"
)
_NOTE_RE = re.compile(r"^[（(][^（）()]{1,20}[）)]$")
#: (a paper's stacked headline labelled line by line: 引题：…, 副题：…, around its 主题：…)
_SUBTITLE_RE = re.compile(
    r"^(?:原标题|原標題|副标题|副標題|[—―]{2}|(?:引题|引題|肩题|肩題|眉题|眉題|副题|副題)\s*[:：]"
    r"|[【\[](?:引题|引題|肩题|肩題|眉题|眉題|副题|副題)[】\]])"
    # …or when and where a speech was given, under its title, bare or in brackets:
    # 2031年1月16日在…会议上, （2031年1月16日在…会议上）
    r"|^[（(]?\s*(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^（）()，。]{2,40}"
    r"(?:会议|會議|大会|大會|论坛|論壇|典礼|典禮|仪式|儀式|座谈会|座談會)上\s*[)）]?$"
    # …or who chaired the meeting, a paper's deck's last line: 许国栋主持
    r"|^[\u4e00-\u9fff]{2,4}主持(?:并讲话|並講話)?$"
)

_Y4 = r"(?<!\d)(?P<y>\d{4})"
_CN_DIGITS = "〇○零一二三四五六七八九"
_CN_YEAR_DIGIT = {c: max(0, i - 2) for i, c in enumerate(_CN_DIGITS)}
_DATE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("num", re.compile(_Y4 + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")),
    ("num", re.compile(_Y4 + r"[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")),
    (
        "cn",
        re.compile(
            rf"(?P<y>[{_CN_DIGITS}]{{4}})年(?P<m>[一二三四五六七八九十]{{1,2}})月"
            rf"(?P<d>[一二三四五六七八九十]{{1,3}})日"
        ),
    ),
    (
        "roc",
        re.compile(
            r"(?:中華民國|中华民国|民國|民国)?(?<!\d)(?P<y>\d{2,3})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
        ),
    ),
    # a Taiwan page's 發布日期：120-03-15 (ROC year 120 is 2031)
    ("roc", re.compile(r"(?<![\d.])(?P<y>1\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d.])")),
)
_WEEKDAY = r"(?:\s*[（(]?(?:星期|周|週|礼拜)[一二三四五六日天][）)]?)?"
#: The day in the lunar calendar a paper prints beside the date: 农历三月初十, 農曆臘月廿三.
_LUNAR_DAY = (
    r"(?:\s*(?:农历|農曆)[正一二三四五六七八九十冬腊臘]{1,2}月"
    r"[初十廿卅二三]?[一二三四五六七八九十]{1,2})?"
)
_DATE_ONLY_RES = (
    *(
        re.compile(r"^" + pattern.pattern + _WEEKDAY + _LUNAR_DAY + r"$")
        for _, pattern in _DATE_RES
    ),
    # a warning's signature time: 2031年6月18日16时20分, 2031年6月18日 上午10时; a release's
    # with its weekday too: 2031年8月21日（星期四）下午5時30分
    re.compile(
        r"^"
        + _DATE_RES[0][1].pattern
        + _WEEKDAY
        + r"\s*(?:凌晨|上午|中午|下午|晚上)?\s*\d{1,2}\s*[时時]"
        r"(?:\s*\d{1,2}\s*分)?$"
    ),
    # a signature date whose 年月日 were images on the page: ``{ 2017 6 23``
    re.compile(
        r"^[^\w\s]?\s*(?:19|20)\d\d\s+(?:1[0-2]|0?[1-9])\s+(?:[12]\d|3[01]|0?[1-9])\s*[^\w\s]?$"
    ),
)

#: A printed page's number, as a PDF pastes it: — 3 —.
_PAGE_NUMBER = r"[—－―-]{1,2}\s*\d{1,3}\s*[—－―-]{1,2}"
PAGE_NUMBER_RE = re.compile(rf"^{_PAGE_NUMBER}$")
#: Page chrome and image placeholders left by scrapers; dropped, never spoken.
_CHROME_RE = re.compile(
    r"^(?:!img\b.*|!\[[^\]]*\]\([^)]*\)"
    r"|\[(?:图片|圖片|img|image|photo|视频|視頻|video|音频|音頻|二维码|二維碼)[^\]]*\]"
    # a WeChat page's picture and its dialog's button, a download label left alone
    r"|图片|圖片|知道了|附件下载[:：]?|附件下載[:：]?|点击下载|點擊下載"
    r"|請按此查看相片|请按此查看相片|按此查看相片|點擊查看大圖|点击查看大图"
    # the head of an account's page a post was copied from: @临江公安 的微博
    r"|@[^\s@]{1,30}\s*的(?:微博|主页|主頁|头条号|頭條號|抖音|视频号|視頻號)"
    # a publishing system's placeholder for a missing headline; an account's WeChat ID as
    # its page shows it, after a space (a notice's 微信号：… field is a contact, read)
    r"|無標題|无标题|Untitled|\(?no title\)?|微信号\s+[A-Za-z][A-Za-z0-9_\-]{2,30}"
    # …or the accounts a post tags at its foot, alone on their line: @青川教育 @青川融媒体中心
    r"|(?:@[^\s@，,。：:]{2,30}\s*){1,8}"
    # a picture's placeholder with its caption and credit: [图片] 签约仪式现场。摄影：李华
    r"|\[(?:图片|圖片|img|image|photo)\][^\S\n]*[^。！？!?\[\]]{1,30}。?"
    r"(?:\s*(?:摄影|攝影|摄|攝|图|圖)\s*[:：/／]\s*[^\s。]{2,12})?"
    # a page's skip link and a player's controls and notices
    r"|跳至主要內容|跳至主要内容|跳到主要内容|跳到主要內容|跳过导航|正在加载视频\S{0,6}"
    r"|(?:(?:播放|暂停|暫停|全屏|倍速|静音|靜音|\d(?:\.\d+)?[xX×])\s*){3,}"
    r"|[【\[](?:视频|視頻)提示[:：][^】\]]{0,60}[】\]]"
    rf"|{_PAGE_NUMBER}"
    # …or between dots, or named: ·5·, 第1页
    r"|[·•]\s*\d{1,3}\s*[·•]|第\s*\d{1,3}\s*[页頁]"
    # where a Taiwan government page's content starts, for screen readers: :::
    r"|:::"
    # a gallery's count of its pictures: 1/6
    r"|\d{1,2}\s*/\s*\d{1,2}"
    # a PDF's running head with its page: 青川职业技术学院招生就业处　第 1 页 共 3 页
    # (between dashes too: —— 第 1 页 共 1 页 ——)
    r"|.{0,30}?第\s*\d{1,3}\s*[页頁]\s*[，,/／]?\s*共\s*\d{1,3}\s*[页頁](?:\s*[—－―-]{1,2})?"
    # …or the office's name at its foot with the page alone: …传染病防制所　第 1 页
    r"|[^\s。，,；;：:！!？?]{2,30}\s+第\s*\d{1,3}\s*[页頁]"
    r"|(?:图片|圖片)(?:来源|來源)?[:：].{0,40}|图例|圖例|EnRA\+A-|收藏到\S*|分享到\S*"
    r"|打印本[页頁]|关闭窗口|關閉視窗|关闭本页|返回[顶頂]部\s*[↑⬆▲^]?|【?字[体體号號][:：]?\s*大\s*中\s*小】?)$",
    re.IGNORECASE,
)

#: Page furniture recognised anywhere in a line: copyright footers, template leftovers,
#: "open the app" prompts, newspaper page labels.
#: A photo caption with its credit (…拍得山竹风眼。NASA网页), a call to subscribe.
_CAPTION_CREDIT_RE = re.compile(
    r"(?:网页|網頁|供图|供圖|图源|圖源|资料图|資料圖|摄|攝)\s*[)）]?\s*$"
    # …or the agency that supplied it after the name: 陈晓峰摄（中经视觉）
    r"|^[\u4e00-\u9fff·]{2,5}(?:\s*[、,，]\s*[\u4e00-\u9fff·]{2,5})*\s*[摄攝]\s*[（(][^（）()]{2,12}[)）]\s*$"
    # …or Taiwan's papers' credit in brackets after it: （圖／讀者提供）, (記者王小明／攝影)
    r"|[（(]\s*(?:圖|图|照片|影|攝影|摄影|圖片|图片)\s*[／/][^（）()]{2,16}[)）]\s*$"
    r"|[（(][^（）()]{2,12}[／/]\s*(?:攝影|摄影|攝|摄)\s*[)）]\s*$"
)
_PROMO_RE = re.compile(
    r"订阅|訂閱|订户|訂戶|关注我们|關注我們|支持我们的工作|支持我們的工作|下载\S{0,6}客户端|下載\S{0,6}客戶端"
    r"|关注\S{0,16}(?:公众号|微信号|视频号|抖音号)"
    # a post's plea to pass it on: 点击“在看”，让更多人看到; 喜欢就点个“在看”吧; 【扫码报名】
    r"|点个?\S{0,2}在看|让更多人(?:看到|知道)|^[【\[▼▲👇]?扫码\S{0,4}[】\]▼▲👇]?$|点击\S{0,4}阅读原文"
    # an app's banner: 打开青川日报客户端，阅读体验更佳; 下载“青岚新闻”APP 立即打开
    # (never a step of a how-to that goes on: 打开“个人所得税”APP并登录, 下载“国家反诈中心”
    # APP，开启来电预警功能)
    r"|(?:打开|打開|下载|下載)\S{0,12}(?:APP|App|app|客户端|客戶端)"
    r"(?!\s*(?:并|並|后|後|[，,]\s*(?:开启|開啟|开通|開通|注册|註冊|绑定|綁定|进行|進行|完成"
    r"|查询|查詢|办理|辦理|申报|申報|预约|預約|填写|填寫|上传|上傳)))"
    r"|阅读体验更佳|閱讀體驗更佳|用\s*APP\s*看新[闻聞]"
    # a plea to share it: 转发提醒身边的人！
    r"|(?:转发|轉發)\S{0,4}(?:提醒|告诉|告訴|给|給)\S{0,4}(?:身边|身邊)"
)
#: What a page heads its list of links to other pages with.
_LINKS_HEAD = (
    r"相关新闻|相关阅读|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|热门文章|精彩推荐"
    r"|猜你喜欢|更多精彩|往期回顾|往期推荐|往期精彩|相關新聞|相關閱讀|相關連結|相關報導|推薦閱讀|延伸閱讀"
    r"|相关专题|相關專題|相关文档|相關文件|相关推荐|相關推薦|相关稿件|相關稿件|相关文件|相關檔案|相关档案"
    r"|相关图片|相關圖片|相关照片|相關照片|相关解读|相關解讀|本版其他新闻|本版其他新聞|本版其他稿件"
    r"|相关组图|相關組圖|本版其他文章|本版其他"
    r"|更多(?:新闻|新聞|报道|報導|资讯|資訊|组图|組圖|图片|圖片)(?:请看|請看|请点击|請點擊)?"
)
#: Such a head as a line opens with it: in its brackets, or between the arrows a post points
#: down at it with (▼往期推荐▼), after a bullet (■相关报道), with the count of its links.
_LINKS_LABEL = (
    r"^(?:[【\[▼▽↓⬇👇]|[■□◆●▲★]\s*|(?:>>|》》|»)\s*)?\s*(?:" + _LINKS_HEAD + r")\s*[】\]▼▽↓⬇👇]?\s*"
    r"(?:[（(]\s*\d{1,3}\s*[)）])?\s*(?:>>|»|＞＞)?\s*"
)
_LINKS_HEAD_RE = re.compile(_LINKS_LABEL + r"[:：]?$")
#: A post's topics, each between its hashes: #南屏天气# #暴雨预警#.
_TOPICS = r"(?:#[^#\s](?:[^#\n]{0,18}[^#\s])?#\s*){1,6}"
#: …alone on their line.
TOPICS_RE = re.compile(rf"^{_TOPICS}$")
#: …or before a post's words, with full-width hashes too: #南屏警方通报# 【警情通报】….
_LEADING_TOPICS_RE = re.compile(r"^(?:[#＃][^#＃\s]{1,20}[#＃]\s*)+")


def topics_apart(text: str) -> tuple[str, str]:
    """A post's topics before its words (#平阳寻人# #扩散#), with the space after them, and
    the words; no topics when fewer than six Han characters follow (the topics are all)."""
    tags = _LEADING_TOPICS_RE.match(text)
    if tags and han_count(text[tags.end() :]) >= 6:
        return tags.group(), text[tags.end() :]
    return "", text


#: A site's buttons to keep it: 设为首页, 加入收藏.
_SITE_BUTTONS = r"(?:设为首页|設為首頁|加入收藏|收藏本站)"
#: A page's choice of colours kind to the eyes: 视力保护色：■ ■ ■.
_EYE_COLOURS = r"(?:视力保护色|保护视力色|護眼色|护眼色|护眼模式|護眼模式)\s*[:：]?[\s■□●]*"
_FURNITURE_RE = re.compile(
    r"Copyright|版权所有|版權所有|ICP[备證证]|公网安备|网站标识码|客服QQ|^\[db:|查看精彩图片"
    # a site's welcome and its toolbar: 欢迎访问东岭大学官网！ 设为首页 | 加入收藏 | English
    r"|^欢迎您?(?:访问|訪問|光临|光臨|来到|來到)[^。，,！!]{2,30}"
    r"(?:(?:网|網|网站|網站|门户|門戶|平台|主页|主頁)[！!]?"
    rf"(?:\s*[|｜丨/]?\s*(?:{_SITE_BUTTONS}|English|ENGLISH|繁体|繁體|简体|簡體"
    r"|无障碍|無障礙|网站地图|網站地圖|手机版|手機版))*"
    rf"|[！!]?(?:\s*[|｜丨/]?\s*{_SITE_BUTTONS})+[^。，,]{{0,30}})\s*$"
    rf"|^(?:{_SITE_BUTTONS}\s*[|｜丨/]?\s*){{1,2}}(?:[^。，,]{{0,30}})$"
    # a page's widget of today's date (and weather), or its welcome with it: 今天是：2031年4月1日
    # 星期二…, 南屏县人民医院欢迎您！ 今天是：…
    r"|^(?:\S{2,20}欢迎您[！!]?\s*)?(?:今天是|今日是)\s*[:：]?\s*(?:19|20)\d\d\s*年"
    # (…or the date and weekday alone before the weather or the toolbar: 2031年12月31日 星期二
    # 天气：晴 -3℃~5℃ 登录 | 注册)
    r"|^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]"
    r"\s*(?:(?:天气|天氣)\s*[:：]|.*(?:登录|登錄|注册|註冊)\s*$)"
    # the exchange's disclaimer atop a Hong Kong announcement
    r"|對本公告之內容概不負責|对本公告的内容概不负责|對本公告的內容概不負責"
    # …and its note that the notice is for information only: 本公告僅供參考，並不構成…要約。
    r"|^本公告(?:僅|仅)供(?:參考|参考)\s*[,，]?\s*(?:並|并)?不(?:構成|构成)"
    # a download with its format and size: 下載通告（PDF，235KB）
    r"|^(?:下載|下载)\S{0,12}[（(]\s*(?:PDF|DOCX?|XLSX?)\s*[，,]\s*[\d.]+\s*[KMG]B\s*[)）]$"
    r"|点击查看大图|扫码关注|扫描二维码|扫一扫在手机|在手机上打开|^第\s*\d+\s*版\s*[(（:：]"
    # a paper's running head, its page first: 第 4 版　　特别报道　　2031年7月26日 星期五
    r"|^第\s*[A-Z]?\d{1,3}\s*版(?:\s+[\u4e00-\u9fff·]{2,8})?(?:\s+(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?"
    r"(?:\s*星期[一二三四五六日天])?$"
    # a code's prompt on its own (长按识别二维码关注我们), never a step of how to apply
    r"|^(?!\s*\d{1,2}\s*[.、．])[^。]{0,10}长按识别[^。，,；;]{0,16}$"
    r"|^(?:阅读|閱讀)?(?:上一篇|下一篇|上一条|下一条|上一則|下一則|上一则|下一则)\s*[:：]"
    # (…after the link back to the page's top: ↑返回顶部 | 上一篇：… | 下一篇：…)
    r"|^[↑▲△]?\s*(?:返回顶部|返回頂部|回到顶部|回到頂部|返回页首|返回頁首)\s*(?:[|｜丨]\s*)?"
    r"(?:(?:上一篇|下一篇|上一条|下一条|上一則|下一則)\s*[:：].*)?$"
    r"|^[【\[](?:上一篇|下一篇|上一条|下一条|上一則|下一則|上一则|下一则|上一條|下一條)[】\]]"
    # a repost's credit: 本文由青川日报客户端授权转载。, 本文转载自…
    r"|^本文(?:由[^。，,]{2,30}(?:授权|授權)(?:转载|轉載|发布|發布)|(?:转载|轉載)(?:自|于|於)[^。，,]{2,30})。?$"
    # (…or where it is from and that it is the writer's view only: 本文来自【青川日报客户端】，
    # 仅代表作者观点。…)
    r"|^本文来自[^。，,]{2,30}[，,]\s*(?:仅|僅)代表作者(?:观点|觀點|本人观点)"
    # a page's page numbers and its link on: 【1】【2】【3】 下一页
    r"|^(?:[【\[]\d{1,2}[】\]]\s*){2,}(?:下一[页頁]|上一[页頁])?$"
    # a page's counters of its readers: 本則新聞已被瀏覽 18,562 次, 您是本站第 2375649 位访客
    r"|^本[則则篇条條]\S{0,4}已被(?:瀏覽|浏览|閱讀|阅读|點閱|点阅)\s*[\d,]+\s*次$"
    r"|^您是本站第\s*[\d,]+\s*位(?:访客|訪客|访问者|訪問者)"
    # a comment box, a Weibo post's foot, a page's PDF copy, a video's length
    r"|^[▌|｜]?\s*(?:文明上网|理性发言|我要评论|發表評論|发表评论|写评论|寫評論|说点什么|說點什麼)[^。，,]{0,20}$"
    # (…with when it was posted first, its year unsaid: 6月12日 09:15 来自 iPhone 15 Pro; a
    # stamp with its year dates the post)
    r"|^(?:\d{1,2}月\d{1,2}日\s*)?(?:\d{1,2}:\d{2}\s*)?"
    r"来自\s*(?:\S{1,20}\s*)?(?:官方微博|微博|客户端|iPhone|Android|HUAWEI|华为|小米)"
    r"|^(?:下载|下載)\s*(?:PDF|pdf|Word|WORD)\s*(?:版本|版|文件|檔)?$"
    r"|^[▶►▷]?\s*(?:视频|視頻)(?:时长|時長)\s*[:：]?\s*\d{1,2}:\d{2}"
    # a decision's note on its copies: （本文书一式三份，…）
    r"|^[（(]\s*本\S{0,4}一式[两二三四五六兩]份"
    # …or on its page of seals: （本页无正文，为《…公告》之盖章页）
    r"|^[（(]\s*本[页頁]无正文[^（()）]{0,80}(?:盖章|签字|簽字|签署|簽署)[页頁]\s*[)）]$"
    + r"|" + _LINKS_LABEL + r"(?:[:：].{0,60})?$"
    # …or in its brackets before the one link it gives: 【相关专题】…全程直播>>
    r"|^[【\[](?:" + _LINKS_HEAD + r")[】\]]\s*[^。！？!?]{2,60}$"
    # a page's foot of links, ending where the page goes back to its top
    r"|^(?:\S{2,8}\s+){1,4}(?:回頁首|回页首|返回頁首|返回页首|返回頂部|返回顶部)$"
    # a list of links glued onto its head: 相关文章临河县召开秋粮收购工作部署会临河县…
    r"|^(?:" + _LINKS_HEAD + r")(?=[\u4e00-\u9fff])[^。！？!?]{4,200}$"
    r"|^(?:主办单位|承办单位|技术支持|网站地图)\s*[:：|]?|技术支持\s*[:：]|^(?:友情链接|友情連結)"
    # counters without a colon: 阅读量 1234, 点赞 56, 评论（0）, 阅读 8.7万 赞 2,315 在看 968
    r"|^(?=.*\d)(?:(?:阅读量?|阅读数|閱讀|点赞|點讚|(?:热门|熱門|全部|最新|精彩)?(?:评论|評論)|在看|转发|轉發"
    r"|收藏|浏览|瀏覽|分享|赞|讚|推荐)"
    r"\s*[（(]?\s*(?:\d[\d,]*(?:\.\d+)?\s*(?:万|w|W|k|K)?\+?)?\s*[)）]?\s*[|丨｜·]?\s*)+"
    r"(?:写留言|寫留言|留言)?$"
    # a player's notices and its credit, an account's card, a post's fold and its pleas
    r"|^(?:视频|視頻)?(?:加载|加載|载入|載入)中[，,]?\s*请稍候|^本(?:视频|視頻)由.{1,30}提供$"
    r"|^(?:视频|視頻|音频|音頻|图片|圖片)?(?:正在)?(?:加载|加載|载入|載入)中\s*(?:\.{2,}|…+|。{3})?$"
    r"|^(?:倍速|清晰度|高清|标清|超清|\d(?:\.\d+)?[xX×])(?:\s+(?:倍速|清晰度|高清|标清|超清|\d(?:\.\d+)?[xX×]))+$"
    r"|^(?:扫一扫|掃一掃)\s*\S{0,8}$|^[^。]{2,30}官方(?:微信)?公众号[，,]|^\d+\s*篇原创内容$|^公众号$"
    r"|^.{0,24}侵删.{0,4}$|^关注[“\"「][^”\"」]{1,20}[”\"」]$|^(?:收起全文|展开全文)|^写下你的留言$|^举报\s*[/|｜]\s*反馈$"
    # a font-size bar and a page's buttons, each in its brackets: 【大 中 小】【打印】【关闭】
    r"|^(?:\s*[【\[]\s*(?:(?:[大中小]\s*){1,3}|手机看|手機看|字[号號体體]\s*[:：]?\s*(?:[大中小]\s*){0,3}"
    r"|打印|列印|关闭|關閉|收藏|分享|返回|纠错"
    # (…and where to share it, in the same brackets: 【分享到：微信 微博 QQ空间】)
    r"|(?:分享|分享到|分享至)\s*[:：]\s*[^【】\[\]。，,]{1,30})\s*[】\]])+"
    r"\s*(?:字[号號体體]\s*[:：]?\s*T\s*[|丨]\s*T)?$"
    r"|^字[号號]\s*[+＋]\s*[-－]"
    # a player's bar: ▶ 点击收听 00:00 / 03:12; 视频加载失败，请点击刷新
    r"|^(?:[▶►▷]\s*|点击收听|點擊收聽|点击播放|點擊播放|(?=0?0:00\s*/))+\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$"
    r"|^(?:视频|視頻|音频|音頻)(?:加载|載入|加載)失败|^您的浏览器不支持"
    # a WeChat post's plea to star it: 设为星标，不错过每一条推送
    r"|^(?:点击\S{0,6}|记得)?设为?星标[^。]{0,20}$"
    # a Taiwan paper's toolbar (分享 列印 A- A+) and its advertisement slot
    r"|^(?:(?:分享|列印|友善列印|轉寄|A\s*-|A\s*\+|A(?=\s|$))\s*)+$|^(?:广告|廣告|advertisement)$"
    # the foot of a Hong Kong government release: Ends/Monday, …; Issued at HKT 15:30; NNNN
    r"|^Ends?\s*/|^Issued at HKT\s*\d|^NNNN$"
    # where a paper prints a related story: 〔相關新聞見A4版〕
    r"|^[〔【\[（(](?:相關|相关)(?:新聞|新闻|報導|报道)見|^[〔【\[（(](?:相關|相关)(?:新聞|新闻|報導|报道)见"
    # an account's card and a post's furniture: …官方微信公众号, 收录于合集 #…, a Weibo
    # account's badge (V), a button to follow it (关注)
    r"|^[^。，,]{2,30}(?:官方微信公众号|官方微博|官方账号|官方抖音号|官方视频号)$|^收录于(?:合集|话题)"
    r"|^[VⓋ]$|^(?:\+\s*)?(?:关注|已关注|關注)$"
    # the kind of a document alone in its brackets, under its title: 【通告】
    r"|^[【\[]\s*(?:通告|公告|通知|通报|通報|公示)\s*[】\]]$"
    # a photo's caption marked with a triangle: ▲ 灰鹤在湿地中觅食 (not a section's short
    # heading so marked: ▲运营时间, ▲车站设置（由北向南）; nor a point of the text so marked,
    # one that leans back on what came before (▲其中…) or gives a rate (▲ 高新技术产业投资
    # 增长21.3%…): a photo shows no rate)
    r"|^[▲△](?!\s*[^。！？!?（(\s]{1,6}(?:[（(][^）)]{1,12}[)）])?$)\s*"
    r"(?!其中|同时|此外|另外)(?![^。！？!?]*(?:%|％|百分点|比重|同比|环比))[^。！？!?；;]{1,60}。?"
    # (…and its credit after it: 。圖／本报资料照片)
    r"(?:\s*(?:图|圖|图片|圖片|照片|摄影|攝影)\s*[/／:：]\s*[^。！？!?\s]{2,16})?$"
    # a table's key to its marks (注：▲表示上涨，▼表示下降，—表示持平): the figures are read
    # with which way they moved, and a mark has no name to say
    r"|^(?:注|说明|說明|图例|圖例)?\s*[:：]?\s*(?:[▲▼△▽↑↓—－\-●○★☆]\s*(?:表示|为|為|代表)\s*"
    r"[^，,。；;▲▼△▽↑↓—－\-●○★☆]{1,6}\s*[，,；;、]?\s*){2,}。?$"
    # a listed company's stock assurance: 本公司董事会及全体董事保证本公告内容不存在…, a
    # bank's or a group's (本行董事会…, 本集团董事会…)
    r"|^本(?:公司|行|集团|集團)(?:董事会|监事会|董事會)及全体(?:董事|监事)(?:、高级管理人员)?保证"
    # (the Shenzhen template's: 本公司及董事会全体成员保证信息披露的内容真实、准确、完整…)
    r"|^本(?:公司|行|集团)及(?:董事会|监事会)全体成员保证[^。]{0,40}(?:真实|准确|完整)"
    # (…numbered in a report's summary, or a shareholder's that discloses: 1.2 本公司董事会、
    # 监事会及董事…保证年度报告内容的真实性…; 持股5%以上的股东…保证向本公司提供的信息内容
    # 真实…, and the board's that the notice agrees with it: …保证公告内容与…提供的信息一致)
    r"|^(?:\d+(?:\.\d+)*\s*)?[^。]{0,60}保证[^。]{0,60}(?:真实|准确|完整)[^。]{0,40}"
    r"(?:虚假记载|误导性陈述|重大遗漏|虛假記載|誤導性陳述|重大遺漏)"
    r"|^本(?:公司|行|集团)及(?:董事会|监事会)全体成员保证公告内容与[^。]{2,20}提供的信息一致"
    # …and its officers' (公司负责人、主管会计工作负责人…保证季度报告中财务信息的真实、准确、
    # 完整), under the label of the notes that carry them (重要内容提示：)
    r"|^公司负责人[^。]{0,60}保证[^。]{0,30}(?:真实|准确|完整)|^重要内容提示\s*[:：]?$"
    # a form's field ticked in boxes: 第三季度财务报表是否经审计：□是 √否
    r"|^[^。，,]{0,30}[:：]\s*(?:[□☑☐■√✓✔]\s*[^\s□☑☐■√✓✔]{1,6}\s*){2,}$"
    # a photo's caption that names only its scene: 会议现场, ▲活动现场, 演练现场图
    r"|^[▲△]?\s*(?:会议|會議|活动|活動|座谈会|座談會|调研|調研|培训|培訓|演练|演練|检查|檢查|比赛|比賽"
    r"|仪式|儀式|开幕式|開幕式|签约|簽約|发布会|發布會|颁奖|頒獎|揭牌|讲座|講座|授课|授課|宣讲|宣講)"
    r"(?:现场|現場)(?:图|圖|照片|图片|圖片)?$"
    # a photo's caption: 图为…, 上图：…, 图片说明：…
    r"|^[（(]?[▲△▼▽●■◆]?\s*(?:图为|圖為|图片为|圖片為|[上下左右]图[:：为]|[上下左右]圖[:：為]|题图|題圖|图说|圖說"
    r"|图片说明\s*[:：]|圖片說明\s*[:：]|图注\s*[:：]|[图圖]\s*[:：])\s*\S.{0,118}$"
    # the buttons and prompts of a WeChat article or a news page
    r"|^(?:(?:阅读原文|閱讀原文|点击阅读原文|轻触阅读原文|点个在看\S{0,8}|点赞|在看|写留言|留言|分享[:：]?"
    r"|收藏|转发|赞|分享到\S{0,8}|分享至\S{0,8}|微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|朋友圈|二维码|手机版"
    r"|轉寄(?:友人|好友)?|转寄(?:友人|好友)?|回列表|回上一頁|回上一页|回上頁|回上页|友善列印|X(?=\s*$)"
    r"|电脑版|复制链接|複製連結|Facebook|FB|Twitter|WhatsApp|LINE|电邮|電郵|列印|扫一扫|掃一掃|字号|字號|\+1|我要举报|举报"
    r"|查看更多|搜索|登录|登錄|注册|註冊|退出登录|会员中心|會員中心|个人中心|個人中心"
    r"|用户登录|用戶登錄|用户登入|用戶登入|登入|用户注册|用戶註冊|English|ENGLISH"
    r"|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻点两下取消赞|轻点两下取消在看"
    r"|喜欢此内容的人还喜欢|微信扫一扫\S{0,16}|点击(?:上方)?\S{0,4}蓝字\S{0,10})\s*[|丨｜·]?\s*)+$"
    r"|^点击(?:进入|查看|阅读|这里|此处)\S{0,12}$|^返回\S{1,8}[，,]\s*查看更多$"
    # a post's plea to follow it for more, to scan its code, to like it: 关注“青阳文旅” 获取更多
    # 精彩, 长按识别下方二维码, 喜欢就点个“赞”吧
    r"|^(?:点击)?(?:关注|關注)\s*[“\"「][^”\"」]{1,20}[”\"」]\s*[，,]?\s*(?:获取|獲取|了解|查看|看)更多\S{0,8}$"
    r"|^(?:长按|長按)(?:识别|識別|扫描|掃描)\S{0,12}(?:二维码|二維碼)\S{0,12}$"
    r"|^喜欢就点个\S{0,8}$|^喜歡就點個\S{0,8}$"
    # a post's plea to follow it set apart by a space: 点击上方蓝字 关注“浙里气象”
    r"|^点击(?:上方|下方)?\S{0,4}蓝字\s+关注\S{0,16}$"
    r"|^(?:本文链接|原文链接|文章链接|本文网址|原文地址)\s*[:：]|转载请注明|如有侵权[^。]{0,12}(?:联系|删除)"
    # any other link given only as its address: 论文链接：https://…
    r"|^\S{0,6}(?:链接|鏈接|連結)\s*[:：]\s*(?:https?://|www\.)\S+$"
    # a site's terms of reprint, a tip line, an investment disclaimer
    r"|未经(?:书面|协议)?授权[^。]{0,12}(?:不得|禁止|严禁|请勿)(?:下载)?(?:转载|使用|复制)|^本网站?所刊载|刊用本网站?稿件"
    r"|[未非]經(?:書面)?授權[^。]{0,12}(?:不得|禁止|嚴禁|請勿)(?:轉載|使用|複製)"
    r"|非经(?:书面)?授权[^。]{0,12}(?:不得|禁止|严禁|请勿)(?:转载|使用|复制)"
    # a page's day of its last update, at its foot: (本頁)最近更新日期：2031年11月14日
    r"|^(?:[（(]本[頁页][)）])?\s*(?:最近更新日期|最近修訂日期|最近修订日期)"
    # a paper's page header: its day, then its page and section (…星期二 | 第03版：要闻)
    r"|[|｜丨]\s*第\s*\d{1,3}\s*版\s*[:：（(]"
    # …and its serial number: 国内统一连续出版物号 CN33-0012
    r"|^(?:国内统一连续出版物号|國內統一連續出版物號|CN)\s*[:：]?\s*(?:CN\s*)?\d{2}\s*[-－]\s*\d{4}"
    r"|^\S{0,8}报料\s*[:：]|不构成投资建议|股市有风险[，,]?\s*投资需谨慎"
    # a site's footer: who runs it with its address, post code or who builds it
    # a browser the site says it is best seen in: 本網站建議使用Chrome瀏覽，最佳解析度1920x1080
    r"|(?:建議|建议)(?:使用|以)\S{0,30}(?:瀏覽|浏览)|^\S{0,8}最佳(?:瀏覽|浏览)?(?:解析度|分辨率)"
    r"|^(?:主办|主辦)(?:单位|單位)?\s*[:：][^。]{2,40}?\s(?:承办|承辦|地址|邮编|郵編|技术支持|联系电话"
    r"|聯絡電話|电话|電話)\s*[:：]"
    # …or who runs it, named first: 南屏县统计局主办  地址：…  邮编：…
    r"|^[\u4e00-\u9fff]{2,20}(?:主办|主辦)\s+(?:地址|邮编|郵編|联系电话|聯絡電話|电话|電話)\s*[:：]"
    # …or its address and post code set apart by spaces: 地址：…人民路88号　邮编：675800
    r"|^(?:地址|地\s址|通讯地址|通訊地址)\s*[:：][^。，,；;]{2,40}?\s(?:邮编|郵編|邮政编码|郵政編碼)\s*[:：]\s*\d{6}"
    # …or its switchboard: 地址：臨江市中正路1號 總機：(02)2345-0000
    r"|^(?:地址|地\s址|通讯地址|通訊地址)\s*[:：][^。，,；;]{2,40}?\s(?:總機|总机)\s*[:：]"
    # (…and a page's word on the risk of investing, or that a repost is not its view)
    r"|^(?:声明|免责声明|版权声明|广告声明|风险提示|風險提示|聲明|免責聲明|版權聲明|廣告聲明)\s*[:：]"
    r"|不代表本(?:站|网|網|平台|号|號)(?:观点|觀點|立场|立場)|^[【\[](?:免责声明|免責聲明|版权声明|版權聲明|广告声明)[】\]]"
    r"|^(?:欢迎投稿|投稿邮箱|投稿信箱|新闻热线|报料热线|爆料热线|违法和不良信息举报)"
    # a font-size bar: 【字号：大 中 小】, 【大】【中】【小】, 字号：T|T
    # (…or its sizes set, 字級設定：小 中 大 特大; its letters T in three sizes, 字号：T T T)
    # (…and the page's colours for the eyes after it: 字号：[大] [中] [小]　视力保护色：)
    r"|^[【\[]?\s*(?:字[体體号號級级](?:大小|設定|设定)?\s*[:：]?\s*)?(?:[【\[]?\s*(?:特大|[大中小])\s*[】\]]?\s*){3,4}"
    rf"[】\]]?(?:\s*{_EYE_COLOURS})?$"
    r"|^字[体體号號級级]\s*[:：]?\s*T\s*[|丨]?\s*T(?:\s*[|丨]?\s*T)?$"
    r"|^(?:[【\[]?\s*(?:(?:我要)?打印(?:本页|此页|文章|本文)?|关闭(?:窗口|本页|此页|本文)?|關閉(?:窗口|視窗|本頁|此頁)?|收藏(?:本页)?|返回顶部"
    r"|返回列表|返回目录|返回目錄|返回上一页|返回首页|返回頁頂|返回頂部|返回页顶|上一頁|下一頁"
    r"|轉寄(?:好友|友人)|转寄(?:好友|友人)"
    r"|返回|上一组|下一组|上一組|下一組|查看原图|查看原圖"
    r"|上一版|下一版|放大|缩小|默认|版面导航|无障碍|無障礙|长者模式|長者模式|适老化|English|繁體|繁体"
    r"|简体|簡體|列印[本此][頁页]|打印[本此][頁页]|分享[本此][頁页]|電郵本[頁页]|电邮本[页頁]|跳[到至]主要[內内]容(?:區塊|区块)?|文字大小\s*(?:A[+\-]?\s*){2,3}|返回页首|返回頁首|回到顶部|回到頁首|回到页首|回頁首|回页首|:::|今日新聞|今日新闻|我要留言|查看留言(?:[（(]\s*\d+\s*[)）])?|[大中小](?=\s*[】\]])|列印|友善列印|回上一?[頁页]|回首[頁页]|分享(?:[至到]\s*\w{1,12})?"
    r"|我要纠错|纠错|[大中小]字[体體号號]|列印版本|友善列印|分享\s*(?:f\s*)?(?:LINE)?"
    r"|字[体體号號級级](?:大小|設定|设定)?\s*[:：]?\s*(?:大\s*中\s*小|小\s*中\s*大|(?:A[+\-]?\s*){2,3}))"
    r"\s*[】\]]?\s*(?:[|丨｜]\s*)*)+$"
    # the caption of a government site's grid of fields: 信息公开选项
    r"|^(?:信息公开选项|信息公開選項|政府信息公开选项|文件信息|信息索引)$"
    # page buttons in brackets, then its count of readers: 【我要打印】【关闭窗口】 浏览：12,408次
    r"|^(?:\s*[【\[][^【】\[\]]{1,8}[】\]])+\s*(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問|点阅|點閱)"
    r"(?:量|数|數|次数|次數)?\s*[:：]?\s*[\d,]+\s*次?$"
    # what a page wants to be viewed in, its colours for the eyes, its prompts
    r"|^(?:建议|建議|推荐|推薦)[^。]{0,30}(?:分辨率|解析度|浏览器|瀏覽器)[^。]{0,20}$"
    # (…at the end of the site's last line: 客服專線：0800-080-512  建議使用瀏覽器：Chrome)
    r"|\s(?:建议|建議|推荐|推薦)使用\S{0,8}(?:浏览器|瀏覽器)\s*[:：][^。]{0,30}$"
    # a search box's prompt and button: 搜索  请输入关键字  GO
    r"|^(?:站内|站內|全站)?(?:搜索|搜尋|检索|檢索)?\s*[:：]?\s*(?:请输入|請輸入|输入|輸入)"
    r"(?:关键字|关键词|關鍵字|關鍵詞|搜索内容|搜尋內容|检索内容)\S{0,4}"
    r"(?:\s*(?:GO|Go|go|搜索|搜尋|检索|檢索|查询|查詢))?$"
    # a page's count of its visits: 本站访问量：1,234,567, 您是第…位访客
    r"|^(?:本站|本网|本網|网站|網站)(?:总|總)?(?:访问量|訪問量|访问人次|訪問人次|访问次数|訪問次數|访客数|訪客數)"
    r"\s*[:：]?\s*\d[\d,]*\s*(?:次|人次)?$"
    # who runs the site and who builds it, on one line: 南屏县教育局主办  南屏县教育信息中心承办
    r"|^[\u4e00-\u9fff]{2,24}(?:主办|主辦)\s+[\u4e00-\u9fff]{2,24}(?:承办|承辦)$"
    r"|^最佳(?:瀏覽|浏览|显示|顯示|觀看|观看)(?:解析度|分辨率|效果)"
    # who keeps the page, and whose the copyright is: 此網頁由…負責管理, 本網站著作權屬…所有
    r"|^(?:此|本)(?:網頁|网页|網站|网站)由\S{2,30}(?:負責管理|负责管理|維護|维护)$"
    r"|(?:著作權|著作权)(?:屬|属)\S{2,30}所有|^(?:重要告示|私隱政策|私隐政策|隱私權政策|隐私政策)$"
    # (…whose the copyright is, then the site's policies on one line: 本網站著作權屬於…
    # 隱私權政策 資訊安全政策)
    r"|^本(?:網站|网站)(?:著作權|著作权|版權|版权)(?:屬於|属于|歸屬|归属)"
    r"|(?:隱私權政策|隐私权政策|隐私政策|私隱政策)\s+(?:資訊安全政策|信息安全政策|網站|网站|政府網站)"
    r"|^(?:GO\s*)?TOP$"
    # who gives a release to the press, and whom the press may call: 本新聞稿由議會公關室提供
    r"|^本(?:新聞稿|新闻稿|新聞資料|新闻资料|資訊|资讯|信息)由\S{2,20}(?:提供|發布|发布|發佈)"
    r"|^[【\[]\s*\S{0,6}(?:新聞|新闻)(?:聯絡|联络|聯繫|联系)(?:窗口|人|電話|电话)\s*[:：]"
    r"|^\S{0,6}(?:新聞|新闻)(?:聯絡|联络|聯繫|联系)窗口\s*[:：]"
    # a site's footer: who runs it, its address and its switchboard
    r"|^\S{2,20}\s+(?:地址|地\s址)\s*[:：].{2,60}?\s(?:總機|总机)\s*[:：]"
    rf"|^{_EYE_COLOURS}$"
    r"|^(?:获取|獲取|查看|了解)更多(?:资讯|資訊|信息|內容|内容|精彩)\S{0,4}$"
    r"|^(?:听全文|聽全文|收听全文|收聽全文|一键收听|一鍵收聽|语音播报|語音播報)$|^参与互动$|^參與互動$"
    # a plea for tips: 【如果您有新闻线索，欢迎向我们报料，…报料QQ：…】
    r"|^[【\[]?\s*(?:如果您有|如您有|您有)\S{0,4}(?:新闻线索|新聞線索)[^】\]]*(?:报料|爆料|報料)"
    # a footer with its copyright sign: 2031 © 南屏天文台 | 重要告示 | 私隱政策; a site's
    # note of its accessibility
    r"|©|^本(?:網站|网站)已通(?:過|过)(?:無障礙|无障碍)"
    # a post's count of its words and minutes to read: 全文共1368字，阅读大约需要4分钟
    r"|^(?:全文|本文)共?\s*[\d,]+\s*字\s*[，,]?\s*(?:预计)?阅读(?:大约|大概|约)?(?:需要?|时间)?\s*[\d.]+\s*分钟$"
    # a page's tags; a collection's entry with its count of posts (#防汛防台 23个)
    r"|^(?:相关标签|相關標籤|文章标签|文章標籤|标签|標籤)\s*[:：]|^#[^#\s]{1,20}\s*\d{1,5}\s*[个個篇]$"
    # a post's topics alone on their line: #广州天气# #暴雨预警#
    rf"|^{_TOPICS}$"
    # a text message's way to stop them: 退订回T, 拒收请回复R
    r"|^(?:退订|退訂|拒收)\S{0,3}回复?\s*[A-Za-z0-9]{1,4}$"
    # a column's name alone, its bar left open for the headline under it: 新华视点｜
    r"|^[\u4e00-\u9fff]{2,8}\s*[｜|丨]$"
    # a paper's page and its section: A03 | 城事
    r"|^[A-H]\d{1,2}\s*版?\s*[|丨｜·]\s*[\u4e00-\u9fff]{2,6}$"
    # a page's editors named for it, after its day: 2031年7月1日 星期二　编辑 汪洋　美编 何丽
    r"|^(?:\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)?[一二三四五六日天]?\s*)?(?:(?:(?:本版)?(?:编辑|編輯)|美编|美編|校对|校對"
    r"|责编|責編|版式|组版|組版|审核|審核|终审|終審|主编|主編|设计|設計)\s+[\u4e00-\u9fff]{2,4}\s*){2,}$"
    # a licence's badge, a government's link back to the day's releases
    r"|^(?:創用\s*CC\s*授權|知识共享许可协议|CC\s*BY(?:-[A-Z]{2})*(?:\s*\d\.\d)?)$|^(?:今日新聞公報|今日新闻公报)$"
    # a share prompt; an attachment field with nothing in it (相关附件：无), or only the subject
    # it names again (附件：如主旨)
    r"|^分享(?:让|讓|给|給)更多(?:人|朋友)看到$|^(?:相关|相關)?附件(?:下载|下載)?\s*[:：]\s*(?:无|無|如主旨|如文|如說明|如说明|如公告事項\S{1,3}|如公告事项\S{1,3})?$"
    r"|^[▶►▷]\s*(?:点击播放|點擊播放|播放)$",
    re.IGNORECASE,
)
#: A pictograph or an arrow a page sets beside its buttons: 👍 💬 ⭐ ↗ 🔁.
_PICTOGRAPH_RE = re.compile(f"[{PICTOGRAPHS}\u2190-\u21ff]")
#: A page's or a post's button, or where it shares to, with its count: 赞 12, 点赞（2568）,
#: 分享到：微信; or a count alone beside its pictograph (👍 1.2万).
_BUTTON_WORD = (
    r"(?:点赞|點讚|赞|讚|分享(?:到|至)?|收藏|留言|写留言|寫留言|评论|評論|写评论|寫評論|在看|转发|轉發"
    r"|喜欢|喜歡|推荐|推薦|举报|舉報|微信|微博|朋友圈|QQ空间|QQ好友|QQ|Facebook|LINE|Line|X|Twitter"
    r"|WhatsApp|抖音|复制链接|複製連結|小红书|小紅書|快手|今日头条|今日頭條|知乎|豆瓣|视频号|視頻號"
    # …and a page's own: print, close, correct, font size, previous and next
    r"|(?:我要)?(?:纠错|糾錯)|列印(?:此[頁页]|本[頁页])?|打印(?:此[页頁]|本[页頁])?|关闭(?:窗口)?|關閉(?:視窗)?"
    r"|返回列表|字[号號体體]|A[+\-＋－]|上一[則则篇条條]|下一[則则篇条條])"
)
#: One button of such a bar, set apart by spaces or bars: its words, then its count.
_BAR_BUTTON_RE = re.compile(
    rf"(?:{_BUTTON_WORD}[:：]?)*(?:[（(]?\d[\d,]*(?:\.\d+)?(?:万|萬|w|W|k|K)?\+?[)）]?)?"
)
_BUTTON_WORD_RE = re.compile(_BUTTON_WORD)
_PAGE_ACTION_RE = re.compile(r"纠错|糾錯|列印|打印|关闭|關閉|返回列表|收藏|分享")
#: The brackets and arrows a page sets its buttons in: 【我要纠错】, <‹ 返回列表.
_BUTTON_MARKS_RE = re.compile(r"[【】\[\]［］<>‹›«»]")


def is_button_bar(text: str) -> bool:
    """A bar of a page's buttons with their pictographs and counts (👍 赞 12 🔁 分享 💬 留言 36,
    点赞（2568） 收藏 分享到：微信 微博 QQ空间): what the page lets a reader do, never read.
    Counts alone count only beside pictographs (👍 1.2万 💬 386), never a row of figures."""
    bare = _PICTOGRAPH_RE.sub(" ", _BUTTON_MARKS_RE.sub(" ", text))
    buttons = re.split(r"[\s|丨｜·]+", bare.strip())
    if not bare.strip() or not all(_BAR_BUTTON_RE.fullmatch(b) for b in buttons):
        return False
    pictographs = len(_PICTOGRAPH_RE.findall(text))
    # a page's action alone in its brackets: 【關閉視窗】, <‹ 返回列表 (never 【评论】, a column)
    marked = _BUTTON_MARKS_RE.search(text) is not None and _PAGE_ACTION_RE.search(bare) is not None
    return _BUTTON_WORD_RE.search(bare) is not None and (
        pictographs >= 2 or len(buttons) >= 2 or marked
    )


#: A contact's field: 聯絡人：陳志明科長, 联系电话：0838-1234567.
CONTACT_FIELD_RE = re.compile(
    # (or whose line it is: 業務聯絡人, 辦公室電話)
    r"^(?:新闻|新聞|媒体|媒體|业务|業務|办公室|辦公室)?(?:联络人|聯絡人|联系人|聯繫人|联络电话|聯絡電話|联系电话|聯繫電話"
    r"|电话|電話|手机|手機|行动电话|行動電話|传真|傳真|(?:电子|電子)?(?:邮件|郵件|邮箱|郵箱|信箱)|E-?mail"
    r"|电邮|電郵)"
    r"\s*[:：]",
    re.IGNORECASE,
)
#: Whom the press may call about a release: 新聞聯絡人：…, 媒体联系人：….
PRESS_CONTACT_RE = re.compile(
    r"^(?:新闻|新聞|媒体|媒體|业务|業務)(?:联络人|聯絡人|联系人|聯繫人)\s*[:：]"
)
#: Site navigation: a breadcrumb (首页 > 新闻 > 正文) or where-you-are line.
_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:>>|>|»|›|→|＞)\s*")
_WHERE_RE = re.compile(
    r"^(?:您当前的位置|您现在的位置|您当前所在位置|您所在的位置|您所在位置|当前所在位置|当前位置"
    r"|您的位置|所在位置|位置|目前位置|您目前的位置)\s*[:：]"
)
_MENU_SEP_RE = re.compile(r"\s*[|丨｜]\s*")
#: A figure's caption: the figure is not in the text, so neither is its caption read.
_FIGURE_RE = re.compile(r"^(?:图|圖|附图|图表)\s*(?:\d+(?:[-.．]\d+)?|[①-⑳])\s*[:：．.\s、]")
#: A news photo's caption numbered in a circle (图①：7月8日，…作业。): a caption, its full
#: stop and all.
CIRCLED_FIGURE_RE = re.compile(r"^(?:图|圖)\s*[①-⑳]\s*[:：]")
#: The story's end mark, or its end said in words (全文完).
_END_MARK_RE = re.compile(
    r"^[（(【\[－\-—～~]{0,4}\s*(?:全文完|完|END|End|end)\s*[)）】\]－\-—～~]{0,4}$"
)
#: Whom a notice is addressed to: 各镇、乡人民政府：; 湖北省人民政府：; 亲爱的家长：.
_ADDRESSEE_RE = re.compile(
    r"^(?:(?:亲爱的|尊敬的|各位|广大|廣大)[^：:]{1,20}"
    r"|各[^：:。；;]{1,78}"
    # (…under the place they are in: 城西区各商场、超市…及各有关经营者：)
    r"|[\u4e00-\u9fff]{1,8}(?:省|市|县|区|镇|乡|街道)各[^：:。；;]{1,70}"
    r"|(?:[^：:。；;]{0,20}[、，,])?(?:党中央|国务院|中央军委)"
    r"|[^：:。；;]{2,78}(?:政府|部门|单位|机构|委员会|委|党委|党组|公司|企业|学院|学校|大学|医院|村委会|党总支"
    r"|局|厅|办|处|室|所|中心|同学|同志|家长|朋友|会员|市民|居民|群众|师生|教职工|职工|员工|党员|干部"
    r"|学生|教师|老师|考生|旅客|游客|村民|业主|用户|网友|们|單位|部門|學校|學生|機構|市民朋友"
    r"|经营者|經營者|经营户|經營戶|商户|商戶|商家|市场主体|市場主體"
    # …or a council's chair and members, as a speech to it opens: 主席、各位委員：
    r"|委員|委员|議員|议员|主席|代表|女士|先生|来宾|來賓|嘉宾|嘉賓))[：:]$"
)
#: A speaker's greeting after whom the speech addresses: …各位企业家朋友，大家下午好！（掌声）.
_GREETING_TAIL_RE = re.compile(
    r"[，,]\s*大家(?:上午|下午|晚上|早上)?好\s*[！!：:。]?\s*(?:[（(](?:掌声|掌聲)[)）])?$"
)
_NAV_WORD_RE = re.compile(
    r"首页|登录|注册|网站|频道|导航|新闻|社区|客户端|电子报|投稿|返回|打印"
    # a school's or an office's menu: 学院概况 师资队伍 本科教学 …
    r"|概况|简介|党建|招生|就业|机构设置|信息公开|联系我们|关于我们|师资|校友|下载专区"
    r"|首頁|網站|頻道|新聞|消息|公告|資訊|资讯|動態|动态"
    # a language bar with the page's tools: English | 繁體 | 简体 列印本頁 電郵本頁 RSS
    r"|English|繁體|繁体|简体|簡體|列印|電郵|电邮"
)

#: A story's dateline: the agency, a place and a day, then 电 (新华社北京10月17日电), or a
#: paper's or site's own 讯 (本报讯, 天气网讯); optionally the reporters in brackets and a
#: repeated headline (题：…). An editor reads none of it inside the story.
_AGENCY = (
    r"(?:新华社|中新社|本报|本報|本台|本网|本網|人民网|新华网|中新网|央视网|央广网|国际在线"
    rf"|[{_H}A-Za-z]{{2,10}}?(?:社|报|網|网|台|客户端|新闻|电视台|广播电台|快讯|快訊|财经|財經|头条|頭條|在线|在線"
    # a government's own account: 青川发布11月5日消息
    r"|发布|發布))"
)
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_REPORTERS = (
    rf"[（(](?:[{_H}]{{0,6}}(?:记者|通讯员|實習記者|实习生|記者|通訊員)[^（）()]{{1,40}})[)）]"
)
#: A dateline in brackets, as Taiwan and Hong Kong papers print it: 〔記者王小明／臺南報導〕,
#: 【本報訊】, （中央社記者王小明台北21日電）, and an office's own: 【新聞局訊】.
_BRACKETED_DATELINE = (
    r"[〔【\[［（(]\s*(?:(?:記者|记者)[^〔〕【】\[\]［］（）()]{1,30}(?:報導|报道|報道)"
    # …or only the outlet and its reporter: 【本报记者 刘畅】, 【青川商讯网 记者 姚蓓】
    rf"|(?:本报|本報|[{_H}]{{2,10}}?(?:网|網|报|報|社|台|客户端|客戶端)(?:报道|報導)?)?\s*(?:记者|記者)\s*"
    # (never a Q&A's or a feature's label: 【记者提问】, 【记者手记】, 【记者观察】)
    r"(?!提问|提問|问|問|手记|手記|观察|觀察|调查|調查|探访|探訪|连线|連線|现场|現場|直击|直擊)"
    rf"[{_H}·]{{2,4}}(?:\s*[、，,\s]\s*[{_H}·]{{2,4}})*(?=\s*[】〕\]［])"
    rf"|(?:本報|本报|本網|本网|本台|[{_H}]{{2,10}}?(?:報|报|社|網|网|台|局|府|處|处|辦|办))\s*(?:訊|讯)"
    r"|(?:本報|本报|本網|本网|本台)消息"
    # (…or a place's own: 【東岸訊】, 【江城讯】)
    rf"|[{_H}]{{2,4}}(?:訊|讯)(?=\s*[】〕\]［])"
    r"|(?:中央社|[{_H}]{2,8}社)[^〔〕【】\[\]［］（）()]{0,30}[電电]"
    # any outlet's whole dateline in brackets, its day wired: 【青川体育在线青屿4月9日电】
    rf"|[{_H}A-Za-z]{{2,16}}?{_DAY}[電电]"
    # a council's or a bureau's own news tag: 〔議會新聞〕, 【市府新闻】
    rf"|[{_H}]{{2,6}}(?:新聞|新闻|快訊|快讯)"
    # a company's press release, its day and its city: 【2031年4月22日，中国·南屏】
    rf"|(?:(?:19|20)\d\d\s*年\s*)?{_DAY}\s*[，,、\s]\s*(?:中国|中國)\s*[·•・]\s*[{_H}]{{2,6}}"
    rf"|(?:中国|中國)\s*[·•・]\s*[{_H}]{{2,6}}\s*[，,、\s]\s*(?:(?:19|20)\d\d\s*年\s*)?{_DAY}"
    # …or an outlet's name before the day it reports: 【经济观察在线】3月14日，…
    rf"|[{_H}]{{2,8}}(?:在线|在線|网|網|日报|日報|晚报|晚報|时报|時報|新闻网|客户端|客戶端|财经|財經)"
    rf"(?=\s*[】\]］]\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月))\s*[〕】\]］）)]"
)
#: Reporters named without brackets after a dateline, each name ended by a space:
#: 本报讯 记者王林 通讯员李丽 3月5日，…; ■本报记者 王林　青川…
_LOOSE_REPORTERS = (
    r"(?:\s*(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*"
    rf"[{_H}·]{{2,4}}(?:[、，,]\s*[{_H}·]{{2,4}})*)+(?=\s)"
)
#: The names a wire credits in brackets right after its 电, without 记者: 中新网临江11月10日电
#: (钱程), (王林 李想); never a picture's note ((附图), (视频)).
_WIRE_CREDIT = (
    r"(?:\s*[（(](?!附图|组图|视频|图文|图片|多图|完[)）])"
    rf"[{_H}]{{2,4}}(?:[\s、，,][{_H}]{{2,4}}){{0,3}}[)）])"
)
_DATELINE_RE = re.compile(
    # (the agency in brackets, or set apart from the place by a space: 【新华财经】北川11月16日
    # 电, 新华社 北京1月20日电; a broadcaster's 消息 where an agency's 电 is: 央广网北京…消息)
    rf"^(?:[【\[]?{_AGENCY}[】\]]?[ \u3000]?[{_H}]{{0,10}}?{_DAY}(?:电[】\]]?{_WIRE_CREDIT}?"
    r"|消息(?=[\s（(，,]))"
    # (Traditional pages write 訊: 本報訊（記者 黃志強）)
    rf"|{_AGENCY}(?:讯|訊)|[{_H}]{{2,8}}(?:讯|訊)(?=\s|[（(])"
    # (an agency's reporter and place before the day alone, out of brackets: 中央社記者王小明
    # 新竹17日電)
    rf"|(?:中央社|[{_H}]{{2,8}}社)(?:記者|记者)[{_H}·]{{2,14}}?\d{{1,2}}日[電电]"
    # (a site's own with its day before 讯: 南屿新闻网1月19日讯(记者 …))
    rf"|[{_H}]{{2,10}}?{_DAY}讯(?=\s|[（(])"
    # (an outlet's 报道 with its reporter abroad, then a colon: 国际在线报道（驻新德里记者 …）：)
    rf"|{_AGENCY}报道\s*{_REPORTERS}\s*[:：]"
    rf"|{_AGENCY}消息\s*(?:[（(][^（）()]{{1,10}}[)）])?\s*[:：]|{_BRACKETED_DATELINE}"
    # (the station's own, before its reporter or a space: 本台消息（记者 钱雨桐）当地时间…)
    r"|(?:本台|本报|本報|本网|本網)消息(?=\s|[（(])"
    rf"|{_REPORTERS}|(?:[□■◆●▲]\s*|(?=本报|本報))(?={_LOOSE_REPORTERS}))"
    rf"(?:\s*{_REPORTERS})?(?:{_LOOSE_REPORTERS})?"
    rf"(?:\s*(?:记者|記者)[{_H}]{{2,4}}(?:[、，,\s][{_H}]{{2,4}})*(?:报道|報道|報導)[:：]?)?"
    r"\s*"
)
#: (a foreign name runs longer, its parts joined by a dot: 马丁·奥尔蒂斯)
_NAME = rf"(?:[{_H}]{{1,6}}·[{_H}]{{1,8}}(?:·[{_H}]{{1,8}})?|[{_H}·]{{2,5}})"
_NAMES = rf"{_NAME}(?:\s*[、，,/\s]\s*{_NAME})*"
#: A byline on a line of its own: 新华社记者崔静、韩洁；北京日报客户端 | 记者 陈雪柠；
#: 记者王红茹，北京报道；（记者 龙敏）；記者王小明／臺南報導.
_ROLE = (
    r"(?:记者|通讯员|实习生|特约记者|见习记者|見習記者|記者|通訊員|摄影|攝影|撰稿|编译"
    r"|(?:特约)?评论员|(?:特約)?評論員|(?:首席|值班)?(?:预报员|預報員)|剪辑|剪輯|摄像|攝像)"
)
#: 文/ 图/ 摄影/ before a name, with or without a role word after it.
_CREDIT = (
    r"(?:(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／|丨｜:：]?"
    r"|(?:图文|文|图|文字|图片|摄影|摄|视频|摄像|制图)\s*[/／|丨｜])"
    rf"\s*{_ROLE}?|{_ROLE})"
)
#: The office a credited writer is from: 县融媒体中心, 集团党群工作部, 石泉供电公司.
_CREDITED_OFFICE = rf"[{_H}]{{2,14}}(?:部|中心|公司|局|办|站|台|社|报|网|队|所|院|室|科|处|组)"
#: Pictures credited to who supplied them, with no photographer named: 图 / 受访单位提供.
_SUPPLIED = rf"(?:图片?|圖片?|照片)\s*[/／|丨｜:：]\s*[{_H}]{{2,14}}?(?:提供|供图|供圖)\s*"
_BYLINE_RE = re.compile(
    rf"^[□■◆●▲△◇]?\s*[（(]?(?:[^\s|丨｜]{{2,12}}\s*[|丨｜]\s*)?(?:[{_H}·]{{0,12}}?\s?)"
    # (what they did may close it: …摄, …报道, …文/图)
    # (the credit may name the office the writer is from: 文/图 集团党群工作部 李思远)
    rf"(?:{_CREDIT}[:：\s]*(?:{_CREDITED_OFFICE}\s+)?{_NAMES}\s*"
    # (…or after a slash, what each named did: 记者 陈宇航 / 文  王宁 / 图)
    r"(?:摄影|摄|报道|報導|報道|文\s*[/／]\s*图|图\s*[/／]\s*文|[/／]\s*(?:文|图|圖|摄|攝))?\s*"
    rf"|{_NAMES}\s*[/／]\s*(?:文|图|圖|摄影|攝影|摄|攝)\s*"
    rf"|{_SUPPLIED})+"
    # (…and an office that shares it, with its people and no role: … 南屏县融媒体中心 许诺)
    rf"(?:\s+{_CREDITED_OFFICE}\s+{_NAMES})*"
    rf"(?:[，,\s／/]\s*[{_H}]{{2,6}}(?:报道|報導|報道))?"
    # (…and what it was put together from: 综合自中国地震台网)
    rf"(?:[，,\s]\s*(?:综合自|綜合自)[{_H}A-Za-z、，,]{{2,24}})?[)）]?"
    # (a report's credit may end in a colon before the story: 记者 蔡文 报道：)
    r"(?:(?<=报道|報導|報道)[:：])?$"
)

#: Markdown's heading mark: # 标题, ### 二、主要特点.
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+(?=\S)")
#: A field's label in Markdown's bold at a line's start: **监测时段：** 2031年3月10日.
_MARKDOWN_INLINE_BOLD_RE = re.compile(r"^\*\*(?=\S)([^*\n]{1,30}?[：:])\*\*")
#: A whole line in Markdown's bold: **一、总体要求**, __附则__.
_MARKDOWN_LEAD_IN_RE = re.compile(
    rf"^\*\*(?=\S)(?:([^*\n]{{3,40}}?[{_H}\w”）)])|([^*\n]{{3,40}}?[。．：:]))\*\*"
    rf"(?=[{_H}“（(《「『【\dA-Za-z])"
)
#: Words in Markdown's bold before a mark that ends them: **城区营业厅**：….
_MARKDOWN_ANY_BOLD_RE = re.compile(
    rf"\*\*(?=[^\s*])([^*\n]{{0,60}}?[{_H}][^*\n]{{0,60}}?)(?<=\S)\*\*(?=[：:，,。；;！？!?])"
)
_MARKDOWN_BOLD_RE = re.compile(r"^(?:\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])(?:\*\*|__)$")

#: An HTML tag left in text copied from a page's source: <p>, </p>, <br/>, <span class="x">.
_HTML_TAG_RE = re.compile(
    r"</?(?:p|br|div|span|strong|b|i|em|u|font|h[1-6]|section|article|li|ul|ol|td|tr|th"
    r"|table|tbody|thead|a|img|center|blockquote|sup|sub)\b[^<>]{0,200}?/?>",
    re.IGNORECASE,
)

#: A title in title marks holding another in ASCII angle brackets: 《关于<…报告>的议案》.
_NESTED_TITLE_RE = re.compile(r"《[^《》<>]*<[^《》<>]{1,60}>[^《》<>]*》")

#: Length limits (in characters) used by the rules documented on :func:`parse`.
TITLE_MAX = 80
HEADING_MAX = 40
SHORT_LINE = 12
CELL_MAX = 40


# --------------------------------------------------------------------------------------
# Small pure helpers
# --------------------------------------------------------------------------------------


def clean_line(line: str) -> str:
    """Indentation and padding are layout, not content: tidy one line's whitespace.

    Leading/trailing whitespace (ASCII, U+3000, NBSP, TAB) is removed; a run of single Han
    characters spaced out for justification (``总　　则``, ``韩　正``, ``土 地 使 用``) is
    closed up; any other run of whitespace becomes one ASCII space. A line set in bold as
    Markdown writes it (``**一、总体要求**``, or a field's label in bold) loses the asterisks, a
    Markdown heading its ``#`` marks, and a line copied with its
    page's HTML (``<p>…</p>``, ``&nbsp;``) its tags and entities: they mark, they say
    nothing.
    """
    text = _HTML_TAG_RE.sub("", line)
    # a title inside a title set in ASCII angle brackets (《关于<2031年度工作报告>的议案》):
    # the inner title marks, never a breadcrumb's arrow or 小于
    text = _NESTED_TITLE_RE.sub(lambda m: m[0].replace("<", "〈").replace(">", "〉"), text)
    if "&" in text:
        text = html.unescape(text)  # &nbsp; &amp; &ldquo;: a page's entities
    text = _MARKDOWN_BOLD_RE.sub(r"\1", text.strip()).strip()
    # Markdown's heading marks and a field's label in bold (# 标题, **监测时段：** 3月10日)
    text = _MARKDOWN_INLINE_BOLD_RE.sub(r"\1", _MARKDOWN_HEADING_RE.sub("", text))
    # …a lead-in in bold that runs into its text, its stop left to the bold (**一要加强领导**
    # 各单位要…: 一要加强领导。各单位要…), and words in bold before their colon or stop
    text = _MARKDOWN_LEAD_IN_RE.sub(lambda m: m[1] + "。" if m[1] else m[2], text)
    text = _MARKDOWN_ANY_BOLD_RE.sub(r"\1", text)
    text = _LETTER_SPACED.sub(lambda m: re.sub(r"\s+", "", m.group()), text)
    return re.sub(r"\s+", " ", text)


def parse_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ``YYYY-MM-DD``, or None.

    Understands 2014年5月6日, 2014-05-06 / 2014/5/6 / 2014.5.6, Chinese numerals
    (一九九七年二月四日, 二〇〇四年十一月四日) and ROC years (110年9月1日 is 2021-09-01).
    """
    for style, pattern in _DATE_RES:
        for match in pattern.finditer(text):
            iso = _iso(style, match["y"], match["m"], match["d"])
            if iso:
                return iso
    return None


#: A clock time after a date: 09:30, 9：30, 09:30:15, 9时30分, 9点30分.
_TIME_RE = re.compile(
    r"(?<![\d:：])(?P<h>[01]?\d|2[0-3])(?:\s*[:：]\s*(?P<m>[0-5]\d)(?:\s*[:：]\s*[0-5]\d)?"
    r"|\s*[时點点]\s*(?P<m2>[0-5]?\d)\s*分)(?![\d:：])"
)


def parse_time(text: str) -> str | None:
    """The clock time (``HH:MM``) that follows the first date in ``text``, or None.

    Only a time after a date counts (``发布时间：2026年6月18日 09:30``): a bare number
    elsewhere in a line is not a time of publication.
    """
    for style, pattern in _DATE_RES:
        for match in pattern.finditer(text):
            if _iso(style, match["y"], match["m"], match["d"]):
                found = _TIME_RE.search(text, match.end())
                if not found:
                    return None
                minute = found["m"] if found["m"] is not None else found["m2"]
                return f"{int(found['h']):02d}:{int(minute):02d}"
    return None


def _iso(style: str, y: str, m: str, d: str) -> str | None:
    try:
        if style == "cn":
            year = int("".join(str(_CN_YEAR_DIGIT[c]) for c in y))
            month, day = _cn_small(m), _cn_small(d)
        else:
            year, month, day = int(y), int(m), int(d)
            if style == "roc":
                year += 1911
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _cn_small(text: str) -> int:
    """一 .. 三十一 as an int (month and day numerals)."""
    digits = "零一二三四五六七八九"
    if "十" not in text:
        return digits.index(text)
    tens, _, ones = text.partition("十")
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)


def _marker(text: str) -> tuple[int, int] | None:
    """The level of the list marker that starts ``text`` and where it ends, or None."""
    for level, pattern in _MARKERS:
        match = pattern.match(text)
        if match and match.end() < len(text):
            return level, match.end()
    return None


def marker_level(text: str) -> int | None:
    """Nesting level of the list marker that starts ``text``, or None when unmarked."""
    marker = _marker(text)
    return marker[0] if marker else None


#: An ASCII stop after a Han character (or a closing bracket), where a sentence ends.
_HAN_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff）)”])\.(?!\d)")


#: A section's head asked as a question, perhaps with a word on what follows, and no other
#: sentence in it: 五、领取养老金的最低缴费年限有变化吗？, 二、我哪年退休？举几个例子.
QUESTION_HEAD_RE = re.compile(r"^[^。，,；;！!？?：:]{2,24}[？?](?:[^。，,；;！!？?：:]{2,8})?$")


def _is_marked_heading(text: str, level: int) -> bool:
    """A marked line is a heading when short and not a sentence.

    A single trailing 。 is tolerated on very short lines without other punctuation
    (``（一）培训班设置。``), since many documents end their sub-heads that way.
    """
    if level == _BULLET_LEVEL or len(text) > HEADING_MAX:
        return False
    # a text pasted with ASCII stops ends its sentences with them: 不组织纸笔考试. (never
    # the stop of its own marker: 一.培训时间和地点 is a heading)
    marker = _marker(text)
    start = marker[1] if marker else 0
    text = text[:start] + _HAN_STOP_RE.sub("。", text[start:])
    if len(text) > start + 1 and text.endswith(".") and re.search(r"[A-Za-z\d]\.$", text):
        # (…or after a unit's letters or a figure: （1）检测期间,…限速40km/h.)
        text = text[:-1] + "。"
    if any(p in text[:-1] for p in _FINAL) or text[-1] in "，,、":
        return False
    if text[-1] in _FINAL:
        return text[-1] == "。" and len(text) <= 16 and not any(p in text for p in "，,：:")
    if text[-1] in "：:":  # "（二）推荐药剂：" leads a list; "第二十二条 …，…：" is a sentence
        return len(text) <= 20 and not any(p in text for p in "，,")
    return True


#: A sub-head of two matched phrases after its marker (扩大有效供给，补齐服务短板。): a
#: commentary's or a plan's section head, though it has a comma and a full stop.
_PAIRED_HEAD_RE = re.compile(rf"[{_H}]{{3,10}}[，,][{_H}]{{3,10}}[。.]?")
#: A paired sub-head is its section's head only over a paragraph at least this long.
PAIRED_BODY_MIN = 60


def is_paired_head(text: str) -> bool:
    """``一是扩大有效供给，补齐服务短板。`` on a line of its own: a sub-head, not a sentence.

    The caller checks that a long unmarked paragraph follows; a run of such lines with
    nothing under them is a list of measures, read as body.
    """
    marker = _marker(text)
    if marker is None or marker[0] == _BULLET_LEVEL:
        return False
    return bool(_PAIRED_HEAD_RE.fullmatch(text[marker[1] :].strip()))


def _is_title_like(text: str, max_len: int = HEADING_MAX) -> bool:
    """An unmarked line that could be a heading or a wrapped title line (never a sentence
    ended with an ASCII stop: …方便返程旅客.)."""
    return (
        2 <= len(text) <= max_len
        and han_count(text) >= 2
        and not any(p in _HAN_STOP_RE.sub("。", text) for p in _FINAL)
        and text[-1] not in "，,、：:"
    )


def _is_annex_label(text: str) -> bool:
    """``附件2：`` / ``附注：`` / ``注：`` — a label that may open a heading group."""
    return bool(re.fullmatch(r"(?:附件|附表|附录|附錄|附注|附註|注|註)\s*\d*\s*[:：.．]?", text))


def _is_signature_like(text: str) -> bool:
    """The issuing body above a closing date: a short name with no punctuation (特此通知.
    typed with an ASCII stop is the formula that closes the text), and no number to call
    (0839-5521234（人事科 王老师） under 咨询电话 is body text). Its key may name it: 公告单位：
    南岭县自然资源局."""
    keyed = _SIGNER_KEY_RE.match(text)
    if keyed and is_issuer_line(text[keyed.end() :].strip()):
        return True
    return (
        len(text) <= 30
        and han_count(text) >= 2
        and marker_level(text) is None
        and not re.search(r"[。，,；;：:！？!?、“”《》]|\.(?!\d)|^特此", text)
        and not re.search(r"\d{5,}|\d{3,4}\s*[-－—]\s*\d{5,}", text)
        and not is_date_only(text)
        # (a form's row of column names, 单位名称　姓名　职务　联系电话, names no body)
        and not (len(cells := text.split()) >= 4 and not any(map(is_issuer_line, cells)))
    )


#: The key of the line naming who issues a notice, over its date: 公告单位：, 发布单位：.
_SIGNER_KEY_RE = re.compile(
    r"^(?:公告|公示|发布|發布|通告|落款|发文|發文)(?:单位|單位|机关|機關)\s*[:：]\s*"
)


#: The name of an issuing body: 青川市统计局, 青川市人民政府办公室, 省气象台.
_ISSUER_RE = re.compile(
    rf"^[{_H}（）()]{{2,26}}(?:局|委员会|委|政府|办公室|办公厅|厅|部|院|中心|协会|学会|公司|集团"
    r"|站|台|所|处|科|大学|学院|学校|医院|党委|党组|联合会|街道办事处|社区居委会|村委会"
    r"|调查队|调查总队|支队|大队|总队|救援队|海关|海關"
    # a central or a commercial bank and its branches: 中国人民银行, 青川农商银行城东支行
    r"|银行|銀行|分行|支行"
    # a section of an office, as a school's or a county's: 學務處生活輔導組, 教务处考务组
    rf"|[處处][{_H}]{{2,8}}[組组]"
    # a state's mission abroad and a public institution open to all: 驻日本国大使馆, 县图书馆
    r"|使馆|使館|领事馆|領事館|代表处|代表處|图书馆|圖書館|博物馆|博物館|文化馆|文化館|纪念馆"
    r"|紀念館|美术馆|美術館|科技馆|科技館|档案馆|檔案館"
    # people's bodies and a task's headquarters: 青川市总工会, 团市委, 防汛抗旱指挥部
    r"|工会|妇联|團委|团委|科协|文联|侨联|残联|红十字会|指挥部|指揮部|管委会"
    # a body set up for one task, who signs its report: 常务委员会调研组, 课题组, 领导小组
    r"|(?:调研|工作|考察|督查|督导|检查|专家|课题|调查|评估|起草|巡视|巡察|领导小)组"
    # …or a research house's team that signs its notes (固定收益团队)
    r"|团队|團隊"
    # an assembly and the office that speaks for it: 東山市議會, 市人大常委会, 議會公關室
    r"|议会|議會|常委会|常委會|政协|政協|(?:公关|公關|新闻|新聞|秘书|秘書)室"
    r"|委員會|辦公室|辦公廳|廳|處|署|大學|學院|學校|醫院|協會|學會|集團|聯合會"
    # an office named short (青川区创文办, 县委办), never what is held (举办, 主办, 承办)
    r"|(?<![举舉主承协協开開兴興操包督查代])(?:办|辦))$"
)


def is_issuer_line(text: str) -> bool:
    """Whether a line is only the name of an issuing body, or of two or three set apart by
    spaces (青川州统计局　国家统计局青川调查队: who issue it jointly)."""
    names = _ENGLISH_NAME_RE.sub("", text).split()
    # (an office's second name in brackets, one body with two plates: 临江市市场监督管理局
    # （知识产权局）)
    names = [_SECOND_PLATE_RE.sub("", name) for name in names]
    # (a place masked, as a template or a published sample masks it: XX市统计局, ××县教育局)
    names = [_MASKED_PLACE_RE.sub("某", name) for name in names]
    return 0 < len(names) <= 3 and all(_ISSUER_RE.match(name) for name in names)


#: A name masked by letters or crosses: the XX of XX市, the ×× of ××县.
_MASKED_PLACE_RE = re.compile(r"[XＸ×]{2,4}")


#: An office's other name in brackets after its own: （知识产权局）, （地方金融监督管理局）.
_SECOND_PLATE_RE = re.compile(
    r"(?<=[局委厅廳办辦署])[（(][\u4e00-\u9fff]{2,12}(?:局|委员会|委員會|办公室|辦公室|厅|廳|署)[)）]$"
)


#: Who issued a paper, said under its title: …联合发布, …发布, …供稿.
ISSUED_RE = re.compile(r"\s*(?:联合|聯合)?(?:发布|發布|印发|印發|供稿)$")
#: A notice's or a show's kind, the last word of a title its issuer's name is set under:
#: …购票须知 / 临江湾草地音乐节组委会, …预警信号 / 南屏县气象台.
ISSUED_KIND_END_RE = re.compile(
    r"(?:公告|通告|通知|通报|公示|须知|須知|指南|规程|規程|章程|简章|簡章|信号|信號|预警|預警"
    r"|启事|啟事|倡议书|倡議書|告知书|告知書)$"
)
#: Bodies that a task or an event sets up, never in the offices' list: a race's or a
#: festival's 组委会.
_COMMITTEE_RE = re.compile(rf"^[{_H}（）()]{{2,26}}(?:组委会|組委會|筹委会|籌委會|执委会|執委會)$")


def issuers_named(text: str) -> str | None:
    """The bodies a line names as a paper's issuers, without what says they issued it
    (南屏县气象台、南屏县林业局联合发布 -> 南屏县气象台、南屏县林业局), or None when the line
    says more than their names."""
    names = ISSUED_RE.sub("", text).strip()
    parts = [p for p in re.split(r"[、，,\s]+", names) if p]
    if not 0 < len(parts) <= 4:
        return None
    return names if all(is_issuer_line(p) or _COMMITTEE_RE.match(p) for p in parts) else None


def issued_under(line: str, title: str) -> bool:
    """Whether ``line``, set under ``title``, names who issued it: names that say they issued
    it (…联合发布), or names alone under a title that ends with its kind (…购票须知 /
    临江湾草地音乐节组委会)."""
    return issuers_named(line) is not None and bool(
        ISSUED_RE.search(line) or ISSUED_KIND_END_RE.search(title.strip())
    )


#: A body's name in English set apart by a bar on its letterhead: Hengyuan Group | 恒源集团,
#: 恒源集团 | Hengyuan Group.
_ENGLISH_NAME_RE = re.compile(
    r"^[A-Za-z][A-Za-z .,&'()-]{2,60}?\s*[|｜丨]\s*(?=[^\x00-\x7f])"
    r"|(?<=[^\x00-\x7f])\s*[|｜丨]\s*[A-Za-z][A-Za-z .,&'()-]{2,60}$"
)


def is_red_head(text: str) -> bool:
    """Whether a line is an official document's masthead, the issuer's name over 文件 printed
    in red above its number (青川县人民政府办公室文件, 青川市财政局 青川市税务局文件): the
    paper it is printed on, never its title nor read."""
    bodies = re.fullmatch(r"(.{2,60}?)\s*文件", text)
    return bodies is not None and all(map(is_issuer_line, bodies[1].split()))


#: A year and month alone on a line: 2031年5月 (under who issued or signed a paper, its date).
YEAR_MONTH_LINE_RE = re.compile(r"^\s*(?:19|20)\d\d\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*$")


def is_date_only(text: str) -> bool:
    """Whether a line is only a day (and maybe its weekday): 2031年12月10日 星期二."""
    return any(pattern.match(text) for pattern in _DATE_ONLY_RES)


#: A line that is only the days a report covers, under a weekly's name: 2031年11月18日-11月24日,
#: （2031.11.18—2031.11.24）.
_DATE_SPAN_RE = re.compile(
    r"^[（(]?\s*(?:(?:19|20)\d\d\s*[年.\-/])?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?\s*"
    r"(?:[-－—–~～]{1,2}|至|到)\s*(?:(?:19|20)\d\d\s*[年.\-/])?(?:\d{1,2}\s*[月.\-/])?"
    r"\s*\d{1,2}\s*日?\s*[)）]?$"
)


def is_date_span(text: str) -> bool:
    """Whether a line is only the span of days a report covers (see :data:`_DATE_SPAN_RE`)."""
    return _DATE_SPAN_RE.match(text) is not None


def _is_doubled(text: str) -> bool:
    """A line that is the same text twice: an image caption duplicated by a scraper."""
    half, odd = divmod(len(text), 2)
    return not odd and 4 <= half <= 50 and text[:half] == text[half:]


def _is_decoration(text: str) -> bool:
    """Rules and ornaments (``----``, ``***``, a lone ``——``) carry no words."""
    return not any(ch.isalnum() for ch in text)


#: A page's buttons at the end of a line: [打印] [关闭], 【收藏】【打印】, 【字体：大 中 小】.
_TRAILING_BUTTONS_RE = re.compile(
    # (a size's buttons may follow their key unbracketed: 字体：【大】【中】【小】)
    r"(?:\s*(?:字[体體号號]\s*[:：]\s*(?=[【\[]))?[【\[]\s*(?:我要)?(?:打印|列印|关闭|關閉|收藏|返回|分享|纠错|字[体體号號]|[大中小])"
    r"[^【】\[\]]{0,8}[】\]])+\s*$"
    # …or an e-paper's buttons to turn its pages, unbracketed: 2031年12月03日 星期三  上一版  下一版
    r"|(?:\s+(?:上一版|下一版|上一期|下一期|版面导航|版面導航))+\s*$"
)


#: A reporter's question in an interview (记者：去年全省就业形势总体如何？), or thanks at its
#: end (记者：谢谢您接受采访！): a turn of the talk, never a byline, however it starts.
_ASKS_RE = re.compile(
    r"^(?:本报|本台|本刊)?(?:记者|記者)\s*[:：](?:[^:：]*[？?]|[^:：]{5,}[！!。])"
)


#: A field whose key is set in brackets instead of before a colon: 【发布时间】2031-08-03 10:00.
_BRACKETED_KEY_RE = re.compile(
    rf"^[【\[［]\s*({_META_KEYS})\s*[】\]］]\s*(?=\S)[^。！？!?]{{1,60}}$"
)


def _key_meta(text: str) -> list[tuple[str, str]] | None:
    """Split a metadata line into (kind, segment) pairs; None when it is not one.

    A metadata line starts with a known key and a colon; further keys on the same line
    (``文章来源：…  发布时间：…``) start further segments.
    """
    if len(text) > 120:
        return None
    if _BRACKETED_FIELDS_RE.fullmatch(text):
        return _bracketed_meta(text)
    if keyed := _BRACKETED_KEY_RE.match(text):
        return [(_key_kind(keyed[1]), text)]  # 【发布时间】2031-08-03 10:00: its key in brackets
    buttons = _TRAILING_BUTTONS_RE.search(text)
    if buttons and buttons.start():
        # 来源：中央气象台　[打印] [关闭]: the page's buttons are no part of the last field
        segments = _key_meta(text[: buttons.start()].rstrip())
        return [*segments, ("other", buttons.group().strip())] if segments else None
    matches = list(_META_KEY_RE.finditer(text))
    if _ASKS_RE.match(text):
        return None
    # the page's other fields beside a known one: 来源：…　时间：…　点击：…, 时间：…　来源：…
    known = {m.start() for m in matches}
    matches += [m for m in _FIELD_KEY_RE.finditer(text) if m.start() not in known]
    matches.sort(key=lambda m: m.start())
    if not known and _COUNTER_FIELDS_RE.fullmatch(text):
        # a page's count of its readers and the day it posted (阅读：1.2万　发布：2031-09-10):
        # figures no listener needs, whatever comes before or after them
        fields = _COUNTER_FIELD_RE.finditer(text)
        return [(_counter_field_kind(m), m.group().strip()) for m in fields]
    if not matches or not (known or matches[0].start()):
        return None  # a page's field alone (阅读：3526) only after who posted it when
    segments = []
    if matches[0].start():
        # a page's time stamp before its fields: 2031-06-05 08:15:32　来源：…　作者：…
        stamp = re.sub(r"\s*[|丨｜]$", "", text[: matches[0].start()].strip())
        if _is_stamp(stamp) or _ISSUED_AT_RE.match(_unbracketed(stamp)):
            segments.append(("stamp", stamp))
        elif re.fullmatch(rf"(?:\s*{_BUTTON_RE.pattern})+", stamp):
            segments.append(("other", stamp))  # 【纠错】 责任编辑：…: a page's button first
        elif _URGENCY_RE.match(stamp):
            segments.append(("other", stamp))  # 特急　　签发人：…: how urgent it is, first
        elif _FURNITURE_RE.fullmatch(stamp):
            segments.append(("other", stamp))  # 友善列印 最後更新日期：…: a button, first
        elif (
            is_issuer_line(stamp)
            and stamp == text[: matches[0].start()].strip()
            and _key_kind(matches[0].group(1)) == "date"
        ):
            segments.append(("source", stamp))  # 南屏县统计局　发布时间：…　浏览量：862
        elif (posted := _line_meta(stamp)) and all(
            # (a document's number before who signed it off: 豫气发〔2031〕36号　签发人：…)
            kind in ("source", "stamp", "date", "signature", "docno")
            or (kind == "author" and is_byline(seg) and seg[0] not in "（(")
            for kind, seg in posted
        ):
            # 青川县教育局 2031-07-12　阅读：3526: who posted it when; 青川新闻记者　王明
            # 发布时间：…: who wrote it, and when it was posted
            segments += posted
        else:
            return None
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        # the bar a page sets between its fields (来源:学院办公室 | 作者:…) ends the field
        field = re.sub(r"\s*[|丨｜]\s*$", "", text[match.start() : end].strip())
        kind = _key_kind(match.group(1))
        if kind == "date" and _is_rule_not_day(field):
            return None  # 更新时间：每月5日前更新一次。: a notice's rule, not the page's day
        segments += _with_stamp(kind, field)
    return segments


def _is_rule_not_day(field: str) -> bool:
    """Whether a date's field says when something is due (更新时间：每月5日前更新一次。,
    报告时间：每周一上午), in words that name no day the page was posted."""
    value = re.sub(r"^[^:：]*[:：]", "", field)
    return (
        parse_date(field) is None
        and parse_time(field) is None
        and re.search(
            r"[^\x00-\x7f\s年月日号號时時分秒点點〇零一二三四五六七八九十上下午晚早凌晨星期周週（）()]",
            value,
        )
        is not None
    )


def _with_stamp(kind: str, segment: str) -> list[tuple[str, str]]:
    """A field and the time stamp a page put after it beyond a bar: 来源：县林业局 |
    2031年03月18日 08:42 is a source and a stamp."""
    counter = _TRAILING_COUNTER_RE.search(segment)
    if counter and counter.start():
        # 来源：东湾交通发布　阅读 12.3万: the page's count of readers, its colon left out, is
        # no part of who posted it
        head = re.sub(r"\s*[|丨｜]\s*$", "", segment[: counter.start()])
        return [*_with_stamp(kind, head), ("other", counter[1])]
    parts = _BAR_RE.split(segment, maxsplit=1)
    if len(parts) == 3:
        field, bar, rest = (part.strip() for part in parts)
        if any(p.match(rest) for p in _STAMP_RES) or is_date_only(rest):
            return [(kind, field), ("stamp", f"{bar} {rest}")]
    # the stamp closing a line of fields: 来源：青川日报　编辑：李四　2031-03-18 08:42
    stamp = _TRAILING_STAMP_RE.search(segment)
    if stamp and kind != "date" and re.search(r"[:：]\s*\S", segment[: stamp.start()]):
        return [(kind, segment[: stamp.start()].strip()), ("stamp", stamp.group(1))]
    return [(kind, segment)]


_TRAILING_COUNTER_RE = re.compile(
    r"\s+((?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d[\d,]*(?:\.\d+)?\s*[万萬wW]?\+?\s*次?)$"
)
_TRAILING_STAMP_RE = re.compile(
    r"\s+((?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    # (…or the hour a forecast was signed off: 签发人：何振华　2031年2月14日16时)
    r"(?:(?<=日)\s*\d{1,2}\s*[时時](?:\s*\d{1,2}\s*分)?)?)$"
)


_BAR_RE = re.compile(r"\s*([|丨｜])\s*")


#: Fields a page prints after a known one on the same line (来源：…　时间：…　点击：…); on a
#: line of their own these words label body fields (时间：2031年9月1日至9月8日), so they
#: count only there.
_FIELD_KEYS = {
    "时间": "date",
    "時間": "date",
    "日期": "date",
    "点击": "other",
    "點擊": "other",
    "浏览": "other",
    "阅读": "other",
    "人气": "other",
    "人氣": "other",
    "字号": "other",
    "字號": "other",
}
#: A page's counter field (阅读：1.2万, 点击：3,526次) or the day it was posted (发布：
#: 2031-09-10): on a line of only such fields, each is chrome.
_COUNTER_KEYS = r"点击|點擊|浏览|瀏覽|阅读|閱讀|人气|人氣"
_COUNTER_FIELD_RE = re.compile(
    rf"\s*({_COUNTER_KEYS})\s*[:：]\s*\d[\d,]*(?:\.\d+)?\s*[万萬wW]?\+?\s*次?"
    # (…beside the day it was posted, keyed 发布 or 时间, and who posted it: 发布：…研究部)
    r"|\s*(?:发布|發布|时间|時間|日期)\s*[:：]\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2})?"
    rf"|\s*(?:发布|發布)\s*[:：]\s*(?P<by>[{_H}]{{2,16}})(?=\s)"
    # (…and the page's buttons to share it: 分享：[微信] [微博])
    r"|\s*(?P<share>分享(?:到|至)?\s*[:：]\s*(?:[【\[][^】\]\s]{1,8}[】\]]\s*)+)"
)


def _counter_field_kind(field: re.Match[str]) -> str:
    """The kind of a field of :data:`_COUNTER_FIELD_RE`: a count of readers, who posted it,
    the page's share buttons, else the day it was posted."""
    if field[1]:
        return _key_kind(field[1])
    return "source" if field["by"] else "other" if field["share"] else "date"


#: A page's counter whose figure the wrap put on the next line (点击： / 642).
COUNTER_KEY_OPEN_RE = re.compile(rf"(?:{_COUNTER_KEYS})(?:量|数|數|次数|次數)?\s*[:：]\s*$")
#: …and that figure alone.
BARE_COUNT_RE = re.compile(r"\d[\d,]{0,11}\s*次?")
_COUNTER_FIELDS_RE = re.compile(
    rf"(?=.*?(?:{_COUNTER_KEYS})\s*[:：])(?:{_COUNTER_FIELD_RE.pattern})+\s*"
)
_FIELD_KEY_RE = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(sorted(_FIELD_KEYS, key=len, reverse=True)) + r")\s*[:：]"
)
#: A line of fields each in its own brackets: 【发布时间：2031-09-01】【信息来源：…】.
_BRACKETED_FIELDS_RE = re.compile(r"(?:\s*[【\[［][^】\]］]{1,60}[】\]］])+\s*")


def _key_kind(key: str) -> str:
    return META_KEY_KIND.get(key) or _FIELD_KEYS[key]


def _bracketed_meta(text: str) -> list[tuple[str, str]] | None:
    """The fields of a line of bracketed fields, or None when a bracket holds no field."""
    keys = "|".join(sorted([*META_KEY_KIND, *_FIELD_KEYS], key=len, reverse=True))
    segments: list[tuple[str, str]] = []
    buttons: list[str] = []
    for group in re.findall(r"[【\[［][^】\]］]+[】\]］]", text):
        m = re.match(rf"^.\s*({keys})\s*[:：]", group)
        if m is None and _is_stamp(group):
            segments.append(("date", group))  # [ 2031-09-16 08:47:55 ]: when it was posted
            continue
        if m is None and _BUTTON_RE.fullmatch(group):
            buttons.append(group)  # 【信息时间：…】【我要打印】【关闭】, 【纠错】【责任编辑：…】
            continue
        if m is None:
            return None
        segments.append((_key_kind(m.group(1)), group))
    return [*segments, *(("other", b) for b in buttons)] if segments else None


#: A page's button in its brackets: 【我要打印】, [关闭], 【纠错】, [ 字号:大 中 小 ].
_BUTTON_RE = re.compile(
    r"[【\[［]\s*(?:我要)?(?:打印|列印|关闭|關閉|收藏|返回|分享|纠错|糾錯|字号|字號|字体|字體)"
    r"[^【】\[\]]{0,8}[】\]］]"
)


def _unbracketed(text: str, *, round_brackets: bool = False) -> str:
    """``text`` without the one pair of brackets round it whole: [ 2031-08-15 ]; or, with
    ``round_brackets``, the round ones: （南屏县气象台 2031/06/06 04:05）."""
    pattern = r"^[（(]\s*(.+?)\s*[)）]$" if round_brackets else r"^[\[【［]\s*(.+?)\s*[\]】］]$"
    return re.sub(pattern, r"\1", text)


def _is_stamp(text: str) -> bool:
    """Whether ``text``, in its brackets or not, is when a page was posted: a day, perhaps
    with its time ([ 2031-09-16 08:47:55 ], 【2031-09-16】), or a post's day and readers."""
    bare = _unbracketed(text)
    return any(p.match(bare) for p in _STAMP_RES) or is_date_only(bare)


#: A sign that compares a measure with a figure: AQI日均值>200, 风力≥8级 (> before a figure;
#: never a breadcrumb's last crumb, a year: 統計處 > 新聞稿 > 2031年).
_COMPARED_RE = re.compile(r"[>＞]\s*\d[\d.]*(?![\d.])(?!\s*(?:[>＞»›年]|$))")
#: Where a breadcrumb starts: the site's home.
_HOME_CRUMB_RE = re.compile(r"^\s*(?:首页|首頁|主页|主頁|网站首页|網站首頁|Home|HOME|home)")


def is_navigation(text: str) -> bool:
    """Site furniture: a breadcrumb, a menu of short links, a where-you-are line."""
    text = re.sub(r"^:::\s*", "", text)  # a Taiwan page's content anchor before its crumbs
    # …or the site's name in brackets before them: 【统计信息网】您现在的位置：首页 >> …
    text = re.sub(r"^[【\[][^】\]]{2,16}[】\]]\s*(?=您|你|当前|當前|现在|現在|首页|首頁)", "", text)
    if not text:
        return True  # …or alone on its line
    if _WHERE_RE.match(text):
        return True
    if any(p in text for p in "。，,；;！？"):
        return False
    if _COMPARED_RE.search(text) and not _HOME_CRUMB_RE.match(text):
        return False  # 预测AQI日均值>200将持续2天: a comparison, no breadcrumb's sign
    crumbs = [c for c in _BREADCRUMB_SEP_RE.split(text) if c]
    # a route's stops (原线路：火车站→解放广场→…) are no breadcrumb: it starts from a label,
    # or, with arrows, from somewhere other than a site's home
    route = ("：" in crumbs[0] or ":" in crumbs[0]) or (
        "→" in text and not _HOME_CRUMB_RE.match(crumbs[0])
    )
    if len(crumbs) >= 2 and not route and all(han_count(c) >= 1 and len(c) <= 40 for c in crumbs):
        return True
    slashed = re.split(r"\s*[/／]\s*", text)
    if (
        len(slashed) >= 2
        and all(0 < len(c) <= 12 for c in slashed)
        and (
            _HOME_CRUMB_RE.match(slashed[0])
            or (" " in text and all(_NAV_WORD_RE.search(c) for c in slashed))
        )
    ):
        # a breadcrumb set apart by slashes, from the site's home (首頁 / 最新消息) or of
        # its sections' names (最新消息 ／ 議會新聞)
        return True
    if (key := _META_KEY_RE.match(text)) and key.group().endswith(("：", ":")):
        return False  # 来源：南屏农资商情 | 2031-10-09 | 阅读量 3.2万: a page's fields, no menu
    links = [c for c in _MENU_SEP_RE.split(text) if c]
    # a toolbar may end with today's date: 登录 | 注册 | 手机版 | 今天是：2032年3月5日 星期五
    long = [c for c in links if len(c) > 12]
    # …or open with the site's name: 青川省人力资源和社会保障厅 网站导航 | 无障碍 | 长者模式
    ends = (links[-1:], links[:1])
    if len(links) >= 3 and (not long or (long in ends and _NAV_WORD_RE.search(text))):
        return True
    words = text.split(" ")
    return (
        len(words) >= 4 and all(1 <= len(w) <= 8 for w in words) and bool(_NAV_WORD_RE.search(text))
    )


def is_links_head(text: str) -> bool:
    """The head of a page's list of links to other pages: 相关阅读, 往期回顾："""
    return bool(_LINKS_HEAD_RE.match(text))


#: A link in such a list is a headline, maybe with its date: short, no sentence.
LINK_MAX = 60


def is_link_line(text: str) -> bool:
    """Whether a line could be a link under 相关阅读: a headline, maybe dated, no sentence."""
    return len(text) <= LINK_MAX and re.search(r"[。；;]|[:：，,]$", text) is None


#: What a document's title ends with, the kind of document it is: …实施公告, …的通知, …的决定.
DOCUMENT_KIND_END_RE = re.compile(
    r"(?:公告|通告|通知|通报|决定|决议|意见|办法|方案|规定|报告|公示|声明|批复|函)$"
)


#: The greeting in English before the Chinese one, as a bilingual notice opens: Dear
#: residents, 各位业主/租户：.
_ENGLISH_GREETING_RE = re.compile(r"^(?:Dear|To)\s+[A-Za-z][A-Za-z /&'’-]{0,40}[,，]\s*(?=\S)")


def is_addressee(text: str) -> bool:
    """Whom a notice is addressed to (各镇、乡人民政府：), said by no announcer."""
    text = _ENGLISH_GREETING_RE.sub("", text)
    if greeted := _GREETING_TAIL_RE.search(text):
        text = text[: greeted.start()] + "："  # …各位议员女士、先生，大家好：
    return len(text) <= 80 and bool(_ADDRESSEE_RE.match(text))


def is_byline(text: str) -> bool:
    """A line that only names the reporters (and maybe their outlet and place); not the
    heading of a reporter's column (记者手记, 记者观察), which is read."""
    return (
        len(text) <= 60
        and bool(
            _BYLINE_RE.match(text)
            or _EXPLAINED_BY_RE.match(text)
            or _COMMENTATOR_RE.match(text)
            or _VIDEO_CREDIT_RE.match(text)
            or _DESK_CREDIT_RE.match(text)
            or _PAPER_CREDIT_RE.match(text)
        )
        and not _REPORTERS_COLUMN_RE.match(text)
        # (视频｜记者 沈佳怡 剪辑 杜若: the video's credits, under the column's name)
        and not (_PICTURES_COLUMN_RE.match(text) and not _CREDITED_VIDEO_RE.match(text))
    )


#: A paper's credit in the shapes Taiwan's and Hong Kong's papers print it: the paper, the
#: reporter and the place (聯合報／記者陳雅玲／台北即時報導), the paper's reporter unnamed at
#: a story's foot (明報記者), a photo credited with its day (中央社記者謝靜雯攝 114年2月22日),
#: the day and the paper in brackets ([2031-05-31 聯合報]).
_PAPER_CREDIT_RE = re.compile(
    rf"^[{_H}]{{2,8}}\s*[／/]\s*(?:記者|记者)\s*{_NAMES}\s*[／/]\s*[{_H}]{{2,6}}?(?:即時|即时)?"
    r"(?:報導|报道|報道)$"
    rf"|^[{_H}]{{1,8}}(?:報|报|社|台|網|网)(?:記者|记者)$"
    rf"|^(?:[{_H}]{{2,8}}(?:報|报|社|台|網|网))?(?:記者|记者)\s*{_NAME}\s*(?:攝|摄)"
    r"\s+(?:民國|民国)?\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"
    rf"|^[【\[]\s*(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}\s+[{_H}]{{2,8}}(?:報|报|網|网|社)\s*[】\]]$"
)
#: A video's credits after the column's name: 视频｜记者 沈佳怡  剪辑 杜若.
_CREDITED_VIDEO_RE = re.compile(rf"^(?:视频|視頻)\s*[｜|丨]\s*{_ROLE}")


#: The desk credited with the writing, no one named: 文/金穗期货农产品组, 撰文｜本报评论部.
_DESK_CREDIT_RE = re.compile(rf"^(?:文|撰文|作者|文字)\s*[/／|丨｜:：]\s*{_CREDITED_OFFICE}$")
#: Who made a story's video, its outlet and a name: 视频：南屏融媒 何涛.
_VIDEO_CREDIT_RE = re.compile(rf"^(?:视频|視頻)\s*[:：]\s*[{_H}]{{2,8}}\s+[{_H}·]{{2,4}}$")
#: A paper's commentator, unnamed, under a commentary's headline: 本报评论员.
_COMMENTATOR_RE = re.compile(r"^(?:本报|本報|本刊|本台|本网|本網)(?:特约|特約)?(?:评论员|評論員)$")
#: Who explains a release, set apart from the post they hold: 南屏省统计局城市处处长 王明 解读.
_EXPLAINED_BY_RE = re.compile(rf"^[{_H}]{{2,30}}\s+[{_H}]{{2,4}}\s*(?:解读|解讀)$")


#: The column a story of pictures or video runs in, before its headline: 组图｜…, 视频｜….
_PICTURES_COLUMN_RE = re.compile(
    r"^(?:组图|組圖|图集|圖集|多图|多圖|视频|視頻|图解|圖解)\s*[｜|丨]"
)


#: The heading of what a reporter adds to a story in a column of their own.
_REPORTERS_COLUMN_RE = re.compile(
    r"^[□■◆●▲△◇【\[]?\s*(?:记者|記者)(?:手记|手記|札记|札記|观察|觀察|调查|調查|探访|探訪|随笔|隨筆"
    r"|笔记|筆記|体验|體驗|感言|追踪|追蹤|再访|再訪|回访|回訪|连线|連線|视角|視角)\s*[】\]]?$"
)


#: A digest's bullet before an item: ★, ●, ■.
_ITEM_BULLET_RE = re.compile(r"^[★☆●○■□◆◇•]\s*")


def split_dateline(text: str) -> tuple[str, str]:
    """``(dateline, rest)``: a paragraph's opening dateline, or ``("", text)``.

    ``新华社北京10月17日电 题：…`` is all dateline: a headline repeated after 题 is not read;
    a digest's bullet before an item's dateline (★ 本报讯　4月7日，…) goes with it.
    """
    bullet = _ITEM_BULLET_RE.match(text)
    if bullet and (inner := split_dateline(text[bullet.end() :]))[0]:
        return bullet.group() + inner[0], inner[1]
    m = _DATELINE_RE.match(text)
    if not m or m.end() == 0:
        return "", text
    end = m.end()
    if comma := re.match(r"\s*[，,]\s*", text[end:]):
        end += comma.end()  # 证券时报网讯,恒远新能…: the comma after the dateline goes with it
    head, rest = text[:end].strip(), text[end:]
    if re.match(r"^题\s*[:：]", rest):
        return text.strip(), ""
    return head, rest


#: What a bracket after a sentence says of the item it closes, ending in a grade or a kind
#: (重大隐患, 一般问题, 较大风险, 甲类, 二级) or a note (下同, 试行), never a credit.
_GRADE_NOTE = (
    rf"[{_H}]*(?:隐患|问题|风险|事故|事件|险情|类|级|等|型|性|案件|情形|事项|要求|原则|标准"
    r"|除外|为准|下同|略|待定|试行|暂行|草案)[)）]"
)


#: What a story ends with that is not the story: its end mark, the editor's tag, a source
#: in brackets: …有震感。(完)【编辑:叶攀】, …霜冻天气。(预警信息来源:国家预警信息发布中心).
#: Taiwan's agency closes with the editor and the day as a code of the ROC calendar:
#: …的衝擊。（編輯：陳怡君）1140305.
_EDITOR_TRAILER_RE = re.compile(
    # (in tortoise-shell brackets too, and as 责编: 〔责编：邵佳〕)
    r"[【\[（(〔［]\s*(?:(?:责任|責任)?(?:编辑|編輯)|责编|責編)\s*[:：][^】\]）)〕］]{1,12}"
    r"[】\]）)〕］]\s*(?:\d{7})?\s*$"
)
_TRAILER_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("other", re.compile(r"[（(]\s*完\s*[)）]\s*$")),
    # (…or its end said in words: …道路交通事故。全文完。)
    ("other", re.compile(r"[（(]?\s*全文完\s*[)）]?\s*[。.]?\s*$")),
    ("editor", _EDITOR_TRAILER_RE),
    ("source", re.compile(r"[（(][^（）()]{0,8}来源\s*[:：][^（）()]{1,30}[)）]\s*$")),
    # a credit after the last sentence: …统筹协调。(天星镇王玉林), …(记者 王林 摄), and a
    # photo's: …准备晚饭。巴特尔 摄; never an item's grade or a note on it (…汛前必须拆除。
    # （重大隐患）, （下同）), which is read
    ("author", re.compile(rf"[（(](?!{_GRADE_NOTE})[{_H}·\s]{{2,14}}[)）]\s*$")),
    ("author", re.compile(rf"(?<=[。！？!?”])\s*[{_H}·]{{2,4}}(?:[\s、]+[{_H}·]{{2,4}})*\s*摄$")),
    # …or with its outlet and role: …鸣枪开跑。新华社发（记者 韩冰 摄）, …。东江网记者 程志强 摄
    (
        "author",
        re.compile(
            rf"(?<=[。！？!?”])\s*[{_H}]{{0,8}}?(?:记者|記者|通讯员|通訊員|发|發)\s*[（(]?\s*"
            rf"(?:记者|記者|通讯员|通訊員)?\s*[{_H}·]{{2,4}}(?:[\s、]+[{_H}·]{{2,4}})*\s*[摄攝]\s*[)）]?$"
        ),
    ),
    # a post's topics after its last sentence: …安全。#青川科技# #QX-9 Pro#
    ("other", re.compile(rf"(?<=[。！？!?”」])\s*{_TOPICS}$")),
    # a share bar a scraper glued onto the last sentence: …的行为。分享到：微信 微博 打印本页
    ("other", re.compile(r"(?<=[。！？!?”」])\s*(?:分享到|分享至)\s*[:：]?[^。！？!?]{0,60}$")),
)


def split_trailer(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``(body, trailers)``: end marks, editor tags and bracketed sources cut off the end of
    a paragraph that goes on after a sentence, as metadata."""
    found: list[tuple[str, str]] = []
    changed = True
    while changed:
        changed = False
        for kind, pattern in _TRAILER_RES:
            m = pattern.search(text)
            if m and m.start() > 0 and text[: m.start()].rstrip()[-1:] in "。！？!?.】]）)”」』":
                found.insert(0, (kind, text[m.start() :].strip()))
                text = text[: m.start()].rstrip()
                changed = True
    return text, found


_WEB_DATE = (
    r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)"
)
_CLOCK = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
#: A page's fields in their brackets, then the minute it was posted.
_FIELDS_THEN_STAMP_RE = re.compile(rf"^([（(][^（）()]+[)）])\s*({_WEB_DATE}(?:\s+{_CLOCK})?)$")
#: The keys of a brief's or a document's distribution line: whom it is sent to.
_SENT_TO_KEYS = frozenset(["报送", "報送", "抄送", "抄报", "分送"])
#: Who wrote or edited it, in brackets at the story's foot, however long their post:
#: （本文作者：青川市人民医院感染科 何静 副主任医师）.
_KEYED_NOTE_RE = re.compile(
    r"^[（(]\s*(" + _META_KEYS + r")\s*[:：][^（）()。！？!?:：]{1,60}[)）]$"
)
#: A byline, then the minute the story was posted: 记者 周琪  2031-04-12 18:05.
_BYLINE_STAMPED_RE = re.compile(rf"^(.+?)\s+({_WEB_DATE}(?:\s+{_CLOCK})?)$")
#: A page's date field with a space for its colon: 發佈日期 2031-10-15 18:05:32.
_SPACED_DATE_FIELD_RE = re.compile(
    "^(?:"
    + "|".join(sorted((k for k, v in META_KEY_KIND.items() if v == "date"), key=len, reverse=True))
    + rf")\s+{_WEB_DATE}(?:\s+{_CLOCK})?$"
)
#: A date whose parts a PDF set apart with spaces: 2031 年 5 月 16 日.
_SPACED_DATE = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_NAME_WORD = r"[^\s，。,：:；;！？!?、|]{1,20}"
#: The head of a WeChat article: 原创 青川发布 青川发布 2031-05-06 18:30 发表于四川, 原创
#: 青川发布 作者：李晓 青川发布 2031-05-28 18:30, and as the app prints it now, the
#: province it was posted from after the minute (青川发布 2031年05月06日 18:30 四川).
_POSTED_RE = re.compile(
    rf"^(?:原创\s*)?(?:{_NAME_WORD}\s+){{0,3}}{_WEB_DATE}(?:\s*{_CLOCK})?\s*发表于\s*[{_H}]{{1,8}}$"
    rf"|^原创\s+(?:(?:作者\s*[:：]\s*)?{_NAME_WORD}\s+){{0,4}}{_WEB_DATE}(?:\s*{_CLOCK})?$"
    rf"|^(?:原创\s*)?(?:{_NAME_WORD}\s+){{1,4}}{_WEB_DATE}\s*{_CLOCK}\s+[{_H}]{{2,8}}$"
    # …and its mark of origin over the writer's and the account's names alone
    rf"|^原创(?:\s+{_NAME_WORD}){{2,4}}$"
    # a Weibo or short-video post's time and where it came from: 2031-9-14 18:47 来自 微博
    # weibo.com 已编辑, 31-12-3 17:45 来自 微博视频号, 2031-08-03 21:15 · …官方账号
    rf"|^(?:{_NAME_WORD}\s*)?(?:{_WEB_DATE}|\d{{2}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}-\d{{1,2}})\s*{_CLOCK}"
    rf"\s*(?:来自|來自|·)\s*\S.{{0,40}}$"
    # …or the account's name and how long ago it posted, as the app shows it: 健康南溪 今天
    rf"|^(?:原创\s*)?(?:{_NAME_WORD}\s+){{1,3}}(?:今天|昨天|前天|刚刚|剛剛|\d{{1,2}}\s*(?:分钟|小时|小時)前)"
    rf"(?:\s*{_CLOCK})?$"
)


def is_post_line(text: str) -> bool:
    """Whether a line is a WeChat post's head (…2031-05-06 18:30 发表于四川)."""
    return _POSTED_RE.match(text) is not None


#: A page's date and who posted it, with no field names: 2031-02-15　青川能源集团. Only a
#: date as web pages write it (2031-02-15): a schedule's 2031年6月7日 语文 is body text.
_DATED_NAME_RE = re.compile(
    # (the day perhaps in the page's brackets: [ 2031-04-11 ]  青川区统计局)
    rf"^([\[【［]?\s*(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s*[\]】］]?)\s+([{_H}（）()]{{2,20}})$"
)
#: A signature and its date on one line: 青川市教育局　　2031年3月1日.
#: The letters and crosses that mask a name: the XX of XX晚报, the ×× of ××县.
_MASKS = "XＸ×"
_SIGNED_LINE_RE = re.compile(
    # (a name masked, as a template or a published sample masks it: XX省水文局)
    rf"^([{_H}（）(){_MASKS}]{{2,30}})\s+((?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|[{_CN_DIGITS}]{{4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日)"
    # (and the notice's number after them: 第2031-Q3-07号, 青市监〔2031〕15号)
    r"(?:\s+([^\s，。,]{0,8}?(?:第\s*[\dA-Za-z\-－]{2,16}\s*号|[〔\[［(（](?:19|20)\d\d[〕\]］)）]\s*\d{1,4}\s*号)))?$"
)
#: A day of the common era written out, and its hour (and minute) if given: 2031年7月3日8时.
_FULL_DAY = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_DAY_AND_HOUR = rf"{_FULL_DAY}(?:\s*\d{{1,2}}\s*[时時](?:\s*\d{{1,2}}\s*分)?)?"
#: A bulletin's day (and hour) before the body that issues it, under its name: 2031年7月3日8时
#: 青川省水文监测中心.
_DATED_ISSUER_RE = re.compile(
    # (…中央气象台发布: who, and that it issued it)
    rf"^({_DAY_AND_HOUR})\s+([{_H}（）()]{{2,30}}?)(发布|發布)?$"
)
#: A day and hour alone with that it was issued: 2031年1月22日17时发布, …17:00发布.
_ISSUED_ON_RE = re.compile(
    rf"^(?:{_DAY_AND_HOUR}|{_FULL_DAY}\s*\d{{1,2}}[:：]\d{{2}})\s*(?:发布|發布|更新)$"
)
#: A field of when, its value a day: 时间：2031-11-09 09:30.
_TIME_FIELD_RE = re.compile(r"^(?:时间|時間|日期)\s*[:：]\s*(\S.{5,24})$")
#: A release's head on one line: who issued it, that it is a release, the day.
_RELEASE_DATED_RE = re.compile(
    # (…or the kind and the day alone, under the office's name: 新聞稿 2031-10-17)
    rf"^(?:([{_H}]{{2,20}})\s+)?(新聞稿|新闻稿|新聞公報|新闻公报|新聞資料|新闻资料)\s+(\S.{{4,24}})$"
)
#: Bodies that issue a forecast together, each named, then that they did: 南屏市生态环境监测
#: 中心　南屏市气象台 联合会商 (联合发布).
_JOINTLY_RE = re.compile(
    rf"^((?:[{_H}]{{2,20}}\s+){{1,4}}[{_H}]{{2,20}})\s*联合(?:会商|发布|發布)$"
)
#: The seal note after an issuer's name: 青川市教育局（盖章）.
_UNSEALED_RE = re.compile(r"[（(](?:盖章|印章|公章|章|签章)[)）]$")
_OUTLET_RE = re.compile(
    r"(?:报|報|网|網|社|台|客户端|客戶端|新闻|新聞|融媒|发布|發布|集团|集團|频道|頻道"
    # an agency's desk named for what it covers: 新华体育, 中新财经
    r"|体育|體育|财经|財經|资讯|資訊"
    # a desk's news, as its line over a story names it: 水利部门消息
    r"|消息"
    # a paper's edition on the web: 青川晚报数字版, 南屏日报电子版, 自由時報電子報
    rf"|(?:报|報){PAPER_EDITION})$"
)
#: A source in brackets on a line of its own, at a story's end: （来源：青川县农业农村局）.
_SOURCE_NOTE_RE = re.compile(
    r"^[（(]\s*(?:" + "|".join(META_KEYS["source"]) + r")\s*[:：][^（）()]{1,30}[)）]$"
)
#: A paper's page: 第5版, 第A02版.
_PAGE_NUMBER = r"第?\s*[A-Z]?\d{1,3}\s*版"
#: The same the other way round: 青川日报　2031-03-18, 青川日报 2031年03月18日; a paper's
#: masthead with its page (人民日报 2032年04月09日 第 04 版), and a story's print source at
#: its foot (《人民日报》（2032年04月09日 04 版）).
_PAGE = (
    r"(?:\s*星期[一二三四五六日天])?"
    # the page and its section: 第5版, 第A05版：城市·民生
    rf"(?:\s*{_PAGE_NUMBER}(?:\s*[:：]?\s*[^\s，,。\d]{{1,12}})?"
    # …or its section and then its page, as a paper's running head sets them: 要闻  3
    rf"|\s+[{_H}·]{{2,6}}\s+[A-Z]?\d{{1,2}})?"
)
#: The hour an issue gives beside its day: 10:00, 10时00分, 10點, 下午2時45分.
_ISSUE_HOUR = (
    r"(?:(?:凌晨|早上|上午|中午|下午|傍晚|晚上)\s*)?"
    rf"(?:{_CLOCK}|\d{{1,2}}\s*[时時点點]\s*(?:\d{{1,2}}\s*分)?)"
)
_NAME_DATED_RE = re.compile(
    # (a paper's name in its marks needs no space before the day: 《青川日报》2031年06月07日)
    # (or with the app's name after the paper's: 澜江晚报·掌上澜江 2031-09-12 17:46)
    rf"^《?\s*([{_H}（）(){_MASKS}]{{2,20}}?(?:(?:\s+|\s*[·•]\s*)[{_H}]{{2,12}})?)(?:\s*》\s*|\s+)"
    # (its weekday perhaps in brackets: 2031年12月12日(星期二))
    rf"({_WEB_DATE}(?:\s*星期[一二三四五六日天]|\s*[（(]星期[一二三四五六日天][)）])?"
    rf"(?:\s*{_ISSUE_HOUR})?{_PAGE})$"
    rf"|^《\s*([{_H}]{{2,20}})\s*》\s*[（(]\s*({_WEB_DATE}{_PAGE})\s*[)）]$"
)
#: An e-paper's day and page over the story, its name on the line above: 2031年02月10日 星期一
#: 第A03版:文旅 (its buttons to turn the page may follow: 上一版 下一版).
_DATED_PAGE_RE = re.compile(
    rf"^{_WEB_DATE}(?:\s*星期[一二三四五六日天]|\s*[（(]星期[一二三四五六日天][)）])?"
    rf"\s*{_PAGE_NUMBER}(?:\s*[:：]?\s*[^\s，,。\d]{{1,12}})?$"
)
#: An e-paper's issue and its file to fetch: 第2031-02-10期 PDF下载.
_ISSUE_DOWNLOAD_RE = re.compile(r"^第\s*[\d\-]{1,12}\s*期\s+PDF\s*(?:下载|下載)$")
#: The time a page was posted, on a line of its own: 香港時間11時50分, 北京时间 09:30.
_CLOCK_RE = re.compile(
    r"^(?:香港|北京|臺北|台北|澳門|澳门)?(?:時間|时间)\s*\d{1,2}\s*[時时:：點点]\s*\d{1,2}\s*分?$"
)
#: Who compiled a bulletin and when, under its masthead: 青川市人民政府办公室编　2031年6月5日.
_COMPILED_RE = re.compile(
    rf"^([{_H}（）()]{{2,30}}?)\s*(?:编印|编发|编|主办)(?:\s+({_WEB_DATE}))?$"
)
#: A bulletin's issue number under its name: 第176期, （总第176期）.
_ISSUE_NUMBER_RE = re.compile(r"^[（(]?(?:总)?第\s*\d{1,4}\s*期[)）]?$")


def _bulletin_masthead(text: str) -> list[tuple[str, str]] | None:
    """The fields of a bulletin's line under its name, in any order and set apart by
    spaces: its day, its issue's number and who compiled it (2031年9月3日 第176期
    南屏县价格认证中心编); None unless every part is one of these and the line has a day or
    a compiler."""
    parts = text.split()
    if len(parts) < 2:
        return None
    fields: list[tuple[str, str]] = []
    for part in parts:
        compiled = _COMPILED_RE.match(part)
        if re.fullmatch(_WEB_DATE, part):
            fields.append(("date", part))
        elif _ISSUE_NUMBER_RE.match(part):
            fields.append(("other", part))
        elif compiled and not compiled.group(2) and is_issuer_line(compiled.group(1)):
            fields.append(("source", part))
        else:
            return None
    kinds = {kind for kind, _ in fields}
    return fields if kinds & {"date", "source"} and len(kinds) > 1 else None


#: Who issued a forecast or a notice and when, on a line of its own above it: 青川市气象台
#: 2031年10月8日16时发布：, 天文台在2031年9月17日下午2時45分發出. A line that goes on to
#: say what it issued (…发布寒潮蓝色预警) is the news itself.
_ISSUED_RE = re.compile(
    # (bodies issuing it jointly are named side by side: 青川省自然资源厅  青川省气象局)
    rf"^([{_H}（）()]{{2,30}}?(?:\s+[{_H}（）()]{{2,30}}?){{0,3}})\s*"
    rf"(?:(?:在|于|於)\s*(?={_WEB_DATE}))?({_WEB_DATE})?\s*{_ISSUE_HOUR}?"
    r"\s*(?:发布|發布|发出|發出)\s*[:：]?$"
)
#: Who issued a bulletin, who signed it off and when, on one line under its masthead: 西川省
#: 气象台 签发:何建新 2031年5月24日.
_SIGNED_OFF_RE = re.compile(
    rf"^([{_H}（）()]{{2,30}}?)\s+((?:签发|簽發|签发人|簽發人)\s*[:：]\s*[{_H}·]{{2,4}})\s+"
    rf"({_WEB_DATE}|{_SPACED_DATE})$"
)
#: Who made a video or a feature, on a line of its own under its title: 青川县融媒体中心出品.
_PRODUCED_BY_RE = re.compile(rf"^([{_H}]{{2,24}}?)\s*(联合出品|聯合出品|出品|摄制|攝製|制作|製作)$")
#: When a warning or a page was issued, with no name before it: 2031年09月12日10时00分发布
#: (the page's fields may follow it: 来源：…).
_ISSUED_AT_RE = re.compile(rf"^{_WEB_DATE}\s*{_ISSUE_HOUR}?\s*(?:发布|發布)$")
#: A bulletin's issue number on a line of its own: 第12期, （总第236期）, 2031年第5期,
#: 〔2031〕第19期.
ISSUE_RE = re.compile(
    # (the day it was issued may come first: 2031年4月18日 第6期)
    r"^(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s+)?"
    r"[（(〔【\[]?\s*(?:\d{4}\s*年\s*|[〔\[（(]\d{4}[〕\]）)]\s*"
    # the issuer's code and the series before the number: 湘自然资发〔2031〕预警第32期
    rf"|[{_H}]{{1,12}}[〔\[（(]\d{{4}}[〕\]）)]\s*[{_H}]{{0,4}}\s*)?"
    r"(?:总\s*)?第\s*[\d一二三四五六七八九十百零〇]+\s*期"
    r"(?:\s*[（(]?\s*总第\s*\d+\s*期\s*[)）]?)?\s*[)）〕】\]]?"
    # (a paper's count of its pages today after it: 第12856期　今日8版)
    r"(?:\s*今日\s*\d{1,3}\s*版)?$"
)


def _masthead_parts(text: str) -> list[tuple[str, str]] | None:
    """A bulletin's masthead line under its name: who issues it, its number and its day, set
    apart by spaces in any order (青川省水利厅  2031年第4期（总第37期）  2031年4月10日)."""
    parts = text.split(" ")
    if len(parts) < 2 or not any(ISSUE_RE.match(p) for p in parts):
        return None
    segments = []
    for part in parts:
        if ISSUE_RE.match(part):
            segments.append(("other", part))
        elif is_date_only(part):
            segments.append(("date", part))
        elif is_issuer_line(part):
            segments.append(("source", part))
        else:
            return None
    return segments


#: How urgent an official telegram or document is, and how it is sent, at its head: 特急,
#: 特急　明传电报, 明 传 电 报.
_URGENCY_RE = re.compile(
    r"^(?=\S)(?:(?:特\s*急|加\s*急|急\s*件|平\s*急|特\s*提)\s*)?"
    r"(?:明\s*传\s*电\s*报|明\s*傳\s*電\s*報|明\s*电|明\s*電|密\s*电|密\s*電)?$"
)
#: Whom a bulletin goes to, at its foot (报：市委、市人大领导; 送：各县区人民政府).
_SENT_TO_RE = re.compile(
    r"^(?:本(?:报告|简报|專報|专报|期))?(?:报|送|发|报送|呈报|发送|分送)\s*[:：]\s*[^。！？!?]{2,}$"
)
#: The foot of an official document: 青川市人民政府办公室　2031年4月15日印发, its date on
#: a line of its own under the office.
_PRINTED_RE = re.compile(
    # (with the count of copies printed after it: …印发　共印50份)
    rf"^(?:[^\s，。,；;]{{2,30}}\s*)?({_WEB_DATE}|{_SPACED_DATE})\s*印发"
    r"(?:\s*[（(]?\s*共印\s*\d+\s*份\s*[)）]?)?$|^印发\s*[:：]"
)
#: A line of credits: 文字：医务部　图片：宣传科, （撰稿：何晓　摄影：冯杰　审核：王校长）.
_CREDIT_KEY = (
    r"(?:文字|文|图片|图|圖片|圖|图文|摄影|攝影|摄像|视频|剪辑|撰稿|编辑|编审|校对|审核|初审|复审|终审"
    r"|责编|监制|制作|出品|统筹|策划|美编|设计|排版|來源|来源|供稿|通讯员|通訊員"
    # a transcript's and a site's own: （文字实录整理：…　网站编辑：…）
    r"|(?:文字)?实录整理|整理|网站编辑|網站編輯)"
)
#: …the first of them perhaps the desk that compiled it, with no name: 国际部综合编译.
_COMPILED_BY = rf"[{_H}]{{0,8}}?(?:综合编译|编译|綜合編譯|編譯|综合|綜合|整理)"
_CREDITS_RE = re.compile(
    rf"^[（(]?\s*(?:{_CREDIT_KEY}\s*[:：/／]\s*[^\s:：/／（）()]{{1,15}}|{_COMPILED_BY})"
    rf"(?:\s*[|丨｜]?\s*{_CREDIT_KEY}\s*[:：/／]\s*[^\s:：/／（）()]{{1,15}})+\s*[)）]?$"
)


#: An office's credit for the copy it sent, with its editor or its contact after it: 县农业
#: 气象服务站 供稿 | 编辑：何晓雯, （牧业事业部 综合管理部 供稿　联系人：高文博　电话：…）.
_CONTRIBUTED_RE = re.compile(
    rf"^[（(]?\s*[{_H}·（）()]{{2,30}}(?:\s+[{_H}·（）()]{{2,20}}){{0,2}}\s*(?:供稿|供圖|供图)"
    # (…and who checked it, after a comma: （本文由…所供稿，审核：何立平）)
    rf"(?:\s*[|丨｜，,]?\s*(?:{_CREDIT_KEY}|联系人|聯繫人|联系电话|聯繫電話|电话|電話)\s*[:：]"
    r"\s*[^|丨｜:：]{1,25}?)*\s*[)）]?$"
)
#: Where a story was first printed, in brackets at its foot: （本文刊于《青川日报》2031年5月3日
#: 第3版）, （原载《…》）; or what it was compiled from.
_PRINTED_IN_RE = re.compile(
    r"^[（(]\s*(?:本文|此文|原文)?(?:原?刊于|原?刊於|原?载于|原?載於|刊发于|刊發於|原载|原載|转载自|轉載自)"
    r"[^（）()]{2,60}[)）]$"
    # …or the paper's name with its day and page: 《青川日报海外版》（2031年08月16日 第 06 版）
    r"|^《[^《》]{2,20}》\s*[（(]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*(?:第\s*[A-Z]?\d{1,3}\s*版)?\s*[)）]$"
    # …or the wires a desk compiled it from, and who: （综合新华社、路透社等外电 整理：国际部 …）
    rf"|^[（(]\s*(?:综合|綜合)[^（）()]{{2,40}}?(?:外电|外電|报道|報導|消息)"
    rf"(?:\s*(?:{_CREDIT_KEY})\s*[:：]\s*[^（）()]{{1,20}})?\s*[)）]$"
)
#: Who made and passed a page, each role named with its people: 签发：赵卫东 审核：孙丽,
#: 预报员：吴海涛　复核：钱文, 一审：… 二审：… 三审：…, 本版责编：… 美编：… 校对：…
#: (a role's value a name or two, never a sentence: 一审：法院判决… is text).
_STAFF_ROLE = (
    r"(?:[一二三]审|[一二三]審|初审|初審|复审|複審|终审|終審|签发|簽發|审签|審簽|审核|審核|复核|複核"
    r"|核稿|制作|製作|美编|美編|本版责编|本版責編|本版编辑|本版編輯|责编|責編|值班编辑|值班編輯|编辑|編輯"
    # (who edited this issue, who led the shift: 本期责任编辑：…, 值班首席：…)
    r"|(?:本期|本版|本文)?(?:责任编辑|責任編輯)|值班首席|值班主任|值班"
    r"|校对|校對"
    r"|(?:首席|值班)?预报员|(?:首席|值班)?預報員|承办人|承辦人|监制|監製|统筹|統籌|撰稿|摄影|攝影"
    r"|制图|製圖|绘图|繪圖)"
)
#: A court's bench and clerk under its judgment, each role and name on its line: 审判长　梁书宁,
#: 人民陪审员　詹国栋, 书记员　罗晓.
_BENCH_RE = re.compile(
    rf"^(?:审判长|審判長|审判员|審判員|代理审判员|人民陪审员|人民陪審員|书记员|書記員|法官助理|执行员|速录员)"
    rf"[\s　:：]*[{_H}·]{{2,4}}$"
)
#: (a name may carry its rank in brackets: 孙晓（首席）)
_STAFF_NAME = rf"[{_H}·]{{2,4}}(?:[（(](?:首席|主班|副班|值班)[)）])?"
_STAFF_LINE_RE = re.compile(
    rf"^(?:{_STAFF_ROLE}\s*[:：｜|丨]\s*{_STAFF_NAME}(?:\s*[、，,\s]\s*{_STAFF_NAME})*[\s　]*)+$"
)


def _staff_of(text: str) -> str:
    """A staff line without the brackets round it, the office before it and the number to
    call after it: （临江市气象台 值班预报员：沈一舟，联系电话：…） -> 值班预报员：沈一舟."""
    text = _unbracketed(text, round_brackets=True)
    text = _STAFF_PHONE_RE.sub("", text)
    office = re.match(rf"^([{_H}]{{2,16}})\s+(?=\S)", text)
    if office and is_issuer_line(office[1]):
        text = text[office.end() :]
    return text


#: The number to call after a staff line: ，联系电话：0571-87651234转6021, (电话:0576-…).
_STAFF_PHONE_RE = re.compile(
    r"\s*[，,]?\s*[（(]?\s*(?:联系|聯絡|聯繫)?(?:电话|電話)\s*[:：]\s*[\d\-－()（）\s]{7,20}"
    r"(?:[转轉]\s*\d{1,5})?\s*[)）]?$"
)


#: A research note's analyst with the numbers of the licences a regulator requires to be
#: printed: 分析师：钱一鸣　期货从业资格号：F3051234　投资咨询号：Z0013579.
_ANALYST_RE = re.compile(
    rf"^(?:(?:首席)?(?:分析师|分析師|研究员|研究員)\s*[:：]?\s*[{_H}·]{{2,4}}\s*)"
    r"(?:[（(]?\s*(?:期货|期貨|证券|證券)?(?:从业资格号|從業資格號|从业资格编号|投资咨询号|投資諮詢號"
    r"|投资咨询资格号|交易咨询号|执业证书编号|執業證書編號|执业编号|证书编号|SAC执业证书编号)"
    r"\s*[:：]\s*[A-Z]?\d{5,}\s*[)）]?\s*)+$"
)
#: Who signed a page, then the day: 签发：王振东　　2031年4月18日.
_STAFF_DATED_RE = re.compile(r"^(.+?)\s+((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")


#: The bars an e-paper sets between its masthead's fields, its page among them: 临江日报数字报 |
#: 2031年10月25日 | 第A02版:要闻.
_MASTHEAD_BAR = r"\s+[|｜丨]\s+"


#: The spaces a PDF or a word processor left inside a date: 2031 年 7 月 16 日.
_DATE_GAP_RE = re.compile(r"(?<=\d)\s+(?=[年月日号])|(?<=[年月])\s+(?=\d)")


def _line_meta(text: str) -> list[tuple[str, str]] | None:
    """Metadata recognised from the line alone (anywhere in the document); a date with
    spaces inside it (临江发布  2031 年 7 月 16 日 07:20) is recognised as written tight."""
    tight = _DATE_GAP_RE.sub("", text)
    if tight != text and (found := _line_meta(tight)):
        return found
    if (m := _EDITOR_TRAILER_RE.search(text)) and m.start() == 0:
        return [("editor", text)]  # （編輯：陳怡君）1140305 on its own line, as at a story's foot
    if (
        re.search(_MASTHEAD_BAR, text)
        and re.search(_PAGE_NUMBER, text)  # (a daily's name over its day is its title)
        and (found := _line_meta(re.sub(_MASTHEAD_BAR, " ", text)))
        and all(kind in ("source", "stamp", "date") for kind, _ in found)
    ):
        # 临江日报数字报 | 2031年10月25日 星期五 | 第A02版:要闻: a paper's masthead, each field
        # with the bar after it
        starts: list[int] = []
        for _, seg in found:  # each field found after the one before it
            starts.append(text.find(seg.split()[0], starts[-1] + 1 if starts else 0))
        ends = [*starts[1:], len(text)]
        return [
            (kind, text[a:b].strip()) for (kind, _), a, b in zip(found, starts, ends, strict=True)
        ]
    segments = _key_meta(text)
    if segments:
        return segments
    counter = _TRAILING_COUNTER_RE.search(text)
    if counter and counter.start() and (posted := _line_meta(text[: counter.start()].rstrip())):
        # 南屏县人社局  2031-02-21 10:12  阅读 5862: who posted it when, and its count of readers
        return [*posted, ("other", counter.group(1))]
    if (
        re.fullmatch(r"[（(][^（）()]+[)）]", text)
        and (inner := _key_meta(text[1:-1]))
        and len(inner) > 1
        and all(kind in ("date", "stamp", "source") for kind, _ in inner)
    ):
        # (发布时间:2031年5月6日 来源:北湖区社保中心): when and where from, a page's fields in
        # its brackets, each field with the bracket at its end (credits are read below)
        (first_kind, first), *middle, (last_kind, last) = inner
        return [(first_kind, text[0] + first), *middle, (last_kind, last + text[-1])]
    if masthead := _bulletin_masthead(text):
        return masthead
    fields_then_stamp = _FIELDS_THEN_STAMP_RE.match(text)
    if (
        fields_then_stamp
        and (fields := _line_meta(fields_then_stamp[1]))
        and all(kind in ("source", "author", "editor") for kind, _ in fields)
    ):
        # （来源：南屏发布  作者：周楠）  2031年08月05日 07:45: who posted it, then when
        return [*fields, ("stamp", fields_then_stamp[2])]
    if _STAFF_LINE_RE.match(text) or _BENCH_RE.match(text):
        return [("editor", text)]
    if _ANALYST_RE.match(text):
        return [("author", text)]
    if _ENGLISH_NAME_RE.search(text) and is_issuer_line(text):
        return [("source", text)]  # Hengyuan Group | 恒源控股集团有限公司: a letterhead
    signed = _STAFF_DATED_RE.match(text)  # 签发：王振东　　2031年4月18日
    if signed and _STAFF_LINE_RE.match(signed.group(1)):
        return [("editor", signed.group(1)), ("date", signed.group(2))]
    buttons = _TRAILING_BUTTONS_RE.search(text)
    if buttons and buttons.start():
        # 青川市公安局交通警察支队　2031-11-20　【字号 大 中 小】: the page's buttons are no
        # part of who posted it when
        head = text[: buttons.start()].rstrip()
        segments = _line_meta(head)
        if not segments and (
            ((m := _TIME_FIELD_RE.match(head)) and parse_date(m[1])) or is_date_only(head)
        ):
            # 时间：2031-11-09 09:30 【字体：大 中 小】【打印】: when the page was posted, beside
            # its buttons (a notice's own 时间： field has none), 日期：2031年04月02日 【收藏】;
            # 2031-03-25 【打印】【关闭】
            segments = [("date", head)]
        return [*segments, ("other", buttons.group().strip())] if segments else None
    if is_byline(text):
        return [("author", text)]
    if (m := _BYLINE_STAMPED_RE.match(text)) and is_byline(m[1]):
        return [("author", m[1]), ("stamp", m[2])]  # 通讯员 赵一鸣 记者 周琪  2031-04-12 18:05
    if _SPACED_DATE_FIELD_RE.match(text):
        return [("date", text)]
    head, rest = split_dateline(text)
    if head and not rest.strip():
        return [("dateline", head)]
    if head and is_date_only(rest.strip()):
        # 临江交通广播讯 (记者 黄一鸣) 2031年12月27日: the dateline, then the day it gives
        return [("dateline", head), ("date", rest.strip())]
    if any(p.match(text) for p in _STAMP_RES) or _POSTED_RE.match(text) or _CLOCK_RE.match(text):
        return [("stamp", text)]
    if re.fullmatch(r"[（(][^（）()]{4,60}[)）]", text) and (
        (m := _SIGNED_LINE_RE.match(text[1:-1].strip()))
        and is_issuer_line(m.group(1))
        and not m.group(3)
    ):
        # （国家统计局南屏调查队　2031年7月19日）: who released it and when, closing it
        return [("signature", f"（{m.group(1)}）"), ("date", m.group(2))]
    if (m := _SIGNED_LINE_RE.match(text)) and is_issuer_line(_UNSEALED_RE.sub("", m.group(1))):
        numbered = [("docno", m.group(3))] if m.group(3) else []
        return [("signature", m.group(1)), ("date", m.group(2)), *numbered]
    if (m := _DATED_ISSUER_RE.match(text)) and is_issuer_line(m.group(2)):
        # 2031年7月3日8时　…水文监测中心; …18时　中央气象台发布 (the day it was issued)
        return [("date", m.group(1) + (m.group(3) or "")), ("source", m.group(2))]
    if _ISSUED_ON_RE.match(text):
        return [("date", text)]  # 2031年1月22日17时发布: when, and that it was issued
    if (
        (m := _RELEASE_DATED_RE.match(text))
        and (m[1] is None or is_issuer_line(m[1]))
        and parse_date(m[3])
    ):
        # 嘉義縣政府 新聞稿 114年4月21日: who, what kind of page, when
        return [*([("source", m[1])] if m[1] else []), ("other", m[2]), ("date", m[3])]
    if (m := _JOINTLY_RE.match(text)) and all(map(is_issuer_line, m.group(1).split())):
        # 南屏市生态环境监测中心　南屏市气象台 联合会商: who, each named; how, no name
        return [("source", m.group(1)), ("other", text[m.end(1) :].strip())]
    if (m := _DATED_NAME_RE.match(text)) and (
        is_issuer_line(m.group(2)) or _OUTLET_RE.search(m.group(2))
    ):
        return [("stamp", m.group(1)), ("source", m.group(2))]
    if _DATED_PAGE_RE.match(text):
        return [("stamp", text)]  # 2031年02月10日 星期一 第A03版:文旅: the e-paper's day and page
    if _ISSUE_DOWNLOAD_RE.match(text):
        return [("other", text)]  # 第2031-02-10期 PDF下载
    if (m := _NAME_DATED_RE.match(text)) and (
        is_issuer_line(name := m.group(1) or m.group(3))
        # (the paper's name or its app's: 澜江晚报·掌上澜江; a site's desk: 临江房产网 研究中心)
        or any(_OUTLET_RE.search(part) for part in re.split(r"\s*[·•]\s*", name))
        or (
            (parts := name.split())[-1].endswith(("中心", "研究院", "研究所", "编辑部", "工作室"))
            and _OUTLET_RE.search(parts[0]) is not None
        )
    ):
        stamp = m.start(2) if m.group(2) else text.rfind("（" if "（" in text else "(")
        return [("source", text[:stamp].strip()), ("stamp", text[stamp:].strip())]
    if _SOURCE_NOTE_RE.match(text):
        # （来源：青川日报　　责任编辑：吴婧）: the source and who edited it, each its field
        inner = _key_meta(text[1:-1].strip())
        if inner and len(inner) > 1 and inner[0][0] == "source":
            opening, closing = inner[0], inner[-1]
            return [
                (opening[0], text[0] + opening[1]),
                *inner[1:-1],
                (closing[0], closing[1] + text[-1]),
            ]
        return [("source", text)]
    if re.match(
        # (the headline may be in its title marks instead of after a colon: （原标题《…》）)
        r"^(?:原标题|原標題)\s*[:：]\s*\S|^[（(]\s*(?:原标题|原標題)\s*(?:[:：]|(?=《)).+[)）]$",
        text,
    ):
        # the story's headline elsewhere, perhaps in its brackets at the story's foot
        return [("title", text)]
    if (m := _COMPILED_RE.match(text)) and is_issuer_line(m.group(1)):
        if not m.group(2):
            return [("source", text)]
        return [("source", text[: m.start(2)].rstrip()), ("date", m.group(2))]
    if (m := _PRODUCED_BY_RE.match(text)) and (
        is_issuer_line(m.group(1)) or _OUTLET_RE.search(m.group(1))
    ):
        return [("source", m.group(1)), ("other", m.group(2))]  # 青川县融媒体中心出品
    if (m := _SIGNED_OFF_RE.match(text)) and is_issuer_line(m.group(1)):
        return [("source", m.group(1)), ("editor", m.group(2)), ("date", m.group(3))]
    if (m := _ISSUED_RE.match(text)) and is_issuer_line(m.group(1)):
        rest = text[m.end(1) :].strip()
        return [("source", m.group(1)), ("date" if m.group(2) else "other", rest)]
    if (m := _PRINTED_RE.match(text)) and m[1]:
        # 青川市人民政府办公室　2031年4月15日印发: the day the document was issued, when no
        # line before says it
        return [("date", text)] if parse_date(m[1]) else [("other", text)]
    if masthead := _masthead_parts(text):
        return masthead
    if any(p.match(text) for p in (_PRINTED_RE, _CREDITS_RE, ISSUE_RE, _SENT_TO_RE, _URGENCY_RE)):
        return [("other", text)]
    if _PRINTED_IN_RE.match(text):
        return [("other", text)]
    if _CONTRIBUTED_RE.match(text) and not re.search(r"[。！？!?]", text):
        return [("author", text)]
    if _DOCNO_RE.match(text) or (
        len(parts := text.split()) > 1 and all(_DOCNO_RE.match(part) for part in parts)
    ):
        # (a notice issued jointly gives each office's number: 湘人社发〔2031〕21号  湘医保发…)
        return [("docno", text)]
    if _BRACKETED_DATE_RE.match(text):
        return [("date", text)]  # （2031年9月15日 14時40分）: when a release was issued
    if (m := _KEYED_NOTE_RE.match(text)) and META_KEY_KIND.get(m[1]) in ("author", "editor"):
        return [(META_KEY_KIND[m[1]], text)]  # （本文作者：…感染科 何静 副主任医师）
    if m and m[1] in _SENT_TO_KEYS:
        return [("other", text)]  # （报送：市政府办公室、市发改局）: whom a brief goes to
    if (closed := _LETTER_CLOSE_RE.match(text)) and is_issuer_line(closed[1]):
        return [("signature", text)]  # 臨江市環境保護局 敬啟: who signs the letter off
    if _PRESS_ENQUIRIES_RE.match(text):
        return [("other", text)]  # 傳媒查詢：經濟分析組 2858 3102: whom the press may ask
    if _AGENCY_SERIAL_RE.match(text):
        return [("other", text)]  # 1141022: a Taiwan agency's serial under its story
    if _NOTE_RE.match(text) and marker_level(text + "x") is None and not TITLE_PART_RE.match(text):
        return [("other", text)]
    if (barred := _barred_meta(text)) is not None:
        return barred
    if _STAFF_LINE_RE.match(_staff_of(text)):
        # （临江市气象台 值班预报员：沈一舟，联系电话：0571-87651234转6021）: who forecast it,
        # for the office, with the number to call them on
        return [("editor", text)]
    unwrapped = _unbracketed(text, round_brackets=True)
    if (
        unwrapped != text
        and (found := _line_meta(unwrapped))
        and all(kind in ("source", "stamp", "date", "editor", "other") for kind, _ in found)
    ):
        # （南屏县气象台 2031/06/06 04:05）, （本报告发送：…）: fields in brackets are fields,
        # the brackets kept on the first and the last
        start = text.index(unwrapped)
        found[0] = (found[0][0], text[:start] + found[0][1])
        found[-1] = (found[-1][0], found[-1][1] + text[start + len(unwrapped) :])
        return found
    return None


#: An office's name with the word a letter is signed off with: 臨江市環境保護局 敬啟.
_LETTER_CLOSE_RE = re.compile(r"^(\S.{1,28}?)\s*(?:敬启|敬啟|谨启|謹啟|谨上|謹上)$")


#: Whom the press may ask about a release, with the office and its number on the line (a
#: Hong Kong release's foot): 傳媒查詢：經濟分析組 2858 3102.
_PRESS_ENQUIRIES_RE = re.compile(
    r"^(?:传媒|傳媒|媒体|媒體)(?:查询|查詢|垂询|垂詢)\s*[:：]\s*\S.{2,40}$"
)


#: The serial a Taiwan news agency sets alone under a story: the ROC year, month and day
#: (1141022 for 114年10月22日).
_AGENCY_SERIAL_RE = re.compile(r"^1[01]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")


#: What a title may say of itself in brackets on its own line: which batch or issue it is,
#: or that it is a draft: （第二批）, （第3期）, （征求意见稿）. Part of the title, never a note.
TITLE_PART_RE = re.compile(
    r"^[（(](?:第\s*[一二三四五六七八九十\d]{1,3}\s*(?:批|期|轮|輪|号|號|季度|次)"
    r"|征求意见稿|徵求意見稿|试行|試行|暂行|暫行|修订稿|修訂稿|草案|送审稿|送審稿)[)）]$"
)


#: The bar a page sets between the fields of one line: 青川市生态环境局发布 | 数据时段：….
_FIELD_BAR_RE = re.compile(r"\s+[|｜丨]\s+")
#: A field of a page's own, labelled with a short name: 数据时段：1月14日12时至15日12时.
_OWN_FIELD_RE = re.compile(rf"^[{_H}]{{2,6}}\s*[:：]\s*\S")


def _barred_meta(text: str) -> list[tuple[str, str]] | None:
    """A line of fields set apart by bars, the first of them metadata (who issued it), the
    others metadata or the page's own labelled fields; None when any part is text."""
    parts = _FIELD_BAR_RE.split(text)
    if len(parts) < 2 or not (first := _line_meta(parts[0])):
        return None
    segments = list(first)
    for part in parts[1:]:
        if found := _line_meta(part):
            segments += found
        elif _OWN_FIELD_RE.match(part) and not re.search(r"[。！？!?]", part):
            segments.append(("other", part))
        else:
            return None
    return segments


#: A date (and the time) alone in brackets, under a release's headline: （2031年9月15日
#: 14時40分）, (2031-09-15).
_BRACKETED_DATE_RE = re.compile(
    rf"^[（(]\s*{_WEB_DATE}(?:\s*(?:{_CLOCK}|\d{{1,2}}\s*[時时點点]\s*\d{{1,2}}\s*分?))?\s*[)）]$"
    # …or the day a body adopted it, under a law's or a list's title (题注): （2031年6月28日
    # 青川市第十六届人民代表大会常务委员会第十九次会议通过）
    rf"|^[（(]\s*{_WEB_DATE}[^（）()]{{2,60}}(?:通过|批准|公布|修正|修订|施行)[^（）()]{{0,30}}[)）]$"
    # …or the day a speech was given, taken down from its recording: （2031年3月12日，根据录音整理）
    rf"|^[（(]\s*{_WEB_DATE}\s*[，,]?\s*(?:根据|据)录音整理(?:[，,]\s*有删节)?\s*[)）]$"
)


#: The rest of a figure the wrap split, on into its unit: 6.5毫米, 6人, 0m的.
_FIGURE_GOES_ON_RE = re.compile(rf"\d+(?:\.\d+)? ?(?:[{_H}%]|[a-z]{{1,3}}(?![A-Za-z]))")


#: The end of a line that cuts a number to call or a code: its digits after a hyphen, its
#: letters or its area code in brackets (0571-860102, PX-0, （0571）86), or a long run of
#: them (8705110).
_CUT_CODE_RE = re.compile(r"(?:[A-Za-z\d][-－]|[A-Z]{2}|\d[)）])\d+$|(?<![\d.,])\d{5,}$")
#: …and the next line's start that goes on with it: digits, then a word or a mark.
_CODE_GOES_ON_RE = re.compile(r"\d+(?=[^\d\s.,]|$)")
#: The end of a line that cuts an address on the web or for mail: zx.lin, px@12.
_CUT_ADDRESS_RE = re.compile(r"(?:^|[^A-Za-z\d])[A-Za-z\d_\-]+(?:[.@][A-Za-z\d_\-]+)+$")
#: …and the next line's start that ends it on its domain: jiang.gov.cn, 6.com.
_ADDRESS_GOES_ON_RE = re.compile(
    r"[A-Za-z\d_\-]*(?:\.[A-Za-z\d_\-]+)*\.(?:com|cn|net|org|gov|edu|hk|tw|mo)(?![A-Za-z])"
)


def _join_wrapped(parts: Sequence[str]) -> str:
    """Join a title/heading wrapped over lines: no space between Han, one between Latin, none
    inside a figure the wrap split ($1,380,00 / 0, 1,31 / 5宗, 降雨12 / 6.5毫米, 2031-08-3 / 1)."""
    out = parts[0]
    for part in parts[1:]:
        # (digits after a word, and digits that go on to a unit, are one figure the wrap
        # split: 降雨12 / 6.5毫米; never a table's cells, 8:00 / 320户, 2 / 3)
        figure = part[:1].isdigit() and (
            re.search(r"\d,\d{0,2}$", out) is not None
            # (a day or a time the wrap cut in its last two digits: 2031-08-3 / 1(星期日))
            or (
                re.search(r"(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]|(?<!\d)\d{1,2}:)\d$", out) is not None
                and re.match(r"\d(?!\d)", part) is not None
            )
            or (
                # (a PDF's space on either side of the figure too: 第 3 / 1 次)
                # (or inside its decimals: …人口为2.8 / 6人)
                # (or after a range's mark, and on into a unit's letters: 0.15~0.2 / 0m)
                re.search(rf"[{_H}~～] ?(?:\d+\.)?\d+$", out) is not None
                and _FIGURE_GOES_ON_RE.match(part) is not None
                # (never a table's next row after a decimal: 套 272.0 / 2 教师讲台)
                and not (re.search(r"\d\.\d+$", out) and re.match(r"\d+ ", part))
            )
        )
        # (…and a number to call or a code the wrap cut: 0571-860102 / 58, LJZX-13-0 / 268;
        # an address on the web or for mail: zx.lin / jiang.gov.cn, px@12 / 6.com)
        figure = figure or (
            (_CUT_CODE_RE.search(out) is not None and _CODE_GOES_ON_RE.match(part) is not None)
            or (
                _CUT_ADDRESS_RE.search(out) is not None
                and _ADDRESS_GOES_ON_RE.match(part) is not None
            )
        )
        if (
            not figure
            and out[-1:].isascii()
            and out[-1:].isalnum()
            and part[:1].isascii()
            and part[:1].isalnum()
        ):
            out += " " + part
        else:
            out += part
    return out


#: A paragraph that opens with a short sentence of its own, a verb and its object printed in
#: bold in the original (加强组织领导。各区县要…): that sentence is the section's sub-head.
_LEAD_IN_HEAD_RE = re.compile(rf"^({LEAD_IN_HEAD_RE.pattern})(?=\S)")


#: The verbs that open the sub-heads of official writing: 加强组织领导, 压实工作责任, 做好应急准备.
_DIRECTIVE_RE = re.compile(
    r"^(?:加强|强化|做好|抓好|压实|落实|突出|坚持|完善|健全|推进|推动|提高|提升|严格|规范|注重"
    r"|深化|加快|加大|确保|狠抓|严把|严守|明确|建立|构建|优化|统筹|聚焦|夯实|筑牢|守牢|增强"
    r"|扎实|全面|切实|精心|认真|广泛|积极|持续|着力|密切|及时|主动|创新|保障|开展|实施|抓实)"
)


def lead_in_head(text: str) -> str:
    """The short sentence a paragraph opens with, which may be a sub-head (加强组织领导。各区县
    要… gives 加强组织领导。); "" when it opens with none."""
    m = _LEAD_IN_HEAD_RE.match(text)
    return m.group(1) if m else ""


def is_directive(head: str) -> bool:
    """Whether a short sentence is worded as the sub-heads of official writing are: a
    directive verb and its object (压实工作责任。), not prose (有先例可循。)."""
    return bool(_DIRECTIVE_RE.match(head))
