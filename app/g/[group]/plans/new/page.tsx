import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewPlanForm } from "@/components/plans/new-plan-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { todayIso } from "@/lib/clock";
import { draftingContext } from "@/lib/plans/queries";
import { defaultPeriod } from "@/lib/plans/rules";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.new"))("title") };
}

export default async function NewPlanPage({ params }: { params: Promise<{ group: string }> }) {
  const { group: slug } = await params;
  const { group } = await requireGroupAccess(slug, "plan.manage");
  const [t, context] = await Promise.all([
    getTranslations("plans.new"),
    draftingContext(getDb(), group.id),
  ]);
  const basePath = `/g/${slug}/plans`;
  const period = defaultPeriod(context.current?.periodEnd ?? null, Number(todayIso().slice(0, 4)));
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("title")} description={t("intro")} />
      {context.draft ? (
        <Alert tone="info" title={t("draftExistsTitle", { number: context.draft.number })}>
          <p>{t("draftExists")}</p>
          <Link
            href={`${basePath}/${context.draft.number}`}
            className="font-medium text-accent-strong underline"
          >
            {t("openDraft", { number: context.draft.number })}
          </Link>
        </Alert>
      ) : (
        <Card>
          <ClientMessages namespaces={["plans", "errors", "validation"]}>
            <NewPlanForm
              groupId={group.id}
              start={period.start}
              end={period.end}
              current={context.current?.number ?? null}
              unfinished={context.unfinished}
              cancelHref={basePath}
            />
          </ClientMessages>
        </Card>
      )}
    </div>
  );
}
