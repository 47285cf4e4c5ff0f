import { decide } from "@/lib/auth/permissions";
import type { Delegation, GroupRole, NotificationKind } from "@/lib/vocabulary";

/** A member of the event's working group, as the recipient rules need them. */
export interface Member {
  userId: string;
  role: GroupRole;
  delegation: Delegation;
  isAdmin: boolean;
}

export interface ProjectContacts {
  contactNoId: string | null;
  contactRuId: string | null;
}

/** What happened in a group, as far as deciding who hears of it goes. */
export type GroupEvent =
  | {
      type: "statusUpdate.posted";
      actorId: string;
      project: ProjectContacts;
      authorDelegation: Delegation;
    }
  | { type: "statusUpdate.confirmed"; actorId: string; authorId: string }
  | { type: "comment.added"; actorId: string; project: ProjectContacts }
  | {
      type: "project.contactsChanged";
      actorId: string;
      before: ProjectContacts;
      after: ProjectContacts;
    }
  | { type: "project.endMoved"; actorId: string; project: ProjectContacts }
  | { type: "project.archived"; actorId: string; project: ProjectContacts }
  | { type: "actionItem.assigned"; actorId: string; ownerId: string }
  | { type: "actionItem.dueSoon" | "actionItem.overdue"; ownerId: string }
  | {
      type: "meeting.scheduled" | "meeting.moved" | "meeting.cancelled" | "meeting.briefReady";
      actorId: string;
    }
  | { type: "plan.approved"; actorId: string };

export interface Recipient {
  userId: string;
  kind: NotificationKind;
}

const contactsOf = (p: ProjectContacts) =>
  [p.contactNoId, p.contactRuId].filter((id): id is string => id !== null);

const GROUP_WIDE: Record<string, NotificationKind> = {
  "meeting.scheduled": "meeting_scheduled",
  "meeting.moved": "meeting_moved",
  "meeting.cancelled": "meeting_cancelled",
  "meeting.briefReady": "brief_ready",
  "plan.approved": "plan_approved",
};

/**
 * Who hears of an event, and as what. Only members of the group ever do (every member may read
 * every project of their group), never the person who caused it, and each at most once.
 */
export function recipientsOf(event: GroupEvent, members: readonly Member[]): Recipient[] {
  const byId = new Map(members.map((m) => [m.userId, m]));
  const actorId = "actorId" in event ? event.actorId : null;
  const out = new Map<string, NotificationKind>();
  const add = (userId: string | null | undefined, kind: NotificationKind) => {
    if (!userId || userId === actorId || !byId.has(userId) || out.has(userId)) return;
    out.set(userId, kind);
  };
  switch (event.type) {
    case "statusUpdate.posted": {
      // Exactly those who may confirm it: the other side's contact and coordinators.
      const update = { authorDelegation: event.authorDelegation };
      for (const m of members) {
        const actor = { id: m.userId, isAdmin: m.isAdmin, delegation: m.delegation };
        const context = { role: m.role, project: event.project, update };
        if (decide(actor, "project.confirmUpdate", context) === "allow")
          add(m.userId, "update_awaiting_confirmation");
      }
      // The author's own side's contact, for information.
      add(
        event.authorDelegation === "NO" ? event.project.contactNoId : event.project.contactRuId,
        "project_updated",
      );
      break;
    }
    case "statusUpdate.confirmed":
      add(event.authorId, "update_confirmed");
      break;
    case "comment.added":
      for (const id of contactsOf(event.project)) add(id, "comment_added");
      break;
    case "project.contactsChanged": {
      const before = new Set(contactsOf(event.before));
      const after = new Set(contactsOf(event.after));
      for (const id of after) if (!before.has(id)) add(id, "contact_added");
      for (const id of before) if (!after.has(id)) add(id, "contact_removed");
      break;
    }
    case "project.endMoved":
      for (const id of contactsOf(event.project)) add(id, "end_date_moved");
      break;
    case "project.archived":
      for (const id of contactsOf(event.project)) add(id, "project_archived");
      break;
    case "actionItem.assigned":
      add(event.ownerId, "action_item_assigned");
      break;
    case "actionItem.dueSoon":
      add(event.ownerId, "action_item_due_soon");
      break;
    case "actionItem.overdue":
      add(event.ownerId, "action_item_overdue");
      break;
    default: {
      const kind = GROUP_WIDE[event.type];
      if (kind) for (const m of members) add(m.userId, kind);
    }
  }
  return [...out].map(([userId, kind]) => ({ userId, kind }));
}
