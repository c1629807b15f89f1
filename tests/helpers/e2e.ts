// What every end-to-end suite needs: the real Hearth with its pages on port 0,
// a headless Chromium (tests/helpers/browser.ts), and a facilitator's browser
// already signed in with the cookie from a sign-up through the API.
import { afterAll, beforeAll } from "vitest";
import { findChromium, launchBrowser, LAPTOP, type Browser, type BrowserContext } from "./browser";
import { startTestHearth, type TestHearth } from "./hearth-server";

/** null when no Chromium is found: suites use describe.skipIf(!chromiumPath), which says so loudly. */
export const chromiumPath = findChromium();

export type E2E = { hearth: TestHearth; browser: Browser };

/**
 * Start Hearth and Chromium before the describe block's tests and stop them
 * after; the fields are set once beforeAll ran, so read them inside tests.
 */
export function useHearthAndBrowser(): E2E {
  const env = {} as E2E;
  beforeAll(async () => {
    [env.hearth, env.browser] = await Promise.all([startTestHearth({ pages: true }), launchBrowser(chromiumPath!)]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.hearth?.stop();
  });
  return env;
}

/** A laptop-sized browser context signed in as the facilitator whose cookie header this is. */
export async function signedInContext(env: E2E, cookie: string, options: Parameters<Browser["newContext"]>[0] = LAPTOP): Promise<BrowserContext> {
  const context = await env.browser.newContext(options);
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name!, value: value.join("="), url: env.hearth.url };
    }),
  );
  return context;
}
