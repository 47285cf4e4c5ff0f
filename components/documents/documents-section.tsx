import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { ALLOWED_LABELS } from "@/lib/documents/rules";
import type { DocumentItem } from "@/lib/documents/types";
import { DocumentList, type ListPermissions } from "./document-list";
import { type TargetChoice, Uploader } from "./uploader";

export interface DocumentGroup {
  key: string;
  /** A heading for the group (an agenda item); none for a single list. */
  label?: string;
  documents: DocumentItem[];
}

/**
 * The Documents part of a project, meeting or work plan page: the documents (in groups on a
 * meeting page: the meeting's own, then each agenda item's) and, for those who may, the form
 * that adds more.
 */
export function DocumentsSection({
  slug,
  groups,
  may,
  targets,
  maxMb,
}: {
  slug: string;
  groups: DocumentGroup[];
  may: ListPermissions;
  /** Where new documents may go; null when the viewer may add none. */
  targets: TargetChoice[] | null;
  maxMb: number;
}) {
  const t = useTranslations("documents");
  const total = groups.reduce((n, g) => n + g.documents.length, 0);
  const shown = groups.filter((g) => !g.label || g.documents.length);
  return (
    <Card id="documents" aria-labelledby="documents-heading" className="min-w-0 space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="documents-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("count", { count: total })}</p>
      </div>
      {shown.length && total ? (
        shown.map((group) =>
          group.label ? (
            <section key={group.key} aria-label={group.label} className="space-y-2">
              <h3 className="text-sm font-semibold text-muted">{group.label}</h3>
              <DocumentList slug={slug} documents={group.documents} may={may} />
            </section>
          ) : (
            <DocumentList key={group.key} slug={slug} documents={group.documents} may={may} />
          ),
        )
      ) : (
        <p className="text-sm text-muted">{t("none")}</p>
      )}
      {targets?.length ? (
        <Uploader
          slug={slug}
          targets={targets}
          hint={t("upload.hint", { allowed: ALLOWED_LABELS, max: maxMb })}
        />
      ) : null}
    </Card>
  );
}
