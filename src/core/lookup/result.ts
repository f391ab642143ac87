/** What a lookup answers: a ranked figure, or an Excel error code with its message. */
import type { Indicator } from "../types";

export interface LookupAnswer {
  ok: true;
  indicator: Indicator;
  value: number;
  unit: string;
  /** Entries for the same indicator, year and region with other figures, best first. */
  others: Indicator[];
  /** Names the other figures and their documents; null when there are none. */
  note: string | null;
}

export interface LookupFailure {
  ok: false;
  code: "#N/A" | "#VALUE!";
  message: string;
}

export type LookupResult = LookupAnswer | LookupFailure;
