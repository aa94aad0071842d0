import { expect, test } from "@playwright/test";
import { axeViolations, open } from "./helpers";

// An automated WCAG 2.1 AA scan (axe-core) of every kind of page, hydrated and without
// JavaScript. It finds what a machine can find (labels, contrast, landmarks, names); a
// screen-reader walk-through stays a manual step.
const pages = [
  "/",
  "/projekte",
  "/projekte?bedarf=technik&kategorie=mobilitaet",
  "/projekte?seite=abc",
  "/projekte/muenster-schenkt-aus",
  "/projekte/rats-sitzplan",
  "/impressum",
  "/ueber",
  "/gibt-es-nicht",
  "/einreichen",
  "/registrieren",
  "/anmelden",
  "/passwort-vergessen",
  "/hinweis/bestaetigen",
  "/bestaetigen?art=konto&schluessel=abgelaufen",
  "/konto",
  "/moderation",
  "/paten",
  "/mitmachen",
  "/mitmachen?saeule=technik&faehigkeiten=Flutter&stunden=viele",
  "/konto/pate",
];

for (const path of pages) {
  test(`B23: ${path} has no WCAG 2.1 AA violations`, async ({ page }, info) => {
    // axe runs as a script in the page. The markup without JavaScript is the same server
    // rendering, which hydration leaves unchanged (every test fails on a hydration warning).
    test.skip(info.project.name !== "mit-js", "axe needs JavaScript in the page");
    await open(page, info, path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("B23: the help form of a need has no WCAG 2.1 AA violations", async ({ page }, info) => {
  test.skip(info.project.name !== "mit-js", "axe needs JavaScript in the page");
  await open(page, info, "/projekte/muenster-schenkt-aus");
  await page.getByRole("link", { name: "Ich helfe mit" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ich helfe mit:");
  expect(await axeViolations(page)).toEqual([]);
});
