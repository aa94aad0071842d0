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

/** Opens a page and, with JavaScript, waits until it is hydrated. */
export async function open(page: Page, info: TestInfo, path: string) {
  const response = await page.goto(path);
  if (hasJs(info)) {
    await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  }
  return response;
}

/** The names on the cards of the current catalogue page. */
export async function cardNames(page: Page): Promise<string[]> {
  return page.locator(".catalogue-results .card-title").allInnerTexts();
}
