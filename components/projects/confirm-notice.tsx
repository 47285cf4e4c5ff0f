"use client";

import { BadgeCheck } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRef } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Icon } from "@/components/ui/icon";
import { LanguageName } from "@/components/ui/language-options";
import { confirmStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import { type Translator, translationFor } from "@/lib/projects/status-updates/rules";
import type { UpdateEntry } from "@/lib/projects/status-updates/types";
import type { Delegation, Locale } from "@/lib/vocabulary";
import { formatMoment } from "./format";
import { UpdateChanges } from "./history-update";
import { UpdateText } from "./update-text";

/**
 * The project page's notice, under its header, when the latest update awaits the reader's
 * confirmation: who posted it, when and what it says, with the confirm button (the same guarded
 * action as My projects). The page renders it whether or not anything awaits, so that the answer
 * stays — focused and announced — after the confirmed update stops awaiting and the notice goes.
 */
export function ConfirmNotice({
  update,
  side,
  locale,
  translator,
}: {
  /** The update awaiting the reader's confirmation; null when none does. */
  update: UpdateEntry | null;
  /** The reader's side: the one confirming. */
  side: Delegation;
  locale: Locale;
  /** The reader, who may translate the note (as the other side's contact or a coordinator). */
  translator?: Translator;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const form = useForm(confirmStatusUpdateAction);
  // The update last shown, so the answer can name it once it no longer awaits.
  const shown = useRef<UpdateEntry | null>(null);
  if (update) shown.current = update;
  const named = shown.current;

  if (!update && form.state.status === "idle") return null;
  const foreign =
    update?.locale && update.locale !== locale && !translationFor(update, locale)
      ? update.locale
      : null;
  return (
    <div className="no-print space-y-3">
      <FormFeedback
        state={form.state}
        focus
        saved={t("project.confirmNotice.done", {
          name: named?.authorName ?? "",
          date: named ? formatMoment(format, named.createdAt) : "",
          side,
        })}
      />
      {update ? (
        <section
          aria-labelledby="confirm-notice-heading"
          className="space-y-3 rounded-lg border border-warn/40 bg-warn-soft p-4"
        >
          <h2
            id="confirm-notice-heading"
            className="flex items-center gap-2 text-base font-semibold"
          >
            <Icon name="hourglass" className="shrink-0 text-warn" />
            {t("project.confirmNotice.heading", { side })}
          </h2>
          <div className="hist space-y-2">
            <p className="text-sm">
              {t("project.confirmNotice.by", {
                name: update.authorName,
                side: update.side,
                date: formatMoment(format, update.createdAt),
              })}
              {foreign ? (
                <LanguageName
                  locale={foreign}
                  className="ml-2 rounded border border-line px-1 text-xs"
                />
              ) : null}
            </p>
            <UpdateChanges entry={update} />
            <UpdateText entry={update} locale={locale} translator={translator} />
          </div>
          <form action={form.action}>
            <input type="hidden" name="updateId" value={update.id} />
            <SubmitButton
              pending={form.pending}
              busy={t("project.confirm.pending")}
              icon={BadgeCheck}
              className="h-11 sm:h-10"
            >
              {t("project.confirm.button", { side })}
            </SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  );
}
