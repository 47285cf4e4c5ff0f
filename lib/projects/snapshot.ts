/* A project's editable fields as the audit log records them, and what changed between two. */
import type { Milestone, Project } from "@/db/schema";
import { localizedColumns } from "@/lib/i18n/localized";
import type { MilestoneInput, ProjectInput } from "@/lib/projects/input";

type MilestoneSummary = Pick<Milestone, "titleNb" | "titleRu" | "titleEn" | "dueOn" | "doneOn">;

/**
 * The editable fields of a project as the audit log records them. Keys match the `fields.*`
 * messages, so a conflict notice can name them; references are ids.
 */
export interface ProjectSnapshot {
  code: string;
  area: string;
  titleNb: string | null;
  titleRu: string | null;
  titleEn: string | null;
  summaryNb: string | null;
  summaryRu: string | null;
  summaryEn: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  leadOrgNo: string | null;
  leadOrgRu: string | null;
  contactNo: string | null;
  contactRu: string | null;
  partners: string[];
  /** Place keys, in order. */
  places: string[];
  fundingAmount: string | null;
  fundingCurrency: string | null;
  fundingSource: string | null;
  milestones: MilestoneSummary[];
}

type EditableRow = Pick<
  Project,
  | "code"
  | "areaId"
  | "titleNb"
  | "titleRu"
  | "titleEn"
  | "summaryNb"
  | "summaryRu"
  | "summaryEn"
  | "plannedStart"
  | "plannedEnd"
  | "leadOrgNo"
  | "leadOrgRu"
  | "contactNoId"
  | "contactRuId"
  | "partners"
  | "fundingAmount"
  | "fundingCurrency"
  | "fundingSource"
>;

/** `places` are place keys in order: the input's, or what the project has (projectPlaceKeys). */
export function snapshotOf(
  row: (EditableRow & { places: readonly string[] }) | ProjectInput,
  milestones: readonly (MilestoneSummary | MilestoneInput)[],
): ProjectSnapshot {
  return {
    code: row.code,
    area: row.areaId,
    ...localizedColumns(row, "title"),
    ...localizedColumns(row, "summary"),
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    leadOrgNo: row.leadOrgNo,
    leadOrgRu: row.leadOrgRu,
    contactNo: row.contactNoId,
    contactRu: row.contactRuId,
    partners: [...row.partners],
    places: [...row.places],
    fundingAmount: row.fundingAmount,
    fundingCurrency: row.fundingCurrency,
    fundingSource: row.fundingSource,
    milestones: milestones.map(({ titleNb, titleRu, titleEn, dueOn, doneOn }) => ({
      titleNb,
      titleRu,
      titleEn,
      dueOn,
      doneOn,
    })),
  };
}

export interface SnapshotDiff {
  before: Partial<ProjectSnapshot>;
  after: Partial<ProjectSnapshot>;
  fields: (keyof ProjectSnapshot)[];
}

/** Only the fields that changed, before and after. */
export function diffSnapshots(before: ProjectSnapshot, after: ProjectSnapshot): SnapshotDiff {
  const fields = (Object.keys(after) as (keyof ProjectSnapshot)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  const pick = (snapshot: ProjectSnapshot) =>
    Object.fromEntries(fields.map((key) => [key, snapshot[key]])) as Partial<ProjectSnapshot>;
  return { before: pick(before), after: pick(after), fields };
}
