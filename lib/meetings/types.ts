// The shapes the meeting queries return and the meeting components render. Types only.
import type { MessageRef } from "@/lib/errors";
import type { LocalizedValues } from "@/lib/i18n/localized";
import type { Delegation, GroupRole, MeetingState } from "@/lib/vocabulary";

export interface LinkedProject {
  id: string;
  code: string;
  title: LocalizedValues;
}

export interface Attendee {
  id: string;
  /** Null for a guest. */
  userId: string | null;
  name: string;
  delegation: Delegation;
  capacity: string | null;
  /** The member's own job title and organisation. */
  position: string | null;
}

export interface AgendaEntry {
  id: string;
  position: number;
  title: LocalizedValues;
  projects: LinkedProject[];
}

export interface DecisionEntry {
  id: string;
  position: number;
  text: LocalizedValues;
  project: LinkedProject | null;
}

/** Which meeting, when, where and in what state: what every view of a meeting starts from. */
export interface MeetingBasics {
  id: string;
  number: number;
  startsOn: string;
  endsOn: string;
  city: LocalizedValues;
  country: Delegation;
  state: MeetingState;
}

/** The meeting page's record, everything but the action items. Dates are ISO strings. */
export interface MeetingDetail extends MeetingBasics {
  closedAt: string | null;
  /** The day updates are due by, as set; null means the first day (see cutoffOf). */
  briefCutoffOn: string | null;
  /** When a coordinator told the group the brief is ready. */
  briefReadyAt: string | null;
  minutes: LocalizedValues;
  attendees: Attendee[];
  agenda: AgendaEntry[];
  decisions: DecisionEntry[];
  previousNumber: number | null;
  nextNumber: number | null;
}

export interface MeetingSummary extends MeetingBasics {
  closed: boolean;
  agendaItems: number;
  decisions: number;
  openActionItems: number;
}

export interface MemberOption {
  id: string;
  name: string;
  delegation: Delegation;
  role: GroupRole;
  position: string | null;
}

export interface ProjectOption {
  id: string;
  code: string;
  title: LocalizedValues;
  archived: boolean;
}

/** The choices of the meeting editors: active members and the group's projects. */
export interface MeetingEditorOptions {
  members: MemberOption[];
  projects: ProjectOption[];
}

export interface MeetingActionItem {
  id: string;
  text: LocalizedValues;
  ownerId: string;
  ownerName: string;
  ownerDelegation: Delegation;
  dueOn: string | null;
  doneAt: string | null;
  doneByName: string | null;
  project: LinkedProject | null;
  /** Open with its due date passed. */
  overdue: boolean;
}

/** An action item on the meeting page: may the viewer mark it done? */
export type ActionItemEntry = MeetingActionItem & { canComplete: boolean };

/** The three kinds of meeting items, each a list on the meeting page. */
export interface MeetingItems {
  agenda: AgendaEntry;
  decisions: DecisionEntry;
  actionItems: ActionItemEntry;
}
export type MeetingItemKind = keyof MeetingItems;

/** What every meeting form names: the group (checked by the guard) and the meeting. */
export interface MeetingRefs {
  groupId: string;
  meetingId: string;
}

/** What the list editors send to reorder: the whole list, in its new order. */
export interface ReorderRequest extends MeetingRefs {
  order: string[];
}

/** What a reorder answers, as far as the editor reads it. */
export type ReorderAnswer = { status: "success" } | { status: "error"; message: MessageRef };

/** Where the browser goes after a meeting is saved. */
export interface SavedMeeting {
  groupSlug: string;
  number: number;
}
