import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
import { parseMeetingNumber } from "@/lib/meetings/input";
import { documentFormat } from "@/lib/print/i18n";
import { firstParam, parseDocLang } from "@/lib/print/languages";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ group: string; number: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("brief");
  const number = parseMeetingNumber((await params).number) ?? 0;
  return { title: `${t("documentTitle")} · ${t("meetingShort", { number })}` };
}

export default async function BriefPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { group: slug, number } = await params;
  const { group, user, role } = await requireGroupAccess(slug);
  const meetingNumber = parseMeetingNumber(number);
  if (!meetingNumber) notFound();
  const query = await searchParams;
  const model = await buildBrief(getDb(), {
    groupId: group.id,
    meetingNumber,
    cutoff: firstParam(query.cutoff),
    scope: parseBriefScope(firstParam(query.scope)),
  });
  if (!model) notFound();
  const lang = parseDocLang(firstParam(query.lang), user.locale);
  const t = await getTranslations("brief.form");
  const base = `/g/${slug}/meetings/${meetingNumber}`;
  const download = (format: "pdf" | "docx") =>
    `${base}/brief/${format}?${new URLSearchParams({ lang, cutoff: model.period.to, scope: model.scope })}`;
  const ui = documentFormat(user.locale, model.period.timeZone);
  return (
    <>
      <DocumentToolbar
        action={`${base}/brief`}
        lang={lang}
        legend={t("legend")}
        back={{ href: base, label: t("back") }}
        downloads={{ pdf: download("pdf"), docx: download("docx") }}
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
