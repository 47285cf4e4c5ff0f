import type { Milestone, Project } from "@/db/schema";
import type { TextEditedAt } from "@/db/schema/projects";
import { type Actor, can } from "@/lib/auth/permissions";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { localizedFormFields, localizedKeys } from "@/lib/i18n/localized";
import type { MilestoneItem, ProjectDetail, SavedProject } from "@/lib/projects/types";
import type { GroupRole } from "@/lib/vocabulary";

/** Limits of the project form, shared by the server schema and the browser (no zod here). */
export const LIMITS = {
  code: 32,
  title: 300,
  summary: 5000,
  organisation: 200,
  source: 200,
  lines: 30,
  line: 200,
  milestones: 50,
} as const;

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A project starts as proposed or planned; later statuses come only through status updates. */
export const INITIAL_STATUSES = ["proposed", "planned"] as const;

/** Roles that can act as a project's contact person (observers post no status updates). */
export const CONTACT_ROLES = ["coordinator", "delegate"] as const;

/** The project form's fields, as the browser submits them. */
export const FORM_FIELDS = [
  "code",
  "areaId",
  "status",
  ...localizedKeys("title"),
  ...localizedKeys("summary"),
  "plannedStart",
  "plannedEnd",
  "leadOrgNo",
  "leadOrgRu",
  "contactNoId",
  "contactRuId",
  "partners",
  "places",
  "fundingAmount",
  "fundingCurrency",
  "fundingSource",
  "milestones",
  "version",
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type ProjectFormValues = Record<FormField, string>;

/** One row of the milestone editor, serialised into the `milestones` field. */
export interface MilestoneDraft {
  id: string;
  titleNb: string;
  titleRu: string;
  titleEn: string;
  dueOn: string;
  doneOn: string;
}

export function emptyFormValues(): ProjectFormValues {
  const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, ""])) as ProjectFormValues;
  return { ...values, status: "proposed", milestones: "[]", version: "1" };
}

/** The edit form's values; `places` are the project's place keys in order. */
export function projectFormValues(
  project: Project,
  milestones: Milestone[],
  places: readonly string[],
): ProjectFormValues {
  const drafts: MilestoneDraft[] = milestones.map((m) => ({
    id: m.id,
    ...localizedFormFields(m, "title"),
    dueOn: m.dueOn ?? "",
    doneOn: m.doneOn ?? "",
  }));
  return {
    code: project.code,
    areaId: project.areaId,
    status: project.status,
    ...localizedFormFields(project, "title"),
    ...localizedFormFields(project, "summary"),
    plannedStart: project.plannedStart ?? "",
    plannedEnd: project.plannedEnd ?? "",
    leadOrgNo: project.leadOrgNo ?? "",
    leadOrgRu: project.leadOrgRu ?? "",
    contactNoId: project.contactNoId ?? "",
    contactRuId: project.contactRuId ?? "",
    partners: project.partners.join("\n"),
    places: places.join("\n"),
    fundingAmount: project.fundingAmount ?? "",
    fundingCurrency: project.fundingCurrency ?? "",
    fundingSource: project.fundingSource ?? "",
    milestones: JSON.stringify(drafts),
    version: String(project.version),
  };
}

export interface ProjectAbilities {
  manage: boolean;
  updateStatus: boolean;
  comment: boolean;
  /** Confirm the latest update on behalf of the reader's side. */
  confirmLatest: boolean;
}

/**
 * What the reader may do on the project page, from the same permission module the actions
 * use. An archived project is read-only; an update is confirmed once, by the other side.
 */
export function projectAbilities(
  actor: Actor,
  role: GroupRole | null,
  project: Pick<
    ProjectDetail,
    "archivedAt" | "contactNo" | "contactRu" | "latestUpdate" | "awaitingConfirmationFrom"
  >,
): ProjectAbilities {
  const open = project.archivedAt === null;
  const contacts = {
    contactNoId: project.contactNo?.id ?? null,
    contactRuId: project.contactRu?.id ?? null,
  };
  const latest = project.latestUpdate;
  const confirmable =
    open &&
    latest !== null &&
    latest.confirmation === null &&
    project.awaitingConfirmationFrom !== null &&
    actor.delegation !== latest.side;
  return {
    manage: can(actor, "project.manage", { role }),
    updateStatus: open && can(actor, "project.updateStatus", { role, project: contacts }),
    comment: open && can(actor, "project.comment", { role }),
    confirmLatest:
      confirmable &&
      can(actor, "project.confirmUpdate", {
        role,
        project: contacts,
        update: { authorDelegation: latest.side },
      }),
  };
}

/** The project's page. */
export const projectPath = ({ groupSlug, code }: SavedProject) =>
  `/g/${groupSlug}/projects/${encodeURIComponent(code)}`;

/**
 * Refreshed after a project is created, edited, archived or restored: its code, titles and
 * area show on every page of the group (lists, dashboard, plans, meetings).
 */
export const groupPages = ({ groupSlug }: SavedProject) =>
  [{ path: `/g/${groupSlug}`, type: "layout" }] as const;

/**
 * The pages that show a project's state, refreshed after a write to it. Route patterns, not
 * submitted paths: nothing from the request decides what is refreshed.
 */
export const PROJECT_PAGES = [
  "/g/[group]/projects/[code]",
  "/g/[group]/projects",
  "/g/[group]/my",
  "/g/[group]",
] as const;

/** Planned end passed while the project is neither completed nor cancelled. */
export function isOverdue(
  project: Pick<ProjectDetail, "plannedEnd" | "status">,
  today: string,
): boolean {
  return (
    project.plannedEnd !== null &&
    project.plannedEnd < today &&
    project.status !== "completed" &&
    project.status !== "cancelled"
  );
}

export function isMilestoneOverdue(milestone: MilestoneItem, today: string): boolean {
  return milestone.doneOn === null && milestone.dueOn !== null && milestone.dueOn < today;
}

/*
 * A project's texts come in three languages: which translation another language has overtaken
 * (the form and the page mark it "possibly outdated").
 */

export const TEXT_FIELDS = ["title", "summary"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextKey = `${TextField}.${Locale}`;
type TextColumn<F extends TextField = TextField> = `${F}${"Nb" | "Ru" | "En"}`;
/** A project's texts as columns (a row, or the form's parsed input). */
export type TextValues = Partial<Record<TextColumn, string | null>>;

export function textColumn<F extends TextField>(field: F, lang: Locale): TextColumn<F> {
  return `${field}${lang === "nb" ? "Nb" : lang === "ru" ? "Ru" : "En"}`;
}

const present = (values: TextValues, field: TextField, lang: Locale) =>
  Boolean(values[textColumn(field, lang)]?.trim());

const editedAt = (stamps: TextEditedAt, key: TextKey) => {
  const time = Date.parse(stamps[key] ?? "");
  return Number.isNaN(time) ? 0 : time;
};

/**
 * The texts another language has overtaken: some other language of the same field was edited
 * after this one, so this translation may no longer say the same (e.g. ["title.ru"]).
 */
export function outdatedLanguages(textEditedAt: TextEditedAt, values: TextValues): TextKey[] {
  const outdated: TextKey[] = [];
  for (const field of TEXT_FIELDS) {
    for (const lang of LOCALES) {
      if (!present(values, field, lang)) continue;
      const own = editedAt(textEditedAt, `${field}.${lang}`);
      const overtaken = LOCALES.some(
        (other) =>
          other !== lang &&
          present(values, field, other) &&
          editedAt(textEditedAt, `${field}.${other}`) > own,
      );
      if (overtaken) outdated.push(`${field}.${lang}`);
    }
  }
  return outdated;
}
