import type { TextEditedAt } from "@/db/schema/projects";
import type { LocalizedValues } from "@/lib/i18n/localized";
import type { PlacePicker, PlaceRef } from "@/lib/places/types";
import type {
  Currency,
  Delegation,
  Locale,
  PlanState,
  ProjectHealth,
  ProjectStatus,
} from "@/lib/vocabulary";

/** The shapes the project queries return and the project components render. Types only. */

export interface ContactPerson {
  id: string;
  name: string;
  email: string;
  position: string | null;
}

export interface MilestoneItem {
  id: string;
  title: LocalizedValues;
  dueOn: string | null;
  doneOn: string | null;
}

export interface PlanMembership {
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
  carriedOver: boolean;
}

/** The project's newest status update and who, if anyone, has confirmed it. */
export interface LatestUpdate {
  id: string;
  side: Delegation;
  createdAt: string;
  confirmation: { name: string; side: Delegation; at: string } | null;
}

/** Everything the project page shows above its history. Dates are ISO strings. */
export interface ProjectDetail {
  id: string;
  code: string;
  title: LocalizedValues;
  summary: LocalizedValues;
  /** When each title and summary language was last edited (for "possibly outdated"). */
  textEditedAt: TextEditedAt;
  area: Record<Locale, string>;
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
  plannedStart: string | null;
  plannedEnd: string | null;
  leadOrgNo: string | null;
  leadOrgRu: string | null;
  contactNo: ContactPerson | null;
  contactRu: ContactPerson | null;
  partners: string[];
  /** In the project's order. */
  places: PlaceRef[];
  funding: { amount: string; currency: Currency; source: string | null } | null;
  lastUpdateAt: string | null;
  awaitingConfirmationFrom: Delegation | null;
  version: number;
  archivedAt: string | null;
  milestones: MilestoneItem[];
  plans: PlanMembership[];
  latestUpdate: LatestUpdate | null;
}

/** What creating, editing, archiving or restoring a project answers: where it is now. */
export interface SavedProject {
  groupSlug: string;
  code: string;
}

/** An area the project form offers: the group's current ones, and the project's own if archived. */
export interface AreaOption {
  id: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  archived: boolean;
}

export interface PersonOption {
  id: string;
  name: string;
  delegation: Delegation;
  /** False for a current contact who could not be chosen today (left the group, deactivated). */
  eligible: boolean;
}

export interface ProjectFormOptions {
  areas: AreaOption[];
  people: PersonOption[];
  places: PlacePicker;
}

export interface NextMeeting {
  number: number;
  startsOn: string;
  /** The day updates are due by, as set; null: the first day (cutoffOf). */
  briefCutoffOn: string | null;
  cityNb: string | null;
  cityRu: string | null;
  cityEn: string | null;
}

export interface MyActionItem {
  id: string;
  textNb: string | null;
  textRu: string | null;
  textEn: string | null;
  dueOn: string | null;
  projectCode: string | null;
  meetingNumber: number | null;
}
