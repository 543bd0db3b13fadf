"""Table-driven tests of the written -> spoken normaliser.

Every sentence here is invented, in the style of government and news bulletins. Test ids name
the rule they check (docnum-, phone-, time-, acronym-, word-, url-, email-, range-, unit-,
fullwidth-, negative-, money-, fraction-, decimal-, ordinal-, list-, roman-, date-,
incident-, ellipsis-, dash-, trad-, space-, slash-, symbol-, code- …).
"""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest

from audiobulletin.normalize import (
    Spoken,
    read_cardinal,
    read_digits,
    read_number,
    to_simplified,
    to_spoken,
    unvoiceable,
)
from audiobulletin.zh import split_sentences

CASES = [
    pytest.param(
        "国务院印发国发〔2024〕5号文件。", "国务院印发国发二零二四年五号文件。", id="docnum-gov"
    ),
    pytest.param(
        "根据京评协〔2024〕33号通知要求", "根据京评协二零二四年三十三号通知要求", id="docnum-assoc"
    ),
    pytest.param("转发中发[2007]1号文件", "转发中发二零零七年一号文件", id="docnum-square"),
    pytest.param(
        "依据财农（2006）349号规定",
        "依据财农二零零六年三百四十九号规定",
        id="docnum-fullwidth-bracket",
    ),
    pytest.param(
        "见市政办【2023】12号通知", "见市政办二零二三年十二号通知", id="docnum-lenticular"
    ),
    pytest.param("国函〔2006〕132号批复", "国函二零零六年一百三十二号批复", id="docnum-3-digit"),
    pytest.param(
        "咨询电话0971-8234567。", "咨询电话零九七幺，八二三四五六七。", id="phone-landline"
    ),
    pytest.param(
        "联系电话：（010）62731231",
        "联系电话：零幺零，六二七三幺二三幺",
        id="phone-landline-bracket",
    ),
    pytest.param("值班电话010-62731231", "值班电话零幺零，六二七三幺二三幺", id="phone-beijing"),
    pytest.param(
        "电话010-62731231-8001", "电话零幺零，六二七三幺二三幺转八零零幺", id="phone-extension"
    ),
    pytest.param("服务热线400-810-8888", "服务热线四零零，八幺零，八八八八", id="phone-400"),
    pytest.param(
        "联系人手机13812345678", "联系人手机幺三八，幺二三四，五六七八", id="phone-mobile"
    ),
    pytest.param("手机138 1234 5678", "手机幺三八，幺二三四，五六七八", id="phone-mobile-spaced"),
    pytest.param("传真：62731231", "传真：六二七三幺二三幺", id="phone-keyword-local"),
    pytest.param(
        "服务热线0871-96121。",
        "服务热线零八七幺，九六幺二幺。",
        id="phone-area-code-service-number",
    ),
    pytest.param("请拨打热线12345反映", "请拨打热线幺二三四五反映", id="phone-keyword-service"),
    pytest.param("下午14:30召开会议", "下午两点三十分召开会议", id="time-afternoon"),
    pytest.param("下午13:00-17:30受理", "下午一点到五点三十分受理", id="afternoon-range-12h"),
    pytest.param("晚上21:00前", "晚上九点前", id="evening-12h"),
    pytest.param("14:30开始", "十四点三十分开始", id="bare-24h-clock-stays"),
    pytest.param("召回2031款轿车", "召回二零三一款轿车", id="model-year"),
    pytest.param("共1280款产品", "共一千二百八十款产品", id="count-of-models"),
    pytest.param("明（123）年起實施", "明年起实施", id="roc-year-glossed"),
    pytest.param("市府去（2026）年已完成用地取得", "市府去年已完成用地取得", id="year-glossed"),
    pytest.param(
        "菌落总数为2.3×10⁵CFU/g", "菌落总数为二点三乘十的五次方C F U每克", id="power-superscript"
    ),
    pytest.param("大肠菌群10²MPN/100g", "大肠菌群十的二次方M P N每一百克", id="power-per-sample"),
    pytest.param("限值为1.5×10^-3", "限值为一点五乘十的负三次方", id="power-caret-negative"),
    pytest.param("含量3.2×10-4克", "含量三点二乘十的负四次方克", id="power-typed-flat"),
    pytest.param("2×10=20", "二乘十等于二十", id="power-not-a-product"),
    pytest.param("更换DN200-DN600管道", "更换D N两百到D N六百管道", id="prefixed-size-range"),
    pytest.param("T-205储罐", "T二零五储罐", id="equipment-tag"),
    pytest.param("3-溴-4-甲基苯胺", "三溴四甲基苯胺", id="chemical-locants"),
    pytest.param("上午9:00报到", "上午九点报到", id="time-whole-hour"),
    pytest.param("考试时间09:00-12:00", "考试时间九点到十二点", id="time-range"),
    pytest.param("14:00-17:00进行第二场", "十四点到十七点进行第二场", id="time-range-afternoon"),
    pytest.param("8:05出发", "八点零五分出发", id="time-minutes-zero"),
    pytest.param("凌晨2:00起", "凌晨两点起", id="time-two-oclock"),
    pytest.param("于8月24日17:00前提交", "于八月二十四日十七点前提交", id="time-deadline"),
    pytest.param("记录时间10:20:30", "记录时间十点二十分三十秒", id="time-seconds"),
    pytest.param("晚上２０：００开始", "晚上八点开始", id="time-fullwidth-colon"),
    pytest.param("截至24:00", "截至二十四点", id="time-midnight"),
    pytest.param("晚8时40分发生", "晚八时四十分发生", id="time-chinese-style"),
    pytest.param("05日08时至06日07时", "五日八时至六日七时", id="time-hours-padded"),
    pytest.param("20时40分", "二十时四十分", id="time-hour-minute"),
    pytest.param("一季度GDP增长5.3%", "一季度G D P增长百分之五点三", id="acronym-gdp"),
    pytest.param("加快5G网络建设", "加快五G网络建设", id="acronym-5g"),
    pytest.param("EPP和HDPE材料", "E P P和H D P E材料", id="acronym-epp"),
    pytest.param("发生ML1.8级地震", "发生一点八级地震", id="magnitude-scale-letters-unsaid"),
    pytest.param("最大余震为M3.4级", "最大余震为三点四级", id="magnitude-m"),
    pytest.param("其中M3.0～3.9级2次", "其中三点零到三点九级两次", id="magnitude-range"),
    pytest.param(
        "咨询电话：020-87664321、12121。",
        "咨询电话：零二零，八七六六四三二幺、幺二幺二幺。",
        id="service-number-listed-after-a-phone",
    ),
    pytest.param("免付费咨询专线1955。", "免付费咨询专线幺九五五。", id="hotline-after-zhuanxian"),
    pytest.param("请沿机场高速（S55）绕行", "请沿机场高速（S五五）绕行", id="road-code-bracketed"),
    pytest.param("经G15沈海高速、S217线", "经G一五沈海高速、S二一七线", id="road-code-before-name"),
    pytest.param("三星S23(5G)上市", "三星S二十三(五G)上市", id="model-not-a-road"),
    pytest.param("（GB 2763—2021）", "（G B二七六三杠二零二一）", id="standard-year-after-dash"),
    pytest.param(
        "师生比约为1:10.6。", "师生比约为一比十点六。", id="ratio-with-decimal-not-a-clock"
    ),
    pytest.param(
        "恒远新能(688312)3月28日晚间",
        "恒远新能(六八八三一二)三月二十八日晚间",
        id="stock-code-bracketed",
    ),
    pytest.param("位于恒信大厦11F会议室", "位于恒信大厦十一楼会议室", id="floor-as-on-a-sign"),
    pytest.param("请关注FB官方账号", "请关注F B官方账号", id="acronym-fb"),
    pytest.param("5G+AI融合应用", "五G加A I融合应用", id="acronym-ai"),
    pytest.param("CAC40指数收涨", "C A C四十指数收涨", id="acronym-index"),
    pytest.param("CPI同比上涨0.5%", "C P I同比上涨百分之零点五", id="acronym-cpi"),
    pytest.param("据Wind数据显示", "据Wind数据显示", id="word-wind"),
    pytest.param("照片格式为JPG或JPEG", "照片格式为J P G或J P E G", id="acronym-jpeg"),
    pytest.param("发布HUAWEI MateBook新品", "发布HUAWEI MateBook新品", id="word-brand"),
    pytest.param("速率达2.7Gbps", "速率达二点七吉比特每秒", id="word-lowercase-unit"),
    pytest.param("执行GB/T4754-2017标准", "执行G B T四七五四杠二零一七标准", id="acronym-standard"),
    pytest.param("通过ISO 9001认证", "通过I S O九零零一认证", id="acronym-iso"),
    pytest.param("详见www.cas.org.cn。", "详见W W W点C A S点O R G点C N。", id="url-www"),
    pytest.param(
        "网址http://www.stats.gov.cn/tjsj/",
        "网址W W W点S T A T S点G O V点C N",
        id="url-http",
    ),
    # the site, not the page's path: an announcer's reading (the transcript shows the path)
    pytest.param(
        "登录http://c.exam-sp.com/#/asset/index报名",
        "登录C点exam杠S P点com报名",
        id="url-path",
    ),
    pytest.param(
        "材料发送至ygb@cau.edu.cn。", "材料发送至Y G B艾特C A U点E D U点C N。", id="email-at"
    ),
    pytest.param(
        "联系邮箱office2024@163.com",
        "联系邮箱O F F I C E 二零二四艾特幺六三点com",
        id="email-digits",
    ),
    pytest.param("累计雨量50～100毫米", "累计雨量五十到一百毫米", id="range-tilde-mm"),
    pytest.param("2023-2024年度工作", "二零二三到二零二四年度工作", id="range-years"),
    pytest.param("1994年—2001年期间", "一九九四年到二零零一年期间", id="range-years-emdash"),
    pytest.param("8-11日有强降雨", "八到十一日有强降雨", id="range-days"),
    pytest.param("预计10-11日", "预计十到十一日", id="range-days-2"),
    pytest.param("气温24～27℃", "气温二十四到二十七摄氏度", id="range-degrees"),
    pytest.param("降温2～4℃", "降温两到四摄氏度", id="range-degrees-small"),
    pytest.param("能见度1.8～8公里", "能见度一点八到八公里", id="range-decimal"),
    pytest.param("5―6级地震", "五到六级地震", id="range-bar"),
    pytest.param("高程480—560米", "高程四百八十到五百六十米", id="range-em-metres"),
    pytest.param("高程480-560米", "高程四百八十到五百六十米", id="range-hyphen-metres"),
    pytest.param("2024年至2026年度", "二零二四年至二零二六年度", id="range-zhi"),
    pytest.param("投资3000万元到8000万元", "投资三千万元到八千万元", id="range-dao-money"),
    pytest.param("增幅2%～5%", "增幅百分之二到百分之五", id="range-percent"),
    pytest.param("4月28日-5月6日开展活动", "四月二十八日到五月六日开展活动", id="range-month-day"),
    pytest.param("6月29～30日", "六月二十九到三十日", id="range-month-days"),
    pytest.param("1—11月份利润", "一到十一月份利润", id="range-months"),
    pytest.param("1-11月累计", "一到十一月累计", id="range-months-hyphen"),
    pytest.param("2024-2025学年", "二零二四到二零二五学年", id="range-school-year"),
    pytest.param("水深0.5-2米", "水深零点五到两米", id="range-decimal-metres"),
    pytest.param("风力3~4级", "风力三到四级", id="range-ascii-tilde"),
    pytest.param("气温-5～-1℃", "气温零下五到零下一摄氏度", id="range-negative"),
    pytest.param("2004年4月14日—15日", "二零零四年四月十四日到十五日", id="range-date-span"),
    pytest.param("最低气温-5℃", "最低气温零下五摄氏度", id="unit-celsius"),
    pytest.param("出生率为3‰", "出生率为千分之三", id="unit-permille"),
    pytest.param("面积30㎡", "面积三十平方米", id="unit-square-metre"),
    pytest.param("面积120m²", "面积一百二十平方米", id="unit-square-metre-latin"),
    pytest.param("时速120km/h", "时速一百二十公里", id="unit-kmh"),  # 时速 says per hour
    pytest.param("全长35km", "全长三十五公里", id="unit-km"),
    pytest.param("水位135m", "水位一百三十五米", id="unit-m"),
    pytest.param("水位156m及175m", "水位一百五十六米及一百七十五米", id="unit-m-pair"),
    pytest.param("降雨25mm", "降雨二十五毫米", id="unit-mm"),
    pytest.param("积雪10cm", "积雪十厘米", id="unit-cm"),
    pytest.param("每袋25kg", "每袋二十五千克", id="unit-kg"),
    pytest.param("照片尺寸25mm*35mm", "照片尺寸二十五毫米乘三十五毫米", id="unit-mm-times"),
    pytest.param("像素295*413", "像素两百九十五乘四百一十三", id="unit-pixels-times"),
    pytest.param("面积30×40米", "面积三十乘四十米", id="unit-times-sign"),
    pytest.param("收益率下行6.9bp", "收益率下行六点九个基点", id="unit-bp"),
    pytest.param("报76.09美元/桶", "报七十六点零九美元每桶", id="unit-per-barrel"),
    pytest.param("报2467.4美元/盎司", "报两千四百六十七点四美元每盎司", id="unit-per-ounce"),
    pytest.param("单位：万元/人。", "单位：万元每人。", id="unit-per-person"),
    pytest.param("工本费15元/证。", "工本费十五元每证。", id="unit-per-any-one-thing"),
    pytest.param("北纬22°30′", "北纬二十二度三十分", id="unit-degree-arc"),
    pytest.param("气温20°C", "气温二十摄氏度", id="unit-degree-celsius"),
    pytest.param("节电500kWh", "节电五百千瓦时", id="unit-kwh"),
    pytest.param("用地41.565公顷", "用地四十一点五六五公顷", id="unit-hectare-han"),
    pytest.param("２０２４年工作要点", "二零二四年工作要点", id="fullwidth-year"),
    pytest.param("设籍达６個月以上", "设籍达六个月以上", id="fullwidth-month"),
    pytest.param("增长５％", "增长百分之五", id="fullwidth-percent"),
    pytest.param("较上月-28.2", "较上月下降二十八点二", id="signed-change-to-last-month"),
    pytest.param("PPI为-0.8%", "P P I为负百分之零点八", id="negative-percent"),
    pytest.param("夜间-12℃", "夜间零下十二摄氏度", id="negative-degree"),
    pytest.param("补助￥100元", "补助一百元", id="money-yuan-sign"),
    pytest.param("费用¥100", "费用一百元", id="money-yen-sign"),
    pytest.param("捐款$100", "捐款一百美元", id="money-dollar"),
    pytest.param("投资$1.5亿", "投资一点五亿美元", id="money-dollar-yi"),
    pytest.param(
        "總預算52億4,932萬2千元",
        "总预算五十二亿四千九百三十二万两千元",
        id="money-mixed-traditional",
    ),
    pytest.param("追加8696万8千元", "追加八千六百九十六万八千元", id="money-mixed-simplified"),
    pytest.param("每人3,000元", "每人三千元", id="money-thousands"),
    pytest.param("合计2,000,000元", "合计两百万元", id="money-millions"),
    pytest.param("亏损4.85亿美元", "亏损四点八五亿美元", id="money-yi"),
    pytest.param("资助22万余元", "资助二十二万余元", id="money-wan"),
    pytest.param("每月1000元", "每月一千元", id="money-per-month"),
    pytest.param(
        "标准为1500元/1100元/800元", "标准为一千五百元、一千一百元、八百元", id="money-alternatives"
    ),
    pytest.param("奖励2万元/5万元", "奖励两万元、五万元", id="money-alternatives-wan"),
    pytest.param("占比1/3", "占比三分之一", id="fraction-third"),
    pytest.param("约1/4的农户", "约四分之一的农户", id="fraction-approx"),
    pytest.param("减少½", "减少二分之一", id="fraction-vulgar"),
    pytest.param("发生6.2级地震", "发生六点二级地震", id="decimal-magnitude"),
    pytest.param("增长3.5%", "增长百分之三点五", id="decimal-percent"),
    pytest.param(
        "道指涨1.76%报39446.49点",
        "道指涨百分之一点七六报三万九千四百四十六点四九点",
        id="decimal-index",
    ),
    pytest.param("坐标15172.500", "坐标一万五千一百七十二点五零零", id="decimal-coordinate"),
    pytest.param("共计1,234,567人", "共计一百二十三万四千五百六十七人", id="thousands-people"),
    pytest.param("第1季度", "第一季度", id="ordinal-quarter"),
    pytest.param("第7次会议", "第七次会议", id="ordinal-times"),
    pytest.param("第32条", "第三十二条", id="ordinal-article"),
    pytest.param("第4屆第8次臨時會", "第四届第八次临时会", id="ordinal-session"),
    pytest.param("获得第2名", "获得第二名", id="ordinal-rank"),
    pytest.param("第II类", "第二类", id="ordinal-roman-ascii"),
    pytest.param("1. 报名时间", "一、报名时间", id="list-dot"),
    pytest.param(
        "要求如下：\n1.按时报到\n2.携带证件",
        "要求如下：\n一、按时报到\n二、携带证件",
        id="list-dot-newline",
    ),
    pytest.param("1、加强领导", "一、加强领导", id="list-dunhao"),
    pytest.param("(1)总体要求", "（一）总体要求", id="list-paren"),
    pytest.param("（2）工作目标", "（二）工作目标", id="list-fullwidth-paren"),
    pytest.param("3）其他事项", "三、其他事项", id="list-half-paren"),
    pytest.param("填写申请表。2.提交材料", "填写申请表。二、提交材料", id="list-after-period"),
    pytest.param("①加强领导②落实责任", "一、加强领导二、落实责任", id="list-circled"),
    pytest.param("见图①。", "见图一。", id="list-circled-end"),
    pytest.param("⑴基本情况", "（一）基本情况", id="list-parenthesized"),
    pytest.param("㈠总则", "（一）总则", id="list-ideograph"),
    pytest.param("⒈工作目标", "一、工作目标", id="list-digit-stop"),
    pytest.param("第Ⅱ类", "第二类", id="roman-class"),
    pytest.param("Ⅲ级响应", "三级响应", id="roman-grade"),
    pytest.param("Ⅻ月", "十二月", id="roman-twelve"),
    pytest.param("发布时间：2024-08-22", "发布时间：二零二四年八月二十二日", id="date-iso"),
    pytest.param("2013/7/8发布", "二零一三年七月八日发布", id="date-iso-slash"),
    pytest.param("2013.7.8发布", "二零一三年七月八日发布", id="date-iso-dot"),
    pytest.param("08-09 06:38", "八月九日 六点三十八分", id="date-month-day"),
    pytest.param("2024年12月27日", "二零二四年十二月二十七日", id="date-han"),
    pytest.param("2013年07月08日", "二零一三年七月八日", id="date-padded"),
    pytest.param("110年9月1日起", "一百一十年九月一日起", id="date-roc"),
    pytest.param("民國98年", "民国九十八年", id="date-roc-min-guo"),
    pytest.param("110學年度", "一百一十学年度", id="date-roc-school"),
    pytest.param("“5·13”事故", "“五一三”事故", id="incident-dot"),
    pytest.param("“12·21”瓦斯爆炸", "“一二二一”瓦斯爆炸", id="incident-dot-two"),
    pytest.param("“5.12”地震", "“五一二”地震", id="incident-quoted-ascii"),
    pytest.param("0121地震後", "零一二一地震后", id="incident-leading-zero"),
    pytest.param("0121震災", "零一二一震灾", id="incident-leading-zero-2"),
    pytest.param("他说……", "他说。", id="ellipsis-end"),
    pytest.param("调查……然后处理", "调查，然后处理", id="ellipsis-mid"),
    pytest.param("等等...", "等等。", id="ellipsis-ascii"),
    pytest.param("“我们将……”", "“我们将。”", id="ellipsis-quote"),
    pytest.param("问题很多……。", "问题很多。", id="ellipsis-before-period"),
    pytest.param("结语——", "结语。", id="dash-title"),
    pytest.param("标题——副标题", "标题，副标题", id="dash-mid"),
    pytest.param("幸福工程----贫困母亲", "幸福工程，贫困母亲", id="dash-ascii"),
    pytest.param("“云—端融合系统”", "“云，端融合系统”", id="dash-single"),
    pytest.param("——结语——", "结语。", id="dash-both-sides"),
    pytest.param("臺灣地區發展計畫", "台湾地区发展计划", id="trad-basic"),
    pytest.param("「專案報告」", "「专案报告」", id="trad-quote"),
    pytest.param("議會圓滿閉幕", "议会圆满闭幕", id="trad-council"),
    pytest.param("補助100萬元", "补助一百万元", id="trad-money"),
    pytest.param("第一章\u3000总\u3000\u3000则", "第一章总则", id="space-letter-spaced"),
    pytest.param("组\u3000长：韩\u3000正", "组长：韩正", id="space-name"),
    pytest.param("第一条\u3000本办法", "第一条，本办法", id="space-column"),
    pytest.param("类别\t金额", "类别，金额", id="space-tab"),
    pytest.param(
        "发布时间：2016-04-05\xa0\xa0\xa0信息来源：安保科",
        "发布时间：二零一六年四月五日，信息来源：安保科",
        id="space-nbsp-dateline",
    ),
    pytest.param("土 地 使 用 期 限", "土地使用期限", id="space-title"),
    pytest.param(
        "月薪调至3万元 时薪198元 自明年1月1日起实施",
        "月薪调至三万元，时薪一百九十八元，自明年一月一日起实施",
        id="space-sets-a-headline-s-parts-apart-after-a-unit",
    ),
    pytest.param(
        "二、重点任务 （一）夯实数字基础设施。",
        "二、重点任务，（一）夯实数字基础设施。",
        id="space-before-a-sub-heading-s-number-is-a-pause",
    ),
    pytest.param("HUAWEI MateBook GT 14", "HUAWEI MateBook G T 十四", id="space-latin"),
    pytest.param("斜纹夜蛾/甜菜夜蛾", "斜纹夜蛾、甜菜夜蛾", id="slash-alternatives"),
    pytest.param("主持人/講者", "主持人、讲者", id="slash-speakers"),
    pytest.param("1-11月（%）", "一到十一月（百分比）", id="slash-percent-header"),
    pytest.param("2+4+31", "二加四加三十一", id="symbol-plus"),
    pytest.param(
        "利润总额=营业收入-营业成本", "利润总额等于营业收入减营业成本", id="symbol-equals"
    ),
    pytest.param("营业收入÷平均用工人数", "营业收入除以平均用工人数", id="symbol-divide"),
    pytest.param("R&D投入", "R和D投入", id="symbol-ampersand"),
    pytest.param("3#楼", "三号楼", id="symbol-number-sign"),
    pytest.param("风力≥8级", "风力八级以上", id="symbol-ge"),
    pytest.param("误差±0.5", "误差正负零点五", id="symbol-plusminus"),
    pytest.param("α粒子", "阿尔法粒子", id="symbol-greek"),
    pytest.param("粒径2.5μm", "粒径二点五微米", id="symbol-micrometre"),
    pytest.param("编号007", "编号零零七", id="code-leading-zero"),
    pytest.param("三层B座310室", "三层B座三一零室", id="code-room"),
    pytest.param("西区主楼215办公室", "西区主楼二一五办公室", id="code-office"),
    pytest.param("济宁泰山1532公司", "济宁泰山一五三二公司", id="code-company"),
    pytest.param("附件1.xlsx", "附件一点X L S X", id="code-file"),
    pytest.param("简·迪安·米勒", "简·迪安·米勒", id="middle-dot-name"),
    pytest.param("北京日报客户端 | 记者 陈雪柠", "北京日报客户端，记者，陈雪柠", id="name-bar"),
    pytest.param("栏目丨通知公告", "栏目，通知公告", id="name-bar-han"),
    pytest.param("2023 年9 月 21 日", "二零二三年九月二十一日", id="date-spaced-units"),
    pytest.param("10 日后再议", "十日后再议", id="day-spaced-unit"),
    pytest.param("住在18 号楼", "住在十八号楼", id="number-spaced-unit"),
    pytest.param("晚上20 点开会", "晚上二十点开会", id="hour-spaced-unit"),
    pytest.param("排查 35 座桥梁、8 处隐患", "排查三十五座桥梁、八处隐患", id="count-spaced"),
    pytest.param("间隔不超过 2 小时", "间隔不超过两小时", id="hours-spaced"),
    pytest.param("雨量 50-80 毫米", "雨量五十到八十毫米", id="range-spaced-unit"),
    pytest.param("张贴标语 130 余张", "张贴标语一百三十余张", id="about-count-spaced"),
    pytest.param("发放传单120余份", "发放传单一百二十余份", id="service-like-about-count"),
    pytest.param("第2106号台风", "第二一零六号台风", id="serial-typhoon"),
    pytest.param("高于85基面", "高于八五基面", id="serial-datum"),
    pytest.param("Ⅰ~Ⅲ类水质", "一至三类水质", id="roman-range"),
    pytest.param("1月2日上午", "一月二日上午", id="date-day-two-is-er"),
    pytest.param(
        "结构比为25.72:26.84:47.44",
        "结构比为二十五点七二比二十六点八四比四十七点四四",
        id="ratio-decimal",
    ),
    pytest.param("人民币500元/本", "人民币五百元每本", id="per-classifier"),
    pytest.param("（即1月27日—2月2日）", "（即一月二十七日到二月二日）", id="date-range-day-two"),
    pytest.param("每份元/500克", "每份元每五百克", id="per-quantity"),
    pytest.param("北京时间10:00时", "北京时间十点", id="time-then-shi"),
    pytest.param("人民币1,100,000.00元", "人民币一百一十万元", id="money-zero-cents"),
    pytest.param(
        "账号：0619 2001 0400 17846", "账号：零六一九，二零零一，零四零零，一七八四六", id="account"
    ),
    pytest.param(
        "发至jialin0373@163.com", "发至J I A L I N 零三七三艾特幺六三点com", id="email-local"
    ),
    pytest.param("Ⅱ～Ⅳ级", "二至四级", id="roman-range-fullwidth"),
    pytest.param("II-IV类", "二至四类", id="roman-range-ascii"),
    pytest.param("GDP 4539亿元", "G D P 四千五百三十九亿元", id="acronym-then-amount"),
    pytest.param("下载App即可", "下载A P P即可", id="acronym-mixed-case"),
    pytest.param("iOS系统", "I O S系统", id="acronym-camel-case"),
    pytest.param(
        "登录https://www.qcqx.gov.cn/查询", "登录W W W点Q C Q X点G O V点C N查询", id="url-no-scheme"
    ),
    pytest.param("比例尺1:50000", "比例尺一比五万", id="ratio"),
    pytest.param("比分3:1", "比分三比一", id="score"),
    pytest.param("2018年", "二零一八年", id="year-plain"),
    pytest.param("在2021世界人工智能大会上", "在二零二一世界人工智能大会上", id="year-event-name"),
    pytest.param("发布2024版目录", "发布二零二四版目录", id="year-edition"),
    pytest.param("建党100年", "建党一百年", id="year-century"),
    pytest.param("共2个单位", "共两个单位", id="count-two"),
    pytest.param("2万立方米", "两万立方米", id="count-liang-wan"),
    pytest.param("10005人", "一万零五人", id="cardinal-zero-inside"),
    pytest.param("100000005元", "一亿零五元", id="cardinal-large"),
    pytest.param("100500元", "十万零五百元", id="cardinal-hundred-thousand"),
    pytest.param("夜间-3.5°C", "夜间零下三点五摄氏度", id="temperature-below-zero-latin"),
    # the near end keeps its unit: 零下二到两度 sounds as if both were below zero
    pytest.param("山区-2到2度", "山区零下二度到二度", id="temperature-range-across-zero"),
    pytest.param("气温-3～5℃", "气温零下三摄氏度到五摄氏度", id="temperature-range-across-zero-c"),
    pytest.param("气温-3至-1℃", "气温零下三至零下一摄氏度", id="temperature-range-zhi"),
    pytest.param("气温0-4度", "气温零到四度", id="temperature-range-above-zero"),
    # a price's trailing zero is not said; other decimals keep theirs
    pytest.param("均价13.50元/500克", "均价十三点五元每五百克", id="price-trailing-zero"),
    pytest.param("售价9.90美元", "售价九点九美元", id="price-trailing-zero-dollars"),
    pytest.param("票价3.05元", "票价三点零五元", id="price-zero-tenths-kept"),
    # both ends with their unit: the sign between them is 到, not the far end's minus
    pytest.param("气温25℃-30℃", "气温二十五摄氏度到三十摄氏度", id="temperature-range-units-both"),
    pytest.param("气温-3℃~5℃", "气温零下三摄氏度到五摄氏度", id="degree-units-across-zero"),
    pytest.param("坡度20°-25°", "坡度二十度到二十五度", id="degree-range-units-both"),
    pytest.param("用电-5度电", "用电负五度电", id="kilowatt-hours-are-not-temperatures"),
    pytest.param("变化-3至-1", "变化负三至负一", id="minus-after-zhi-is-a-sign"),
    pytest.param("第1～2周", "第一到二周", id="ordinal-range-end-is-ordinal"),
    pytest.param("永川换届办〔2021〕4)号", "永川换届办二零二一年四号", id="docno-stray-bracket"),
    pytest.param("第3至12名", "第三至十二名", id="ordinal-range-zhi"),
    # ten thousand 万 or more is said in 亿, never 万 inside 万
    pytest.param(
        "地区生产总值244394万元", "地区生产总值二十四亿四千三百九十四万元", id="wan-in-yi"
    ),
    pytest.param("总投资12000万元", "总投资一亿两千万元", id="wan-in-yi-liang"),
    pytest.param("年产10500万吨", "年产一亿零五百万吨", id="wan-in-yi-zero"),
    pytest.param("预算20000万元", "预算两亿元", id="wan-in-yi-round"),
    pytest.param("增加到11000万人", "增加到一亿一千万人", id="wan-in-yi-after-dao"),
    pytest.param("投资10000-20000万元", "投资一亿到两亿元", id="wan-in-yi-range"),
    pytest.param("收入1,234,567万元", "收入一百二十三亿四千五百六十七万元", id="wan-in-yi-commas"),
    pytest.param("增收9999万元", "增收九千九百九十九万元", id="wan-under-yi"),
    # a month and a day slashed, then the clock time (an earthquake report's 04/21 03:12)
    pytest.param("04/21 03:12发生地震", "四月二十一日 三点十二分发生地震", id="slashed-day-clock"),
    pytest.param("比分1/2 3:1", "比分二分之一 三比一", id="fraction-then-score"),
    # a city's hotline named before 市民热线, and Hong Kong's seven-digit line
    pytest.param("请拨打119或1999市民热线", "请拨打幺幺九或幺九九九市民热线", id="citizen-hotline"),
    pytest.param("或致电1878 200查询", "或致电幺八七八，二零零查询", id="seven-digit-line"),
    # a ratio is no clock time, nor a period's rate with its minus a range
    pytest.param("师生比不低于1:25", "师生比不低于一比二十五", id="ratio-not-time"),
    pytest.param("比赛于9:30开始", "比赛于九点三十分开始", id="match-hour"),
    pytest.param("在3月份-2.8%的变动中", "在三月份负百分之二点八的变动中", id="period-rate-minus"),
    pytest.param("3月-5月", "三月到五月", id="month-range"),
    # a bullet after the colon that lists adds no pause of its own
    pytest.param(
        "政府呼吁市民：- 尽早将车辆移往高处", "政府呼吁市民：尽早将车辆移往高处", id="colon-bullet"
    ),
    # per hour said once
    pytest.param("以每小时18-22km/h的速度", "以每小时十八到二十二公里的速度", id="speed-once"),
    pytest.param("风速18km/h", "风速十八公里每小时", id="speed-unit"),
    # a sign a table's note explains, quoted on its own
    pytest.param("“+”表示上涨，“-”表示回落", "“正号”表示上涨，“负号”表示回落", id="quoted-signs"),
    # a list item's number before a date, after a sentence that ends in an ASCII stop
    pytest.param(
        "不组织纸笔考试.2. 1月17日召开", "不组织纸笔考试。二、一月十七日召开", id="item-date-ascii"
    ),
    pytest.param("2. 1月17日召开", "二、一月十七日召开", id="item-space-date"),
    # a clock time, then a count: no thousands set apart by a space
    pytest.param("停电时间8:00 320户", "停电时间八点 三百二十户", id="clock-then-count"),
    pytest.param(
        "根据«道路交通安全法»第三十九条", "根据《道路交通安全法》第三十九条", id="guillemets"
    ),
    pytest.param("2023/24课税年度", "二零二三到二四课税年度", id="year-slash-kind"),
    # an arrow: a route's next stop, or from one figure to the next
    pytest.param(
        "原线路：火车站→解放广场→云台路", "原线路：火车站、解放广场、云台路", id="route-arrows"
    ),
    pytest.param("由60%→70%", "由百分之六十到百分之七十", id="figure-arrow"),
    pytest.param("起步价由8元→10元", "起步价由八元到十元", id="money-arrow"),
    pytest.param("票价由2元→3元", "票价由两元到三元", id="money-arrow-two"),
    pytest.param("车次由4趟→6趟", "车次由四趟到六趟", id="count-arrow"),
    # what a figure equals is no service's phone number (N=120 is no ambulance's)
    # a clock after a label's number and its full-width colon (考场2：14:30)
    pytest.param("考场2：14:30开始", "考场二：十四点三十分开始", id="clock-after-numbered-label"),
    pytest.param(
        "CET6：15:00-17:25", "C E T六：十五点到十七点二十五分", id="clock-after-code-label"
    ),
    # a formula's letters over a figure (the interest of days of a year)
    pytest.param("IA=B×i×t/365", "I A等于B乘i乘t除以三百六十五", id="formula-over-figure"),
    # a batch's codes with their letters, one to the other
    pytest.param(
        "批号20310105A至20320628C",
        "批号二零三一零一零五A至二零三二零六二八C",
        id="batch-codes-with-letters",
    ),
    # an earthquake's centre with the letters first
    pytest.param(
        "震中(N31.5°,E103.4°)",
        "震中(北纬三十一点五度，东经一百零三点四度)",
        id="letter-first-coordinates",
    ),
    pytest.param(
        "分子量58 kDa，间距2.8 Å", "分子量五十八千道尔顿，间距二点八埃", id="kda-angstrom"
    ),
    pytest.param(
        "限值0.1 pg/mL，带宽1.6Tb/s", "限值零点一皮克每毫升，带宽一点六太比特每秒", id="pg-terabit"
    ),
    # days written month.day into the next month or over the year's end, where the clause
    # says it gives when
    pytest.param(
        "展期：1.29-2.28", "展期：一月二十九日到二月二十八日", id="dotted-days-next-month"
    ),
    pytest.param("时间：12.20-1.5", "时间：十二月二十日到一月五日", id="dotted-days-new-year"),
    pytest.param("增速1.29-2.28", "增速一点二九到二点二八", id="dotted-figures-stay"),
    # a wide gap after a number parts it from the next field, whatever word opens that
    pytest.param(
        "气象咨询电话：12121    天气预报查询",
        "气象咨询电话：幺二幺二幺，天气预报查询",
        id="gap-after-number",
    ),
    # a model's parameters in billions with a B: ten 亿 a billion
    pytest.param("7B参数的模型", "七十亿参数的模型", id="billions-of-parameters"),
    pytest.param("参数量达1.5B，", "参数量达十五亿，", id="billions-after-parameters"),
    # a list numbered with small roman numerals in brackets
    pytest.param(
        "主要由於：(i)運費下跌；(ii)燃油成本上升；及(iii)折舊增加。",
        "主要由于：（一）运费下跌；（二）燃油成本上升；及（三）折旧增加。",
        id="roman-items",
    ),
    pytest.param("电压(v)为", "电压(v)为", id="lone-v-stays"),
    # an index or a price with the sign of its move
    pytest.param(
        "芯片指数+4.52%，道指-0.32%",
        "芯片指数上升百分之四点五二，道指下降百分之零点三二",
        id="index-sign",
    ),
    # a name in quotes with its number after a hyphen
    pytest.param("“青川-3”芯片", "“青川三”芯片", id="quoted-name-number"),
    pytest.param("纳入患者N=120", "纳入患者N等于一百二十", id="equals-no-service-number"),
    pytest.param("其中P<110", "其中P小于一百一十", id="less-than-no-service-number"),
    # an influenza subtype's numbers are numbers
    pytest.param("检出H10N3和H5N6病毒", "检出H十N三和H五N六病毒", id="flu-subtype"),
    # Hong Kong's and Taiwan's four-digit stock codes, before the price or in a list
    pytest.param(
        "华辉科技（3186）收报12.4元，联泰电子（2417）、海东银行（5312）",
        "华辉科技（三一八六）收报十二点四元，联泰电子（二四一七）、海东银行（五三一二）",
        id="four-digit-stock-codes",
    ),
    pytest.param("合计（3186）元", "合计（三千一百八十六）元", id="bracketed-amount-stays"),
    # a number abroad with its area code and the local number in one group
    pytest.param(
        "电话：+86-0731-58290016",
        "电话：加八六，零七三幺，五八二九零零幺六",
        id="intl-phone-one-group",
    ),
    # a title between doubled angle brackets typed on a Western keyboard
    pytest.param(
        "依据<<招标投标投诉处理办法>>处理", "依据《招标投标投诉处理办法》处理", id="doubled-angles"
    ),
    # a field's colon before an amount in a currency is no ratio
    pytest.param("包1:¥2,180,000.00元", "包一：两百一十八万元", id="colon-before-money"),
    # the arrows and triangles a price table's note explains, quoted on their own
    pytest.param(
        "“↑”表示上涨，“▼”表示下降，“--”表示未采集",
        "“向上箭头”表示上涨，“倒三角”表示下降，“横线”表示未采集",
        id="quoted-arrows",
    ),
    # days of a week across the new year, and a day after 至
    pytest.param("上週(12/29-1/4)", "上周(十二月二十九日到一月四日)", id="day-range-new-year"),
    pytest.param("放寬至2/28", "放宽至二月二十八日", id="day-after-until"),
    pytest.param("降至1/20", "降至二十分之一", id="share-after-fall-to"),
    # a fiscal year with the next one's last digits, and no word after
    pytest.param(
        "2025/26至2027/28年度", "二零二五到二六至二零二七到二八年度", id="fiscal-year-pair"
    ),
    pytest.param("2022/25", "二十五分之二千零二十二", id="not-next-year"),
    # a code's hyphens said alike, the one after its letters too
    pytest.param("JY-2019-0831", "J Y杠二零一九杠零八三一", id="code-letters-hyphen"),
    pytest.param("型号MS-1517A", "型号M S一五一七A", id="model-letters-hyphen"),
    # a change against a period with its sign and no verb
    pytest.param(
        "环比+0.8%，同比-1.2%", "环比上升百分之零点八，同比下降百分之一点二", id="signed-change"
    ),
    pytest.param("较上周-0.35元", "较上周下降零点三五元", id="signed-change-amount"),
    pytest.param("同比增长-2.8%", "同比增长负百分之二点八", id="growth-below-zero"),
    # kilograms in capitals, a unit after 每, normal cubic metres
    pytest.param("每Kg 36元", "每千克 三十六元", id="per-kg-before-figure"),
    pytest.param("2.71元/Nm³", "二点七一元每标准立方米", id="normal-cubic-metre"),
    # the hemisphere said once
    pytest.param("北纬23.81°N", "北纬二十三点八一度", id="latitude-said-once"),
    pytest.param("位于26.1°N", "位于北纬二十六点一度", id="latitude-from-letter"),
    # a currency's code before the amount, never a code of letters and digits
    pytest.param("MOP5,000萬元", "五千万澳门元", id="pataca-code"),
    pytest.param("注册费USD 1000", "注册费一千美元", id="dollar-code-four-digits"),
    # the other short number offered with a hotline is read as it is
    pytest.param("撥打166或167查詢", "拨打幺六六或幺六七查询", id="hotline-pair"),
    pytest.param("拨打12345或200个", "拨打幺二三四五或两百个", id="hotline-then-count"),
    # an extension named alone, and the next one listed with it
    pytest.param("分機3201、3205", "分机三二零幺、三二零五", id="lone-extensions"),
    # the last of a run of extensions is read as the first was, never as an amount
    pytest.param("分机8001~8005", "分机八零零幺到八零零五", id="extension-range"),
    pytest.param("分机号8001-8003", "分机号八零零幺到八零零三", id="extension-number-range"),
    pytest.param(
        "电话0571-88886666转8001至8003",
        "电话零五七幺，八八八八六六六六转八零零幺至八零零三",
        id="phone-extension-range",
    ),
    # the other extension, each with its desk in brackets; a text message's number
    pytest.param(
        "分機210（註冊組）、212（試務組）",
        "分机二幺零（注册组）、二幺二（试务组）",
        id="extensions-with-desks",
    ),
    # a colon between figures with their units is a ratio's
    pytest.param(
        "股权按15%:25%:60%分配",
        "股权按百分之十五比百分之二十五比百分之六十分配",
        id="ratio-percentages",
    ),
    pytest.param("料液比2kg:5kg", "料液比两千克比五千克", id="ratio-measures"),
    # the short number listed after a phone's hours in brackets is a phone's too
    pytest.param(
        "值班电话0571-86001234（24小时）、96345",
        "值班电话零五七幺，八六零零幺二三四（二十四小时）、九六三四五",
        id="hotline-after-hours",
    ),
    pytest.param(
        "热线96345（9:00-17:30）、96346",
        "热线九六三四五（九点到十七点三十分）、九六三四六",
        id="hotline-after-office-hours",
    ),
    pytest.param("编辑短信发送至10657305", "编辑短信发送至幺零六五七三零五", id="sms-number"),
    # a price per work-hour or per machine shift
    pytest.param("维修费80元/工时", "维修费八十元每工时", id="per-work-hour"),
    pytest.param("人工费350元/工日的标准", "人工费三百五十元每工日的标准", id="per-work-day"),
    # Taiwan's forms of ≤ and ≥, a single-letter unit one space off before its /unit
    pytest.param("含量≦1.0 g/kg", "含量小于等于一点零克每千克", id="leqq-spaced-unit"),
    pytest.param("重1.0 g。", "重一点零 g。", id="spaced-single-letter-stays"),
    # a range of temperatures whose upper end carries its plus
    pytest.param(
        "工作温度-30℃~+70℃", "工作温度零下三十摄氏度到正七十摄氏度", id="plus-degree-range"
    ),
    # a tender's star quoted alone is named
    pytest.param('标注"★"的条款', '标注"星号"的条款', id="quoted-star"),
    # a device's serial number after SN
    pytest.param("SN：VMR30-24-01187", "S N：V M R三零杠二四杠零一一八七", id="serial-number"),
    # a code's part after its letters and a hyphen is no day
    pytest.param("色号YN-7/1", "色号Y N 七斜杠一", id="code-slash-no-day"),
    pytest.param("色号7/1", "色号七月一日", id="bare-slash-day-stays"),
    # a list's number whose stop runs into a clock's time
    pytest.param("1.06:00-09:30禁止通行", "一、六点到九点三十分禁止通行", id="item-before-clock"),
    pytest.param("比分1.06:00", "比分一点零六比零零", id="decimal-then-ratio-stays"),
    # a date written day first with its year last
    pytest.param("有效期至15/01/2032", "有效期至二零三二年一月十五日", id="day-first-date"),
    pytest.param("生产日期01/15/2032", "生产日期二零三二年一月十五日", id="month-first-date"),
    # an earthquake's intensity in Roman numerals
    pytest.param("震中烈度VI度", "震中烈度六度", id="roman-intensity"),
    # an index's base period
    pytest.param("以2015年=100计算", "以二零一五年为一百计算", id="base-period"),
    pytest.param("指数(2020年=100)", "指数(以二零二零年为一百)", id="base-period-bracketed"),
    # a year that ends a title
    pytest.param("观看《血的教训2030》", "观看《血的教训二零三零》", id="year-ends-title"),
    # a model's number after its letters and a hyphen, a letter after it
    pytest.param("YQ-200B型检测仪", "Y Q二零零B型检测仪", id="model-round-hundred"),
    # a pack's contents, a count times another set apart by a letter x
    pytest.param("每盒6小包 x 5克", "每盒六小包乘五克", id="pack-times-letter"),
    # a local standard's code with its province and city before the slash
    pytest.param(
        "执行DB3301/T 1125—2031标准", "执行D B三三零一 T一一二五杠二零三一标准", id="city-standard"
    ),
    # a year after a sentence's ASCII stop
    pytest.param("证书. 2031届毕业生", "证书。二零三一届毕业生", id="year-after-ascii-stop"),
    # …and a clock after one
    pytest.param(
        "会期半天.8:00-8:25签到.", "会期半天。八点到八点二十五分签到。", id="clock-after-ascii-stop"
    ),
    # a list's first item after its section's heading and an ASCII colon
    pytest.param(
        "五、培训要求:1.学员须遵守纪律.2.统一着装.",
        "五、培训要求：第一，学员须遵守纪律。第二，统一着装。",
        id="item-after-ascii-colon",
    ),
    # a code set apart from the word that names it by a space
    pytest.param("站(编号 60812345)", "站(编号六零八一二三四五)", id="code-after-key-space"),
    pytest.param("可洽分機 62580", "可洽分机六二五八零", id="extension-after-key-space"),
    # a figure written two ways, the second in brackets: said once
    pytest.param("最大烈度为Ⅶ度（7度）", "最大烈度为七度", id="said-again-in-brackets"),
    # a plate whose middle dot marks it, whatever place its first character names
    pytest.param("车牌临A·73591", "车牌临A七三五九一", id="plate-any-place-dotted"),
    pytest.param("东AD·83015", "东A D八三零一五", id="plate-two-letters-dotted"),
    # a list's number before a bus route
    pytest.param("2.302路高峰加密", "二、三零二路高峰加密", id="item-before-route"),
    # a percentage before a name that opens with a numeral: a pause keeps them apart
    pytest.param("10%四氯虫酰胺", "百分之十，四氯虫酰胺", id="percent-before-numeral"),
    # the days a week covers, written with dots in brackets after it
    pytest.param("本周（6.3-6.9）", "本周（六月三日到六月九日）", id="week-days-dotted"),
    # a contact's key in English before its number
    pytest.param("Tel：0571-86901234", "电话：零五七幺，八六九零幺二三四", id="tel-key-said"),
    # a road's lanes counted
    pytest.param("封閉外側2車道", "封闭外侧两车道", id="lanes-counted"),
    # emergency numbers a dispatch is linked with
    pytest.param("实现与110、119联动", "实现与幺幺零、幺幺九联动", id="linked-emergency-numbers"),
    pytest.param("120家单位联动", "一百二十家单位联动", id="linked-count-stays"),
    # a sum worked out with its terms in brackets and a slash
    pytest.param(
        "超标率=(16.8-11.5)/11.5=46%",
        "超标率等于(十六点八减十一点五)除以十一点五等于百分之四十六",
        id="worked-sum-bracketed",
    ),
    # a cell's capacity after its chemistry's letters
    pytest.param("LFP-280Ah电芯", "L F P 两百八十安时电芯", id="cell-capacity-after-letters"),
    # a plaza's floor
    pytest.param("地址：嘉德广场21F", "地址：嘉德广场二十一楼", id="plaza-floor"),
    # a lab's letters written small are spelled as the capitals are
    pytest.param("菌落总数1.2×10⁴cfu/g", "菌落总数一点二乘十的四次方C F U每克", id="cfu-lowercase"),
    # 乙 as formal writing's one before a measure word; the second of 甲乙 stays
    pytest.param("檢附申請書乙份", "检附申请书一份", id="yi-as-one"),
    pytest.param("核發證明乙張", "核发证明一张", id="yi-as-one-sheet"),
    pytest.param("乙方持一份", "乙方持一份", id="yi-party-stays"),
    pytest.param("甲、乙份数各半", "甲、乙份数各半", id="yi-after-jia-stays"),
    # a plus after a percent adds, as in a formula
    pytest.param("0.8%+20", "百分之零点八加二十", id="percent-plus"),
    # a Taiwan highway and a province's road of one digit are names: 二, never 两
    pytest.param("台2線", "台二线", id="taiwan-highway"),
    pytest.param("舞台2线", "舞台两线", id="stage-not-highway"),
    # the year an event's name opens with, a match or a cup too; a count before it stays one
    pytest.param("2025香港國際七人欖球賽", "二零二五香港国际七人榄球赛", id="year-of-match"),
    pytest.param(
        "全市2025所学校参加比赛", "全市两千零二十五所学校参加比赛", id="count-before-match"
    ),
    # a grade in its letters; a range whose ends carry a Latin unit
    pytest.param("AAAA级景区", "四A级景区", id="grade-letters"),
    pytest.param("100mg/L-200mg/L", "一百毫克每升到两百毫克每升", id="unit-range-hyphen"),
    # a sign named with 号 said once; a number sign before 号
    pytest.param("带*号指标", "带星号指标", id="star-hao"),
    pytest.param("表中“#”号表示其中", "表中“井号”表示其中", id="quoted-hash-hao"),
    pytest.param("1#号机组", "一号机组", id="number-sign-hao"),
    # a customs code with its subheading, a range of posts' codes
    pytest.param("HS8703.80", "H S八七零三点八零", id="hs-code"),
    pytest.param(
        "岗位代码25010101—25010236", "岗位代码二五零一零一零一到二五零一零二三六", id="id-range"
    ),
    pytest.param("投资1000000-2000000元", "投资一百万到两百万元", id="amount-range-not-ids"),
    # a post's part numbered with a zero in its brackets
    pytest.param(
        "【01 双河镇：产业兴旺】", "【一、双河镇：产业兴旺】", id="bracketed-padded-section"
    ),
    # an account named after @ in a sentence; a count of accounts is an amount
    pytest.param("并@两位好友", "并艾特两位好友", id="mention"),
    pytest.param("违规账号152个", "违规账号一百五十二个", id="count-of-accounts"),
    # weeks counted, a weekday named
    pytest.param("2星期", "两星期", id="two-weeks"),
    pytest.param("星期2", "星期二", id="weekday-two"),
    # a count per thousand people, as said
    pytest.param("床位4.2张/千人", "床位每千人四点二张", id="per-thousand-people"),
    # the year an event's name opens with before a dot and its place
    pytest.param("“2025·昆明”国际论坛", "“二零二五·昆明”国际论坛", id="year-dot-place"),
    # a list's number before a figure, after the colon that lists, or before a line's voltage
    pytest.param(
        "地址：1. 12-3-501室；2. 7#楼",
        "地址：一、十二杠三杠五零一室；二、七号楼",
        id="items-inline",
    ),
    pytest.param(
        "线路：1.10kV城东线；2.35kV桃源线",
        "线路：一、十千伏城东线；二、三十五千伏桃源线",
        id="item-voltage",
    ),
    pytest.param("电压1.10kV", "电压一点一零千伏", id="voltage-not-item"),
    # a sign after a verb that already says which way, with 了, or after 提升
    pytest.param("上升了+24.8%", "上升了百分之二十四点八", id="rose-signed"),
    pytest.param("提升+2.4个百分点", "提升二点四个百分点", id="raised-signed"),
    # a ratio named after it, a question of a list of questions, a service number's key
    pytest.param("按1∶15的师生比配备", "按一比十五的师生比配备", id="ratio-named-after"),
    pytest.param("Q1：空调温度设多少度合适？", "问题一：空调温度设多少度合适？", id="faq-question"),
    pytest.param("拨打95599-8", "拨打九五五九九转八", id="service-key"),
    # a batch's code, a count per litre, Taiwan dollars named once, a year's quarter
    pytest.param("LOT 24A0915", "L O T 二四A零九一五", id="batch-code"),
    pytest.param("20-350个/L", "二十到三百五十个每升", id="count-per-litre"),
    pytest.param("新台币NT$1.2亿元", "新台币一点二亿元", id="taiwan-dollar-once"),
    pytest.param("2023Q2", "二零二三年第二季度", id="year-quarter"),
    # a keycap's digit is its item's number, never a digit of the figure before it
    pytest.param("占比15.1%4️⃣ 第四名", "占比百分之十五点一，四、第四名", id="keycap-after-figure"),
    # a range of amounts in 万 with the unit at both ends keeps its 到
    pytest.param(
        "净利润42,000万元–46,000万元",
        "净利润四亿两千万元到四亿六千万元",
        id="range-myriads-both-units",
    ),
    pytest.param(
        "融资3,000万元-12,000万元",
        "融资三千万元到一亿两千万元",
        id="range-myriads-small-near-end",
    ),
    # a site's bare address right after a Han word, its name in digits
    pytest.param("登录12306.cn购票", "登录一二三零六点C N购票", id="bare-host-after-han"),
    pytest.param("访问12345.gov.cn", "访问一二三四五点G O V点C N", id="bare-gov-host-after-han"),
    # each ordinal of a list after its 第 is an ordinal: 第一、二节, never 第一、两节
    pytest.param("周三第1、2节", "周三第一、二节", id="ordinal-list-two"),
    pytest.param("第1、3、2名", "第一、三、二名", id="ordinal-list-each"),
    pytest.param("第1和2项", "第一和二项", id="ordinal-list-he"),
    # a credit rating's letters are spelled; a scenic area's grade counts its letters
    pytest.param("主体信用评级为AA级", "主体信用评级为A A级", id="credit-rating-aa"),
    pytest.param("获评AA级景区", "获评二A级景区", id="scenic-grade-aa"),
    # a grouped amount of ten digits or more, its cents' padding not said
    pytest.param(
        "金额16,143,985,611.00元",
        "金额一百六十一亿四千三百九十八万五千六百一十一元",
        id="grouped-zero-cents",
    ),
    pytest.param(
        "回购3,512,345,678.90元",
        "回购三十五亿一千二百三十四万五千六百七十八点九元",
        id="grouped-padded-cent",
    ),
    pytest.param("投资约5000-10000万元", "投资约五千万到一亿元", id="range-myriads-bare-near-end"),
    pytest.param("约5,000-12,000万元", "约五千万到一亿两千万元", id="range-myriads-bare-commas"),
    pytest.param("储量600万吨-15000万吨", "储量六百万吨到一亿五千万吨", id="range-myriads-tonnes"),
    # digits counted out are an identifier's
    pytest.param("证件号前6位为510219", "证件号前六位为五一零二一九", id="code-first-digits"),
    pytest.param("尾号后4位如“7X05”", "尾号后四位如“七X零五”", id="code-last-digits-letter"),
    # a range of padded codes: the far end is a code too
    pytest.param("展位C001—C300", "展位C零零一到C三零零", id="range-padded-codes"),
    # an annex's Roman numeral, at each end of a range
    pytest.param("详见附表I至附表III", "详见附表一至附表三", id="roman-annex"),
    # a year's half; a change labelled in English with its sign
    pytest.param("2024H1营收", "二零二四年上半年营收", id="date-year-half"),
    pytest.param("营收QoQ-3.1%", "营收环比下降百分之三点一", id="symbol-change-label-fall"),
    pytest.param("YoY+15.2%", "同比增长百分之十五点二", id="symbol-change-label-rise"),
    # a month and a day in brackets glossing a lunar day or a festival, as Taiwan writes them
    pytest.param(
        "除夕(1/28)至初二(1/30)休市",
        "除夕(一月二十八日)至初二(一月三十日)休市",
        id="date-glossed-slash",
    ),
    # a hotline grouped as Hong Kong and Macau group it
    pytest.param("熱線：28 700 800", "热线：二八，七零零，八零零", id="phone-grouped-2-3-3"),
    pytest.param("計劃查詢熱線：18 5000", "计划查询热线：幺八，五零零零", id="phone-grouped-2-4"),
    # a number to call after 电话 and its extension; a day glossed after 今天
    pytest.param(
        "洽詢電話:1999轉8888", "洽询电话：幺九九九转八八八八", id="phone-four-digits-extension"
    ),
    pytest.param("今天(1/8)表示", "今天(一月八日)表示", id="date-glossed-today"),
    # a circled item number before a quoted figure; a note's circled mark after a figure
    pytest.param("①“985”高校", "一、“九八五”高校", id="list-circled-before-quote"),
    # a floor before its room, and one below ground
    pytest.param("请到2F会议室", "请到二楼会议室", id="ordinal-floor-f"),
    pytest.param("停车场位于B1层", "停车场位于负一层", id="ordinal-basement"),
    pytest.param("搬迁至1号楼2层", "搬迁至一号楼二层", id="ordinal-floor-two"),
    # a price's change in brackets after it
    pytest.param(
        "鸡蛋3.85元/斤(+0.10)", "鸡蛋三点八五元每斤(上涨零点一零)", id="signed-price-change"
    ),
    # a measure's value after its label and colon; PM2.5's label before its colon; a formula
    # glossing its name; an A-weighted sound level; an anti-fraud line
    pytest.param("AQI：120", "A Q I：一百二十", id="count-measure-after-label"),
    pytest.param(
        "满分：120，计划数：110", "满分：一百二十，计划数：一百一十", id="count-table-cell"
    ),
    pytest.param("PM2.5: 58 μg/m3", "P M二点五：五十八微克每立方米", id="unit-pm-label-colon"),
    pytest.param("二氧化氮（NO2）", "二氧化氮（N O二）", id="unit-formula-glossing-name"),
    pytest.param("噪声值为55dB(A)", "噪声值为五十五分贝", id="unit-a-weighted"),
    pytest.param("96110预警系统", "九六幺幺零预警系统", id="phone-warning-line"),
    # a campaign's year; a video's resolution and codec; two memories added
    pytest.param("雷霆-2024专项行动", "雷霆二零二四专项行动", id="year-of-campaign"),
    pytest.param("支持1080P和H.265", "支持一零八零P和H二六五", id="code-resolution-codec"),
    pytest.param("12GB+256GB", "十二G B加两百五十六G B", id="unit-memories-added"),
    pytest.param("带宽达到400GB/s", "带宽达到四百G B每秒", id="unit-bytes-per-second"),
    # a room's building and number; an ID's digits hidden by crosses
    pytest.param(
        "3-201教室、B2-07至B2-10诊室",
        "三杠二零一教室、B二杠零七至B二杠十诊室",
        id="code-room-hyphen",
    ),
    pytest.param(
        "身份证号522401197602××××××", "身份证号五二二四零一一九七六零二", id="masked-id-crosses"
    ),
    # (a short head before its tail, the middle masked by letters X)
    pytest.param(
        "身份证号码为3201XXXXXXXX1234的当事人",
        "身份证号码为三二零一，一二三四的当事人",
        id="masked-id-short-head",
    ),
    # a match's sets, each a score
    pytest.param("以6-4、7-5击败对手", "以六比四、七比五击败对手", id="score-sets"),
    # (a set's score a clock could be, in a list of them, is a score too)
    pytest.param(
        "以25:23、21:25、25:19拿下比赛",
        "以二十五比二十三、二十一比二十五、二十五比十九拿下比赛",
        id="score-sets-colon",
    ),
    pytest.param("局分3-2", "局分三比二", id="score-set-tally"),
    # (…or before the side it is won by, before a lead, a run of points)
    pytest.param("北港海港2-0客胜南屏泰山", "北港海港二比零客胜南屏泰山", id="score-away-win"),
    pytest.param("第四节以93-92反超", "第四节以九十三比九十二反超", id="score-overtake"),
    pytest.param("篮板球以45-38占优", "篮板球以四十五比三十八占优", id="score-ahead-on"),
    pytest.param("打出一波8-0的攻势", "打出一波八比零的攻势", id="score-run"),
    pytest.param("以3-1胜日本队", "以三比一胜日本队", id="score-beat"),
    # (never a span before a word that starts with 胜 or 负)
    pytest.param("每周3-5天负重训练", "每周三到五天负重训练", id="span-before-fu"),
    pytest.param("两队1-1握手言和", "两队一比一握手言和", id="score-two-teams"),
    # (never a team's clock, nor the ages it takes)
    pytest.param("医疗队12:30出发", "医疗队十二点三十分出发", id="team-clock"),
    pytest.param("突击队招募18-35岁队员", "突击队招募十八到三十五岁队员", id="team-ages"),
    # a score between the two teams it is for (3日 is no day there)
    pytest.param("中国队4-3日本队", "中国队四比三日本队", id="score-between-teams"),
    pytest.param("中国女排3:0巴西女排", "中国女排三比零巴西女排", id="score-between-teams-colon"),
    # (nor a team's clock before the team it meets, nor ages before the team's members)
    pytest.param("医疗队12:30与救援队会合", "医疗队十二点三十分与救援队会合", id="team-clock-team"),
    pytest.param("医疗队18-35岁队员", "医疗队十八到三十五岁队员", id="team-ages-members"),
    pytest.param(
        "以6-4、3-6、7-6(5)击败对手", "以六比四、三比六、七比六（五）击败对手", id="score-tiebreak"
    ),
    pytest.param("以6-3扳平", "以六比三扳平", id="score-level"),
    # the games' scores in brackets after the match's: scores, never clock times or a range
    pytest.param(
        "以3-1（25:21、23:25、25:18）取胜",
        "以三比一（二十五比二十一、二十三比二十五、二十五比十八）取胜",
        id="score-games-in-brackets",
    ),
    pytest.param(
        "以3:2（9:11、8:11、12:10）",
        "以三比二（九比十一、八比十一、十二比十）",
        id="score-games-after-colon-score",
    ),
    pytest.param(
        "9:00（8:30、9:30）", "九点（八点三十分、九点三十分）", id="clock-with-alternatives"
    ),
    # a race's time before its record or its win, or after its class
    pytest.param(
        "保持的2:09:47的赛会纪录", "保持的两小时零九分四十七秒的赛会纪录", id="duration-record"
    ),
    pytest.param("选手2:08:15夺冠", "选手两小时零八分十五秒夺冠", id="duration-win"),
    pytest.param("（男子1:02:35）", "（男子一小时零二分三十五秒）", id="duration-class"),
    # a time taken under a minute says no minutes; two minutes are 两分
    pytest.param("单圈成绩0:51.307", "单圈成绩五十一秒三零七", id="race-time-under-a-minute"),
    pytest.param("决赛2:08.64夺冠", "决赛两分零八秒六四夺冠", id="race-time-two-minutes"),
    pytest.param("用时3:00:00", "用时三小时", id="duration-whole-hours"),
    pytest.param("比赛于8:30:00开始", "比赛于八点三十分开始", id="clock-to-the-second"),
    pytest.param("总成绩11h32'17\"", "总成绩十一小时三十二分十七秒", id="duration-h-arcs"),
    # a height's centimetres digit by digit; wins, losses and goals counted
    pytest.param("身高1米78", "身高一米七八", id="height-metre-centimetres"),
    pytest.param("身高2米26", "身高两米二六", id="height-two-metres"),
    pytest.param("2胜8负，打进2球", "两胜八负，打进两球", id="count-wins-goals"),
    # an index's base is no formula: the rate after it keeps its sign
    pytest.param(
        "价格指数（上年同月=100）显示，同比增长-4.7%。",
        "价格指数（上年同月等于一百）显示，同比增长负百分之四点七。",
        id="index-base-no-formula",
    ),
    pytest.param(
        "利润=收入-成本。增长-4.7%",
        "利润等于收入减成本。增长负百分之四点七",
        id="formula-one-sentence",
    ),
    # a note's number before a span of years; a table of months; a mine's working face
    pytest.param(
        "说明：1.2019—2022年数据为快报数。",
        "说明：一、二零一九到二零二二年数据为快报数。",
        id="item-before-year-span",
    ),
    pytest.param("表 1-9月份主要指标", "表一到九月份主要指标", id="table-of-months"),
    pytest.param("11206工作面", "一一二零六工作面", id="code-working-face"),
    pytest.param("时速约112km/h", "时速约一百一十二公里", id="speed-said-once-about"),
    # percentage points written pp
    pytest.param("下降1.5pp", "下降一点五个百分点", id="unit-percentage-points"),
    pytest.param(
        "回落0.1个百分点（pp）", "回落零点一个百分点", id="unit-percentage-points-glossed"
    ),
    # a disease's rate per so many people in its column's head
    pytest.param("发病率（/10万）", "发病率（每十万）", id="unit-per-population-head"),
    # a scenic area's grade in letters
    pytest.param("AAAAA景区", "五A级景区", id="grade-scenic-area"),
    # a whole kilometre's stake
    pytest.param("K42+000至K45+500", "K四十二至K四十五加五百", id="chainage-whole-kilometre"),
    # stages counted
    pytest.param("分2阶段实施", "分两阶段实施", id="count-stages"),
    # a train's numbers each way
    pytest.param("G4821/4822次、T3/4次", "G四八二一、四八二二次、T三、四次", id="code-train-pair"),
    pytest.param("加开D3056/7次", "加开D三零五六、三零五七次", id="code-train-pair-shortened"),
    pytest.param("7631/2次", "七六三一、七六三二次", id="code-train-pair-digits-only"),
    # the places a flight or a train runs between, after its number; a chain of stops
    pytest.param("CA1234 北京首都—青川", "C A一二三四，北京首都至青川", id="route-after-flight"),
    pytest.param("K1234 北京—上海—广州", "K一二三四，北京，上海，广州", id="stops-after-train"),
    pytest.param(
        "经G207国道—X012县道—蒲南大道绕行",
        "经G二零七国道，X零一二县道，蒲南大道绕行",
        id="chain-of-roads",
    ),
    pytest.param("1461次列车", "一四六一次列车", id="code-train-digits-only"),
    pytest.param("出动1461次", "出动一千四百六十一次", id="count-times-not-train"),
    pytest.param("MU5101/2航班", "M U五一零一、五一零二航班", id="code-flight-pair"),
    # a discount of two digits, as a shop says it
    pytest.param("通行费按95折收取", "通行费按九五折收取", id="discount-two-digits"),
    # a hotline after a landline, or glossed after it
    pytest.param(
        "监督电话：0736-5823316，12316",
        "监督电话：零七三六，五八二三三幺六，幺二三幺六",
        id="service-number-after-a-phone-and-comma",
    ),
    pytest.param(
        "或拨打12328（交通运输服务监督热线）",
        "或拨打幺二三二八（交通运输服务监督热线）",
        id="service-number-glossed",
    ),
    pytest.param(
        "另有12328（交通运输服务监督热线）受理",
        "另有幺二三二八（交通运输服务监督热线）受理",
        id="service-number-glossed-alone",
    ),
    # a list of routes named by its last
    pytest.param(
        "新开成都—三亚、成都—哈尔滨等航线",
        "新开成都至三亚、成都至哈尔滨等航线",
        id="route-list",
    ),
    # a figure set apart by a space on each side, as a PDF's text sets it
    pytest.param("每 10 股派发现金红利", "每十股派发现金红利", id="space-pdf-figure"),
    pytest.param("3 号楼 312 会议室", "三号楼三一二会议室", id="space-pdf-room"),
    pytest.param("说明 1. 经营业绩说明", "说明，一、经营业绩说明", id="space-before-list-number"),
    # thousands set off by spaces, before decimals, 余 or a unit, after a field's colon
    pytest.param("立管 3 200 余米", "立管三千二百余米", id="space-thousands-about"),
    pytest.param("1 486.3毫米", "一千四百八十六点三毫米", id="space-thousands-decimals"),
    pytest.param("预算：2 980 000.00 元", "预算：两百九十八万元", id="space-thousands-field"),
    pytest.param("（面积 2 400 ㎡）", "（面积两千四百平方米）", id="space-thousands-square-metres"),
    # a headline's second clause after a figure of the first
    pytest.param(
        "骗走1.2亿余元 16名被告人获刑",
        "骗走一点二亿余元，十六名被告人获刑",
        id="space-headline-figures",
    ),
    # a weekday written against a clock time is set apart from it
    pytest.param("每周五17:00前", "每周五，十七点前", id="time-after-weekday"),
    # a name and a phone's digits hidden by crosses
    pytest.param(
        "联系人：赵××，电话：6231××××", "联系人：赵某某，电话：六二三幺", id="masked-name-and-phone"
    ),
    # a range of house numbers in brackets; the year an event's name opens with
    pytest.param("解放路（1至357号）", "解放路（一至三百五十七号）", id="house-range-bracketed"),
    pytest.param("2024高雄國際燈會", "二零二四高雄国际灯会", id="year-of-event-lanterns"),
    # a spread below nought keeps its sign; a spread between two contract months
    pytest.param("价差-120元/吨", "价差负一百二十元每吨", id="negative-after-measure"),
    pytest.param("5-9价差为-567元", "五九价差为负五百六十七元", id="negative-spread-months"),
    # basis points in capitals; a fund's code in brackets after its Latin name
    pytest.param("收益率下行3.6BP", "收益率下行三点六个基点", id="unit-basis-points-capitals"),
    pytest.param(
        "国债ETF（511010）持平", "国债E T F（五一一零一零）持平", id="code-fund-after-latin"
    ),
    # the star of a stock under delisting risk is said
    pytest.param("*ST华远跌停", "星S T华远跌停", id="symbol-starred-st"),
    # digits between a code's capitals are read alone
    pytest.param("新款车型CX32A7", "新款车型C X三二A七", id="code-capitals-around-digits"),
    pytest.param("VIN码LXC56E2K3NA000101", "V I N码L X C五六E二K三N A零零零一零一", id="code-vin"),
    # a bus line named after its kind is numbered, never counted
    pytest.param("游2线、快2线临时绕行", "游二线、快二线临时绕行", id="ordinal-bus-line-two"),
    pytest.param("乘坐接驳2线前往", "乘坐接驳二线前往", id="ordinal-shuttle-line-two"),
    pytest.param("住在翠湖小区2幢", "住在翠湖小区二幢", id="ordinal-estate-building-two"),
    pytest.param("金桂花园2栋东侧", "金桂花园二栋东侧", id="ordinal-garden-building-two"),
    # hours of teaching are a count, never an emergency number
    pytest.param("累计培训120学时", "累计培训一百二十学时", id="count-teaching-hours"),
    # a bound set by a sign is said as an announcer says it, the unit before 以上 or 以下
    pytest.param("局地大暴雨（≥100毫米）", "局地大暴雨（一百毫米以上）", id="symbol-at-least"),
    pytest.param("M≥1.0级余震46次", "一点零级以上余震四十六次", id="symbol-magnitude-bound"),
    pytest.param("能见度<200米", "能见度低于两百米", id="symbol-below"),
    pytest.param("年龄≤35周岁", "年龄三十五周岁以下", id="symbol-at-most"),
    pytest.param(
        "PM2.5≤35微克/立方米", "P M二点五小于等于三十五微克每立方米", id="symbol-bound-unknown-unit"
    ),
]


