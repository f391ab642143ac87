/**
 * Post-processing of the functions.json that custom-functions-metadata generates from the JSDoc
 * in functions.ts (English, the default locale):
 *  - `allowErrorForDataTypeAny`, so that error values inside COMPLETION's range reach the function
 *    and fail only their own row, instead of Excel failing the whole call;
 *  - the zh-CN copy: the same metadata with Chinese descriptions. Office picks it through an
 *    <bt:Override Locale="zh-CN" Value=".../functions.zh-CN.json"/> on the manifest's functions
 *    metadata URL (Office's documented way to localise custom functions); function ids and names stay
 *    the same so that formulas work in every language.
 */
import type { ICustomFunctionsMetadata } from "custom-functions-metadata";

interface Description {
  description: string;
  parameters: Readonly<Record<string, string>>;
}

export const ZH_CN_DESCRIPTIONS: Readonly<Record<string, Description>> = {
  PLANTARGET: {
    description: "返回指标某年的规划目标值（来自已加载的规划文件）。",
    parameters: {
      name: "指标名称或别名，如 \"5G基站\"。",
      year: "目标年份：2020、\"2020\" 或 \"2020年\"。",
      region: "地区，如 \"浙江\" 或 \"浙江省\"；省略时取唯一有此目标的地区，否则取工作簿的默认地区。",
      unit: "换算到的单位，如 \"个\"。",
    },
  },
  COMPLETION: {
    description: "逐行计算完成率：实际值÷目标值（上限型目标为目标值÷实际值），或返回完成情况。",
    parameters: {
      range: "目标值、实际值、可选条件（以上、以下、左右…）三列，或带表头行的目标表。",
      mode: "\"ratio\"（完成率，默认）或 \"status\"（超额完成 / 已完成 / 未完成 / 进行中）。",
    },
  },
  PLANINFO: {
    description: "返回目标的一项信息：单位、条件、类型、基期值、基期年、属性、来源、原文、截至、冲突。",
    parameters: {
      name: "指标名称或别名。",
      year: "目标年份。",
      field: "信息名称，中文或英文（单位、条件、来源、原文…）。",
      region: "地区，同 PLANTARGET。",
    },
  },
  PLANACTUAL: {
    description: "返回目标最近一次报告的实际值（按目标的单位）。",
    parameters: {
      name: "指标名称或别名。",
      year: "目标年份。",
      region: "地区，同 PLANTARGET。",
    },
  },
  PLANSEARCH: {
    description: "列出名称或别名与文字相符的指标：指标、地区、年份、目标值、单位。",
    parameters: {
      text: "指标名称的一部分，如 \"基站\"。",
    },
  },
};

type Metadata = ICustomFunctionsMetadata & { allowErrorForDataTypeAny?: boolean };

/** The default-locale functions.json, ready to ship. */
export function finalizeMetadata(generatedJson: string): string {
  const metadata = JSON.parse(generatedJson) as Metadata;
  return JSON.stringify({ ...metadata, allowErrorForDataTypeAny: true }, null, 2);
}

/** The zh-CN functions.json: the finalized metadata with Chinese descriptions. */
export function zhCnMetadata(generatedJson: string): string {
  const metadata = JSON.parse(finalizeMetadata(generatedJson)) as Metadata;
  const functions = metadata.functions.map((fn) => {
    const zh = ZH_CN_DESCRIPTIONS[fn.id];
    if (!zh) throw new Error(`函数 ${fn.id} 缺少中文说明。Function ${fn.id} has no Chinese description.`);
    const parameters = fn.parameters.map((p) => {
      const description = zh.parameters[p.name];
      if (!description) {
        throw new Error(`函数 ${fn.id} 的参数 ${p.name} 缺少中文说明。Parameter ${p.name} of ${fn.id} has no Chinese description.`);
      }
      return { ...p, description };
    });
    return { ...fn, description: zh.description, parameters };
  });
  return JSON.stringify({ ...metadata, functions }, null, 2);
}
