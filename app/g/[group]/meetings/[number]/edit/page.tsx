import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { meetingBase } from "@/lib/meetings/fingerprints";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { getMeetingDetail } from "@/lib/meetings/queries";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ group: string; number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const number = parseMeetingNumber((await params).number) ?? 0;
  return { title: (await getTranslations("meetings"))("editTitle", { number }) };
}

export default async function EditMeetingPage({ params }: { params: Params }) {
  const { group: slug, number: raw } = await params;
  const { group } = await requireGroupAccess(slug, "meeting.manage");
  const number = parseMeetingNumber(raw);
  if (number === null) notFound();
  const [t, meeting] = await Promise.all([
    getTranslations("meetings"),
    getMeetingDetail(getDb(), group.id, number),
  ]);
  if (!meeting) notFound();
  const meetingHref = `/g/${slug}/meetings/${meeting.number}`;
  return (
    <ClientMessages namespaces={["meetings", "errors", "validation"]}>
      <div className="mx-auto max-w-5xl space-y-6">
        <PageHeader
          back={{ href: meetingHref, label: t("ordinal", { number: meeting.number }) }}
          title={t("editTitle", { number: meeting.number })}
        />
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
      </div>
    </ClientMessages>
  );
}
