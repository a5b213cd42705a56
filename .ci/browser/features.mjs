// The reader features of a built handbook site in headless Chromium, served under a
// sub-path (/handbook/):
//   - every page: loads without console errors, failed or outside requests; every link
//     stays under the sub-path and reaches a file that exists (and its #fragment); every
//     person's name is a link to that person's page, whose heading names them;
//   - people: the people index lists every person page and each team's lead and members
//     with that team;
//   - "needs attention": first on the home page, the running cycle's, team and person
//     pages, before the objectives; the home page shows the cycle's first (at most 20);
//     a team's and a person's lists hold only theirs; the status counts on the home page
//     open the cycle page filtered to as many objectives;
//   - filters of objective tables: each choice shows only matching rows, clearing shows
//     all, `?status=<id>` filters on load, and without JavaScript the whole table shows;
//   - the menu button at phone width hides and shows the navigation (aria-expanded);
//   - charts: a key result's check-in chart (expected path, trend line, forecast in
//     words) and the progress-over-time charts of objectives, teams and cycles;
//   - the print view of each cycle: no navigation, every objective and key result,
//     printed to an A4 PDF of a few pages.
//
//   node features.mjs SITE_DIR
import fs from "node:fs";
import path from "node:path";
import { serveDir, launch, watch, failures, pdfPages } from "./common.mjs";

const site = process.argv[2];
if (!site) { console.error("usage: node features.mjs SITE_DIR"); process.exit(2); }

const PREFIX = "/handbook/";
const HOME_ATTENTION = 20;
const MAX_PRINT_PAGES = 10;
const data = JSON.parse(fs.readFileSync(path.join(site, "data/okrs.json"), "utf8"));
const running = data.cycles.find((c) => c.id === data.current_cycle && c.start <= data.as_of && data.as_of <= c.end);
// Names shown as text where a link is missing, by page and selector. The teams index
// names each team's lead as text: its rows carry the lead's name only
// (src/site/pages/index.rs). Remove the entry once the lead is a link.
const UNLINKED_NAMES = [];
const krById = new Map(data.objectives.flatMap((o) => o.key_results.map((k) => [k.url, { ...k, objective: o }])));

const { server, base } = await serveDir(site, PREFIX);
const host = new URL(base).host;
const browser = await launch();
const fail = failures();
const ok = (what) => console.log(`ok ${what}`);

/** The site-relative path of a URL under the sub-path ("" for the home page), or null. */
function rel(url) {
  const u = new URL(url, base);
  if (u.host !== host || !u.pathname.startsWith(PREFIX)) return null;
  return decodeURIComponent(u.pathname.slice(PREFIX.length)).replace(/(^|\/)index\.html$/, "$1");
}
const fileOf = (r) => path.join(site, r === "" || r.endsWith("/") ? r + "index.html" : r);

// Every page of the site, found on disk.
const pages = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith(".html")) pages.push(path.relative(site, p).split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1"));
  }
})(site);
pages.sort();
const kindOf = (r) => (r === "" ? "home" : r.startsWith("people/") && r !== "people/" ? "person" : /^cycles\/[^/]+\/print\/$/.test(r) ? "print"
  : /^cycles\/[^/]+\/$/.test(r) ? "cycle" : /^teams\/[^/]+\/$/.test(r) ? "team" : /^objectives\/[^/]+\/$/.test(r) ? "objective"
  : /^key-results\/[^/]+\/$/.test(r) ? "key-result" : "other");

// ---------------------------------------------------------------------------------------
// The people: every person page, by its heading.
const people = pages.filter((r) => kindOf(r) === "person").map((r) => ({
  path: r, name: (fs.readFileSync(fileOf(r), "utf8").match(/<h1>([^<]*)<\/h1>/) || [])[1]?.replace(/&amp;/g, "&") || "",
}));
if (!people.length) fail("people/", "no person pages at people/<slug>/index.html");
for (const p of people) if (!p.name) fail(p.path, "no <h1> with the person's name");

