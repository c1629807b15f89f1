// The request header that carries a participant page's first screen (lib/participant-first-screen.ts)
// from the custom server (server/app.ts, server/pages/participant-first-screen.ts) to the page
// (server/pages/request-first-screen.ts). Never a browser's own: server/app.ts deletes any it sent.
export const FIRST_SCREEN_HEADER = "x-hearth-first-screen";
