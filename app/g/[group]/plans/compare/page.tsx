import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompareForm } from "@/components/plans/compare-form";
import { CompareList } from "@/components/plans/compare-list";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { getAppLocale } from "@/lib/i18n/server";
import { comparePlans, listPlans } from "@/lib/plans/queries";
import { defaultPair } from "@/lib/plans/rules";
import { getDb } from "@/lib/server/db";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.compare"))("title") };
}

/** A plan number from the URL; anything else means "the default". */
function planNumber(value: string | string[] | undefined): number | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && /^\d{1,6}$/.test(first) ? Number(first) : undefined;
}

export default async function ComparePlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ group: string }>;
  searchParams: SearchParams;
}) {
  const { group: slug } = await params;
  const { group } = await requireGroupAccess(slug);
  const db = getDb();
  const [t, locale, plans, query] = await Promise.all([
    getTranslations("plans"),
    getAppLocale(),
    listPlans(db, group.id),
    searchParams,
  ]);
  const basePath = `/g/${slug}/plans`;
  const pair = defaultPair(plans);
  const a = planNumber(query.a) ?? pair?.a;
  const b = planNumber(query.b) ?? pair?.b;
  const comparison =
    a !== undefined && b !== undefined && a !== b ? await comparePlans(db, group.id, a, b) : null;
  const projectsPath = `/g/${slug}/projects`;
  const hint = comparison ? { a: comparison.a.number, b: comparison.b.number } : { a: 0, b: 0 };
  let notice: string | null = null;
  if (!plans.length) notice = t("list.empty");
  else if (a === b) notice = t("compare.same");
  else if (!comparison) notice = t("compare.unknown");

  return (
    <div className="space-y-6">
      <PageHeader
        back={{ href: basePath, label: t("backToList") }}
        title={t("compare.title")}
        description={t("compare.intro")}
      />
      {a !== undefined && b !== undefined ? (
        <CompareForm plans={plans} a={a} b={b} action={`${basePath}/compare`} />
      ) : null}
      {notice || !comparison ? (
        <Alert>{notice}</Alert>
      ) : (
        <div className="grid gap-6 xl:grid-cols-3">
          <CompareList
            kind="added"
            projects={comparison.added}
            hint={t("compare.addedHint", hint)}
            projectsPath={projectsPath}
            locale={locale}
          />
          <CompareList
            kind="removed"
            projects={comparison.removed}
            hint={t("compare.removedHint", hint)}
            projectsPath={projectsPath}
            locale={locale}
          />
          <CompareList
            kind="kept"
            projects={comparison.kept}
            hint={t("compare.keptHint", hint)}
            projectsPath={projectsPath}
            locale={locale}
          />
        </div>
      )}
    </div>
  );
}
