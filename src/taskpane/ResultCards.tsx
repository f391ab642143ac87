/**
 * Per-row results (refresh changes, checked figures) as a list of compact cards: at the pane's
 * 320–380 px a table of seven columns wraps one character per line, a card does not. Each card is
 * a list item: a status badge, the indicator, then labelled facts that wrap within the pane.
 */
import { Fragment, type ReactNode } from "react";
import { Badge, Text, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";

export interface ResultCard {
  key: string | number;
  status: string;
  tone: NonNullable<BadgeProps["color"]>;
  title: string;
  /** Label and value; empty values are left out. */
  facts: ReadonlyArray<readonly [string, ReactNode]>;
  /** Draws the card like the cell it reports (e.g. a mismatch's fill). */
  marked?: boolean;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  marked: { backgroundColor: "#FCE4D6" },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { flexShrink: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  facts: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, margin: 0, marginTop: "2px" },
  label: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  value: { margin: 0, overflowWrap: "anywhere" },
});

const present = (v: ReactNode) => v !== null && v !== undefined && v !== "";

export function ResultCards({ label, cards }: { label: string; cards: readonly ResultCard[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {cards.map((c) => (
        <li key={c.key} className={c.marked ? `${styles.card} ${styles.marked}` : styles.card}>
          <div className={styles.head}>
            <Badge className={styles.badge} appearance="tint" color={c.tone}>{c.status}</Badge>
            <Text className={styles.title}>{c.title}</Text>
          </div>
          <dl className={styles.facts}>
            {c.facts.filter(([, v]) => present(v)).map(([name, v]) => (
              <Fragment key={name}>
                <dt className={styles.label}>{name}</dt>
                <dd className={styles.value}>{v}</dd>
              </Fragment>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
