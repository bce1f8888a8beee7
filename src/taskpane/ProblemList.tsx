// The findings of the last check, grouped by table with counts, each a button that selects its cell.
import * as React from "react";
import {
  Badge,
  Button,
  CounterBadge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../report/rules";
import type { Report } from "../report/model";
import { countBySeverity, findingTarget, groupFindings } from "./problems";
import { useStrings } from "./strings-context";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", margin: 0, fontSize: tokens.fontSizeBase300 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  button: { justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightRegular, height: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, minWidth: 0 },
  text: { paddingTop: tokens.spacingVerticalXS },
  badge: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
});

export interface ProblemListProps {
  findings: Finding[];
  report: Report | null;
  onGoTo: (finding: Finding) => void;
  checkMs: number | null;
}

function Item({ finding, report, onGoTo }: { finding: Finding; report: Report | null; onGoTo: (f: Finding) => void }): React.ReactElement {
  const styles = useStyles();
  const t = useStrings();
  const severity = finding.severity === "error" ? t.severityError : t.severityWarning;
  const target = findingTarget(finding, report);
  return (
    <li className={styles.item}>
      <Badge className={styles.badge} appearance="tint" color={finding.severity === "error" ? "danger" : "warning"} aria-hidden>
        {severity}
      </Badge>
      {target ? (
        <Button
          className={styles.button}
          appearance="subtle"
          size="small"
          aria-label={t.findingButton(severity, finding.message)}
          onClick={() => onGoTo(finding)}
          data-finding={finding.rule}
        >
          {finding.message}
        </Button>
      ) : (
        <Text className={styles.text} size={200} aria-label={t.findingText(severity, finding.message)}>
          {finding.message}
        </Text>
      )}
    </li>
  );
}

export function ProblemList({ findings, report, onGoTo, checkMs }: ProblemListProps): React.ReactElement {
  const styles = useStyles();
  const t = useStrings();
  const groups = groupFindings(findings);
  const { errors, warnings } = countBySeverity(findings);
  if (findings.length === 0) {
    return (
      <MessageBar intent="success" data-testid="all-clear" data-check-ms={checkMs ?? ""}>
        <MessageBarBody>
          <MessageBarTitle>{t.allClearTitle}</MessageBarTitle>
          {t.allClearBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-label={t.problemsTitle} data-testid="problems" data-check-ms={checkMs ?? ""}>
      <Text as="p" role="status" aria-live="polite">
        {t.problemsSummary(errors, warnings)}
      </Text>
      {groups.map((g) => (
        <section key={g.id} className={styles.group} data-group={g.id} aria-labelledby={`group-${g.id}`}>
          <Subtitle2 as="h3" id={`group-${g.id}`} className={styles.header}>
            {t[`group_${g.id}`]}
            {g.errors.length > 0 && <CounterBadge count={g.errors.length} color="danger" aria-label={t.errorCount(g.errors.length)} overflowCount={999} />}
            {g.warnings.length > 0 && <CounterBadge count={g.warnings.length} color="important" appearance="ghost" aria-label={t.warningCount(g.warnings.length)} overflowCount={999} />}
          </Subtitle2>
          {/* finding messages are Chinese whatever the pane's language */}
          <ul className={styles.list} lang="zh-CN">
            {[...g.errors, ...g.warnings].map((f, i) => (
              <Item key={`${f.rule}-${i}`} finding={f} report={report} onGoTo={onGoTo} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
