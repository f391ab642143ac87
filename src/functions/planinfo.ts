/** PLANINFO(name, year, field, [region]): one property of a target, by English or Chinese field name. */
import type { Attribute, TargetKind } from "../core/types";
import { QUALIFIER_LABELS } from "../core/match/qualifier";
import { normalizeName } from "../core/match/normalize";
import { ARG, readText } from "../core/lookup/args";
import { FormulaError, quote } from "../core/lookup/errors";
import type { LookupAnswer } from "../core/lookup/index";
import { primarySource, sourceTitle } from "../core/lookup/rank";
import { findTarget, latestActual } from "./answers";
import type { FunctionContext } from "./settle";
import { quoteLine } from "../core/quote";

const KIND_LABELS: Readonly<Record<TargetKind, string>> = {
  level: "水平值",
  increment: "新增量",
  growth_rate: "增速",
  share: "比重",
  reduction: "降低",
  ratio: "比率",
  count: "数量",
  cumulative: "累计",
};

type FieldValue = string | number;
type Field = (answer: LookupAnswer, context: FunctionContext) => FieldValue;

const orBlank = (value: number | Attribute | null): FieldValue => value ?? "";

/** Each field under its English name and its Chinese column name. */
const FIELDS: ReadonlyArray<[names: [string, string], read: Field]> = [
  [["value", "目标值"], (a) => a.value],
  [["unit", "单位"], (a) => a.unit],
  [["qualifier", "条件"], (a) => QUALIFIER_LABELS[a.indicator.qualifier]],
  [["kind", "类型"], (a) => KIND_LABELS[a.indicator.kind]],
  [["baseline", "基期值"], (a) => orBlank(a.indicator.baseline)],
  [["baseYear", "基期年"], (a) => orBlank(a.indicator.baseYear)],
  [["attribute", "属性"], (a) => orBlank(a.indicator.attribute)],
  [["source", "来源"], (a, c) => sourceTitle(a.indicator, c.index.documents)],
  [["quote", "原文"], (a, c) => quoteLine(primarySource(a.indicator, c.index.documents)?.quote ?? "")],
  [["asOf", "截至"], (a) => latestActual(a)?.asOf ?? ""],
  [["conflict", "冲突"], (a) => a.note ?? ""],
  [["name", "指标"], (a) => a.indicator.name],
  [["region", "地区"], (a) => a.indicator.region],
  [["id", "编号"], (a) => a.indicator.id],
];

const BY_NAME = new Map<string, Field>();
for (const [names, read] of FIELDS) for (const name of names) BY_NAME.set(normalizeName(name), read);

const FIELD_LIST = {
  zh: FIELDS.map(([[, zh]]) => zh).join("、"),
  en: FIELDS.map(([[en]]) => en).join(", "),
};

export function indicatorInfo(
  context: FunctionContext,
  name: unknown,
  year: unknown,
  field: unknown,
  region?: unknown,
): FieldValue {
  const typed = readText(field, ARG.field);
  const read = BY_NAME.get(normalizeName(typed));
  if (!read) {
    throw new FormulaError(
      "#VALUE!",
      `字段「${quote(typed)}」无效；可用：${FIELD_LIST.zh}。Unknown field "${quote(typed)}": use ${FIELD_LIST.en}.`,
    );
  }
  return read(findTarget(context, name, year, region), context);
}
