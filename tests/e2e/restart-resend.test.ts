// Issue 13, finding 6, in the browser: Hearth is killed while phones are on a
// question, the phones answer while it is away (nothing can be saved: they
// must say so and keep the choice), and it comes back on the same port and
// database 40 s later — longer than the old fixed re-send schedule lasted
// (1, 2, 4, 8, 15 s, then it gave up). Each phone is the real page in
// Chromium: its socket reconnects, re-joins with the kept token and re-sends
// by itself. Every phone must end showing "Saved ✓", with one row each.
// tests/integration/faults-restart-resend.test.ts runs the same restart with
// 20 phones' retry code in Node; this one proves the page wires it up.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "../../server/db";
import { accessibilityViolations, launchBrowser, PHONE, screenshot, type Browser, type Page } from "../helpers/browser";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { chromiumPath } from "../helpers/e2e";
import { openPromptAt, openRoomAt, type RoomAt } from "../helpers/hearth-client";
import { startHearthProcess, stopAllHearthProcesses, type HearthProcess } from "../helpers/hearth-process";

const PHONES = 3;
const DOWN_MS = Number(process.env.HEARTH_RESTART_TEST_MS ?? 40_000);

describe.skipIf(!chromiumPath)("phones in a browser through a restart that takes 40 s", () => {
  let testDatabase: TestDatabase | undefined;
  let hearth: HearthProcess | undefined;
  let browser: Browser | undefined;
  let room: RoomAt | undefined;
  afterEach(async () => {
    room?.facilitator.disconnect();
    await browser?.close();
    await hearth?.stop();
    await testDatabase?.cleanup();
  });
  afterAll(stopAllHearthProcesses);

  it("keeps each phone's choice while Hearth is down and ends with every phone 'Saved ✓', one row each", { timeout: DOWN_MS + 180_000 }, async () => {
    testDatabase = await createTestDatabase("sqlite");
    [hearth, browser] = await Promise.all([
      startHearthProcess({ databaseUrl: testDatabase.url, env: { HEARTH_CHILD_PAGES: "1" }, startTimeoutMs: 120_000 }),
      launchBrowser(chromiumPath!),
    ]);
    room = await openRoomAt(hearth.url, { reconnection: true });
    const prompt = await openPromptAt(room, "single_choice");

    const phones: Page[] = [];
    for (let i = 0; i < PHONES; i++) {
      const phone = await (await browser.newContext(PHONE)).newPage();
      phone.setDefaultTimeout(20_000);
      await phone.goto(`${hearth.url}/j/${room.joinCode}`);
      await phone.getByRole("button", { name: /continue/i }).click();
      await phone.getByText(prompt.question).first().waitFor();
      phones.push(phone);
    }

    await hearth.kill("SIGKILL");
    // each phone picks a different option and sends it into the outage
    for (const [i, phone] of phones.entries()) {
      await phone.locator("input[type=radio]").nth(i).check();
      await phone.getByRole("button", { name: "Send answer" }).click();
    }
    for (const phone of phones) {
      await phone.getByText(/Not saved yet: the connection is not getting through/).waitFor();
      expect(await phone.getByText("Saved ✓").count()).toBe(0);
      expect(await phone.locator("input[type=radio]").nth(phones.indexOf(phone)).isChecked(), "the choice is kept while it retries").toBe(true);
    }
    await screenshot(phones[0]!, "restart-phone-while-down");
    expect(await accessibilityViolations(phones[0]!)).toEqual([]);

    // down for DOWN_MS in all, counted from the kill
    await new Promise((r) => setTimeout(r, DOWN_MS));
    await hearth.restart();
    const upAt = Date.now();
    const options = (prompt.config as { options: { id: string; label: string }[] }).options;
    for (const [i, phone] of phones.entries()) {
      await phone.getByText("Saved ✓").waitFor({ timeout: 60_000 });
      // the saved answer shown is the one this phone chose before the outage
      await phone.locator("text=Your answer").locator("..").getByText(options[i]!.label, { exact: true }).waitFor();
    }
    const savedWithinMs = Date.now() - upAt;
    await screenshot(phones[0]!, "restart-phone-saved");

    const db = createDatabase(testDatabase.url);
    try {
      const rows = await db.prisma.response.findMany({ where: { promptId: prompt.id }, select: { participantId: true, value: true } });
      expect(rows).toHaveLength(PHONES);
      expect(new Set(rows.map((r) => r.participantId)).size).toBe(PHONES);
      expect(rows.map((r) => (r.value as { optionId: string }).optionId).sort()).toEqual(
        options
          .slice(0, PHONES)
          .map((o) => o.id)
          .sort(),
      );
    } finally {
      await db.close();
    }
    console.info(`[restart-resend e2e] down ${DOWN_MS / 1000} s; all ${PHONES} phones showed Saved ✓ within ${savedWithinMs} ms of the restart`);
  });
});
