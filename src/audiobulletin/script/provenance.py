"""Who issued a report and when, as the intro says it.

Why a module of its own: the source, the issuer and the date come from many places in a
report (a dateline, a source line, a signature, a byline's outlet) and must be said once,
in the words an announcer uses (据新华社报道, 青川市气象台十二日发布).
"""

from __future__ import annotations

import re

from audiobulletin.document import (
    GIVEN_AT_RE,
    SPEECH_SUBTITLE_RE,
    Document,
    is_issuer_line,
    parse_date,
    parse_time,
    signers,
)
from audiobulletin.script.points import opening_sentence
from audiobulletin.zh import (
    HAN,
    KIND_AFTER_NAME_RE,
    META_KEYS,
    PAPER_EDITION,
    tagged_words,
)


def report_time(doc: Document) -> str | None:
    """The time given on the line that dates the report (``发布时间：… 09:30``)."""
    for meta in doc.meta:
        if meta.kind in ("date", "stamp") and parse_date(meta.text) == doc.date:
            return parse_time(meta.text)
    return None


META_NAMES = {
    "date": "日期",
    "source": "来源",
    "author": "作者",
    "editor": "编辑",
    "stamp": "时间戳",
    "docno": "文号",
    "dateline": "电头",
    "addressee": "称谓",
    "annex": "附件名",
    "toc": "目录",
    "title": "标题",
    "signature": "落款",
    "site": "网站名",
    "speaker": "讲话人",
    "other": "元数据",
}


SAID_BEFORE_RE = re.compile(r"^(?:原标题|原標題)")


def given_on(speech: str, when: str, doc: Document) -> tuple[str, str]:
    """``speech`` said with its day, and the dateline left to say after it: a speech is
    given, not issued (2031年3月5日，青川市市长王大明在全市工作会议上的讲话, and no
    …发布); both as they were where there is no speech, no day, or an issuer."""
    if speech and when and not issuer(doc):
        return f"{when.removesuffix('发布')}，{speech}", ""
    return speech, when


def speech_said(doc: Document, subtitle: str) -> str:
    """A speech's subtitle with who gave it, as one says it (——在全市工作会议上的讲话 under
    青川市市长 王大明: 青川市市长王大明在全市工作会议上的讲话); "" for any other subtitle
    or where the speaker is not named."""
    speaker = next((m.text for m in doc.meta if m.kind == "speaker"), "")
    subtitle = re.sub(r"^[—―\s]+", "", subtitle)
    given = GIVEN_AT_RE.match(subtitle)
    if speaker and given and subtitle is not doc.title:
        # ——2032年1月12日在…第四次会议上 under 政府工作报告（摘要）: the day, who, where, and
        # what was given there
        report = re.sub(r"[（(][^（()）]*[)）]$", "", doc.title).strip()
        what = f"作{report}" if report.endswith(("报告", "報告")) else "的讲话"
        said = re.sub(r"\s+", "", speaker) + given.group(2) + what
        return f"{given.group(1)}，{said}" if given.group(1) else said
    if not speaker or not SPEECH_SUBTITLE_RE.search(subtitle):
        return ""
    return re.sub(r"\s+", "", speaker) + subtitle


