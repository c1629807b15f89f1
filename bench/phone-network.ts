// `npm run bench:phone`: how quickly a phone on a poor network can use Hearth.
//
// Starts Hearth with its pages (the production build: run `npm start` or
// `npm test` once first) on a throwaway SQLite database, creates the built-in
// session, and opens the QR code's address /j/CODE in headless Chromium with
// a cold cache and the network emulated through the DevTools protocol
// (default "slow 3G": 400 kbit/s down and up, 400 ms round-trip latency).
// It reports the bytes and requests the page needed and the time until the
// participant's first screen is usable: its first button ("Continue when
// you're ready") is on screen, which needs the page, its scripts, the socket
// and the join to have happened. The last line on stdout is one JSON object.
//
// It reuses the test suite's helpers (tests/helpers/) to start Hearth and
// Chromium, so the measurement runs exactly what the end-to-end tests run.
import { parseArgs } from "node:util";
import { findChromium, launchBrowser, PHONE } from "../tests/helpers/browser";
import { startTestHearth } from "../tests/helpers/hearth-server";

const { values: args } = parseArgs({
  options: {
    "kbit-s": { type: "string", default: "400" },
    "latency-ms": { type: "string", default: "400" },
    runs: { type: "string", default: "3" },
    "timeout-s": { type: "string", default: "60" },
  },
});
const kbitPerSecond = Number(args["kbit-s"]);
const latencyMs = Number(args["latency-ms"]);
const runs = Number(args.runs);
const timeoutMs = Number(args["timeout-s"]) * 1000;

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error("bench:phone needs Chromium (CHROME_PATH or /usr/bin/chromium)");

const hearth = await startTestHearth({ pages: true });
const browser = await launchBrowser(chromiumPath);
type Run = { usableMs: number; firstPaintMs: number | null; bytes: number; requests: number; scriptBytes: number };
const results: Run[] = [];
try {
  const { cookie } = await hearth.signUp();
  const { joinCode } = await hearth.createSession(cookie);
  for (let i = 0; i < runs; i++) {
    // a new context each run: nothing cached, no stored participant token
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const bytesPerSecond = (kbitPerSecond * 1000) / 8;
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    let bytes = 0;
    let scriptBytes = 0;
    let requests = 0;
    const types = new Map<string, string>();
    cdp.on("Network.requestWillBeSent", (e: { requestId: string; type?: string }) => {
      requests++;
      types.set(e.requestId, e.type ?? "");
    });
    cdp.on("Network.loadingFinished", (e: { requestId: string; encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
      if (types.get(e.requestId) === "Script") scriptBytes += e.encodedDataLength;
    });
    const started = performance.now();
    await page.goto(`${hearth.url}/j/${joinCode}`, { waitUntil: "commit", timeout: timeoutMs });
    await page.getByRole("button", { name: /continue when you.re ready/i }).waitFor({ state: "visible", timeout: timeoutMs });
    const usableMs = performance.now() - started;
    const firstPaintMs = await page.evaluate(() => {
      const entry = performance.getEntriesByName("first-contentful-paint")[0];
      return entry ? entry.startTime : null;
    });
    results.push({ usableMs: Math.round(usableMs), firstPaintMs: firstPaintMs === null ? null : Math.round(firstPaintMs), bytes, requests, scriptBytes });
    process.stderr.write(`run ${i + 1}: usable after ${Math.round(usableMs)} ms, ${Math.round(bytes / 1024)} KB in ${requests} requests\n`);
    await context.close();
  }
} finally {
  await browser.close();
  await hearth.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = {
  network: { kbitPerSecond, latencyMs },
  runs: results,
  median: {
    usableMs: median(results.map((r) => r.usableMs)),
    kilobytes: Math.round(median(results.map((r) => r.bytes)) / 1024),
    scriptKilobytes: Math.round(median(results.map((r) => r.scriptBytes)) / 1024),
    requests: median(results.map((r) => r.requests)),
  },
};
process.stdout.write(
  `\nPhone on ${kbitPerSecond} kbit/s, ${latencyMs} ms latency, cold cache (median of ${runs}):\n` +
    `  first screen usable after ${summary.median.usableMs} ms; ${summary.median.kilobytes} KB (${summary.median.scriptKilobytes} KB of scripts) in ${summary.median.requests} requests\n`,
);
process.stdout.write(JSON.stringify(summary) + "\n");
