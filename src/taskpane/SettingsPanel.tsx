/** Settings kept in the workbook (default region, tolerance for 左右, catalogue source) and the formula names. */
import { useEffect, useState } from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { NameDefinition, WorkbookPort, WorkbookSettings } from "../sheets/port";
import { useI18n } from "./i18n";
import { Status } from "./Status";
import { useOperation, type Outcome } from "./useOperation";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface SettingsPanelProps {
  settings: WorkbookSettings;
  regions: readonly string[];
  save: (next: WorkbookSettings) => Promise<Outcome>;
  port: WorkbookPort;
  names: readonly NameDefinition[];
}

function badTolerance(text: string): string {
  return `容差应为 0 到 50 之间的百分数，收到「${text}」。The tolerance must be a percentage from 0 to 50, got "${text}".`;
}

export function SettingsPanel({ settings, regions, save, port, names }: SettingsPanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const saving = useOperation(lang);
  const installing = useOperation(lang);
  const [region, setRegion] = useState(settings.defaultRegion ?? "");
  const [tolerance, setTolerance] = useState(String(settings.tolerance * 100));
  const [hosted, setHosted] = useState(settings.catalogueUrl !== null);
  const [url, setUrl] = useState(settings.catalogueUrl ?? "");

  // The workbook's stored settings arrive after the pane opens.
  useEffect(() => {
    setRegion(settings.defaultRegion ?? "");
    setTolerance(String(settings.tolerance * 100));
    setHosted(settings.catalogueUrl !== null);
    setUrl(settings.catalogueUrl ?? "");
  }, [settings]);

  const submit = () =>
    saving.run(async () => {
      const percent = Number(tolerance);
      if (tolerance.trim() === "" || !Number.isFinite(percent) || percent < 0 || percent > 50) throw new Error(badTolerance(tolerance));
      return save({ defaultRegion: region || null, tolerance: percent / 100, catalogueUrl: hosted && url.trim() ? url.trim() : null });
    });

  const install = () =>
    installing.run(async () => {
      const r = await port.installNames([...names]);
      const text = t("namesResult", { added: r.added.length, updated: r.updated.length, unchanged: r.unchanged.length });
      return r.skipped.length > 0 ? { intent: "warning", text: `${text} ${t("namesSkipped", { names: r.skipped.join(", ") })}` } : { intent: "success", text };
    });

  return (
    <section className={styles.panel} aria-label={t("tabSettings")}>
      <Field label={t("defaultRegion")}>
        <Select value={region} onChange={(_, d) => setRegion(d.value)}>
          <option value="">{t("noDefault")}</option>
          {regions.map((r) => <option key={r} value={r}>{r}</option>)}
        </Select>
      </Field>
      <Field label={t("tolerance")}>
        <Input type="number" min={0} max={50} step={0.5} value={tolerance} onChange={(_, d) => setTolerance(d.value)} />
      </Field>
      <Field label={t("catalogueSource")}>
        <RadioGroup value={hosted ? "hosted" : "bundled"} onChange={(_, d) => setHosted(d.value === "hosted")}>
          <Radio value="bundled" label={t("bundled")} />
          <Radio value="hosted" label={t("hosted")} />
        </RadioGroup>
      </Field>
      {hosted && (
        <Field label={t("catalogueUrl")}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://example.org/catalogue.json" />
        </Field>
      )}
      <Button appearance="primary" onClick={submit} disabled={saving.busy}>{t("saveSettings")}</Button>
      <Status busy={saving.busy} outcome={saving.outcome} />
      <Text>{t("installNamesHint")}</Text>
      <Button onClick={install} disabled={installing.busy || names.length === 0}>{t("installNames")}</Button>
      <Status busy={installing.busy} outcome={installing.outcome} />
    </section>
  );
}