def test_the_hash_that_closes_a_post_s_topic_numbers_nothing() -> None:
    result = to_spoken("#宁安大桥发生交通事故# 3人受伤")
    assert "三人受伤" in result.text and "号" not in result.text


def test_a_note_s_circled_mark_after_a_figure_is_a_pause_and_said_to_be_unread() -> None:
    result = to_spoken("生产总值①204.58亿元，增长7.2%②。")
    assert result.text == "生产总值，两百零四点五八亿元，增长百分之七点二。"
    assert [w[:11] for w in result.warnings] == ["无法朗读的字符 “①”", "无法朗读的字符 “②”"]


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_to_spoken(written: str, spoken: str) -> None:
    result = to_spoken(written)
    assert result.text == spoken
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("number", "reading"),
    [
        pytest.param("0", "零", id="cardinal-zero"),
        pytest.param("10", "十", id="cardinal-ten"),
        pytest.param("15", "十五", id="cardinal-teen"),
        pytest.param("110", "一百一十", id="cardinal-hundred-ten"),
        pytest.param("1005", "一千零五", id="cardinal-inner-zero"),
        pytest.param("20000", "二万", id="cardinal-wan"),
        pytest.param("100010", "十万零一十", id="cardinal-gap"),
        pytest.param("300000000", "三亿", id="cardinal-yi"),
        pytest.param("12345678901234567", "一二三四五六七八九零一二三四五六七", id="cardinal-huge"),
    ],
)
def test_read_cardinal(number: str, reading: str) -> None:
    assert read_cardinal(number) == reading


