import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
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
        <PageHeader
          back={{ href: listHref, label: t("title") }}
          title={t("newTitle")}
          description={t("newIntro")}
        />
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
            briefCutoffOn: "",
          }}
          cancelHref={listHref}
        />
      </div>
    </ClientMessages>
  );
}
