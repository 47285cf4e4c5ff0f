import { ArrowRightLeft, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PlanList } from "@/components/plans/plan-list";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { getAppLocale } from "@/lib/i18n/server";
import { listPlans } from "@/lib/plans/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("plans") };
}

export default async function PlansPage({ params }: { params: Promise<{ group: string }> }) {
  const { group: slug } = await params;
  const { user, group, role } = await requireGroupAccess(slug);
  const [t, locale, plans] = await Promise.all([
    getTranslations(),
    getAppLocale(),
    listPlans(getDb(), group.id),
  ]);
  const basePath = `/g/${slug}/plans`;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.plans")}
        description={t("plans.intro")}
        actions={
          <>
            {plans.length > 1 ? (
              <Link href={`${basePath}/compare`} className={buttonClasses("secondary")}>
                <ArrowRightLeft aria-hidden className="size-4" />
                {t("plans.compare.open")}
              </Link>
            ) : null}
            {can(user, "plan.manage", { role }) ? (
              <Link href={`${basePath}/new`} className={buttonClasses("primary")}>
                <Plus aria-hidden className="size-4" />
                {t("plans.newPlan")}
              </Link>
            ) : null}
          </>
        }
      />
      {plans.length ? (
        <PlanList
          plans={plans}
          basePath={basePath}
          projectsPath={`/g/${slug}/projects`}
          locale={locale}
        />
      ) : (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
          {t("plans.list.empty")}
        </p>
      )}
    </div>
  );
}
