import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageFrame } from "@/components/page/page-frame";
import { Alert } from "@/components/ui/alert";
import { requireGroupAccess } from "@/lib/auth/access";
import { meetingBase } from "@/lib/meetings/fingerprints";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { getMeetingDetail } from "@/lib/meetings/queries";
import { groupPage } from "@/lib/pages/page";

type Params = Promise<{ group: string; number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const number = parseMeetingNumber((await params).number) ?? 0;
  return { title: (await getTranslations("meetings"))("editTitle", { number }) };
}

export default async function EditMeetingPage({ params }: { params: Params }) {
  const { route, groupPath, group, t, db } = await groupPage(
    params,
    (s) => requireGroupAccess(s, "meeting.manage"),
    "meetings",
  );
  const number = parseMeetingNumber(route.number);
  const meeting = number === null ? null : await getMeetingDetail(db, group.id, number);
  if (!meeting) notFound();
  const meetingHref = `${groupPath}/meetings/${meeting.number}`;
  return (
    <PageFrame
      messages={["meetings", "errors", "validation"]}
      className="mx-auto max-w-5xl space-y-6"
      header={{
        back: { href: meetingHref, label: t("ordinal", { number: meeting.number }) },
        title: t("editTitle", { number: meeting.number }),
      }}
    >
      {meeting.state === "cancelled" ? (
        <Alert>{t("cancelledNotice")}</Alert>
      ) : meeting.closedAt ? (
        <Alert>{t("closedNotice")}</Alert>
      ) : (
        <MeetingForm
          target={{
            mode: "edit",
            groupId: group.id,
            meetingId: meeting.id,
            base: meetingBase(meeting),
          }}
          initial={{
            number: String(meeting.number),
            startsOn: meeting.startsOn,
            endsOn: meeting.endsOn,
            cityNb: meeting.city.nb ?? "",
            cityRu: meeting.city.ru ?? "",
            cityEn: meeting.city.en ?? "",
            country: meeting.country,
            briefCutoffOn: meeting.briefCutoffOn ?? "",
          }}
          cancelHref={meetingHref}
        />
      )}
    </PageFrame>
  );
}
