import { expect, test } from "@playwright/test";
import { cardNames, hasJs, holdWasm, open, seededNames } from "./helpers";

test("the catalogue lists every seeded project across its pages", async ({ page }, info) => {
  const expected = seededNames();
  expect(expected.length).toBeGreaterThan(35);
  await open(page, info, "/projekte");
  // Other tests of this run publish projects of their own (named "Mängelmelder …").
  const total = Number((await page.locator("#results-summary").innerText()).split(" ")[0]);
  expect(total).toBeGreaterThanOrEqual(expected.length);
  const seen: string[] = [];
  for (let n = 1; ; n++) {
    seen.push(...(await cardNames(page)));
    const next = page.getByRole("link", { name: "Weiter" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`seite=${n + 1}`));
    if (hasJs(info)) await expect(page.locator(".pagination [aria-current=page]")).toContainText(`Seite ${n + 1}`);
  }
  expect(seen.length).toBe(total);
  const seeded = seen.filter((name) => !name.startsWith("Mängelmelder "));
  expect(seeded.sort()).toEqual([...expected].sort());
});

test("filtering by an open pillar shows only projects seeking a Pate there", async ({ page }, info) => {
  await open(page, info, "/projekte");
  await page.getByRole("group", { name: "Sucht Pat:in für" }).getByLabel("Technik").check();
  if (!hasJs(info)) await page.getByRole("button", { name: "Filter anwenden" }).click();
  // One tidy address, with and without JavaScript: no empty q=, no nameless parameter.
  await expect(page).toHaveURL(/\/projekte\?bedarf=technik$/);
  await expect(page.locator("#results-summary")).not.toHaveText(`${seededNames().length} Projekte`);
  const names = await cardNames(page);
  expect(names).toContain("Münster schenkt aus");
  expect(names).not.toContain("Rats-Sitzplan");
  const states = await page.locator(".catalogue-results [data-pillar=technik] .pillar-state").allInnerTexts();
  expect(states.length).toBe(names.length);
  for (const state of states) expect(state).toBe("sucht Pat:in");
});

for (const q of ["Bäume", "baeume"]) {
  test(`searching for ${q} finds the tree-watering project`, async ({ page }, info) => {
    await open(page, info, `/projekte?q=${encodeURIComponent(q)}`);
    expect(await cardNames(page)).toContain("Münster schenkt aus");
    await expect(page.getByLabel("Suche in Name und Beschreibung")).toHaveValue(q);
  });
}

test("B03: a shared link with two needs and a search is applied on first load", async ({ page }, info) => {
  await open(page, info, "/projekte?bedarf=technik&bedarf=finanzen&q=B%C3%BCrger");
  const needs = page.getByRole("group", { name: "Sucht Pat:in für" });
  await expect(needs.getByLabel("Technik")).toBeChecked();
  await expect(needs.getByLabel("Finanzen")).toBeChecked();
  await expect(needs.getByLabel("Inhalt")).not.toBeChecked();
  await expect(page.getByLabel("Suche in Name und Beschreibung")).toHaveValue("Bürger");
  await expect(page.locator("#results-summary")).toContainText("Ergebnisse für „Bürger“");
});

test("B06: markup in the search term stays text everywhere", async ({ page }, info) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  for (const q of [
    '<a href="https://phish.example/login"><h1>Bitte neu anmelden</h1></a>',
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    "</title><img src=x onerror=alert(3)>",
  ]) {
    const response = await open(page, info, `/projekte?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("#results-summary")).toContainText(q);
    await expect(page.getByLabel("Suche in Name und Beschreibung")).toHaveValue(q);
    await expect(page).toHaveTitle(new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    expect(await page.locator("a[href^='https://phish']").count()).toBe(0);
    expect(await page.locator("main h1").count()).toBe(1);
    expect(await page.locator("img[src=x]").count()).toBe(0);
  }
  expect(dialogs).toBe(0);
});

test("B12: a page number that is no number, or past the end, is answered clearly", async ({ page }) => {
  for (const bad of ["0", "-5", "abc", "1.5", "18446744073709551616"]) {
    const response = await page.goto(`/projekte?seite=${bad}`);
    expect(response?.status(), bad).toBe(400);
    await expect(page.getByRole("alert")).toContainText("keine gültige Seitenzahl");
  }
  for (const far of ["99", "9223372036854775808"]) {
    expect((await page.goto(`/projekte?seite=${far}`))?.status(), far).toBe(404);
  }
  const past = await page.goto("/projekte?seite=99");
  expect(past?.status()).toBe(404);
  await expect(page.getByRole("alert")).toContainText("Die Liste ist kürzer");
  await expect(page.getByRole("link", { name: "Zur ersten Seite der Liste" })).toBeVisible();
});

test("B06: a search without two letters, or far too long, is refused in German", async ({ page }) => {
  for (const [q, says] of [
    ["%", "mindestens zwei Buchstaben"],
    ["_", "mindestens zwei Buchstaben"],
    ["a".repeat(201), "höchstens 200 Zeichen"],
    ["ab ".repeat(40).trim(), "höchstens 10 Wörtern"],
  ]) {
    const response = await page.goto(`/projekte?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(400);
    await expect(page.getByRole("alert")).toContainText(says);
  }
  // Thousands of words once crashed the server; it must still answer.
  const huge = await page.goto(`/projekte?q=${"ab+".repeat(1000)}`);
  expect(huge?.status()).toBe(400);
  expect((await page.goto("/projekte"))?.status()).toBe(200);
});

