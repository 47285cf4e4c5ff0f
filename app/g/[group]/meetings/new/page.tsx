import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireGroupAccess } from "@/lib/auth/access";
import { newMeetingDefaults } from "@/lib/meetings/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("newTitle") };
}

export default async function NewMeetingPage({ params }: { params: Promise<{ group: string }> }) {
  const { group: slug } = await params;
  const { group } = await requireGroupAccess(slug, "meeting.manage");
  const [t, defaults] = await Promise.all([
    getTranslations("meetings"),
    newMeetingDefaults(getDb(), group.id),
  ]);
  const listHref = `/g/${slug}/meetings`;
  return (
    <ClientMessages namespaces={["meetings", "errors", "validation"]}>
      <div className="mx-auto max-w-5xl space-y-6">
        <header className="space-y-2">
          <Link
            href={listHref}
            className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
          >
            <ChevronLeft aria-hidden className="size-4" />
            {t("title")}
          </Link>
          <h1 className="text-2xl font-semibold tracking-tight">{t("newTitle")}</h1>
          <p className="text-muted">{t("newIntro")}</p>
        </header>
        <MeetingForm
          target={{ mode: "create", groupId: group.id }}
          initial={{
            number: String(defaults.number),
            startsOn: "",
            endsOn: "",
            cityNb: "",
            cityRu: "",
            cityEn: "",
            country: defaults.country,
          }}
          cancelHref={listHref}
        />
      </div>
    </ClientMessages>
  );
}
