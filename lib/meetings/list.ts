import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { meetings } from "@/db/schema";
import type { Delegation, MeetingState } from "@/db/schema/enums";
import type { LocalizedValues } from "@/lib/i18n/localized";

export interface MeetingSummary {
  id: string;
  number: number;
  startsOn: string;
  endsOn: string;
  city: LocalizedValues;
  country: Delegation;
  state: MeetingState;
  closed: boolean;
  agendaItems: number;
  decisions: number;
  openActionItems: number;
}

const count = (query: ReturnType<typeof sql>) => sql<number>`(${query})`.mapWith(Number);

/**
 * The group's meetings with what each holds, in one query: planned ones by date (the next
 * first), held ones newest first.
 */
export async function listMeetings(
  db: Executor,
  groupId: string,
): Promise<{ planned: MeetingSummary[]; held: MeetingSummary[] }> {
  const rows = await db
    .select({
      id: meetings.id,
      number: meetings.number,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      cityNb: meetings.cityNb,
      cityRu: meetings.cityRu,
      cityEn: meetings.cityEn,
      country: meetings.country,
      state: meetings.state,
      closed: sql<boolean>`${meetings.closedAt} is not null`,
      agendaItems: count(
        sql`select count(*) from agenda_items a where a.meeting_id = ${meetings.id}`,
      ),
      decisions: count(sql`select count(*) from decisions d where d.meeting_id = ${meetings.id}`),
      openActionItems: count(
        sql`select count(*) from action_items ai where ai.meeting_id = ${meetings.id}
            and ai.group_id = ${meetings.groupId} and ai.done_at is null`,
      ),
    })
    .from(meetings)
    .where(eq(meetings.groupId, groupId))
    .orderBy(desc(meetings.startsOn), desc(meetings.number));
  const summaries = rows.map(({ cityNb, cityRu, cityEn, ...row }) => ({
    ...row,
    city: { nb: cityNb, ru: cityRu, en: cityEn },
  }));
  return {
    planned: summaries.filter((m) => m.state === "planned").reverse(),
    held: summaries.filter((m) => m.state === "held"),
  };
}

/**
 * What a new meeting most likely is: the number after the group's highest, in the other
 * country than the last one (the sides host in turn).
 */
export async function newMeetingDefaults(
  db: Executor,
  groupId: string,
): Promise<{ number: number; country: Delegation }> {
  const [last] = await db
    .select({ number: meetings.number, country: meetings.country })
    .from(meetings)
    .where(eq(meetings.groupId, groupId))
    .orderBy(desc(meetings.number))
    .limit(1);
  if (!last) return { number: 1, country: "NO" };
  return { number: last.number + 1, country: last.country === "NO" ? "RU" : "NO" };
}

/** The meeting number in a URL; null for anything else. */
export function parseMeetingNumber(raw: string): number | null {
  return /^\d{1,3}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}