def test_read_cardinal_liang() -> None:
    assert read_cardinal(2000, liang=True) == "两千"
    assert read_cardinal(2, liang=True) == "二"
    assert read_cardinal(12000, liang=True) == "一万二千"


def test_read_digits_and_numbers() -> None:
    assert read_digits("0121") == "零一二一"
    assert read_digits("110", yao=True) == "幺幺零"
    assert read_number("-12.50") == "负十二点五零"
    assert read_number("0.05") == "零点零五"


# --- properties ------------------------------------------------------------------------------

_ALPHABET = (
    "0123456789" * 4
    + "０１２３４５６７８９"
    + ".,:;/-~～—―–%‰℃㎡*×+=<>#&@$￥¥()（）〔〕[]【】“”「」、，。！？…·"
    + "年月日时分秒号第元万亿米级个人至到点"
    + "国务院关于发布通知气温降雨增长百分之"
    + "GDPmkgcmhLtWindAB "
    + "\t\u3000\u00a0\n①Ⅱ㈠½²☆😀\u200b"
)


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))


def test_property_no_ascii_digit_and_nothing_unvoiceable() -> None:
    rng = random.Random(20241127)
    for _ in range(600):
        written = _random_text(rng)
        result = to_spoken(written)
        assert not re.search(r"[0-9]", result.text), (written, result.text)
        assert unvoiceable(result.text) == [], (written, result.text)


