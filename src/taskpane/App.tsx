/**
 * The task pane: browse and search the catalogue, insert target tables, refresh linked tables,
 * check figures, import documents, settings. Every workbook operation goes through the
 * WorkbookPort it is given (Excel, or the preview's in-memory workbook); imported entries go to the
 * WorkbookCatalogueStore it is given, or, without one, to memory for this session (and it says so).
 */
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { PlanStore } from "../core/store";
import type { WorkerFactory } from "../import/client";
import { MemoryCatalogueStore } from "../import/memoryStore";
import type { WorkbookCatalogueStore } from "../import/store";
import type { NameDefinition, WorkbookPort } from "../sheets/port";
import { CheckPanel } from "./CheckPanel";
import { I18nContext, i18n, type Lang, type TextKey } from "./i18n";
import { ImportPanel } from "./import/ImportPanel";
import { IndicatorCard, type DocumentText } from "./IndicatorCard";
import { InsertPanel } from "./InsertPanel";
import { RefreshPanel } from "./RefreshPanel";
import { SearchPanel } from "./SearchPanel";
import { SettingsPanel } from "./SettingsPanel";
import { Status } from "./Status";
import { usePlanStore } from "./usePlanStore";
import { useCatalogueLayers, type CatalogueSources } from "./useCatalogueLayers";
import { useWorkbookSettings } from "./useWorkbookSettings";


/** A section another feature adds to the pane, shown after 导入. */
export interface PaneTab {
  id: string;
  /** Chinese and English label. */
  label: readonly [string, string];
  render: () => ReactNode;
}

/** The pane's own sections before any extra ones; 设置 always comes last. */
const MAIN_TABS: ReadonlyArray<[string, TextKey]> = [
  ["browse", "tabBrowse"],
  ["insert", "tabInsert"],
  ["refresh", "tabRefresh"],
  ["check", "tabCheck"],
  ["import", "tabImport"],
];

export interface PaneOptions {
  store: PlanStore;
  lang: Lang;
  /** The LAMBDA names installed with one click and on every insert. */
  names: readonly NameDefinition[];
  sources: CatalogueSources;
  /** Full text of a source document, for showing a quote in its paragraph. */
  documentText?: DocumentText;
  /** Why the pane started without a catalogue (e.g. the bundled one failed to load). */
  startupError?: string | null;
  extraTabs?: readonly PaneTab[];
  /** Where imported entries are kept (ExcelCatalogueStore in Excel); without it, in memory for this session. */
  workbookCatalogue?: WorkbookCatalogueStore;
  /** Starts the extraction worker (createImportWorker); without it extraction runs on the UI thread. */
  createWorker?: WorkerFactory;
}

export interface AppProps extends PaneOptions {
  port: WorkbookPort;
}

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function App(props: AppProps) {
  const { port, store, lang, names, sources, documentText, startupError = null, extraTabs = [], workbookCatalogue, createWorker } = props;
  const styles = useStyles();
  const words = useMemo(() => i18n(lang), [lang]);
  const { t } = words;
  const { catalogue, index, settings: active } = usePlanStore(store);
  const [sessionStore] = useState(() => new MemoryCatalogueStore());
  const imported = workbookCatalogue ?? sessionStore;
  const layers = useCatalogueLayers(store, sources, imported, t);
  const workbook = useWorkbookSettings(port, store, layers, lang, t);
  const [tab, setTab] = useState<string>("browse");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);

  const toggle = useCallback((id: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const open = index && openId ? index.byId(openId) : undefined;

  const extra = extraTabs.find((x) => x.id === tab);
  const panel = () => {
    if (extra) return extra.render();
    if (tab === "import") {
      return <ImportPanel store={imported} createWorker={createWorker} onSaved={layers.setWorkbook} sessionOnly={!workbookCatalogue} />;
    }
    if (tab === "settings") {
      return <SettingsPanel settings={workbook.settings} regions={index?.regionsFor() ?? []} save={workbook.save} port={port} names={names} />;
    }
    if (!catalogue || !index) {
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{t("noCatalogue")}</MessageBarBody>
        </MessageBar>
      );
    }
    switch (tab) {
      case "browse":
        return (
          <>
            {open && (
              <IndicatorCard
                indicator={open}
                catalogue={catalogue}
                index={index}
                defaultRegion={active.defaultRegion}
                tolerance={active.tolerance}
                port={port}
                documentText={documentText}
                onClose={() => setOpenId(null)}
              />
            )}
            <SearchPanel catalogue={catalogue} index={index} selected={selected} onToggle={toggle} onOpen={setOpenId} />
          </>
        );
      case "insert":
        return <InsertPanel catalogue={catalogue} index={index} port={port} selectedIds={[...selected]} defaultRegion={active.defaultRegion} names={names} />;
      case "refresh":
        return <RefreshPanel catalogue={catalogue} port={port} />;
      default:
        return <CheckPanel catalogue={catalogue} index={index} port={port} defaultRegion={active.defaultRegion} />;
    }
  };
  const labels: Array<[string, string]> = [
    ...MAIN_TABS.map(([id, key]): [string, string] => [id, t(key)]),
    ...extraTabs.map((x): [string, string] => [x.id, words.pick(x.label)]),
    ["settings", t("tabSettings")],
  ];

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "en" ? "en" : "zh-CN"}>
      <I18nContext.Provider value={words}>
        <main className={styles.root}>
          <Title3 as="h1">{t("appTitle")}</Title3>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label={t("tabs")} size="small">
            {labels.map(([id, label]) => (
              <Tab key={id} value={id}>{label}</Tab>
            ))}
          </TabList>
          <Status busy={false} outcome={workbook.sourceOutcome ?? (startupError ? { intent: "error", text: startupError } : null)} />
          <Status busy={false} outcome={layers.workbookOutcome} />
          <div role="tabpanel" aria-label={labels.find(([id]) => id === tab)?.[1]}>
            {panel()}
          </div>
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
