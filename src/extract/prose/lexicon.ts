/**
 * Words that frame a target in planning prose: frames before the indicator (力争, 全年, 加快),
 * action verbs that take the counted thing as object (建成, 新增, 培育), relational verbs that
 * link an indicator to its figure (增长, 达到, 控制在), and verbs that govern things which
 * already exist (支持, 引导), whose numbers are not targets.
 */
import { charClasses } from "../segment";
import { WordList } from "../wordList";

/** Words before the indicator that neither name it nor carry the figure. */
export const FRAMES = new WordList([
  "力争", "争取", "确保", "努力", "全力", "力求", "要", "计划", "全年", "今年", "明年", "年内", "当年",
  "全省", "全市", "全区", "全县", "全州", "全盟", "全国", "同时", "其中", "并", "再", "进一步",
  "推动", "推进", "促进", "实现", "开展", "首批", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是",
  "九是", "十是", "累计", "五年", "一要", "二要", "三要", "四要", "五要", "六要", "此外", "另外", "总体", "主要",
  "——", "──", "—", "-", "•", "·", ":", "：",
  // the year's plan citing its target in a review: 年初提出新建高标准农田150万亩
  "年初提出", "年初确定", "年初安排", "年初部署", "年初计划",
  // how a figure was computed, not what it measures: 按可比价格计算增长6.8%
  "按可比价格计算", "按可比价计算", "按可比口径计算", "按可比口径", "同口径", "可比价",
]);

/** Adverbs that are frames only before an action verb: 重点培育… but 重点行业. */
export const ADVERBS = new WordList([
  "加快", "大力", "积极", "重点", "着力", "深入", "持续", "继续", "高水平", "高质量", "全面", "稳步", "有序",
  "择优", "优先", "加紧", "统筹",
]);

/** Frames that are verbs themselves: kept as the verb when no other verb is found. */
export const FRAME_VERBS = new Set(["推动", "推进", "促进", "实现", "争取"]);

/** Verbs whose object is the counted thing: 建成 18 家…, 新增小微企业园 200 个. */
export const ACTION_VERBS = new WordList([
  "新增", "新建", "新培育", "新认定", "新引进", "新开工", "新设立", "新招引", "新改建", "新开办", "新创建",
  "培育建设", "启动建设", "启动实施", "组织实施", "开发集成", "招引储备", "培育壮大",
  "培育", "引进", "集聚", "招收", "建成", "建设", "打造", "实施", "构筑", "构建", "创建", "布局",
  "设立", "开发", "连接", "服务", "淘汰", "整治", "落地", "招引", "举办", "形成", "安排", "完成",
  "深化", "争创", "认定", "引育", "改造", "腾退", "开工", "竣工", "建立", "培训", "吸引", "培养",
  "覆盖", "提供", "帮扶", "推广", "创成", "入选", "运行", "办好", "开展", "扶持", "治理", "修复",
  "增加", "关停", "整合", "推出", "评选", "改建", "新开", "转移", "安置", "救助", "资助", "减负",
  "开通", "开辟", "组建", "新组建", "编制", "签订", "扩建", "改扩建", "新改扩建", "新建改扩建", "筹集", "新开通", "新招收", "选育", "打通",
  "改造提升", "提升改造", "接待",
]);

/** A character after an action verb that makes it a noun: 服务业, 开发区, 投资额. */
export const NOUN_MAKERS = charClasses([["业区站器额量率费者商方点性期", 1]]);

/** Verbs between the indicator and its figure: …增长15%, …达到30%, …控制在3.5%以内. */
export const RELATIONAL_VERBS = new WordList([
  "年均增长", "年均提高", "年均下降", "年均降低", "增速达到", "增速保持在", "增速为", "增长到", "增长至",
  "增长", "增速", "上涨", "提高到", "提高至", "提升到", "提升至", "提高", "提升", "达到", "达", "突破", "超过",
  "超", "控制在", "控制到", "稳定在", "保持在", "维持在", "下降到", "下降至", "下降", "降低到", "降低至",
  "降低", "减少到", "减少", "削减", "压减", "压缩到", "压缩至", "缩短到", "缩短至", "不低于", "不少于",
  "不超过", "不高于", "低于", "高于", "至少", "最多", "为", "实现", "占", "增加到", "增加至", "增加",
  "净增", "净减", "保持", "迈上", "跨上", "迈入", "跨入",
]);

/** Modal words between an indicator and its verb or figure: 地区生产总值要确保增长, 运营里程约60公里. */
export const MODALS = new WordList(["确保", "力争", "争取", "努力", "力求", "约", "大约", "将", "要", "必须", "务必", "预计"]);

/** Words between an indicator and its verb that belong to neither: 累计突破, 分别下降, 均达到, 同比增长. */
export const LINKERS = new WordList(["累计", "分别", "均", "都", "总计", "合计", "共", "全年", "年均", "同比"]);

/** Verbs that govern things already there: 支持和引导4家国家级…园区. */
export const EXISTING_VERBS = new WordList(["支持", "引导", "鼓励", "依托", "发挥", "保持", "巩固", "对标", "参照", "借鉴"]);

/** Where the noun after a number stops: 首批24个试点要加快落地 → 试点. */
export const NOUN_STOPS = new WordList(["要", "将", "进入", "完成", "实现", "落户", "落地", "开工", "入选", "等"]);

/** Trailing words that are the action on the noun, not the noun: 示范区建设 → 示范区. */
export const NOUN_TAILS = new WordList(["建设", "创建", "提升", "发展", "试点建设"]);
