/**
 * Figures of one indicator: catalogue entries that name each other in `conflict` (documents, or
 * catalogue layers, that disagree on the same indicator, region and year), taken as whole groups
 * because merged layers may list a conflict on one side only. A table holding one figure of a group
 * has that indicator; the group's other figures are alternatives, shown by the card and PLANINFO,
 * never rows to add.
 */
import type { Catalogue } from "../core/types";

/** Each entry that has other figures → every entry of its group (itself included). */
export type FigureGroups = ReadonlyMap<string, readonly string[]>;

export function figureGroups(catalogue: Catalogue): FigureGroups {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const ind of catalogue.indicators) {
    for (const other of ind.conflict) {
      link(ind.id, other);
      link(other, ind.id);
    }
  }
  const groups = new Map<string, string[]>();
  for (const start of neighbours.keys()) {
    if (groups.has(start)) continue;
    const group = [start];
    groups.set(start, group);
    for (let i = 0; i < group.length; i++) {
      for (const next of neighbours.get(group[i]) ?? []) {
        if (groups.has(next)) continue;
        groups.set(next, group);
        group.push(next);
      }
    }
  }
  return groups;
}

/** The figures of `id`'s indicator: its group, or itself alone. */
export function figuresOf(groups: FigureGroups, id: string): readonly string[] {
  return groups.get(id) ?? [id];
}