def test_property_every_number_shape_is_spoken() -> None:
    rng = random.Random(7)
    shapes = [
        "{a}",
        "{a}.{b}",
        "-{a}",
        "{a}%",
        "{a}-{b}",
        "{a}～{b}米",
        "{a}:{b}",
        "{a}/{b}",
        "第{a}",
        "{a},{b}",
        "({a})",
        "{a}年",
        "0{a}",
        "{a}·{b}",
        "{a}.{b}.{a}",
        "{a}*{b}",
    ]
    for _ in range(800):
        shape = rng.choice(shapes)
        text = shape.format(a=rng.randint(0, 10 ** rng.randint(1, 12)), b=rng.randint(0, 999))
        written = rng.choice(["", "约", "增长", "。"]) + text + rng.choice(["", "人", "。", "元"])
        spoken = to_spoken(written).text
        assert not re.search(r"[0-9]", spoken), (written, spoken)


# --- warnings ----------------------------------------------------------------------------------

_WARNING = re.compile(r"无法朗读的字符 “(.*?)” \(U\+([0-9A-F]{4,6})[^)]*\) 位于 “…(.+)…”")


@pytest.mark.parametrize(
    ("written", "char"),
    [
        pytest.param("本次评比获得☆级称号", "☆", id="warn-star"),
        pytest.param("祝大家节日快乐😀", "😀", id="warn-emoji"),
        pytest.param("活动话题#防汛#持续", "#", id="warn-hash"),
        pytest.param("注※以上数据为初步统计", "※", id="warn-reference-mark"),
        pytest.param("说明*见附件", "*", id="warn-asterisk"),
        pytest.param("ラ行", "ラ", id="warn-kana"),
    ],
)
def test_unvoiceable_characters_are_warned(written: str, char: str) -> None:
    result = to_spoken(written)
    assert len(result.warnings) == 1
    m = _WARNING.match(result.warnings[0])
    assert m, result.warnings[0]
    assert m[1] == char
    assert int(m[2], 16) == ord(char)
    assert char in m[3]  # the context shows where it was
    assert char not in result.text  # replaced by a pause, not left for the engine to drop
    assert unvoiceable(result.text) == []


def test_invisible_characters_are_warned_by_code_point() -> None:
    result = to_spoken("应急\u200b管理")
    assert len(result.warnings) == 1
    assert "U+200B" in result.warnings[0]
    assert "ZERO WIDTH SPACE" in result.warnings[0]
    assert "\u200b" not in result.text


def test_known_bullets_and_pauses_do_not_warn() -> None:
    result = to_spoken("●防控重点\n- 加强监测……做好准备——确保安全")
    assert result.warnings == ()
    assert result.text == "防控重点\n加强监测，做好准备，确保安全"


def test_unvoiceable_lists_distinct_characters() -> None:
    assert unvoiceable("天气☆好☆😀") == ["☆", "😀"]
    assert unvoiceable("G D P增长，“好”（一）") == []


def test_spoken_is_frozen() -> None:
    result = to_spoken("2024年")
    assert isinstance(result, Spoken)
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]


# --- traditional -> simplified ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        pytest.param("本會議決議通過預算案", "本会议决议通过预算案", id="trad-meeting"),
        pytest.param("設籍達６個月以上", "设籍达六个月以上", id="trad-fullwidth-digit"),
        pytest.param("獎學金3,000元", "奖学金三千元", id="trad-money-thousands"),
        pytest.param("第4屆第8次臨時會", "第四届第八次临时会", id="trad-ordinals"),
    ],
)
def test_traditional_is_spoken_as_simplified(written: str, spoken: str) -> None:
    text = to_spoken(written).text
    assert text == spoken
    assert to_simplified(text) == text


# --- sentences ----------------------------------------------------------------------------------


def test_split_sentences_basic() -> None:
    spoken = "今天有雨。明天转晴！后天呢？“请注意防范。”最后一句"
    assert split_sentences(spoken) == [
        "今天有雨。",
        "明天转晴！",
        "后天呢？",
        "“请注意防范。”",
        "最后一句",
    ]


def test_split_sentences_semicolons_and_lines() -> None:
    spoken = "一是加强领导；二是落实责任;\n标题\n正文。"
    assert split_sentences(spoken) == ["一是加强领导；", "二是落实责任;\n", "标题\n", "正文。"]


def test_split_sentences_long_cut_at_comma_near_middle() -> None:
    spoken = "甲" * 30 + "，" + "乙" * 30 + "，" + "丙" * 30 + "。"
    pieces = split_sentences(spoken, max_chars=40)
    assert "".join(pieces) == spoken
    assert all(len(p) <= 40 for p in pieces)
    assert all(p.endswith(("，", "。")) for p in pieces)


def test_split_sentences_hard_cut() -> None:
    spoken = "无" * 200
    pieces = split_sentences(spoken, max_chars=80)
    assert pieces == ["无" * 80, "无" * 80, "无" * 40]


def test_split_sentences_empty_and_bad_limit() -> None:
    assert split_sentences("") == []
    with pytest.raises(ValueError):
        split_sentences("好。", max_chars=0)


def test_property_split_round_trip_and_max_length() -> None:
    rng = random.Random(99)
    alphabet = "国务院发布通知气象台预计天有雨" * 3 + "。！？；!?;.，、：,: \n”」）" + "ABC"
    for _ in range(1500):
        spoken = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        limit = rng.randint(1, 90)
        pieces = split_sentences(spoken, max_chars=limit)
        assert "".join(pieces) == spoken
        assert all(len(p) <= limit for p in pieces), (limit, pieces)
        assert all(p for p in pieces)


def test_split_sentences_of_a_normalised_bulletin() -> None:
    written = (
        "国务院办公厅关于做好2024年防汛工作的通知\n"
        "各地要于6月1日前完成检查……确保安全。联系电话：010-62731231。"
    )
    spoken = to_spoken(written).text
    pieces = split_sentences(spoken)
    assert "".join(pieces) == spoken
    assert pieces[0].endswith("\n")


# --- import cost ---------------------------------------------------------------------------


def test_import_is_cheap() -> None:
    code = (
        "import sys, audiobulletin.normalize\n"
        "assert 'wetext' not in sys.modules and 'opencc' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("共2项成果", "共两项成果"),
        ("表格共2行。第2行，品种：大米", "表格共两行。第二行，品种：大米"),
        ("全文共2页", "全文共两页"),
        ("发生2起事故", "发生两起事故"),
        ("增长2倍", "增长两倍"),
        ("双方2国代表", "双方两国代表"),
        ("2岁以下儿童", "两岁以下儿童"),
        # a 2 that numbers something stays 二
        ("位于2号楼", "位于二号楼"),
        ("2类水质", "二类水质"),
        ("第2项", "第二项"),
        ("人大2次会议", "人大二次会议"),
        ("增长2.5倍", "增长二点五倍"),
        ("12项", "十二项"),
    ],
)
def test_a_lone_two_that_counts_things_is_liang(written: str, spoken: str) -> None:
    assert to_spoken(written).text == spoken


# --- readings of bulletin forms, one table per behaviour -------------------------------------


