// Checks a built handbook site in headless Chromium: every page type loads without
// console errors or outside requests (served under a sub-path), axe-core finds no
// WCAG 2.1 A/AA violation (light and dark, and on a phone with the menu open), no page
// scrolls sideways on a phone, search finds an objective by a word of its key result
// and its result opens, and table sorting works. The reader features are checked by
// features.mjs; screenshots.mjs takes the documentation's screenshots.
//
//   node site-check.mjs SITE_DIR
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { serveDir, launch, watch, failures } from "./common.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const site = process.argv[2];
if (!site) { console.error("usage: node site-check.mjs SITE_DIR"); process.exit(2); }

const data = JSON.parse(fs.readFileSync(path.join(site, "data/okrs.json"), "utf8"));
const current = data.objectives.filter((o) => o.cycle === data.current_cycle);
const objective = current.find((o) => o.key_results.length > 1) || data.objectives[0];
const kr = objective.key_results[0];
// A key result whose chart has a trend line, one off track if there is one.
const krs = current.flatMap((o) => o.key_results).filter((k) => k.forecast !== null);
const trendKr = krs.find((k) => k.status === "off-track") || krs[0] || kr;
const team = data.teams.find((t) => t.id === "cx") || data.teams[0];
// The team's lead, as its page links them.
const lead = (fs.readFileSync(path.join(site, team.url, "index.html"), "utf8").match(/href="(?:\.\.\/)*(people\/[^"/]+\/)/) || [])[1];
const principle = fs.readdirSync(path.join(site, "principles")).find((d) => !d.includes("."));
const freePage = ["leitfaden/gute-key-results/", "guide/writing/"].find((p) => fs.existsSync(path.join(site, p)));
const pages = {
  home: "", cycle: `cycles/${data.current_cycle}/`, objective: objective.url, "key-result": kr.url,
  "key-result-trend": trendKr.url, team: team.url, ...(lead ? { person: lead } : {}), people: "people/",
  warnings: "warnings/", teams: "teams/", principle: `principles/${principle}/`,
  alignment: `cycles/${data.current_cycle}/alignment/`, print: `cycles/${data.current_cycle}/print/`,
  ...(freePage ? { page: freePage } : {}),
};

const { server, base } = await serveDir(site, "/handbook/");
const host = new URL(base).host;
const browser = await launch();
const fail = failures();

/** Runs axe-core; every violation of WCAG 2.1 A/AA fails, whatever its impact. */
async function axe(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  }));
  for (const v of result.violations) {
    fail(name, `axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`).join("; ")}`);
  }
  return result.incomplete.length;
}

for (const scheme of ["light", "dark"]) {
  const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const problems = watch(page, host);
  for (const [name, rel] of Object.entries(pages)) {
    problems.length = 0;
    await page.setViewportSize({ width: 1280, height: 900 });
    const res = await page.goto(base + rel + "index.html", { waitUntil: "load" });
    if (!res || res.status() !== 200) fail(`${name} (${rel})`, `status ${res && res.status()}`);
    const unsure = await axe(page, `${name} (${rel}, ${scheme})`);
    // On a phone: nothing scrolls sideways.
    if (scheme === "light") {
      await page.setViewportSize({ width: 390, height: 844 });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wide > 1) fail(`${name} (${rel}, 390 px)`, `the page scrolls sideways by ${wide} px`);
    }
    problems.forEach((p) => fail(`${name} (${rel})`, p));
    console.log(`ok ${name} (${scheme}): loaded, no axe violation${unsure ? `, ${unsure} for a person to review` : ""}`);
  }
  await ctx.close();
}

// On a phone with the menu open.
{
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(base + pages.cycle + "index.html");
  await page.click(".nav-toggle");
  await axe(page, `cycle (390 px, menu open)`);
  await ctx.close();
  console.log("ok cycle (390 px, menu open): no axe violation");
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
    fail("search", `for "${word}": expected a result linking ${objective.url} or ${kr.url}, got ${JSON.stringify(hrefs.slice(0, 5))}`);
  } else console.log(`ok search: "${word}" finds ${objective.id}`);
  // Keyboard: arrow down moves into the results.
  await page.focus("#q");
  await page.keyboard.press("ArrowDown");
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.closest("#search-results") !== null);
  if (!focused) fail("search", "ArrowDown does not move the focus into #search-results");
  // A result opens its page (under the sub-path too).
  if (hrefs.length) {
    const res = await Promise.all([page.waitForNavigation(), page.click("#search-results a")]).then(([r]) => r);
    if (!res || res.status() !== 200 || !new URL(page.url()).pathname.startsWith(new URL(base).pathname)) {
      fail("search", `the first result opens ${page.url()} with status ${res && res.status()}`);
    }
  }
  problems.forEach((p) => fail("search", p));
  await page.close();
}

// Sorting: the progress column of the cycle table sorts both ways, by keyboard too.
{
  const page = await browser.newPage();
  await page.goto(base + pages.cycle + "index.html");
  const table = page.locator("table.sortable").first();
  const headers = await table.locator("thead th").allTextContents();
  const col = headers.findIndex((h) => /Fortschritt|Progress/.test(h));
  if (col < 0) fail(`sort (${pages.cycle})`, `no progress column in ${JSON.stringify(headers)}`);
  const values = async () => table.locator(`tbody tr td:nth-child(${col + 1}), tbody tr th:nth-child(${col + 1})`)
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-sort"))));
  const button = table.locator("thead th").nth(col).locator("button");
  await button.focus();
  await page.keyboard.press("Enter");
  const up = await values();
  await button.click();
  const down = await values();
  const sorted = (v, dir) => v.every((x, i) => i === 0 || dir * (x - v[i - 1]) >= 0);
  if (up.length < 2 || !sorted(up, 1) || !sorted(down, -1)) fail(`sort (${pages.cycle})`, `expected ascending then descending, got ${up} / ${down}`);
  else console.log(`ok sort: ${up.length} rows ascending and descending`);
  await page.close();
}

await browser.close();
server.close();
if (fail.list.length) { console.error(`${fail.list.length} browser check(s) failed`); process.exit(1); }
console.log("all browser checks passed");