// ---------------------------------------------------------------------------------------
// Each page: loads cleanly; links resolve under the sub-path; names are links.
const seen = { pages: 0, links: 0, personLinks: 0, names: 0 };
const personLinkTexts = new Map(); // person page -> texts of links to it
const fileText = new Map();
const hasId = (r, id) => {
  if (!fileText.has(r)) fileText.set(r, fs.readFileSync(fileOf(r), "utf8"));
  return fileText.get(r).includes(`id="${id}"`);
};
const attention = {}; // page -> rows of its attention list
const charts = { kr: 0, trend: 0, history: 0 }; // counted as the pages are visited
const teamPeople = {}, personTeams = {}; // team page -> people linked in its facts; person page -> their teams
let peopleRows = [];
{
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const problems = watch(page, host);
  let previous = null;
  // 404.html has no icon link when the site has no base URL (no relative link from it
  // can be right, and the site's URL policy allows no data: address), so the browser
  // asks the host's root for /favicon.ico: the host's to answer, not the site's. The
  // browser asks for it when it likes, sometimes pages later, so that request is left
  // out everywhere and every other page is checked for its icon link in its HTML.
  const pageProblems = () => problems.filter((p) => !p.includes(`//${host}/favicon.ico`));
  for (const r of pages) {
    // What arrives after a page was checked (a late request such as its icon) is its.
    if (previous !== null) pageProblems().forEach((p) => fail(`${previous} (after load)`, p));
    problems.length = 0;
    const res = await page.goto(base + r + (r === "" || r.endsWith("/") ? "index.html" : ""), { waitUntil: "load" });
    const where = r || "home";
    if (!res || res.status() !== 200) fail(where, `status ${res && res.status()}`);
    seen.pages++;
    if (r !== "404.html" && !/<link rel="icon" href="[^"]*static\/favicon\.svg"/.test(fs.readFileSync(fileOf(r), "utf8"))) fail(where, "no icon link");
    const kind = kindOf(r);
    const allowed = UNLINKED_NAMES.filter((u) => u.page === r).map((u) => u.selector).join(", ");
    const found = await page.evaluate(({ people, kind, here, allowed }) => {
      const clean = (s) => s.replace(/\s+/g, " ").trim();
      const links = [...document.querySelectorAll("a[href]")].map((a) => ({ href: a.href, text: clean(a.textContent) }));
      // Text naming a person outside a link to their page (the print view is for paper).
      const unlinked = [];
      if (kind !== "print") {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          // Not in the filters' choices, nor where a known gap is allowed.
          if (!el || el.closest("script, style, svg, #search-results, select") || (allowed && el.closest(allowed))) continue;
          for (const p of people) {
            if (!p.name || !n.data.includes(p.name)) continue;
            const a = el.closest("a");
            const target = a && new URL(a.href).pathname.replace(/index\.html$/, "");
            if (target && target.endsWith("/" + p.path)) continue;
            if (kind === "person" && here === p.path && el.closest("h1")) continue;
            const tag = el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "");
            unlinked.push(`"${p.name}" in <${tag}> "${clean(n.data).slice(0, 80)}"${a ? ` (a link to ${a.getAttribute("href")})` : ""}`);
          }
        }
      }
      return { links, unlinked };
    }, { people, kind, here: r, allowed });
    for (const u of found.unlinked) fail(where, `a name is not a link to the person's page: ${u}`);
    // 404.html answers at any missing address, so its links start at the host's root
    // (or base_url); they do not follow the sub-path.
    for (const { href, text } of r === "404.html" ? [] : found.links) {
      const u = new URL(href);
      if (!u.protocol.startsWith("http")) continue;
      if (u.host !== host) continue; // the handbook's own links elsewhere (e.g. its repository)
      seen.links++;
      const target = rel(href);
      if (target === null) { fail(where, `link "${text}" to ${u.pathname} leaves the sub-path ${PREFIX}`); continue; }
      if (!fs.existsSync(fileOf(target))) { fail(where, `link "${text}" to ${target}: no such page`); continue; }
      const frag = decodeURIComponent(u.hash.slice(1));
      if (frag && !hasId(target, frag)) fail(where, `link "${text}" to ${target}#${frag}: no element with that id`);
      if (kindOf(target) === "person" && target !== r) {
        seen.personLinks++;
        if (!personLinkTexts.has(target)) personLinkTexts.set(target, new Set());
        personLinkTexts.get(target).add(text);
      }
    }
    if (kind === "team") teamPeople[r] = (await page.$$eval("main dl.facts dd a", (as) => as.map((a) => a.href))).map(rel).filter((x) => x && kindOf(x) === "person");
    if (kind === "person") personTeams[r] = (await page.$$eval("main > p a", (as) => as.map((a) => a.href))).map(rel).filter((x) => x && kindOf(x) === "team");
    if (r === "people/") peopleRows = await page.$$eval("table.people tbody tr", (trs) => trs.map((tr) => ({
      person: tr.querySelector("th a")?.href, teams: [...tr.querySelectorAll("td a")].map((a) => a.href),
    })));
    if (["home", "team", "person"].includes(kind) || (running && r === running.url)) attention[r] = await attentionOf(page, r, kind);
    if (kind === "key-result") await krChart(page, r);
    if (["objective", "team", "cycle"].includes(kind)) await historyChart(page, r);
    pageProblems().forEach((p) => fail(where, p));
    problems.length = 0;
    previous = where;
  }
  await page.waitForTimeout(500);
  pageProblems().forEach((p) => fail(`${previous} (after load)`, p));
  await ctx.close();
}
for (const u of UNLINKED_NAMES) console.log(`note ${u.page}: names in ${u.selector} may be text (${u.why})`);
for (const [target, texts] of personLinkTexts) {
  const name = people.find((p) => p.path === target)?.name;
  for (const t of texts) if (t !== name) fail(target, `a link to this person reads "${t}", the page names "${name}"`);
}
ok(`${seen.pages} pages under ${PREFIX}: loaded, ${seen.links} links resolve, ${seen.personLinks} links to ${people.length} people name them`);

