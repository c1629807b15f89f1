// Reads a locale's messages for the namespaces a page needs (a phone gets the
// participant's few, not the editor's many). Server-side only: the pages hand
// the result to the browser's provider (components/intl-client-provider.tsx),
// and the exports read theirs the same way.
import { messagesLocale, type PageLocale } from "../../lib/i18n/locales";
import type { Messages, Namespace } from "../../lib/i18n/messages";

export async function loadMessages<N extends Namespace>(locale: PageLocale, namespaces: readonly N[]): Promise<Pick<Messages, N>> {
  const folder = messagesLocale(locale);
  const entries = await Promise.all(
    [...new Set(namespaces)].map(async (namespace) => {
      const module = (await import(`../../messages/${folder}/${namespace}.json`)) as { default: unknown };
      return [namespace, module.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Pick<Messages, N>;
}
