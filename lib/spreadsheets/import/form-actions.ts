"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { pendingStepRefusal } from "@/lib/actions/pending";
import { runAction } from "@/lib/actions/run";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/server/db";
import { confirmImport, previewImport } from "@/lib/spreadsheets/import/actions";
import type { ImportReport, ImportState } from "@/lib/spreadsheets/import/types";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

function isReport(data: unknown): data is ImportReport {
  return Array.isArray((data as ImportReport | undefined)?.rows);
}

/**
 * The import page's one action: `intent=preview` checks an uploaded file, `intent=confirm`
 * writes a checked one. Both answer with what the page shows next.
 */
export async function importAction(
  _previous: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const attempt = randomUUID();
  const groupId = text(formData, "groupId");
  if (text(formData, "intent") === "confirm") {
    const result = await runAction(confirmImport, {
      groupId,
      fileName: text(formData, "fileName"),
      content: text(formData, "content"),
      token: text(formData, "token"),
    });
    if (result.status === "success") {
      revalidatePath(`/g/${result.data.groupSlug}`, "layout");
      return { status: "done", ...result.data };
    }
    if (result.status === "error" && isReport(result.data))
      return { status: "report", report: result.data, notice: result.message, attempt };
    if (result.status === "error")
      return { status: "refused", code: result.code, message: result.message, attempt };
    return { status: "idle" };
  }
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && !file.name))
    return {
      status: "refused",
      code: "validation",
      message: { key: "spreadsheets.errors.noFile" },
      attempt,
    };
  const viewer = await getViewer();
  // The same refusal every guarded action gives while a one-time password or a required
  // two-factor set-up is pending (confirming goes through runAction, which checks it too).
  const refusal = pendingStepRefusal(viewer, confirmImport.definition.permission);
  if (refusal) return { status: "refused", code: refusal.code, message: refusal.message, attempt };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return previewImport(getDb(), viewer?.user ?? null, {
    groupId,
    file: { name: file.name, bytes },
  });
}
