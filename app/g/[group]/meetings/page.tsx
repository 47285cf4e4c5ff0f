import { CalendarPlus, FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MeetingList } from "@/components/meetings/meeting-list";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { getAppLocale } from "@/lib/i18n/server";
import { listMeetings } from "@/lib/meetings/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ params }: { params: Promise<{ group: string }> }) {
  const { group: slug } = await params;
  const { user, group, role } = await requireGroupAccess(slug);
  const [t, tReport, locale, { planned, held, cancelled }] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("report"),
    getAppLocale(),
    listMeetings(getDb(), group.id),
  ]);
  const basePath = `/g/${slug}/meetings`;
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <>
            <Link href={`/g/${slug}/report`} className={buttonClasses("secondary")}>
              <FileText aria-hidden className="size-4" />
              {tReport("pageTitle")}
            </Link>
            {can(user, "meeting.manage", { role }) ? (
              <Link href={`${basePath}/new`} className={buttonClasses("primary")}>
                <CalendarPlus aria-hidden className="size-4" />
                {t("plan")}
              </Link>
            ) : null}
          </>
        }
      />
      <MeetingList
        id="planned-meetings"
        heading={t("plannedHeading")}
        empty={t("noPlanned")}
        meetings={planned}
        basePath={basePath}
        locale={locale}
      />
      <MeetingList
        id="held-meetings"
        heading={t("heldHeading")}
        empty={t("noHeld")}
        meetings={held}
        basePath={basePath}
        locale={locale}
      />
      {cancelled.length ? (
        <MeetingList
          id="cancelled-meetings"
          heading={t("cancelledHeading")}
          empty=""
          meetings={cancelled}
          basePath={basePath}
          locale={locale}
        />
      ) : null}
    </div>
  );
}
