import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentToolbar } from "@/components/brief/document-toolbar";
import { DocumentView } from "@/components/brief/document-view";
import { requireGroupAccess } from "@/lib/auth/access";
import { minutesDocument } from "@/lib/brief/minutes/document";
import { buildMinutes } from "@/lib/brief/minutes/queries";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { firstParam, parseDocLang } from "@/lib/print/languages";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ group: string; number: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("brief");
  const number = parseMeetingNumber((await params).number) ?? 0;
  return { title: `${t("minutes.documentTitle")} · ${t("meetingShort", { number })}` };
}

/** The minutes of a held meeting, print-ready, with the PDF and Word downloads. */
export default async function MinutesPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { group: slug, number } = await params;
  const { group, user } = await requireGroupAccess(slug);
  const meetingNumber = parseMeetingNumber(number);
  if (!meetingNumber) notFound();
  const model = await buildMinutes(getDb(), { groupId: group.id, meetingNumber });
  if (!model) notFound();
  const lang = parseDocLang(firstParam((await searchParams).lang), user.locale);
  const t = await getTranslations("brief.form");
  const base = `/g/${slug}/meetings/${meetingNumber}`;
  const download = (format: "pdf" | "docx") => `${base}/minutes/${format}?lang=${lang}`;
  return (
    <>
      <DocumentToolbar
        action={`${base}/minutes`}
        lang={lang}
        legend={t("legend")}
        back={{ href: base, label: t("back") }}
        downloads={{ pdf: download("pdf"), docx: download("docx") }}
      />
      <DocumentView spec={minutesDocument(model, lang)} />
    </>
  );
}
