import { defineConfig } from "@playwright/test";

// Each flow runs twice: hydrated, and with JavaScript switched off (forms must work without).
// The server is started by scripts/test, once per database engine; DIGIFARM_E2E_URL says where.
const chromium = {
  browserName: "chromium" as const,
  headless: true,
  locale: "de-DE",
  timezoneId: "Europe/Berlin",
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: process.env.DIGIFARM_E2E_URL ?? "http://127.0.0.1:3210",
    serviceWorkers: "block",
  },
  // The submission and exchange flows publish projects; they run after the catalogue tests,
  // which look at the seeded projects.
  projects: [
    { name: "mit-js", testIgnore: /submission|exchange/, use: { ...chromium, javaScriptEnabled: true } },
    { name: "ohne-js", testIgnore: /submission|exchange/, use: { ...chromium, javaScriptEnabled: false } },
    {
      name: "ablauf-mit-js",
      testMatch: /submission|exchange/,
      dependencies: ["mit-js", "ohne-js"],
      use: { ...chromium, javaScriptEnabled: true },
    },
    {
      name: "ablauf-ohne-js",
      testMatch: /submission|exchange/,
      dependencies: ["mit-js", "ohne-js"],
      use: { ...chromium, javaScriptEnabled: false },
    },
  ],
});
