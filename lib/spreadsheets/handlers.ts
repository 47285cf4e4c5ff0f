import "server-only";
import type { Action } from "@/lib/auth/permissions";
import { groupRouteAccess, plain } from "@/lib/auth/route-access";
import type { Viewer } from "@/lib/auth/viewer";
import { todayIso } from "@/lib/clock";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { asciiName } from "@/lib/print/response";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { getDb } from "@/lib/server/db";
import {
  exportHistoryRows,
  exportProjectRows,
  historySheet,
  projectIdByCode,
  projectSheet,
} from "@/lib/spreadsheets/export/queries";
import { templateSheets } from "@/lib/spreadsheets/export/template";
import { fileResponse, type SpreadsheetFormat, toCsv, toXlsx } from "./write";

type GroupParams = Promise<{ group: string }>;

/** The group of the URL and the viewer allowed `action` in it, or the response to send instead. */
async function groupRoute(params: GroupParams, viewer: Viewer | null, action: Action) {
  const { group: slug } = await params;
  return { slug, ...groupRouteAccess(viewer, slug, action) };
}

function queryObject(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    result[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return result;
}

async function render(sheet: Parameters<typeof toCsv>[0], format: SpreadsheetFormat, lang: Locale) {
  return format === "csv" ? toCsv(sheet) : toXlsx([sheet], lang);
}

/** GET …/projects/export/{csv,xlsx}?<the list's filters>: every matching project, all pages. */
export async function projectListFile(
  request: Request,
  params: GroupParams,
  format: SpreadsheetFormat,
  viewer: Viewer | null,
) {
  const allowed = await groupRoute(params, viewer, "group.read");
  if ("response" in allowed) return allowed.response;
  const { slug } = allowed;
  const { user } = allowed.viewer;
  const filters = parseProjectFilters(queryObject(new URL(request.url)));
  const today = todayIso();
  const rows = await exportProjectRows(
    getDb(),
    {
      groupId: allowed.group.id,
      userId: user.id,
      today,
      locale: user.locale,
      timeZone: timeZoneFor(user.delegation),
    },
    filters,
  );
  const body = await render(projectSheet(rows, user.locale), format, user.locale);
  return fileResponse(body, format, asciiName("projects", slug, today));
}

/** GET …/projects/export/history/{csv,xlsx}[?project=CODE]: the group's or one project's updates. */
export async function historyFile(
  request: Request,
  params: GroupParams,
  format: SpreadsheetFormat,
  viewer: Viewer | null,
) {
  const allowed = await groupRoute(params, viewer, "group.read");
  if ("response" in allowed) return allowed.response;
  const { slug } = allowed;
  const { user } = allowed.viewer;
  const db = getDb();
  const code = new URL(request.url).searchParams.get("project");
  const project = code === null ? null : await projectIdByCode(db, allowed.group.id, code);
  if (code !== null && !project) return plain(404, "Not found");
  const timeZone = timeZoneFor(user.delegation);
  const rows = await exportHistoryRows(db, {
    groupId: allowed.group.id,
    projectId: project?.id,
    timeZone,
  });
  const body = await render(historySheet(rows, user.locale, timeZone), format, user.locale);
  const name = asciiName("status-history", slug, project?.code ?? "", todayIso());
  return fileResponse(body, format, name);
}

/** GET …/projects/import/template/{csv,xlsx}?lang=nb|ru|en: headings and one example row. */
export async function templateFile(
  request: Request,
  params: GroupParams,
  format: SpreadsheetFormat,
  viewer: Viewer | null,
) {
  const allowed = await groupRoute(params, viewer, "project.import");
  if ("response" in allowed) return allowed.response;
  const { slug } = allowed;
  const requested = new URL(request.url).searchParams.get("lang");
  const lang = isLocale(requested) ? requested : allowed.viewer.user.locale;
  const sheets = await templateSheets(getDb(), allowed.group.id, lang);
  const body = format === "csv" ? toCsv(sheets[0]) : await toXlsx(sheets, lang);
  return fileResponse(body, format, asciiName("import-template", slug, lang));
}