// ---------------------------------------------------------------------------------------
// The people index lists every person, with the teams they lead or belong to.
{
  const listed = new Map(peopleRows.map((r) => [rel(r.person), r.teams.map(rel)]));
  fail.expect("people/", "people listed in table.people", people.map((p) => p.path).sort(), [...listed.keys()].sort());
  for (const [team, members] of Object.entries(teamPeople)) {
    for (const m of members) {
      if (!(listed.get(m) || []).includes(team)) fail("people/", `${m} (lead or member of ${team}) is not listed with a link to ${team}: got ${JSON.stringify(listed.get(m))}`);
    }
  }
  for (const p of people) {
    fail.expect(p.path, "teams on the person's page (main > p a), as in the people index", (listed.get(p.path) || []).slice().sort(), (personTeams[p.path] || []).slice().sort());
  }
  ok(`people index: ${listed.size} people, each with the teams they lead or belong to (${Object.keys(teamPeople).length} teams)`);
}

// ---------------------------------------------------------------------------------------
// Needs attention.
async function attentionOf(page, r, kind) {
  const where = r || "home";
  const got = await page.evaluate(({ kind }) => {
    const section = document.querySelector("main section.attention");
    if (!section) return null;
    const firstH2 = document.querySelector("main h2");
    const before = { home: "main section[aria-labelledby=running]", cycle: "main #objectives, main table.objectives",
      team: "main table.team-krs, main ul.objectives", person: "main ul.objectives" }[kind];
    const later = [...document.querySelectorAll(before)];
    return {
      first: firstH2 !== null && section.contains(firstH2),
      firstText: firstH2 && firstH2.textContent.trim(),
      after: later.map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "." + [...e.classList].join(".")))
        .filter((_, i) => !(section.compareDocumentPosition(later[i]) & Node.DOCUMENT_POSITION_FOLLOWING)),
      targets: later.length,
      rows: [...section.querySelectorAll("table.attention-list tbody tr")].map((tr) => ({
        kr: tr.querySelector("td a")?.href, owner: tr.cells[1]?.querySelector("a")?.href || null, concern: tr.className,
      })),
      more: section.querySelector("p.more a")?.href || null,
    };
  }, { kind });
  if (!got) {
    // Only a running cycle has a list: the home page of a handbook without one has none.
    if (kind !== "home" || running) fail(where, "no section.attention in main");
    return null;
  }
  if (!got.first) fail(where, `section.attention is not the first section: the first h2 in main is "${got.firstText}"`);
  if (got.after.length) fail(where, `section.attention comes after ${got.after.join(", ")}`);
  if ((kind === "home" || kind === "cycle") && !got.targets) fail(where, "no objectives after section.attention to compare its place with");
  for (const row of got.rows) {
    const kr = rel(row.kr);
    if (!kr || !krById.has(kr)) fail(where, `attention row links to ${row.kr}, not a key result of the data`);
  }
  return { ...got, rows: got.rows.map((x) => ({ ...x, kr: rel(x.kr), owner: x.owner && rel(x.owner) })) };
}

