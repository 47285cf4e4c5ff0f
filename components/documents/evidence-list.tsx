import { Paperclip } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DocumentItem } from "@/lib/documents/types";
import { DocumentList, type DocumentListProps, type ListPermissions } from "./document-list";

/** The evidence of one status update, under it in the project's history. */
function EvidenceList(list: DocumentListProps) {
  const t = useTranslations("documents.evidence");
  return (
    <div className="mt-2 space-y-2 rounded-md border border-line p-3">
      <p className="flex items-center gap-1.5 text-sm font-medium">
        <Paperclip aria-hidden className="size-4" />
        {t("attached")}
      </p>
      <DocumentList {...list} />
    </div>
  );
}

/** Each update's evidence rendered on the server, keyed by update, for the history to place. */
export function evidenceLists(
  slug: string,
  byUpdate: Record<string, DocumentItem[]>,
  may: ListPermissions,
): Record<string, ReactNode> {
  return Object.fromEntries(
    Object.entries(byUpdate).map(([updateId, documents]) => {
      const list = <EvidenceList key={updateId} slug={slug} documents={documents} may={may} />;
      return [updateId, list];
    }),
  );
}
