// A phone whose answer could not be stored says so plainly ("Not saved
// yet"), keeps what was entered, re-sends by itself, and shows "Saved ✓" only
// once the server stored it. The database failure is injected into the real
// server's answer store (the next writes fail as an unreachable database
// does); everything else — pages, sockets, the phone — is the real thing.
import { describe, expect, it } from "vitest";
import type { ConsoleState } from "../../lib/events";
import { accessibilityViolations, PHONE, screenshot } from "../helpers/browser";
import { send } from "../helpers/hearth-server";
import { chromiumPath, useHearthAndBrowser } from "../helpers/e2e";

describe.skipIf(!chromiumPath)("a phone re-sends an answer the server could not store", () => {
  const env = useHearthAndBrowser();

  it("shows 'Not saved yet', retries by itself and then shows Saved", { timeout: 120_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const step = watched.data.steps.find((s) => s.promptKind === "single_choice")!;
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
    const current = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!current.ok) throw new Error(current.error.message);
    const prompt = current.data.step!.prompt!;
    expect((await send(facilitator, "prompt:open", { sessionId: session.id, promptId: prompt.id })).ok).toBe(true);

    const phone = await (await browser.newContext(PHONE)).newPage();
    phone.setDefaultTimeout(15_000);
    await phone.goto(`${hearth.url}/j/${session.joinCode}`);
    await phone.getByRole("button", { name: /continue/i }).click();
    await phone.getByText(prompt.question).first().waitFor();

    // the next two writes fail the way an unreachable PostgreSQL does
    const store = hearth.repositories.responses;
    const realUpsertMany = store.upsertMany;
    let failuresLeft = 2;
    store.upsertMany = async (writes) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw Object.assign(new Error("Can't reach database server"), { code: "P1001" });
      }
      return realUpsertMany(writes);
    };
    try {
      await phone.locator("input[type=radio]").first().check();
      await phone.getByRole("button", { name: "Send answer" }).click();
      await phone.getByText("Not saved yet: the server could not store it just now.").waitFor();
      expect(await phone.getByText("Saved ✓").count()).toBe(0);
      // what was chosen is still chosen while it retries (checked first: the retries succeed ~3 s
      // later, and a full-page screenshot plus axe can take that long on a loaded machine)
      expect(await phone.locator("input[type=radio]").first().isChecked()).toBe(true);
      await screenshot(phone, "retry-phone-not-saved-yet");
      expect(await accessibilityViolations(phone)).toEqual([]);

      await phone.getByText("Saved ✓").waitFor();
      await screenshot(phone, "retry-phone-saved");
    } finally {
      store.upsertMany = realUpsertMany;
    }
    expect(failuresLeft).toBe(0);
    const rows = await hearth.database.prisma.response.findMany({ where: { promptId: prompt.id } });
    expect(rows).toHaveLength(1);
  });
});
