import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Alert } from "@/components/ui/alert";
import { requireGroupAccess } from "@/lib/auth/access";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { getMeetingDetail } from "@/lib/meetings/queries";
import { meetingBase } from "@/lib/meetings/writes";
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
        <header className="space-y-2">
          <Link
            href={meetingHref}
            className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
          >
            <ChevronLeft aria-hidden className="size-4" />
            {t("ordinal", { number: meeting.number })}
          </Link>
          <h1 className="text-2xl font-semibold tracking-tight">
            {t("editTitle", { number: meeting.number })}
          </h1>
        </header>
        {meeting.closedAt ? (
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
            }}
            cancelHref={meetingHref}
          />
        )}
      </div>
    </ClientMessages>
  );
}
