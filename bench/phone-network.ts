// `npm run bench:phone`: how quickly a phone on a poor network can use Hearth.
//
// Starts Hearth with its pages (the production build: run `npm start` or
// `npm test` once first) on a throwaway SQLite database, creates the built-in
// session, and opens the QR code's address /j/CODE in headless Chromium with
// a cold cache and the network emulated through the DevTools protocol
// (default "slow 3G": 400 kbit/s down and up, 400 ms round-trip latency).
//
// What it measures, each run, from the navigation's start:
// - first paint (the browser's first-contentful-paint);
// - visible: the first screen's button ("Continue when you're ready", on the
//   session's content note) is on screen;
// - usable: that button is visible AND a tap on it is taken. The phone taps it
//   as soon as it is visible and looks whether the tap did anything (the note
//   goes away); a tap that did nothing (the page not listening yet) is
//   counted as lost and the phone taps again. "Usable" is the moment of the
//   first tap that was taken, so a button that is drawn but dead does not count;
// - next screen: the screen after the note (the lobby, "You're in.") is shown,
//   after that earliest tap: it needs the page's scripts, the socket and the join;
// - the bytes on the wire (compressed, as sent) and requests until then, the
//   scripts' share of the bytes, and the bytes that had arrived when the page
//   became usable.
// The last line on stdout is one JSON object.
//
// It reuses the test suite's helpers (tests/helpers/) to start Hearth and
// Chromium, so the measurement runs exactly what the end-to-end tests run.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { findChromium, launchBrowser, PHONE, type Page } from "../tests/helpers/browser";
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
/** how long a tap has to show that it was taken before it counts as lost */
const TAP_TAKEN_WITHIN_MS = 250;

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error("bench:phone needs Chromium (CHROME_PATH or /usr/bin/chromium)");

type Run = {
  firstPaintMs: number | null;
  visibleMs: number;
  usableMs: number;
  /** taps made on the visible button before one was taken */
  tapsLost: number;
  nextScreenMs: number;
  bytes: number;
  scriptBytes: number;
  requests: number;
  bytesWhenUsable: number;
};

type BenchWindow = { bench: { visibleAt: number | null; takenAt: number | null; nextAt: number | null; taps: number } };

/**
 * Runs in the page before anything of it (page.addInitScript), on the page's own clock (from the
 * navigation's start, like first paint): when the note's button is first on screen, when the first tap
 * on it was taken (the note was gone right after it), and when the screen after the note is shown.
 */
