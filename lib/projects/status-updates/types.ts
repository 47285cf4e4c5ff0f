import type { Delegation, Locale, ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/** A project's history as its queries return it and the history components render it. */

interface EntryBase {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  authorName: string;
  side: Delegation;
}

/** An update's note and next steps in another language, and who translated them when. */
export interface UpdateTranslation {
  locale: Locale;
  note: string | null;
  nextSteps: string | null;
  translatorName: string;
  /** ISO 8601. */
  at: string;
  /** The original no longer says what was translated (possibly outdated). */
  outdated: boolean;
}

export interface UpdateEntry extends EntryBase {
  kind: "update";
  authorId: string;
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
  /** Translations of the note and next steps into other languages than `locale`. */
  translations: UpdateTranslation[];
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
