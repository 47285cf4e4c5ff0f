import { useTranslations } from "next-intl";
import type { Attendee, MeetingRefs, MemberOption } from "@/lib/meetings/types";
import { AttendeesEditor } from "./attendees-editor";
import { AttendeesView } from "./attendees-view";
import { MeetingSection } from "./section";

export function AttendeesSection({
  attendees,
  editor,
}: {
  attendees: Attendee[];
  /** For coordinators while the record is open: the fingerprint of the list as shown. */
  editor: { refs: MeetingRefs; members: MemberOption[]; base: string } | null;
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
          base={editor.base}
          attendees={attendees}
          members={editor.members}
        />
      ) : null}
    </MeetingSection>
  );
}
