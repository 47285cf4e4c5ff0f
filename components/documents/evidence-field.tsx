"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId } from "react";
import { Button } from "@/components/ui/button";
import { ALLOWED_LABELS, EVIDENCE_MAX } from "@/lib/documents/rules";
import { DropZone } from "./drop-zone";
import { UploadList } from "./upload-list";
import { useUploads } from "./use-uploads";

/**
 * Evidence for a status update being written: photos and documents uploaded now (held on the
 * project, shown to nobody) and attached to the update when it is saved — the form carries
 * their ids. Cleared after a successful save.
 */
export function EvidenceField({
  slug,
  projectId,
  maxMb,
  clearKey,
  onBusy,
}: {
  slug: string;
  projectId: string;
  maxMb: number;
  /** Changes after each successful save of the form: the list starts afresh. */
  clearKey: string | null;
  onBusy: (busy: boolean) => void;
}) {
  const t = useTranslations("documents");
  const labelId = useId();
  const uploads = useUploads({
    url: (file) =>
      `/api/g/${encodeURIComponent(slug)}/documents?${new URLSearchParams({
        target: `evidence:${projectId}`,
        name: file.name,
      })}`,
  });
  const { busy, reset } = uploads;
  useEffect(() => onBusy(busy), [busy, onBusy]);
  useEffect(() => {
    if (clearKey) reset();
  }, [clearKey, reset]);
  const attached = uploads.items.filter((item) => item.state === "done" && item.result);
  return (
    <fieldset aria-labelledby={labelId} className="space-y-2">
      <legend id={labelId} className="text-sm font-medium text-ink">
        {t("evidence.label")}
      </legend>
      <DropZone
        compact
        onFiles={(files) => uploads.add(files.slice(0, EVIDENCE_MAX - uploads.items.length))}
        hint={`${t("evidence.hint")} ${t("upload.hint", { allowed: ALLOWED_LABELS, max: maxMb })}`}
      />
      <UploadList
        items={uploads.items}
        onCancel={uploads.cancel}
        extra={(item) => (
          <Button
            size="sm"
            variant="ghost"
            aria-label={t("evidence.remove", { name: item.name })}
            onClick={() => uploads.remove(item.key)}
          >
            <X aria-hidden className="size-4" />
          </Button>
        )}
      />
      {attached.map((item) => (
        <input key={item.key} type="hidden" name="evidence" value={item.result?.documentId} />
      ))}
    </fieldset>
  );
}