def when_and_who(doc: Document, said: str = "") -> str:
    """``2024年5月6日，省气象台发布``: the report's date and issuer, as said (no clock time,
    no field labels); empty when the report gives neither. What the title has just said
    (its date, the office it opens with) is not said again, nor the date of an issuer's
    report that ``said``, the intro's first fact, gives (2031年4月22日，市长…)."""
    date = month_day = ""
    if doc.date:
        y, m, d = (int(x) for x in doc.date.split("-"))
        date, month_day = f"{y}年{m}月{d}日", f"{m}月{d}日"
        if date in doc.title or parse_date(doc.title) == doc.date:
            date = ""  # the title has just said it: 陆家嘴财经早餐2024年8月9日
    who = issuer(doc)
    if who and not _MEDIA_RE.search(who) and doc.title.startswith(who):
        who = ""  # the title has just named it: 国务院办公厅关于…的通知
    if who and _DESK_RE.fullmatch(who):
        who = ""  # 信息来源：办公室: the desk that posted it, which names no body on air
    if who and _MEDIA_RE.search(who):  # a news outlet reports; an office issues
        if not date:
            # its dateline gives the day: 新华社北京10月17日电 -> 10月17日
            dateline = next((m.text for m in doc.meta if m.kind == "dateline"), "")
            day = _DATELINE_DAY_RE.search(dateline)
            date = f"{int(day[1])}月{int(day[2])}日" if day else ""
            if date and (date in doc.title or date in opening_sentence(doc)):
                date = ""  # said a moment later: 3月5日上午，…
        if month_day and month_day in said:
            date = ""  # 据青川日报报道，5月6日上午…: the fact it leads into gives the day
        return f"据{who}{date}报道" if date else f"据{who}报道"
    if date and who and who in said and month_day in said:
        date = who = ""  # 市体育局8月20日发布消息，…: the fact says who issued it, and when
    if date and date in said:
        date = ""
    # an account named for what it does (青溪发布, 临江日报·临江发布) says 发布 once
    issued = "" if who.endswith(("发布", "發布")) else "发布"
    if date and who:
        return f"{date}，{who}{issued}"
    if who:
        return f"{who}{issued}"
    return f"{date}发布" if date else ""


#: A desk inside a body, named without it (办公室, 食品抽检处, 教务处, 宣传科): no issuer a
#: listener can place.
_DESK_RE = re.compile(
    # (never a body's own: 議會秘書處, 集团办公室, 学校办公室 name whose desk it is)
    r"(?!.*[省市县區区州旗镇鎮乡鄉会會院局委厅廳府署部社司团團校])"
    rf"[{HAN}]{{1,6}}(?:处|處|科|室|股|组|組)"
)


#: The day a dateline gives, before its 电 or 讯: 新华社北京10月17日电.
_DATELINE_DAY_RE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯|消息|電|訊)")


#: An issuer that is a news outlet: 新华社, 青川日报, 封面新闻, 天气网, 青川电视台 (a
#: 气象台 issues its bulletins).
_MEDIA_RE = re.compile(
    # (never a government's own portal, which issues: 临江市政府采购网, …公共资源交易网,
    # …人民政府网)
    r"(?<!政府)(?<!采购)(?<!採購)(?<!交易)(?<!政务)(?<!政務)(?<!门户)(?<!門戶)"
    r"(?:社|报|網|网|報|电视台|電視台|广播电台|电台|卫视|新闻|新聞|客户端|客戶端|频道|杂志|周刊)$"
)


#: The label of a source line: 来源：, 文章来源:, 信息来源 ：, 预警信息来源：
_SOURCE_LABEL = re.compile(
    r"^\s*[\w（）()]{0,6}?(?:" + "|".join(META_KEYS["source"]) + r")\s*[:：|丨｜]\s*"
)


def source_name(line: str | None) -> str | None:
    """Who issued the report, from its source line (``来源：青川市水务局`` -> 青川市水务局,
    ``（预警信息来源：青川县气象台）`` -> 青川县气象台); None when there is no name. The intro
    says it, the MP3 gives it as its artist and a Broadcast WAV as its originator."""
    if not line:
        return None
    line = line.strip()
    if re.fullmatch(r"[（(【\[][^（()）【】\[\]]*[）)】\]]", line):
        line = line[1:-1]  # a source line in brackets: （来源：…）, 【信息来源：…】
    name = _SOURCE_LABEL.sub("", line).strip()
    name = _SOURCE_BUTTON_RE.sub("", name)  # 中国新闻网　参与互动: a page's button beside it
    # the fields that share its line (东楚日报 | 记者 钱雨 | 编辑 朱莉) are not the source's name
    name = _NEXT_FIELD_RE.split(name, maxsplit=1)[0].strip()
    name = _COMPILED_BY_RE.sub("", name)  # 青川市人民政府办公室编: who compiled a bulletin
    name = _LATIN_NAME_AFTER_RE.sub("", name)  # 文化局 Instituto Cultural: its name again
    if name[-1:] in "）)" and sum(map(name.count, "（(")) < sum(map(name.count, "）)")):
        name = name[:-1].rstrip()  # (…来源:北湖区社保中心): the bracket round the page's fields
    if name[:1] in "（(" and sum(map(name.count, "（(")) > sum(map(name.count, "）)")):
        name = name[1:].lstrip()  # （南屏县气象台 2031/06/06 04:05）: …and round who issued it
    if re.fullmatch(r"《[^《》]+》", name):
        name = name[1:-1]  # a paper named in its marks, 《青川日报》: the intro says 据青川日报
    if _THIS_SITE_RE.fullmatch(name):
        return None  # 来源：本站: the page names itself, and a listener hears no page
    return _EDITION_RE.sub("", name) or None


