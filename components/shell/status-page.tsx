import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/** Full-page message for 403, 404 and similar: translated, with a way back. */
export async function StatusPage({
  code,
  title,
  body,
}: {
  code: number;
  title: string;
  body: string;
}) {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center gap-4 px-4 py-16">
      <p className="font-mono text-sm text-muted">{code}</p>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-muted">{body}</p>
      <p>
        <Link href="/" className={buttonClasses("secondary")}>
          {t("backHome")}
        </Link>
      </p>
    </main>
  );
}
