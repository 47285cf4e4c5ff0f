import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { firstParam, parseDocLang } from "@/lib/print/languages";
import { getDb } from "@/lib/server/db";
import type { Database, GroupAccess, GroupParams, MessageNamespace, SearchParams } from "./page";

/** The query string of a page, awaited. */
export type Query = Awaited<SearchParams>;

/**
 * A group's printable document (a meeting's brief and minutes, the report): after the guard the
 * page names, the model `build` reads from the route and the query (none: 404), the language the
 * reader chose (their own by default) and the words of `namespace`.
 */
export async function documentPage<P extends GroupParams, M, N extends MessageNamespace>(
  params: Promise<P>,
  searchParams: SearchParams,
  page: {
    guard: (slug: string) => Promise<GroupAccess>;
    namespace: N;
    build: (from: {
      db: Database;
      groupId: string;
      route: P;
      query: Query;
    }) => Promise<M | null> | null;
  },
) {
  const route = await params;
  const access = await page.guard(route.group);
  const query = await searchParams;
  const model = await page.build({ db: getDb(), groupId: access.group.id, route, query });
  if (!model) notFound();
  const lang = parseDocLang(firstParam(query.lang), access.user.locale);
  const t = await getTranslations(page.namespace);
  return { ...access, route, slug: route.group, query, model, lang, t };
}

/** The route of a meeting's document. */
export interface MeetingRoute extends GroupParams {
  number: string;
}

/** The props of a meeting's document page. */
export interface MeetingDocumentProps {
  params: Promise<MeetingRoute>;
  searchParams: SearchParams;
}

/**
 * documentPage for a meeting's `document`: `build` gets the meeting's number (none valid: 404).
 * Gives, besides, what the document's toolbar shows (components/brief/document-toolbar.tsx) and
 * its downloads, in the language chosen and with the settings `query` adds.
 */
export async function meetingDocument<M>(
  { params, searchParams }: MeetingDocumentProps,
  page: {
    document: "brief" | "minutes";
    guard: (slug: string) => Promise<GroupAccess>;
    build: (from: {
      db: Database;
      groupId: string;
      meetingNumber: number;
      query: Query;
    }) => Promise<M | null>;
  },
) {
  const found = await documentPage(params, searchParams, {
    guard: page.guard,
    namespace: "brief.form",
    build: ({ route, ...from }) => {
      const meetingNumber = parseMeetingNumber(route.number);
      return meetingNumber ? page.build({ ...from, meetingNumber }) : null;
    },
  });
  const { slug, route, lang, t } = found;
  // A valid number is written one way only: the route's segment is the meeting's number.
  const base = `/g/${slug}/meetings/${route.number}`;
  const download = (format: "pdf" | "docx", query: Record<string, string>) =>
    `${base}/${page.document}/${format}?${new URLSearchParams({ lang, ...query })}`;
  return {
    ...found,
    toolbar: {
      action: `${base}/${page.document}`,
      lang,
      legend: t("legend"),
      back: { href: base, label: t("back") },
    },
    downloads: (query: Record<string, string> = {}) => ({
      pdf: download("pdf", query),
      docx: download("docx", query),
    }),
  };
}

/** The title of a meeting's document: the document's name and the meeting's. */
export async function documentTitle(
  { params }: Pick<MeetingDocumentProps, "params">,
  name: "documentTitle" | "minutes.documentTitle",
): Promise<Metadata> {
  const t = await getTranslations("brief");
  const number = parseMeetingNumber((await params).number) ?? 0;
  return { title: `${t(name)} · ${t("meetingShort", { number })}` };
}
