import "server-only";
import { comments } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { onProject } from "@/lib/actions/resources";
import { notifyGroup } from "@/lib/notifications/writes";
import { commentSchema } from "@/lib/projects/comments/input";
import { assertOpen, lockProject } from "@/lib/projects/writes";

export const addComment = defineAction({
  name: "project.addComment",
  idempotent: true,
  ...onProject("project.comment", commentSchema),
  async run({ tx, actor, input, groupId, audit }) {
    const project = await lockProject(tx, groupId, input.projectId, { lock: false });
    assertOpen(project);
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
    await notifyGroup(
      tx,
      groupId,
      {
        type: "comment.added",
        actorId: actor.id,
        project: { contactNoId: project.contactNoId, contactRuId: project.contactRuId },
      },
      { projectId: project.id },
    );
    return { commentId: comment.id };
  },
});
