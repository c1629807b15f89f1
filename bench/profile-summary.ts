// Where the server's CPU time went, from a V8 .cpuprofile (written by
// `npm run bench -- --profile`, or by `node --cpu-prof`):
//   - self time by package / area (Prisma, Socket.IO, ws, zod, Hearth's own code, GC, …)
//   - inclusive time by area: share of samples with that area anywhere on the stack
//   - the top functions by self time, and Hearth's own functions by inclusive time
//
//   npx tsx bench/profile-summary.ts bench/results/<file>.cpuprofile [--top 25]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type Row = { name: string; ms: number; percent: number };
export type ProfileSummary = { totalMs: number; idleMs: number; busyMs: number; areasSelf: Row[]; areasInclusive: Row[]; functionsSelf: Row[]; ownInclusive: Row[] };

/** Which part of the stack a frame belongs to. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(garbage collector)") return "GC";
    if (functionName === "(idle)") return "(idle)";
    if (functionName === "(program)") return "(program: native, not attributed)";
    return `(native: ${functionName || "anonymous"})`;
  }
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0] === "internal" ? (url.slice(5).split("/")[1] ?? "internal") : url.slice(5)}`;
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = path.slice(nm + "/node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const m = /\/(generated|server|lib|bench)\/(.*)$/.exec(path);
  if (m) {
    if (m[1] === "generated") return "prisma generated client";
    const parts = m[2]!.split("/");
    return `hearth ${m[1]}/${parts.length > 1 ? parts[0] + "/" : parts[0]}`;
  }
  return path;
}

function frameKey(frame: CallFrame): string {
  const path = frame.url.startsWith("file://") ? fileURLToPath(frame.url) : frame.url;
  const short = path.replace(/^.*\/node_modules\//, "").replace(/^.*?\/(server|lib|bench|generated)\//, "$1/");
  return `${frame.functionName || "(anonymous)"} ${short ? `${short}:${frame.lineNumber + 1}` : ""}`.trim();
}

const isOwn = (frame: CallFrame) => /\/(server|lib)\//.test(frame.url) && !frame.url.includes("/node_modules/");

export function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfArea = new Map<string, number>();
  const inclArea = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const inclOwn = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

  let totalMs = 0;
  let idleMs = 0;
  // sample i lasted timeDeltas[i + 1] (the delta is the gap before the next sample)
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (ms <= 0) continue;
    totalMs += ms;
    const leaf = nodes.get(profile.samples[i]!)!;
    const leafArea = areaOf(leaf.callFrame);
    if (leafArea === "(idle)") {
      idleMs += ms;
      continue;
    }
    add(selfArea, leafArea, ms);
    add(selfFn, frameKey(leaf.callFrame), ms);
    const areas = new Set<string>();
    const own = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)!.callFrame;
      if (frame.functionName === "(root)") continue;
      areas.add(areaOf(frame));
      if (isOwn(frame)) own.add(frameKey(frame));
    }
    // the scheduler is on every stack; listing it says nothing
    areas.delete("node:process");
    areas.delete("(native: runMicrotasks)");
    for (const a of areas) add(inclArea, a, ms);
    for (const f of own) add(inclOwn, f, ms);
  }
  const busyMs = totalMs - idleMs;
  const rows = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), percent: Math.round((ms / Math.max(busyMs, 1)) * 1000) / 10 }));
  return {
    totalMs: Math.round(totalMs),
    idleMs: Math.round(idleMs),
    busyMs: Math.round(busyMs),
    areasSelf: rows(selfArea, top),
    areasInclusive: rows(inclArea, top),
    functionsSelf: rows(selfFn, top),
    ownInclusive: rows(inclOwn, top),
  };
}

export function formatSummary(s: ProfileSummary): string {
  const table = (title: string, rows: Row[]) =>
    [`  ${title}`, ...rows.map((r) => `    ${r.percent.toFixed(1).padStart(5)}%  ${String(r.ms).padStart(7)} ms  ${r.name}`)].join("\n");
  return [
    `CPU profile: ${s.totalMs} ms sampled, ${s.busyMs} ms busy (${Math.round((s.busyMs / Math.max(s.totalMs, 1)) * 100)}%), ${s.idleMs} ms idle; percentages are of busy time.`,
    table("self time by area (where the CPU actually was):", s.areasSelf),
    table("inclusive time by area (share of busy samples with the area anywhere on the stack):", s.areasInclusive),
    table("top functions by self time:", s.functionsSelf),
    table("Hearth's own functions (server/, lib/) by inclusive time:", s.ownInclusive),
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [--top N]\n");
    process.exit(2);
  }
  const topIndex = process.argv.indexOf("--top");
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
  process.stdout.write(formatSummary(summariseProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, top)) + "\n");
}
