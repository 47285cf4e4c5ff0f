import { FileJson } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/api/api-reference";
import { AppShell } from "@/components/shell/app-shell";
import { PageHeader } from "@/components/ui/page-header";
import { API_BASE } from "@/lib/api/rules";
import { requireViewer } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens.reference"))("title") };
}

/** The API reference: the OpenAPI document rendered in the app (Scalar, bundled; nothing external). */
export default async function ApiReferencePage() {
  const viewer = await requireViewer();
  const t = await getTranslations("apiTokens.reference");
  const document = `${API_BASE}/openapi.json`;
  return (
    <AppShell viewer={viewer}>
      <div className="space-y-4">
        <div className="mx-auto max-w-5xl">
          <PageHeader
            back={{ href: "/profile/tokens", label: t("back") }}
            title={t("title")}
            description={t("intro")}
          >
            <a
              href={document}
              className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
            >
              <FileJson aria-hidden className="size-4" />
              {t("document")}
            </a>
          </PageHeader>
        </div>
        <div lang="en" className="rounded-lg border border-line bg-surface">
          <ApiReference url={document} />
        </div>
      </div>
    </AppShell>
  );
}
