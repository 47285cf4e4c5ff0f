import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionItemsSection } from "@/components/meetings/action-items-section";
import { AgendaSection } from "@/components/meetings/agenda-section";
import { AttendeesSection } from "@/components/meetings/attendees-section";
import { DecisionsSection } from "@/components/meetings/decisions-section";
import { MeetingHeader, MeetingPager } from "@/components/meetings/meeting-header";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { StateControls } from "@/components/meetings/state-controls";
import { formatDay } from "@/components/projects/format";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { getAppLocale } from "@/lib/i18n/server";
import { parseMeetingNumber } from "@/lib/meetings/input";
import {
  getMeetingActionItems,
  getMeetingDetail,
  getMeetingEditorOptions,
} from "@/lib/meetings/queries";
import { mayBeHeld, phaseOf } from "@/lib/meetings/rules";
import { minutesBase } from "@/lib/meetings/writes";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ group: string; number: string }>;

/** One record query per request, shared by the page and its metadata. */
const loadMeeting = cache(async (slug: string, raw: string) => {
  const access = await requireGroupAccess(slug);
  const number = parseMeetingNumber(raw);
  if (number === null) notFound();
  const meeting = await getMeetingDetail(getDb(), access.group.id, number);
  if (!meeting) notFound();
  return { ...access, meeting };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { group, number } = await params;
  const [{ meeting }, t] = await Promise.all([
    loadMeeting(group, number),
    getTranslations("meetings"),
  ]);
  return { title: t("ordinal", { number: meeting.number }) };
}

export default async function MeetingPage({ params }: { params: Params }) {
  const { group: slug, number } = await params;
  const { user, group, role, meeting } = await loadMeeting(slug, number);
  const manage = can(user, "meeting.manage", { role });
  const db = getDb();
  const [locale, format, actionItems, options] = await Promise.all([
    getAppLocale(),
    getFormatter(),
    getMeetingActionItems(db, group.id, meeting.id, todayIso()),
    manage ? getMeetingEditorOptions(db, group.id) : null,
  ]);
  const phase = phaseOf(meeting);
  const refs = { groupId: group.id, meetingId: meeting.id };
  // The record (agenda, minutes, decisions, attendees) is final once the meeting is closed.
  const record = options && phase !== "closed" ? { refs, ...options } : null;
  const groupPath = `/g/${slug}`;
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
      ]}
    >
      <div className="space-y-6">
        <MeetingHeader
          meeting={meeting}
          basePath={basePath}
          locale={locale}
          canEdit={record !== null}
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
            <AgendaSection
              items={meeting.agenda}
              editor={record}
              groupPath={groupPath}
              locale={locale}
            />
            <MinutesSection
              minutes={meeting.minutes}
              editor={record ? { refs, base: minutesBase(meeting.minutes) } : null}
              locale={locale}
            />
            <DecisionsSection
              items={meeting.decisions}
              editor={record}
              groupPath={groupPath}
              locale={locale}
            />
            <ActionItemsSection
              items={items}
              editor={options ? { refs, ...options } : null}
              groupPath={groupPath}
              locale={locale}
            />
          </div>
          <div className="min-w-0 space-y-6">
            <AttendeesSection attendees={meeting.attendees} editor={record} />
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
