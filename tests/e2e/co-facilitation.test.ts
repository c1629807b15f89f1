// Co-facilitation in real browsers: the owner invites from the console, the
// co-facilitator accepts the link in another browser context, both run steps
// and moderate with a phone answering, the owner removes the co-facilitator
// and their console stops. Also the administrator's page. axe on every page;
// screenshots in test-results/e2e/ (laptop, projector-size, 360 and 320 px phones).
import { describe, expect, it } from "vitest";
import { accessibilityViolations, PHONE, PROJECTOR, screenshot } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

describe.skipIf(!chromiumPath)("co-facilitation in Chromium", () => {
  const env = useHearthAndBrowser();

  it("owner invites, co-facilitator accepts in another browser, both run the session, the owner removes them", { timeout: 180_000 }, async () => {
    const { hearth, browser } = env;
    const owner = await hearth.signUp(`owner-${Date.now()}@example.org`); // the first account: the administrator too
    const co = await hearth.signUp(`co-${Date.now()}@example.org`);
    const ownerContext = await signedInContext(env, owner.cookie);
    const coContext = await signedInContext(env, co.cookie);
    ownerContext.setDefaultTimeout(15_000);
    coContext.setDefaultTimeout(15_000);

    const ownerPage = await ownerContext.newPage();
    await ownerPage.goto(`${hearth.url}/dashboard`);
    await ownerPage.getByRole("button", { name: "Start a session" }).first().click();
    await ownerPage.waitForURL(/\/console\//);
    const sessionId = ownerPage.url().split("/console/")[1]!;
    await ownerPage.getByRole("button", { name: "Invite a co-facilitator" }).click();
    const link = await ownerPage.getByLabel(/One-time link/).inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await screenshot(ownerPage, "cofac-owner-console-invited");
    expect(await accessibilityViolations(ownerPage)).toEqual([]);

    // the co-facilitator opens the link in their own browser (the link names Hearth's public address)
    const coPage = await coContext.newPage();
    await coPage.goto(link.replace(hearth.publicUrl, hearth.url));
    await coPage.getByRole("heading", { name: /Co-facilitate/ }).waitFor();
    expect(await accessibilityViolations(coPage)).toEqual([]);
    await screenshot(coPage, "cofac-invitation-laptop");
    for (const [width, name] of [
      [360, "cofac-invitation-phone-360"],
      [320, "cofac-invitation-phone-320"],
    ] as const) {
      const phoneView = await (await browser.newContext({ ...PHONE, viewport: { width, height: 740 } })).newPage();
      await phoneView.context().addCookies(co.cookie.split("; ").map((pair) => ({ name: pair.split("=")[0]!, value: pair.split("=").slice(1).join("="), url: hearth.url })));
      await phoneView.goto(link.replace(hearth.publicUrl, hearth.url));
      await phoneView.getByRole("heading", { name: /Co-facilitate/ }).waitFor();
      expect(await phoneView.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scrolling at ${width} px`).toBe(true);
      await screenshot(phoneView, name);
      await phoneView.context().close();
    }
    await coPage.getByRole("button", { name: "Accept and open the console" }).click();
    await coPage.waitForURL(new RegExp(`/console/${sessionId}$`));
    await coPage.getByRole("heading", { name: "Facilitators" }).waitFor();
    await expect.poll(() => coPage.getByRole("button", { name: "Invite a co-facilitator" }).count()).toBe(0); // owner-only

    // three phones join (moderation shows answers once k = 3 exist); the co-facilitator starts,
    // the owner moves to the open-text step and opens it
    const code = (await ownerPage.locator("[aria-label^='Join code']").first().textContent())!.replace(/\s/g, "");
    const phones = [];
    for (let i = 0; i < 3; i++) {
      const phone = await (await browser.newContext(PHONE)).newPage();
      await phone.goto(`${hearth.url}/j/${code}`);
      await phone.getByRole("button", { name: /continue/i }).click();
      phones.push(phone);
    }
    await coPage.getByRole("button", { name: "Start the session" }).click();
    const steps = (page: typeof ownerPage) => page.getByRole("navigation", { name: "Steps" }).getByRole("button");
    const openTextStep = steps(ownerPage).filter({ hasText: "Open text" }).first();
    await openTextStep.click();
    const coOpenText = steps(coPage).filter({ hasText: "Open text" }).first();
    await expect.poll(() => coOpenText.getAttribute("aria-current")).toBe("step"); // the co-facilitator's console followed
    await ownerPage.getByRole("button", { name: /^Open responses$/ }).click();
    const question = (await coPage.locator("#prompt-title").textContent())!;
    for (const [i, phone] of phones.entries()) {
      await phone.getByText(question).first().waitFor();
      await phone
        .locator("textarea")
        .first()
        .fill(`Being asked made it easier (${i + 1})`);
      await phone.getByRole("button", { name: "Send answer" }).click();
      await phone.getByText("Saved ✓").waitFor();
    }
    // the co-facilitator moderates; the owner sees the decision
    await coPage.getByRole("button", { name: "Approve all waiting" }).click();
    await ownerPage.getByText("Approved").first().waitFor();
    // the co-facilitator steps on; the owner's console follows
    await coPage.keyboard.press("ArrowRight");
    await expect.poll(async () => (await openTextStep.getAttribute("aria-current")) !== "step").toBe(true);
    await screenshot(coPage, "cofac-co-console-laptop");
    expect(await accessibilityViolations(coPage)).toEqual([]);
    await coPage.setViewportSize(PROJECTOR.viewport);
    await screenshot(coPage, "cofac-co-console-1920");
    await coPage.setViewportSize({ width: 1366, height: 768 });

    // the owner removes the co-facilitator: their console stops within seconds
    ownerPage.on("dialog", (dialog) => void dialog.accept());
    // the owner's list refreshes every 10 s (the co-facilitator accepted in another browser)
    await ownerPage.getByRole("button", { name: /^Remove/ }).click({ timeout: 20_000 });
    await coPage.getByRole("heading", { name: "Console unavailable" }).waitFor({ timeout: 5000 });
    await coPage.getByText(/removed you as a co-facilitator/).waitFor();
    await screenshot(coPage, "cofac-co-console-revoked");
    expect(await accessibilityViolations(coPage)).toEqual([]);
    await expect.poll(() => ownerPage.getByText("(co-facilitator)").count()).toBe(0);

    // the owner's summary has the audit trail; the administrator's page
    await ownerPage.goto(`${hearth.url}/summary/${sessionId}`);
    await ownerPage.getByRole("heading", { name: "Audit trail" }).waitFor();
    await ownerPage.getByText(/joined as co-facilitator/).waitFor();
    expect(await accessibilityViolations(ownerPage)).toEqual([]);
    await screenshot(ownerPage, "cofac-summary-audit");
    await ownerPage.goto(`${hearth.url}/admin`);
    await ownerPage.getByRole("heading", { name: "Accounts" }).waitFor();
    await ownerPage.getByRole("button", { name: "Make a sign-up link" }).click();
    await ownerPage.getByLabel(/One-time link/).waitFor();
    expect(await accessibilityViolations(ownerPage)).toEqual([]);
    await screenshot(ownerPage, "cofac-admin-laptop");
    await ownerPage.setViewportSize({ width: 360, height: 740 });
    await screenshot(ownerPage, "cofac-admin-360");
    await ownerContext.close();
    await coContext.close();
  });
});
