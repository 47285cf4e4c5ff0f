import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/shell/demo-banner";
import { LanguageButtons } from "@/components/shell/language-buttons";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/auth/form-actions";

/**
 * The bare page for an account step every other page leads to (no navigation: it would only
 * lead back here), with the language and a way to sign out.
 */
export async function AccountStepLayout({
  demo,
  children,
}: {
  demo: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations();
  return (
    <div className="min-h-dvh">
      {demo ? <DemoBanner /> : null}
      <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-10">
        <div className="flex items-center justify-between gap-3">
          <p className="text-base font-semibold text-accent-strong">{t("app.name")}</p>
          <div className="flex flex-wrap items-center justify-end gap-2">
            <LanguageButtons />
            <form action={signOutAction}>
              <Button type="submit" variant="ghost" size="sm">
                {t("auth.signOut")}
              </Button>
            </form>
          </div>
        </div>
        <main id="main" className="space-y-6">
          {children}
        </main>
      </div>
    </div>
  );
}
