"use client";

import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { updateAttendeesAction } from "@/lib/meetings/form-actions";
import type { Attendee, MeetingRefs, MemberOption } from "@/lib/meetings/types";
import { EditDisclosure } from "./edit-disclosure";
import { type GuestDraft, GuestRows } from "./guest-rows";
import { PartForm } from "./part-form";

function parseGuests(json: string): GuestDraft[] | null {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return null;
    return parsed.map((g: Partial<Record<keyof GuestDraft, unknown>>) => ({
      name: typeof g?.name === "string" ? g.name : "",
      delegation: typeof g?.delegation === "string" ? g.delegation : "NO",
      capacity: typeof g?.capacity === "string" ? g.capacity : "",
    }));
  } catch {
    return null;
  }
}

/** Picks the attendees among the group's members, by delegation, and names the guests. */
export function AttendeesEditor(props: {
  refs: MeetingRefs;
  /** The attendee list's fingerprint as the page shows it (lib/meetings/fingerprints.ts). */
  base: string;
  attendees: Attendee[];
  members: MemberOption[];
}) {
  const t = useTranslations("meetings.attendees");
  return (
    <div className="space-y-3">
      <EditDisclosure label={t("edit")}>
        {(close) => <AttendeesForm {...props} onDone={close} />}
      </EditDisclosure>
    </div>
  );
}

function AttendeesForm({
  refs,
  base,
  attendees,
  members,
  onDone,
}: {
  refs: MeetingRefs;
  base: string;
  attendees: Attendee[];
  members: MemberOption[];
  onDone: () => void;
}) {
  const t = useTranslations("meetings");
  const roles = useTranslations("roles");
  const delegations = useTranslations("delegations");
  const form = useForm(updateAttendeesAction, { base, onSuccess: onDone });

  const memberIds = new Set(members.map((m) => m.id));
  // People who attended and have left the group since stay on the record unless unticked.
  const former = attendees.filter((a) => a.userId && !memberIds.has(a.userId));
  const people = [
    ...members.map((m) => ({
      id: m.id,
      name: m.name,
      delegation: m.delegation,
      note: roles(m.role),
    })),
    ...former.map((a) => ({
      id: a.userId ?? "",
      name: a.name,
      delegation: a.delegation,
      note: t("attendees.former"),
    })),
  ];
  const chosen = new Set(
    form.values(
      "memberIds",
      attendees.flatMap((a) => (a.userId ? [a.userId] : [])),
    ),
  );
  const guests =
    parseGuests(form.value("guests", "")) ??
    attendees
      .filter((a) => !a.userId)
      .map((a) => ({ name: a.name, delegation: a.delegation, capacity: a.capacity ?? "" }));

  return (
    <PartForm
      form={form}
      refs={refs}
      hidden={{ base: form.base }}
      submit={t("attendees.save")}
      onCancel={onDone}
      className="space-y-4"
      fieldsClassName="space-y-4"
    >
      {(["NO", "RU"] as const).map((side) => (
        <fieldset key={side} className="min-w-0 space-y-1">
          <legend className="text-sm font-semibold">{delegations(side)}</legend>
          {people
            .filter((p) => p.delegation === side)
            .map((person) => (
              <label key={person.id} className="flex items-start gap-2 py-1 text-sm">
                <input
                  type="checkbox"
                  name="memberIds"
                  value={person.id}
                  defaultChecked={chosen.has(person.id)}
                  className="mt-0.5 size-4 shrink-0 accent-accent"
                />
                <span className="min-w-0">
                  {person.name} <span className="text-muted">· {person.note}</span>
                </span>
              </label>
            ))}
        </fieldset>
      ))}
      {form.errors("memberIds")?.map((message) => (
        <p key={message} role="alert" className="text-sm font-medium text-bad">
          {message}
        </p>
      ))}
      <GuestRows initial={guests} errors={form.errors} />
    </PartForm>
  );
}
