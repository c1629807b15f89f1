import type { Metadata } from "next";
import { AuthForm } from "../../components/auth-form";
import { PageIntl } from "../../components/page-intl";
import { pageTranslator } from "../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("auth");
  return { title: t("signInTitle") };
}

export default function SignInPage() {
  return (
    <PageIntl namespaces={["auth"]}>
      <AuthForm mode="signin" />
    </PageIntl>
  );
}
