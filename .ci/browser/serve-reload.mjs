// `okrbook serve` in a real browser: an objective page is open, a check-in is added to
// its file, and the page reloads by itself and shows the new progress.
//
//   node serve-reload.mjs OKRBOOK_BINARY HANDBOOK_DIR
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { launch } from "./common.mjs";

const [bin, handbook] = process.argv.slice(2);
if (!bin || !handbook) { console.error("usage: node serve-reload.mjs OKRBOOK HANDBOOK_DIR"); process.exit(2); }

// A copy of the handbook, so that the edit leaves the repository alone.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "okrbook-reload-"));
fs.cpSync(path.join(handbook, "content"), path.join(dir, "content"), { recursive: true });
fs.copyFileSync(path.join(handbook, "okrbook.yaml"), path.join(dir, "okrbook.yaml"));
const file = path.join(dir, "content/objectives/2026-q4/erstloesung.md");

const server = spawn(bin, ["serve", dir, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
const cleanup = () => { server.kill(); fs.rmSync(dir, { recursive: true, force: true }); };
const url = await new Promise((resolve, reject) => {
  let seen = "";
  const timer = setTimeout(() => reject(new Error(`serve did not start: ${seen}`)), 30000);
  server.stderr.on("data", (d) => {
    seen += d;
    const m = seen.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (m) { clearTimeout(timer); resolve(m[0]); }
  });
});

let failed = false;
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url + "objectives/erstloesung/");
  const before = await page.locator(".progress .numbers").first().textContent();
  let reloads = 0;
  page.on("framenavigated", (f) => { if (f === page.mainFrame()) reloads++; });
  await page.waitForTimeout(300); // the event stream is open
  // The latest check-in of the first key result (weight 2) goes from 71 to 75 of
  // 62 → 75: done. Its date stays the handbook's `today`, so that it counts.
  const text = fs.readFileSync(file, "utf8").replace(
    "      - {date: 2026-11-23, value: 71, confidence: 0.7}",
    "      - {date: 2026-11-23, value: 75, confidence: 0.8}");
  if (!text.includes("value: 75, confidence: 0.8")) throw new Error("the example file changed; update this test");
  const t0 = Date.now();
  fs.writeFileSync(file, text);
  await page.waitForFunction((b) => {
    const n = document.querySelector(".progress .numbers");
    return n && n.textContent !== b;
  }, before, { timeout: 10000 });
  const after = await page.locator(".progress .numbers").first().textContent();
  console.log(`page reloaded by itself after ${Date.now() - t0} ms: "${before.trim()}" → "${after.trim()}"`);
  if (reloads < 1) { failed = true; console.error("FAIL the page changed without a reload?"); }
  if (errors.length) { failed = true; console.error(`FAIL page errors: ${errors}`); }
} catch (e) {
  failed = true;
  console.error(`FAIL ${e.message}`);
} finally {
  await browser.close();
  cleanup();
}
process.exit(failed ? 1 : 0);
