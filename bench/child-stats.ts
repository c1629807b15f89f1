// What a server under test (Hearth or the baseline) measures about itself and
// reports to the bench over the IPC channel: RSS (sampled every 50 ms, so
// peaks between requests are seen), event-loop delay, CPU time, and — on
// request — a CPU profile of the measured phase.
//
// Protocol (parent → child, each with an `id` the reply echoes):
//   { type: "sample", gc?: true }     → { rssBytes, heapUsedBytes }        (gc needs --expose-gc)
//   { type: "mark" }                  → stats of the interval since the previous mark (then reset)
//   { type: "profile:start" } / { type: "profile:stop", path } → writes a .cpuprofile
//   { type: "exit" }                  → process.exit(0) (the bench kills Hearth with SIGKILL instead)
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

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
};

type Request = { id: number; type: string; gc?: boolean; path?: string };

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
            globalThis.gc();
            await new Promise((r) => setTimeout(r, 50));
            globalThis.gc();
          }
          const m = process.memoryUsage();
          reply(request, { rssBytes: m.rss, heapUsedBytes: m.heapUsed });
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
          };
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
          writeFileSync(request.path!, JSON.stringify(profile));
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

function summarise(h: IntervalHistogram) {
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - ELD_RESOLUTION_MS) * 10) / 10);
  if (h.count === 0) return { p50Ms: 0, p99Ms: 0, maxMs: 0 };
  return { p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max) };
}

function post(session: Session, method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
}
