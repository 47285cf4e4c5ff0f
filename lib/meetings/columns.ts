import "server-only";
import { and, eq, gte, lt } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { meetings } from "@/db/schema";
import { localizedColumns } from "@/lib/i18n/localized";

/*
 * The meeting columns many reads select alike, defined once: spread them into a select
 * (`db.select({ id: meetings.id, ...meetingDateColumns })`); and the conditions they filter on
 * alike.
 */

/** Which meeting, when and where: its number, first and last day, and its city in nb, ru and en. */
export const meetingDateColumns = {
  number: meetings.number,
  startsOn: meetings.startsOn,
  endsOn: meetings.endsOn,
  ...localizedColumns(meetings, "city"),
};

/** Planned meetings from `today` on: the coming ones. */
export const plannedFrom = (today: string) =>
  and(eq(meetings.state, "planned"), gte(meetings.startsOn, today));

type MeetingTable = Record<"groupId" | "state" | "number" | "startsOn", AnyPgColumn>;

/**
 * The same group's held meetings before the meeting of the outer query, by number or by first
 * day: a correlated condition on an alias of the table (`alias(meetings, "previous")`).
 */
export const heldBefore = (previous: MeetingTable, by: "number" | "startsOn") =>
  and(
    eq(previous.groupId, meetings.groupId),
    eq(previous.state, "held"),
    lt(previous[by], meetings[by]),
  );