def _reads(written: str, spoken: str) -> None:
    result = to_spoken(written)
    assert result.text == spoken
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("名额10-20人", "名额十到二十人"),
        ("增幅10-20%", "增幅百分之十到百分之二十"),
        ("10-15个工作日内办结", "十到十五个工作日内办结"),
        ("10-12月", "十到十二月"),
        ("座位号01-30", "座位号零一到三十"),
        # a padded month-day, or one before a clock time, is still a date
        ("12-05发布", "十二月五日发布"),
        ("12-25 08:30", "十二月二十五日 八点三十分"),
    ],
)
def test_a_hyphen_between_two_unpadded_numbers_is_a_range_not_a_date(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("举办2轮培训", "举办两轮培训"),
        ("开设2门课程", "开设两门课程"),
        ("每袋2公斤", "每袋两公斤"),
        ("试种2亩", "试种两亩"),
        ("涉及2省5市", "涉及两省五市"),
        ("2部门联合发文", "两部门联合发文"),
        ("从2方面入手", "从两方面入手"),
        ("完成2大任务", "完成两大任务"),
        ("提出2点意见", "提出两点意见"),
        ("下午2点半", "下午两点半"),
        ("连续2届获评", "连续两届获评"),
        ("新增2例", "新增两例"),
        ("排查隐患2处", "排查隐患两处"),
        ("下降2成", "下降两成"),
        ("近2年来", "近两年来"),
        ("本周安排2专案审查", "本周安排两专案审查"),
        ("留用察看2-3年", "留用察看两到三年"),
        ("每组2至3人", "每组两至三人"),
        ("约2-3小时", "约两到三小时"),
        ("每斤涨了2毛", "每斤涨了两毛"),
        ("长约2公尺", "长约两公尺"),
        ("2-4月累计", "二到四月累计"),
        ("预计2-3日有雨", "预计二到三日有雨"),
        ("奖励2至3万元", "奖励两至三万元"),
        # the day of the month, a quarter, a building unit, a road section are numbered
        ("于2日上午召开", "于二日上午召开"),
        ("近2日气温回升", "近两日气温回升"),
        ("2023年2季度", "二零二三年二季度"),
        ("3号楼2单元", "三号楼二单元"),
        ("阳光小区2栋3单元起火", "阳光小区二栋三单元起火"),
        ("翠苑2幢301室", "翠苑二幢三零一室"),
        ("新建2栋6层教学楼", "新建两栋六层教学楼"),
        ("地铁2号线", "地铁二号线"),
        ("2线城市房价", "二线城市房价"),
        ("市公安局2分局", "市公安局二分局"),
        ("中山路2段", "中山路二段"),
        ("2年级学生", "二年级学生"),
        ("风力2～3级", "风力二到三级"),
        ("共有2宗個案", "共有两宗个案"),
        ("造成2死3伤", "造成两死三伤"),
        ("过火面积约2公顷", "过火面积约两公顷"),
        ("行政拘留2日", "行政拘留两日"),
        ("拍摄2部影片", "拍摄两部影片"),
        ("第5条第2款", "第五条第二款"),
    ],
)
def test_two_is_liang_when_it_counts_and_er_when_it_numbers(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("浓度0.05mg/L", "浓度零点零五毫克每升"),
        ("细颗粒物浓度32μg/m³", "细颗粒物浓度三十二微克每立方米"),
        ("浓度35μg/m3", "浓度三十五微克每立方米"),
        ("浓度35ug/m3", "浓度三十五微克每立方米"),
        ("流量200L/s", "流量两百升每秒"),
        ("流量1200m³/s", "流量一千二百立方米每秒"),
        ("雨强30mm/h", "雨强三十毫米每小时"),
        ("含量12mg/kg", "含量十二毫克每千克"),
        ("血糖6.1mmol/L", "血糖六点一毫摩尔每升"),
        ("用电100kW·h", "用电一百千瓦时"),
        ("耗电1.2亿kW·h", "耗电一点二亿千瓦时"),
        ("发电1.2亿千瓦·时", "发电一点二亿千瓦时"),
        ("装机12万kW", "装机十二万千瓦"),
        ("面积15.6万km²", "面积十五点六万平方公里"),
        ("压力1.6MPa", "压力一点六兆帕"),
        ("强度达2.3GPa", "强度达二点三吉帕"),
        ("收缩压≥140mmHg", "收缩压大于等于一百四十毫米汞柱"),
        ("噪声55dB", "噪声五十五分贝"),
        ("功率100W", "功率一百瓦"),
        ("变压器800kVA", "变压器八百千伏安"),
        ("电池5000mAh", "电池五千毫安时"),
        ("处理能力500t/d", "处理能力五百吨每天"),
        ("均价1.2万元/m²", "均价一点二万元每平方米"),
        ("售价20元/kg", "售价二十元每千克"),
        ("推进5g网络建设", "推进五G网络建设"),
        ("每包50g", "每包五十克"),
        ("猪肉26.50元/斤 上涨", "猪肉二十六点五元每斤上涨"),
        # a currency pair is not a price per unit
        ("美元/日元汇率", "美元、日元汇率"),
    ],
)
def test_latin_and_compound_units_are_said_in_full(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("電話：(02)2960-3456", "电话：零二，二九六零，三四五六"),
        ("電話：02-2960-3456分機1234", "电话：零二，二九六零，三四五六分机幺二三四"),
        ("免付費0800-123-456", "免付费零八零零，幺二三，四五六"),
        ("手機0912-345-678", "手机零九幺二，三四五，六七八"),
        ("查詢電話：2123 4567", "查询电话：二幺二三，四五六七"),
        ("市民可致電2582 4808查詢", "市民可致电二五八二，四八零八查询"),
        ("请拨打62731231咨询", "请拨打六二七三幺二三幺咨询"),
        ("邮编610000", "邮编六一零零零零"),
        ("邮政编码：100081", "邮政编码：一零零零八一"),
        ("郵遞區號220", "邮递区号二二零"),
        ("洽詢電話：(06)2991111分機1234", "洽询电话：零六，二九九幺幺幺幺分机幺二三四"),
        # (the plus is said where it is written, and only there)
        ("電話：(852) 2123 4567", "电话：八五二，二幺二三，四五六七"),
        ("致电+86 10 6523 1234", "致电加八六，幺零，六五二三，幺二三四"),
        ("联系电话:86-10-65231234", "联系电话：八六，幺零，六五二三幺二三四"),
    ],
)
def test_phone_numbers_in_taiwan_and_hong_kong_shapes_and_postcodes_are_read_digit_by_digit(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("项目编号：QHZB-2031-0457", "项目编号：Q H Z B杠二零三一杠零四五七"),
        ("某某函〔2024〕5-1号", "某某函二零二四年五杠一号"),
        ("见〔2024〕第5号", "见二零二四年第五号"),
        ("（2024）京0105民初12345号", "（二零二四）京零一零五民初一二三四五号"),
        ("招标编号：0635-244105HD0123", "招标编号：零六三五杠二四四一零五H D零一二三"),
        ("股票代码600519", "股票代码六零零五一九"),
        (
            "索引号:20481357902468135K/2030-00417",
            "索引号：二零四八一三五七九零二四六八一三五K斜杠二零三零杠零零四一七",
        ),
        ("编号为12的样本", "编号为十二的样本"),
        ("乘坐G1234次列车", "乘坐G一二三四次列车"),
        ("C919大飞机", "C九一九大飞机"),
        ("佩戴N95口罩", "佩戴N九五口罩"),
        ("车牌京A·12345", "车牌京A一二三四五"),
        ("沪A-88888号牌", "沪A八八八八八号牌"),
        ("中证A500指数", "中证A五百指数"),
        ("MU5735航班", "M U五七三五航班"),
        ("No.3码头", "三号码头"),
        ("证书编号：No.2031045", "证书编号：二零三一零四五"),
        ("“618”购物节", "“六一八”购物节"),
        ("“1369”工程", "“一三六九”工程"),
        ("纪念918事变", "纪念九一八事变"),
        ("5.12汶川地震", "五一二汶川地震"),
        ("315晚会曝光", "三一五晚会曝光"),
        # a holiday named by its date, with a dot: never a decimal
        ("5.1假期期间", "五一假期期间"),
        ("6.1儿童节当天", "六一儿童节当天"),
        ("10.1黄金周", "十一黄金周"),
        ("3.15消费者权益日", "三一五消费者权益日"),
        ("2.5天假期", "二点五天假期"),
        ("共128起事故", "共一百二十八起事故"),
        ("“110”宣传日", "“幺幺零”宣传日"),
        ("歼-20战机", "歼二十战机"),
        ("QQ群：123456789", "Q Q群：一二三四五六七八九"),
        ("考场设在301-315教室", "考场设在三零一到三一五教室"),
        ("3栋2单元1501", "三栋二单元一五零一"),
        # a house number after its street is said as a number
        ("某某路123号", "某某路一百二十三号"),
        ("中山路1段161號", "中山路一段一百六十一号"),
        ("沿国道318线", "沿国道三一八线"),
        ("104国道改线", "一零四国道改线"),
        ("在A2口出站", "在A二口出站"),
        ("K1234+500处", "K一千二百三十四加五百处"),
        ("执行HJ 633-2012标准", "执行H J六三三杠二零一二标准"),
        ("通过ISO 14001:2015认证", "通过I S O一四零零一，二零一五认证"),
        ("DB51/T 2345-2017", "D B五一 T二三四五杠二零一七"),
        # a local standard without its T, and a standard's part before its year
        ("执行DB42/1537—2019标准", "执行D B四二 一五三七杠二零一九标准"),
        ("符合ISO 10218-1:2011", "符合I S O一零二一八杠一，二零一一"),
        ("奥密克戎XBB.1.5变异株", "奥密克戎X B B点一点五变异株"),
        # an amount after letters, and a two-digit model number, stay numbers
        ("GDP 4539亿元", "G D P 四千五百三十九亿元"),
        ("AQI为150", "A Q I为一百五十"),
        ("“双11”", "“双十一”"),
    ],
)
def test_codes_and_names_made_of_digits_are_read_digit_by_digit(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("比例尺1∶50000地形图", "比例尺一比五万地形图"),
        ("比例尺1：500", "比例尺一比五百"),
        ("比分3：2", "比分三比二"),
        ("主场3-1战胜对手", "主场三比一战胜对手"),
        ("最终以1—2不敌", "最终以一比二不敌"),
        ("以21:19获胜", "以二十一比十九获胜"),
        ("第三局比分21:19", "第三局比分二十一比十九"),
        # …after 比分 said to be something, after the verb that ends in it, before 领先 / 险胜
        ("全场比分定格在88-76", "全场比分定格在八十八比七十六"),
        ("比分为2-0", "比分为二比零"),
        ("双方战成1-1平", "双方战成一比一平"),
        ("半场44-40领先", "半场四十四比四十领先"),
        ("以2-1险胜", "以二比一险胜"),
        ("时间∶上午", "时间：上午"),
        ("同比+2.3%", "同比上升百分之二点三"),
        ("同比↑5.2%", "同比上升百分之五点二"),
        ("波动-2%～+3%", "波动负百分之二到正百分之三"),
        ("环比↓0.3%", "环比下降百分之零点三"),
        # a price table's triangles before a figure, and an arrow after one
        ("较昨日▲0.40元", "较昨日上升零点四元"),
        ("较昨日▼0.20元", "较昨日下降零点二元"),
        ("青菜：2.5-3.0元/斤 ↓", "青菜：二点五到三元每斤，下降"),
        # …said once where the clause already says which way (a table's 下降0.8↓)
        ("环比：下降0.8↓", "环比：下降零点八"),
        # …but a triangle before a day is a bullet, a pause without a warning
        ("▲5月3日，市民在公园游玩", "五月三日，市民在公园游玩"),
        ("中心位置（26.1°N，121.5°E）", "中心位置（北纬二十六点一度，东经一百二十一点五度）"),
        ("第3.1.2条", "第三点一点二条"),
        ("以46秒40夺冠", "以四十六秒四零夺冠"),
        ("跑出9秒83", "跑出九秒八三"),
        ("以2:08:12的成绩夺冠", "以两小时零八分十二秒的成绩夺冠"),
        # minutes and seconds with the typewriter's marks, and minutes after a degree
        ("以4'12\"的成绩夺冠", "以四分十二秒的成绩夺冠"),
        ("跑出3’45”12", "跑出三分四十五秒一二"),
        ("北纬30°15'", "北纬三十度十五分"),
        ("平均配速5'42\"/km", "平均配速五分四十二秒每公里"),
        ("心率80次/min", "心率八十次每分钟"),
        ("死亡率为15.1/10万", "死亡率为十万分之十五点一"),
        ("控制在3‰-5‰", "控制在千分之三到千分之五"),
        ("控制在3-5‰", "控制在千分之三到千分之五"),
        ("自然增长率-0.5‰", "自然增长率负千分之零点五"),
        ("发病率1/10万", "发病率十万分之一"),
        ("V1.2.3版本", "V一点二点三版本"),
        ("PM₂.₅浓度", "P M二点五浓度"),
        ("排放CO₂", "排放二氧化碳"),
        ("富含ω-3脂肪酸", "富含欧米伽 三脂肪酸"),
        ("保证金（¥50,000.00）", "保证金（五万元）"),
        ("票價NT$500", "票价新台币五百元"),
        ("MOP$100", "一百澳门元"),
        ("US$500元", "五百美元"),
        ("入場費$50", "入场费五十元"),
        ("每位$180，長者半價", "每位一百八十元，长者半价"),
        ("捐款$100", "捐款一百美元"),
        ("居全国TOP10", "居全国前十"),
    ],
)
def test_ratios_signs_dotted_numbers_and_subscripts_are_spoken(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("113/3/15（五）開會", "一百一十三年三月十五日（星期五）开会"),
        ("3/15（五）上午10時", "三月十五日（星期五）上午十时"),
        ("3月15日(六)", "三月十五日(星期六)"),
        ("公告日期：113.03.05", "公告日期：一百一十三年三月五日"),
        ("113-03-05", "一百一十三年三月五日"),
        ("1990s的流行音乐", "一九九零年代的流行音乐"),
        # a version number is not a date
        ("10.3.5版本", "十点三点五版本"),
        ("2023/2024赛季", "二零二三到二零二四赛季"),
        ("2022/23赛季", "二零二二到二三赛季"),
        ("2024/2025冬春航季", "二零二四到二零二五冬春航季"),
        ("2023-24学年", "二零二三到二四学年"),
        ("2008北京奥运会", "二零零八北京奥运会"),
        ("2010上海世博会", "二零一零上海世博会"),
        ("2008人参加大会", "两千零八人参加大会"),
        ("1976唐山大地震", "一九七六唐山大地震"),
        # a theatre's season and an event named in Latin letters end with their year
        ("推出2030春夏演出季", "推出二零三零春夏演出季"),
        ("参加QCX-Festival-2030活动", "参加Q C X Festival 二零三零活动"),
        ("2019.07参加工作", "二零一九年七月参加工作"),
        ("2019.10至今", "二零一九年十月至今"),
        ("2024.3—2024.6", "二零二四年三月到二零二四年六月"),
        ("2019.07至2021.12", "二零一九年七月至二零二一年十二月"),
        ("2024-03-05—2024-03-08", "二零二四年三月五日到二零二四年三月八日"),
        # a decimal amount is not a year-month
        ("增长2024.5万元", "增长两千零二十四点五万元"),
        ("收于2020.05点", "收于两千零二十点零五点"),
        ("夜间20:00—次日8:00施工", "夜间八点到次日八点施工"),
        ("10时03分发生地震", "十时零三分发生地震"),
        ("08时05分", "八时零五分"),
        # a whole hour is said without its zero minutes
        ("2031年9月12日10时00分发布", "二零三一年九月十二日十时发布"),
        ("下午3時00分至5時30分", "下午三时至五时三十分"),
        ("10时00分30秒", "十时零分三十秒"),
        # a fraction stays a fraction
        ("约占3/5", "约占五分之三"),
    ],
)
def test_slashed_dates_and_bare_weekdays_are_said_as_dates(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("II. 主要任务", "二、主要任务"),
        ("IV、保障措施", "四、保障措施"),
        ("Ⅰ.总体要求", "一、总体要求"),
        ("一.总则", "一、总则"),
        ("參、實施期程", "三、实施期程"),
        ("陸、經費來源", "六、经费来源"),
        ("参加会议", "参加会议"),
        ("1.2.1 适用范围", "一点二点一，适用范围"),
        ("1．加强领导 2．落实责任", "一、加强领导，二、落实责任"),
        ("1)组织 2)实施", "一、组织，二、实施"),
        # the number of an item that opens on a date is no decimal with its month
        ("2.2月5日至2月7日：普通门诊停诊。", "二、二月五日至二月七日：普通门诊停诊。"),
        ("停诊。\n3.2月8日起恢复。", "停诊。\n三、二月八日起恢复。"),
        ("增长2.2个百分点", "增长二点二个百分点"),
    ],
)
def test_a_roman_or_han_numeral_heading_a_line_is_a_list_marker(written: str, spoken: str) -> None:
    _reads(written, spoken)


def test_a_tab_between_two_single_characters_is_a_column_gap() -> None:
    _reads("粳米\t一级\t元/500克\t3.05", "粳米，一级，元每五百克，三点零五")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("二○一八年工作总结", "二零一八年工作总结"),
        ("二〇〇八年", "二零零八年"),
        ("○防控重点", "防控重点"),
        ("１，２３４元", "一千二百三十四元"),
        ("共１，２３４，５６７人", "共一百二十三万四千五百六十七人"),
        ("增长5，2月份回落", "增长五，二月份回落"),
    ],
)
def test_numerals_written_with_circles_or_full_width_commas_are_numbers(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("刷新率120Hz", "刷新率一百二十赫兹"),
        ("时速120", "时速一百二十"),
        ("发生119次", "发生一百一十九次"),
        ("收入95588元", "收入九万五千五百八十八元"),
        ("110年因疫情影响", "一百一十年因疫情影响"),
        ("分别为100、110、120", "分别为一百、一百一十、一百二十"),
        ("比例1:120", "比例一比一百二十"),
        ("拖拉机功率120马力", "拖拉机功率一百二十马力"),
        ("投放鱼苗110尾", "投放鱼苗一百一十尾"),
        # next to a phone word they are phone numbers
        ("遇险请拨打110、119、120", "遇险请拨打幺幺零、幺幺九、幺二零"),
        ("122交通事故报警", "幺二二交通事故报警"),
        ("发送短信至10086", "发送短信至幺零零八六"),
        ("12345政务服务便民热线", "幺二三四五政务服务便民热线"),
        ("12306网站售票", "幺二三零六网站售票"),
        ("119消防宣传日", "幺幺九消防宣传日"),
        ("报考岗位代码为20240101", "报考岗位代码为二零二四零一零一"),
        # (after a field to look something up by; before the name of what it serves; after
        # the code a text message sends; after a desk set apart from it)
        ("路况信息查询：12122", "路况信息查询：幺二幺二二"),
        ("工信部12321网络不良信息举报受理中心", "工信部幺二三二幺网络不良信息举报受理中心"),
        ("发送“CXTC”至10086", "发送“C X T C”至幺零零八六"),
        ("区民政局养老服务科 86281234", "区民政局养老服务科，八六二八幺二三四"),
        ("公交集团客服 96166", "公交集团客服，九六幺六六"),
        # (never a count or an amount of that shape)
        ("共有12122人参加", "共有一万二千一百二十二人参加"),
        ("今年累计12321起", "今年累计一万二千三百二十一起"),
    ],
)
def test_service_numbers_are_phone_numbers_only_next_to_a_phone_word(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("气温15 ℃", "气温十五摄氏度"),
        ("第 3 季度", "第三季度"),
        ("发生5 级地震", "发生五级地震"),
        ("面积10 平方公里", "面积十平方公里"),
        ("编号A-12 公文目录", "编号A杠一二，公文目录"),
    ],
)
def test_a_space_pasted_between_a_number_and_its_unit_is_not_a_pause(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("首页 > 通知公告 > 正文", "首页，通知公告，正文"),
        ("首页>>政务公开", "首页，政务公开"),
        ("网站首页 » 工作动态", "网站首页，工作动态"),
        ("当日气温>35℃", "当日气温超过三十五摄氏度"),
        ("要求x>5", "要求x大于五"),
    ],
)
def test_an_angle_bracket_between_page_names_is_a_path_not_greater_than(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("全年播种面积 86公顷，比上年增加", "全年播种面积八十六公顷，比上年增加"),
        ("地址：北城区新华路 18 号", "地址：北城区新华路十八号"),
        ("办公地点：综合楼 6 楼", "办公地点：综合楼六楼"),
        ("报名时间：即日起至 2025年4月30日止", "报名时间：即日起至二零二五年四月三十日止"),
        ("发布单位：市气象台 2025-04-30", "发布单位：市气象台，二零二五年四月三十日"),
        ("增长3.8% 两年平均增长2.1%", "增长百分之三点八，两年平均增长百分之二点一"),
        ("全市 5G 基站达到1.2万个", "全市五G 基站达到一点二万个"),
        ("推进 4K 超高清视频产业", "推进四K 超高清视频产业"),
    ],
)
def test_a_space_pasted_before_a_number_with_its_unit_is_not_a_pause(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("3.1 人员培训", "三点一，人员培训"),
        ("2.4 年度考核", "二点四，年度考核"),
        ("6.1 人力保障", "六点一，人力保障"),
        ("1.2.3 月度报告", "一点二点三，月度报告"),
    ],
)
def test_a_numbered_heading_keeps_its_pause_before_the_title(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("明天有中～大雨，局部暴雨", "明天有中到大雨，局部暴雨"),
        ("山区有小~中雪", "山区有小到中雪"),
        ("3～5日（大～暴雨）", "三到五日（大到暴雨）"),
        ("欢迎参加~", "欢迎参加。"),
        ("首页—重要通知", "首页，重要通知"),
    ],
)
def test_a_tilde_between_two_grades_is_a_range(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("小型客车可经县道绕行（柳湾—河西镇）", "小型客车可经县道绕行（柳湾至河西镇）"),
        ("京广铁路南屏—石桥段封闭施工", "京广铁路南屏至石桥段封闭施工"),
        ("新开通江宁-南屏航线", "新开通江宁至南屏航线"),
        ("他说——这是大事", "他说，这是大事"),
        ("首页—重要通知", "首页，重要通知"),
        ("工作目标—全面完成（试行）", "工作目标，全面完成（试行）"),
    ],
)
def test_a_single_dash_between_two_places_of_a_route_is_said_zhi(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("开标时间：北京时间9:30时", "开标时间：北京时间九点三十分"),
        ("于当日15:00时截止", "于当日十五点截止"),
        ("8:00时至17:30时办理", "八点至十七点三十分办理"),
        ("14:00时间段内", "十四点时间段内"),
    ],
)
def test_a_clock_time_followed_by_shi_does_not_say_the_hour_twice(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("各班（语.数.外）单独命题", "各班（语、数、外）单独命题"),
        ("考查科目为政.史.地", "考查科目为政、史、地"),
        ("材料见附件.docx。", "材料见附件点docx。"),
    ],
)
def test_dots_between_single_characters_list_them(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("请下载报名表.xlsx文件填写", "请下载报名表点X L S X文件填写"),
        ("详见通知.pdf附件", "详见通知点P D F附件"),
        ("详见通知.pdf。", "详见通知点P D F。"),
    ],
)
def test_a_file_extension_is_said_with_its_dot_even_before_han(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("失业人数上升约6 500人", "失业人数上升约六千五百人"),
        ("至约12萬1 000人", "至约十二万一千人"),
        ("全港人口约7\u00a0413\u00a0000人", "全港人口约七百四十一万三千人"),
        ("猪肉 120 125", "猪肉，幺二零 一百二十五"),
        ("电话 0839 552 1234", "电话，零八三九，五五二，幺二三四"),
    ],
)
def test_thousands_set_off_by_a_space_are_one_number_but_a_row_of_numbers_is_not(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("滨江路88号至156号沿线商户", "滨江路八十八号至一百五十六号沿线商户"),
        ("滨江路88—156号", "滨江路八十八到一百五十六号"),
        ("301-315教室", "三零一到三一五教室"),
    ],
)
def test_the_far_end_of_a_street_s_house_numbers_is_a_number_too(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("同比增长21.3%.", "同比增长百分之二十一点三。"),
        ("发布上半年经济数据. 园区实现营收", "发布上半年经济数据。园区实现营收"),
        ('周建华表示: "我们将继续加大研发投入."', '周建华表示："我们将继续加大研发投入。"'),
        ("青川, 临河两地", "青川，临河两地"),
        ("是吗?对!", "是吗？对！"),
        ("Model S, Model X", "Model S,Model X"),
        # a list item's number glued to the words before it
        ("证件黏贴单1.国小、国中组", "证件黏贴单一、国小、国中组"),
    ],
)
def test_ascii_punctuation_in_chinese_is_said_as_its_chinese_mark(
    written: str, spoken: str
) -> None:
    assert to_spoken(written).text == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a road's stake number is kilometres plus metres
        ("K123+500至K128+200段", "K一百二十三加五百至K一百二十八加二百段"),
        ("桩号K0+000", "桩号K零"),
        # a time taken says the zero it is written with
        ("以2分03秒45的成绩夺冠", "以两分零三秒四五的成绩夺冠"),
        ("以1小时05分08秒夺冠", "以一小时零五分零八秒夺冠"),
        ("用时2:15:00", "用时两小时十五分"),
        ("用时3分15秒", "用时三分十五秒"),
        # every score of a list of scores, never a clock; a clock after a score stays one
        ("三局比分为25:21,18:26,29:19。", "三局比分为二十五比二十一，十八比二十六，二十九比十九。"),
        ("比分为2:1，19:30开始第二场。", "比分为二比一，十九点三十分开始第二场。"),
        # a span of years is an amount, never a year
        ("南屏建城已逾1,300年。", "南屏建城已逾一千三百年。"),
        ("古桥历经1200年风雨。", "古桥历经一千二百年风雨。"),
        ("近2000年来，气候多变。", "近两千年来，气候多变。"),
        # how rare a flood is, in years
        ("按1000年一遇标准设防", "按一千年一遇标准设防"),
        ("1998年，南屏建县。", "一九九八年，南屏建县。"),
        ("游客总数超过2014年的水平。", "游客总数超过二零一四年的水平。"),
        # a rise and fall below nought keeps its sign
        ("同期深证成指累计涨跌幅为-1.2%。", "同期深证成指累计涨跌幅为负百分之一点二。"),
        ("跌幅为-3%。", "跌幅为百分之三。"),
        # a concentration and a pulse are per their unit
        ("使用200克/升氯虫苯甲酰胺悬浮剂。", "使用两百克每升氯虫苯甲酰胺悬浮剂。"),
        ("心率在50—100次/分之间。", "心率在五十到一百次每分钟之间。"),
        # a range of prices per share is a range, never a minus
        ("回购价格为29.18元/股~35.67元/股。", "回购价格为二十九点一八元每股到三十五点六七元每股。"),
        ("盈利:0.42元/股-0.53元/股", "盈利：零点四二元每股到零点五三元每股"),
        # hours of teaching are counted
        ("每天不少于2学时。", "每天不少于两学时。"),
        # a section's number typed with an ASCII stop is no sentence's end
        ("现将有关事项通知如下:一.培训时间和地点。", "现将有关事项通知如下：一、培训时间和地点。"),
        # a list number before a lot's number is no decimal point
        ("1．2024015号地块位于滨江路以南", "一、二零二四零一五号地块位于滨江路以南"),
        # …or an age of two digits: no age has hundredths of a year
        ("1.70岁以上独居老人；\n2.残疾人", "一、七十岁以上独居老人；\n二、残疾人"),
        ("补贴对象：2.65周岁以上农民", "补贴对象：二、六十五周岁以上农民"),
        # every time of a list of times taken, not its first alone
        (
            "前三名成绩分别为2:11:48、2:12:05和2:13:40",
            "前三名成绩分别为两小时十一分四十八秒、两小时十二分零五秒和两小时十三分四十秒",
        ),
        # a cohort's year; a count of places is no service number
        ("2029级学生", "二零二九级学生"),
        ("新增站點120處", "新增站点一百二十处"),
        ("新增120处", "新增一百二十处"),
        ("拨打120", "拨打幺二零"),
        # a phone's extension
        ("(02)2345-6789 分機 312", "零二，二三四五，六七八九分机三幺二"),
        # a day named from today as Taiwan's papers write it; Taiwan's kilowatt
        ("今（15）日宣布", "十五日宣布"),
        # (in Chinese numerals, with 日 inside the brackets, set apart by spaces)
        ("今（二十）日公布", "二十日公布"),
        ("昨（五日）判刑", "昨天五日判刑"),
        ("昨（14日）公布", "昨天十四日公布"),
        ("青川電子 今 (22) 日公布", "青川电子二十二日公布"),
        ("每瓩補助1萬5,500元", "每千瓦补助一万五千五百元"),
        # a span of years past any year a report names; a year of the common era
        ("中华文明有5000年历史", "中华文明有五千年历史"),
        ("公元618年", "公元六一八年"),
        ("2030年前实现碳达峰", "二零三零年前实现碳达峰"),
        # codes after the word that names them; a hotline's short number
        ("账号：1234567890123", "账号：一二三四五六七八九零一二三"),
        ("房号1203", "房号一二零三"),
        ("撥打1823熱線", "拨打幺八二三热线"),
        # an ordinal is no serial; a typhoon's number is
        ("第120号", "第一百二十号"),
        ("第2106号台风", "第二一零六号台风"),
        # names made of numbers and hyphens; a range stays one
        ("附表2-1", "附表二杠一"),
        ("12-3-501室", "十二杠三杠五零一室"),
        ("3-5号楼", "三到五号楼"),
        # a flat's rooms, a trip's nights
        ("3室2厅", "三室两厅"),
        ("3天2晚", "三天两晚"),
        ("面积30hm²", "面积三十公顷"),
    ],
)
def test_years_codes_and_counts_are_read_as_a_newsreader_says_them(
    written: str, spoken: str
) -> None:
    assert to_spoken(written).text == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a listed company's notice number with its own prefix
        ("公告编号：临2032-015", "公告编号：临二零三二杠零一五"),
        # a forecast's low and high set apart by a slash
        ("最低气温-7/2℃", "最低气温零下七摄氏度到二摄氏度"),
        ("明天12/18℃", "明天十二到十八摄氏度"),
        ("约3/4的人", "约四分之三的人"),
        # a measure per an amount of another
        ("酒精含量为23mg/100mL", "酒精含量为二十三毫克每一百毫升"),
        # three-digit years from one to another are amounts, never a hotline (122)
        ("計畫期程(122-125年)", "计划期程(一百二十二到一百二十五年)"),
        ("公元618至907年", "公元六百一十八至九百零七年"),
        ("拨打122报警", "拨打幺二二报警"),
    ],
)
def test_codes_temperature_pairs_rates_and_year_spans_read_as_a_newsreader_says_them(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


def test_a_run_of_one_unvoiceable_character_is_warned_once() -> None:
    result = to_spoken("姓名：__________ 电话：__________")
    assert len(result.warnings) == 2, result.warnings


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("全县新增就业 6 850 人", "全县新增就业六千八百五十人"),
        ("人均收入 31 460 元", "人均收入三万一千四百六十元"),
        ("增长 7% 左右", "增长百分之七左右"),
        ("覆盖率达到 95% 以上", "覆盖率达到百分之九十五以上"),
    ],
)
def test_numbers_pasted_with_spaces_keep_their_thousands_and_their_words(
    written: str, spoken: str
) -> None:
    assert to_spoken(written).text == spoken


