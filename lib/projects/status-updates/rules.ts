import { type Actor, can } from "@/lib/auth/permissions";
import type { UpdateEntry, UpdateTranslation } from "@/lib/projects/status-updates/types";
import { type Delegation, type GroupRole, HEALTH_STATUSES, type Locale } from "@/lib/vocabulary";

/* Rules shared by the status update and comment forms (in the browser) and their actions. */

export const NOTE_MAX = 4000;
export const NEXT_STEPS_MAX = 2000;
export const COMMENT_MAX = 4000;

/** Health is rated only while a project is planned or in progress. */
export const needsHealth = (status: string): boolean =>
  (HEALTH_STATUSES as readonly string[]).includes(status);

export const otherSide = (side: Delegation): Delegation => (side === "NO" ? "RU" : "NO");

/** Who reads a project's history, for the translate form: the same facts the action checks. */
export interface Translator {
  actor: Actor;
  role: GroupRole | null;
  project: { contactNoId: string | null; contactRuId: string | null };
  /** False on an archived project: read-only. */
  open: boolean;
}

/** The update's author, the other side's contact or a coordinator may translate its text. */
export function mayTranslate(translator: Translator | undefined, entry: UpdateEntry): boolean {
  if (!translator?.open || !entry.locale || (!entry.note && !entry.nextSteps)) return false;
  return can(translator.actor, "statusUpdate.translate", {
    role: translator.role,
    project: translator.project,
    update: { authorDelegation: entry.side, authorId: entry.authorId },
  });
}

/** The translation a reader sees instead of the original: theirs, when the note is in another. */
export function translationFor(entry: UpdateEntry, locale: Locale): UpdateTranslation | null {
  if (!entry.locale || entry.locale === locale) return null;
  return entry.translations.find((t) => t.locale === locale) ?? null;
}
