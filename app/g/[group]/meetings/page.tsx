import { CalendarPlus, FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MeetingList } from "@/components/meetings/meeting-list";
import { buttonClasses } from "@/components/ui/button";
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
  const [t, tReport, locale, { planned, held }] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("report"),
    getAppLocale(),
    listMeetings(getDb(), group.id),
  ]);
  const basePath = `/g/${slug}/meetings`;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-muted">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
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
        </div>
      </header>
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
    </div>
  );
}