test("one result is counted in the singular", async ({ page }, info) => {
  await open(page, info, "/projekte?bezirk=mitte");
  await expect(page.locator("#results-summary")).toHaveText("1 Projekt");
  await open(page, info, "/projekte?q=Leezenflow");
  await expect(page.locator("#results-summary")).toHaveText("1 Ergebnis für „Leezenflow“");
});

test("filter keys are read without regard to case", async ({ page }, info) => {
  await open(page, info, "/projekte?kategorie=MOBILITAET&bedarf=Technik");
  await expect(page.getByLabel("Mobilität")).toBeChecked();
  await expect(page.getByRole("group", { name: "Sucht Pat:in für" }).getByLabel("Technik")).toBeChecked();
});

test("each list page names itself as the canonical address", async ({ page }, info) => {
  await open(page, info, "/projekte?seite=2");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/projekte\?seite=2$/);
});

test("Back restores the filter boxes with the list", async ({ page }, info) => {
  test.skip(!hasJs(info), "the browser's own Back reloads the page without JavaScript");
  await open(page, info, "/projekte");
  const technik = page.getByRole("group", { name: "Sucht Pat:in für" }).getByLabel("Technik");
  await technik.check();
  await expect(page).toHaveURL(/bedarf=technik/);
  await page.goBack();
  await expect(page).toHaveURL(/\/projekte$/);
  await expect(page.locator("#results-summary")).toHaveText(`${seededNames().length} Projekte`);
  await expect(technik).not.toBeChecked();
});

test("a search typed and a box ticked before the catalogue hydrates are kept", async ({ page }, info) => {
  test.skip(!hasJs(info), "hydration needs JavaScript");
  // The visitor starts before the WASM arrives; hydration must not put back what the server
  // rendered.
  const release = await holdWasm(page);
  await page.goto("/projekte");
  const box = page.getByLabel("Suche in Name und Beschreibung");
  await box.fill("Bäume");
  const finanzen = page.getByRole("group", { name: "Sucht Pat:in für" }).getByLabel("Finanzen");
  await finanzen.check();
  release();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(box).toHaveValue("Bäume");
  await expect(finanzen).toBeChecked();
});

test("a search typed into the box leads to the list's one address", async ({ page }, info) => {
  await open(page, info, "/projekte");
  await page.getByLabel("Suche in Name und Beschreibung").fill("Bäume");
  await page.getByLabel("Suche in Name und Beschreibung").press("Enter");
  await expect(page).toHaveURL(/\/projekte\?q=B%C3%A4ume$/);
  expect(await cardNames(page)).toContain("Münster schenkt aus");
});

test("after a refused search a new one can be typed right there", async ({ page }, info) => {
  await open(page, info, "/projekte?q=a");
  await expect(page.getByRole("alert")).toContainText("mindestens zwei");
  const box = page.getByLabel("Suche in Name und Beschreibung");
  await box.fill("Bäume");
  await page.getByRole("button", { name: "Erneut suchen" }).click();
  // One or more results: the search finds words that begin with the term.
  await expect(page.locator("#results-summary")).toContainText(/Ergebnis(se)? für „Bäume“/);
  expect(await cardNames(page)).toContain("Münster schenkt aus");
});

test("unticking the last folded box keeps the group open and the focus", async ({ page }, info) => {
  test.skip(!hasJs(info), "without JavaScript the form is sent with its button");
  await open(page, info, "/projekte");
  await page.getByText("Kategorie, Status und Stadtbezirk").click();
  const live = page.getByLabel("in Betrieb");
  await live.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\/projekte\?status=live$/);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\/projekte$/);
  await expect(page.locator("details.more-filters")).toHaveAttribute("open", "");
  await expect(live).toBeFocused();
});
