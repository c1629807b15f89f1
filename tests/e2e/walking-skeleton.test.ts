// The core loop in real browsers: a facilitator signs up and starts the
// built-in session; a participant on a phone joins with the code; the
// facilitator moves on and the phone follows.
import { describe, expect, it } from "vitest";
import { accessibilityViolations, LAPTOP, PHONE, PROJECTOR, screenshot } from "../helpers/browser";
import { chromiumPath, useHearthAndBrowser } from "../helpers/e2e";

describe.skipIf(!chromiumPath)("walking skeleton in Chromium", () => {
  const env = useHearthAndBrowser();

  it("signs up, starts a session, and a phone follows the facilitator's step", async () => {
    const { hearth, browser } = env;
    const base = hearth.url;
    const facilitator = await browser.newContext(LAPTOP);
    const console_ = await facilitator.newPage();
    await console_.goto(`${base}/signin`);
    // a fresh install sends the first facilitator to sign-up
    await console_.waitForURL(/\/signup$/);
    await console_.getByLabel(/name/i).fill("Sam");
    await console_.getByLabel("E-mail").fill("sam@example.org");
    await console_.getByLabel("Password").fill("a long enough password");
    await console_.getByRole("button", { name: "Create account" }).click();
    await console_.waitForURL(/\/dashboard$/);
    expect(await accessibilityViolations(console_)).toEqual([]);
    await console_.getByRole("button", { name: "Start a session" }).first().click();
    await console_.waitForURL(/\/console\//);
    const code = (await console_.locator("[aria-label^='Join code']").first().textContent())!.replace(/\s/g, "");
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    expect(await accessibilityViolations(console_)).toEqual([]);

    const projector = await facilitator.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(console_.url().replace("/console/", "/screen/"));
    await projector.getByText(/people have joined|person has joined/).waitFor();

    const phoneContext = await browser.newContext(PHONE);
    const phone = await phoneContext.newPage();
    await phone.goto(`${base}/join`);
    await phone.getByLabel(/code/i).first().fill(code.toLowerCase());
    await phone.getByRole("button", { name: /join/i }).click();
    await phone.waitForURL(new RegExp(`/s/${code}`));
    await phone.getByRole("button", { name: /continue/i }).click();
    await phone.getByText(/you're in/i).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await console_.getByText(/1\s*participant joined/).waitFor();
    await projector.getByText(/1 person has joined/).waitFor();
    await screenshot(projector, "skeleton-projector-lobby");

    await console_.getByRole("button", { name: "Start the session" }).click();
    const firstTitle = (await console_.locator("#step-title").textContent())!;
    await phone.getByRole("heading", { name: firstTitle }).waitFor();
    await console_.keyboard.press("ArrowRight");
    const secondTitle = await console_.locator("#step-title").filter({ hasNotText: firstTitle }).textContent();
    await phone.getByRole("heading", { name: secondTitle! }).waitFor();
    await projector.getByRole("heading", { name: secondTitle! }).waitFor();

    await screenshot(console_, "skeleton-console");
    await screenshot(phone, "skeleton-phone");
    await screenshot(projector, "skeleton-projector");
    expect(await accessibilityViolations(phone)).toEqual([]);
    expect(await accessibilityViolations(projector)).toEqual([]);
  });
});
