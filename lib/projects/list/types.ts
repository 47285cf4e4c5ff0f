import type { Delegation, PlanState, ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/** The shapes the project list's queries return and its components render. Types only. */

export interface ProjectRow {
  id: string;
  code: string;
  titleNb: string | null;
  titleRu: string | null;
  titleEn: string | null;
  areaNb: string;
  areaRu: string;
  areaEn: string;
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
  plannedEnd: string | null;
  lastUpdateAt: Date | null;
  awaitingConfirmationFrom: Delegation | null;
  archived: boolean;
  contactNoId: string | null;
  contactRuId: string | null;
  contactNoName: string | null;
  contactRuName: string | null;
  overdue: boolean;
  stale: boolean;
}

/** A current area of the group, as the list's filters offer it. */
export interface AreaOption {
  id: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
}

export interface PlanOption {
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
}
