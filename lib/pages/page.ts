import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { MessageKeys, Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import type { requireGroupAccess } from "@/lib/auth/access";
import { getAppLocale } from "@/lib/i18n/server";
import { getDb } from "@/lib/server/db";

/**
 * The prologue pages share (a page's own concern: no domain rules here). Each page still calls
 * its guard itself (lib/auth/access.ts, lib/auth/session.ts) and hands the call in, so the
 * permission-coverage test reads which guard a page names; these helpers only do what follows.
 */

/** A page's query string, as Next hands it over. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
/** The route segment every page under /g/[group] has. */
export interface GroupParams {
  group: string;
}
/** The props of a page under /g/[group]; `P` adds the segments below it. */
export interface GroupPageProps<P extends GroupParams = GroupParams> {
  params: Promise<P>;
  searchParams: SearchParams;
}

/** A namespace of the catalogue (messages/en.json), as next-intl types it. */
export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
/** A full message key ("nav.projects"). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** The database handle every query takes first. */
export type Database = ReturnType<typeof getDb>;

/** What the guard allowed on a group's page: the viewer, the user, the group and the role. */
export type GroupAccess = Awaited<ReturnType<typeof requireGroupAccess>>;

/** `generateMetadata` for a page whose title is one message. */
export function pageTitle(key: MessageKey): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations())(key) });
}

/**
 * After the page's guard: the words (of `namespace`, or all of them), the reader's language and
 * the database.
 */
export async function openPage<A, N extends MessageNamespace = never>(
  guard: Promise<A>,
  namespace?: N,
) {
  const access = await guard;
  const [t, locale] = await Promise.all([getTranslations(namespace), getAppLocale()]);
  return { access, t, locale, db: getDb() };
}

/**
 * A page under /g/[group]: its segments, then the guard the page names (given the group's slug),
 * then what openPage gives, with the group's path.
 */
export async function groupPage<P extends GroupParams, N extends MessageNamespace = never>(
  params: Promise<P>,
  guard: (slug: string) => Promise<GroupAccess>,
  namespace?: N,
) {
  const route = await params;
  const slug = route.group;
  const { access, ...page } = await openPage(guard(slug), namespace);
  return { ...access, ...page, route, slug, groupPath: `/g/${slug}` };
}

/**
 * One record of a group named by the route's `segment` (a meeting's number, a project's code),
 * read once per request however often asked (a page and its metadata): the guard first, then
 * `parse` and `find`; a segment that names nothing, or nothing found, is 404. The loader takes
 * the page's params and gives what groupPage gives, with the record.
 */
export function groupRecord<K extends string, V, T>(
  segment: K,
  guard: (slug: string) => Promise<GroupAccess>,
  parse: (value: string) => V | null,
  find: (db: Database, groupId: string, key: V) => Promise<T | null | undefined>,
) {
  const load = cache(async (slug: string, value: string) => {
    const access = await guard(slug);
    const key = parse(value);
    const record = key === null ? null : await find(getDb(), access.group.id, key);
    if (!record) notFound();
    return { ...access, record };
  });
  return async (params: Promise<GroupParams & Record<K, string>>) => {
    const route = await params;
    const slug = route.group;
    const [found, t, locale] = await Promise.all([
      load(slug, route[segment]),
      getTranslations(),
      getAppLocale(),
    ]);
    return { ...found, t, locale, db: getDb(), route, slug, groupPath: `/g/${slug}` };
  };
}

/** A URL segment decoded, or null where it is not valid percent-encoding. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** `?page=` of a plain paged list: a whole number from 1, else the first page. */
export function pageOf(raw: string | string[] | undefined): number {
  return typeof raw === "string" && /^\d{1,5}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
}

/**
 * What components/ui/pagination.tsx needs of a plain paged list at `basePath`, but for the words
 * of its range: the link to a page, the first without `?page=`.
 */
export function plainPages(basePath: string, page: number, total: number, pageSize: number) {
  const href = (to: number) => (to > 1 ? `${basePath}?page=${to}` : basePath);
  return { page, total, pageSize, href };
}
