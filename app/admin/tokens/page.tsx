import { TokenList } from "@/components/api/token-list";
import { PageFrame } from "@/components/page/page-frame";
import { listAllTokens } from "@/lib/api/queries";
import { requireAdmin } from "@/lib/auth/access";
import { openPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("apiTokens.admin.title");

/** Every user's API tokens, for administrators: who has which, when it was last used, revoke. */
export default async function AdminTokensPage() {
  const { t, db } = await openPage(requireAdmin(), "apiTokens");
  const tokens = await listAllTokens(db);
  return (
    <PageFrame
      className="mx-auto max-w-4xl space-y-6"
      messages={["apiTokens", "forms"]}
      header={{ title: t("admin.title"), description: t("admin.intro") }}
    >
      <section
        aria-label={t("admin.title")}
        className="rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
      >
        <TokenList tokens={tokens} now={new Date().toISOString()} admin />
      </section>
    </PageFrame>
  );
}
