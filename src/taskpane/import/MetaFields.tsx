/**
 * Region, year and type of a document: asked before extraction (optional, overriding the titles)
 * and fixed for a whole document in the review.
 */
import { Field, Input, Select, makeStyles } from "@fluentui/react-components";
import type { DocKind } from "../../core/types";
import { DOC_KIND_WORDS, useI18n } from "../i18n";
import type { Strings } from "./strings";

const useStyles = makeStyles({ narrow: { width: "7.5em" } });

export interface MetaValues {
  region: string;
  year: string;
  kind: DocKind | "";
}

/** The year as typed ("2021" or "2021年"): undefined when empty, null when it is not a year. */
export function parseYear(typed: string): number | undefined | null {
  const t = typed.trim().replace(/年$/, "");
  if (t === "") return undefined;
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

export function badYear(typed: string): string {
  return `年份应写作 2021 或 2021年，而不是“${typed}”。The year must look like 2021, not "${typed}".`;
}

interface Props {
  s: Strings;
  values: MetaValues;
  onChange(values: MetaValues): void;
  /** Empty fields mean "read it from the title". */
  optional: boolean;
}

export function MetaFields({ s, values, onChange, optional }: Props) {
  const styles = useStyles();
  const { pick } = useI18n();
  const placeholder = optional ? s.fromTitle : undefined;
  return (
    <>
      <Field label={s.region}>
        <Input className={styles.narrow} value={values.region} placeholder={placeholder} onChange={(_, d) => onChange({ ...values, region: d.value })} />
      </Field>
      <Field label={s.year}>
        <Input
          className={styles.narrow}
          value={values.year}
          inputMode="numeric"
          placeholder={placeholder}
          onChange={(_, d) => onChange({ ...values, year: d.value })}
        />
      </Field>
      <Field label={s.kind}>
        <Select value={values.kind} onChange={(_, d) => onChange({ ...values, kind: d.value as DocKind | "" })}>
          {optional && <option value="">{s.fromTitle}</option>}
          {(Object.keys(DOC_KIND_WORDS) as DocKind[]).map((k) => (
            <option key={k} value={k}>
              {pick(DOC_KIND_WORDS[k])}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