if (running) {
  const cycleList = attention[running.url]?.rows || [];
  const home = attention[""];
  const where = "home";
  if (home) {
    const n = Math.min(HOME_ATTENTION, cycleList.length);
    fail.expect(where, `attention rows (the cycle page's first ${n}, same order)`, cycleList.slice(0, n).map((x) => x.kr), home.rows.map((x) => x.kr));
    if (cycleList.length > HOME_ATTENTION) {
      if (rel(home.more || "") !== running.url) fail(where, `p.more a: expected a link to ${running.url}#attention-cycle, got ${home.more}`);
    } else if (home.more) fail(where, `p.more a: expected none (${cycleList.length} of at most ${HOME_ATTENTION} shown), got ${home.more}`);
  }
  // Off track and at risk key results of the running cycle are all on the cycle's list.
  const expected = data.objectives.filter((o) => o.cycle === running.id).flatMap((o) => o.key_results)
    .filter((k) => k.status === "off-track" || k.status === "at-risk").map((k) => k.url);
  const missing = expected.filter((u) => !cycleList.some((x) => x.kr === u));
  if (missing.length) fail(running.url, `attention list misses key results off track or at risk: ${missing.join(", ")}`);
  const inCycle = new Set(cycleList.map((x) => x.kr));
  for (const [r, list] of Object.entries(attention)) {
    if (!list) continue;
    const kind = kindOf(r);
    for (const row of list.rows) {
      if (!inCycle.has(row.kr)) fail(r || "home", `attention row ${row.kr} is not on the cycle's list`);
      const kr = krById.get(row.kr);
      if (kind === "team" && kr && `teams/${kr.objective.team}/` !== r) fail(r, `attention row ${row.kr} belongs to team ${kr.objective.team}`);
      if (kind === "person" && row.owner !== r) fail(r, `attention row ${row.kr} is owned by ${row.owner}`);
    }
  }
  ok(`needs attention: ${cycleList.length} on ${running.url}, ${home ? home.rows.length : 0} on the home page, first and before the objectives on ${Object.keys(attention).length} pages`);

  // The status counts of the home page open the cycle page filtered.
  const page = await browser.newPage();
  const problems = watch(page, host);
  await page.goto(base + "index.html");
  const counts = await page.$$eval("main ul.counts li", (lis) => lis.map((li) => ({
    status: [...li.querySelector(".badge").classList].find((c) => c !== "badge"),
    n: Number(li.querySelector("strong").textContent), link: !!li.querySelector("a"),
  })));
  if (!counts.length) fail(where, "no status counts (main ul.counts li)");
  let linked = 0;
  for (const c of counts) {
    if (c.link !== c.n > 0) fail(where, `status count ${c.status} (${c.n}): expected ${c.n > 0 ? "a" : "no"} link`);
    if (!c.link) continue;
    await page.goto(base + "index.html");
    await Promise.all([page.waitForNavigation(), page.click(`main ul.counts li:has(.badge.${c.status}) a`)]);
    const at = rel(page.url());
    if (at !== running.url) fail(where, `status count ${c.status} leads to ${page.url()}, expected ${running.url}`);
    const shown = await page.$$eval("table.filterable tbody tr", (trs) => trs.filter((tr) => !tr.hidden && tr.offsetParent !== null)
      .map((tr) => tr.getAttribute("data-status-id")));
    const where2 = `${running.url}?status=${c.status}`;
    fail.expect(where2, "visible rows of table.filterable (as the count on the home page)", c.n, shown.length);
    if (shown.some((s) => s !== c.status)) fail(where2, `visible rows with other statuses: ${shown}`);
    linked++;
  }
  problems.forEach((p) => fail(where, p));
  await page.close();
  ok(`status counts on the home page: ${linked} open the cycle page filtered to as many objectives`);
}

