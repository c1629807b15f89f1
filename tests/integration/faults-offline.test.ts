// Issue 7: a participant's phone loses its connection for a minute (a tunnel,
// a lift, a flaky Wi-Fi) while the session moves on, then comes back. The
// phone reaches Hearth through a loopback TCP proxy, so "offline" is the
// network dropping its connection and refusing new ones, while the phone keeps
// trying to reconnect by itself as the real one does (lib/client/socket.ts).
// Back online it rejoins with its token: the same participant, its earlier
// answer intact, the current step shown.
//
// The minute is real; HEARTH_OFFLINE_TEST_MS shortens it (e.g. 5000) when
// working on this file. It is in a file of its own so that it waits alongside
// the other suites instead of in front of them.
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerSaved } from "../../lib/events";
import { connectClient, joinAs, nextConnect, openPromptAt, openRoomAt, sendOrNull, waitUntil, watchConsole } from "../helpers/hearth-client";
import { startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";

const OFFLINE_MS = Number(process.env.HEARTH_OFFLINE_TEST_MS ?? 60_000);

describe("a participant offline for a while", () => {
  let hearth: TestHearth | undefined;
  let proxy: TcpProxy | undefined;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await proxy?.close();
    await hearth?.stop();
  });

  it(`comes back after ${OFFLINE_MS / 1000} s as the same participant, answers intact, on the current step`, { timeout: OFFLINE_MS + 60_000 }, async () => {
    const t0 = Date.now();
    hearth = await startTestHearth({ provider: "sqlite" });
    const url = `http://127.0.0.1:${hearth.port}`;
    proxy = await startTcpProxy("127.0.0.1", hearth.port);

    const room = await openRoomAt(url);
    clients.push(room.facilitator);
    // the wandering phone goes through the proxy (reconnecting like the real one: up to 5 s apart)
    const phone = await connectClient(`http://127.0.0.1:${proxy.port}`, { origin: url, reconnection: true, reconnectionDelay: 1000, reconnectionDelayMax: 5000 });
    clients.push(phone);
    const joined = await joinAs(phone, room.joinCode);
    const token = joined.participantToken;
    // two phones that stay
    const others = await Promise.all(
      [0, 1].map(async () => {
        const client = await connectClient(url);
        clients.push(client);
        await joinAs(client, room.joinCode);
        return client;
      }),
    );

    const choice = await openPromptAt(room, "single_choice");
    const optionId = (choice.config as { options: { id: string }[] }).options[1].id;
    const first = await sendOrNull<AnswerSaved>(phone, "answer:submit", { promptId: choice.id, value: { optionId } });
    expect(first).toMatchObject({ ok: true });
    for (const other of others) expect(await sendOrNull(other, "answer:submit", { promptId: choice.id, pass: true })).toMatchObject({ ok: true });

    // --- offline: the connection drops, reconnecting fails -----------------------------
    const disconnected = new Promise<string>((resolve) => phone.once("disconnect", (reason) => resolve(reason)));
    const offlineSince = Date.now();
    await proxy.pause();
    const reason = await Promise.race([disconnected, new Promise<string>((_, reject) => setTimeout(() => reject(new Error("the phone never noticed")), 10_000))]);
    let failedAttempts = 0;
    phone.io.on("reconnect_error", () => failedAttempts++);

    // meanwhile the session moves on: another step, another open prompt, answered by the others
    const scale = await openPromptAt(room, "scale");
    for (const other of others) expect(await sendOrNull(other, "answer:submit", { promptId: scale.id, value: { value: 4 } })).toMatchObject({ ok: true });
    const moved = await watchConsole(room.facilitator, room.sessionId);
    expect(moved.step?.prompt?.id).toBe(scale.id);

    await new Promise((r) => setTimeout(r, Math.max(0, OFFLINE_MS - (Date.now() - offlineSince))));
    expect(phone.connected).toBe(false);

    // --- back online: it reconnects by itself, then rejoins with its token -------------
    await proxy.resume();
    const backSince = Date.now();
    await nextConnect(phone, 15_000);
    const reconnectMs = Date.now() - backSince;
    const rejoined = await joinAs(phone, room.joinCode, token);
    expect(rejoined.participantToken, "the same participant").toBe(token);
    expect(rejoined.answers).toContainEqual({ promptId: choice.id, passed: false, value: { optionId } });
    expect(rejoined.state.step?.index, "the current step").toBe(moved.step!.index);
    expect(rejoined.state.step?.prompt).toMatchObject({ id: scale.id, state: "open" });
    expect(rejoined.state.participantCount, "nobody new was counted").toBe(3);

    // and carries on: its answer to the new prompt is saved
    expect(await sendOrNull(phone, "answer:submit", { promptId: scale.id, value: { value: 2 } })).toMatchObject({ ok: true });
    await waitUntil("the console to count three answers", async () => (await watchConsole(room.facilitator, room.sessionId)).aggregate?.answerCount === 3, 5000);
    const end = await watchConsole(room.facilitator, room.sessionId);
    expect(end.participantCount).toBe(3);
    expect(await hearth.database.prisma.participant.count({ where: { sessionId: room.sessionId } })).toBe(3);
    const stored = await hearth.database.prisma.response.findMany({ where: { promptId: choice.id, passed: false } });
    expect(stored.map((r) => r.value)).toEqual([{ optionId }]);

    console.info(
      `[faults-offline] offline ${Date.now() - offlineSince - reconnectMs} ms (disconnect reason "${reason}", ${failedAttempts} failed reconnection attempts), ` +
        `reconnected ${reconnectMs} ms after the network came back; total ${Date.now() - t0} ms`,
    );
  });
});
