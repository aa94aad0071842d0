import { expect, test } from "@playwright/test";
import { cardNames, hasJs, holdWasm, open, seededNames } from "./helpers";

test("the home page explains the platform and shows live counts", async ({ page }, info) => {
  await open(page, info, "/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Digitale Projekte für Münster am Leben halten",
  );
  // Other tests of this run may have published projects of their own meanwhile.
  const projects = Number(await page.locator("[data-figure=projekte]").innerText());
  expect(projects).toBeGreaterThanOrEqual(seededNames().length);
  const technik = Number(await page.locator("dd[data-figure=technik]").innerText());
  expect(technik).toBeGreaterThan(0);
  await expect(page.locator("#help-title ~ .cards .card")).toHaveCount(3);
  await page.getByRole("link", { name: "Einem Projekt helfen" }).click();
  await expect(page).toHaveURL(/bedarf=inhalt&bedarf=technik&bedarf=finanzen/);
});

test("a project page shows its profile and its needs by pillar", async ({ page }, info) => {
  await open(page, info, "/projekte/muenster-schenkt-aus");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Münster schenkt aus");
  await expect(page).toHaveTitle("Münster schenkt aus – DIGIFARM Münster");
  const technik = page.locator("section[data-pillar=technik]");
  await expect(technik.locator(".pillar-state")).toHaveText("sucht Pat:in");
  const inhalt = page.locator("section[data-pillar=inhalt]");
  await expect(inhalt.locator(".pillar-state")).toHaveText("besetzt");
  await expect(inhalt.locator(".pate")).toContainText("Grünflächenamt");
  const facts = page.getByRole("complementary", { name: "Steckbrief" });
  await expect(facts).toContainText("MIT (Open Source)");
  await expect(facts).toContainText("15.08.2022");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Münster schenkt aus – DIGIFARM Münster",
  );
});

test("a deprecated licence id is shown in its current form", async ({ page }, info) => {
  await open(page, info, "/projekte/schueler-geschichtswettbewerb-muenster");
  await expect(page.getByRole("complementary", { name: "Steckbrief" })).toContainText(
    "GPL-3.0-only (Open Source)",
  );
});

test("a project without licence says so instead of hiding", async ({ page }, info) => {
  await open(page, info, "/projekte/klimaheroes");
  await expect(page.getByRole("complementary", { name: "Steckbrief" })).toContainText(
    "Keine Lizenz gefunden",
  );
});

test("the catalogue card links to the project page", async ({ page }, info) => {
  await open(page, info, "/projekte?q=Sitzplan");
  expect(await cardNames(page)).toEqual(["Rats-Sitzplan"]);
  await page.getByRole("link", { name: "Rats-Sitzplan" }).click();
  await expect(page).toHaveURL(/\/projekte\/rats-sitzplan$/);
  await expect(page.locator("section[data-pillar=finanzen] .pillar-state")).toHaveText("kein Bedarf");
});

test("hydration: a checkbox applies the filter without the submit button", async ({ page }, info) => {
  test.skip(!hasJs(info), "needs JavaScript");
  await open(page, info, "/projekte");
  const before = page.url();
  await page.getByRole("group", { name: "Sucht Pat:in für" }).getByLabel("Finanzen").check();
  await expect(page).toHaveURL(/bedarf=finanzen/);
  expect(page.url()).not.toBe(before);
  expect(await cardNames(page)).toContain("Fair City Guide Münster");
});

