"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LOCALES } from "@/lib/i18n/locales";
import { LIMITS, type MilestoneDraft, textColumn } from "@/lib/projects/rules";
import { controlId, type ErrorsFor } from "./project-form-parts";

type Row = MilestoneDraft & { key: string };

let rowSerial = 0;
const newKey = () => `m${++rowSerial}`;

const EMPTY: MilestoneDraft = {
  id: "",
  titleNb: "",
  titleRu: "",
  titleEn: "",
  dueOn: "",
  doneOn: "",
};

/** Rows from the hidden field's JSON; anything unreadable starts empty rather than failing. */
function parseRows(json: string): Row[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.map((item) => {
      const source = (item ?? {}) as Partial<Record<keyof MilestoneDraft, unknown>>;
      const text = (key: keyof MilestoneDraft) =>
        typeof source[key] === "string" ? (source[key] as string) : "";
      return {
        key: newKey(),
        id: text("id"),
        titleNb: text("titleNb"),
        titleRu: text("titleRu"),
        titleEn: text("titleEn"),
        dueOn: text("dueOn"),
        doneOn: text("doneOn"),
      };
    });
  } catch {
    return [];
  }
}

/** Ids by position, so the error summary can point at a row's fields. */
export const fieldId = (index: number, field: string) => controlId(`milestone-${index}-${field}`);

/** Today in the reader's own calendar, as the date input expects it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Milestones edited in place and sent as one JSON field; the server validates every row. */
export function MilestoneEditor({ initial, errorsFor }: { initial: string; errorsFor: ErrorsFor }) {
  const t = useTranslations();
  const [submitted] = useState(() => parseRows(initial));
  const [rows, setRows] = useState(submitted);
  // The server's errors name rows by their submitted position; they follow the row if it moves.
  const rowErrors = (key: string) => {
    const origin = submitted.findIndex((row) => row.key === key);
    return (field: string) => (origin < 0 ? undefined : errorsFor(`milestones.${origin}.${field}`));
  };
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusKey) return;
    const target = focusKey === "add" ? addButton.current : document.getElementById(focusKey);
    target?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const update = (key: string, patch: Partial<MilestoneDraft>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((list) => {
      const next = [...list];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const add = () => {
    setRows((list) => [...list, { ...EMPTY, key: newKey() }]);
    setFocusKey(fieldId(rows.length, "titleNb"));
  };
  const remove = (key: string) => {
    setRows((list) => list.filter((row) => row.key !== key));
    setFocusKey("add");
  };

  const serialised = JSON.stringify(rows.map(({ key: _key, ...draft }) => draft));
  return (
    <div className="space-y-4">
      <input type="hidden" name="milestones" value={serialised} />
      {rows.length ? (
        <ol className="space-y-4">
          {rows.map((row, index) => (
            <MilestoneRow
              key={row.key}
              row={row}
              index={index}
              last={index === rows.length - 1}
              errorsFor={rowErrors(row.key)}
              onChange={(patch) => update(row.key, patch)}
              onMove={(by) => {
                move(index, by);
                // Keep focus on the moved row's button, or its twin once it reaches an end.
                const to = index + by;
                const atEnd = to === 0 || to === rows.length - 1;
                const direction = by < 0 ? (atEnd ? "down" : "up") : atEnd ? "up" : "down";
                setFocusKey(fieldId(to, direction));
              }}
              onRemove={() => remove(row.key)}
            />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted">{t("projectForm.milestones.empty")}</p>
      )}
      <FieldErrors id={controlId("milestones-error")} messages={errorsFor("milestones")} />
      {rows.length < LIMITS.milestones ? (
        <Button
          ref={addButton}
          id={controlId("milestones")}
          variant="secondary"
          size="sm"
          onClick={add}
        >
          <Plus aria-hidden className="size-4" />
          {t("projectForm.milestones.add")}
        </Button>
      ) : null}
    </div>
  );
}

function MilestoneRow({
  row,
  index,
  last,
  errorsFor,
  onChange,
  onMove,
  onRemove,
}: {
  row: Row;
  index: number;
  last: boolean;
  errorsFor: ErrorsFor;
  onChange: (patch: Partial<MilestoneDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations();
  const number = index + 1;
  const titleErrors = errorsFor("title");
  const id = (field: string) => fieldId(index, field);
  // A text of the row: the control's id, the row's value, and the change it makes.
  const bound = (name: Exclude<keyof MilestoneDraft, "id">) => ({
    id: id(name),
    value: row[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange({ [name]: e.currentTarget.value }),
  });
  return (
    <li>
      <fieldset
        aria-describedby={titleErrors ? id("title-error") : undefined}
        className="space-y-3 rounded-md border border-line p-3"
      >
        <legend className="px-1 text-sm font-semibold">
          {t("projectForm.milestones.item", { number })}
        </legend>
        <div className="grid gap-3 lg:grid-cols-3">
          {LOCALES.map((lang) => {
            const name = textColumn("title", lang);
            return (
              <Field key={lang} label={t(`fields.${name}`)} errors={errorsFor(name)}>
                <Input {...bound(name)} lang={lang} />
              </Field>
            );
          })}
        </div>
        <FieldErrors id={id("title-error")} messages={titleErrors} />
        <div className="grid gap-3 sm:grid-cols-3 sm:items-start">
          <Field label={t("projectForm.milestones.dueOn")} errors={errorsFor("dueOn")}>
            <Input {...bound("dueOn")} type="date" />
          </Field>
          <div className="flex min-h-10 items-center gap-2 sm:mt-6">
            <input
              id={id("done")}
              type="checkbox"
              className="size-4 accent-accent"
              checked={row.doneOn !== ""}
              onChange={(e) =>
                onChange({ doneOn: e.currentTarget.checked ? row.doneOn || today() : "" })
              }
            />
            <label htmlFor={id("done")} className="text-sm font-medium">
              {t("projectForm.milestones.done")}
            </label>
          </div>
          {row.doneOn !== "" ? (
            <Field label={t("projectForm.milestones.doneOn")} errors={errorsFor("doneOn")}>
              <Input {...bound("doneOn")} type="date" />
            </Field>
          ) : null}
        </div>
        <div className="flex flex-wrap justify-end gap-2 border-t border-line pt-3">
          {(
            [
              ["up", -1, index === 0, t("projectForm.milestones.moveUp", { number }), ArrowUp],
              ["down", 1, last, t("projectForm.milestones.moveDown", { number }), ArrowDown],
            ] as const
          ).map(([direction, by, end, label, Arrow]) => (
            <Button
              key={direction}
              id={id(direction)}
              variant="ghost"
              size="sm"
              className="disabled:opacity-40"
              disabled={end}
              aria-label={label}
              onClick={() => onMove(by)}
            >
              <Arrow aria-hidden className="size-4" />
            </Button>
          ))}
          <Button
            variant="ghost"
            size="sm"
            aria-label={t("projectForm.milestones.removeLabel", { number })}
            onClick={onRemove}
          >
            <Trash2 aria-hidden className="size-4" />
            {t("projectForm.milestones.remove")}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
