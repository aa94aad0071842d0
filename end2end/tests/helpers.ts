import { expect, Page, TestInfo } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The names of all projects in the shipped seed file, read from the file itself. */
export function seededNames(): string[] {
  const text = readFileSync(join(__dirname, "..", "..", "seed", "muenster.toml"), "utf8");
  const names: string[] = [];
  let inProject = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("[[projects]]")) inProject = true;
    else if (line.startsWith("[[projects.needs]]")) inProject = false;
    const m = line.match(/^name = "(.*)"$/);
    if (inProject && m) names.push(m[1].replace(/\\"/g, '"'));
  }
  return names;
}

/** Whether this run has JavaScript. */
export function hasJs(info: TestInfo): boolean {
  return info.project.name === "mit-js";
}

/**
 * Opens a page and, with JavaScript, waits until it is hydrated. B18: any console message
 * about hydration, or a Rust panic in the browser, fails the test.
 */
export async function open(page: Page, info: TestInfo, path: string) {
  const problems: string[] = [];
  const listen = (m: { type(): string; text(): string }) => {
    const text = m.text();
    if (/hydrat|panicked|unreachable/i.test(text) && m.type() !== "log") problems.push(text);
  };
  page.on("console", listen);
  page.on("pageerror", (e) => problems.push(e.message));
  const response = await page.goto(path);
  if (hasJs(info)) {
    await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
    await page.waitForTimeout(200);
  }
  page.off("console", listen);
  expect(problems, `browser console on ${path}`).toEqual([]);
  return response;
}

/** The names on the cards of the current catalogue page. */
export async function cardNames(page: Page): Promise<string[]> {
  return page.locator(".catalogue-results .card-title").allInnerTexts();
}