test("unknown addresses get a German 404 page", async ({ page }, info) => {
  for (const path of ["/gibt-es-nicht", "/projekte/gibt-es-nicht"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  }
  await open(page, info, "/gibt-es-nicht");
  await page.getByRole("link", { name: "Zum Projektkatalog" }).click();
  await expect(page).toHaveURL(/\/projekte$/);
});

test("legal pages show the operator and real text", async ({ page }, info) => {
  await open(page, info, "/impressum");
  await expect(page.locator("address")).toContainText("Klemensstraße 10");
  expect(await page.content()).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  await expect(page.locator(".prose")).toContainText("Digitale-Dienste-Gesetz");
  for (const [path, heading] of [
    ["/datenschutz", "Datenschutzerklärung"],
    ["/barrierefreiheit", "Erklärung zur Barrierefreiheit"],
    ["/ueber", "Über die Plattform"],
  ]) {
    await open(page, info, path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    expect((await page.locator(".prose").innerText()).length).toBeGreaterThan(500);
    expect(await page.content(), path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  }
});

test("no page scrolls sideways on a 320 or 390 px phone", async ({ page }, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of [
      "/",
      "/projekte",
      "/projekte/meine-stadt-transparent-muenster",
      "/impressum",
      "/paten",
      "/mitmachen?saeule=technik&faehigkeiten=Flutter",
      "/konto/pate",
    ]) {
      await open(page, info, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
});

test("the skip link leads to the main content", async ({ page }, info) => {
  await open(page, info, "/projekte");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toHaveCount(1);
});

test.describe("in another time zone", () => {
  test.use({ timezoneId: "America/New_York" });

  test("B13: dates are shown in Berlin time whatever the browser's zone", async ({ page }, info) => {
    await open(page, info, "/projekte/data-inspire-me");
    const facts = page.getByRole("complementary", { name: "Steckbrief" });
    await expect(facts).toContainText("15.08.2022");
    await expect(facts).toContainText("Oktober 2021");
  });

  test("B13: a date right after the change to summer time is the same before and after hydration", async ({
    page,
    request,
  }, info) => {
    // Midnight of 1 April 2024 in Berlin is 22:00 UTC on 31 March: a page that showed UTC, or
    // winter time all year, would say 31.03.2024.
    const path = "/projekte/testprojekt-zeitumstellung";
    const sent = await (await request.get(path)).text();
    expect(sent).toContain("01.04.2024");
    expect(sent).not.toContain("31.03.2024");
    await open(page, info, path);
    const facts = page.getByRole("complementary", { name: "Steckbrief" });
    await expect(facts).toContainText("01.04.2024");
    await expect(facts).not.toContainText("31.03.2024");
  });
});

test("the way to propose a project leads to the application form", async ({ page }, info) => {
  await open(page, info, "/");
  await page.locator("#inhalt").getByRole("link", { name: "Projekt vorschlagen" }).click();
  await expect(page).toHaveURL(/\/einreichen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projekt vorschlagen");
  await expect(page.getByRole("group", { name: "Aufnahmekriterien", exact: true })).toBeVisible();
});

test("a value typed before the page hydrates is kept", async ({ page }, info) => {
  test.skip(!hasJs(info), "hydration needs JavaScript");
  // Type, then let the page hydrate: hydration must not put back the value the server rendered.
  const release = await holdWasm(page);
  await page.goto("/mitmachen?saeule=technik&stunden=viele");
  const hours = page.getByLabel("Stunden im Monat, die Sie geben können");
  await hours.fill("5");
  release();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(hours).toHaveValue("5");
});

test("a used-up link says so once and leads to a new one", async ({ page }, info) => {
  await open(page, info, "/bestaetigen?fehler=link");
  await expect(page.getByText("Dieser Link ist abgelaufen oder wurde schon benutzt.")).toHaveCount(1);
  await open(page, info, "/passwort-neu?fehler=link");
  await expect(page.getByText("Dieser Link ist abgelaufen oder wurde schon benutzt.")).toHaveCount(1);
  await expect(page.getByLabel("Neues Passwort")).toHaveCount(0);
  await page.getByRole("link", { name: "Einen neuen Link anfordern" }).click();
  await expect(page).toHaveURL(/\/passwort-vergessen$/);
});

test("help offered for a need deleted meanwhile is told so where other needs are", async ({ page }, info) => {
  await open(page, info, "/mitmachen?fehler=bedarf");
  await expect(page.getByRole("alert")).toContainText("Diesen Bedarf gibt es nicht mehr");
});
