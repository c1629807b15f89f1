import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "../../components/join-form";
import styles from "../home.module.css";

export const metadata: Metadata = { title: "Join a session" };

type Props = { searchParams: Promise<{ [key: string]: string | string[] | undefined }> };

export default async function JoinPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = Array.isArray(params.code) ? params.code[0] : params.code;
  const code = (raw ?? "").slice(0, 20);
  return (
    <main id="main" className={styles.main}>
      <div className={styles.inner}>
        <p className={styles.brand}>
          <Link href="/">Hearth</Link>
        </p>
        <h1 className={styles.title}>Join a session</h1>
        <p className={styles.lead}>Type the code you see on the screen. No name or account needed.</p>
        <div className={`card ${styles.card}`}>
          <JoinForm initialCode={code} checkInitial={code !== ""} autoFocus={code === ""} />
        </div>
      </div>
    </main>
  );
}
