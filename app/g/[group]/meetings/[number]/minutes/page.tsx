import { DocumentToolbar } from "@/components/brief/document-toolbar";
import { DocumentView } from "@/components/brief/document-view";
import { requireGroupAccess } from "@/lib/auth/access";
import { minutesDocument } from "@/lib/brief/minutes/document";
import { buildMinutes } from "@/lib/brief/minutes/queries";
import { documentTitle, type MeetingDocumentProps, meetingDocument } from "@/lib/pages/document";

export const generateMetadata = (props: MeetingDocumentProps) =>
  documentTitle(props, "minutes.documentTitle");

/** The minutes of a held meeting, print-ready, with the PDF and Word downloads. */
export default async function MinutesPage(props: MeetingDocumentProps) {
  const { model, lang, toolbar, downloads } = await meetingDocument(props, {
    document: "minutes",
    guard: (s) => requireGroupAccess(s),
    build: ({ db, groupId, meetingNumber }) => buildMinutes(db, { groupId, meetingNumber }),
  });
  return (
    <>
      <DocumentToolbar {...toolbar} downloads={downloads()} />
      <DocumentView spec={minutesDocument(model, lang)} />
    </>
  );
}
