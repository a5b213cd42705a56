// The home page's "needs attention" list when more key results need it than it shows:
// a copy of the example handbook gets more objectives off track (copies of one that is),
// is built under a sub-path, and the home page must show the cycle page's first 20 and
// a link to the rest, which opens the cycle page at its list.
//
//   node attention-many.mjs OKRBOOK_BINARY HANDBOOK_DIR
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serveDir, launch, watch, failures } from "./common.mjs";

const HOME_ATTENTION = 20;
const [bin, handbook] = process.argv.slice(2);
if (!bin || !handbook) { console.error("usage: node attention-many.mjs OKRBOOK HANDBOOK_DIR"); process.exit(2); }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "okrbook-attention-"));
fs.cpSync(path.join(handbook, "content"), path.join(dir, "content"), { recursive: true });
fs.copyFileSync(path.join(handbook, "okrbook.yaml"), path.join(dir, "okrbook.yaml"));
const source = path.join(dir, "content/objectives/2026-q4/kuendigung.md");
if (!fs.existsSync(source)) { console.error(`FAIL the example has no ${source}; update this check`); process.exit(1); }
const text = fs.readFileSync(source, "utf8");
for (let i = 2; i <= 9; i++) {
  fs.writeFileSync(path.join(dir, `content/objectives/2026-q4/kuendigung-${i}.md`),
    text.replace(/^title: (.*)$/m, `title: $1 (${i})`));
}
const site = path.join(dir, "site");
try {
  execFileSync(bin, ["build", dir, "--out", site], { stdio: ["ignore", "ignore", "pipe"] });
} catch (e) {
  console.error(`FAIL okrbook build of the enlarged handbook: ${e.stderr}`);
  process.exit(1);
}

const { server, base } = await serveDir(site, "/handbook/");
const browser = await launch();
const fail = failures();
try {
  const page = await browser.newPage();
  const problems = watch(page, new URL(base).host);
  const rows = () => page.$$eval("section.attention table.attention-list tbody tr td:first-child a", (as) => as.map((a) => a.href));
  const data = JSON.parse(fs.readFileSync(path.join(site, "data/okrs.json"), "utf8"));
  const cycleUrl = base + `cycles/${data.current_cycle}/index.html`;
  await page.goto(cycleUrl);
  const all = await rows();
  if (all.length <= HOME_ATTENTION) fail("cycle", `expected more than ${HOME_ATTENTION} key results needing attention, got ${all.length}`);
  await page.goto(base + "index.html");
  const home = await rows();
  fail.expect("home", `section.attention rows: the cycle page's first ${HOME_ATTENTION}`, all.slice(0, HOME_ATTENTION), home);
  const more = page.locator("section.attention p.more a");
  if (!fail.expect("home", "section.attention p.more a count", 1, await more.count())) throw new Error("no link to the rest");
  const moreText = await more.textContent();
  if (!moreText.includes(String(all.length - HOME_ATTENTION))) fail("home", `p.more a: expected the number of the rest (${all.length - HOME_ATTENTION}), got "${moreText}"`);
  await Promise.all([page.waitForNavigation(), more.click()]);
  const at = new URL(page.url());
  fail.expect("home → more", "page", new URL(cycleUrl).pathname, at.pathname);
  const target = at.hash && (await page.locator(at.hash).count());
  if (!target) fail("home → more", `the fragment ${at.hash} names no element`);
  else if (!(await page.locator(`section.attention:has(${at.hash}), section.attention${at.hash}`).count())) fail("home → more", `${at.hash} is not the attention list`);
  problems.forEach((p) => fail("home", p));
  console.log(`ok needs attention: ${all.length} on the cycle page, the first ${home.length} on the home page with a link to the rest ("${moreText.trim()}")`);
} catch (e) {
  fail("attention-many", e.message);
} finally {
  await browser.close();
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(fail.list.length ? 1 : 0);
