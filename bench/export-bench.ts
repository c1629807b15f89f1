// How long the post-session summary and each export take for a large session:
// 5,000 participants × 20 prompts (every activity, two check-in/check-out
// pairs, moderated open text, word clouds), every participant answering or
// passing every prompt — 100,000 responses.
//
//   npm run bench:export                 in memory, then through a real SQLite database
//   npm run bench:export -- --memory     in memory only
//   PARTICIPANTS=1000 npm run bench:export
//
// "In memory" times the pure code (lib/export): building the summary with
// lib/aggregation, then each formatter. "SQLite" times what the API does for
// GET /api/sessions/:id/export: load the rows with Prisma, build, format.
// Results are printed and written to bench/results/export-bench.json.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { ActivityKind } from "../lib/activities";
import {
  buildRawResponses,
  buildSessionSummary,
  EXPORT_FORMATS,
  formatResponsesCsv,
  formatSummaryCsv,
  formatSummaryHtml,
  formatSummaryJson,
  formatSummaryMarkdown,
  type ExportFormat,
  type SummaryInput,
} from "../lib/export";
import type { TemplateContent } from "../lib/template-schema";

const PARTICIPANTS = Number(process.env.PARTICIPANTS ?? 5000);
const RUNS = Number(process.env.RUNS ?? 7);
const memoryOnly = process.argv.includes("--memory");

// ---------------------------------------------------------------------------
// A deterministic synthetic session

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s = Math.imul(s ^ (s >>> 12), 0x297a2d39) >>> 0;
    return ((s ^ (s >>> 15)) >>> 0) / 4294967296;
  };
}
const random = rng(20261128);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

const options = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, label: `${prefix.toUpperCase()} option ${i + 1}, with a comma` }));
const VOCABULARY = Array.from({ length: 240 }, (_, i) => `word${i}`).concat(["relief", "hope", "hopes", "Relief", "warm", "seen", "safe", "less alone"]);
const SENTENCES = [
  "I tell myself I should cope alone",
  'Nobody has time for me, "they\'re busy"',
  "It feels like weakness; like failing",
  "=I worry they'll judge me",
  "- They might say no\nand then what?",
  "<b>I don't want to be a burden</b>",
];

type PromptSpec = { key: string; kind: ActivityKind; config: unknown; repeatOf?: string };
const SPECS: PromptSpec[] = [
  { key: "check-in-1", kind: "scale", config: { max: 5, minLabel: "Not at all", maxLabel: "Very" } },
  { key: "check-in-2", kind: "scale", config: { max: 10, minLabel: "Low", maxLabel: "High" } },
  ...[0, 1, 2, 3].map((i): PromptSpec => ({ key: `single-${i}`, kind: "single_choice", config: { options: options(`s${i}`, 4 + i) } })),
  ...[0, 1, 2].map((i): PromptSpec => ({ key: `multiple-${i}`, kind: "multiple_choice", config: { options: options(`m${i}`, 6) } })),
  ...[0, 1, 2].map((i): PromptSpec => ({ key: `cloud-${i}`, kind: "word_cloud", config: { maxWords: 3 } })),
  ...[0, 1, 2].map((i): PromptSpec => ({ key: `text-${i}`, kind: "open_text", config: { maxLength: 280 } })),
  ...[0, 1, 2].map((i): PromptSpec => ({ key: `rank-${i}`, kind: "ranking", config: { options: options(`r${i}`, 5 + i) } })),
  { key: "check-out-1", kind: "scale", config: { max: 5, minLabel: "Not at all", maxLabel: "Very" }, repeatOf: "check-in-1" },
  { key: "check-out-2", kind: "scale", config: { max: 10, minLabel: "Low", maxLabel: "High" }, repeatOf: "check-in-2" },
];

function answerFor(kind: ActivityKind, config: any): unknown {
  switch (kind) {
    case "scale":
      return { value: 1 + Math.floor(random() * config.max) };
    case "single_choice":
      return { optionId: pick(config.options as { id: string }[]).id };
    case "multiple_choice":
      return {
        optionIds: (config.options as { id: string }[])
          .filter(() => random() < 0.4)
          .map((o) => o.id)
          .concat(config.options[0].id)
          .filter((v: string, i: number, a: string[]) => a.indexOf(v) === i),
      };
    case "word_cloud":
      return { words: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(VOCABULARY)) };
    case "open_text":
      return { text: `${pick(SENTENCES)} (${Math.floor(random() * 1000)})` };
    case "ranking":
      return { order: (config.options as { id: string }[]).map((o) => o.id).sort(() => random() - 0.5) };
  }
}

function syntheticRows(participantIds: string[], prompts: { id: string; kind: ActivityKind; config: unknown }[]) {
  const responses: SummaryInput["responses"] = [];
  let n = 0;
  for (const prompt of prompts)
    for (const participantId of participantIds) {
      const passed = random() < 0.08;
      const moderated = prompt.kind === "open_text" || prompt.kind === "word_cloud";
      const roll = random();
      responses.push({
        id: `resp${++n}`,
        promptId: prompt.id,
        participantId,
        passed,
        value: passed ? { pass: true } : answerFor(prompt.kind, prompt.config),
        moderation: moderated && !passed ? (roll < 0.7 ? "approved" : roll < 0.9 ? "pending" : "hidden") : null,
      });
    }
  return responses;
}

