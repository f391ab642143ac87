/**
 * Installing workbook names (the LAMBDA forwarders that make =PLANTARGET(...) work as typed):
 * which to add, which to update, and which to leave because the user owns a name of that spelling.
 */
import type { NameDefinition, NamesResult } from "./port";

/** Marks a name as ours in its comment, so a user's own name of the same spelling is never replaced. */
export const NAME_MARK = "[PlanTargets]";

export interface ExistingName {
  name: string;
  formula: string;
  comment: string;
}

export interface NamesPlan {
  add: NameDefinition[];
  update: NameDefinition[];
  result: NamesResult;
}

export function markedComment(def: NameDefinition): string {
  return def.comment ? `${def.comment} ${NAME_MARK}` : NAME_MARK;
}

export function planNames(existing: readonly ExistingName[], defs: readonly NameDefinition[]): NamesPlan {
  const byName = new Map(existing.map((n) => [n.name.toLowerCase(), n]));
  const plan: NamesPlan = { add: [], update: [], result: { added: [], updated: [], unchanged: [], skipped: [] } };
  for (const def of defs) {
    const found = byName.get(def.name.toLowerCase());
    if (!found) {
      plan.add.push(def);
      plan.result.added.push(def.name);
    } else if (!found.comment.includes(NAME_MARK)) {
      plan.result.skipped.push(def.name);
    } else if (found.formula === def.formula) {
      plan.result.unchanged.push(def.name);
    } else {
      plan.update.push(def);
      plan.result.updated.push(def.name);
    }
  }
  return plan;
}
