import type { ActionState } from "@/lib/actions/guard";

/**
 * What a meeting form's server action answers: the guarded action's result, what was
 * submitted (a refused form shows every entry again) and a fresh nonce per answer (so
 * fields re-mount with those entries, and a saved form can tell it was saved).
 */
export type MeetingFormState<T = unknown> = (ActionState<T> | { status: "idle" }) & {
  values?: Record<string, string | string[]>;
  nonce?: string;
};

export const IDLE_MEETING_FORM: MeetingFormState<never> = { status: "idle" };

/** What the list editors send to reorder: the whole list, in its new order. */
export interface ReorderRequest {
  groupId: string;
  meetingId: string;
  order: string[];
}

/** A meeting form's server action, as useActionState takes it. */
export type FormAction = (state: MeetingFormState, formData: FormData) => Promise<MeetingFormState>;

/** A list editor's reorder action. */
export type ReorderAction = (request: ReorderRequest) => Promise<ActionState>;
