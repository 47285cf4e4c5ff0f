import "server-only";
import { sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type ActionState, defineAction } from "@/lib/actions/guard";
import { onGroup } from "@/lib/actions/resources";
import { assertAuthorized } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, ERRORS, type ErrorCode, isDatabaseUnavailable } from "@/lib/errors";
import { groupSlug } from "@/lib/projects/writes";
import { confirmImportInput } from "@/lib/spreadsheets/import/input";
import { type ImportPlan, planImport } from "@/lib/spreadsheets/import/plan";
import { packFile, signImport, unpackFile, verifyImport } from "@/lib/spreadsheets/import/token";
import type { ImportReport, ImportResult } from "@/lib/spreadsheets/import/types";
import { applyImport } from "@/lib/spreadsheets/import/writes";
import { type RawSheet, readSpreadsheet } from "@/lib/spreadsheets/read";
import { dropLoneSurrogates } from "@/lib/validation";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** File names are shown, signed and audited, never used as paths. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // Cutting may split an emoji; half of one cannot be stored in the audit log.
  return (
    dropLoneSurrogates(
      base
        .replace(/\p{Cc}/gu, "")
        .trim()
        .slice(0, 200),
    ) || "upload"
  );
}

function fileProblemReport(
  fileName: string,
  message: ImportReport["problems"][number]["message"],
): ImportReport {
  return {
    fileName,
    format: "csv",
    encoding: null,
    rows: [],
    problems: [{ row: null, column: null, heading: null, message }],
    counts: { rows: 0, create: 0, update: 0, unchanged: 0 },
    confirm: null,
  };
}

function buildReport(
  claims: { groupId: string; userId: string; fileName: string; bytes: Uint8Array },
  sheet: RawSheet,
  plan: ImportPlan,
): ImportReport {
  const count = (outcome: string) => plan.rows.filter((r) => r.outcome === outcome).length;
  const confirmable = !plan.problems.length && plan.writes.length > 0;
  const content = confirmable ? packFile(claims.bytes) : "";
  return {
    fileName: claims.fileName,
    format: sheet.format,
    encoding: sheet.encoding,
    rows: plan.rows,
    problems: plan.problems,
    counts: {
      rows: plan.rows.length,
      create: count("create"),
      update: count("update"),
      unchanged: count("unchanged"),
    },
    confirm: confirmable
      ? { content, token: signImport({ ...claims, content, fingerprint: plan.fingerprint }) }
      : null,
  };
}

async function check(
  db: Executor,
  actor: SessionUser,
  groupId: string,
  file: UploadedFile,
  lock: boolean,
): Promise<{ report: ImportReport; plan: ImportPlan | null }> {
  const fileName = cleanName(file.name);
  const read = await readSpreadsheet(file.bytes);
  if (!read.ok) return { report: fileProblemReport(fileName, read.problem), plan: null };
  const plan = await planImport(db, { groupId, locale: actor.locale }, read.sheet, { lock });
  const claims = { groupId, userId: actor.id, fileName, bytes: file.bytes };
  return { report: buildReport(claims, read.sheet, plan), plan };
}

/**
 * Step one: reads and checks an upload and reports, row by row, what confirming it would do
 * and every problem. Writes nothing. Coordinators (and admins) of the group only.
 */
export async function previewImport(
  db: Database,
  actor: SessionUser | null,
  input: { groupId: string; file: UploadedFile },
): Promise<ActionState<ImportReport>> {
  if (!actor) return refused("unauthenticated");
  try {
    await assertAuthorized(db, actor, "project.import", { kind: "group", groupId: input.groupId });
    const { report } = await check(db, actor, input.groupId, input.file, false);
    return { status: "success", data: report };
  } catch (error) {
    if (error instanceof AppError) return refused(error.code);
    if (isDatabaseUnavailable(error)) return refused("unavailable");
    throw error;
  }
}

/** A refusal of the preview, as a guarded action answers one. */
export function refused(code: ErrorCode, key: string = ERRORS[code].message) {
  return { status: "error", code, message: { key } } as const;
}

/**
 * Step two: the coordinator confirmed the preview. The file is verified against its
 * signature, then read and checked again from scratch inside the transaction, with the
 * matched projects locked: all rows are written, or — on any problem, or when a project
 * changed since the preview — none.
 */
export const confirmImport = defineAction({
  name: "project.import",
  ...onGroup("project.import", confirmImportInput),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<ImportResult> {
    const claims = {
      groupId: scope,
      userId: actor.id,
      fileName: input.fileName,
      content: input.content,
    };
    const fingerprint = verifyImport(input.token, claims);
    if (fingerprint === null)
      throw new AppError("validation", { message: { key: "spreadsheets.import.expired" } });
    // One import at a time per group: two files creating "K-01" and "k-01" must not both
    // pass the (case-insensitive) code check before either is committed.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`workplan.import:${scope}`}))`);
    const file = { name: input.fileName, bytes: unpackFile(input.content) };
    const { report, plan } = await check(tx, actor, scope, file, true);
    if (!plan || report.problems.length)
      throw new AppError("validation", {
        message: { key: "spreadsheets.import.refused" },
        data: { ...report, confirm: null },
      });
    if (plan.fingerprint !== fingerprint)
      throw new AppError("conflict", {
        message: { key: "spreadsheets.import.changed" },
        data: report,
      });
    await applyImport({ tx, actor, groupId: scope }, plan.writes);
    const result = {
      fileName: report.fileName,
      created: report.counts.create,
      updated: report.counts.update,
      unchanged: report.counts.unchanged,
    };
    await audit({
      action: "project.import",
      entityType: "group",
      entityId: scope,
      after: { ...result, format: report.format, rows: report.counts.rows },
    });
    return { groupSlug: await groupSlug(tx, scope), ...result };
  },
});
