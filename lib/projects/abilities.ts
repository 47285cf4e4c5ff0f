import type { GroupRole } from "@/db/schema/enums";
import { type Actor, can } from "@/lib/auth/permissions";
import type { ProjectDetail } from "./detail";

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