#: A body's name in Portuguese or English after its Chinese one: 文化局 Instituto Cultural.
_LATIN_NAME_AFTER_RE = re.compile(rf"(?<=[{HAN}])\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.,&\- ]{{4,}}$")


#: A source that only points back at the page it is on: 本站, 本网, 本站原创, 原创.
_THIS_SITE_RE = re.compile(
    r"(?:本站|本網|本网|本网站|本網站|本平台|本单位|本單位)(?:原创|原創)?|原创|原創|网站|網站"
)


#: A paper's edition on the web after its name: 青川晚报数字版 is 青川晚报, 自由時報電子報 自由時報.
_EDITION_RE = re.compile(rf"(?<=[报報])\s*{PAPER_EDITION}$")


#: Where the next field of a page's line starts after the source's name: a bar, a column's gap,
#: a writer's or an editor's key or a count of readers (东楚日报 | 记者 钱雨, 青川日报　作者：
#: 李明, 汽车周刊   阅读 8.6万   分享到), a day or a page.
_NEXT_FIELD_RE = re.compile(
    r"\s*[|丨｜；;]|\s{2,}|\u3000|\s+(?=(?:记者|編輯|编辑|作者|责编|責編|通讯员|通訊員|摄影|攝影"
    r"|阅读|閱讀|浏览|瀏覽|点击|點擊|分享)[\s：:\d])"
    # …or the day and the page it was printed on (中国海洋报 2031年03月19日 第01版)
    r"|\s+(?=(?:19|20)\d\d\s*[年\-/.]|第\s*[A-Z]?\d{1,3}\s*版)"
    # …or who to call there (信息中心 咨询电话:0537-…), or the note that its figures are only
    # for reference (…监测数据，仅供参考)
    r"|\s*(?=(?:咨询|諮詢|联系|聯繫|服务|服務)?(?:电话|電話|热线|熱線)\s*[:：])|[，,]\s*(?:仅|僅)?供参考"
)


#: A page's button printed after its source: 参与互动, 评论(0), 我要纠错, 【大】【中】【小】.
_SOURCE_BUTTON_RE = re.compile(
    r"\s+(?:参与互动|參與互動|参与评论|评论|評論|我要评论|我要纠错|纠错|打印|列印)\s*(?:[（(]\d*[)）])?$"
    r"|\s*(?:[【\[][大中小][】\]]\s*){2,3}$"
)


_COMPILED_BY_RE = re.compile(
    rf"(?<=[{HAN}])\s*(?:编印|编发|编|主办)$"
    # …or the figures it gathered, after its name (南屏禽业信息网监测数据)
    r"|(?<=[网網站心局所院台])(?:监测|監測|统计|統計|调查|調查)?(?:数据|數據)$"
)


#: A unit a report names by who writes or is written to (我省, 你市, 本县): in the intro the
#: bulletin speaks, and 我省 would be the listener's own province.
_OWN_UNIT_RE = re.compile(r"(?:我|你|贵|本)(省|市|县)(?![长委级内外直属场城])")


#: Rules that name themselves (本办法自…起施行): the rules the title names.
_OWN_RULES_RE = re.compile(r"本(办法|规定|条例|细则|方案|预案|规则|简章)")


#: An office that names itself (我局, 我厅, 我院, 我公司): the issuer, when its name ends so.
_OWN_OFFICE_RE = re.compile(r"我(局|厅|委|部|院|办|社|站|中心|公司)(?![长里内])")


