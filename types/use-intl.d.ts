// Type-checked messages: t("key") must name a key of the English messages,
// with the arguments its ICU message uses (use-intl's AppConfig).
import type { PageLocale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";

declare module "use-intl" {
  interface AppConfig {
    Locale: PageLocale;
    Messages: Messages;
  }
}
