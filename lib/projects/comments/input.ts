import { z } from "zod";
import { COMMENT_MAX } from "@/lib/projects/status-updates/rules";
import { storableString } from "@/lib/validation";
import { LOCALES } from "@/lib/vocabulary";

/** A comment on a project; without a language, the author's own. */
export const commentSchema = z.object({
  projectId: z.uuid(),
  body: storableString().trim().min(1).max(COMMENT_MAX),
  locale: z.preprocess((value) => (value === "" ? undefined : value), z.enum(LOCALES).optional()),
});

export type CommentInput = z.input<typeof commentSchema>;