function syntheticInput(): { input: SummaryInput; numbers: Map<string, number> } {
  const steps: SummaryInput["steps"] = [];
  const idOf = new Map<string, string>();
  SPECS.forEach((spec, i) => {
    const id = `prompt-${spec.key}`;
    idOf.set(spec.key, id);
    steps.push({
      id: `step-${i}`,
      position: i * 2,
      title: `Step about ${spec.key}`,
      reactionsEnabled: false,
      prompt: {
        id,
        kind: spec.kind,
        question: `Question ${i + 1}: ${spec.kind}?`,
        config: spec.config,
        repeatOfId: spec.repeatOf ? idOf.get(spec.repeatOf)! : null,
        state: "closed",
      },
    });
    steps.push({ id: `text-step-${i}`, position: i * 2 + 1, title: `Reading ${i + 1}`, reactionsEnabled: true, prompt: null });
  });
  const participantIds = Array.from({ length: PARTICIPANTS }, (_, i) => `participant-${i}`);
  const prompts = steps.flatMap((s) => (s.prompt ? [s.prompt] : []));
  const responses = syntheticRows(participantIds, prompts);
  const reactions = steps
    .filter((s) => s.reactionsEnabled)
    .flatMap((s) => participantIds.filter(() => random() < 0.3).map((participantId) => ({ stepId: s.id, participantId, kind: pick(["resonates", "support", "thinking"]) })));
  const numbers = new Map(participantIds.map((id, i) => [id, 100_000 + i * 7]));
  const input: SummaryInput = {
    session: {
      id: "bench",
      title: "Benchmark session",
      templateTitle: "Synthetic",
      status: "ended",
      createdAt: new Date("2026-11-28T18:00:00Z"),
      startedAt: new Date("2026-11-28T18:05:00Z"),
      endedAt: new Date("2026-11-28T19:35:00Z"),
      anonymityThreshold: 3,
      pauseRequests: 2,
      responsesDeletedAt: null,
    },
    participantCount: PARTICIPANTS,
    steps,
    responses,
    reactions,
  };
  return { input, numbers };
}

// ---------------------------------------------------------------------------
// Timing

type Timing = { label: string; medianMs: number; minMs: number; maxMs: number; cpuMedianMs: number; bytes?: number };

/**
 * Wall-clock time, and the process's CPU time (user + system) over the same
 * call: on a busy machine the wall clock also counts time spent waiting for a
 * core, while the CPU time is close to what the call costs on an idle one.
 */
async function time(label: string, fn: () => unknown | Promise<unknown>): Promise<Timing> {
  await fn(); // warm-up
  const samples: number[] = [];
  const cpu: number[] = [];
  let bytes: number | undefined;
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const out = await fn();
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (typeof out === "string") bytes = Buffer.byteLength(out);
    else if (out && typeof out === "object" && "body" in out) bytes = Buffer.byteLength((out as { body: string }).body);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const t = {
    label,
    medianMs: round(samples[Math.floor(samples.length / 2)]!),
    minMs: round(samples[0]!),
    maxMs: round(samples.at(-1)!),
    cpuMedianMs: round(cpu[Math.floor(cpu.length / 2)]!),
    bytes,
  };
  console.log(
    `  ${label.padEnd(46)} median ${fmt(t.medianMs)}  min ${fmt(t.minMs)}  max ${fmt(t.maxMs)}  cpu ${fmt(t.cpuMedianMs)}${bytes !== undefined ? `  ${(bytes / 1024).toFixed(0).padStart(6)} KiB` : ""}`,
  );
  return t;
}
const round = (ms: number) => Math.round(ms * 10) / 10;
const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;

async function inMemory(): Promise<Timing[]> {
  const { input, numbers } = syntheticInput();
  console.log(`\nIn memory: ${PARTICIPANTS} participants × ${SPECS.length} prompts = ${input.responses.length} responses, ${input.reactions.length} reactions (${RUNS} runs each)`);
  const results: Timing[] = [];
  results.push(await time("build summary (aggregation)", () => buildSessionSummary(input)));
  const summary = buildSessionSummary(input);
  results.push(await time("build raw responses", () => buildRawResponses(input, summary, numbers)));
  const raw = buildRawResponses(input, summary, numbers);
  results.push(await time("format md", () => formatSummaryMarkdown(summary)));
  results.push(await time("format csv", () => formatSummaryCsv(summary)));
  results.push(await time("format responses.csv", () => formatResponsesCsv(raw)));
  results.push(await time("format json", () => formatSummaryJson(summary)));
  results.push(await time("format html", () => formatSummaryHtml(summary)));
  const full: Record<ExportFormat, () => string> = {
    md: () => formatSummaryMarkdown(buildSessionSummary(input)),
    csv: () => formatSummaryCsv(buildSessionSummary(input)),
    "responses.csv": () => {
      const s = buildSessionSummary(input);
      return formatResponsesCsv(buildRawResponses(input, s, numbers));
    },
    json: () => formatSummaryJson(buildSessionSummary(input)),
    html: () => formatSummaryHtml(buildSessionSummary(input)),
  };
  for (const format of EXPORT_FORMATS) results.push(await time(`build + format ${format}`, full[format]));
  return results;
}

