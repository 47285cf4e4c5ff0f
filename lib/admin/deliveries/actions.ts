import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { jobs } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { ADMIN_ONLY } from "@/lib/admin/rules";
import { AppError } from "@/lib/errors";
import { deadLetterInput } from "./input";

async function lockDead(tx: Transaction, jobId: number) {
  const [job] = await tx
    .select({ id: jobs.id, kind: jobs.kind, attempts: jobs.attempts, lastError: jobs.lastError })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.state, "dead")))
    .for("update");
  if (!job) throw new AppError("conflict", { message: { key: "admin.deliveries.errors.notDead" } });
  return job;
}

/** Sends a dead letter again: it is due at once, with all its attempts back. */
export const retryDeadLetter = defineAction({
  name: "admin.retryDeadLetter",
  schema: deadLetterInput,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }) {
    const job = await lockDead(tx, input.jobId);
    await tx
      .update(jobs)
      .set({ state: "pending", attempts: 0, runAt: sql`now()`, finishedAt: null })
      .where(eq(jobs.id, job.id));
    await audit({
      action: "settings.retry_delivery",
      entityType: "job",
      entityId: String(job.id),
      before: { state: "dead", attempts: job.attempts, lastError: job.lastError },
      after: { state: "pending" },
    });
    return { jobId: job.id };
  },
});

/** Gives up on a dead letter: kept as discarded, out of the list. */
export const discardDeadLetter = defineAction({
  name: "admin.discardDeadLetter",
  schema: deadLetterInput,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }) {
    const job = await lockDead(tx, input.jobId);
    await tx
      .update(jobs)
      .set({ state: "discarded", finishedAt: sql`now()` })
      .where(eq(jobs.id, job.id));
    await audit({
      action: "settings.discard_delivery",
      entityType: "job",
      entityId: String(job.id),
      before: { state: "dead", lastError: job.lastError },
      after: { state: "discarded" },
    });
    return { jobId: job.id };
  },
});