def test_a_phone_number_that_ends_a_sentence_typed_with_an_ascii_stop_is_a_phone_number() -> None:
    said = to_spoken("值班电话:0571-86001234,传真:0571-86001235.").text
    assert said.endswith("传真：零五七幺，八六零零幺二三五。"), said
    assert to_spoken('做到"一户一档".').text == '做到"一户一档"。'


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("持有“2031LJM”专用通行证的车辆", "持有“二零三一L J M”专用通行证的车辆"),
        # a unit after a figure is no code
        ("装机100KW", "装机一百K W"),
        ("吞吐量3000TEU", "吞吐量三千T E U"),
    ],
)
def test_a_code_that_opens_with_digits_and_goes_on_in_capitals_is_read_digit_by_digit(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("算力达200TOPS", "算力达两百T O P S"), ("总算力280EFLOPS", "总算力两百八十EFLOPS")],
)
def test_a_figure_before_a_unit_in_capitals_is_an_amount(written: str, spoken: str) -> None:
    assert to_spoken(written).text == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("开始时间:08:30", "开始时间：八点三十分"),
        ("日出:06:48", "日出：六点四十八分"),
        ("比分:3:1", "比分：三比一"),
        ("9:30:15开始", "九点三十分十五秒开始"),
    ],
)
def test_a_clock_time_after_a_label_s_ascii_colon_is_a_time(written: str, spoken: str) -> None:
    _reads(written, spoken)


def test_a_list_number_after_an_ascii_stop_is_a_list_marker() -> None:
    _reads(
        "居民消费价格指数是相对数.2.统计范围:全省11个设区市.",
        "居民消费价格指数是相对数。二、统计范围：全省十一个设区市。",
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("可致電經濟局熱線 8395 8888", "可致电经济局热线，八三九五，八八八八"),
        ("电话 6688 2345", "电话，六六八八，二三四五"),
    ],
)
def test_a_phone_in_two_groups_after_a_space_is_read_digit_by_digit(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("调拨帐篷120顶、棉被110床", "调拨帐篷一百二十顶、棉被一百一十床"),
        ("拨打120后等待救援", "拨打幺二零后等待救援"),
        ("划拨资金110万元", "划拨资金一百一十万元"),
    ],
)
def test_a_service_number_s_digits_before_a_measure_word_are_a_count(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("国VI排放标准", "国六排放标准"),
        ("可能发生M3.0以上余震", "可能发生三点零级以上余震"),
        ("发生M4.8地震", "发生四点八级地震"),
    ],
)
def test_an_emission_standard_and_a_bare_magnitude_are_said_as_an_editor_says_them(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("乘坐301路公交", "乘坐三零一路公交"),
        ("1路、301路和12路", "一路、三零一路和十二路"),
        ("全长120路段", "全长一百二十路段"),
    ],
)
def test_a_bus_route_of_three_digits_is_read_digit_by_digit(written: str, spoken: str) -> None:
    _reads(written, spoken)


def test_a_number_sign_before_a_pole_s_number_is_hao() -> None:
    _reads("更换#23杆至#45杆导线", "更换二十三号杆至四十五号杆导线")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("身份证号：5108**********0023", "身份证号：五一零八，零零二三"),
        # a keyed card's number: its tail is digits, never an amount
        ("卡号6222021234****5678的用户", "卡号六二二二零二一二三四，五六七八的用户"),
        # a keyed identity number masked by crosses: the crosses are not spelt
        ("身份证号：33072419950317XXXX", "身份证号：三三零七二四一九九五零三一七"),
        ("手机号138****5678", "手机号一三八，五六七八"),
    ],
)
def test_a_masked_number_s_digits_are_read_one_by_one(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("血压<140/90mmHg", "血压低于一百四十比九十毫米汞柱"),
        ("130～139/85～89mmHg", "一百三十到一百三十九比八十五到八十九毫米汞柱"),
        ("血压为160/100，需就医", "血压为一百六十比一百，需就医"),
        ("血压120/80", "血压一百二十比八十"),
        ("完成率1/3", "完成率三分之一"),
    ],
)
def test_a_blood_pressure_is_systolic_to_diastolic_never_a_fraction(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("120-129之间属正常高值", "一百二十到一百二十九之间属正常高值"),
        ("拨打120", "拨打幺二零"),
    ],
)
def test_a_service_number_that_opens_a_range_is_an_amount(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "咨询电话：0851-85827415、85827420",
            "咨询电话：零八五幺，八五八二七四幺五、八五八二七四二零",
        ),
        (
            "电话：0851-85827415，86152107（传真）",
            "电话：零八五幺，八五八二七四幺五，八六幺五二幺零七（传真）",
        ),
        ("熱線（2125 2373）", "热线（二幺二五，二三七三）"),
        # (an ASCII full stop closing the sentence after the last number of the list)
        (
            "联系电话0571-63215276、63215277.",
            "联系电话零五七幺，六三二幺五二七六、六三二幺五二七七。",
        ),
        (
            "咨询电话:0851-6852 3300,6852 3301.",
            "咨询电话：零八五幺，六八五二，三三零零，六八五二，三三零幺。",
        ),
        ("电话：62731231.", "电话：六二七三幺二三幺。"),
        (
            "电话0851-85827415，全年收入85827420元",
            "电话零八五幺，八五八二七四幺五，全年收入八千五百八十二万七千四百二十元",
        ),
    ],
)
def test_the_next_number_of_a_list_of_phones_is_read_digit_by_digit(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("1.2031年普通高校毕业生", "一、二零三一年普通高校毕业生"),
        ("增长1.2031年", "增长一点二零三一年"),
    ],
)
def test_a_list_number_before_a_year_is_no_decimal(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("时延低于8ms", "时延低于八毫秒"),
        ("容量314Ah", "容量三百一十四安时"),
        ("625Wp组件", "六百二十五瓦峰组件"),
    ],
)
def test_milliseconds_ampere_hours_and_peak_watts_are_said_as_units(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("接种2剂次", "接种两剂次"), ("每次2片", "每次两片"), ("打2针", "打两针")],
)
def test_two_doses_and_tablets_are_liang(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("HL2401—HL2409", "H L二四零一到H L二四零九"),
        ("岗位代码HL2401-HL2409", "岗位代码H L二四零一到H L二四零九"),
        ("AB1234-CD5678", "A B一二三四，C D五六七八"),
    ],
)
def test_a_dash_between_codes_of_one_series_runs_from_one_to_the_other(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


def test_a_list_number_glued_to_a_count_under_earlier_items_is_the_item_s_number() -> None:
    text = "1.通报全市安全生产工作情况；\n2.市应急局作说明；\n3.3家区县和2家企业作交流发言；"
    _reads(
        text,
        "一、通报全市安全生产工作情况；\n二、市应急局作说明；\n三、三家区县和两家企业作交流发言；",
    )
    # with no list before it, the figure is a decimal
    _reads("增长3.3家", "增长三点三家")
    # …or glued to an age
    _reads(
        "1.周二至周日开放；\n2.每周五延长开放；\n3.6周岁以下儿童须由成人陪同。",
        "一、周二至周日开放；\n二、每周五延长开放；\n三、六周岁以下儿童须由成人陪同。",
    )
    _reads("3.6周岁以下儿童", "三点六周岁以下儿童")
    # …its items run on after their semicolons, as a block's lines are joined
    _reads(
        "1.周二至周日开放；2.每周五延长开放；3.6周岁以下儿童须由成人陪同。",
        "一、周二至周日开放；二、每周五延长开放；三、六周岁以下儿童须由成人陪同。",
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("分别上涨+6.25%", "分别上涨百分之六点二五"),
        ("同比下降-2.8%", "同比下降百分之二点八"),
        ("江面以下-36.5米", "江面以下三十六点五米"),
        ("增长-2.8%", "增长负百分之二点八"),  # a growth below zero keeps its sign
    ],
)
def test_a_sign_that_repeats_its_verb_s_direction_is_not_said(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("2031年Q3营收", "二零三一年第三季度营收"),
        ("Q1财报", "第一季度财报"),
        ("Q5", "Q五"),
        ("2031年第三季度(Q3)出货量", "二零三一年第三季度出货量"),  # said once
        ("清明专线公交Q1、Q2", "清明专线公交Q一、Q二"),  # bus lines
    ],
)
def test_a_quarter_written_q3_is_the_third_quarter(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("主推品种南粳9108、百农207", "主推品种南粳九一零八、百农二零七"),
        ("小麦单产450公斤", "小麦单产四百五十公斤"),
        ("47%加瑞农800倍液", "百分之四十七加瑞农八百倍液"),  # a dilution, not a variety
    ],
)
def test_a_crop_variety_s_number_is_read_digit_by_digit(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("10/1接待游客", "十月一日接待游客"), ("10/7", "十月七日"), ("完成1/3", "完成三分之一")],
)
def test_a_slash_over_a_smaller_number_is_a_month_and_its_day(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("门店12/25起暂停营业", "门店十二月二十五日起暂停营业"),
        ("请于3/15前提交材料", "请于三月十五日前提交材料"),
        ("6/30当天有效", "六月三十日当天有效"),
        ("约占3/20的份额", "约占二十分之三的份额"),
        ("降至1/3以上", "降至三分之一以上"),
    ],
)
def test_a_month_over_a_day_before_a_word_of_time_is_a_date(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("月薪15K-25K，五险一金", "月薪一万五千到两万五千元，五险一金"),
        ("薪资：8k-12k", "薪资：八千到一万二千元"),
        ("待遇15-20K·13薪", "待遇一万五千到两万元·十三薪"),
        ("税前12K/月", "税前一万二千元每月"),
        ("月薪10k以上", "月薪一万元以上"),
        ("支持4K电视", "支持四K电视"),
        ("完成10K跑", "完成十K跑"),
        # …and in ten thousands with W, never watts
        ("年薪25W~40W", "年薪二十五万到四十万元"),
        ("年薪30-50W", "年薪三十万到五十万元"),
        ("功率25W的灯", "功率二十五瓦的灯"),
    ],
)
def test_a_salary_in_k_is_said_in_thousands_of_yuan(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("上週（10/26-11/1）", "上周（十月二十六日到十一月一日）"),
        ("5/1-5/5", "五月一日到五月五日"),
        ("完成1/3-1/2", "完成三分之一到二分之一"),
    ],
)
def test_two_days_written_with_slashes_are_a_range_of_days(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("電話：(04)2228-9111#211", "电话：零四，二二二八，九幺幺幺转二幺幺"),
        ("本局地址：802711高雄市苓雅區", "本局地址：八零二七一一，高雄市苓雅区"),
        ("共有120个县市", "共有一百二十个县市"),
        ("攝氏38℃", "三十八摄氏度"),
        ("張○○", "张某某"),
        ("二○二五年", "二零二五年"),
    ],
)
def test_taiwan_extensions_postcodes_celsius_and_masked_names(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("22元/采暖期不变", "二十二元每采暖期不变"),
        ("780克/升", "七百八十克每升"),
        ("2.5克/立方厘米", "二点五克每立方厘米"),
        ("95后创业者", "九五后创业者"),
        ("85后", "八五后"),
        ("3天后", "三天后"),
    ],
)
def test_per_a_heating_season_and_the_born_in_the_late_nineties(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("2031“奔跑吧·南屏”半程马拉松", "二零三一“奔跑吧·南屏”半程马拉松"),
        ("2031世界智能大会在南屏开幕", "二零三一世界智能大会在南屏开幕"),
        # …with the place it is held bracketed in its name
        ("2031南屏(深圳)招商推介会举行", "二零三一南屏(深圳)招商推介会举行"),
        ("共2031家企业参会", "共两千零三十一家企业参会"),
    ],
)
def test_the_year_an_event_s_name_opens_with_is_read_as_a_year(written: str, spoken: str) -> None:
    _reads(written, spoken)


def test_a_heading_s_bar_or_a_bullseye_is_a_pause_not_a_warning() -> None:
    _reads("▌实况", "实况")
    _reads("◎ 居住在低洼地区的市民应撤离", "居住在低洼地区的市民应撤离")


