"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type MouseEvent, useEffect, useRef } from "react";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { useMessage } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import type { Conflict, MessageRef } from "@/lib/errors";
import type { FormState } from "@/lib/forms/state";
import { useAppLocale } from "@/lib/i18n/client";
import { pickLocalized } from "@/lib/i18n/localized";
import type { ProjectFormOptions } from "@/lib/projects/types";
import { fieldId } from "./milestone-editor";
import { controlId } from "./project-form-parts";

type Failure = Extract<FormState<unknown>, { status: "error" }>;

/** Why the last save failed: the conflict, a summary linking to each field in error, or a message. */
export function FormProblems({
  failure,
  options,
}: {
  failure: Failure;
  options: ProjectFormOptions;
}) {
  const t = useTranslations();
  const message = useMessage();
  const box = useRef<HTMLDivElement>(null);
  const readable = useReadableConflict(options);

  // Each answer moves focus here, so keyboard and screen-reader users start from the problem.
  useEffect(() => {
    if (failure.attempt) box.current?.focus();
  }, [failure.attempt]);

  const entries = Object.entries(failure.fieldErrors);
  const label = (field: string) => {
    const ref = labelOf(field);
    return ref && t.has(ref.key as "fields.code") ? message(ref) : null;
  };
  return (
    <div ref={box} tabIndex={-1} className="outline-none">
      {failure.conflict?.changes.length ? (
        <ConflictNotice conflict={readable(failure.conflict)} />
      ) : entries.length ? (
        <Alert tone="error" title={message(failure.message)}>
          <ul className="list-disc space-y-1 pl-5">
            {entries.map(([field, refs]) => (
              <li key={field}>
                <a
                  href={`#${anchorOf(field)}`}
                  onClick={(event) => focusField(event, anchorOf(field))}
                  className="underline underline-offset-2"
                >
                  {[label(field), ...refs.map(message)].filter(Boolean).join(": ")}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert tone="error">{message(failure.message)}</Alert>
      )}
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  target.focus();
}

const FIELD_LABELS: Record<string, string> = {
  areaId: "fields.area",
  contactNoId: "fields.contactNo",
  contactRuId: "fields.contactRu",
  title: "projectForm.texts.title",
  milestones: "fields.milestones",
};

/** The message naming a field in the summary; null for errors about the form as a whole. */
function labelOf(field: string): MessageRef | null {
  const row = /^milestones\.(\d+)\./.exec(field);
  if (row) return { key: "projectForm.milestones.item", values: { number: Number(row[1]) + 1 } };
  if (field === "_form") return null;
  return { key: FIELD_LABELS[field] ?? `fields.${field}` };
}

function anchorOf(field: string): string {
  const row = /^milestones\.(\d+)\.(\w+)/.exec(field);
  if (row) return fieldId(Number(row[1]), row[2] === "title" ? "titleNb" : (row[2] ?? "titleNb"));
  if (field === "title") return controlId("titleNb");
  return controlId(field);
}

/** The audit log stores ids and lists; people read names and text. */
function useReadableConflict({ areas, people }: ProjectFormOptions) {
  const locale = useAppLocale();
  const format = useFormatter();
  const name = (field: string, value: unknown): unknown => {
    if (value === null || value === undefined) return value;
    if (field === "area") {
      const area = areas.find((a) => a.id === value);
      return area ? { nb: area.nameNb, ru: area.nameRu, en: area.nameEn }[locale] : value;
    }
    if (field === "contactNo" || field === "contactRu")
      return people.find((p) => p.id === value)?.name ?? value;
    if (field === "archived" && typeof value === "string")
      return format.dateTime(new Date(value), { dateStyle: "medium" });
    if (field === "milestones" && Array.isArray(value))
      return value
        .map((m: Record<string, string | null>) => {
          const title = pickLocalized({ nb: m.titleNb, ru: m.titleRu, en: m.titleEn }, locale);
          return `${title?.text ?? "–"}${m.doneOn ? " ✓" : ""}`;
        })
        .join("; ");
    if (Array.isArray(value)) return value.join(", ");
    return value;
  };
  return (conflict: Conflict): Conflict => ({
    ...conflict,
    changes: conflict.changes.map((change) => ({
      ...change,
      fields: change.fields.map((f) => ({
        ...f,
        before: name(f.field, f.before),
        after: name(f.field, f.after),
      })),
    })),
  });
}
