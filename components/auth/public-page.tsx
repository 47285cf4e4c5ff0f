import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageButtons } from "@/components/shell/language-buttons";

/** A page before signing in (asking for a reset link, choosing a password): name, language, card. */
export async function PublicPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const t = await getTranslations();
  return (
    <div className="min-h-dvh">
      <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
        <div className="flex justify-end">
          <LanguageButtons />
        </div>
        <main id="main" className="space-y-6">
          <header className="space-y-1">
            <p className="text-base font-semibold text-accent-strong">{t("app.name")}</p>
            <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
            {intro ? <p className="text-muted">{intro}</p> : null}
          </header>
          {children}
        </main>
      </div>
    </div>
  );
}
