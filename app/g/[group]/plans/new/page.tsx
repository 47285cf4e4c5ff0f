import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageFrame } from "@/components/page/page-frame";
import { NewPlanForm } from "@/components/plans/new-plan-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireGroupAccess } from "@/lib/auth/access";
import { todayIso } from "@/lib/clock";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { draftingContext } from "@/lib/plans/queries";
import { defaultPeriod } from "@/lib/plans/rules";

export const generateMetadata = pageTitle("plans.new.title");

export default async function NewPlanPage({ params }: Pick<GroupPageProps, "params">) {
  const { groupPath, group, t, db } = await groupPage(
    params,
    (s) => requireGroupAccess(s, "plan.manage"),
    "plans.new",
  );
  const context = await draftingContext(db, group.id);
  const basePath = `${groupPath}/plans`;
  const period = defaultPeriod(context.current?.periodEnd ?? null, Number(todayIso().slice(0, 4)));
  return (
    <PageFrame className="max-w-2xl" header={{ title: t("title"), description: t("intro") }}>
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
    </PageFrame>
  );
}
