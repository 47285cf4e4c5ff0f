import "server-only";
import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { Delegation, Locale, ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

export const HISTORY_LIMIT = 200;
/** Entries the project page shows before the reader asks for more (up to HISTORY_LIMIT). */
export const HISTORY_PAGE = 50;

interface EntryBase {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  authorName: string;
  side: Delegation;
}

export interface UpdateEntry extends EntryBase {
  kind: "update";
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
  previousStatus: ProjectStatus | null;
  previousHealth: ProjectHealth | null;
  previousProgress: number | null;
  note: string | null;
  nextSteps: string | null;
  locale: Locale | null;
  confirmation: { name: string; side: Delegation; at: string } | null;
}

export interface CommentEntry extends EntryBase {
  kind: "comment";
  body: string;
  locale: Locale;
}

export type HistoryEntry = UpdateEntry | CommentEntry;

export interface History {
  entries: HistoryEntry[];
  /** True when older entries exist beyond the newest ones returned. */
  truncated: boolean;
}

/**
 * Status updates and comments of a project, newest first, in one query. Each branch is
 * limited first so the indexes on (project_id, created_at desc) do the work.
 */
export async function getProjectHistory(
  db: Executor,
  groupId: string,
  projectId: string,
  shown: number = HISTORY_LIMIT,
): Promise<History> {
  const limit = shown + 1;
  const rows = await queryRows<{ entry: HistoryEntry }>(
    db,
    sql`select entry from (
        (select su.created_at, su.id, json_build_object(
            'kind', 'update', 'id', su.id, 'createdAt', su.created_at, 'authorName', a.name,
            'side', su.author_delegation, 'status', su.status, 'health', su.health,
            'progress', su.progress, 'previousStatus', su.previous_status,
            'previousHealth', su.previous_health, 'previousProgress', su.previous_progress,
            'note', su.note, 'nextSteps', su.next_steps, 'locale', su.note_locale,
            'confirmation', case when sc.update_id is null then null else json_build_object(
              'name', cu.name, 'side', sc.delegation, 'at', sc.created_at) end) as entry
          from status_updates su
          join users a on a.id = su.author_id
          left join status_confirmations sc on sc.update_id = su.id
          left join users cu on cu.id = sc.user_id
          where su.project_id = ${projectId} and su.group_id = ${groupId}
          order by su.created_at desc, su.id desc limit ${limit})
        union all
        (select c.created_at, c.id, json_build_object(
            'kind', 'comment', 'id', c.id, 'createdAt', c.created_at, 'authorName', a.name,
            'side', a.delegation, 'body', c.body, 'locale', c.locale) as entry
          from comments c
          join users a on a.id = c.author_id
          where c.project_id = ${projectId} and c.group_id = ${groupId} and c.deleted_at is null
          order by c.created_at desc, c.id desc limit ${limit})
      ) history
      order by created_at desc, id desc
      limit ${limit}`,
  );
  return {
    entries: rows.slice(0, shown).map((row) => row.entry),
    truncated: rows.length > shown,
  };
}
