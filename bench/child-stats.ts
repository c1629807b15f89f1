// What a server under test (Hearth or the baseline) measures about itself and
// reports to the bench over the IPC channel: RSS (sampled every 50 ms, so
// peaks between requests are seen), event-loop delay, CPU time, and — on
// request — a CPU profile of the measured phase.
//
// Protocol (parent → child, each with an `id` the reply echoes):
//   { type: "sample", gc?: true }     → { rssBytes, heapUsedBytes, heapTotalBytes, jsBytes (heap used + external) } (gc needs --expose-gc)
//   { type: "mark", resetPeak?: true } → stats of the interval since the previous mark (then reset);
//                                        resetPeak also resets the kernel's peak-RSS counter (Linux)
//   { type: "profile:start" } / { type: "profile:stop", path } → writes a .cpuprofile
//   { type: "exit" }                  → process.exit(0) (the bench kills Hearth with SIGKILL instead)
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { findSourceMap } from "node:module";
import { monitorEventLoopDelay } from "node:perf_hooks";

type IntervalHistogram = ReturnType<typeof monitorEventLoopDelay>;

/** monitorEventLoopDelay records the whole timer interval; the delay is what exceeds it. */
const ELD_RESOLUTION_MS = 10;
const RSS_SAMPLE_MS = 50;

export type IntervalStats = {
  ms: number;
  eventLoop: { p50Ms: number; p99Ms: number; maxMs: number };
  peakRssBytes: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** process.resourceUsage().maxRSS: the whole life of the process, startup included */
  processMaxRssBytes: number;
  /**
   * The kernel's peak RSS (VmHWM) since the last mark with resetPeak (Linux; null elsewhere).
   * Exact, unlike the 50 ms sampling, which cannot run while the event loop is blocked.
   */
  kernelPeakRssBytes: number | null;
};

type Request = { id: number; type: string; gc?: boolean; path?: string; resetPeak?: boolean };

export function serveStats() {
  if (!process.send) throw new Error("bench children must be started by bench/run.ts (they talk to it over IPC)");
  const phase = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  phase.enable();
  let peakPhase = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peakPhase) peakPhase = rss;
  }, RSS_SAMPLE_MS);
  sampler.unref();
  let markedAt = Date.now();
  let cpu = process.cpuUsage();
  let profiler: Session | null = null;

  const reply = (request: Request, body: object) => process.send!({ id: request.id, type: request.type, ...body });

  process.on("message", async (request: Request) => {
    try {
      switch (request.type) {
        case "sample": {
          if (request.gc && typeof globalThis.gc === "function") {
            // twice, with pauses, so freed pages have gone back to the system before RSS is read
            for (let i = 0; i < 2; i++) {
              globalThis.gc();
              await new Promise((r) => setTimeout(r, 300));
            }
          }
          const m = process.memoryUsage();
          reply(request, { rssBytes: m.rss, heapUsedBytes: m.heapUsed, heapTotalBytes: m.heapTotal, jsBytes: m.heapUsed + m.external });
          break;
        }
        case "mark": {
          const used = process.cpuUsage(cpu);
          const stats: IntervalStats = {
            ms: Date.now() - markedAt,
            eventLoop: summarise(phase),
            peakRssBytes: Math.max(peakPhase, process.memoryUsage.rss()),
            cpuUserMs: used.user / 1000,
            cpuSystemMs: used.system / 1000,
            processMaxRssBytes: process.resourceUsage().maxRSS * 1024,
            kernelPeakRssBytes: kernelPeakRss(),
          };
          if (request.resetPeak) resetKernelPeakRss();
          phase.reset();
          peakPhase = process.memoryUsage.rss();
          markedAt = Date.now();
          cpu = process.cpuUsage();
          reply(request, { stats });
          break;
        }
        case "profile:start": {
          profiler = new Session();
          profiler.connect();
          await post(profiler, "Profiler.enable");
          await post(profiler, "Profiler.setSamplingInterval", { interval: 500 });
          await post(profiler, "Profiler.start");
          reply(request, {});
          break;
        }
        case "profile:stop": {
          if (!profiler) throw new Error("the profiler was not started");
          const { profile } = (await post(profiler, "Profiler.stop")) as { profile: unknown };
          profiler.disconnect();
          profiler = null;
          writeFileSync(request.path!, JSON.stringify(toOriginalPositions(profile as Profile)));
          reply(request, { path: request.path });
          break;
        }
        case "exit":
          process.exit(0);
      }
    } catch (error) {
      reply(request, { error: error instanceof Error ? error.message : String(error) });
    }
  });
}

type Profile = { nodes: { callFrame: { url: string; lineNumber: number; columnNumber: number } }[] };

/**
 * tsx compiles TypeScript on the fly (whitespace-minified, so every function
 * sits on "line 1"). When the process runs with --enable-source-maps, Node
 * keeps tsx's inline source maps, and the profile's frames in the project's
 * own files are moved back to their TypeScript lines.
 */
function toOriginalPositions(profile: Profile): Profile {
  for (const { callFrame } of profile.nodes) {
    if (!callFrame.url.startsWith("file://") || callFrame.url.includes("/node_modules/") || callFrame.lineNumber < 0) continue;
    try {
      const entry = findSourceMap(callFrame.url)?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
      if (entry && "originalLine" in entry && typeof entry.originalLine === "number") {
        callFrame.lineNumber = entry.originalLine;
        callFrame.columnNumber = entry.originalColumn;
      }
    } catch {
      // keep the compiled position
    }
  }
  return profile;
}

/** VmHWM from /proc/self/status, in bytes; null where there is no /proc. */
function kernelPeakRss(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/** Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0). */
function resetKernelPeakRss() {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // not Linux, or not allowed: the sampled peak remains
  }
}

function summarise(h: IntervalHistogram) {
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - ELD_RESOLUTION_MS) * 10) / 10);
  if (h.count === 0) return { p50Ms: 0, p99Ms: 0, maxMs: 0 };
  return { p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max) };
}

function post(session: Session, method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
}
