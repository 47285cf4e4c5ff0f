"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ConfirmDelete } from "@/components/forms/confirm-delete";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { EditDisclosure } from "@/components/meetings/edit-disclosure";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icon";
import { Input, Select } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import { deleteDocumentAction, editDocumentAction } from "@/lib/documents/form-actions";
import { ACCEPT, TITLE_MAX } from "@/lib/documents/rules";
import type { Locale } from "@/lib/vocabulary";
import { UploadList } from "./upload-list";
import { useUploads } from "./use-uploads";

export interface ActionDocument {
  id: string;
  title: string;
  language: Locale | null;
  translationOf: string | null;
}

/** What may be done with one document: edit and add a version, delete. */
export function DocumentActions({
  slug,
  document,
  originals,
  canEdit,
  canDelete,
  titleId,
}: {
  slug: string;
  document: ActionDocument;
  /** The documents of the same object that may have translations (this one is left out). */
  originals: { id: string; title: string }[];
  canEdit: boolean;
  canDelete: boolean;
  /** The element naming the document: the buttons say which one they are for. */
  titleId: string;
}) {
  if (!canEdit && !canDelete) return null;
  return (
    <div className="flex flex-wrap items-start gap-2 pt-1">
      {canEdit ? (
        <EditDocument document={document} originals={originals} titleId={titleId} />
      ) : null}
      {canEdit ? <NewVersion slug={slug} document={document} titleId={titleId} /> : null}
      {canDelete ? <DeleteDocument document={document} titleId={titleId} /> : null}
    </div>
  );
}

function EditDocument({
  document,
  originals,
  titleId,
}: {
  document: ActionDocument;
  originals: { id: string; title: string }[];
  titleId: string;
}) {
  const t = useTranslations("documents.edit");
  return (
    <div className="basis-full sm:basis-auto">
      <EditDisclosure label={t("button")}>
        {(close) => (
          <EditForm document={document} originals={originals} close={close} describedBy={titleId} />
        )}
      </EditDisclosure>
    </div>
  );
}

function EditForm({
  document,
  originals,
  close,
  describedBy,
}: {
  document: ActionDocument;
  originals: { id: string; title: string }[];
  close: () => void;
  describedBy: string;
}) {
  const t = useTranslations("documents.edit");
  const tu = useTranslations("documents.upload");
  const form = useForm(editDocumentAction, { onSuccess: close });
  return (
    <form
      action={form.action}
      noValidate
      aria-describedby={describedBy}
      className="mt-2 space-y-3 rounded-md border border-line bg-canvas p-3"
    >
      <FormFeedback state={form.state} fields={["title", "language", "translationOf"]} focus />
      <input type="hidden" name="documentId" value={document.id} />
      <div key={form.key} className="space-y-3">
        <Field label={t("title")} errors={form.errors("title")}>
          <Input
            name="title"
            required
            maxLength={TITLE_MAX}
            defaultValue={form.value("title", document.title)}
          />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("language")} errors={form.errors("language")}>
            <Select name="language" defaultValue={form.value("language", document.language ?? "")}>
              <option value="">{tu("languageNone")}</option>
              <LanguageOptions />
            </Select>
          </Field>
          <Field label={t("translationOf")} errors={form.errors("translationOf")}>
            <Select
              name="translationOf"
              defaultValue={form.value("translationOf", document.translationOf ?? "")}
            >
              <option value="">{t("translationNone")}</option>
              {originals
                .filter((original) => original.id !== document.id)
                .map((original) => (
                  <option key={original.id} value={original.id}>
                    {original.title}
                  </option>
                ))}
            </Select>
          </Field>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.pending} busy={t("saving")} size="sm">
          {t("save")}
        </SubmitButton>
        <Button size="sm" variant="secondary" onClick={close}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** A new version: a file picked, uploaded with its progress; the older ones are kept. */
function NewVersion({
  slug,
  document,
  titleId,
}: {
  slug: string;
  document: ActionDocument;
  titleId: string;
}) {
  const t = useTranslations("documents.version");
  // The file picked last (numbered, so that the same file picked again counts) and whether an
  // upload runs. The upload's own state is made with the first file: a page lists many
  // documents, and renders one button for each.
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState(false);
  // The file picker is made when the button is pressed, not rendered with every document of
  // the page (its accept list alone is 600 bytes, twice over with the page's payload).
  const choose = () => {
    const input = window.document.createElement("input");
    input.type = "file";
    input.accept = ACCEPT;
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (file) setPicked((last) => ({ file, n: (last?.n ?? 0) + 1 }));
    });
    input.click();
  };
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        aria-describedby={titleId}
        disabled={busy}
        onClick={choose}
      >
        <Icon name="file-plus-2" className="size-4" />
        {t("button")}
      </Button>
      {picked ? (
        <VersionUpload slug={slug} documentId={document.id} picked={picked} onBusy={setBusy} />
      ) : null}
    </>
  );
}

interface Picked {
  file: File;
  n: number;
}

/** Uploads each file picked as the document's new version, with its progress and a way to cancel. */
function VersionUpload({
  slug,
  documentId,
  picked,
  onBusy,
}: {
  slug: string;
  documentId: string;
  picked: Picked;
  onBusy: (busy: boolean) => void;
}) {
  const router = useRouter();
  const uploads = useUploads({
    url: (file) =>
      `/api/g/${encodeURIComponent(slug)}/documents/${documentId}/versions?${new URLSearchParams({ name: file.name })}`,
    onSettled: () => router.refresh(),
    parallel: 1,
  });
  const { add, busy } = uploads;
  const added = useRef(0);
  useEffect(() => {
    if (picked.n === added.current) return;
    added.current = picked.n;
    add([picked.file]);
  }, [picked, add]);
  useEffect(() => onBusy(busy), [busy, onBusy]);
  return uploads.items.length ? (
    <div className="basis-full">
      <UploadList items={uploads.items} onCancel={uploads.cancel} />
    </div>
  ) : null;
}

/** Deletes after a second, explicit confirmation; focus moves to it and back. */
function DeleteDocument({ document, titleId }: { document: ActionDocument; titleId: string }) {
  const t = useTranslations("documents.delete");
  return (
    <ConfirmDelete
      action={deleteDocumentAction}
      fields={{ documentId: document.id }}
      describedBy={titleId}
      labels={{
        open: t("button"),
        question: t("confirm", { title: document.title }),
        confirm: t("confirmed"),
        busy: t("deleting"),
        cancel: t("cancel"),
      }}
      className="basis-full"
    />
  );
}
