import { BookOpen } from "lucide-react";
import { TokenCreateForm } from "@/components/api/token-create-form";
import { TokenList } from "@/components/api/token-list";
import { LinkButton } from "@/components/page/link-button";
import { PageFrame } from "@/components/page/page-frame";
import { SectionCard } from "@/components/page/section-card";
import { listOwnTokens } from "@/lib/api/queries";
import { requireViewer } from "@/lib/auth/session";
import { openPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("apiTokens.title");

/** The user's personal access tokens for the API: create (shown once), list, revoke. */
export default async function TokensPage() {
  const { access: viewer, t, db } = await openPage(requireViewer());
  const tokens = await listOwnTokens(db, viewer.user.id);
  return (
    <PageFrame
      viewer={viewer}
      messages={["apiTokens", "validation", "errors", "forms"]}
      className="mx-auto max-w-3xl space-y-6"
      header={{
        back: { href: "/profile", label: t("profile.title") },
        title: t("apiTokens.title"),
        description: t("apiTokens.intro"),
        children: (
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            <LinkButton href="/api-reference" icon={BookOpen} variant="secondary">
              {t("apiTokens.referenceLink")}
            </LinkButton>
            <span className="text-sm text-muted">{t("apiTokens.referenceHint")}</span>
          </div>
        ),
      }}
    >
      <SectionCard
        id="token-create"
        heading={t("apiTokens.create.heading")}
        className="print:hidden"
      >
        <TokenCreateForm />
      </SectionCard>
      <SectionCard id="token-list" heading={t("apiTokens.list.heading")}>
        <TokenList tokens={tokens} now={new Date().toISOString()} />
      </SectionCard>
    </PageFrame>
  );
}
