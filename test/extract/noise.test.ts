import {
  classifyLine, isEstimate, isPastClause, isPastHeading, isPastParagraph, isReportOpening, isResultSentence, nonTargetNumber,
  PAST_PARAGRAPH_FIRST, type NumberSite,
} from "../../src/extract/noise";

describe("classifyLine", () => {
  test.each([
    ["当前位置:主页 > 海曙政策 > 海曙区政府办 > 正文", "navigation"],
    ["您的位置首页 > 网络杂谈 > 建站经验", "navigation"],
    ["https://www.nbxinxi.com/a/quzhengfubangongshi/20210910/428402.html", "url"],
    ["版权保护: 本文由 主页 > 海曙政策 > 法定主动公开内容,转载请保留链接: https://www.nbxinxi.com/a/1.html", "url"],
    ["预览已结束，完整报告链接和二维码如下：", "qr_prompt"],
    ["打开微信扫一扫左边的二维码或者微信公众号搜索\"宁波政策\",关注我们", "qr_prompt"],
    ["宁波政策 宁波政策企业服务平台 宁波房贷政策 社保新政策 宁波限购政策2017 宁波企业政策", "keyword_spam"],
    ["• 杭州落户政策 杭州公积金政策 杭州人才政策 杭州补贴政策 杭州购房政策", "keyword_spam"],
    ["公选王推荐参加公务员遴选的考生学习>>>", "advert"],
    ["免责声明:本站所有信息均搜集自互联网,联系QQ:1640731186", "advert"],
    ["发布日期:2020-12-21 14:12 信息来源:办公室 浏览次数:", "other"],
    ["Produced By 大汉网络 大汉版通发布系统", "other"],
    ["Baidu", "other"],
    ["朗读", "other"],
    ["某某省人民政府门户网站", "other"],
    ["热门关键词：某某落户新政2024 某某公积金提取 某某中考分数线", "other"],
    ["【大字体　中字体　小字体】　【打印】", "other"],
    ["阅读次数：1208　　发布时间：2024-02-18", "other"],
    ["主办：某某市人民政府办公室　　承办：某某市大数据中心", "other"],
    ["某ICP备12345678号-1　　公网安备 33010202000001号", "advert"],
  ])("%s → %s", (line, reason) => {
    expect(classifyLine(line)).toBe(reason);
  });

  test("a long paragraph with a link in it is document text; a long run of links is not", () => {
    const paragraph = "全面推进数字政府建设，政务服务事项网上可办率达到100%，详见 https://www.example.gov.cn/a/1.html 。".repeat(3);
    expect(paragraph.length).toBeGreaterThan(160);
    expect(classifyLine(paragraph)).toBeNull();
    const links = Array.from({ length: 6 }, (_, n) => `https://www.example.gov.cn/art/2021/${n}/index.html`).join(" ");
    expect(links.length).toBeGreaterThan(160);
    expect(classifyLine(links)).toBe("url");
  });

  test.each([
    "浙江省人民政府关于下达 2020 年浙江省国民经济和社会发展计划的通知",
    "一、全力稳企业稳增长",
    "新增小微企业园 200 个，建成5G基站5万个。",
    "──固定资产投资增长12%,交通投资按省下达目标任务安排;",
    "（三）加强政府网站集约化建设，全市网站整合为1个平台。",
  ])("planning text is kept: %s", (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});

describe("past statements", () => {
  test.each([
    ["今年在已经为企业减负120亿元的基础上", true],
    ["全省已建成5G基站3万个", true],
    ["累计建成了12个园区", true],
    ["再新增减负200亿元以上", false],
    ["新增小微企业园200个", false],
    ["完成全年计划的81.5%", true],
    ["为年度任务的百分之六十", true],
  ])("isPastClause(%s) = %s", (clause, past) => {
    expect(isPastClause(clause)).toBe(past);
  });

  test.each([
    "1-8月，全省亩均增加值",
    "前三季度，新增",
    "截至9月底，累计",
    "1—9月，全区新增",
    "1月至5月，新增就业",
    "1～10月份，全县",
    "一至七月，全市",
    "前4个月，新增外贸企业",
    "前两个月，签约",
    "三季度末登记失业率为2.1%",
    "第一季度，全区",
    "上半年，新签约项目",
    "9月底，全市累计",
    "今年以来，全县",
  ])("a clause that reports results so far: %s", (opening) => {
    expect(isReportOpening(opening)).toBe(true);
    expect(isReportOpening(`全年目标已定。${opening}`, "全年目标已定。".length)).toBe(true);
  });

  test.each(["全年新增减税降费", "6月底前，新增充电桩", "三季度末前完成", "一季度实现开门红以后", "下半年，要新增"])(
    "a clause that does not: %s",
    (opening) => {
      expect(isReportOpening(opening)).toBe(opening === "一季度实现开门红以后");
    },
  );

  test("estimates and comparisons with the same period are results", () => {
    expect(isEstimate("预计新增投资30亿元左右")).toBe(true);
    expect(isEstimate("力争新增投资30亿元")).toBe(false);
    expect(isResultSentence("实际利用内资45亿元，同比增长6.2%")).toBe(true);
    expect(isResultSentence("出口额比上年同期下降2%")).toBe(true);
    expect(isResultSentence("力争全年规上工业增加值同比增长8%")).toBe(false);
    expect(isResultSentence("规上工业增加值增长8%")).toBe(false);
  });

  test("paragraphs and headings that look back", () => {
    expect(isPastParagraph("过去五年，全省生产总值年均增长6.5%")).toBe(true);
    expect(isPastParagraph("一年来，我们坚持稳中求进")).toBe(true);
    expect(isPastParagraph("到2025年，全省生产总值达到8.5万亿元")).toBe(false);
    // readers skip the test for other openings: every past opening starts with one of these
    for (const opening of ["过去五年", "过去的一年", "一年来", "三年来", "去年", "上年", "这一年", "今年以来", "回顾"]) {
      expect(isPastParagraph(opening)).toBe(true);
      expect(PAST_PARAGRAPH_FIRST).toContain(opening[0]);
    }
    expect(isPastHeading("（一）高水平全面建成小康社会取得决定性成就")).toBe(true);
    expect(isPastHeading("一、2019年工作回顾")).toBe(true);
    expect(isPastHeading("二、2020年主要目标")).toBe(false);
  });
});

describe("nonTargetNumber", () => {
  /** A site for the number at the first occurrence of `number` in `text`, with `unit` right after it. */
  function site(text: string, number: string, unit: string, extra: Partial<NumberSite> = {}): NumberSite {
    const start = text.indexOf(number);
    const numEnd = start + number.length;
    return {
      text, start, numEnd, unitEnd: text.indexOf(unit, numEnd) + unit.length, unit, value: Number(number), valueMax: null,
      chinese: false, fraction: false, quoted: null, bracketed: false, ...extra,
    };
  }

  test.each([
    [site("到2025年", "2025", "年"), "year"],
    [site("保持全国第1位", "1", "位"), "ordinal"],
    [site("进入全国前10名", "10", "名"), "ordinal"],
    [site("专栏 3人才强省", "3", "人"), "ordinal"],
    [site("建设G60科创走廊", "60", "科"), "name"],
    [site("推进“1+N”平台", "1", "+"), "name"],
    [site("PM2.5年均浓度", "2.5", "年"), "name"],
    [site("发布“28条”", "28", "条", { quoted: "28条" }), "name"],
    [site("1月30日", "30", "日"), "date_or_duration"],
    [site("超过1年的危险废物", "1", "年"), "date_or_duration"],
    [site("用3年时间", "3", "年"), "date_or_duration"],
    [site("稳外贸20条政策意见", "20", "条"), "policy_articles"],
    [site("落实稳外贸新政22条", "22", "条"), "policy_articles"],
    [site("（88.9%）", "88.9", "%", { bracketed: true }), "bracketed"],
    [{ ...site("四个意识", "四", "个"), value: 4, chinese: true }, "chinese_count"],
    [{ ...site("百个创新平台", "百", "个"), value: 100, chinese: true }, "chinese_count"],
    [{ ...site("打造两个中心", "两", "个"), value: 2, chinese: true }, "chinese_count"],
    [{ ...site("推动两个转变", "两", "个"), value: 2, chinese: true }, "chinese_count"],
    [{ ...site("建设一批特色园区", "一", "批"), value: 1, chinese: true }, "chinese_count"],
    [{ ...site("建设一个现代化城市", "一", "个"), value: 1, chinese: true }, "chinese_count"],
    [{ ...site("大力推进百个文化场馆建设", "百", "个"), value: 100, chinese: true }, "chinese_count"],
    [{ ...site("培育年产值超千亿元的集群", "千", "亿元"), value: 1000, chinese: true }, "chinese_count"],
    [{ ...site("实施“三条公交线路”工程", "三", "条", { quoted: "三条公交线路" }), value: 3, chinese: true }, "chinese_count"],
    [{ ...site("培育智能装备、生物医药三个产业集群", "三", "个"), value: 3, chinese: true }, "chinese_count"],
    [{ ...site("启动实施甲城、乙城、丙城三个区域协同行动计划", "三", "个"), value: 3, chinese: true }, "chinese_count"],
    [site("扎实办好15件民生实事：", "15", "件"), "task_count"],
    [site("年初部署的38项重点任务中", "38", "项"), "task_count"],
    [site("围绕年度45项重点工作建立台账", "45", "项"), "task_count"],
    [site("把12件惠民实事项目落到实处", "12", "件"), "task_count"],
    [site("扎实推进惠民实事工程20项", "20", "项"), "task_count"],
    [site("逐项落实改革任务36项", "36", "项"), "task_count"],
    [site("出生1年的婴儿", "1", "年"), "date_or_duration"],
  ])("%#: %o is %s", (s, reason) => {
    expect(nonTargetNumber(s)).toBe(reason);
  });

  test.each([
    site("建成5G基站5万个", "5万", "万个"),
    site("审批“最多80天”改革", "80", "天", { quoted: "最多80天" }),
    site("人均预期寿命超过80岁", "80", "岁"),
    site("平均受教育年限达到11.3年", "11.3", "年"),
    site("打造10条标志性产业链", "10", "条"),
    site("居民人均预期寿命提高0.8岁", "0.8", "岁"),
    { ...site("力争市场主体突破十万户", "十", "万户"), value: 10, chinese: true },
    { ...site("新增城市公交线路三条，", "三", "条"), value: 3, chinese: true },
    { ...site("森林覆盖率要提高一个百分点", "一", "个百分点"), value: 1, chinese: true },
    { ...site("比重提高两个百分点以上。", "两", "个百分点"), value: 2, chinese: true },
    { ...site("每年培训新型职业农民一万人以上", "一", "万人"), value: 1, chinese: true },
    { ...site("新开辟两条国际货运航线", "两", "条"), value: 2, chinese: true },
    { ...site("建成两个特色小镇", "两", "个"), value: 2, chinese: true },
    { ...site("培育两个千亿级产业集群", "两", "个"), value: 2, chinese: true },
    { ...site("新建百个口袋公园", "百", "个"), value: 100, chinese: true },
    { ...site("建设千个设施完善、环境优美的美丽乡村", "千", "个"), value: 1000, chinese: true },
    { ...site("建设沈阳、大连两个区域性金融中心", "两", "个"), value: 2, chinese: true },
    { ...site("建成港口枢纽、航空枢纽和陆港枢纽三个国际物流枢纽", "三", "个"), value: 3, chinese: true },
    site("完成12项省级改革试点", "12", "项"),
    site("开工建设重点项目120项", "120", "项"),
    site("新增授权发明专利8000件以上", "8000", "件"),
  ])("%#: a target figure", (s) => {
    expect(nonTargetNumber(s)).toBeNull();
  });
});
