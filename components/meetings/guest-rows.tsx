"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import { DELEGATIONS } from "@/lib/vocabulary";

export interface GuestDraft {
  name: string;
  delegation: string;
  capacity: string;
}

type Row = GuestDraft & { key: number };

let serial = 0;

/** Guests named by hand (people without an account), sent as one JSON field. */
export function GuestRows({
  initial,
  errors,
}: {
  initial: GuestDraft[];
  errors: (field: string) => string[] | undefined;
}) {
  const t = useTranslations("meetings.attendees");
  const sides = useTranslations("sides");
  const [submitted] = useState(() => initial.map((g) => ({ ...g, key: ++serial })));
  const [rows, setRows] = useState<Row[]>(submitted);
  const [focus, setFocus] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focus) return;
    (focus === "add" ? addButton.current : document.getElementById(focus))?.focus();
    setFocus(null);
  }, [focus]);
  // The server names rows by their submitted position; errors follow the row.
  const rowErrors = (key: number, field: string) => {
    const origin = submitted.findIndex((row) => row.key === key);
    return origin < 0 ? undefined : errors(`guests.${origin}.${field}`);
  };
  const update = (key: number, patch: Partial<GuestDraft>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    const key = ++serial;
    setRows((list) => [...list, { key, name: "", delegation: "NO", capacity: "" }]);
    setFocus(`guest-${key}-name`);
  };
  const json = JSON.stringify(rows.map(({ key: _key, ...guest }) => guest));
  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="text-sm font-semibold">{t("guests")}</legend>
      <input type="hidden" name="guests" value={json} />
      {rows.length ? null : <p className="text-sm text-muted">{t("noGuests")}</p>}
      <ul className="space-y-3">
        {rows.map((row, index) => (
          <li key={row.key} className="rounded-md border border-line p-3">
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)]">
              <Field
                label={t("guestName", { number: index + 1 })}
                errors={rowErrors(row.key, "name")}
              >
                <Input
                  id={`guest-${row.key}-name`}
                  value={row.name}
                  maxLength={MEETING_LIMITS.guestName}
                  onChange={(e) => update(row.key, { name: e.currentTarget.value })}
                />
              </Field>
              <Field label={t("guestDelegation")} errors={rowErrors(row.key, "delegation")}>
                <Select
                  value={row.delegation}
                  onChange={(e) => update(row.key, { delegation: e.currentTarget.value })}
                >
                  <Options values={DELEGATIONS} label={(side) => sides(side)} />
                </Select>
              </Field>
              <Field label={t("capacity")} errors={rowErrors(row.key, "capacity")}>
                <Input
                  value={row.capacity}
                  maxLength={MEETING_LIMITS.capacity}
                  onChange={(e) => update(row.key, { capacity: e.currentTarget.value })}
                />
              </Field>
            </div>
            <div className="mt-2 flex justify-end">
              <Button
                variant="ghost"
                size="sm"
                aria-label={t("removeGuest", { number: index + 1 })}
                onClick={() => {
                  setRows((list) => list.filter((r) => r.key !== row.key));
                  setFocus("add");
                }}
              >
                <Trash2 aria-hidden className="size-4" />
                {t("remove")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {rows.length < MEETING_LIMITS.guests ? (
        <Button ref={addButton} variant="secondary" size="sm" onClick={add}>
          <Plus aria-hidden className="size-4" />
          {t("addGuest")}
        </Button>
      ) : null}
    </fieldset>
  );
}