// ---------------------------------------------------------------------------------------
// Filters of objective tables.
{
  const cycle = running || data.cycles[data.cycles.length - 1];
  const url = base + cycle.url + "index.html";
  const where = cycle.url;
  const page = await browser.newPage();
  const problems = watch(page, host);
  await page.goto(url);
  const visible = () => page.$$eval("table.filterable tbody tr", (trs) => trs.filter((tr) => !tr.hidden && tr.offsetParent !== null).map((tr) => ({
    team: tr.dataset.team, status: tr.dataset.status, owner: tr.dataset.owner, id: tr.dataset.statusId, href: tr.querySelector("a")?.href,
    text: [tr.cells[1], tr.cells[2], tr.cells[5]].map((c) => (c ? c.textContent.replace(/\s+/g, " ").trim() : "")),
  })));
  const all = await visible();
  const selects = await page.$$eval(".filters select", (ss) => ss.map((s) => ({ id: s.id, label: s.labels[0]?.textContent.trim(), values: [...s.options].map((o) => o.value) })));
  if (all.length < 2) fail(where, `table.filterable: expected at least 2 rows, got ${all.length}`);
  if (!fail.expect(where, ".filters select count (team, status, owner)", 3, selects.length)) selects.length = 0;
  const keys = ["team", "owner", "status"]; // the order of keys within `text` is team, owner, status
  let tried = 0;
  for (const [i, key] of ["team", "status", "owner"].entries()) {
    const s = selects[i];
    if (!s) break;
    const values = [...new Set(all.map((r) => r[key]).filter(Boolean))].sort();
    fail.expect(where, `#${s.id} options`, ["", ...values].sort(), [...s.values].sort());
    for (const v of values) {
      await page.selectOption(`#${s.id}`, v);
      const shown = await visible();
      const want = all.filter((r) => r[key] === v).map((r) => r.href);
      fail.expect(where, `rows shown for ${key} = "${v}"`, want, shown.map((r) => r.href));
      const col = keys.indexOf(key);
      const wrong = shown.filter((r) => r.text[col] !== v);
      if (wrong.length) fail(where, `${key} = "${v}" shows rows whose ${key} column reads ${wrong.map((r) => JSON.stringify(r.text[col]))}`);
      await page.selectOption(`#${s.id}`, "");
      fail.expect(where, `rows shown after clearing the ${key} filter`, all.length, (await visible()).length);
      tried++;
    }
  }
  // Two filters together show the rows that match both.
  if (selects.length === 3) {
    const pick = all.find((r) => r.team && r.status);
    await page.selectOption(`#${selects[0].id}`, pick.team);
    await page.selectOption(`#${selects[1].id}`, pick.status);
    const want = all.filter((r) => r.team === pick.team && r.status === pick.status).map((r) => r.href);
    fail.expect(where, `rows shown for team "${pick.team}" and status "${pick.status}"`, want, (await visible()).map((r) => r.href));
  }
  // A link with ?status=<id> opens the page filtered; an unknown id filters nothing.
  const statuses = [...new Set(all.map((r) => r.id).filter(Boolean))];
  const id = statuses.includes("off-track") ? "off-track" : statuses[0];
  await page.goto(`${url}?status=${id}`);
  const want = data.objectives.filter((o) => o.cycle === cycle.id && (o.status || "") === id).map((o) => o.url);
  fail.expect(`${where}?status=${id}`, "objectives shown on load (as in data/okrs.json)", want.sort(), (await visible()).map((r) => rel(r.href)).sort());
  if (selects[1]) {
    const label = all.find((r) => r.id === id)?.status;
    fail.expect(`${where}?status=${id}`, `#${selects[1].id} value`, label, await page.$eval(`#${selects[1].id}`, (s) => s.value));
  }
  await page.goto(`${url}?status=no-such-status`);
  fail.expect(`${where}?status=no-such-status`, "rows shown", all.length, (await visible()).length);
  problems.forEach((p) => fail(where, p));
  await page.close();
  // Without JavaScript: no filters, the whole table.
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const plain = await ctx.newPage();
  await plain.goto(url);
  fail.expect(`${where} (no JavaScript)`, ".filters count", 0, await plain.locator(".filters").count());
  fail.expect(`${where} (no JavaScript)`, "visible rows of table.filterable", all.length,
    await plain.$$eval("table.filterable tbody tr", (trs) => trs.filter((tr) => tr.offsetParent !== null).length));
  await ctx.close();
  ok(`filters: ${tried} choices on ${where} show only their rows and all again when cleared; ?status=${id} filters on load; without JavaScript the whole table shows`);
}

