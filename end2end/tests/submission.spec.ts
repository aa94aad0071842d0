import { expect, test } from "@playwright/test";
import { fillProposal, moderatorPage, unique } from "./flows";
import { hasJs, linkIn, open, waitForMail } from "./helpers";

test("propose, confirm, query, revise, accept: the project goes live", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const { name, email } = unique(info);
  await open(page, info, "/einreichen");
  await fillProposal(page, name, email);
  await page.getByRole("button", { name: "Vorschlag einreichen" }).click();
  await expect(page).toHaveURL(/\/hinweis\/bestaetigen$/);

  const confirmation = await waitForMail(email, /bestaetigen\?art=einreichung/);
  expect(confirmation.body).not.toContain("Mängelmelder");
  expect(confirmation.body).not.toContain("Erika");
  await open(page, info, linkIn(confirmation, "/bestaetigen"));
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await expect(page).toHaveURL(/\/konto\?hinweis=eingereicht/);
  const own = page.locator("li[data-submission]").filter({ hasText: name });
  await expect(own.locator(".badge")).toHaveText("Eingereicht");

  const mod = await moderatorPage(browser, info);
  await open(mod, info, "/moderation");
  await mod.getByRole("link", { name }).click();
  await expect(mod.getByRole("heading", { level: 1 })).toHaveText(/Vorschlag Nr\. \d+/);
  await expect(mod.locator(".checklist .ok").first()).toContainText("EUPL-1.2");
  await mod.getByLabel("Nachricht an die vorschlagende Person").fill("Wer betreibt den Server?");
  await mod.getByRole("button", { name: "Rückfrage stellen" }).click();
  await expect(mod.locator("p .badge").first()).toHaveText("Rückfrage");

  await waitForMail(email, /Wer betreibt den Server\?/);
  await open(page, info, "/konto");
  await own.getByRole("link", { name: "Vorschlag überarbeiten" }).click();
  await expect(page.getByText("Wer betreibt den Server?")).toBeVisible();
  await expect(page.getByLabel("Projektname")).toHaveValue(name);
  await page.getByLabel("Kurzbeschreibung").fill("Schäden melden; der Betriebshof betreibt den Server.");
  await page.waitForTimeout(2100);
  await page.getByRole("button", { name: "Vorschlag einreichen" }).click();
  await expect(page).toHaveURL(/\/konto\?hinweis=erneut/);

  await mod.reload();
  await mod.getByRole("button", { name: "Annehmen und veröffentlichen" }).click();
  await expect(mod.locator("p .badge").first()).toHaveText("Angenommen");
  await waitForMail(email, /angenommen/);

  await open(page, info, `/projekte?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator(".lead")).toHaveText("Schäden melden; der Betriebshof betreibt den Server.");
  await expect(page.locator("section[data-pillar=technik] .pillar-state")).toHaveText("sucht Pat:in");
  await mod.context().close();
});

test("errors come back beside their fields with everything typed kept", async ({ page }, info) => {
  const { name, email } = unique(info);
  await open(page, info, "/einreichen");
  await fillProposal(page, name, email, "CC-BY-4.0");
  await page.getByLabel("Repository-URL").fill("github.com/musterstadt/app");
  await page.getByRole("button", { name: "Vorschlag einreichen" }).click();
  await expect(page).toHaveURL(/\/einreichen\?entwurf=/);
  const summary = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" });
  await expect(summary).toBeVisible();
  if (hasJs(info)) await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveCount(2);
  const licence = page.getByLabel("Lizenz (SPDX)");
  await expect(licence).toHaveAttribute("aria-invalid", "true");
  await expect(licence).toHaveAccessibleDescription(/keine von der OSI anerkannte/);
  await expect(licence).toHaveValue("CC-BY-4.0");
  await expect(page.getByLabel("Projektname")).toHaveValue(name);
  await expect(page.locator("#contact_email")).toHaveValue(email);
  await expect(page.locator("fieldset#need_technik").getByLabel("Pat:in gesucht")).toBeChecked();
});

test("moderation needs the role", async ({ page }, info) => {
  await open(page, info, "/moderation");
  await expect(page.getByRole("link", { name: "Bitte melden Sie sich an" })).toBeVisible();
  const forged = await page.request.post("/api/moderation/entscheiden", {
    form: { id: "1", entscheidung: "annehmen", nachricht: "" },
    headers: { Origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
});
