import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { localeDirection } from "../lib/i18n/locales";
import { pageTranslator } from "../server/i18n/page-translator";
import { requestLocales } from "../server/i18n/request-locale";
import "./globals.css";
import { Providers } from "./providers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("description") };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf7f2" },
    { media: "(prefers-color-scheme: dark)", color: "#1b1714" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // the language the custom server chose for this page (server/i18n/page-locale.ts)
  const { locale } = await requestLocales();
  const t = await pageTranslator("common");
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
