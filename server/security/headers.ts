// Security headers for pages (set in server/app.ts before Next.js renders)
// and for the JSON API (set by ./http.ts after each response).
//
// Content-Security-Policy, the choice made:
// - script-src 'self' 'unsafe-inline': Next.js's App Router streams the page's
//   data in inline <script> tags. The alternative is a per-request nonce,
//   which makes every page dynamic (no static pre-rendering) and needs the
//   nonce threaded through Next's request handling. Hearth takes
//   'unsafe-inline' instead, and relies on what makes inline injection moot:
//   React renders every piece of user-supplied text (answers, words, template
//   Markdown) as text, never as HTML — no dangerouslySetInnerHTML, no raw HTML
//   in Markdown (tests/integration/security-input.test.ts checks the source for it).
//   The policy still forbids eval ('unsafe-eval' only under `npm run dev`,
//   for React's development tooling), scripts from any other origin, plugins,
//   <base> hijacking, form posts elsewhere, and being framed.
// - style-src 'self' 'unsafe-inline': components use style attributes.
// - connect-src 'self' plus the ws(s):// forms of the allowed origins (older
//   browsers do not match WebSockets with 'self').
export type PagePolicyOptions = {
  /** `npm run dev`: React's development build needs eval */
  dev: boolean;
  /** the origins pages are served from (PUBLIC_URL, localhost, LAN addresses) */
  origins: string[];
  /** served over HTTPS (PUBLIC_URL starts with https://) */
  https: boolean;
};

export function contentSecurityPolicy(options: PagePolicyOptions): string {
  // (CSP has no syntax for IPv6 literals such as [::1]: 'self' covers those)
  const sockets = options.origins.filter((o) => !o.includes("[")).map((o) => o.replace(/^http/, "ws"));
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", "'unsafe-inline'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...sockets],
    ["media-src", "'self'"],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["frame-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (options.https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Headers for every page and static file. */
export function pageSecurityHeaders(options: PagePolicyOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    // join links carry the session's code: never leak them to other sites
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** Headers for every /api response (JSON, the QR code SVG). */
export function apiSecurityHeaders(https: boolean): Record<string, string> {
  return {
    // an API response is data (JSON, an SVG, an export file), never an app:
    // nothing in it may run, load from elsewhere or be framed (inline styles
    // and own images stay allowed so an HTML export opened inline still reads well)
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