def test_a_landline_and_a_mobile_set_apart_by_a_space_are_two_numbers() -> None:
    _reads(
        "联系电话：0537-8765432 13905391234",
        "联系电话：零五三七，八七六五四三二，幺三九，零五三九，幺二三四",
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "招生咨询电话：0451-55190237  55190238",
            "招生咨询电话：零四五幺，五五幺九零二三七，五五幺九零二三八",
        ),
        ("证书编号：赣136202312345", "证书编号：赣一三六二零二三一二三四五"),
        ("（赣136190400981）", "（赣一三六一九零四零零九八一）"),
    ],
)
def test_a_second_local_number_and_a_certificate_s_number_are_read_digit_by_digit(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("准考证号113402010215", "准考证号一一三四零二零一零二一五"),
        ("113402010215", "一一三四零二零一零二一五"),
        ("总人口1412000000人", "总人口十四亿一千二百万人"),
        ("（6:1—5:1）之上", "（六比一到五比一）之上"),
    ],
)
def test_a_bare_long_identifier_and_a_range_of_ratios(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("2031南屏夏戰節", "二零三一南屏夏战节"),
        ("《南屏统计年鉴—2031》", "《南屏统计年鉴，二零三一》"),
        ("（GDP）[1]413.76亿元", "（G D P）四百一十三点七六亿元"),
        ("“—”表示暂无数据", "“横线”表示暂无数据"),
        ("“#”表示其中的主要项", "“井号”表示其中的主要项"),
        ("专业代码100201K", "专业代码一零零二零一K"),
        ("100000KW", "十万K W"),
    ],
)
def test_years_in_names_footnote_marks_a_quoted_dash_and_subject_codes(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("涨多跌少,3,812只个股上涨", "涨多跌少，三千八百一十二只个股上涨"),
        ("在城镇,12,004人在乡村", "在城镇，一万二千零四人在乡村"),
        ("共1,2,3,4组", "共一，二，三，四组"),
    ],
)
def test_thousands_after_a_clause_s_ascii_comma_are_one_number(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("分别为-8.6%和-6.1%", "分别为负百分之八点六和负百分之六点一"),
        ("介于-2及-5之间", "介于负二及负五之间"),
    ],
)
def test_a_minus_after_and_is_no_range(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("請撥 166 查詢", "请拨幺六六查询"),
        ("查詢熱線2125 1111或2125 1122", "查询热线二幺二五，幺幺幺幺或二幺二五，幺幺二二"),
        ("车次4012停运", "车次四零一二停运"),
    ],
)
def test_numbers_to_call_or_to_board_are_said_digit_by_digit(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("最高气温40℃+", "最高气温四十摄氏度以上"),
        ("60岁+的老人", "六十岁以上的老人"),
        ("1+1", "一加一"),
        ("1+X证书", "一加X证书"),
        ("铯-137含量", "铯一三七含量"),
        ("碘-131", "碘一三一"),
        ("不超过2MB/张", "不超过两兆字节每张"),
        ("大小20KB-100KB", "大小二十千字节到一百千字节"),
        ("380元/间", "三百八十元每间"),
    ],
)
def test_signs_and_units_after_a_figure_are_said_as_meant(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("农历8月初2大潮", "农历八月初二大潮"),
        ("正月初10", "正月初十"),
        ("最初2个月", "最初两个月"),
        ("南监处罚〔2031〕0527-03号", "南监处罚二零三一年零五二七杠零三号"),
        ("JJF 1059.1-2012", "J J F一零五九点一杠二零一二"),
        ("震级：M4.6", "震级：四点六级"),
        ("型号M3的设备", "型号M三的设备"),
        ("1.严禁野外用火；\n2.5级火险区要巡山；", "一、严禁野外用火；\n二、五级火险区要巡山；"),
        ("1.发生地震；\n2.5级地震后", "一、发生地震；\n二点五级地震后"),
    ],
)
def test_days_codes_magnitudes_and_list_numbers_read_as_meant(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("详见(附件一).", "详见(附件一)。"),
        ("排查隐患.(二)加强管理", "排查隐患。(二)加强管理"),
        ("分为(A类):甲类", "分为(A类)：甲类"),
        ("网址www.abc.com.", "网址W W W点A B C点com。"),
    ],
)
def test_ascii_marks_after_a_bracket_are_chinese_marks(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("JCR Q1区论文", "J C R Q一区论文"),
        ("Q1营收", "第一季度营收"),
        ("收报3215.36点(+16.63点)", "收报三千二百一十五点三六点(上涨十六点六三点)"),
        ("报10234.5点（-8.2点）", "报一万零二百三十四点五点（下跌八点二点）"),
    ],
)
def test_a_journal_s_quartile_and_an_index_s_signed_points(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("××县交通运输局", "某县交通运输局"),
        ("×××同志", "某同志"),
        ("3×4米", "三乘四米"),
        ("S312线K45+200—K48+600段", "S三一二线K四十五加二百至K四十八加六百段"),
        ("（南屏东→临河南）", "（南屏东至临河南）"),
        ("火车站→解放广场→人民公园", "火车站、解放广场、人民公园"),
    ],
)
def test_hidden_names_stretches_of_road_and_one_trip(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("依照<中华人民共和国刑法>第266条", "依照《中华人民共和国刑法》第二百六十六条"),
        ("x<5且y>3", "x小于五且y大于三"),
        ("王*涵、李**", "王某涵、李某某"),
        ("¥329/针", "三百二十九元每针"),
        ("4600元/学年", "四千六百元每学年"),
        ("初试成绩×50%+复试成绩×50%", "初试成绩乘百分之五十加复试成绩乘百分之五十"),
        ("HPV16/18型", "H P V十六、十八型"),
        ("1.5万（含）-10万元", "一点五万（含）到十万元"),
        ("2031暑期夏令营", "二零三一暑期夏令营"),
        ("考试2科", "考试两科"),
        ("33072419950317XXXX", "三三零七二四一九九五零三一七"),
        ("人保财险95518", "人保财险九五五幺八"),
        ("销量95518台", "销量九万五千五百一十八台"),
        ("MS-1517A型", "M S一五一七A型"),
        ("03 个人账户可以家庭共济", "三、个人账户可以家庭共济"),
        ("02、投资结构持续优化", "二、投资结构持续优化"),
        # a footnote's mark after a rate
        ("增长6.2%[1]，", "增长百分之六点二，"),
        # a figure with its magnitude in the middle keeps the 零 of its missing places
        ("2,342萬444人", "两千三百四十二万零四百四十四人"),
        ("1萬315人", "一万零三百一十五人"),
        ("2億300萬", "两亿零三百万"),
        ("3万5", "三万五"),
        # a week's days, one written over itself (5/5), never a fraction
        ("上週（5/5-5/11）", "上周（五月五日到五月十一日）"),
        # a figure grouped in thousands is an amount, however long
        ("（MOP 27,740,000,000）", "（两百七十七亿四千万澳门元）"),
        # a listed company's code with its exchange
        ("股票代码：603977.SH", "股票代码：六零三九七七"),
        ("华润置地（01109.HK）今日", "华润置地（零一一零九）今日"),
        # codes listed with a keyed one, as long as it
        ("批号20310801至20320630", "批号二零三一零八零一至二零三二零六三零"),
        ("生产批次号20310305", "生产批次号二零三一零三零五"),
        ("产品批次为20310305", "产品批次为二零三一零三零五"),
        # per a unit before a word of grammar; watt-hours; per two units; UTC; a formula
        ("以20公里/小时的速度", "以二十公里每小时的速度"),
        ("0.5元/Wh", "零点五元每瓦时"),
        ("450元/间·天", "四百五十元每间每天"),
        ("鸡苗2.65元/羽", "鸡苗二点六五元每羽"),
        ("报名费120元/科", "报名费一百二十元每科"),
        ("学费5200元/生·学年", "学费五千二百元每生每学年"),
        ("UTC-12，23:59", "U T C减十二，二十三点五十九分"),
        ("利润总额/营业收入×100%", "利润总额除以营业收入乘百分之一百"),
        # an amount of money padded with zeros to four places or more
        ("每股配发现金3.50000000元", "每股配发现金三点五元"),
        ("认购价8.0000元", "认购价八元"),
        # goals counted as a slogan are wholes
        ("做到三个100%", "做到三个百分之百"),
        # days of a month written with a dot: backwards as figures, or after a word of when
        ("报名时间：7.8—7.12", "报名时间：七月八日到七月十二日"),
        ("报名时间：7.1—7.31", "报名时间：七月一日到七月三十一日"),
        ("增长3.5—3.8", "增长三点五到三点八"),
        # a clock time, a space, then an item: a pause, never a unit
        ("17:30 分论坛一", "十七点三十分，分论坛一"),
        # a list's stop run into a year, a year of the Republic or a post's code
        ("1.2031届毕业生", "一、二零三一届毕业生"),
        ("1.120年度預算", "一、一百二十年度预算"),
        ("2.2031205岗位", "二、二零三一二零五岗位"),
        ("3.1415926是圆周率", "三点一四一五九二六是圆周率"),
        # a star before a weight; a fall written with its magnitude in the middle
        ("笔试*40%+面试*60%", "笔试乘百分之四十加面试乘百分之六十"),
        ("自然增加數為-6萬585人", "自然增加数为负六万零五百八十五人"),
        # microseconds; per a can, per ten thousand yuan
        ("72μs", "七十二微秒"),
        ("800g/罐", "八百克每罐"),
        ("0.3吨标准煤/万元", "零点三吨标准煤每万元"),
        # a dated range with its year, across a month
        ("报名时间：2031.8.28-9.3", "报名时间：二零三一年八月二十八日到九月三日"),
        # a house's sub-number; a station's code
        ("东湖路66-1号", "东湖路六十六杠一号"),
        ("和平街66-1号至66-9号", "和平街六十六杠一号至六十六杠九号"),
        ("站码61512300", "站码六一五一二三零零"),
        ("股份代號：4266", "股份代号：四二六六"),
        # a local number in two groups of four after its name's colon
        ("九巴：2745 4466", "九巴：二七四五，四四六六"),
        ("请传真至 2877 6543", "请传真至，二八七七，六五四三"),
        # a map's number after its year, set off by a hyphen; a definition's ratio
        ("宁勘〔2031〕-117", "宁勘二零三一杠一一七"),
        ("日均产量=产量/当月日历日数", "日均产量等于产量除以当月日历日数"),
        ("05 月份", "五月份"),
        ("机械楼Ⅱ-201", "机械楼二杠二零一"),
        ("O3日最大8小时平均浓度", "臭氧日最大八小时平均浓度"),
        ("NO2浓度", "二氧化氮浓度"),
    ],
)
def test_titles_masks_rates_types_codes_and_formulas_read_as_meant(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("三等奖500元.六、报名方式", "三等奖五百元。六、报名方式"),
        ("语.数.外", "语、数、外"),
    ],
)
def test_a_stop_after_a_figure_s_unit_before_a_numbered_heading_ends_the_sentence(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("心率（>100次/分）", "心率（超过一百次每分钟）"), ("呼吸20次/分钟", "呼吸二十次每分钟")],
)
def test_a_rate_per_minute_says_the_minute(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("3. 24小时封顶30元", "三、二十四小时封顶三十元"),
        ("每场限120剂", "每场限一百二十剂"),
        ("每次+2分", "每次加两分"),
        ("同比+2.3%", "同比上升百分之二点三"),
    ],
)
def test_a_spaced_list_number_a_dose_count_and_points_added(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("香港單車節2031", "香港单车节二零三一"),
        ("“智造2025”", "“智造二零二五”"),
        ("比赛2031场", "比赛两千零三十一场"),
    ],
)
def test_a_year_that_closes_an_event_s_name_is_said_digit_by_digit(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("1.14日多云；\n2.15日有小雨", "一、十四日多云；\n二、十五日有小雨"),
        (
            "在21.3℃（南山）～27.1℃（北湖）之间",
            "在二十一点三摄氏度（南山）到二十七点一摄氏度（北湖）之间",
        ),
        ("O3-8h浓度", "臭氧八小时浓度"),
    ],
)
def test_a_list_number_before_a_day_a_range_between_bracketed_places_and_o3_8h(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


def test_degree_days_are_said_as_degree_days() -> None:
    _reads("活动积温为136.2℃·d", "活动积温为一百三十六点二摄氏度日")


def test_a_court_case_number_with_its_year_after_a_slash_is_no_fraction() -> None:
    _reads("案件編號DCCC 512/2030", "案件编号D C C C五一二斜杠二零三零")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # masks: a cross for a place or body, crosses after a one-character word, a star
        # after a two-character surname
        ("×纪发〔2031〕3号", "某纪发二零三一年三号"),
        ("原××镇党委书记", "原某镇党委书记"),
        ("欧阳*平", "欧阳某平"),
        ("司马**", "司马某某"),
        # …but a cross between two words is still a sign
        ("长×宽×高", "长乘宽乘高"),
        # a notice's or a case's serial after its year and a hyphen
        ("第2031-18号", "第二零三一杠十八号"),
        ("编号No.2031-0157号", "编号二零三一杠零一五七号"),
        # years of an anniversary are counted; a campaign's year is a name
        ("建党112周年纪念日", "建党一百一十二周年纪念日"),
        ("开展“净网2031”专项行动", "开展“净网二零三一”专项行动"),
        # programmes named by their numbers, and a service line that calls
        ("入选211工程和985高校", "入选二一一工程和九八五高校"),
        ("接到96110来电", "接到九六幺幺零来电"),
        # units of posts, pace, speed, alcohol and bars
        ("阅读量10w+", "阅读量十万加"),
        ("粉丝20W", "粉丝二十万"),
        ("充电功率20W", "充电功率二十瓦"),
        ("百公里加速3.9s", "百公里加速三点九秒"),
        ("响应时间15s内", "响应时间十五秒内"),
        ("转速3000r/min", "转速三千转每分钟"),
        ("酒精度52%vol", "酒精度百分之五十二"),
        ("Φ16mm钢筋", "直径十六毫米钢筋"),
        ("租金3.8元/㎡·月", "租金三点八元每平方米每月"),
    ],
)
def test_masks_serials_programmes_and_units_of_notices_and_posts_are_said(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


def test_a_page_s_placeholders_for_its_pictures_are_not_read_and_are_reported() -> None:
    result = to_spoken("扫码报名[二维码]。现场照片见下【图片】。")
    assert result.text == "扫码报名。现场照片见下。"
    assert result.warnings == ("未朗读（图片占位）：[二维码]", "未朗读（图片占位）：【图片】")


def test_a_transcripts_notes_of_the_room_are_not_read_and_are_reported() -> None:
    result = to_spoken("我们有信心（笑）。（掌声）谢谢大家。")
    assert result.text == "我们有信心。谢谢大家。"
    assert result.warnings == ("未朗读（现场反应）：（笑）", "未朗读（现场反应）：（掌声）")


def test_a_list_in_figures_under_han_numbered_sections_is_said_first_second() -> None:
    assert to_spoken("一、普通门诊。1. 除夕停诊。2. 初四恢复。(3) 照常。").text == (
        "一、普通门诊。第一，除夕停诊。第二，初四恢复。第三，照常。"
    )
    # a phone's code in brackets, a clock's minutes: no list's numbers
    assert "第" not in to_spoken("（三）电话：（02）85902567，24:00截止。").text
    # …also where the item's stop runs into a clock's time
    assert to_spoken("一、管制时间：\n1.06:00-09:30禁止通行；\n2.08:00-10:00开放。").text == (
        "一、管制时间：\n第一，六点到九点三十分禁止通行；第二，八点到十点开放。"
    )
    # …also after a sentence's ASCII stop
    assert to_spoken("一、放假时间。1.初中:7月10日放假.2.高中:7月17日放假.").text == (
        "一、放假时间。第一，初中：七月十日放假。第二，高中：七月十七日放假。"
    )
    # a list of one level keeps its numbers as written
    assert to_spoken("1. 除夕停诊。2. 初四恢复。").text == "一、除夕停诊。二、初四恢复。"


def test_a_page_s_pointer_to_an_annex_or_a_left_out_list_is_not_read_and_is_reported() -> None:
    result = to_spoken("对照问题清单（见附件）逐项整改，回执（详见附件2）于月底前报送。")
    assert result.text == "对照问题清单逐项整改，回执于月底前报送。"
    assert result.warnings == (
        "未朗读（页面指引）：（见附件）",
        "未朗读（页面指引）：（详见附件2）",
    )


def test_a_note_that_the_rest_is_left_out_or_of_an_attached_file_s_size_is_not_read() -> None:
    result = to_spoken("建议加强监测（下略）。统计表详见附件(xlsx,58KB)，请查阅。")
    assert result.text == "建议加强监测。统计表详见附件，请查阅。"
    assert result.warnings == (
        "未朗读（页面指引）：（下略）",
        "未朗读（页面指引）：(xlsx,58KB)",
    )


def test_a_writer_s_note_that_a_unit_holds_below_is_not_read_and_is_reported() -> None:
    result = to_spoken("营业收入86亿元(人民币，下同)，利润3亿元（下同）。以下同志请注意。")
    assert result.text == "营业收入八十六亿元(人民币)，利润三亿元。以下同志请注意。"
    assert result.warnings == ("未朗读（下同说明）：，下同", "未朗读（下同说明）：（下同）")


def test_a_name_glossed_in_letters_after_the_han_name_is_not_read_and_is_reported() -> None:
    result = to_spoken("署長陳大文（Mr Chan Tai-man）表示，副署長李家明(LEE Ka-ming)陪同。")
    assert result.text == "署长陈大文表示，副署长李家明陪同。"
    assert result.warnings == (
        "未朗读（外文姓名）：（Mr Chan Tai-man）",
        "未朗读（外文姓名）：(LEE Ka-ming)",
    )
    # a brand's or a body's letters after its Han name are read as written
    assert "Model Y" in to_spoken("特斯拉（Model Y）召回").text
    assert "Food Safety" in to_spoken("食物安全中心（Centre for Food Safety）公布").text


def test_a_note_of_the_short_name_to_come_is_not_read_and_is_reported() -> None:
    result = to_spoken('南屏矿业股份有限公司（以下简称"公司"或"本公司"）于近日收到通知。')
    assert result.text == "南屏矿业股份有限公司于近日收到通知。"
    assert result.warnings == ('未朗读（简称说明）：（以下简称"公司"或"本公司"）',)
    # a short name given once (简称) is said: it tells the listener the name
    kept = to_spoken("南屏市发展和改革委员会（简称“市发改委”）")
    assert kept.text == "南屏市发展和改革委员会（简称“市发改委”）" and not kept.warnings


def test_a_clause_number_after_a_full_stop_is_set_off_from_its_words() -> None:
    _reads(
        "一、项目概况。1.1 项目名称：青川县供水工程",
        "一、项目概况。一点一，项目名称：青川县供水工程",
    )
    _reads("全年共计。2.5 万吨", "全年共计。二点五万吨")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a character opencc reads in its context keeps its reading (乾隆, never 干隆)
        ("清乾隆年间修建", "清乾隆年间修建"),
        # a clock's padded minutes, said as a digit
        ("5时02分发生", "五时零二分发生"),
        # a ratio after 人力比, never a clock
        ("人力比不得低于1:15", "人力比不得低于一比十五"),
        # a landline's local part in uneven groups
        ("电话：0771-3260 512", "电话：零七七幺，三二六零，五幺二"),
        ("WhatsApp（9612 8888）", "WhatsApp（九六幺二，八八八八）"),
        # a bond's short name and its code; a law's number over its year
        ("24青川城投01（240004）", "二四青川城投零一（二四零零零四）"),
        ("第1/2031號法律", "第一斜杠二零三一号法律"),
        # analysts' periods, multiples and a fall's redundant minus
        ("3Q31营收", "二零三一年第三季度营收"),
        ("1H31净利润", "二零三一年上半年净利润"),
        ("市盈率18.5x", "市盈率十八点五倍"),
        ("分辨率1920x1080", "分辨率一千九百二十乘一千零八十"),
        ("跌-1.75%", "跌百分之一点七五"),
        # spans of years and centuries, years opening a plan's name
        ("明朝（1368—1644年）", "明朝（一三六八到一六四四年）"),
        ("公元前2世纪", "公元前二世纪"),
        ("「2050淨零排放路徑」", "「二零五零净零排放路径」"),
        # a count with its plus, figures added, parts per million, a trend per ten years
        ("20+组", "二十多组"),
        ("3+2项目", "三加二项目"),
        ("浓度421.6ppm", "浓度百万分之四百二十一点六"),
        ("0.28℃/10a", "零点二八摄氏度每十年"),
        # a patent's number and its check digit; a word said, not spelled
        ("专利号ZL203130456789.1", "专利号Z L二零三一三零四五六七八九点一"),
        ("LOGO设计", "LOGO设计"),
        # a long power of ten, a grant's number, a half after its year's 年, currents
        ("约10^122", "约十的一百二十二次方"),
        ("批准号：62274103", "批准号：六二二七四一零三"),
        ("2031年H2", "二零三一年下半年"),
        ("电流5μA", "电流五微安"),
        ("电流20mA", "电流二十毫安"),
        # a plant's capacity per year, two acronyms either side of a slash, a floor in brackets
        ("260万吨/年加氢裂化装置", "两百六十万吨每年加氢裂化装置"),
        # …a river's flow per second, whatever word follows
        ("由320立方米/秒逐步增加", "由三百二十立方米每秒逐步增加"),
        # a resistance in thousands or millions of ohms
        ("绝缘电阻不小于0.5MΩ", "绝缘电阻不小于零点五兆欧"),
        ("电阻为10kΩ", "电阻为十千欧"),
        ("DRG/DIP支付方式改革", "D R G、D I P支付方式改革"),
        ("（门诊大厅1F）", "（门诊大厅一楼）"),
        # a 123xx hotline alone in its clause; a code's number sign after the word naming it
        ("举报电话：县纪委监委，12388", "举报电话：县纪委监委，幺二三八八"),
        ("达到12388，", "达到一万二千三百八十八，"),
        ("编号No.2031-SX-0618", "编号二零三一杠S X杠零六一八"),
        # a local number after a contact's name
        ("联系人：石慧 87651234", "联系人：石慧，八七六五幺二三四"),
    ],
)
def test_readings_of_markets_heritage_climate_and_traditional_releases(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a race's time to the hundredth; a ratio with a fraction stays a ratio
        ("成绩31:03.33，打破纪录", "成绩三十一分零三秒三三，打破纪录"),
        ("用时2:05:33.1", "用时两小时零五分三十三秒一"),
        ("生师比为1:17.5", "生师比为一比十七点五"),
        # a CV's year and month after its key, and the post still held
        ("出生年月：1981.3", "出生年月：一九八一年三月"),
        ("入党时间：2005.6", "入党时间：二零零五年六月"),
        ("2019.11—　　县商务局副局长", "二零一九年十一月至今，县商务局副局长"),
        ("2015.12—2019.11　县招商中心主任", "二零一五年十二月到二零一九年十一月，县招商中心主任"),
        ("2024.03-今", "二零二四年三月至今"),
        # a postcode after an ASCII colon or a space
        ("监督室,邮编:418300.", "监督室，邮编：四一八三零零。"),
        ("县委大院，邮编 418400", "县委大院，邮编，四一八四零零"),
        # designations of aircraft and missiles, never a minus or a range
        ("出动苏-57和图-160", "出动苏五十七和图一六零"),
        ("歼-20和运-20亮相", "歼二十和运二十亮相"),
        ("长度10米-15米", "长度十米到十五米"),
        # an article's number before a figure, a paper's page, a masked landline
        ("第三条 60周岁及以上的老人", "第三条，六十周岁及以上的老人"),
        # …also where articles are read one after another, each opening its sentence
        ("运营。第二条 11月17日起封闭", "运营。第二条，十一月十七日起封闭"),
        ("刊于第06版", "刊于第六版"),
        ("电话：0731-86652xxx", "电话：零七三幺，八六六五二"),
        # gases by their names
        ("H2S、O2、CH4浓度", "硫化氢、氧气、甲烷浓度"),
        ("NH₃超标", "氨气超标"),
        ("O2O模式", "O二O模式"),
        # a date a draft leaves blank
        ("本办法自2031年  月  日起施行。", "本办法自二零三一年某月某日起施行。"),
        ("于×月×日前报送", "于某月某日前报送"),
        ("自    年  月  日起施行", "自某年某月某日起施行"),
        ("3×5月", "三乘五月"),
        ("2031年 月日", "二零三一年某月某日"),
        # a list of questions and answers; an option on a form stays a letter
        (
            "Q1：提取额度提高到多少？A：无房职工每月2000元。",
            "问题一：提取额度提高到多少？回答：无房职工每月两千元。",
        ),
        ("Q：能提前退休吗？A：可以，但有条件。", "问：能提前退休吗？回答：可以，但有条件。"),
        ("A：同意", "A：同意"),
        # a sum worked out, a spread under a rate, hotlines with their hyphens and in a list
        (
            "应纳税额=60000×10%-2520=3480元",
            "应纳税额等于六万乘百分之十减两千五百二十等于三千四百八十元",
        ),
        ("利率为LPR-45BP", "利率为L P R减四十五个基点"),
        ("客服热线4008-123-456", "客服热线四零零八，幺二三，四五六"),
        ("热线4006-95555", "热线四零零六，九五五五五"),
        ("请拨打110、119、120、122", "请拨打幺幺零、幺幺九、幺二零、幺二二"),
        ("分别为110、120、130吨", "分别为一百一十、一百二十、一百三十吨"),
        # a draw's serial, a day named by its digits, a model's letters, a bound in cubic metres
        ("第24089期", "第二四零八九期"),
        ("99公益日", "九九公益日"),
        ("IRB-1200机器人", "I R B一二零零机器人"),
        ("储罐容积≥5000m³", "储罐容积五千立方米以上"),
        ("氨氮（NH3-N）", "氨氮（N H三 N）"),
    ],
)
def test_readings_of_cvs_races_safety_reports_and_foreign_news(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a listed company's filings and a market's wrap
        ("宁德时代(300750.SZ)", "宁德时代(三零零七五零)"),
        ("腾讯控股（00700.HK）", "腾讯控股（零零七零零）"),
        # (Taiwan's, with its market after a hyphen or a dot)
        ("青川電子（2330-TW）", "青川电子（二三三零 T W）"),
        ("青川光電(6488.TWO)", "青川光电(六四八八 T W O)"),
        ("美团-W、快手-W涨超3%", "美团、快手涨超百分之三"),
        ("美容护理(+2.6%)", "美容护理(上升百分之二点六)"),
        ("电子(-6.2%)", "电子(下降百分之六点二)"),
        ("涨幅：+10.02%", "涨幅：百分之十点零二"),
        ("涨跌幅：-3.2%", "涨跌幅：下降百分之三点二"),
        ("毛利率同比提升1.9pct", "毛利率同比提升一点九个百分点"),
        ("调整公式为：P1=P0-D。", "调整公式为：P一等于P零减D。"),
        ("销售额TOP 3.其中,海岚", "销售额前三。其中，海岚"),
        ("排名TOP10", "排名前十"),
        ("2031年Q1：17起", "二零三一年第一季度：十七起"),
        # a recall, a trial, a contract's amount said once
        ("涉及批次：20310318、20310402", "涉及批次：二零三一零三一八、二零三一零四零二"),
        ("中位生存期15.3个月vs 11.8个月", "中位生存期十五点三个月对十一点八个月"),
        ("奖金人民币伍万元整（¥50,000.00）", "奖金人民币五万元整"),
        ("全身PET/CT检查", "全身P E T C T检查"),
        ("设定值为1200J", "设定值为一千二百焦耳"),
        ("以+852开头的来电", "以加八五二开头的来电"),
        # the first digits of the number after the calling code are a phone's
        ("警惕+86 165开头的来电", "警惕加八六 幺六五开头的来电"),
        # a work's opus number
        ("演奏勃拉姆斯Op.77", "演奏勃拉姆斯作品第七十七号"),
        ("派出2支队伍", "派出两支队伍"),
        # energy and radiation
        ("节约1.2万tce", "节约一点二万吨标准煤"),
        ("排放3.6万tCO2e", "排放三点六万吨二氧化碳当量"),
        ("剂量率为85nGy/h", "剂量率为八十五纳戈瑞每小时"),
        ("装机容量5.6MWp", "装机容量五点六兆瓦峰"),
    ],
)
def test_readings_of_filings_market_wraps_recalls_trials_and_energy(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # the zeros a table pads a rate, an index or an amount in 亿 with are not said
        ("同比增长18.0%", "同比增长百分之十八"),
        ("费率由0.50%降至0.30%", "费率由百分之零点五降至百分之零点三"),
        ("利率区间2.50%-3.00%", "利率区间百分之二点五到百分之三"),
        ("收于3000.00点", "收于三千点"),
        ("出口258.0亿美元", "出口两百五十八亿美元"),
        ("坐标15172.500", "坐标一万五千一百七十二点五零零"),  # a coordinate keeps them
        # a promise quoted, a light level, a lift of a building
        ("“日赚300+”的广告", "“日赚三百以上”的广告"),
        ("照度不低于300lx", "照度不低于三百勒克斯"),
        ("9:00-11:00 2栋A梯", "九点到十一点 二栋A梯"),
    ],
)
def test_padded_zeros_a_promise_s_plus_light_and_a_building_s_lift(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a measure's padded zeros are not said, a magnitude's and a signed reading's are
        ("汛限水位（286.00米）", "汛限水位（两百八十六米）"),
        ("最大小时雨强41.0mm", "最大小时雨强四十一毫米"),
        ("洪峰水位33.50米左右", "洪峰水位三十三点五米左右"),
        ("将出现3.0～4.0米的大浪", "将出现三到四米的大浪"),
        ("发生4.0级地震", "发生四点零级地震"),
        ("风速+1.0米/秒", "风速正一点零米每秒"),
        # a bound before a compound unit goes before the figure
        ("入库流量≥6500立方米每秒", "入库流量大于等于六千五百立方米每秒"),
        # unit numbers with the sign before them, each of a list
        ("#5、#6机组检修", "五号、六号机组检修"),
        # a position with its minutes, seconds and hemisphere; minutes of none unsaid
        ("28°16′42″N 121°09′05″E", "北纬二十八度十六分四十二秒 东经一百二十一度零九分零五秒"),
        ("北纬27°00′以北", "北纬二十七度以北"),
        # a ship's hours in four digits
        ("每日0600时至2000时", "每日六时至二十时"),
        ("1545时起", "十五时四十五分起"),
        # a lottery's draw without 第, its winning bets, a discount, two prices
        ("大乐透2031046期", "大乐透二零三一零四六期"),
        ("浙江2注", "浙江两注"),
        ("持卡享8.5折", "持卡享八五折"),
        ("票价：80/120元", "票价：八十、一百二十元"),
        # an online meeting's number, a parking space's code
        ("腾讯会议号：415 208 637", "腾讯会议号：四一五二零八，六三七"),
        ("车位B2-018", "车位B二杠零一八"),
        # a donor list's dot leaders before the amount
        ("南屏某建材有限公司 ........ 2,000,000.00元", "南屏某建材有限公司，两百万元"),
        ("李明……………… 1,500元", "李明，一千五百元"),
        # a sea notice's knots, nautical miles, ship numbers and warning number
        ("航速不超过8kn", "航速不超过八节"),
        ("半径0.5n mile", "半径零点五海里"),
        ("闽连渔20318号", "闽连渔二零三一八号"),
        ("东海救115轮", "东海救一一五轮"),
        ("MMSI：413256789", "M M S I：四一三二五六七八九"),
        ("南航警 0317/33", "南航警，零三一七斜杠三三"),
        # a sign's size, a lab's limit and an image's resolution
        ("规格为长60cm x 宽40cm", "规格为长六十厘米乘宽四十厘米"),
        ("ALT≤50U/L", "A L T小于等于五十单位每升"),
        ("分辨率不低于300dpi", "分辨率不低于三百D P I"),
        # a mail domain named by its number
        ("邮箱：nphyzx@163.com", "邮箱：N P H Y Z X艾特幺六三点com"),
    ],
)
def test_readings_of_water_levels_sea_notices_draws_and_event_notices(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a settlement day counted from the trade day
        ("配售日为T-1日，缴款日为T+2日", "配售日为T减一日，缴款日为T加二日"),
        ("于T-1个交易日", "于T减一个交易日"),
        # a price per lot, per trade, per pound, per acre
        ("每手报价800元/手", "每手报价八百元每手"),
        ("手续费3元/笔", "手续费三元每笔"),
        ("美棉报68.45美分/磅", "美棉报六十八点四五美分每磅"),
        ("单产48.7蒲式耳/英亩", "单产四十八点七蒲式耳每英亩"),
        # a service number grouped in other ways than 3-3-4
        ("热线4007-86-5555", "热线四零零七，八六，五五五五"),
        ("400-2345-678", "四零零，二三四五，六七八"),
        # a craft's or chip's name numbered after a hyphen, never a minus
        ("探星-2探测器", "探星二探测器"),
        ("云海-3C卫星", "云海三C卫星"),
        ("飞鸿-610芯片", "飞鸿六一零芯片"),
        ("星链-05A至05F", "星链零五A至零五F"),
        ("-15号柴油", "负十五号柴油"),
        ("差值-3元", "差值负三元"),
        # a processor's series and model
        ("不低于i3-10105", "不低于i三杠一零一零五"),
        # a protection rating, a screen's brightness, a link's rate
        ("防护等级IP65", "防护等级I P六五"),
        ("亮度400cd/㎡", "亮度四百坎德拉每平方米"),
        ("亮度达1200nits", "亮度达一千二百尼特"),
        ("带宽100Gb/s", "带宽一百吉比特每秒"),
        ("码率64kbps", "码率六十四千比特每秒"),
        # an amount in capitals said in plain numerals
        ("罚款人民币叁万元整", "罚款人民币三万元整"),
        ("中标价：人民币壹拾贰万陆仟元伍角（¥126,000.50）", "中标价：人民币十二万六千元五角"),
        # a year that opens a show's name
        ("2031南屏车展", "二零三一南屏车展"),
        ("1500平方米展会区", "一千五百平方米展会区"),
        # a sentence's full stop typed in ASCII before a Latin word
        ("营收800万元.KTV场次增长", "营收八百万元。K T V场次增长"),
        ("电位-0.5 V（vs.SHE）", "电位负零点五 V（对S H E）"),
    ],
)
def test_readings_of_market_notes_tenders_launches_and_shows(written: str, spoken: str) -> None:
    _reads(written, spoken)


