import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import { jobs } from "@/db/schema";
import { type ActionContext, defineAction } from "@/lib/actions/guard";
import { adminOnly } from "@/lib/actions/resources";
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

/**
 * What an administrator does with a dead letter: it is locked (refused unless still dead), `change`
 * says what to set and what the audit entry records, and it is written and audited.
 */
async function settleDeadLetter(
  { tx, input, audit }: ActionContext<z.output<typeof deadLetterInput>, null>,
  action: string,
  change: (job: Awaited<ReturnType<typeof lockDead>>) => {
    set: PgUpdateSetSource<typeof jobs>;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
) {
  const job = await lockDead(tx, input.jobId);
  const { set, before, after } = change(job);
  await tx.update(jobs).set(set).where(eq(jobs.id, job.id));
  await audit({ action, entityType: "job", entityId: String(job.id), before, after });
  return { jobId: job.id };
}

/** Sends a dead letter again: it is due at once, with all its attempts back. */
export const retryDeadLetter = defineAction({
  name: "admin.retryDeadLetter",
  ...adminOnly(deadLetterInput),
  run: (context) =>
    settleDeadLetter(context, "settings.retry_delivery", (job) => ({
      set: { state: "pending", attempts: 0, runAt: sql`now()`, finishedAt: null },
      before: { state: "dead", attempts: job.attempts, lastError: job.lastError },
      after: { state: "pending" },
    })),
});

/** Gives up on a dead letter: kept as discarded, out of the list. */
export const discardDeadLetter = defineAction({
  name: "admin.discardDeadLetter",
  ...adminOnly(deadLetterInput),
  run: (context) =>
    settleDeadLetter(context, "settings.discard_delivery", (job) => ({
      set: { state: "discarded", finishedAt: sql`now()` },
      before: { state: "dead", lastError: job.lastError },
      after: { state: "discarded" },
    })),
});
