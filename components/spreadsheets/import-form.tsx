"use client";

import { FileUp } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/field";
import { controlClasses } from "@/components/ui/input";
import type { FormState } from "@/lib/forms/state";
import { importAction } from "@/lib/spreadsheets/import/form-actions";
import type { ImportOutcome } from "@/lib/spreadsheets/import/types";
import { ImportReportView } from "./import-report";

const ACCEPT =
  ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Upload → preview → confirm. The server checks the file and answers with a report; only the
 * confirm form, which carries the checked file back with its signature, writes anything.
 */
export function ImportForm({
  groupId,
  listHref,
  maxBytes,
}: {
  groupId: string;
  listHref: string;
  maxBytes: number;
}) {
  const t = useTranslations("spreadsheets");
  const form = useForm(importAction);
  const { pending } = form;
  const { report, notice, done } = shown(form.state);
  const [tooLarge, setTooLarge] = useState(false);
  const [intent, setIntent] = useState<"preview" | "confirm">("preview");
  const id = useId();
  const size = maxBytes / 1024 / 1024;

  return (
    <div className="space-y-6">
      <form
        action={form.action}
        onSubmit={(event) => {
          const file = new FormData(event.currentTarget).get("file");
          const large = file instanceof File && file.size > maxBytes;
          setTooLarge(large);
          if (large) event.preventDefault();
          else setIntent("preview");
        }}
        className="space-y-3 rounded-lg border border-line bg-surface p-4"
      >
        <input type="hidden" name="groupId" value={groupId} />
        <input type="hidden" name="intent" value="preview" />
        <div className="space-y-1">
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">
            {t("import.fileLabel", { size })}
          </label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept={ACCEPT}
            required
            aria-invalid={tooLarge || undefined}
            aria-describedby={tooLarge ? `${id}-size` : undefined}
            onChange={() => setTooLarge(false)}
            className={controlClasses}
          />
          {tooLarge ? (
            <p id={`${id}-size`} role="alert" className="text-sm font-medium text-bad">
              {t("errors.tooLarge", { size })}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          <FileUp aria-hidden className="size-4" />
          {pending && intent === "preview" ? t("import.checking") : t("import.check")}
        </Button>
      </form>

      {report ? null : <FormFeedback key={form.key} state={form.state} />}
      {done ? (
        <Alert tone="success" title={t("import.doneTitle")}>
          <p>
            {t("import.done", {
              name: done.fileName,
              created: done.created,
              updated: done.updated,
            })}
          </p>
          <p>
            <Link href={listHref} className={buttonClasses("secondary", "sm")}>
              {t("import.toList")}
            </Link>
          </p>
        </Alert>
      ) : null}
      {report ? (
        <ImportReportView
          key={form.key}
          report={report}
          notice={notice}
          confirm={
            report.confirm ? (
              <form action={form.action} onSubmit={() => setIntent("confirm")}>
                <HiddenFields
                  values={{
                    groupId,
                    intent: "confirm",
                    fileName: report.fileName,
                    content: report.confirm.content,
                    token: report.confirm.token,
                  }}
                />
                <Button type="submit" disabled={pending} aria-disabled={pending}>
                  {pending && intent === "confirm"
                    ? t("import.confirming")
                    : t("import.confirm", {
                        count: report.counts.create + report.counts.update,
                      })}
                </Button>
              </form>
            ) : null
          }
        />
      ) : null}
    </div>
  );
}

/**
 * What the page shows for an answer: a report (a refused confirmation's comes with the reason
 * as a notice), or what was written. A refusal without a report is the form's feedback.
 */
function shown(state: FormState<ImportOutcome>) {
  const data = state.status === "idle" ? undefined : state.data;
  return {
    report: data?.kind === "report" ? data.report : null,
    notice: state.status === "error" ? state.message : null,
    done: data?.kind === "done" ? data : null,
  };
}