// ---------------------------------------------------------------------------------------
// The menu button on a phone.
{
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const wide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const plain = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const [page, widePage, plainPage] = await Promise.all([phone.newPage(), wide.newPage(), plain.newPage()]);
  const problems = watch(page, host);
  const state = () => page.evaluate(() => {
    const t = document.querySelector(".nav-toggle");
    const nav = document.getElementById("side-nav");
    const shown = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
    return { toggle: shown(t), expanded: t && t.getAttribute("aria-expanded"), controls: t && t.getAttribute("aria-controls"),
      nav: shown(nav), focusInNav: !!nav && nav.contains(document.activeElement) };
  });
  for (const r of ["", running ? running.url : data.cycles[0].url, people[0]?.path].filter((x) => x !== undefined)) {
    const where = `${r || "home"} (390 px)`;
    problems.length = 0;
    await page.goto(base + r + "index.html");
    let s = await state();
    if (fail.expect(where, ".nav-toggle visible", true, s.toggle)) {
      fail.expect(where, ".nav-toggle aria-controls", "side-nav", s.controls);
      fail.expect(where, "#side-nav visible before the menu button is pressed", false, s.nav);
      fail.expect(where, ".nav-toggle aria-expanded before", "false", s.expanded);
      await page.tap(".nav-toggle");
      s = await state();
      fail.expect(where, "#side-nav visible after pressing the menu button", true, s.nav);
      fail.expect(where, ".nav-toggle aria-expanded after pressing", "true", s.expanded);
      fail.expect(where, "focus moved into #side-nav", true, s.focusInNav);
      await page.tap(".nav-toggle");
      s = await state();
      fail.expect(where, "#side-nav visible after pressing the menu button again", false, s.nav);
      fail.expect(where, ".nav-toggle aria-expanded after pressing again", "false", s.expanded);
      // By keyboard.
      await page.focus(".nav-toggle");
      await page.keyboard.press("Enter");
      s = await state();
      fail.expect(where, "#side-nav visible after Enter on the menu button", true, s.nav);
    }
    problems.forEach((p) => fail(where, p));
    // Wide: no button, the navigation shows. Without JavaScript on a phone: the same.
    for (const [label, p] of [["1280 px", widePage], ["390 px, no JavaScript", plainPage]]) {
      await p.goto(base + r + "index.html");
      fail.expect(`${r || "home"} (${label})`, ".nav-toggle visible", false, await p.locator(".nav-toggle").isVisible());
      fail.expect(`${r || "home"} (${label})`, "#side-nav visible", true, await p.locator("#side-nav").isVisible());
    }
  }
  await Promise.all([phone.close(), wide.close(), plain.close()]);
}
ok("menu button: at 390 px the navigation shows only when pressed (aria-expanded follows); wide or without JavaScript it always shows");

