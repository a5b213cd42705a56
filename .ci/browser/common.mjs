// Shared helpers of the browser checks: a static server for a built site and a
// Chromium that makes no request of its own to the outside.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml",
};

/** Serves `dir` under `prefix` (e.g. "/handbook/") on a free port; resolves to its URL. */
export function serveDir(dir, prefix) {
  dir = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!url.startsWith(prefix)) { res.writeHead(404); return res.end("outside the sub-path"); }
    let file = path.join(dir, url.slice(prefix.length));
    if (!file.startsWith(dir)) { res.writeHead(400); return res.end(); }
    if (url.endsWith("/")) file = path.join(file, "index.html");
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); return res.end("not found"); }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () =>
    resolve({ server, base: `http://127.0.0.1:${server.address().port}${prefix}` })));
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Records console errors, page errors, failed requests and requests to other hosts. */
export function watch(page, host) {
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}${m.location()?.url ? ` (${m.location().url})` : ""}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // A navigation cancels the requests still pending (net::ERR_ABORTED); a missing file
  // shows as its status.
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`status ${r.status()}: ${r.url()}`); });
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && u.host !== host) problems.push(`external request: ${r.url()}`);
  });
  return problems;
}

/** Collects failures; each is printed at once as "FAIL where: what". */
export function failures() {
  const list = [];
  const fail = (where, what) => { list.push(`${where}: ${what}`); console.error(`FAIL ${where}: ${what}`); };
  /** Fails unless `got` equals `expected` (compared as JSON). */
  fail.expect = (where, what, expected, got) => {
    if (JSON.stringify(expected) !== JSON.stringify(got)) {
      fail(where, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      return false;
    }
    return true;
  };
  fail.list = list;
  return fail;
}

/** The pages of a PDF and their sizes in points, read from its page objects. */
export function pdfPages(buffer) {
  const text = buffer.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g) || [];
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)]
    .map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
  return { count: pages.length, boxes };
}
