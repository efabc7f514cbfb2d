/** Debian's Chromium and the flags it runs with here: no network chatter, no GPU, no sandbox. */

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium on a machine without network, GPU or user namespaces. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
