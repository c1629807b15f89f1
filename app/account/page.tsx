import type { Metadata } from "next";
import { AccountSettings } from "../../components/account-settings";
import { PageIntl } from "../../components/page-intl";
import { pageTranslator } from "../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("account");
  return { title: t("title") };
}

export default function AccountPage() {
  return (
    <PageIntl namespaces={["account"]}>
      <AccountSettings />
    </PageIntl>
  );
}
