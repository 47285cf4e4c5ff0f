"use client";

import { Archive, ArchiveRestore, ArrowDown, ArrowUp, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm, useMessage } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/data-table";
import { HiddenFields } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useDisclosure } from "@/components/ui/use-disclosure";
import {
  archiveAreaAction,
  moveAreaAction,
  renameAreaAction,
  restoreAreaAction,
} from "@/lib/admin/groups/form-actions";
import type { AdminAreaRow } from "@/lib/admin/groups/types";
import { useAppLocale } from "@/lib/i18n/client";
import { AREA_NAME_FIELDS, AreaNameFields } from "./area-add-form";

export type AreaItem = Omit<AdminAreaRow, "archivedAt"> & { archived: boolean };
type Area = AreaItem;

/** The group's areas in order; archived ones below, each restorable. */
export function AreaList({ groupId, areas }: { groupId: string; areas: Area[] }) {
  const t = useTranslations("admin.areas");
  const active = areas.filter((a) => !a.archived);
  const archived = areas.filter((a) => a.archived);
  return (
    <div className="space-y-5">
      {active.length ? (
        <ol className="divide-y divide-line rounded-md border border-line">
          {active.map((area, index) => (
            <AreaRow
              key={area.id}
              groupId={groupId}
              area={area}
              index={index}
              total={active.length}
            />
          ))}
        </ol>
      ) : (
        <EmptyState compact>{t("empty")}</EmptyState>
      )}
      {archived.length ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t("archivedHeading")}</h3>
          <p className="text-sm text-muted">{t("archivedHint")}</p>
          <ul className="divide-y divide-line rounded-md border border-line bg-canvas/60">
            {archived.map((area) => (
              <ArchivedRow key={area.id} groupId={groupId} area={area} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function useAreaName(area: Area) {
  const locale = useAppLocale();
  return { nb: area.nameNb, ru: area.nameRu, en: area.nameEn }[locale];
}

function AreaRow({
  groupId,
  area,
  index,
  total,
}: {
  groupId: string;
  area: Area;
  index: number;
  total: number;
}) {
  const t = useTranslations("admin.areas");
  const name = useAreaName(area);
  // Closing the editor takes the focus back where the keyboard user started.
  const { open: editing, setOpen: setEditing, id: formId, toggle } = useDisclosure();
  const closeEditor = () => setEditing(false);
  return (
    <li className="space-y-3 p-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <p className="font-medium [overflow-wrap:anywhere]">
            <span className="mr-2 tabular-nums text-muted">{index + 1}.</span>
            {name}
          </p>
          <p className="text-xs text-muted">
            {t("projects", { count: area.projects })}
            {area.dacCode ? ` · ${t("dacCodeShown", { code: area.dacCode })}` : null}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <MoveButtons groupId={groupId} area={area} name={name} index={index} total={total} />
          <Button variant="secondary" size="sm" {...toggle}>
            <Pencil aria-hidden className="size-4" />
            {t("edit")}
            <span className="sr-only">: {name}</span>
          </Button>
          <AreaCommand kind="archive" groupId={groupId} areaId={area.id} name={name} />
        </div>
      </div>
      <div id={formId} hidden={!editing}>
        {editing ? <RenameForm groupId={groupId} area={area} onDone={closeEditor} /> : null}
      </div>
    </li>
  );
}

function ArchivedRow({ groupId, area }: { groupId: string; area: Area }) {
  const t = useTranslations("admin.areas");
  const name = useAreaName(area);
  return (
    <li className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="[overflow-wrap:anywhere]">{name}</p>
        <p className="text-xs text-muted">{t("projects", { count: area.projects })}</p>
      </div>
      <AreaCommand kind="restore" groupId={groupId} areaId={area.id} name={name} />
    </li>
  );
}

/**
 * Up and down as two real buttons (keyboard and screen readers need nothing else). After a
 * move the focus stays on the moved area's button and its new place is announced.
 */
function MoveButtons({
  groupId,
  area,
  name,
  index,
  total,
}: {
  groupId: string;
  area: Area;
  name: string;
  index: number;
  total: number;
}) {
  const t = useTranslations("admin.areas");
  const message = useMessage();
  const { state, action, pending } = useForm(moveAreaAction);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const last = useRef<"up" | "down">("up");
  const attempt = state.status === "idle" ? null : state.attempt;
  const first = index === 0;
  const final = index === total - 1;
  useEffect(() => {
    if (!attempt) return;
    const preferred = last.current === "up" ? up.current : down.current;
    const other = last.current === "up" ? down.current : up.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [attempt]);
  return (
    <form action={action} className="flex items-center gap-1.5">
      <HiddenFields values={{ groupId, areaId: area.id }} />
      {(
        [
          ["up", up, first, t("moveUp", { name }), ArrowUp],
          ["down", down, final, t("moveDown", { name }), ArrowDown],
        ] as const
      ).map(([direction, ref, end, label, Arrow]) => (
        <Button
          key={direction}
          ref={ref}
          type="submit"
          name="direction"
          value={direction}
          variant="secondary"
          size="sm"
          disabled={end || pending}
          onClick={() => {
            last.current = direction;
          }}
          aria-label={label}
        >
          <Arrow aria-hidden className="size-4" />
        </Button>
      ))}
      <span aria-live="polite" className="sr-only">
        {state.status === "success"
          ? t("moved", { name, position: state.data.position, total: state.data.total })
          : state.status === "error"
            ? message(state.message)
            : ""}
      </span>
    </form>
  );
}

function AreaCommand({
  kind,
  groupId,
  areaId,
  name,
}: {
  kind: "archive" | "restore";
  groupId: string;
  areaId: string;
  name: string;
}) {
  const t = useTranslations("admin.areas");
  const form = useForm(kind === "archive" ? archiveAreaAction : restoreAreaAction);
  const Icon = kind === "archive" ? Archive : ArchiveRestore;
  return (
    <form action={form.action} className="flex flex-col items-start gap-1">
      <HiddenFields values={{ groupId, areaId }} />
      <Button type="submit" variant="secondary" size="sm" disabled={form.pending}>
        <Icon aria-hidden className="size-4" />
        {t(kind)}
        <span className="sr-only">: {name}</span>
      </Button>
      <FormFeedback state={form.state} />
    </form>
  );
}

function RenameForm({
  groupId,
  area,
  onDone,
}: {
  groupId: string;
  area: Area;
  onDone: () => void;
}) {
  const t = useTranslations("admin");
  const form = useForm(renameAreaAction, { onSuccess: onDone });
  const initial: Record<string, string> = {
    nameNb: area.nameNb,
    nameRu: area.nameRu,
    nameEn: area.nameEn,
  };
  return (
    <form
      action={form.action}
      noValidate
      className="space-y-3 rounded-md border border-line bg-canvas p-3"
    >
      <HiddenFields values={{ groupId, areaId: area.id }} />
      <FormFeedback state={form.state} fields={[...AREA_NAME_FIELDS, "dacCode"]} focus />
      <div key={form.key}>
        <AreaNameFields
          value={(field) => form.value(field, initial[field])}
          errorsFor={form.errors}
          idPrefix={area.id}
        />
        <FormField
          form={form}
          name="dacCode"
          initial={area.dacCode}
          className="mt-3 max-w-xl"
          label={t("areas.dacCode")}
          hint={t("areas.dacCodeHint")}
        >
          <Input
            id={`${area.id}-dacCode`}
            inputMode="numeric"
            pattern="[0-9]{5}"
            maxLength={5}
            className="font-mono sm:w-40"
          />
        </FormField>
      </div>
      <SubmitRow
        cancel={
          <Button variant="secondary" onClick={onDone}>
            {t("cancel")}
          </Button>
        }
      >
        <SubmitButton pending={form.pending} busy={t("saving")}>
          {t("save")}
        </SubmitButton>
      </SubmitRow>
    </form>
  );
}
