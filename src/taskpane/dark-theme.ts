// Split out so a light Office does not download the dark tokens.
export { webDarkTheme } from "@fluentui/react-components";
