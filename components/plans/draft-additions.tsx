import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { CandidateArea } from "@/lib/plans/types";
import { AddProjectsForm } from "./add-projects-form";
import { DeletePlanButton } from "./delete-plan-button";

/** Below a draft's list: the projects it could take, and deleting the draft; never printed. */
export function DraftAdditions({
  groupId,
  planId,
  number,
  candidates,
}: {
  groupId: string;
  planId: string;
  number: number;
  candidates: CandidateArea[];
}) {
  const t = useTranslations("plans");
  const count = candidates.reduce((sum, area) => sum + area.projects.length, 0);
  return (
    <div className="space-y-6 print:hidden">
      <Card aria-labelledby="plan-add-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <h2 id="plan-add-heading" className="text-lg font-semibold">
            {t("add.heading")}
          </h2>
          <p className="text-sm text-muted">{t("add.available", { count })}</p>
        </div>
        {count ? (
          <>
            <p className="text-sm text-muted">{t("add.hint")}</p>
            <AddProjectsForm groupId={groupId} planId={planId} areas={candidates} />
          </>
        ) : (
          <p className="text-sm text-muted">{t("add.none")}</p>
        )}
      </Card>
      <section aria-labelledby="plan-delete-heading" className="space-y-2">
        <h2 id="plan-delete-heading" className="text-lg font-semibold">
          {t("delete.heading")}
        </h2>
        <p className="text-sm text-muted">{t("delete.hint")}</p>
        <DeletePlanButton groupId={groupId} planId={planId} number={number} />
      </section>
    </div>
  );
}
