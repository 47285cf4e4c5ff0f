import "server-only";
import { pendingStepRefusal } from "@/lib/actions/pending";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/server/db";
import { confirmImport, previewImport, refused } from "./actions";

/** The import form's upload: checked for the signed-in user of this request, nothing written. */
export async function previewUpload(fields: Record<string, unknown>) {
  const { groupId, file } = fields;
  if (!(file instanceof File) || (file.size === 0 && !file.name))
    return refused("validation", "spreadsheets.errors.noFile");
  const viewer = await getViewer();
  // The same refusal every guarded action gives while a one-time password or a required
  // two-factor set-up is pending (confirming goes through runAction, which checks it too).
  const refusal = pendingStepRefusal(viewer, confirmImport.definition.permission);
  if (refusal) return refusal;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return previewImport(getDb(), viewer?.user ?? null, {
    groupId: typeof groupId === "string" ? groupId : "",
    file: { name: file.name, bytes },
  });
}
