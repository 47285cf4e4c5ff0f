import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { actionItems, projects, users } from "@/db/schema";
import type { Delegation } from "@/db/schema/enums";
import type { LocalizedValues } from "@/lib/i18n/localized";

export interface MeetingActionItem {
  id: string;
  text: LocalizedValues;
  ownerId: string;
  ownerName: string;
  ownerDelegation: Delegation;
  dueOn: string | null;
  doneAt: string | null;
  doneByName: string | null;
  project: { id: string; code: string; title: LocalizedValues } | null;
  /** Open with its due date passed. */
  overdue: boolean;
}

const owner = alias(users, "owner");
const doneBy = alias(users, "done_by");

/** The action items a meeting gave, in the order they were recorded, in one query. */
export async function getMeetingActionItems(
  db: Executor,
  groupId: string,
  meetingId: string,
  today: string,
): Promise<MeetingActionItem[]> {
  const rows = await db
    .select({
      id: actionItems.id,
      textNb: actionItems.textNb,
      textRu: actionItems.textRu,
      textEn: actionItems.textEn,
      ownerId: actionItems.ownerId,
      ownerName: owner.name,
      ownerDelegation: owner.delegation,
      dueOn: actionItems.dueOn,
      doneAt: actionItems.doneAt,
      doneByName: doneBy.name,
      projectId: projects.id,
      projectCode: projects.code,
      projectTitleNb: projects.titleNb,
      projectTitleRu: projects.titleRu,
      projectTitleEn: projects.titleEn,
    })
    .from(actionItems)
    .innerJoin(owner, eq(owner.id, actionItems.ownerId))
    .leftJoin(doneBy, eq(doneBy.id, actionItems.doneById))
    .leftJoin(
      projects,
      and(eq(projects.id, actionItems.projectId), eq(projects.groupId, actionItems.groupId)),
    )
    .where(and(eq(actionItems.groupId, groupId), eq(actionItems.meetingId, meetingId)))
    .orderBy(asc(actionItems.createdAt), asc(actionItems.id));
  return rows.map((r) => ({
    id: r.id,
    text: { nb: r.textNb, ru: r.textRu, en: r.textEn },
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    ownerDelegation: r.ownerDelegation,
    dueOn: r.dueOn,
    doneAt: r.doneAt?.toISOString() ?? null,
    doneByName: r.doneByName,
    project:
      r.projectId && r.projectCode
        ? {
            id: r.projectId,
            code: r.projectCode,
            title: { nb: r.projectTitleNb, ru: r.projectTitleRu, en: r.projectTitleEn },
          }
        : null,
    overdue: !r.doneAt && r.dueOn !== null && r.dueOn < today,
  }));
}
