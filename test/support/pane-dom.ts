// For jsdom tests that mount the pane's React components: what jsdom lacks and Fluent's components ask
// for, a fresh React root for each test, and the look-ups and waits those tests share.
import { TextDecoder, TextEncoder } from "util";
import { createRoot, Root } from "react-dom/client";
import { act } from "react";

function prepareJsdom(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  if (!("ResizeObserver" in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
  }
}

export interface PaneRoot {
  readonly container: HTMLDivElement;
  readonly root: Root;
  /** unmounts what is shown and starts a fresh root in the same container */
  remount(): void;
}

/** Prepares jsdom and gives each test of the file a container in the page with its own React root. */
export function rootPerTest(): PaneRoot {
  prepareJsdom();
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    document.body.innerHTML = "";
  });
  return {
    get container() {
      return container;
    },
    get root() {
      return root;
    },
    remount() {
      act(() => root.unmount());
      root = createRoot(container);
    },
  };
}

export const button = (label: string) => [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === label) ?? null;

/** Waits, letting React work, until `check` holds; says what the pane shows when it does not. */
export async function until(check: () => boolean, what: string, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  if (!check()) throw new Error(`timed out waiting for ${what}; the pane says: ${document.body.textContent}`);
}
