import "server-only";
import { cooperationAreas, projects } from "@/db/schema";
import { localizedColumns } from "@/lib/i18n/localized";

/*
 * The project columns many reads select alike, defined once: spread them into a select
 * (`db.select({ id: projects.id, ...projectTitleColumns })`) so every list names a project the
 * same way.
 */

/** A project's code and its title in nb, ru and en: how a project is named wherever it is listed. */
export const projectTitleColumns = {
  code: projects.code,
  ...localizedColumns(projects, "title"),
};

/** The same for a relational query's `columns` (`db.query.projects.findFirst({ columns })`). */
export const projectTitleFields = {
  code: true,
  titleNb: true,
  titleRu: true,
  titleEn: true,
} as const;

/** A project's summary in nb, ru and en. */
export const projectSummaryColumns = localizedColumns(projects, "summary");

/** The name of a project's cooperation area in nb, ru and en (`cooperationAreas` joined). */
export const areaNameColumns = localizedColumns(cooperationAreas, "name", "area");
