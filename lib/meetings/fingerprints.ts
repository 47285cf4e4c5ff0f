import { createHash } from "node:crypto";
import type { LocalizedValues } from "@/lib/i18n/localized";

/**
 * A short fingerprint of what a form was opened on. A save whose fingerprint no longer
 * matches would overwrite someone else's newer edit, and is refused.
 */
export function fingerprint(values: Record<string, unknown>): string {
  const sorted = Object.keys(values)
    .sort()
    .map((key) => [key, values[key] ?? null]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 24);
}

// What each edit form was opened on, as the page and the actions both compute it.

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
}) =>
  fingerprint({
    number: m.number,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    city: texts(m.city),
    country: m.country,
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