const WATCH_IN_PAGE = `(() => {
  const bench = (window.bench = { visibleAt: null, takenAt: null, nextAt: null, taps: 0 });
  const shown = (el) => el !== null && el.checkVisibility();
  const button = () => [...document.querySelectorAll("button")].find((b) => /continue when you.re ready/i.test(b.textContent || "")) || null;
  const heading = (re) => [...document.querySelectorAll("h1")].find((h) => re.test(h.textContent || "") && h.checkVisibility()) || null;
  const frame = () => {
    if (bench.visibleAt === null && shown(button())) bench.visibleAt = performance.now();
    if (bench.nextAt === null && heading(/you.re in/i)) bench.nextAt = performance.now();
    if (bench.nextAt === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // before any of the page's own listeners: the time of the tap, then whether it did anything
  window.addEventListener("click", (event) => {
    const b = button();
    if (!b || !(event.target instanceof Node) || !b.contains(event.target) || bench.takenAt !== null) return;
    const at = performance.now();
    bench.taps++;
    setTimeout(() => { if (bench.takenAt === null && !shown(button())) bench.takenAt = at; }, 0);
  }, true);
})();`;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const loadAtStart = load();
const hearth = await startTestHearth({ pages: true });
const browser = await launchBrowser(chromiumPath);
const results: Run[] = [];
try {
  const { cookie } = await hearth.signUp();
  const { joinCode } = await hearth.createSession(cookie);
  for (let i = 0; i < runs; i++) {
    // a new context each run: nothing cached, no stored participant token, no cookie
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
    await page.addInitScript(WATCH_IN_PAGE);
    await page.goto(`${hearth.url}/j/${joinCode}`, { waitUntil: "commit", timeout: timeoutMs });
    // the moment the button is on screen (the page's own clock, from the start of the navigation)
    await page.waitForFunction(() => (window as unknown as BenchWindow).bench.visibleAt !== null, null, { polling: "raf", timeout: timeoutMs });
    const tapsLost = await tapUntilTaken(page);
    const bytesWhenUsable = bytes;
    await page.waitForFunction(() => (window as unknown as BenchWindow).bench.nextAt !== null, null, { polling: "raf", timeout: timeoutMs });
    const seen = await page.evaluate(() => {
      const { bench } = window as unknown as BenchWindow;
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      return { ...bench, firstPaintAt: paint ? paint.startTime : null };
    });
    const round = (ms: number | null) => (ms === null ? null : Math.round(ms));
    const run = {
      firstPaintMs: round(seen.firstPaintAt),
      visibleMs: round(seen.visibleAt)!,
      usableMs: round(seen.takenAt)!,
      tapsLost,
      nextScreenMs: round(seen.nextAt)!,
      bytes,
      scriptBytes,
      requests,
      bytesWhenUsable,
    };
    results.push(run);
    process.stderr.write(
      `run ${i + 1}: first paint ${run.firstPaintMs} ms, button visible ${run.visibleMs} ms, tap taken ${run.usableMs} ms (${tapsLost} lost), ` +
        `next screen ${run.nextScreenMs} ms; ${kb(bytes)} KB (${kb(scriptBytes)} KB scripts) in ${requests} requests, ${kb(bytesWhenUsable)} KB when usable\n`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  // (a timer keeps the event loop alive while Hearth closes: nothing else may, once the browser is gone)
  const keepAlive = setInterval(() => {}, 1000);
  await hearth.stop().finally(() => clearInterval(keepAlive));
}

/** Tap the button until a tap is taken (the note goes away); how many taps were lost before it. */
async function tapUntilTaken(page: Page): Promise<number> {
  const button = page.getByRole("button", { name: /continue when you.re ready/i });
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    // force: the button is on screen (waited for above); tap it now, whether or not anything listens
    await button.tap({ force: true, timeout: timeoutMs }).catch(() => undefined);
    const taken = await page
      .waitForFunction(() => (window as unknown as BenchWindow).bench.takenAt !== null, null, { polling: "raf", timeout: TAP_TAKEN_WITHIN_MS })
      .then(() => true)
      .catch(() => false);
    if (taken) return page.evaluate(() => (window as unknown as BenchWindow).bench.taps - 1);
  }
  throw new Error("no tap on the note's button was taken");
}

function kb(n: number) {
  return Math.round(n / 1024);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = {
  network: { kbitPerSecond, latencyMs },
  loadAverage: { atStart: loadAtStart, atEnd: load() },
  runs: results,
  median: {
    firstPaintMs: median(results.map((r) => r.firstPaintMs ?? Number.NaN)),
    visibleMs: median(results.map((r) => r.visibleMs)),
    usableMs: median(results.map((r) => r.usableMs)),
    nextScreenMs: median(results.map((r) => r.nextScreenMs)),
    kilobytes: kb(median(results.map((r) => r.bytes))),
    scriptKilobytes: kb(median(results.map((r) => r.scriptBytes))),
    requests: median(results.map((r) => r.requests)),
    kilobytesWhenUsable: kb(median(results.map((r) => r.bytesWhenUsable))),
  },
};
const m = summary.median;
process.stdout.write(
  `\nPhone on ${kbitPerSecond} kbit/s, ${latencyMs} ms latency, cold cache (median of ${runs}; load average ${summary.loadAverage.atStart} → ${summary.loadAverage.atEnd}):\n` +
    `  first paint ${m.firstPaintMs} ms; Continue visible ${m.visibleMs} ms, usable (a tap taken) ${m.usableMs} ms; the next screen after that tap ${m.nextScreenMs} ms\n` +
    `  ${m.kilobytes} KB (${m.scriptKilobytes} KB of scripts) in ${m.requests} requests; ${m.kilobytesWhenUsable} KB had arrived when it became usable\n`,
);
process.stdout.write(JSON.stringify(summary) + "\n");
