import { expect, test } from "@playwright/test";
import { publishedProject, registered, unique } from "./flows";
import { axeViolations, hasJs, open, waitForMail } from "./helpers";

test("a partner finds a need, offers help, the initiator accepts, the slot shows filled", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(180_000);
  const { name, email } = unique(info);
  const stamp = `${info.project.name}-${Date.now()}`;
  const skill = `Kartendienst-${stamp}`;
  const project = await publishedProject(page, browser, info, name, email);

  // The initiator describes the Technik need on the dashboard.
  await open(page, info, `${project}/paten`);
  const panel = page.locator("section.need-panel").first();
  await panel.getByText("Bedarf bearbeiten").click();
  await panel.getByLabel("Fähigkeiten").fill(`Rust, ${skill}`);
  await panel.getByLabel("Aufwand in Stunden im Monat").fill("4");
  await panel.getByRole("button", { name: "Bedarf speichern" }).click();
  await expect(page.getByRole("status")).toContainText("gespeichert");

  // A partner keeps a profile and sees the need under "Passt zu dir".
  const partnerEmail = `paula.${stamp}@example.org`;
  const partner = await registered(browser, info, `Paula ${stamp}`, partnerEmail);
  await open(partner, info, "/konto/pate");
  await partner.getByLabel("Als wer").selectOption("person");
  await partner.locator("fieldset#pillars").getByLabel("Technik").check();
  await partner.getByLabel("Fähigkeiten").fill(`${skill}, rust`);
  await partner.getByLabel("Stunden im Monat, die Sie geben können").fill("6");
  await partner.getByLabel(/Profil auf der Seite/).check();
  await partner.getByRole("button", { name: "Profil speichern" }).click();
  await expect(partner.getByRole("status")).toContainText("gespeichert");
  const fits = partner.getByRole("region", { name: "Passt zu dir" });
  const card = fits.locator("li.card").filter({ hasText: name });
  await expect(card).toContainText("bietet Technik");
  await expect(card).toContainText("2 von 2 gesuchten Fähigkeiten");
  if (hasJs(info)) expect(await axeViolations(partner)).toEqual([]);

  // "Ich helfe mit".
  await card.getByRole("link", { name: "Server-Betrieb" }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Ich helfe mit: Server-Betrieb");
  await partner.getByLabel("Ihre Nachricht an die Initiator:innen").fill("Ich betreibe gern den Server.");
  await partner.getByRole("button", { name: "Hilfe anbieten" }).click();
  await expect(partner).toHaveURL(/hinweis=angebot/);
  const notice = await waitForMail(email, /Hilfsangebot/);
  expect(notice.body).not.toContain("Ich betreibe");

  // The initiator accepts; both get the other's address.
  await open(page, info, `${project}/paten`);
  const offer = page.locator("li[data-offer]").filter({ hasText: `Paula ${stamp}` });
  await expect(offer).toContainText("Ich betreibe gern den Server.");
  if (hasJs(info)) expect(await axeViolations(page)).toEqual([]);
  await offer.getByLabel("Nachricht an die Person (optional)").fill("Willkommen im Team!");
  await offer.getByRole("button", { name: "Annehmen" }).click();
  await expect(page.getByRole("status")).toContainText("Angenommen");
  const welcome = await waitForMail(partnerEmail, /Willkommen im Team!/);
  expect(welcome.body).toContain(email);
  await waitForMail(email, new RegExp(partnerEmail.replace(/[.]/g, "\\.")));

  // The catalogue and the project page show the slot filled.
  await open(page, info, `/projekte?q=${encodeURIComponent(name)}`);
  const listed = page.locator(".card").filter({ hasText: name });
  await expect(listed.locator("li[data-pillar=technik] .pillar-state")).toHaveText("besetzt");
  await open(page, info, project);
  await expect(page.locator("section[data-pillar=technik] .pate")).toContainText(`Paula ${stamp}`);
  await partner.context().close();
});

test("visitors find fitting needs on /mitmachen without an account", async ({ page }, info) => {
  await open(page, info, "/mitmachen");
  await page.locator("fieldset#saeule").getByLabel("Technik").check();
  await page.getByLabel("Stunden im Monat, die Sie geben können").fill("viele");
  await page.getByRole("button", { name: "Passende Bedarfe zeigen" }).click();
  await expect(page.getByLabel("Stunden im Monat, die Sie geben können")).toHaveAccessibleDescription(
    /ganze Zahl/,
  );
  await page.getByLabel("Stunden im Monat, die Sie geben können").fill("5");
  await page.getByRole("button", { name: "Passende Bedarfe zeigen" }).click();
  await expect(page).toHaveURL(/stunden=5/);
  const found = page.getByRole("region", { name: "Diese offenen Bedarfe passen zu Ihnen" });
  await expect(found.locator("li.card").first()).toContainText("bietet Technik");
  await found.locator("li.card h3 a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ich helfe mit:");
  await expect(page.getByLabel("E-Mail-Adresse")).toBeVisible();
});

test("an offer without the required fields comes back in German with the text kept", async ({
  page,
}, info) => {
  await open(page, info, "/projekte/muenster-schenkt-aus");
  await page.locator("section[data-pillar=technik]").getByRole("link", { name: "Ich helfe mit" }).first().click();
  await page.getByLabel("Ihre Nachricht an die Initiator:innen").fill("Ich kann Rust.");
  await page.getByLabel("E-Mail-Adresse").fill("kein-at-zeichen");
  await page.getByRole("button", { name: "Hilfe anbieten" }).click();
  await expect(page).toHaveURL(/entwurf=/);
  await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
  await expect(page.getByLabel("Ihre Nachricht an die Initiator:innen")).toHaveValue("Ich kann Rust.");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#consent-fehler")).toContainText("Datenschutz");
});
