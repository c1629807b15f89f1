// Teams in real browsers: a facilitator creates a team and invites a second
// one, who accepts the link in another browser context; the owner shares a
// template with the team from the dashboard; the member runs it; the owner
// sees the session among the team's sessions with its audit trail. axe on
// every page; screenshots in test-results/e2e/ (laptop and 360 px phone).
import { describe, expect, it } from "vitest";
import { accessibilityViolations, PHONE, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

describe.skipIf(!chromiumPath)("teams in Chromium", () => {
  const env = useHearthAndBrowser();

  /** The page as a phone (360 px unless said) signed in with `cookie`: screenshot, no sideways scrolling, axe. */
  async function onPhone(cookie: string, url: string, ready: (page: Page) => Promise<unknown>, name: string, width = 360) {
    const context = await signedInContext(env, cookie, { ...PHONE, viewport: { width, height: 740 } });
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scrolling at ${width} px: ${name}`).toBe(true);
    expect(await accessibilityViolations(page), name).toEqual([]);
    await screenshot(page, name);
    await context.close();
  }

  it("creates a team, invites, the invited facilitator joins in another browser, a shared template is run by the member", { timeout: 240_000 }, async () => {
    const { hearth } = env;
    const owner = await hearth.signUp(`team-owner-${Date.now()}@example.org`);
    const member = await hearth.signUp(`team-member-${Date.now()}@example.org`);
    const ownerContext = await signedInContext(env, owner.cookie);
    const memberContext = await signedInContext(env, member.cookie);
    ownerContext.setDefaultTimeout(15_000);
    memberContext.setDefaultTimeout(15_000);

    // the owner creates the team and makes a link for the member's address
    const ownerPage = await ownerContext.newPage();
    await ownerPage.goto(`${hearth.url}/dashboard`);
    await ownerPage.getByRole("heading", { name: "Working on your own" }).waitFor();
    await ownerPage.getByRole("link", { name: "Create a team" }).click();
    await ownerPage.waitForURL(/\/teams$/);
    await ownerPage.getByLabel("Team name").fill("Thursday circle");
    await ownerPage.getByRole("button", { name: "Create the team" }).click();
    await ownerPage.getByRole("heading", { name: "Thursday circle: members" }).waitFor();
    await ownerPage.getByLabel(/Their e-mail/).fill(member.email);
    await ownerPage.getByLabel("Role").selectOption("member");
    await ownerPage.getByRole("button", { name: "Make an invitation link" }).click();
    const link = await ownerPage.getByLabel(/One-time link for/).inputValue();
    expect(link).toMatch(/\/team-invite\/[A-Za-z0-9_-]{43}$/);
    expect(await accessibilityViolations(ownerPage)).toEqual([]);
    await screenshot(ownerPage, "teams-owner-invited-laptop");
    await onPhone(owner.cookie, `${hearth.url}/teams`, (p) => p.getByRole("heading", { name: "Thursday circle: members" }).waitFor(), "teams-owner-phone-360");
    await onPhone(owner.cookie, `${hearth.url}/teams`, (p) => p.getByRole("heading", { name: "Thursday circle: members" }).waitFor(), "teams-owner-phone-320", 320);

    // the member opens the link in their own browser and joins
    const memberPage = await memberContext.newPage();
    const localLink = link.replace(hearth.publicUrl, hearth.url);
    await memberPage.goto(localLink);
    await memberPage.getByRole("heading", { name: "Join the team “Thursday circle”" }).waitFor();
    expect(await accessibilityViolations(memberPage)).toEqual([]);
    await screenshot(memberPage, "teams-invitation-laptop");
    await onPhone(member.cookie, localLink, (p) => p.getByRole("heading", { name: /Join the team/ }).waitFor(), "teams-invitation-phone-360");
    await onPhone(member.cookie, localLink, (p) => p.getByRole("heading", { name: /Join the team/ }).waitFor(), "teams-invitation-phone-320", 320);
    await memberPage.getByRole("button", { name: "Join Thursday circle" }).click();
    await memberPage.waitForURL(/\/teams$/);
    await memberPage.getByRole("heading", { name: "Thursday circle: members" }).waitFor();
    await expect.poll(() => memberPage.getByRole("button", { name: "Make an invitation link" }).count()).toBe(0); // a member does not invite
    expect(await memberPage.getByText(/\(member, you\)/).count()).toBe(1);
    // the link is used up: opening it again says so
    const again = await memberContext.newPage();
    await again.goto(localLink);
    await again.getByRole("heading", { name: "This invitation can't be used" }).waitFor();
    await again.getByText(/already been used/).waitFor();
    await again.close();

    // the owner shares a template of theirs with the team from the dashboard
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "Grounding together" } });
    expect(created.status).toBe(201);
    await ownerPage.goto(`${hearth.url}/dashboard`);
    await ownerPage.getByRole("heading", { name: "Team: Thursday circle" }).waitFor();
    await ownerPage.getByRole("button", { name: "Share “Grounding together” with Thursday circle" }).click();
    await ownerPage.getByText("Shared with Thursday circle by you").waitFor();
    expect(await accessibilityViolations(ownerPage)).toEqual([]);
    await screenshot(ownerPage, "teams-dashboard-shared-laptop");
    await onPhone(owner.cookie, `${hearth.url}/dashboard`, (p) => p.getByText("Shared with Thursday circle by you").waitFor(), "teams-dashboard-phone-360");

    // the member sees it on their dashboard (their current team) and runs it
    await memberPage.goto(`${hearth.url}/dashboard`);
    await memberPage.getByRole("heading", { name: "Team: Thursday circle" }).waitFor();
    await memberPage.getByText("Shared with Thursday circle", { exact: true }).waitFor();
    expect(await memberPage.getByRole("button", { name: /Share with|Stop sharing/ }).count()).toBe(0); // not theirs to share
    expect(await accessibilityViolations(memberPage)).toEqual([]);
    await screenshot(memberPage, "teams-member-dashboard-laptop");
    await memberPage.getByRole("button", { name: "Start a session from “Grounding together”" }).click();
    await memberPage.waitForURL(/\/console\//);
    const sessionId = memberPage.url().split("/console/")[1]!;
    await memberPage.getByRole("button", { name: "Start the session" }).click();

    // switching to "Just me" hides the team's template from the member's list
    await memberPage.goto(`${hearth.url}/dashboard`);
    await memberPage.getByLabel("Current team").selectOption("");
    await memberPage.getByRole("heading", { name: "Working on your own" }).waitFor();
    await expect.poll(() => memberPage.getByRole("button", { name: "Start a session from “Grounding together”" }).count()).toBe(0);

    // the owner sees the session run for the team, and its audit trail
    await ownerPage.goto(`${hearth.url}/teams`);
    await ownerPage.getByRole("heading", { name: "Sessions run for Thursday circle" }).waitFor();
    await ownerPage.getByRole("button", { name: "Audit trail of Grounding together" }).click();
    await ownerPage.getByRole("heading", { name: "Audit trail" }).waitFor();
    await ownerPage.getByText(/started the session/).waitFor();
    expect(await accessibilityViolations(ownerPage)).toEqual([]);
    await screenshot(ownerPage, "teams-sessions-audit-laptop");
    expect((await hearth.fetchJson(`/api/sessions/${sessionId}/audit`, { cookie: owner.cookie })).status).toBe(200);

    // the owner's own session: they choose the member as co-facilitator in the console, no link
    await ownerPage.goto(`${hearth.url}/dashboard`);
    await ownerPage.getByRole("button", { name: "Start a session from “Grounding together”" }).click();
    await ownerPage.waitForURL(/\/console\//);
    const ownSession = ownerPage.url().split("/console/")[1]!;
    await ownerPage.getByLabel("Someone from your team").selectOption({ label: `Test Facilitator (${member.email})` });
    await ownerPage.getByRole("button", { name: "Add as co-facilitator" }).click();
    await ownerPage.getByText("(co-facilitator)").waitFor();
    expect(await accessibilityViolations(ownerPage)).toEqual([]);
    await screenshot(ownerPage, "teams-console-team-mate-laptop");
    await memberPage.goto(`${hearth.url}/console/${ownSession}`);
    await memberPage.getByRole("heading", { name: "Facilitators" }).waitFor();
    await memberPage.getByRole("button", { name: "Start the session" }).waitFor(); // they run it

    await ownerContext.close();
    await memberContext.close();
  });
});