async function throughSqlite(): Promise<Timing[]> {
  const { applyMigrations } = await import("../server/migrate");
  const { createDatabase } = await import("../server/db");
  const { createRepositories } = await import("../server/repositories");
  const { createSummaryService } = await import("../server/services/summary-service");

  const folder = await mkdtemp(path.join(os.tmpdir(), "hearth-bench-"));
  const url = `file:${path.join(folder, "bench.db")}`;
  const results: Timing[] = [];
  try {
    await applyMigrations(url);
    const database = createDatabase(url);
    const prisma = database.prisma;
    const repositories = createRepositories(prisma, database.provider);
    const ownerId = "bench-facilitator";
    await prisma.facilitator.create({ data: { id: ownerId, name: "Bench", email: "bench@example.org" } });
    const template = await prisma.template.create({ data: { ownerId, title: "Synthetic", content: {} } });
    const content = {
      schemaVersion: 1,
      title: "Synthetic",
      description: "",
      contentNote: "",
      resources: { title: "Support", items: [] },
      steps: SPECS.flatMap((spec, i) => [
        {
          key: `p-${spec.key}`,
          title: `Step about ${spec.key}`,
          body: "…",
          reactions: false,
          prompt: { key: spec.key, kind: spec.kind, question: `Question ${i + 1}: ${spec.kind}?`, config: spec.config, ...(spec.repeatOf ? { repeatOf: spec.repeatOf } : {}) },
        },
        { key: `t-${spec.key}`, title: `Reading ${i + 1}`, body: "…", reactions: true },
      ]),
    } as unknown as TemplateContent;
    const session = await repositories.sessions.createFromTemplate({
      ownerId,
      templateId: template.id,
      title: "Benchmark session",
      joinCode: "BENCH1",
      anonymityThreshold: 3,
      content,
    });
    await prisma.session.update({ where: { id: session.id }, data: { status: "ended", startedAt: new Date(Date.now() - 90 * 60_000), endedAt: new Date() } });

    const seedStart = performance.now();
    const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({
      id: `bp${i}`,
      sessionId: session.id,
      tokenHash: randomBytes(32).toString("hex"),
      number: 100_000 + i * 7,
    }));
    for (let i = 0; i < participants.length; i += 1000) await prisma.participant.createMany({ data: participants.slice(i, i + 1000) });
    const steps = await repositories.sessions.loadSteps(session.id);
    const prompts = steps.flatMap((s) => (s.prompt ? [{ id: s.prompt.id, kind: s.prompt.kind, config: s.prompt.config }] : []));
    const rows = syntheticRows(
      participants.map((p) => p.id),
      prompts,
    );
    for (let i = 0; i < rows.length; i += 2000)
      await prisma.response.createMany({
        data: rows.slice(i, i + 2000).map(({ id: _id, ...r }) => ({ ...r, sessionId: session.id, value: r.value as object })),
      });
    const reactions = steps
      .filter((s) => s.reactionsEnabled)
      .flatMap((s) =>
        participants.filter(() => random() < 0.3).map((p) => ({ sessionId: session.id, stepId: s.id, participantId: p.id, kind: pick(["resonates", "support", "thinking"]) })),
      );
    for (let i = 0; i < reactions.length; i += 2000) await prisma.reaction.createMany({ data: reactions.slice(i, i + 2000) });
    console.log(
      `\nSQLite (${path.basename(url)}): seeded ${PARTICIPANTS} participants, ${rows.length} responses, ${reactions.length} reactions in ${Math.round(performance.now() - seedStart)} ms (${RUNS} runs each)`,
    );

    const service = createSummaryService({ summaries: repositories.summaries, provider: "sqlite" });
    results.push(await time("load rows (JSON per prompt)", () => repositories.summaries.loadContents(session.id, "sqlite")));
    results.push(await time("GET summary (load + build)", () => service.summary(session.id, ownerId)));
    for (const format of EXPORT_FORMATS) results.push(await time(`GET export ${format} (load+build+format)`, () => service.export(session.id, ownerId, format)));
    await database.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return results;
}

const memory = await inMemory();
const sqlite = memoryOnly ? [] : await throughSqlite();
const outDir = fileURLToPath(new URL("./results/", import.meta.url));
await mkdir(outDir, { recursive: true });
await writeFile(
  path.join(outDir, "export-bench.json"),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, participants: PARTICIPANTS, prompts: SPECS.length, runs: RUNS, memory, sqlite }, null, 2),
);
console.log(`\nWritten to bench/results/export-bench.json`);
