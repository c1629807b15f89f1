// Probe answers (`--processes 2`): how long an answer made on process A and one
// made on process B take to reach the projector on A, each measured exactly.
//
// The projector shows one live count per prompt ("N have answered"), the sum of
// the answers made on both processes, so it cannot tell which process an
// answer came from: matched by rank, an answer on A and one on B that were
// acknowledged at the same moment get the same latency, whatever the Redis hop
// adds (half of it each, on average). So each process also gets a small probe
// session of its own — the same template, run by the same facilitator, its
// projector on A — joined only by probe phones on that process. Each probe
// session's count then comes from one process alone. During every burst of the
// measured session, the probe phones of both processes answer at the same
// moments, spaced evenly over the burst, one probe answer per phone and prompt;
// their latency to the probe projector is the same-process (A) and the
// cross-process (B) latency of an answer arriving while the room is answering
// (bench/README.md, "Several processes").
//
// The probe phones are socket.io-clients in the bench's own process (a few
// dozen), each with its own made-up address in 172.16.0.0/12, the same
// trusted-proxy scheme as the load processes' 10.0.0.0/8.
import { io, type Socket } from "socket.io-client";
import { type AnswerRecord, now } from "./metrics";

type Ack = { ok: true; data: any } | { ok: false; error: { code: string; message: string } };
type RoomView = { step?: { prompt?: { id: string; state: string } | null } | null } | null | undefined;

export type ProbePrompt = { id: string; kind: "single_choice" | "scale"; options?: string[]; max?: number };

/** The n-th address in 172.16.0.0/12, skipping .0 and .255. */
function probeAddress(n: number): string {
  const host = 1 + (n % 254);
  const rest = Math.floor(n / 254);
  return `172.${16 + ((rest >> 8) & 15)}.${rest & 255}.${host}`;
}

/** Probe phones on one process, all in one probe session. */
export class ProbePhones {
  readonly records: AnswerRecord[] = [];
  readonly errors: Record<string, number> = {};
  private sockets: Socket[] = [];
  /** per phone: the prompt its room shows open */
  private open: (string | null)[] = [];

  constructor(
    readonly url: string,
    private readonly firstAddress: number,
  ) {}

  /** Connect and join `count` phones, a few at a time; throws if one cannot. */
  async join(joinCode: string, count: number, timeoutMs = 30_000) {
    const joinOne = (i: number) =>
      new Promise<Socket>((resolve, reject) => {
        const socket = io(this.url, {
          path: "/socket.io",
          transports: ["websocket"],
          forceNew: true,
          reconnection: false,
          timeout: timeoutMs,
          extraHeaders: { origin: this.url, "x-forwarded-for": probeAddress(this.firstAddress + i) },
        });
        const watch = (state: RoomView) => (this.open[i] = state?.step?.prompt?.state === "open" ? state.step.prompt.id : null);
        socket.on("room:updated", watch);
        socket.once("connect_error", (error) => reject(new Error(`probe phone on ${this.url}: ${error.message}`)));
        socket.once("connect", () =>
          socket.timeout(timeoutMs).emit("participant:join", { code: joinCode }, (error: Error | null, ack: Ack) => {
            if (error) return reject(new Error(`probe phone on ${this.url}: join timed out`));
            if (!ack.ok) return reject(new Error(`probe phone on ${this.url}: join refused: ${ack.error.code} ${ack.error.message}`));
            watch(ack.data.state);
            resolve(socket);
          }),
        );
      });
    for (let i = 0; i < count; i += 10) this.sockets.push(...(await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, j) => joinOne(i + j)))));
  }

  /** whether every phone's room shows this prompt open */
  allOpen(promptId: string) {
    return this.sockets.every((_, i) => this.open[i] === promptId);
  }

  get count() {
    return this.sockets.length;
  }

  /** Phone `i` answers `prompt` (a random valid answer); resolves when its acknowledgement came (or did not). */
  answer(i: number, prompt: ProbePrompt, ackTimeoutMs: number): Promise<void> {
    const socket = this.sockets[i]!;
    const value =
      prompt.kind === "scale" ? { value: 1 + Math.floor(Math.random() * prompt.max!) } : { optionId: prompt.options![Math.floor(Math.random() * prompt.options!.length)] };
    const record: AnswerRecord = { promptId: prompt.id, sentAt: now(), ackAt: null };
    this.records.push(record);
    return new Promise((resolve) =>
      socket.timeout(ackTimeoutMs).emit("answer:submit", { promptId: prompt.id, value }, (error: Error | null, ack: Ack) => {
        if (error) this.errors["ack timeout"] = (this.errors["ack timeout"] ?? 0) + 1;
        else if (!ack.ok) this.errors[ack.error.code] = (this.errors[ack.error.code] ?? 0) + 1;
        else record.ackAt = now();
        resolve();
      }),
    );
  }

  acked(promptId: string) {
    return this.records.filter((r) => r.promptId === promptId && r.ackAt !== null).length;
  }

  disconnect() {
    for (const socket of this.sockets) socket.disconnect();
    this.sockets = [];
  }
}

/**
 * Every probe phone of every process answers once during a burst: phone i of
 * each process at start + (i + ½)·intervalMs, all processes at the same
 * moments. Stops sending once `stop()` says the burst is over (the probes
 * measure answers arriving during the burst, not after it).
 */
export async function runProbes(phones: ProbePhones[], promptFor: (p: number) => ProbePrompt, intervalMs: number, stop: () => boolean, ackTimeoutMs: number) {
  const start = now();
  const pending: Promise<void>[] = [];
  const count = Math.min(...phones.map((p) => p.count));
  for (let i = 0; i < count; i++) {
    const wait = start + (i + 0.5) * intervalMs - now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (stop()) break;
    phones.forEach((p, process) => pending.push(p.answer(i, promptFor(process), ackTimeoutMs)));
  }
  await Promise.all(pending);
}
