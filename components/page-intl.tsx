// A page's messages: each page's server component wraps its client tree in
// <PageIntl namespaces={[…]}> with the namespaces it uses, so a phone loads
// the participant's messages in its one language and nothing else.
import type { ReactNode } from "react";
import type { AbstractIntlMessages } from "use-intl";
import type { Namespace } from "../lib/i18n/messages";
import { loadMessages } from "../server/i18n/load-messages";
import { requestLocales } from "../server/i18n/request-locale";
import { IntlClientProvider } from "./intl-client-provider";

export async function PageIntl({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const { locale, contentLocale } = await requestLocales();
  const messages = await loadMessages(locale, ["common", ...namespaces]);
  return (
    <IntlClientProvider locale={locale} contentLocale={contentLocale} messages={messages as unknown as AbstractIntlMessages}>
      {children}
    </IntlClientProvider>
  );
}
