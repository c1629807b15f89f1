// Issue 13, finding 6: a restart that takes 40 s. Hearth is killed, phones
// answer while it is away (nothing can be saved), and it comes back on the
// same port and database 40 s later. Each phone runs the phone's own re-send
// logic (lib/client/answer-retry.ts with lib/client/socket.ts's command, wired
// as lib/client/live-hooks.ts wires it: re-join on reconnect, then wake the
// waiting answer). Every phone must end saved, with one row each — the old
// fixed schedule (1, 2, 4, 8, 15 s, then give up) had stopped by 30 s.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { withRetries } from "../../lib/client/answer-retry";
import { command, CommandError } from "../../lib/client/socket";
import type { AnswerSaved } from "../../lib/events";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { connectClient, joinAs, openPromptAt, openRoomAt } from "../helpers/hearth-client";
import { startHearthProcess, stopAllHearthProcesses, type HearthProcess } from "../helpers/hearth-process";
import type { TestClient } from "../helpers/hearth-server";

const PHONES = 20;
const DOWN_MS = Number(process.env.HEARTH_RESTART_TEST_MS ?? 40_000);

type Phone = { client: TestClient; token: string; joinedOn?: string; rejoined: Set<() => void>; optionId: string };

describe("a restart that takes 40 s", () => {
  let testDatabase: TestDatabase | undefined;
  let hearth: HearthProcess | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await hearth?.stop();
    await testDatabase?.cleanup();
  });
  afterAll(stopAllHearthProcesses);

  it("ends with every phone's answer saved, once, re-sent as soon as each phone re-joined", { timeout: DOWN_MS + 120_000 }, async () => {
    testDatabase = await createTestDatabase("sqlite");
    hearth = await startHearthProcess({ databaseUrl: testDatabase.url });
    const room = await openRoomAt(hearth.url, { reconnection: true });
    clients.push(room.facilitator);
    const prompt = await openPromptAt(room, "single_choice");
    const options = (prompt.config as { options: { id: string }[] }).options.map((o) => o.id);

    const phones: Phone[] = await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        // reconnecting like the real phone (lib/client/socket.ts: up to 5 s between attempts)
        const client = await connectClient(hearth!.url, { reconnection: true, reconnectionDelay: 1000, reconnectionDelayMax: 5000 });
        clients.push(client);
        const joined = await joinAs(client, room.joinCode);
        const phone: Phone = { client, token: joined.participantToken, joinedOn: client.id, rejoined: new Set(), optionId: options[i % options.length]! };
        // as live-hooks does: a reconnect re-joins with the kept token, then wakes the waiting answer
        client.io.on("reconnect", () => void rejoin(phone).catch(() => undefined));
        return phone;
      }),
    );
    async function rejoin(phone: Phone) {
      await joinAs(phone.client, room.joinCode, phone.token);
      phone.joinedOn = phone.client.id;
      for (const listener of [...phone.rejoined]) listener();
    }
    async function ensureJoined(phone: Phone) {
      if (!phone.client.connected) throw new CommandError("OFFLINE", "offline");
      if (phone.joinedOn !== phone.client.id) await rejoin(phone);
    }

    await hearth.kill("SIGKILL");
    const downAt = Date.now();
    const saving = phones.map((phone) =>
      withRetries(
        async () => {
          await ensureJoined(phone);
          return command(phone.client as never, "answer:submit", { promptId: prompt.id, value: { optionId: phone.optionId } }) as Promise<AnswerSaved>;
        },
        undefined,
        {
          onRejoined: (listener) => {
            phone.rejoined.add(listener);
            return () => void phone.rejoined.delete(listener);
          },
        },
      ).then(
        () => Date.now(),
        (error: unknown) => error,
      ),
    );

    await new Promise((r) => setTimeout(r, DOWN_MS));
    await hearth.restart();
    const upAt = Date.now();
    const outcomes = await Promise.all(saving);
    const failed = outcomes.filter((o) => typeof o !== "number");
    expect(failed, "every phone's answer saved").toEqual([]);
    const savedAfterMs = (outcomes as number[]).map((t) => t - upAt).sort((a, b) => a - b);

    // one row per phone, with that phone's choice
    const { createDatabase } = await import("../../server/db");
    const db = createDatabase(testDatabase.url);
    try {
      const rows = await db.prisma.response.findMany({ where: { promptId: prompt.id }, select: { participantId: true, value: true } });
      expect(rows).toHaveLength(PHONES);
      expect(new Set(rows.map((r) => r.participantId)).size).toBe(PHONES);
      expect(rows.map((r) => (r.value as { optionId: string }).optionId).sort()).toEqual(phones.map((p) => p.optionId).sort());
    } finally {
      await db.close();
    }
    console.info(
      `[faults-restart-resend] down ${Math.round((upAt - downAt) / 1000)} s; after the restart every answer was saved within ` +
        `${savedAfterMs.at(-1)} ms (median ${savedAfterMs[Math.floor(savedAfterMs.length / 2)]} ms)`,
    );
  });
});
