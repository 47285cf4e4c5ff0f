import { CalendarPlus, FileText } from "lucide-react";
import { MeetingList } from "@/components/meetings/meeting-list";
import { LinkButton } from "@/components/page/link-button";
import { PageFrame } from "@/components/page/page-frame";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { listMeetings } from "@/lib/meetings/queries";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("meetings.title");

export default async function MeetingsPage({ params }: Pick<GroupPageProps, "params">) {
  const { slug, user, group, role, t, locale, db } = await groupPage(params, (s) =>
    requireGroupAccess(s),
  );
  const { planned, held, cancelled } = await listMeetings(db, group.id);
  const basePath = `/g/${slug}/meetings`;
  const lists = [
    {
      id: "planned-meetings",
      heading: t("meetings.plannedHeading"),
      empty: t("meetings.noPlanned"),
      meetings: planned,
    },
    {
      id: "held-meetings",
      heading: t("meetings.heldHeading"),
      empty: t("meetings.noHeld"),
      meetings: held,
    },
    // Cancelled meetings are listed only when there are some.
    ...(cancelled.length
      ? [
          {
            id: "cancelled-meetings",
            heading: t("meetings.cancelledHeading"),
            empty: "",
            meetings: cancelled,
          },
        ]
      : []),
  ];
  const mayPlan = can(user, "meeting.manage", { role });
  const actions = (
    <>
      <LinkButton href={`/g/${slug}/report`} icon={FileText} variant="secondary">
        {t("report.pageTitle")}
      </LinkButton>
      <LinkButton shown={mayPlan} href={`${basePath}/new`} icon={CalendarPlus}>
        {t("meetings.plan")}
      </LinkButton>
    </>
  );
  return (
    <PageFrame
      className="space-y-8"
      header={{ title: t("meetings.title"), description: t("meetings.intro"), actions }}
    >
      {lists.map((list) => (
        <MeetingList key={list.id} {...list} basePath={basePath} locale={locale} />
      ))}
    </PageFrame>
  );
}
