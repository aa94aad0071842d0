import AxeBuilder from "@axe-core/playwright";
import { expect, Page, TestInfo } from "@playwright/test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The names of all projects in the shipped seed file, read from the file itself. */
export function seededNames(): string[] {
  // scripts/test starts the server from Münster's seed and the browser tests' own project.
  const text = [
    join(__dirname, "..", "..", "seed", "muenster.toml"),
    join(__dirname, "..", "fixtures", "seed-zeitumstellung.toml"),
  ]
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
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
  return info.project.use.javaScriptEnabled !== false;
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

/** A mail the server wrote into its mail folder: recipient, subject and decoded body. */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Decodes a quoted-printable or base64 body part as lettre writes it. */
function decodeBody(raw: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(raw.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/quoted-printable/i.test(encoding)) {
    const joined = raw.replace(/=\r?\n/g, "");
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i], "utf8"));
    }
    return Buffer.from(bytes).toString("utf8");
  }
  return raw;
}

/** Reads every mail in the server's mail folder (DIGIFARM_E2E_MAIL_DIR). */
export function readMails(): Mail[] {
  const dir = process.env.DIGIFARM_E2E_MAIL_DIR;
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const [head, ...rest] = text.split(/\r?\n\r?\n/);
      const header = (name: string) =>
        (head.match(new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, "mi"))?.[1] ?? "").trim();
      return {
        to: header("To"),
        subject: header("Subject"),
        body: decodeBody(rest.join("\n\n"), header("Content-Transfer-Encoding")),
      };
    });
}

/** Waits until a mail to `to` whose body matches `pattern` arrives, and returns it. */
export async function waitForMail(to: string, pattern: RegExp): Promise<Mail> {
  for (let i = 0; i < 60; i++) {
    const found = readMails().find((m) => m.to.includes(to) && pattern.test(m.body));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no mail to ${to} matching ${pattern}`);
}

/** The first link in a mail that leads to `path`, made relative to the site. */
export function linkIn(mail: Mail, path: string): string {
  const match = mail.body.match(new RegExp(`https?://[^\\s/]+(${path}[^\\s]*)`));
  if (!match) throw new Error(`no link to ${path} in: ${mail.body}`);
  return match[1];
}

/** The WCAG 2.1 AA violations axe-core finds on the page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/**
 * Holds the page's WASM back until the returned function is called, as on a slow phone: what a
 * visitor does before hydration must survive it.
 */
export async function holdWasm(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
