import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { MeetingDocuments } from "@/components/documents/meeting-documents";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AttendeesSection } from "@/components/meetings/attendees-section";
import { BriefStatus } from "@/components/meetings/brief-status";
import { MeetingItemsSection } from "@/components/meetings/items/section";
import { MeetingHeader, MeetingPager } from "@/components/meetings/meeting-header";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { RemindersSection } from "@/components/meetings/reminders-section";
import { StateControls } from "@/components/meetings/state-controls";
import { formatDay } from "@/components/projects/format";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { documentLimits } from "@/lib/documents/limits";
import { documentsView } from "@/lib/documents/queries";
import {
  actionItemBases,
  agendaBases,
  attendeeListBase,
  decisionBases,
  minutesBase,
} from "@/lib/meetings/fingerprints";
import { parseMeetingNumber } from "@/lib/meetings/input";
import {
  getMeetingActionItems,
  getMeetingDetail,
  getMeetingEditorOptions,
} from "@/lib/meetings/queries";
import { reminderOverview } from "@/lib/meetings/reminders/queries";
import { mayBeHeld, phaseOf } from "@/lib/meetings/rules";
import { groupRecord } from "@/lib/pages/page";

type Params = Promise<{ group: string; number: string }>;

/** One record query per request, shared by the page and its metadata. */
const loadMeeting = groupRecord(
  "number",
  (slug) => requireGroupAccess(slug),
  parseMeetingNumber,
  getMeetingDetail,
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { record: meeting, t } = await loadMeeting(params);
  return { title: t("meetings.ordinal", { number: meeting.number }) };
}

export default async function MeetingPage({ params }: { params: Params }) {
  const {
    slug,
    groupPath,
    user,
    group,
    role,
    record: meeting,
    locale,
    db,
  } = await loadMeeting(params);
  const manage = can(user, "meeting.manage", { role });
  const phase = phaseOf(meeting);
  const cancelled = phase === "cancelled";
  const [format, actionItems, options, reminders, documents] = await Promise.all([
    getFormatter(),
    getMeetingActionItems(db, group.id, meeting.id, todayIso()),
    manage && !cancelled ? getMeetingEditorOptions(db, group.id) : null,
    manage && phase === "planned" ? reminderOverview(db, group.id, meeting.id) : null,
    documentsView(db, group.id, { meetingId: meeting.id }, { user, role }, { open: !cancelled }),
  ]);
  const refs = { groupId: group.id, meetingId: meeting.id };
  // The record (agenda, minutes, decisions, attendees) is final once the meeting is closed;
  // action items are its follow-up and stay open to change. Nothing of a cancelled meeting
  // changes (no editors: options is null).
  const record = options !== null && phase !== "closed";
  const basePath = `${groupPath}/meetings`;
  const items = actionItems.map((item) => ({
    ...item,
    canComplete: can(user, "actionItem.complete", { role, actionItem: { ownerId: item.ownerId } }),
  }));
  return (
    <ClientMessages
      namespaces={[
        "meetings",
        "actionItems",
        "errors",
        "validation",
        "content",
        "sides",
        "delegations",
        "roles",
        "documents",
        "languages",
      ]}
    >
      <div className="space-y-6">
        <MeetingHeader
          meeting={meeting}
          basePath={basePath}
          locale={locale}
          canEdit={record}
          brief={
            <BriefStatus
              readyOn={
                meeting.briefReadyAt
                  ? format.dateTime(new Date(meeting.briefReadyAt), { dateStyle: "long" })
                  : null
              }
              publish={manage && phase === "planned" ? refs : null}
            />
          }
          controls={
            manage ? (
              <StateControls
                refs={refs}
                phase={phase}
                holdFrom={mayBeHeld(meeting) ? null : formatDay(format, meeting.startsOn)}
                canReopen={can(user, "admin.manage", { role: null })}
              />
            ) : null
          }
        />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <div className="min-w-0 space-y-6 lg:col-span-2">
            {reminders ? (
              <RemindersSection
                overview={reminders}
                refs={refs}
                groupPath={groupPath}
                locale={locale}
              />
            ) : null}
            <MeetingItemsSection
              kind="agenda"
              items={meeting.agenda}
              editor={record ? { refs, options, bases: agendaBases(meeting.agenda) } : null}
              groupPath={groupPath}
              locale={locale}
            />
            <MinutesSection
              minutes={meeting.minutes}
              editor={record ? { refs, base: minutesBase(meeting.minutes) } : null}
              locale={locale}
            />
            <MeetingDocuments
              slug={slug}
              meetingId={meeting.id}
              agenda={meeting.agenda}
              view={documents}
              locale={locale}
              maxMb={documentLimits().maxMb}
            />
            <MeetingItemsSection
              kind="decisions"
              items={meeting.decisions}
              editor={record ? { refs, options, bases: decisionBases(meeting.decisions) } : null}
              groupPath={groupPath}
              locale={locale}
            />
            <MeetingItemsSection
              kind="actionItems"
              items={items}
              editor={options ? { refs, options, bases: actionItemBases(items) } : null}
              groupPath={groupPath}
              locale={locale}
            />
          </div>
          <div className="min-w-0 space-y-6">
            <AttendeesSection
              attendees={meeting.attendees}
              editor={
                record
                  ? { refs, members: options.members, base: attendeeListBase(meeting.attendees) }
                  : null
              }
            />
          </div>
        </div>
        <MeetingPager
          basePath={basePath}
          previous={meeting.previousNumber}
          next={meeting.nextNumber}
        />
      </div>
    </ClientMessages>
  );
}
