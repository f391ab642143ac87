/** The line under a panel's buttons: a spinner while busy, then what happened. */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import type { Outcome } from "./useOperation";

export function Status({ busy, outcome }: { busy: boolean; outcome: Outcome | null }) {
  const { t } = useI18n();
  if (busy) return <Spinner size="tiny" label={t("busy")} />;
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
}
