// t() for a page's server component (its title, its metadata), in the page's
// language. Client components use useTranslations() instead.
import { createTranslator } from "use-intl/core";
import type { Messages, Namespace } from "../../lib/i18n/messages";
import { loadMessages } from "./load-messages";
import { requestLocales } from "./request-locale";

export async function pageTranslator<N extends Namespace>(namespace: N) {
  const { locale } = await requestLocales();
  // only this namespace is loaded; the translator reads no other
  const messages = (await loadMessages(locale, [namespace])) as Messages;
  return createTranslator({ locale, messages, namespace });
}
