"use client";

import { FileUp } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { useMessage } from "@/components/projects/form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/input";
import { importAction } from "@/lib/spreadsheets/import/form-actions";
import { IDLE_IMPORT } from "@/lib/spreadsheets/import/types";
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
  const message = useMessage();
  const [state, formAction, pending] = useActionState(importAction, IDLE_IMPORT);
  const [tooLarge, setTooLarge] = useState(false);
  const [intent, setIntent] = useState<"preview" | "confirm">("preview");
  const id = useId();
  const size = maxBytes / 1024 / 1024;

  return (
    <div className="space-y-6">
      <form
        action={formAction}
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

      {state.status === "refused" ? (
        <Alert tone="error" key={state.attempt}>
          {message(state.message)}
        </Alert>
      ) : null}
      {state.status === "done" ? (
        <Alert tone="success" title={t("import.doneTitle")}>
          <p>
            {t("import.done", {
              name: state.fileName,
              created: state.created,
              updated: state.updated,
            })}
          </p>
          <p>
            <Link href={listHref} className={buttonClasses("secondary", "sm")}>
              {t("import.toList")}
            </Link>
          </p>
        </Alert>
      ) : null}
      {state.status === "report" ? (
        <ImportReportView
          key={state.attempt}
          report={state.report}
          notice={state.notice}
          confirm={
            state.report.confirm ? (
              <form action={formAction} onSubmit={() => setIntent("confirm")}>
                <input type="hidden" name="groupId" value={groupId} />
                <input type="hidden" name="intent" value="confirm" />
                <input type="hidden" name="fileName" value={state.report.fileName} />
                <input type="hidden" name="content" value={state.report.confirm.content} />
                <input type="hidden" name="token" value={state.report.confirm.token} />
                <Button type="submit" disabled={pending} aria-disabled={pending}>
                  {pending && intent === "confirm"
                    ? t("import.confirming")
                    : t("import.confirm", {
                        count: state.report.counts.create + state.report.counts.update,
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
