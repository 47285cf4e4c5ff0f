import type { ProjectStatus } from "@/db/schema/enums";
import type { Locale } from "@/lib/i18n/locales";
import { type Localized, pickLocalized } from "@/lib/i18n/localized";
import type { AreaRef, PlanProject } from "./queries";

export interface AreaGroup {
  area: AreaRef;
  projects: PlanProject[];
}

/** Projects (already in area order) grouped under their cooperation area. */
export function groupByArea(projects: readonly PlanProject[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  for (const project of projects) {
    const last = groups.at(-1);
    if (last?.area.id === project.area.id) last.projects.push(project);
    else groups.push({ area: project.area, projects: [project] });
  }
  return groups;
}

export interface Candidate {
  id: string;
  code: string;
  title: Localized | null;
  status: ProjectStatus;
  /** Code and titles in every language, lower-cased, for the filter. */
  search: string;
}

export interface CandidateArea {
  id: string;
  name: string;
  projects: Candidate[];
}

/** The projects a draft may take, by area, in the reader's language; all a client form needs. */
export function candidateAreas(projects: readonly PlanProject[], locale: Locale): CandidateArea[] {
  return groupByArea(projects).map(({ area, projects: list }) => ({
    id: area.id,
    name: pickLocalized(area.name, locale)?.text ?? "",
    projects: list.map((p) => ({
      id: p.id,
      code: p.code,
      title: pickLocalized(p.title, locale),
      status: p.status,
      search: [p.code, p.title.nb, p.title.ru, p.title.en].filter(Boolean).join(" ").toLowerCase(),
    })),
  }));
}