// ---------------------------------------------------------------------------------------
// Charts.
async function krChart(page, r) {
  // Numbers have a chart of their check-ins; milestones and unmeasurable results none.
  const kr = krById.get(r);
  if (!kr || !["numeric", "threshold"].includes(kr.measure) || !kr.checkins.some((c) => c.value !== null)) return;
  const got = await page.evaluate(() => {
    const svg = document.querySelector("main figure svg.chart");
    if (!svg) return null;
    const line = (sel) => {
      const e = svg.querySelector(sel);
      if (!e) return null;
      const b = e.getBoundingClientRect(), cs = getComputedStyle(e);
      return { length: Math.hypot(b.width, b.height), stroke: cs.stroke, display: cs.display, opacity: Number(cs.opacity), title: e.querySelector("title")?.textContent || "" };
    };
    return {
      role: svg.getAttribute("role"), label: svg.getAttribute("aria-label") || "",
      ideal: line("line.ideal"), trend: line("line.trend"),
      points: (svg.querySelector("polyline.actual")?.getAttribute("points") || "").trim().split(/\s+/).filter(Boolean).length,
      forecast: document.querySelector("main p.forecast")?.textContent.trim() || "",
    };
  });
  if (!got) return fail(r, "no check-in chart (main figure svg.chart)");
  charts.kr++;
  fail.expect(r, "svg.chart role", "img", got.role);
  if (got.label.length < 10) fail(r, `svg.chart aria-label: expected a description, got "${got.label}"`);
  const drawn = (l) => l && l.length > 10 && l.stroke !== "none" && l.display !== "none" && l.opacity > 0;
  if (kr.measure === "numeric" && kr.baseline !== kr.target && !drawn(got.ideal)) fail(r, `line.ideal (expected path): expected a drawn line, got ${JSON.stringify(got.ideal)}`);
  const inCycle = data.cycles.find((c) => c.id === kr.objective.cycle);
  const ran = kr.checkins.filter((c) => !inCycle || c.date <= data.as_of).length;
  if (kr.forecast !== null) {
    charts.trend++;
    if (!drawn(got.trend)) fail(r, `line.trend: expected a drawn line, got ${JSON.stringify(got.trend)}`);
    else if (got.trend.title && !got.label.includes(got.trend.title)) fail(r, `svg.chart aria-label does not name the trend ("${got.trend.title}"): "${got.label}"`);
    if (!got.forecast) fail(r, "p.forecast: expected the forecast in words, got none");
  }
  if (got.points < Math.min(ran, 2)) fail(r, `polyline.actual: expected ${ran} points, got ${got.points}`);
}
async function historyChart(page, r) {
  const got = await page.evaluate(() => {
    const svg = document.querySelector("main figure.chart-box.small svg.chart.history");
    if (!svg) return null;
    const b = svg.getBoundingClientRect();
    return {
      role: svg.getAttribute("role"), label: svg.getAttribute("aria-label") || "", width: b.width, height: b.height,
      points: (svg.querySelector("polyline.actual")?.getAttribute("points") || "").trim().split(/\s+/).filter(Boolean).length,
      ideal: !!svg.querySelector("line.ideal"),
    };
  });
  // Pages of what has check-ins have the chart.
  const has = kindOf(r) === "objective" ? data.objectives.find((o) => o.url === r)?.last_checkin
    : kindOf(r) === "team" ? data.objectives.some((o) => `teams/${o.team}/` === r && o.last_checkin)
    : data.objectives.some((o) => `cycles/${o.cycle}/` === r && o.last_checkin);
  if (!got) { if (has) fail(r, "no progress-over-time chart (main figure.chart-box.small svg.chart.history)"); return; }
  charts.history++;
  fail.expect(r, "svg.chart.history role", "img", got.role);
  if (got.label.length < 10) fail(r, `svg.chart.history aria-label: expected a description, got "${got.label}"`);
  if (got.points < 2) fail(r, `svg.chart.history polyline.actual: expected at least 2 points, got ${got.points}`);
  if (!got.ideal) fail(r, "svg.chart.history: no line.ideal (expected progress)");
  if (got.width < 100 || got.height < 30) fail(r, `svg.chart.history drawn at ${got.width}×${got.height} px`);
}
ok(`charts: ${charts.kr} key result charts (${charts.trend} with a trend line and forecast), ${charts.history} progress-over-time charts`);