def test_a_seal_s_place_and_an_amount_written_again_in_capitals_are_not_read() -> None:
    result = to_spoken(
        "采购人：南屏县图书馆（盖章）　预算：￥1,280,000.00元（大写：壹佰贰拾捌万元整）"
    )
    assert result.text == "采购人：南屏县图书馆，预算：一百二十八万元"
    assert result.warnings == (
        "未朗读（盖章处）：（盖章）",
        "未朗读（大写金额）：（大写：壹佰贰拾捌万元整）",
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # an issue numbered within its year
        ("第2031-47期", "第二零三一杠四十七期"),
        # water's conductivity
        ("电导率386μS/cm", "电导率三百八十六微西门子每厘米"),
        # a working face after a comma, a mill's line by its width
        ("通风不到位，31105工作面风量不足", "通风不到位，三一一零五工作面风量不足"),
        ("1580产线", "一五八零产线"),
        ("2250热轧线", "二二五零热轧线"),
        # dollars by their country's letters
        ("营收为A$58.4亿", "营收为五十八点四亿澳元"),
        ("NZ$3.5万", "三点五万新西兰元"),
        # a flow per day, whatever follows
        ("产量230万桶/日明显放缓", "产量两百三十万桶每日明显放缓"),
        # a formula's terms, one of them a word or a bracket
        ("应纳税所得额=收入额－60000元－专项扣除", "应纳税所得额等于收入额减六万元减专项扣除"),
        ("收入×（1－20%）", "收入乘（一减百分之二十）"),
        ("(收入－费用)×20%", "(收入减费用)乘百分之二十"),
        ("利润为-3万元，利润=收入-成本", "利润为负三万元，利润等于收入减成本"),
        ("规格60cm×40cm，数量10-20个", "规格六十厘米乘四十厘米，数量十到二十个"),
        # names said digit by digit; a goal named by its year
        ("波音737客机", "波音七三七客机"),
        ("波音737-800型客机", "波音七三七杠八零零型客机"),  # its series, never a range
        ("日经225指数", "日经二二五指数"),
        ("2035远景目标", "二零三五远景目标"),
        # the rounds of a course held, never a project's phase
        ("再开展2期培训", "再开展两期培训"),
        ("分2期实施", "分两期实施"),
        ("2期工程", "二期工程"),
    ],
)
def test_readings_of_environment_safety_foreign_news_and_tax_explainers(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


def test_a_gap_between_names_and_their_phone_numbers_is_a_pause() -> None:
    assert to_spoken("联系人：孙老师 13905186274 郑老师 13812345678").text == (
        "联系人：孙老师，幺三九，零五幺八，六二七四，郑老师，幺三八，幺二三四，五六七八"
    )
    # a figure set apart by spaces in a sentence stays with its words
    assert to_spoken("每 10 股派现").text == "每十股派现"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a court's code in a case number is a code
        ("作出(2031)浙1123刑初218号刑事判决", "作出(二零三一)浙一一二三刑初二一八号刑事判决"),
        # a rank ends its sentence at an ASCII stop, never a list's item
        ("位居全市第一.近日,记者专访了县长", "位居全市第一。近日，记者专访了县长"),
        ("排名前三.近日,记者专访了县长", "排名前三。近日，记者专访了县长"),
        # no change, however signed, is 持平
        ("鸡蛋环比-0.00%，猪肉环比上涨0.5%", "鸡蛋环比持平，猪肉环比上涨百分之零点五"),
        ("同比0.0%", "同比持平"),
        # a month and a day with a slash when something happens on it; a fraction stays
        ("马拉松11/30開跑", "马拉松十一月三十日开跑"),
        ("活动将于5/10举行", "活动将于五月十日举行"),
        ("占比小于1/3", "占比小于三分之一"),
        ("约1/4的受访者", "约四分之一的受访者"),
        # a bound on a speed, its unit whole
        ("风速≤10m/s时", "风速十米每秒以下时"),
        # Hong Kong's numbers of eight digits after a name or its quotes
        (
            "可致电调查队3661 3245或「交通投诉热线」2860 2800",
            "可致电调查队三六六幺，三二四五或「交通投诉热线」二八六零，二八零零",
        ),
        # a storm's number after its name
        ("台风“海燕”（2518）于今天登陆", "台风“海燕”（二五一八）于今天登陆"),
        ("超强台风“山竹”（Mangkhut，1822）", "超强台风“山竹”（Mangkhut，一八二二）"),
        # a land parcel's sub-number
        ("临江段123-4地号", "临江段一百二十三之四地号"),
        # a range of zones by their letters
        ("园区(A~F区)开放", "园区(A至F区)开放"),
        # a table's cell after its column's name is a figure, under a numbered list
        (
            "2.成品粮零售价格。第五行，五月：3.60元，四月：3.62元。",
            "二、成品粮零售价格。第五行，五月：三点六元，四月：三点六二元。",
        ),
        # a list's number before a span of months
        ("3.1-2月服务业数据", "三、一到二月服务业数据"),
        # questions and answers as a page heads them
        ("「育儿津贴加码方案」Q&A", "「育儿津贴加码方案」问答"),
        # a trailer's plate, and a power line's number
        ("挂车号牌浙F·8T65挂", "挂车号牌浙F八T六五挂"),
        ("10千伏滨江变924线停电", "十千伏滨江变九二四线停电"),
    ],
)
def test_readings_of_court_news_price_notes_storms_and_taiwan_and_hong_kong_releases(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # metres one space off their figure, as a hydrological table sets them
        (
            "水位45.80 m，超警戒（45.00 m）0.80 m。",
            "水位四十五点八米，超警戒（四十五米）零点八米。",
        ),
        ("风速12 m/s", "风速十二米每秒"),
        # thousands set apart by a space before a unit
        ("洪峰流量2 860 m³/s", "洪峰流量两千八百六十立方米每秒"),
        # a unit named alone after its label
        ("（单位：mg/kg）", "（单位：毫克每千克）"),
        # an ordinance's chapter by its letter, never watts
        ("第132W章", "第一百三十二W章"),
        ("功率5W", "功率五瓦"),
        # an ASCII stop after a title's mark
        ("攻坚行动方案》.会议指出", "攻坚行动方案》。会议指出"),
        # a version's part padded with a zero
        ("软件版本V2.3.07", "软件版本V二点三点零七"),
        # a range of VINs
        (
            "LJY3A2C18M0001025～LJY3A2C18N0228964",
            "L J Y三A二C一八M零零零一零二五到L J Y三A二C一八N零二二八九六四",
        ),
        # a production day under a field that also names the batch
        ("生产日期/批号：2031-03-06", "生产日期、批号：二零三一年三月六日"),
    ],
)
def test_readings_of_hydrology_recalls_food_checks_and_hong_kong_ordinances(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("腾讯会议号861-2345-6789", "腾讯会议号八六一 二三四五，六七八九"),
        ("地点：信电楼3-205报告厅", "地点：信电楼三杠二零五报告厅"),
        ("短时临近预报（第2031-0614期）", "短时临近预报（第二零三一杠零六一四期）"),
        ("发布航行警告(东航警2031-0412号)", "发布航行警告(东航警二零三一杠零四一二号)"),
        ("危废代码900-039-49", "危废代码九零零杠零三九杠四九"),
        # a ratio of two-figure parts, a day, days from one to another stay as they were
        ("45%(15-15-15)复合肥", "百分之四十五(十五杠十五杠十五)复合肥"),
        ("日期113-03-05", "日期一百一十三年三月五日"),
    ],
)
def test_figures_joined_by_hyphens_that_no_range_is_are_read_as_a_code(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("92号汽油国VIB标准", "九十二号汽油国六B标准"),
        ("大学英语IV考试", "大学英语四考试"),
        ("电缆265元/百米", "电缆两百六十五元每百米"),
        ("均价3.5萬元/坪", "均价三点五万元每坪"),
        ("22日02~08时", "二十二日两到八时"),
        ("采用1985国家高程基准", "采用一九八五国家高程基准"),
        ("2000国家大地坐标系", "二零零零国家大地坐标系"),
        ("支持100x数字变焦", "支持一百倍数字变焦"),
    ],
)
def test_stages_levels_rates_spans_datums_and_zooms_read_as_meant(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("澳门车牌MX-12-34", "澳门车牌M X一二 三四"),
        ("用84消毒液擦拭", "用八四消毒液擦拭"),
        ("抗体低于100IU", "抗体低于一百国际单位"),
        ("收案98.6件/万人", "收案九十八点六件每万人"),
        ("计科2802班", "计科二八零二班"),
        ("明理楼B座307学术报告厅", "明理楼B座三零七学术报告厅"),
        ("1.13日午后有雷阵雨；2.14日转晴", "一、十三日午后有雷阵雨；二、十四日转晴"),
        ("渣打香港馬拉松2032", "渣打香港马拉松二零三二"),
    ],
)
def test_plates_products_units_classes_rooms_listed_days_and_editions_read_as_meant(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("首要污染物：PM10：58", "首要污染物：P M十：五十八"),
        ("PM2.5(μg/m³)：28", "P M二点五(微克每立方米)：二十八"),
        ("风速(m/s)：5", "风速(米每秒)：五"),
        ("上午9:30开会", "上午九点三十分开会"),
    ],
)
def test_a_pollutant_s_figure_is_no_clock_and_a_column_s_unit_is_said(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("门诊楼1层挂号收费，2层外科、骨科", "门诊楼一层挂号收费，二层外科、骨科"),
        ("这栋楼共2层", "这栋楼共两层"),
        ("新建2层楼房", "新建两层楼房"),
    ],
)
def test_the_second_floor_of_a_directory_is_no_count_of_floors(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("队伍以6-5(常规时间2-2)淘汰卫冕冠军", "队伍以六比五(常规时间二比二)淘汰卫冕冠军"),
        ("主队以3-2（点球4:3）力克客队", "主队以三比二（点球四比三）力克客队"),
    ],
)
def test_a_score_before_tao_tai_and_a_part_of_the_match_s_score_in_brackets_read_bi(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("参观日期：5/16、5/17、5/23", "参观日期：五月十六日、五月十七日、五月二十三日"),
        ("讲座于4月9日、4/16、4/23举行", "讲座于四月九日、四月十六日、四月二十三日举行"),
        ("两组分别占1/3、2/5", "两组分别占三分之一、五分之二"),
    ],
)
def test_a_list_of_slashed_days_is_dates_after_a_day_or_a_when_word_but_fractions_stay(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("检控开车时用手提电话356宗", "检控开车时用手提电话三百五十六宗"),
        ("违规使用电话1204起", "违规使用电话一千二百零四起"),
        ("查询请致电2736", "查询请致电二七三六"),
    ],
)
def test_a_number_after_dian_hua_before_its_measure_word_is_a_count(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("营业部位于滨河路7-7号", "营业部位于滨河路七杠七号"),
        ("东湖路12-3号", "东湖路十二杠三号"),
        ("7-9号楼已完工", "七到九号楼已完工"),
    ],
)
def test_a_house_number_after_its_road_with_a_like_sub_number_is_no_range(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "综合分=理论成绩x40%+实操成绩x60%",
            "综合分等于理论成绩乘百分之四十加实操成绩乘百分之六十",
        ),
        ("综合分=理论成绩X0.3+实操成绩X0.7", "综合分等于理论成绩乘零点三加实操成绩乘零点七"),
    ],
)
def test_a_letter_x_between_a_score_and_its_weight_is_times(written: str, spoken: str) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("气温接近1987年以来同期最低", "气温接近一九八七年以来同期最低"),
        ("降水量为近2013年来最多", "降水量为近二零一三年来最多"),
        ("近1500年来", "近一千五百年来"),
    ],
)
def test_a_year_the_time_since_runs_from_is_a_year_after_jie_jin_or_when_not_round(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("水深约-35m", "水深约负三十五米"),
        ("高差约-110m至+420m", "高差约负一百一十米至正四百二十米"),
        ("读数在-119至+119之间", "读数在负一百一十九至正一百一十九之间"),
    ],
)
def test_a_minus_after_yue_or_on_a_range_with_a_signed_far_end_is_a_sign(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("「2033 青川数字经济峰会」开幕", "「二零三三，青川数字经济峰会」开幕"),
        ("2032 南屏国际半程马拉松鸣枪", "二零三二，南屏国际半程马拉松鸣枪"),
        ("到场观众达2032，本届大会", "到场观众达两千零三十二，本届大会"),
    ],
)
def test_a_year_set_apart_by_a_space_from_the_event_name_it_opens_is_a_year(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("起报时间：07日05时", "起报时间：七日五时"),
        ("明日气温：17/25", "明日气温：十七到二十五"),
        ("8:05开始", "八点零五分开始"),
    ],
)
def test_a_padded_day_after_a_label_s_colon_and_a_slashed_low_and_high_read_as_meant(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("批发价2.40~3.20元/斤", "批发价二点四到三点二元每斤"),
        ("每份8.00-12.00元", "每份八到十二元"),
        ("报价3.05元", "报价三点零五元"),
    ],
)
def test_both_ends_of_a_range_of_prices_drop_their_trailing_zeros(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("本底值（45.2～98.7）nGy/h", "本底值（四十五点二到九十八点七）纳戈瑞每小时"),
        ("溶解氧(5.1~7.3)mg/L", "溶解氧(五点一到七点三)毫克每升"),
        ("浓度单位为mg/m³。", "浓度单位为毫克每立方米。"),
    ],
)
def test_a_unit_after_a_bracketed_range_or_after_its_label_in_a_sentence_is_read_as_its_name(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("高峰时段约860辆/h", "高峰时段约八百六十辆每小时"),
        ("淋巴细胞计数＜350个/μL", "淋巴细胞计数低于三百五十个每微升"),
        ("病毒载量＜20拷贝/mL", "病毒载量低于二十拷贝每毫升"),
    ],
)
def test_a_counting_word_per_a_latin_unit_is_read_per_the_unit_s_name(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("施工起点K2317+000", "施工起点K二千三百一十七"),
        ("在S208省道K736处设卡", "在S二零八省道K七百三十六处设卡"),
        ("K2210至K2215段封闭", "K二千二百一十至K二千二百一十五段封闭"),
        ("K2210+300至K2215段", "K二千二百一十加三百至K二千二百一十五段"),
    ],
)
def test_a_road_s_stake_is_read_in_kilometres_whether_bare_or_whole(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("桂园小区12栋地下-1层车库", "桂园小区十二栋地下一层车库"),
        ("商场地下-2层", "商场地下二层"),
    ],
)
def test_a_floor_below_ground_written_with_a_minus_after_地下_is_read_without_it(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("螺栓拧紧力矩45±3N·m", "螺栓拧紧力矩四十五正负三牛米"),
        ("额定电流2.5A，", "额定电流二点五安，"),
        ("胎压2.4bar", "胎压二点四巴"),
        ("按压力度(60N)", "按压力度(六十牛)"),
    ],
)
def test_newton_metres_amperes_bars_and_newtons_after_a_number_are_read_as_their_names(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("换装215/60R16 95H轮胎", "换装二一五 六零 R十六 九十五H轮胎"),
        ("规格235/50R18 97W。", "规格二三五 五零 R十八 九十七W。"),
    ],
)
def test_a_tyre_s_size_is_read_as_its_figures_and_its_speed_letter_stays_a_letter(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


def test_digits_joined_to_a_latin_handle_by_an_underscore_are_read_one_by_one() -> None:
    _reads("网友Maple_1987留言", "网友Maple下划线一九八七留言")


def test_a_barcode_s_three_groups_of_digits_are_read_digit_by_digit() -> None:
    _reads("条形码：6 935471 208836。", "条形码：六 九三五四七一 二零八八三六。")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("附表中112、119两项", "附表中一百一十二、一百一十九两项"),
        ("小计\t112\t95", "小计，一百一十二，九十五"),
    ],
)
def test_a_service_like_number_in_a_list_of_figures_without_a_phone_word_is_an_amount(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("降水中SO4²⁻和NO3⁻占比", "降水中硫酸根和硝酸根占比"),
        ("NH4⁺浓度偏高", "铵根浓度偏高"),
        ("消光系数0.62m⁻¹", "消光系数零点六二每米"),
        ("检出锶-90和铯-134", "检出锶九十和铯一三四"),
    ],
)
def test_ions_a_unit_to_the_minus_one_and_three_digit_mass_numbers_are_read_as_said(
    written: str, spoken: str
) -> None:
    _reads(written, spoken)
