import "server-only";
import type { SessionLoad } from "@/lib/api/authenticate";
import { problem } from "@/lib/api/problem";
import { meetingOut, meetingSummaryOut } from "@/lib/api/represent";
import { decodeSegment, json, refuse, serveGroupApi } from "@/lib/api/serve";
import { todayIso } from "@/lib/clock";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { getMeetingActionItems, getMeetingDetail, listMeetings } from "@/lib/meetings/queries";

type Load = () => Promise<SessionLoad>;
type GroupParams = Promise<{ group: string }>;
type MeetingParams = Promise<{ group: string; number: string }>;

/** GET /api/v1/groups/{slug}/meetings — every meeting, newest first. */
export function getMeetings(request: Request, params: GroupParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, group }) => {
    const { planned, held, cancelled } = await listMeetings(db, group.id);
    const items = [...planned, ...held, ...cancelled]
      .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.number - a.number)
      .map(meetingSummaryOut);
    return json({ items });
  });
}

/** GET /api/v1/groups/{slug}/meetings/{number} — agenda, decisions and action items. */
export function getMeeting(request: Request, params: MeetingParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, now, group, params: { number } }) => {
    const meetingNumber = parseMeetingNumber(decodeSegment(number));
    const meeting = meetingNumber ? await getMeetingDetail(db, group.id, meetingNumber) : null;
    if (!meeting) return refuse(problem("not_found"));
    const items = await getMeetingActionItems(db, group.id, meeting.id, todayIso(now));
    return json(meetingOut(meeting, items));
  });
}