#: The author of a report that the title hands on: 转发国家地震局关于… -> 国家地震局.
_FORWARDED_RE = re.compile(r"转发([^关于的，,、《》]{2,20}?)(?=关于|《)")


def named_units(point: str, doc: Document) -> str:
    """``point`` with 我省/你省/我市/我县 said as the one province, city or county the title
    and the issuer name (我省扎实做好… -> 河北省扎实做好…; 赴你省巴东县 -> 赴湖北省巴东县),
    我局 as the issuer that is a 局, or the 局 whose report the title hands on (国家地震局),
    and 本办法 as the rules the title names
    (《个人所得税专项附加扣除暂行办法》); what the report does not name once and only once
    stays as written."""
    rules = _OWN_RULES_RE.search(point)
    if rules:
        named = _rules_named(doc.title, rules[1])
        point = point.replace(rules[0], f"《{named}》", 1) if named else point
    if not (_OWN_UNIT_RE.search(point) or _OWN_OFFICE_RE.search(point)):
        return point
    who = issuer(doc)
    places = _places(" ".join([doc.title, *doc.subtitles, who]))

    def unit(m: re.Match[str]) -> str:
        named = {p for p in places if p.endswith(m[1])}
        return named.pop() if len(named) == 1 else m[0]

    # a report handed on (国务院办公厅转发国家地震局关于…的报告) speaks as its author
    authors = [who, *_FORWARDED_RE.findall(doc.title)]

    def office(m: re.Match[str]) -> str:
        named = {a for a in authors if a.endswith(m[1]) and "、" not in a}
        return named.pop() if len(named) == 1 else m[0]

    return _OWN_OFFICE_RE.sub(office, _OWN_UNIT_RE.sub(unit, point))


def _rules_named(title: str, kind: str) -> str:
    """The name of the rules of ``kind`` (办法, 方案 …) that the title hands on or is:
    国务院关于印发个人所得税专项附加扣除暂行办法的通知 -> 个人所得税专项附加扣除暂行办法."""
    handed = re.search(rf"(?:印发|转发|发布|公布)《?([^《》，,]{{2,40}}?{kind})》?", title)
    if handed:
        return handed[1]
    bare = title.strip("《》")
    return bare if bare.endswith(kind) and len(bare) <= 40 else ""


def _places(text: str) -> set[str]:
    """The provinces, cities and counties ``text`` names (jieba's place names, with the 市
    or 县 it may leave apart: 巴彦淖尔 市)."""
    words = tagged_words(text)
    out = set()
    for k, (word, flag) in enumerate(words):
        if not flag.startswith("ns"):
            continue
        following = words[k + 1][0] if k + 1 < len(words) else ""
        if following in ("省", "市", "县") and not word.endswith(("省", "市", "县")):
            word += following
        if word.endswith(("省", "市", "县")) and len(word) >= 3:
            out.add(word)
    return out


#: The board or committee of the company named on the line above it, in a signature.
_BOARD_UNDER_RE = re.compile(
    r"(?<=公司|集团|集團|银行|銀行)\s+(?=(?:董事会|董事會|监事会|監事會|董事局|股东大会|股東大會)(?:\s|$))"
)


#: A decree's signer: the post, a space, the name (市长 方国栋, 省长　林远航).
_POST_THEN_NAME_RE = re.compile(
    r"^((?:市长|市長|省长|省長|县长|縣長|区长|區長|州长|州長|主席|部长|部長|局长|局長|主任|署长|署長))"
    rf"\s+(?=[{HAN}]{{2,4}}$)"
)


