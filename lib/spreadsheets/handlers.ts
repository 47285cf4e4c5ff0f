import "server-only";
import { groupFileRoute, plain } from "@/lib/auth/route-access";
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

type GroupParams = { group: string };

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
export const projectListFile = groupFileRoute<GroupParams, SpreadsheetFormat>(
  "group.read",
  async ({ slug, group, viewer: { user } }, request, format) => {
    const filters = parseProjectFilters(queryObject(new URL(request.url)));
    const today = todayIso();
    const rows = await exportProjectRows(
      getDb(),
      {
        groupId: group.id,
        userId: user.id,
        today,
        locale: user.locale,
        timeZone: timeZoneFor(user.delegation),
      },
      filters,
    );
    const body = await render(projectSheet(rows, user.locale), format, user.locale);
    return fileResponse(body, format, asciiName("projects", slug, today));
  },
);

/** GET …/projects/export/history/{csv,xlsx}[?project=CODE]: the group's or one project's updates. */
export const historyFile = groupFileRoute<GroupParams, SpreadsheetFormat>(
  "group.read",
  async ({ slug, group, viewer: { user } }, request, format) => {
    const db = getDb();
    const code = new URL(request.url).searchParams.get("project");
    const project = code === null ? null : await projectIdByCode(db, group.id, code);
    if (code !== null && !project) return plain(404, "Not found");
    const timeZone = timeZoneFor(user.delegation);
    const rows = await exportHistoryRows(db, {
      groupId: group.id,
      projectId: project?.id,
      timeZone,
    });
    const body = await render(historySheet(rows, user.locale, timeZone), format, user.locale);
    const name = asciiName("status-history", slug, project?.code ?? "", todayIso());
    return fileResponse(body, format, name);
  },
);

/** GET …/projects/import/template/{csv,xlsx}?lang=nb|ru|en: headings and one example row. */
export const templateFile = groupFileRoute<GroupParams, SpreadsheetFormat>(
  "project.import",
  async ({ slug, group, viewer: { user } }, request, format) => {
    const requested = new URL(request.url).searchParams.get("lang");
    const lang = isLocale(requested) ? requested : user.locale;
    const sheets = await templateSheets(getDb(), group.id, lang);
    const body = format === "csv" ? toCsv(sheets[0]) : await toXlsx(sheets, lang);
    return fileResponse(body, format, asciiName("import-template", slug, lang));
  },
);