// ---------------------------------------------------------------------------------------
// Print views: the whole cycle, no navigation, a few A4 pages.
for (const cycle of data.cycles) {
  const r = `${cycle.url}print/`;
  const where = r;
  if (!fs.existsSync(fileOf(r))) { fail(where, "no print view"); continue; }
  const page = await browser.newPage();
  const problems = watch(page, host);
  await page.goto(base + cycle.url + "index.html");
  const link = await page.$$eval("main a", (as) => as.map((a) => a.href));
  if (!link.some((h) => rel(h) === r)) fail(cycle.url, `no link to the print view ${r}`);
  await page.goto(base + r + "index.html");
  await page.emulateMedia({ media: "print" });
  const dom = await page.evaluate(() => ({
    nav: document.querySelectorAll("nav, .side, .nav-toggle, header.top, form.search").length,
    visibleLinks: [...document.querySelectorAll("a")].filter((a) => a.getClientRects().length > 0).map((a) => a.textContent.trim()),
    objectives: [...document.querySelectorAll("article.print-objective h3")].map((h) => h.textContent.trim()),
    text: document.body.innerText,
  }));
  fail.expect(where, "navigation elements (nav, .side, .nav-toggle, header.top, form.search)", 0, dom.nav);
  if (dom.visibleLinks.length) fail(where, `links shown in print: ${JSON.stringify(dom.visibleLinks)}`);
  const objectives = data.objectives.filter((o) => o.cycle === cycle.id);
  fail.expect(where, "objectives (article.print-objective h3)", objectives.map((o) => o.title).sort(), dom.objectives.slice().sort());
  const norm = (s) => s.replace(/\s+/g, " ");
  for (const kr of objectives.flatMap((o) => o.key_results)) if (!norm(dom.text).includes(norm(kr.title))) fail(where, `key result missing: "${kr.title}"`);
  const pdf = await page.pdf({ format: "A4" });
  const { count, boxes } = pdfPages(pdf);
  if (count < 1 || count > MAX_PRINT_PAGES) fail(where, `PDF (A4) pages: expected 1 to ${MAX_PRINT_PAGES}, got ${count}`);
  const notA4 = boxes.filter(([w, h]) => Math.abs(w - 595.3) > 2 || Math.abs(h - 841.9) > 2);
  if (!boxes.length || notA4.length) fail(where, `PDF page sizes: expected A4 (595 × 842 pt), got ${JSON.stringify(notA4.length ? notA4 : boxes)}`);
  problems.forEach((p) => fail(where, p));
  await page.close();
  ok(`print view ${r}: ${objectives.length} objectives, no navigation, ${count} A4 page(s) (${Math.round(pdf.length / 1024)} KiB)`);
}
// An ordinary page prints without its navigation, too.
{
  const page = await browser.newPage();
  await page.goto(base + "index.html");
  await page.emulateMedia({ media: "print" });
  fail.expect("home (print)", "#side-nav visible", false, await page.locator("#side-nav").isVisible());
  await page.close();
}

await browser.close();
server.close();
if (fail.list.length) { console.error(`${fail.list.length} feature check(s) failed`); process.exit(1); }
console.log("all feature checks passed");
