import { Browser, expect, Page, TestInfo } from "@playwright/test";
import { hasJs, linkIn, open, waitForMail } from "./helpers";

// The steering group's account, made by scripts/test with `server admin` before the server starts.
export const ADMIN = process.env.DIGIFARM_E2E_ADMIN ?? "lenkung@example.org";
export const ADMIN_PASSWORD = process.env.DIGIFARM_E2E_ADMIN_PASSWORD ?? "Lenkung-Passwort-2026";

/** A name and address unique to this run, so both runs and both engines never collide. */
export function unique(info: TestInfo) {
  const stamp = `${info.project.name}-${Date.now()}`;
  return { name: `Mängelmelder ${stamp}`, email: `erika.${stamp}@example.org` };
}

/** Fills the application form with the B05 example project. */
export async function fillProposal(page: Page, name: string, email: string, licence = "EUPL-1.2") {
  await page.getByLabel("Projektname").fill(name);
  await page.getByLabel("Kurzbeschreibung").fill("Schäden im Stadtbild melden.");
  await page.getByRole("textbox", { name: "Beschreibung", exact: true }).fill("Bürger:innen melden Schlaglöcher.");
  await page.getByRole("combobox", { name: "Kategorie", exact: true }).selectOption("buergerservice");
  await page.getByRole("combobox", { name: "Art", exact: true }).selectOption("app");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("live");
  await page.getByLabel("Herkunft").fill("Münster");
  await page.getByLabel("Lizenz (SPDX)").fill(licence);
  await page.getByLabel("Repository-URL").fill("https://codeberg.org/musterstadt/maengelmelder");
  const technik = page.locator("fieldset#need_technik");
  await technik.getByLabel("Pat:in gesucht").check();
  await technik.getByLabel("Was wird gebraucht? (kurz)").fill("Server-Betrieb");
  await page.locator("#contact_name").fill("Erika Beispiel");
  await page.locator("#contact_email").fill(email);
  for (const box of await page.locator("input[name=criterion]").all()) await box.check();
  await page.locator("#privacy_consent").check();
  // The server drops forms sent faster than a person can type (B26).
  await page.waitForTimeout(2100);
}

/** Logs the steering group in, in a browser of its own. */
export async function moderatorPage(browser: Browser, info: TestInfo): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: hasJs(info) });
  const page = await context.newPage();
  await open(page, info, "/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN);
  await page.getByLabel("Passwort").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/konto$/);
  return page;
}

/**
 * A visitor proposes the example project and confirms by mail; the steering group accepts it.
 * Returns the project's address; `page` is then logged in as its initiator.
 */
export async function publishedProject(
  page: Page,
  browser: Browser,
  info: TestInfo,
  name: string,
  email: string,
): Promise<string> {
  await open(page, info, "/einreichen");
  await fillProposal(page, name, email);
  await page.getByRole("button", { name: "Vorschlag einreichen" }).click();
  await expect(page).toHaveURL(/\/hinweis\/bestaetigen$/);
  const confirmation = await waitForMail(email, /bestaetigen\?art=einreichung/);
  await open(page, info, linkIn(confirmation, "/bestaetigen"));
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await expect(page).toHaveURL(/\/konto\?hinweis=eingereicht/);
  const mod = await moderatorPage(browser, info);
  await open(mod, info, "/moderation");
  await mod.getByRole("link", { name }).click();
  await mod.getByRole("button", { name: "Annehmen und veröffentlichen" }).click();
  await expect(mod.locator("p .badge").first()).toHaveText("Angenommen");
  await mod.context().close();
  await open(page, info, "/konto");
  const own = page.locator("li[data-submission]").filter({ hasText: name });
  return (await own.getByRole("link", { name: "Zum veröffentlichten Projekt" }).getAttribute("href")) ?? "";
}

/** Registers an account and confirms it by mail, in a browser of its own; returns the page. */
export async function registered(
  browser: Browser,
  info: TestInfo,
  name: string,
  email: string,
): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: hasJs(info) });
  const page = await context.newPage();
  await open(page, info, "/registrieren");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill("Ein-langes-Passwort-2026");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page).toHaveURL(/\/hinweis\/postfach$/);
  const mail = await waitForMail(email, /bestaetigen\?art=konto/);
  await open(page, info, linkIn(mail, "/bestaetigen"));
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await expect(page).toHaveURL(/\/konto/);
  return page;
}
