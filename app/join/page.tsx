import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "../../components/join-form";
import { LanguageSwitch } from "../../components/language-switch";
import { PageIntl } from "../../components/page-intl";
import { pageTranslator } from "../../server/i18n/page-translator";
import styles from "../home.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("join");
  return { title: t("pageTitle") };
}

type Props = { searchParams: Promise<{ [key: string]: string | string[] | undefined }> };

export default async function JoinPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = Array.isArray(params.code) ? params.code[0] : params.code;
  const code = (raw ?? "").slice(0, 20);
  const t = await pageTranslator("join");
  return (
    <PageIntl namespaces={["join"]}>
      <main id="main" className={styles.main}>
        <div className={styles.inner}>
          <p className={styles.brand}>
            <Link href="/">Hearth</Link>
          </p>
          <h1 className={styles.title}>{t("heading")}</h1>
          <p className={styles.lead}>{t("lead")}</p>
          <div className={`card ${styles.card}`}>
            <JoinForm initialCode={code} checkInitial={code !== ""} autoFocus={code === ""} />
          </div>
          <LanguageSwitch fallback={{ kind: "browser" }} />
        </div>
      </main>
    </PageIntl>
  );
}
