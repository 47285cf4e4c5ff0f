import { PageFrame } from "@/components/page/page-frame";
import { CompareForm } from "@/components/plans/compare-form";
import { CompareList } from "@/components/plans/compare-list";
import { Alert } from "@/components/ui/alert";
import { requireGroupAccess } from "@/lib/auth/access";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { comparePlans, listPlans } from "@/lib/plans/queries";
import { defaultPair } from "@/lib/plans/rules";

export const generateMetadata = pageTitle("plans.compare.title");

/** A plan number from the URL; anything else means "the default". */
function planNumber(value: string | string[] | undefined): number | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && /^\d{1,6}$/.test(first) ? Number(first) : undefined;
}

/** The three lists, in this order: what the newer plan added, removed and kept. */
const KINDS = ["added", "removed", "kept"] as const;

export default async function ComparePlansPage({ params, searchParams }: GroupPageProps) {
  const { groupPath, group, t, locale, db } = await groupPage(
    params,
    (s) => requireGroupAccess(s),
    "plans",
  );
  const [plans, query] = await Promise.all([listPlans(db, group.id), searchParams]);
  const basePath = `${groupPath}/plans`;
  const pair = defaultPair(plans);
  const a = planNumber(query.a) ?? pair?.a;
  const b = planNumber(query.b) ?? pair?.b;
  const comparison =
    a !== undefined && b !== undefined && a !== b ? await comparePlans(db, group.id, a, b) : null;
  const projectsPath = `${groupPath}/projects`;
  const hint = comparison ? { a: comparison.a.number, b: comparison.b.number } : { a: 0, b: 0 };
  let notice: string | null = null;
  if (!plans.length) notice = t("list.empty");
  else if (a === b) notice = t("compare.same");
  else if (!comparison) notice = t("compare.unknown");

  return (
    <PageFrame
      className="space-y-6"
      header={{
        back: { href: basePath, label: t("backToList") },
        title: t("compare.title"),
        description: t("compare.intro"),
      }}
    >
      {a !== undefined && b !== undefined ? (
        <CompareForm plans={plans} a={a} b={b} action={`${basePath}/compare`} />
      ) : null}
      {notice || !comparison ? (
        <Alert>{notice}</Alert>
      ) : (
        <div className="grid gap-6 xl:grid-cols-3">
          {KINDS.map((kind) => (
            <CompareList
              key={kind}
              kind={kind}
              projects={comparison[kind]}
              hint={t(`compare.${kind}Hint`, hint)}
              projectsPath={projectsPath}
              locale={locale}
            />
          ))}
        </div>
      )}
    </PageFrame>
  );
}
