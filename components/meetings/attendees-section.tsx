import { useTranslations } from "next-intl";
import type { Attendee, MemberOption } from "@/lib/meetings/queries";
import { attendeesBase } from "@/lib/meetings/writes";
import { AttendeesEditor } from "./attendees-editor";
import { AttendeesView } from "./attendees-view";
import { MeetingSection } from "./section";

export function AttendeesSection({
  attendees,
  editor,
}: {
  attendees: Attendee[];
  editor: { refs: { groupId: string; meetingId: string }; members: MemberOption[] } | null;
}) {
  const t = useTranslations("meetings.attendees");
  return (
    <MeetingSection
      id="attendees"
      title={t("heading")}
      aside={<span className="text-sm text-muted">{t("count", { count: attendees.length })}</span>}
    >
      <AttendeesView attendees={attendees} />
      {editor ? (
        <AttendeesEditor
          refs={editor.refs}
          base={attendeesBase(attendees.map((a) => ({ ...a, name: a.userId ? null : a.name })))}
          attendees={attendees}
          members={editor.members}
        />
      ) : null}
    </MeetingSection>
  );
}
