// A participant page's first screen (lib/participant-first-screen.ts) as the custom server handed it
// to Next (server/pages/participant-first-screen.ts decides it). Next's server components only:
// app/s/[code]/page.tsx.
import { headers } from "next/headers";
import { decodeFirstScreen, type FirstScreen } from "../../lib/participant-first-screen";
import { FIRST_SCREEN_HEADER } from "./first-screen-header";

export async function requestFirstScreen(): Promise<FirstScreen | null> {
  return decodeFirstScreen((await headers()).get(FIRST_SCREEN_HEADER));
}
