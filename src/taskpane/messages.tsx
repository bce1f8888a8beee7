// The panels' message bars: a title with a line of text under it, or a title with a list of lines in the
// report's own words (Chinese in either locale, and marked so for screen readers).
import * as React from "react";
import { makeStyles, MessageBar, MessageBarBody, MessageBarIntent, MessageBarTitle, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function TitledMessage({ intent, title, children }: { intent: MessageBarIntent; title: string; children?: React.ReactNode }): React.ReactElement {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ListMessage({ intent, title, lines }: { intent: MessageBarIntent; title: string; lines: readonly string[] }): React.ReactElement {
  const styles = useStyles();
  return (
    <TitledMessage intent={intent} title={title}>
      <ul className={styles.list} lang="zh-CN">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </TitledMessage>
  );
}
