import type { Milestone, Project } from "@/db/schema";
import { type Actor, can } from "@/lib/auth/permissions";
import type { Conflict, ErrorCode, FieldErrors, MessageRef } from "@/lib/errors";
import type { ProjectDetail } from "@/lib/projects/queries";
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

/** The project form's fields, as the browser submits them. */
export const FORM_FIELDS = [
  "code",
  "areaId",
  "status",
  "titleNb",
  "titleRu",
  "titleEn",
  "summaryNb",
  "summaryRu",
  "summaryEn",
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

export type ProjectFormState =
  | { status: "idle" }
  | {
      status: "error";
      code: ErrorCode;
      message: MessageRef;
      fieldErrors: FieldErrors;
      conflict: Conflict | null;
      /** Everything the user submitted, shown again: React resets a form after its action. */
      values: ProjectFormValues;
      /** New on every answer, so the fields re-mount with the returned values. */
      attempt: string;
    };

/** The archive and restore buttons' state: a message when refused (a redirect otherwise). */
export type ArchiveState = { message?: MessageRef };

export const IDLE_FORM: ProjectFormState = { status: "idle" };

export function emptyFormValues(): ProjectFormValues {
  const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, ""])) as ProjectFormValues;
  return { ...values, status: "proposed", milestones: "[]", version: "1" };
}

export function projectFormValues(project: Project, milestones: Milestone[]): ProjectFormValues {
  const drafts: MilestoneDraft[] = milestones.map((m) => ({
    id: m.id,
    titleNb: m.titleNb ?? "",
    titleRu: m.titleRu ?? "",
    titleEn: m.titleEn ?? "",
    dueOn: m.dueOn ?? "",
    doneOn: m.doneOn ?? "",
  }));
  return {
    code: project.code,
    areaId: project.areaId,
    status: project.status,
    titleNb: project.titleNb ?? "",
    titleRu: project.titleRu ?? "",
    titleEn: project.titleEn ?? "",
    summaryNb: project.summaryNb ?? "",
    summaryRu: project.summaryRu ?? "",
    summaryEn: project.summaryEn ?? "",
    plannedStart: project.plannedStart ?? "",
    plannedEnd: project.plannedEnd ?? "",
    leadOrgNo: project.leadOrgNo ?? "",
    leadOrgRu: project.leadOrgRu ?? "",
    contactNoId: project.contactNoId ?? "",
    contactRuId: project.contactRuId ?? "",
    partners: project.partners.join("\n"),
    places: project.places.join("\n"),
    fundingAmount: project.fundingAmount ?? "",
    fundingCurrency: project.fundingCurrency ?? "",
    fundingSource: project.fundingSource ?? "",
    milestones: JSON.stringify(drafts),
    version: String(project.version),
  };
}

/** What the browser sent, as the form shows it again (files and unknown fields dropped). */
export function submittedValues(formData: FormData): ProjectFormValues {
  const values = emptyFormValues();
  for (const field of FORM_FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
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
