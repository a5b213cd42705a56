// The hostile-content handbook (tests/fixtures/hostile) in a real browser: builds it,
// opens every page (and every SVG or XML file) in headless Chromium, moves the mouse over, focuses and clicks every
// element (links are kept from navigating), and fails if any dialog opened: an
// `alert(…)` of the content ran. Served without a Content-Security-Policy, so that the
// site itself must be safe.
//
//   node hostile.mjs OKRBOOK_BINARY [HANDBOOK_DIR]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serveDir, launch } from "./common.mjs";

const [bin, handbook = "tests/fixtures/hostile"] = process.argv.slice(2);
if (!bin) { console.error("usage: node hostile.mjs OKRBOOK [HANDBOOK_DIR]"); process.exit(2); }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "okrbook-hostile-"));
const site = path.join(dir, "site");
execFileSync(bin, ["build", handbook, "--out", site], { stdio: ["ignore", "ignore", "inherit"] });

const pages = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    // Pages, and every file a browser runs script from when it is opened.
    else if (/\.(html?|xhtml|svg|xml)$/i.test(e.name)) pages.push(path.relative(site, p).split(path.sep).join("/"));
  }
})(site);

const { server, base } = await serveDir(site, "/handbook/");
const browser = await launch();
const failures = [];
const fail = (what) => { failures.push(what); console.error(`FAIL ${what}`); };

for (const rel of pages.sort()) {
  const page = await browser.newPage();
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(`${d.type()}: ${d.message()}`); await d.dismiss(); });
  await page.goto(base + rel, { waitUntil: "load" });
  const scriptLinks = await page.evaluate(async () => {
    if (!document.body) return [];
    // Handlers run on synthetic events too; the default action (navigation, a form
    // being sent) is stopped, so that the page stays to be checked.
    document.addEventListener("click", (e) => e.preventDefault(), true);
    document.addEventListener("submit", (e) => e.preventDefault(), true);
    for (const el of document.querySelectorAll("body *")) {
      for (const type of ["mouseover", "mouseenter", "mousedown", "click", "focus", "animationstart"]) {
        el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
      }
      if (typeof el.focus === "function") el.focus();
    }
    await new Promise((r) => setTimeout(r, 100));
    // A link that would run script when followed.
    return [...document.querySelectorAll("[href], [src], [action], [formaction]")]
      .map((el) => el.href || el.src || el.action || el.formAction || "")
      .filter((u) => /^\s*(javascript|vbscript|data):/i.test(String(u)));
  });
  await page.waitForTimeout(100);
  dialogs.forEach((d) => fail(`${rel}: a dialog opened (${d})`));
  scriptLinks.forEach((u) => fail(`${rel}: a link to ${u}`));
  await page.close();
}

await browser.close();
server.close();
fs.rmSync(dir, { recursive: true, force: true });
if (failures.length) { console.error(`${failures.length} hostile-content check(s) failed`); process.exit(1); }
console.log(`ok hostile content: ${pages.length} pages, no dialog, no script link`);
