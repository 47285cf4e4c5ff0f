// Fingerprints of what each meeting form was opened on. Meeting records have no version
// column: the page computes a short hash of the record as shown, the form sends it back as its
// base, and the action refuses a save whose base no longer matches (assertUnchanged).
import "server-only";
import { createHash } from "node:crypto";
import type { LocalizedValues } from "@/lib/i18n/localized";
import type { AgendaEntry, Attendee, DecisionEntry, MeetingActionItem } from "./types";

/** A short, stable hash of the values (key order does not matter). */
export function fingerprint(values: Record<string, unknown>): string {
  const sorted = Object.keys(values)
    .sort()
    .map((key) => [key, values[key] ?? null]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 24);
}

const texts = (values: LocalizedValues) => ({
  nb: values.nb ?? null,
  ru: values.ru ?? null,
  en: values.en ?? null,
});

export const meetingBase = (m: {
  number: number;
  startsOn: string;
  endsOn: string;
  city: LocalizedValues;
  country: string;
  briefCutoffOn: string | null;
}) =>
  fingerprint({
    number: m.number,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    city: texts(m.city),
    country: m.country,
    briefCutoffOn: m.briefCutoffOn,
  });

export const minutesBase = (minutes: LocalizedValues) => fingerprint(texts(minutes));

export const agendaItemBase = (title: LocalizedValues, projectIds: readonly string[]) =>
  fingerprint({ title: texts(title), projects: [...projectIds].sort() });

export const decisionBase = (text: LocalizedValues, projectId: string | null) =>
  fingerprint({ text: texts(text), projectId });

export const actionItemBase = (item: {
  text: LocalizedValues;
  ownerId: string;
  dueOn: string | null;
  projectId: string | null;
}) =>
  fingerprint({
    text: texts(item.text),
    ownerId: item.ownerId,
    dueOn: item.dueOn,
    projectId: item.projectId,
  });

export const attendeesBase = (
  attendees: readonly {
    userId: string | null;
    name: string | null;
    delegation: string;
    capacity: string | null;
  }[],
) =>
  fingerprint({
    attendees: attendees
      .map((a) => [a.userId ?? "", a.userId ? "" : (a.name ?? ""), a.delegation, a.capacity ?? ""])
      .map((row) => row.join("\u0001"))
      .sort(),
  });

/** The attendee list as the meeting page shows it (a member's name is theirs, not stored). */
export const attendeeListBase = (attendees: readonly Attendee[]) =>
  attendeesBase(attendees.map((a) => ({ ...a, name: a.userId ? null : a.name })));

const byId = <T extends { id: string }>(items: readonly T[], base: (item: T) => string) =>
  Object.fromEntries(items.map((item) => [item.id, base(item)]));

// Each list's fingerprints by item id, from the items as the meeting page shows them.

export const agendaBases = (items: readonly AgendaEntry[]) =>
  byId(items, (item) =>
    agendaItemBase(
      item.title,
      item.projects.map((p) => p.id),
    ),
  );

export const decisionBases = (items: readonly DecisionEntry[]) =>
  byId(items, (item) => decisionBase(item.text, item.project?.id ?? null));

export const actionItemBases = (items: readonly MeetingActionItem[]) =>
  byId(items, (item) =>
    actionItemBase({
      text: item.text,
      ownerId: item.ownerId,
      dueOn: item.dueOn,
      projectId: item.project?.id ?? null,
    }),
  );
