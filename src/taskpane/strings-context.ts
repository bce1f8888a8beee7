// The pane's words reach every component through one context; Chinese when nothing provides it.
import * as React from "react";
import { STRINGS, Strings } from "./i18n";

export const StringsContext = React.createContext<Strings>(STRINGS["zh-CN"]);

export const useStrings = (): Strings => React.useContext(StringsContext);
