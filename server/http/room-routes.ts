// What a participant's phone fetches over HTTP (everything else reaches it
// over its socket):
//
//   GET /api/room/:sessionId/steps/:stepId/picture   Authorization: Participant <token>
//       → the step's picture, phone-sized, while the session runs and the
//         step is current or passed (no token: 401; anything else: 404)
import type { Env, Hono, Schema } from "hono";
import type { ApiDeps } from "./deps";

export function registerRoomRoutes<E extends Env, S extends Schema, B extends string>(app: Hono<E, S, B>, deps: ApiDeps) {
  const pictures = deps.roomPictures;

  app.get("/room/:sessionId/steps/:stepId/picture", async (c) => {
    const token = /^Participant (\S+)$/.exec(c.req.header("authorization") ?? "")?.[1];
    const picture = await pictures.forParticipant(token, c.req.param("sessionId") ?? "", c.req.param("stepId") ?? "");
    return new Response(new Uint8Array(picture.data), {
      headers: {
        "Content-Type": picture.mime,
        "Content-Length": String(picture.data.byteLength),
        // a session's picture never changes; only this phone's own cache keeps it
        "Cache-Control": "private, max-age=86400",
        Vary: "Authorization",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  });
}