def issuer(doc: Document) -> str:
    """Who issued the report: its source field, else its signature, else the agency of its
    dateline (新华社北京1月20日电 gives 新华社). A document signed and dated (落款) was
    issued by its signature, whatever office the web page gives as its 来源, and so is one
    signed without a date by the body its headline names (杭州市气象台发布暴雨蓝色预警信号)."""
    signed = [doc.meta[k].text for k in signers(doc.meta)] or [
        m.text for m in doc.meta if m.kind == "signature" and m.text in doc.title
    ][:1]
    for kind in ("signature", "source") if signed else ("source", "signature"):
        lines = [m.text for m in doc.meta if m.kind == kind]
        line = lines[0] if lines else ""
        if kind == "source" and not is_issuer_line(source_name(line) or ""):
            # a source named by its label (来源：霞溪县水利局) over a desk's name before the
            # page's stamp (水利部门消息 2031年7月12日), where that names no office
            line = next((t for t in lines if _SOURCE_LABEL.match(t)), line)
        if kind == "signature" and signed:
            line = " ".join(signed)
        value = (source_name(line) or "") if kind == "source" else line
        value = re.split(r"\s{2,}", value)[0].strip()
        if kind == "signature":  # two issuers signing on two lines: 党委研究生工作部、研究生院
            # (a company's board on the line under its name is one signer: 青川电子股份有限公司
            # / 董事会)
            value = _BOARD_UNDER_RE.sub("", value)
            # (a post and the name holding it sign as one: 市长 方国栋 is 市长方国栋)
            value = _POST_THEN_NAME_RE.sub(r"\1", value)
            value = re.sub(rf"(?<=[{HAN}])\s+(?=[{HAN}])", "、", value)
        if re.fullmatch(r"[（(][^（()）]*[）)]", value):
            value = value[1:-1].strip()  # a source given in brackets: （青川日报）
        value = re.sub(r"[（(](?:盖章|印章|公章|章|签章)[)）]$", "", value)  # 青川市教育局（盖章）
        if value:
            return value
    dateline = next((m.text for m in doc.meta if m.kind == "dateline"), "")
    m = re.match(  # in brackets too, as Taiwan's papers print it: （中央社記者…台北5日電）
        r"^[〔【\[［（(]?\s*(新华社|中新社|人民网|新华网|中新网|央视网|央广网"
        r"|(?!记者|記者)[^\s\d〔【\[［（(／/]{2,10}?(?:社|报|網|网|台))",
        dateline,
    )
    if m and not m.group(1).startswith("本"):
        return m.group(1)
    # the outlet its reporters write for: 青川日报客户端 | 记者 赵一鸣, 新华社记者 林海
    for line in (m.text for m in doc.meta if m.kind == "author"):
        outlet = _BYLINE_OUTLET_RE.match(line)
        if outlet and _MEDIA_RE.search(outlet.group(1)) and not outlet.group(1).startswith("本"):
            return outlet.group(1)
    # else the paper whose page it is: 自由時報電子報 is 自由時報
    sites = [m.text for m in doc.meta if m.kind == "site"]
    site = sites[0] if sites else ""
    if len(sites) > 1 and _RELEASE_KIND_RE.search(site) and is_issuer_line(sites[1]):
        site = sites[1]  # 香港特別行政區政府 新聞公報 / 水務署: the department under it issues it
    site = re.sub(r"^[\s_|｜丨-]+", "", site)  # as a title bar adds it: _青川新闻网
    if site[:1] in "【[［" and not _MEDIA_RE.search(site):
        return ""  # 【快讯】 over the headline: the column's tag, never who published it
    # (an office over the kind of page it gives, 濱海市政府主計處 新聞稿: the office issues it)
    return _RELEASE_KIND_RE.sub("", _EDITION_RE.sub("", site))


#: The kind of page an office's name is set beside: 新聞稿, 新闻公报, or the kind of report,
#: after a space (东海省气象台　台风消息).
_RELEASE_KIND_RE = re.compile(
    rf"\s*(?:新闻稿|新聞稿|新闻公报|新聞公報)$|{KIND_AFTER_NAME_RE.pattern}"
)


_BYLINE_OUTLET_RE = re.compile(
    # (after the credit's kind: 文/本报记者, 图/新华社记者)
    r"^[（(]?\s*[□■◆●▲]?\s*(?:(?:文|图|圖|文图|文圖|文/图|文/圖|作者|撰文|撰稿)\s*[/／|｜：:]\s*)?"
    r"([^\s|丨｜（(/／：:]{2,12}?)\s*[|丨｜]?\s*(?:特约|见习|實習|实习)?(?:记者|記者)"
)
