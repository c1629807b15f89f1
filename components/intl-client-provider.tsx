"use client";
// The browser's side of a page's language: use-intl's provider with the
// messages the page's server component loaded (components/page-intl.tsx),
// and the language the content (the template's text) is written in.
import { createContext, useContext, type ReactNode } from "react";
import { IntlProvider, type AbstractIntlMessages } from "use-intl";
import type { Locale, PageLocale } from "../lib/i18n/locales";

const ContentLocaleContext = createContext<Locale | null>(null);

/** The language the session's content is written in, as the page was served (null outside a session). */
export function useContentLocale(): Locale | null {
  return useContext(ContentLocaleContext);
}

export function IntlClientProvider(props: { locale: PageLocale; contentLocale: Locale | null; messages: AbstractIntlMessages; children: ReactNode }) {
  return (
    <IntlProvider
      locale={props.locale}
      messages={props.messages}
      // dates and times are the viewer's own: their browser's time zone
      timeZone={typeof window === "undefined" ? undefined : Intl.DateTimeFormat().resolvedOptions().timeZone}
      onError={(error) => {
        // the time zone is the browser's on purpose (above); anything else is a bug worth seeing
        if (error.code !== "ENVIRONMENT_FALLBACK") console.error(error);
      }}
    >
      <ContentLocaleContext.Provider value={props.contentLocale}>{props.children}</ContentLocaleContext.Provider>
    </IntlProvider>
  );
}
