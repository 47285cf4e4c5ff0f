import { z } from "zod";
import { comments } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { openProject } from "@/lib/projects/status-updates/actions";
import { COMMENT_MAX } from "@/lib/projects/status-updates/rules";
import { storableString } from "@/lib/validation";
import { LOCALES } from "@/lib/vocabulary";

export const commentSchema = z.object({
  projectId: z.uuid(),
  body: storableString().trim().min(1).max(COMMENT_MAX),
  locale: z.preprocess((value) => (value === "" ? undefined : value), z.enum(LOCALES).optional()),
});

export type CommentInput = z.input<typeof commentSchema>;

export const addComment = defineAction({
  name: "project.addComment",
  permission: "project.comment",
  schema: commentSchema,
  resource: (input) => ({ kind: "project", projectId: input.projectId }),
  async run({ tx, actor, input, groupId, audit }) {
    const project = await openProject(tx, input.projectId, groupId, { lock: false });
    const locale = input.locale ?? actor.locale;
    const [comment] = await tx
      .insert(comments)
      .values({ projectId: project.id, groupId, authorId: actor.id, body: input.body, locale })
      .returning({ id: comments.id });
    if (!comment) throw new Error("comment not inserted");
    await audit({
      action: "project.comment",
      entityType: "comment",
      entityId: comment.id,
      after: { projectId: project.id, locale, body: input.body },
    });
    return { commentId: comment.id };
  },
});
