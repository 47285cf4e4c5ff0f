import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenList } from "@/components/api/token-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { listAllTokens } from "@/lib/api/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens.admin"))("title") };
}

/** Every user's API tokens, for administrators: who has which, when it was last used, revoke. */
export default async function AdminTokensPage() {
  await requireAdmin();
  const [t, tokens] = await Promise.all([getTranslations("apiTokens"), listAllTokens(getDb())]);
  return (
    <ClientMessages namespaces={["apiTokens", "forms"]}>
      <div className="mx-auto max-w-4xl space-y-6">
        <PageHeader title={t("admin.title")} description={t("admin.intro")} />
        <section
          aria-label={t("admin.title")}
          className="rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
        >
          <TokenList tokens={tokens} now={new Date().toISOString()} admin />
        </section>
      </div>
    </ClientMessages>
  );
}
