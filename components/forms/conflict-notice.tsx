"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { Conflict } from "@/lib/errors";

/** Shown when a save was refused because someone else saved first: who changed what, and when. */
export function ConflictNotice({ conflict }: { conflict: Conflict }) {
  const t = useTranslations();
  const format = useFormatter();
  const label = (field: string) => {
    const key = `fields.${field}`;
    return t.has(key as "fields.code") ? t(key as "fields.code") : field;
  };
  const value = (field: string, raw: unknown) => {
    if (raw === null || raw === undefined || raw === "") return t("projects.conflict.empty");
    if (field === "status" && typeof raw === "string" && t.has(`status.${raw}` as "status.planned"))
      return t(`status.${raw}` as "status.planned");
    if (
      field === "health" &&
      typeof raw === "string" &&
      t.has(`health.${raw}` as "health.on_track")
    )
      return t(`health.${raw}` as "health.on_track");
    if (field === "progress") return `${String(raw)} %`;
    const text = typeof raw === "string" ? raw : JSON.stringify(raw);
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  };
  return (
    <Alert tone="error" title={t("projects.conflict.title")}>
      <p>{t("projects.conflict.message")}</p>
      <ul className="mt-2 space-y-2">
        {conflict.changes.map((change) => (
          <li key={`${change.at}-${change.action}`}>
            <p className="font-medium">
              {t("projects.conflict.by", {
                name: change.actorName ?? t("projects.conflict.unknownAuthor"),
                when: format.dateTime(new Date(change.at), {
                  dateStyle: "medium",
                  timeStyle: "short",
                }),
              })}
            </p>
            <ul className="list-disc pl-5">
              {change.fields.map((f) => (
                <li key={f.field}>
                  {t("projects.conflict.change", {
                    field: label(f.field),
                    before: value(f.field, f.before),
                    after: value(f.field, f.after),
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="mt-2">{t("projects.conflict.reapply")}</p>
    </Alert>
  );
}
