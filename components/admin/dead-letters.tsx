"use client";

import { RotateCcw, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { EmptyState } from "@/components/ui/data-table";
import {
  discardDeadLetterAction,
  retryDeadLetterAction,
} from "@/lib/admin/deliveries/form-actions";
import type { DeadLetter } from "@/lib/admin/deliveries/types";

function JobButton({ jobId, retry, label }: { jobId: number; retry: boolean; label: string }) {
  const t = useTranslations("admin.deliveries");
  const form = useForm<{ jobId: number }>(retry ? retryDeadLetterAction : discardDeadLetterAction);
  const word = retry ? t("retry") : t("discard");
  return (
    <form action={form.action} className="space-y-1">
      <input type="hidden" name="jobId" value={jobId} />
      <SubmitButton
        pending={form.pending}
        busy={word}
        icon={retry ? RotateCcw : Trash2}
        variant={retry ? "secondary" : "danger"}
        size="sm"
        aria-label={`${word}: ${label}`}
      >
        {word}
      </SubmitButton>
      <FormFeedback state={form.state} />
    </form>
  );
}

/** Mail that could not be delivered: why, and a way to send it again or give up on it. */
export function DeadLetters({ rows }: { rows: DeadLetter[] }) {
  const t = useTranslations("admin.deliveries");
  const format = useFormatter();
  if (!rows.length) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {rows.map((row) => {
        const kind = `kinds.${row.kind.replace(".", "_")}`;
        const label = `${t.has(kind as "kinds.mail_notification") ? t(kind as "kinds.mail_notification") : row.kind} — ${row.recipient ?? t("noRecipient")}`;
        return (
          <li key={row.id} className="grid gap-2 p-4 sm:grid-cols-[1fr_auto]">
            <div className="min-w-0 space-y-1">
              <p className="break-words font-medium">{label}</p>
              <p className="text-sm text-muted">
                {t("meta", {
                  attempts: row.attempts,
                  failed: row.failedAt
                    ? format.dateTime(new Date(row.failedAt), {
                        dateStyle: "medium",
                        timeStyle: "short",
                      })
                    : "–",
                })}
              </p>
              <p className="break-words text-sm">
                <span className="font-medium">{t("reason")}: </span>
                <code>{row.lastError ?? "–"}</code>
              </p>
            </div>
            <div className="flex flex-wrap items-start gap-2">
              <JobButton jobId={row.id} retry label={label} />
              <JobButton jobId={row.id} retry={false} label={label} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
