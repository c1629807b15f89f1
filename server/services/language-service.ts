// Which language a page is shown in starts here: a session's language (for
// the phones and the projector) and a facilitator's own choice (for their
// pages). server/i18n/page-locale.ts combines them with the device's choice
// and the browser's Accept-Language.
import { isLocale, type Locale } from "../../lib/i18n/locales";
import type { Repositories } from "../repositories";

export function createLanguageService(options: { repositories: Pick<Repositories, "sessions" | "facilitators"> }) {
  const { sessions, facilitators } = options.repositories;
  return {
    /** The session's language, or null when there is no such session. */
    async sessionLanguage(where: { id: string } | { joinCode: string }): Promise<Locale | null> {
      const language = await sessions.languageOf(where);
      return isLocale(language) ? language : null;
    },
    /** The language a facilitator chose for their pages, or null to follow their browser. */
    async accountLocale(facilitatorId: string): Promise<Locale | null> {
      const locale = await facilitators.locale(facilitatorId);
      return isLocale(locale) ? locale : null;
    },
    async setAccountLocale(facilitatorId: string, locale: Locale | null): Promise<void> {
      await facilitators.setLocale(facilitatorId, locale);
    },
  };
}

export type LanguageService = ReturnType<typeof createLanguageService>;
