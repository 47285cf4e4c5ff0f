import type {
  Currency,
  Delegation,
  GroupRole,
  Locale,
  NotificationKind,
  ProjectHealth,
  ProjectStatus,
} from "../../lib/vocabulary";

/** Text in up to three languages; a missing language is left out on purpose. */
export type L10n = Partial<Record<Locale, string>>;
/** Text that must exist in all three languages (names of groups, areas, cities). */
export type L10nFull = Record<Locale, string>;
/** ISO date, e.g. "2018-03-15". */
export type IsoDate = `${number}-${number}-${number}`;

export type GroupKey = "rcbc" | "energy";

export interface DemoPerson {
  /** Stable key used by the rest of the demo data. */
  key: string;
  email: string;
  name: string;
  delegation: Delegation;
  locale: Locale;
  /** Job title and organisation, in the person's own language. */
  position: string;
  isAdmin?: boolean;
  memberships: { group: GroupKey; role: GroupRole }[];
}

export interface DemoGroup {
  key: GroupKey;
  slug: string;
  name: L10nFull;
  commission: L10nFull;
}

export interface DemoArea {
  key: string;
  group: GroupKey;
  /** The OECD DAC 5 purpose code of the area (the sector of IATI exports). */
  dacCode?: string;
  name: L10nFull;
}

export interface DemoUpdate {
  date: IsoDate;
  /** A DemoPerson key: a contact of the project or a coordinator of its group. */
  author: string;
  status: ProjectStatus;
  /** Only for planned and in_progress. */
  health?: ProjectHealth;
  progress: number;
  note?: string;
  noteLocale?: Locale;
  nextSteps?: string;
  /** The other delegation's contact who confirmed this update, and when. */
  confirmedBy?: string;
  confirmedOn?: IsoDate;
  /** The note and next steps in another language, by a DemoPerson key, on a day. */
  translations?: { locale: Locale; note?: string; nextSteps?: string; by: string; on: IsoDate }[];
}

export interface DemoMilestone {
  title: L10n;
  due: IsoDate;
  doneOn?: IsoDate;
}

export interface DemoProject {
  group: GroupKey;
  code: string;
  area: string;
  title: L10n;
  summary: L10n;
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
  leadOrgNo: string;
  leadOrgRu: string;
  contactNo: string;
  contactRu: string;
  partners: string[];
  /** Place names in English spelling: Kirkenes, Murmansk, Nikel, Arkhangelsk, … */
  places: string[];
  funding?: { amount: number; currency: Currency; source: string };
  milestones: DemoMilestone[];
  /** Chronological; the last one is the project's current state. Empty: still proposed. */
  updates: DemoUpdate[];
  /** Work plan numbers (per group) that list this project. */
  plans: number[];
}

export interface DemoPlan {
  group: GroupKey;
  number: number;
  periodStart: number;
  periodEnd: number;
  state: "approved" | "superseded" | "draft";
  approvedOn?: IsoDate;
  /** Number of the meeting that approved it. */
  approvedAtMeeting?: number;
}

export interface DemoMeeting {
  group: GroupKey;
  number: number;
  /** For the planned next meeting, dates are computed from the seed's clock instead. */
  startsOn: IsoDate | "next";
  endsOn: IsoDate | "next";
  city: L10nFull;
  country: Delegation;
  state: "planned" | "held";
  minutes?: L10n;
  attendees: string[];
  agenda: { title: L10n; projects?: string[] }[];
  decisions: { text: L10n; project?: string }[];
}

export interface DemoActionItem {
  group: GroupKey;
  meeting: number;
  project?: string;
  text: L10n;
  owner: string;
  due: IsoDate | "before-next-meeting";
  doneOn?: IsoDate;
}

/** A comment on a project, some hours before the seed's clock. */
export interface DemoComment {
  group: GroupKey;
  project: string;
  /** A DemoPerson key: a member of the group who may comment. */
  author: string;
  body: string;
  locale: Locale;
  hoursAgo: number;
}

/**
 * What a demo user finds in their inbox at first sign-in, as the app would have written it:
 * a kind and references (rendered in the reader's language when read), some hours before the
 * seed's clock (notifications are kept 180 days, so they must be recent).
 */
export interface DemoNotification {
  /** Whose: a DemoPerson key. */
  to: string;
  kind: NotificationKind;
  group: GroupKey;
  /** Who caused it; none for what the clock caused (reminders, due dates). */
  actor?: string;
  project?: string;
  /** About the project's latest status update. */
  latestUpdate?: boolean;
  /** The action item of this meeting and project owned by the recipient. */
  actionItem?: { meeting: number; project: string };
  /** A meeting of the group by number (a reminder's meeting). */
  meeting?: number;
  /** A reminder's projects (codes), due by the meeting's first day. */
  reminder?: { projects: string[]; audience: "contact" | "coordinator" };
  hoursAgo: number;
  read?: boolean;
}

export interface DemoData {
  groups: DemoGroup[];
  people: DemoPerson[];
  areas: DemoArea[];
  plans: DemoPlan[];
  meetings: DemoMeeting[];
  projects: DemoProject[];
  actionItems: DemoActionItem[];
  comments: DemoComment[];
  notifications: DemoNotification[];
}
