// Checks a built handbook site in headless Chromium: every page type loads without
// console errors or outside requests (served under a sub-path), axe-core finds no
// serious or critical WCAG 2.1 A/AA violation (light and dark), search finds an
// objective by a word of its key result, and table sorting works. Takes screenshots.
//
//   node site-check.mjs SITE_DIR [SCREENSHOT_DIR]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { serveDir, launch, watch } from "./common.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [site, shots] = [process.argv[2], process.argv[3]];
if (!site) { console.error("usage: node site-check.mjs SITE_DIR [SCREENSHOT_DIR]"); process.exit(2); }

const data = JSON.parse(fs.readFileSync(path.join(site, "data/okrs.json"), "utf8"));
const current = data.objectives.filter((o) => o.cycle === data.current_cycle);
const objective = current.find((o) => o.key_results.length > 1) || data.objectives[0];
const kr = objective.key_results[0];
const principle = fs.readdirSync(path.join(site, "principles")).find((d) => !d.includes("."));
const freePage = ["leitfaden/gute-key-results/", "guide/writing/"].find((p) => fs.existsSync(path.join(site, p)));
const pages = {
  home: "", cycle: `cycles/${data.current_cycle}/`, objective: objective.url, "key-result": kr.url,
  warnings: "warnings/", teams: "teams/", principle: `principles/${principle}/`,
  alignment: `cycles/${data.current_cycle}/alignment/`, people: "people/",
  ...(freePage ? { page: freePage } : {}),
};

const { server, base } = await serveDir(site, "/handbook/");
const host = new URL(base).host;
const browser = await launch();
const failures = [];
const fail = (what) => { failures.push(what); console.error(`FAIL ${what}`); };

async function axe(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  }));
  for (const v of result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
    fail(`${name}: axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
  }
  return result.violations.length;
}

for (const [name, rel] of Object.entries(pages)) {
  for (const scheme of name === "objective" || name === "home" ? ["light", "dark"] : ["light"]) {
    const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const problems = watch(page, host);
    const res = await page.goto(base + rel + "index.html", { waitUntil: "load" });
    if (!res || res.status() !== 200) fail(`${name}: status ${res && res.status()}`);
    const minor = await axe(page, `${name} (${scheme})`);
    problems.forEach((p) => fail(`${name}: ${p}`));
    console.log(`ok ${name} (${scheme}): loaded, ${minor} minor axe findings`);
    if (shots && scheme === "light" && ["home", "cycle", "objective", "key-result", "warnings"].includes(name)) {
      await page.screenshot({ path: path.join(shots, `${name}-desktop.png`), fullPage: false });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(shots, `${name}-phone.png`), fullPage: false });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wide > 1) fail(`${name}: the phone layout scrolls sideways by ${wide} px`);
    }
    await ctx.close();
  }
}

// Search: a word of the key result's title finds the objective or the key result.
{
  const page = await browser.newPage();
  const problems = watch(page, host);
  await page.goto(base + "index.html");
  const word = kr.title.split(/\s+/).filter((w) => /^[\p{L}-]{6,}$/u.test(w)).sort((a, b) => b.length - a.length)[0];
  await page.fill("#q", word);
  const hrefs = await page.waitForFunction(() => {
    const links = [...document.querySelectorAll("#search-results a")];
    return links.length ? links.map((a) => a.getAttribute("href")) : false;
  }, null, { timeout: 5000 }).then((h) => h.jsonValue()).catch(() => []);
  if (!hrefs.some((h) => h.includes(objective.url) || h.includes(kr.url))) {
    fail(`search for "${word}" did not find ${objective.url} or ${kr.url}: ${hrefs.slice(0, 5)}`);
  } else console.log(`ok search: "${word}" finds ${objective.id}`);
  // Keyboard: arrow down moves into the results.
  await page.focus("#q");
  await page.keyboard.press("ArrowDown");
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.closest("#search-results") !== null);
  if (!focused) fail("search: ArrowDown does not move into the results");
  problems.forEach((p) => fail(`search: ${p}`));
  await page.close();
}

// Sorting: the progress column of the cycle table sorts both ways, by keyboard too.
{
  const page = await browser.newPage();
  await page.goto(base + pages.cycle + "index.html");
  const table = page.locator("table.sortable").first();
  const headers = await table.locator("thead th").allTextContents();
  const col = headers.findIndex((h) => /Fortschritt|Progress/.test(h));
  if (col < 0) fail(`sort: no progress column in ${headers}`);
  const values = async () => table.locator(`tbody tr td:nth-child(${col + 1}), tbody tr th:nth-child(${col + 1})`)
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-sort"))));
  const button = table.locator("thead th").nth(col).locator("button");
  await button.focus();
  await page.keyboard.press("Enter");
  const up = await values();
  await button.click();
  const down = await values();
  const sorted = (v, dir) => v.every((x, i) => i === 0 || dir * (x - v[i - 1]) >= 0);
  if (up.length < 2 || !sorted(up, 1) || !sorted(down, -1)) fail(`sort: ascending ${up} / descending ${down}`);
  else console.log(`ok sort: ${up.length} rows ascending and descending`);
  await page.close();
}

await browser.close();
server.close();
if (failures.length) { console.error(`${failures.length} browser check(s) failed`); process.exit(1); }
console.log("all browser checks passed");
