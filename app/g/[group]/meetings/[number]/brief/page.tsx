import { DateField, DocumentToolbar } from "@/components/brief/document-toolbar";
import { DocumentView } from "@/components/brief/document-view";
import { TranslationGaps } from "@/components/brief/translation-gaps";
import { Select } from "@/components/ui/input";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { briefDocument } from "@/lib/brief/document";
import { buildBrief } from "@/lib/brief/queries";
import { parseBriefScope, translationGaps } from "@/lib/brief/rules";
import { BRIEF_SCOPES } from "@/lib/brief/types";
import { documentTitle, type MeetingDocumentProps, meetingDocument } from "@/lib/pages/document";
import { documentFormat } from "@/lib/print/i18n";
import { firstParam } from "@/lib/print/languages";

export const generateMetadata = (props: MeetingDocumentProps) =>
  documentTitle(props, "documentTitle");

export default async function BriefPage(props: MeetingDocumentProps) {
  const { slug, user, role, model, lang, t, toolbar, downloads } = await meetingDocument(props, {
    document: "brief",
    guard: (s) => requireGroupAccess(s),
    build: ({ db, groupId, meetingNumber, query }) =>
      buildBrief(db, {
        groupId,
        meetingNumber,
        cutoff: firstParam(query.cutoff),
        scope: parseBriefScope(firstParam(query.scope)),
      }),
  });
  const ui = documentFormat(user.locale, model.period.timeZone);
  return (
    <>
      <DocumentToolbar
        {...toolbar}
        downloads={downloads({ cutoff: model.period.to, scope: model.scope })}
        fields={
          <>
            <DateField
              id="brief-cutoff"
              name="cutoff"
              label={t("cutoff")}
              value={model.period.to}
              min={model.period.from}
              hint={t("cutoffHint", { from: ui.day(model.period.from) })}
            />
            <div className="space-y-1">
              <label htmlFor="brief-scope" className="block text-xs font-medium text-muted">
                {t("scope")}
              </label>
              <Select id="brief-scope" name="scope" defaultValue={model.scope}>
                {BRIEF_SCOPES.map((scope) => (
                  <option key={scope} value={scope}>
                    {t(`scopes.${scope}`)}
                  </option>
                ))}
              </Select>
            </div>
          </>
        }
      />
      {/* Before the meeting, its coordinators see which notes still lack a translation. */}
      {model.header.meeting.state === "planned" && can(user, "meeting.manage", { role }) ? (
        <TranslationGaps
          gaps={translationGaps(model.areas)}
          projectsPath={`/g/${slug}/projects`}
          locale={user.locale}
        />
      ) : null}
      <DocumentView spec={briefDocument(model, lang)} />
    </>
  );
}
