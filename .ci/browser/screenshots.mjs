// Takes the documentation's screenshots (docs/screenshots/) of the example handbook: it
// is built on a fixed date, served under a sub-path and shown in headless Chromium at
// desktop (1280 px) and phone (390 px) width, one screen each (not the whole page). The
// print view is also shown as printed: its first A4 page. Run by hand, not in CI:
//
//   (cd .ci/browser && npm ci) && cargo build --release && node .ci/browser/screenshots.mjs
//
//   node screenshots.mjs [OKRBOOK [HANDBOOK_DIR [OUT_DIR]]]
//     (defaults: target/release/okrbook, ., docs/screenshots)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serveDir, launch, watch } from "./common.mjs";

const AS_OF = "2026-11-23";
const [bin = "target/release/okrbook", handbook = ".", out = "docs/screenshots"] = process.argv.slice(2);
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
// An A4 page at 96 px per inch, and the margins of the theme's @page (14 mm by 12 mm).
const A4 = { width: 794, height: 1123 }, MARGIN = "14mm 12mm";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "okrbook-screenshots-"));
const site = path.join(dir, "site");
execFileSync(bin, ["build", handbook, "--out", site, "--as-of", AS_OF], { stdio: ["ignore", "ignore", "inherit"] });

const data = JSON.parse(fs.readFileSync(path.join(site, "data/okrs.json"), "utf8"));
const cycle = data.current_cycle;
const current = data.objectives.filter((o) => o.cycle === cycle);
const objective = current.find((o) => o.key_results.length > 1) || current[0];
// A key result with a trend line in its chart, one off track if there is one.
const withTrend = current.flatMap((o) => o.key_results).filter((k) => k.forecast !== null);
const kr = withTrend.find((k) => k.status === "off-track") || withTrend[0];
const team = data.teams.find((t) => t.id === "cx") || data.teams[0];
// The team's lead, as its page links them, or the first person.
const teamHtml = fs.readFileSync(path.join(site, team.url, "index.html"), "utf8");
const person = (teamHtml.match(/href="(?:\.\.\/)*(people\/[^"/]+\/)/) || [])[1]
  || `people/${fs.readdirSync(path.join(site, "people")).find((d) => !d.includes("."))}/`;
// Each shot: page, and on a phone the element to scroll to (the chart, for a key result).
const shots = {
  home: [""], cycle: [`cycles/${cycle}/`], objective: [objective.url], "key-result": [kr.url, "main figure"],
  team: [team.url], person: [person], warnings: ["warnings/"], print: [`cycles/${cycle}/print/`],
};

const { server, base } = await serveDir(site, "/handbook/");
const browser = await launch();
const problems = [];
fs.mkdirSync(out, { recursive: true });
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const ctx = await browser.newContext({ viewport, colorScheme: "light", deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    const seen = watch(page, new URL(base).host);
    for (const [name, [rel, scrollTo]] of Object.entries(shots)) {
      seen.length = 0;
      await page.goto(base + rel + "index.html", { waitUntil: "networkidle" });
      if (size === "phone" && scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
      const file = path.join(out, `${name}-${size}.png`);
      await page.screenshot({ path: file });
      problems.push(...seen.map((p) => `${rel || "home"}: ${p}`));
      console.log(`${file} (${Math.round(fs.statSync(file).size / 1024)} KiB)`);
    }
    await ctx.close();
  }
  // The print view as printed: its first A4 page, with the page's margins.
  const ctx = await browser.newContext({ viewport: A4, colorScheme: "light", deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(base + shots.print[0] + "index.html", { waitUntil: "networkidle" });
  await page.emulateMedia({ media: "print" });
  await page.addStyleTag({ content: `html { background: #fff; } body { margin: 0; padding: ${MARGIN}; }` });
  const file = path.join(out, "print-a4.png");
  await page.screenshot({ path: file });
  console.log(`${file} (${Math.round(fs.statSync(file).size / 1024)} KiB)`);
  await ctx.close();
} finally {
  await browser.close();
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
if (problems.length) { problems.forEach((p) => console.error(`problem ${p}`)); process.exit(1); }
