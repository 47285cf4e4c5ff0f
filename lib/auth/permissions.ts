import type { Delegation, GroupRole } from "@/lib/vocabulary";

/** Everything a user may try, named after product.md's permission table. */
export const GROUP_ACTIONS = [
  "group.read",
  "project.updateStatus",
  "project.confirmUpdate",
  "statusUpdate.translate",
  "project.comment",
  "project.manage",
  "plan.manage",
  "meeting.manage",
  "actionItem.complete",
  "project.import",
  "audit.read",
  "document.attach",
  "document.delete",
] as const;
export const INSTALLATION_ACTIONS = ["admin.manage"] as const;

export type GroupAction = (typeof GROUP_ACTIONS)[number];
export type InstallationAction = (typeof INSTALLATION_ACTIONS)[number];
export type Action = GroupAction | InstallationAction;

export interface Actor {
  id: string;
  isAdmin: boolean;
  delegation: Delegation;
}

/** Facts about the resource, loaded by the caller (see authorize.ts). */
export interface PermissionContext {
  /** The actor's role in the resource's working group; null when not a member. */
  role: GroupRole | null;
  project?: { contactNoId: string | null; contactRuId: string | null };
  /** For confirming (the side that posted it) or translating (also its author) a status update. */
  update?: { authorDelegation: Delegation; authorId?: string };
  actionItem?: { ownerId: string };
  /**
   * For documents: what the document is (or is to be) attached to, and who uploaded it. Evidence
   * of a status update goes with the project's `project` facts.
   */
  document?: { target: DocumentTargetKind; uploaderId: string | null };
}

/** What a document can be attached to (lib/documents). */
export type DocumentTargetKind = "project" | "evidence" | "meeting" | "agendaItem" | "plan";

/** allow; forbidden (a member without the right: 403); not_found (not a member: 404). */
export type Decision = "allow" | "forbidden" | "not_found";

type Rule = boolean | ((actor: Actor, context: PermissionContext) => boolean);

const isNamedContact: Rule = (actor, { project }) =>
  project !== undefined && (project.contactNoId === actor.id || project.contactRuId === actor.id);

/** The other side stands behind an update: a coordinator of that side, or its named contact. */
const isOtherSide: Rule = (actor, { update }) =>
  update !== undefined && actor.delegation !== update.authorDelegation;

const isOtherSidesContact: Rule = (actor, context) => {
  const { project, update } = context;
  if (!project || !update || !isOtherSide(actor, context)) return false;
  return update.authorDelegation === "NO"
    ? project.contactRuId === actor.id
    : project.contactNoId === actor.id;
};

/** A note is translated by whoever wrote it, or by the other side's named contact. */
const isAuthorOrOtherSidesContact: Rule = (actor, context) =>
  (context.update?.authorId !== undefined && context.update.authorId === actor.id) ||
  isOtherSidesContact(actor, context);

const isOwner: Rule = (actor, { actionItem }) => actionItem?.ownerId === actor.id;

/** Evidence of a status update is attached by those who may post one: the named contacts. */
const isEvidenceContact: Rule = (actor, context) =>
  context.document?.target === "evidence" && isNamedContact(actor, context);

const isUploader: Rule = (actor, { document }) =>
  document !== undefined && document.uploaderId === actor.id;

const RULES: Record<GroupAction, Record<GroupRole, Rule>> = {
  "group.read": { coordinator: true, delegate: true, observer: true },
  "project.updateStatus": { coordinator: true, delegate: isNamedContact, observer: false },
  "project.confirmUpdate": {
    coordinator: isOtherSide,
    delegate: isOtherSidesContact,
    observer: false,
  },
  "statusUpdate.translate": {
    coordinator: true,
    delegate: isAuthorOrOtherSidesContact,
    observer: false,
  },
  "project.comment": { coordinator: true, delegate: true, observer: false },
  "project.manage": { coordinator: true, delegate: false, observer: false },
  "plan.manage": { coordinator: true, delegate: false, observer: false },
  "meeting.manage": { coordinator: true, delegate: false, observer: false },
  "actionItem.complete": { coordinator: true, delegate: isOwner, observer: false },
  "project.import": { coordinator: true, delegate: false, observer: false },
  "audit.read": { coordinator: true, delegate: false, observer: false },
  // Documents of projects, meetings, agenda items and plans are the coordinators'; evidence
  // on a status update is also its contacts'. Whoever uploaded a document may delete it.
  "document.attach": { coordinator: true, delegate: isEvidenceContact, observer: false },
  "document.delete": { coordinator: true, delegate: isUploader, observer: false },
};

export function isInstallationAction(action: Action): action is InstallationAction {
  return (INSTALLATION_ACTIONS as readonly string[]).includes(action);
}

/** The one answer to "may this user do this action on this resource". */
export function decide(actor: Actor, action: Action, context: PermissionContext): Decision {
  if (actor.isAdmin) return "allow";
  if (isInstallationAction(action)) return "forbidden";
  // Nobody learns that a group they are not a member of exists.
  if (context.role === null) return "not_found";
  const rule = RULES[action][context.role];
  const allowed = typeof rule === "function" ? rule(actor, context) : rule;
  return allowed ? "allow" : "forbidden";
}

export function can(actor: Actor, action: Action, context: PermissionContext): boolean {
  return decide(actor, action, context) === "allow";
}
