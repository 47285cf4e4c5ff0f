import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageFrame } from "@/components/page/page-frame";
import { requireGroupAccess } from "@/lib/auth/access";
import { newMeetingDefaults } from "@/lib/meetings/queries";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("meetings.newTitle");

export default async function NewMeetingPage({ params }: Pick<GroupPageProps, "params">) {
  const { groupPath, group, t, db } = await groupPage(
    params,
    (s) => requireGroupAccess(s, "meeting.manage"),
    "meetings",
  );
  const defaults = await newMeetingDefaults(db, group.id);
  const listHref = `${groupPath}/meetings`;
  return (
    <PageFrame
      messages={["meetings", "errors", "validation"]}
      className="mx-auto max-w-5xl space-y-6"
      header={{
        back: { href: listHref, label: t("title") },
        title: t("newTitle"),
        description: t("newIntro"),
      }}
    >
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
    </PageFrame>
  );
}
