import { ArrowRightLeft, Plus } from "lucide-react";
import { LinkButton } from "@/components/page/link-button";
import { ListPage } from "@/components/page/list-page";
import { PlanList } from "@/components/plans/plan-list";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { listPlans } from "@/lib/plans/queries";

export const generateMetadata = pageTitle("nav.plans");

export default async function PlansPage({ params }: Pick<GroupPageProps, "params">) {
  const { slug, user, group, role, t, locale, db } = await groupPage(params, (s) =>
    requireGroupAccess(s),
  );
  const plans = await listPlans(db, group.id);
  const basePath = `/g/${slug}/plans`;
  const actions = (
    <>
      <LinkButton
        shown={plans.length > 1}
        href={`${basePath}/compare`}
        icon={ArrowRightLeft}
        variant="secondary"
      >
        {t("plans.compare.open")}
      </LinkButton>
      <LinkButton shown={can(user, "plan.manage", { role })} href={`${basePath}/new`} icon={Plus}>
        {t("plans.newPlan")}
      </LinkButton>
    </>
  );
  return (
    <ListPage
      className="space-y-4"
      header={{ title: t("nav.plans"), description: t("plans.intro"), actions }}
      empty={plans.length ? null : t("plans.list.empty")}
    >
      <PlanList
        plans={plans}
        basePath={basePath}
        projectsPath={`/g/${slug}/projects`}
        locale={locale}
      />
    </ListPage>
  );
}
