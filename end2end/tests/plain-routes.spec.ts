import { expect, test } from "@playwright/test";
import { seededNames } from "./helpers";

// Plain HTTP answers beside the pages; they do not depend on JavaScript, so run once.
const base = process.env.DIGIFARM_E2E_URL ?? "http://127.0.0.1:3210";
test.describe("plain routes", () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== "mit-js", "HTTP only");
  });

  test("healthz answers while the database does", async ({ request }) => {
    const res = await request.get("/healthz");
    expect(res.status()).toBe(200);
    expect(await res.text()).toBe("ok");
  });

  test("the manifest makes the site installable", async ({ request }) => {
    const res = await request.get("/manifest.webmanifest");
    expect(res.headers()["content-type"]).toContain("application/manifest+json");
    const m = await res.json();
    expect(m.name).toBe("DIGIFARM Münster");
    expect(m.display).toBe("standalone");
    expect(m.start_url).toBe("/");
    const sizes = m.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(m.icons.some((i: { purpose?: string }) => i.purpose === "maskable")).toBe(true);
    for (const icon of m.icons) expect((await request.get(icon.src)).status()).toBe(200);
  });

  test("the sitemap lists every project and robots.txt points to it", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    // Six fixed pages, every seeded project, and any project other tests published meanwhile.
    expect(xml.match(/<url>/g)?.length).toBeGreaterThanOrEqual(seededNames().length + 6);
    expect(xml).toContain("/projekte/muenster-schenkt-aus</loc><lastmod>2022-08-15</lastmod>");
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap: ");
  });

  test("B28: a POST from another site is refused, from this site answered", async ({ request }) => {
    const form = { "query[q]": "Baum" };
    const evil = await request.post("/api/projects", {
      headers: { Origin: "https://evil.example" },
      form,
    });
    expect(evil.status()).toBe(403);
    expect(await evil.text()).toContain("von einer anderen Website");
    const crossSite = await request.post("/api/projects", {
      headers: { "Sec-Fetch-Site": "cross-site" },
      form,
    });
    expect(crossSite.status()).toBe(403);
    const ours = await request.post("/api/projects", {
      headers: { Origin: new URL(base).origin },
      form,
    });
    expect(ours.status()).toBe(200);
  });

  test("a trailing slash leads to the one address of the page", async ({ request }) => {
    for (const [from, to] of [
      ["/projekte/", "/projekte"],
      ["/projekte/muenster-schenkt-aus/", "/projekte/muenster-schenkt-aus"],
      ["/projekte/?bedarf=technik", "/projekte?bedarf=technik"],
      ["//evil.example/", "/evil.example"],
    ]) {
      // Written out in full: a bare "//evil.example/" would be read as another host.
      const res = await request.get(`${base}${from}`, { maxRedirects: 0 });
      expect(res.status(), from).toBe(308);
      expect(res.headers()["location"], from).toBe(to);
    }
  });

  test("a project address typed with capitals or umlauts leads to the real one", async ({ request }) => {
    for (const typed of ["/projekte/Muenster-Schenkt-Aus", "/projekte/m%C3%BCnster-schenkt-aus"]) {
      const res = await request.get(typed, { maxRedirects: 0 });
      expect(res.status(), typed).toBe(308);
      expect(res.headers()["location"], typed).toBe("/projekte/muenster-schenkt-aus");
    }
  });

  test("a server function called with garbage answers 400 in German", async ({ request }) => {
    for (const data of ["", "quatsch", "{\"json\":1}"]) {
      const res = await request.post("/api/projects", {
        data,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(res.status(), data).toBe(400);
      expect(await res.text()).toContain("unvollständig oder fehlerhaft");
    }
  });

  test("pages cannot be framed by other sites", async ({ request }) => {
    const res = await request.get("/projekte");
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("the service worker is never cached", async ({ request }) => {
    const res = await request.get("/sw.js");
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toBe("no-cache");
  });

  test("B21: the app's script and WASM are revalidated, so a release never mixes", async ({ request }) => {
    for (const asset of ["/pkg/digifarm.js", "/pkg/digifarm.wasm", "/pkg/digifarm.css"]) {
      const res = await request.get(asset);
      expect(res.status(), asset).toBe(200);
      expect(res.headers()["cache-control"], asset).toBe("no-cache");
    }
  });

  test("offline, a visited page opens from the cache and any other shows the German offline page", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: base, serviceWorkers: "allow" });
    const page = await context.newPage();
    await page.goto("/");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // Once the worker controls the page, a visit puts the page into its cache.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto("/ueber");
    const about = await page.getByRole("heading", { level: 1 }).textContent();
    expect(about).toBeTruthy();
    // The worker stores the page after answering; wait until it is there.
    await expect
      .poll(() => page.evaluate(async () => (await caches.match("/ueber")) !== undefined))
      .toBe(true);
    await context.setOffline(true);
    await page.goto("/ueber");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(about ?? "");
    await page.goto("/barrierefreiheit");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keine Verbindung");
    await expect(page.getByRole("link", { name: "Erneut versuchen" })).toHaveAttribute("href", "/");
    await context.close();
  });
});
