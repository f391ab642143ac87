import type { DocKind } from "./types";

/**
 * When documents disagree, the figure of the higher-ranked document wins:
 * a formally issued plan, outline or work report outranks a progress report, which outranks a speech.
 */
const RANK: Record<DocKind, number> = {
  plan: 3,
  outline: 3,
  work_report: 3,
  progress: 2,
  speech: 1,
  other: 0,
};

export function docKindRank(kind: DocKind): number {
  return RANK[kind];
}
