"use client";

import { BadgeCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import { confirmStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import type { Translator } from "@/lib/projects/status-updates/rules";
import type { UpdateEntry } from "@/lib/projects/status-updates/types";
import type { Delegation } from "@/lib/vocabulary";
import { History } from "./history";

export interface AwaitingItem {
  code: string;
  title: string;
  /** The language the title is in. */
  lang: Locale;
  href: string;
  /** The project's latest update: the one awaiting the reader's confirmation. */
  update: UpdateEntry;
  /** The reader, who may translate the update's note (as the other side's contact). */
  translator?: Translator;
}

/**
 * The updates awaiting the reader's confirmation (My projects), each readable in full and
 * confirmable where it is listed, through the same guarded action as the project page. The
 * answer is kept here, above the list, because a confirmed update leaves the list at once.
 */
export function AwaitingConfirmation({
  items,
  side,
  locale,
}: {
  items: AwaitingItem[];
  /** The reader's side: the one confirming. */
  side: Delegation;
  locale: Locale;
}) {
  const t = useTranslations();
  const form = useForm(confirmStatusUpdateAction);
  // Titles of every update shown so far, so the answer can name one that has left the list.
  const titles = useRef(new Map<string, string>());
  for (const item of items) titles.current.set(item.update.id, `${item.code} ${item.title}`);
  const confirmed =
    form.state.status === "success" ? titles.current.get(form.state.data.updateId) : undefined;

  if (!items.length && form.state.status === "idle") return null;
  return (
    <section aria-labelledby="awaiting-me" className="space-y-3">
      <h2 id="awaiting-me" className="text-lg font-semibold">
        {items.length
          ? t("myWork.awaitingMe", { count: items.length })
          : t("myWork.awaitingMeCaption")}
      </h2>
      <FormFeedback
        state={form.state}
        focus
        saved={t("myWork.confirmedFromList", { project: confirmed ?? "", side })}
      />
      {items.length ? (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.update.id} className="rounded-lg border border-line bg-surface p-4">
              <h3 className="font-semibold">
                <Link
                  href={item.href}
                  className="text-accent-strong underline underline-offset-2"
                  prefetch={false}
                >
                  <span className="mr-2 text-muted">{item.code}</span>
                  <span lang={item.lang === locale ? undefined : item.lang}>{item.title}</span>
                </Link>
              </h3>
              <History
                entries={[item.update]}
                truncated={false}
                locale={locale}
                latestUpdateId={item.update.id}
                awaiting={side}
                translator={item.translator}
                confirm={
                  <form action={form.action}>
                    <input type="hidden" name="updateId" value={item.update.id} />
                    <Button
                      type="submit"
                      variant="secondary"
                      disabled={form.pending}
                      className="h-11 sm:h-10"
                    >
                      <BadgeCheck aria-hidden className="size-4" />
                      {t("project.confirm.button", { side })}
                    </Button>
                  </form>
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("myWork.nothingToConfirm")}</p>
      )}
    </section>
  );
}
