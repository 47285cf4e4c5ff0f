"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ChoiceOptions, Select } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import { DropZone } from "./drop-zone";
import { UploadList } from "./upload-list";
import { useUploads } from "./use-uploads";

export interface TargetChoice {
  /** The target as kind:id, the kind one of project, meeting, agendaItem or plan. */
  value: string;
  label: string;
}

/**
 * Adds documents to one object (or, on a meeting page, to the meeting or one of its agenda
 * items): files picked or dropped, several at once, each uploaded with its own progress bar and
 * a way to cancel it. The title starts as the file name; the page shows the new documents
 * once the files are in.
 */
export function Uploader({
  slug,
  targets,
  hint,
}: {
  slug: string;
  targets: TargetChoice[];
  hint: string;
}) {
  const t = useTranslations("documents.upload");
  const router = useRouter();
  const headingId = useId();
  const [target, setTarget] = useState(targets[0]?.value ?? "");
  const [language, setLanguage] = useState("");
  const uploads = useUploads({
    url: (file) => {
      const query = new URLSearchParams({ target, name: file.name });
      if (language) query.set("language", language);
      return `/api/g/${encodeURIComponent(slug)}/documents?${query}`;
    },
    onSettled: () => router.refresh(),
  });
  const finished = uploads.items.filter((i) => i.state === "done").length;
  return (
    <section aria-labelledby={headingId} className="space-y-3 border-t border-line pt-4">
      <h3 id={headingId} className="font-semibold">
        {t("heading")}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {targets.length > 1 ? (
          <Field label={t("target")}>
            <Select value={target} onChange={(event) => setTarget(event.target.value)}>
              <ChoiceOptions choices={targets} />
            </Select>
          </Field>
        ) : null}
        <Field label={t("language")}>
          <Select value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">{t("languageNone")}</option>
            <LanguageOptions />
          </Select>
        </Field>
      </div>
      <DropZone onFiles={uploads.add} hint={hint} />
      <UploadList items={uploads.items} onCancel={uploads.cancel} />
      {uploads.items.length ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p role="status" className="text-sm text-muted">
            {t("status", { done: finished, total: uploads.items.length })}
          </p>
          {uploads.busy ? null : (
            <Button size="sm" variant="ghost" onClick={uploads.clear}>
              {t("clear")}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
