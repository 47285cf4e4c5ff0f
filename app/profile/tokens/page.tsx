import { BookOpen } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TokenCreateForm } from "@/components/api/token-create-form";
import { TokenList } from "@/components/api/token-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listOwnTokens } from "@/lib/api/queries";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

/** The user's personal access tokens for the API: create (shown once), list, revoke. */
export default async function TokensPage() {
  const viewer = await requireViewer();
  const [t, tokens] = await Promise.all([
    getTranslations(),
    listOwnTokens(getDb(), viewer.user.id),
  ]);
  const card = "space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5";
  return (
    <AppShell viewer={viewer}>
      <ClientMessages namespaces={["apiTokens", "validation", "errors", "forms"]}>
        <div className="mx-auto max-w-3xl space-y-6">
          <PageHeader
            back={{ href: "/profile", label: t("profile.title") }}
            title={t("apiTokens.title")}
            description={t("apiTokens.intro")}
          >
            <div className="flex flex-wrap items-center gap-3 print:hidden">
              <Link href="/api-reference" className={buttonClasses("secondary")}>
                <BookOpen aria-hidden className="size-4" />
                {t("apiTokens.referenceLink")}
              </Link>
              <span className="text-sm text-muted">{t("apiTokens.referenceHint")}</span>
            </div>
          </PageHeader>
          <section aria-labelledby="token-create" className={`${card} print:hidden`}>
            <h2 id="token-create" className="text-base font-semibold">
              {t("apiTokens.create.heading")}
            </h2>
            <TokenCreateForm />
          </section>
          <section aria-labelledby="token-list" className={card}>
            <h2 id="token-list" className="text-base font-semibold">
              {t("apiTokens.list.heading")}
            </h2>
            <TokenList tokens={tokens} now={new Date().toISOString()} />
          </section>
        </div>
      </ClientMessages>
    </AppShell>
  );
}
