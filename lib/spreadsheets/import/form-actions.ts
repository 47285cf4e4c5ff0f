"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { toFormState } from "@/lib/forms/server";
import type { FormState } from "@/lib/forms/state";
import { confirmImport } from "./actions";
import { isImportReport } from "./rules";
import type { ImportOutcome } from "./types";
import { previewUpload } from "./upload";

/**
 * The import page's one action: `intent=preview` checks an uploaded file, `intent=confirm`
 * writes a checked one. Both answer with what the page shows next. Nothing typed is sent back:
 * the file travels in the report.
 */
export async function importAction(
  _previous: FormState<ImportOutcome>,
  formData: FormData,
): Promise<FormState<ImportOutcome>> {
  const fields = formDataToObject(formData);
  if (fields.intent !== "confirm")
    return toFormState(await previewUpload(fields), {}, (report) => ({ kind: "report", report }));
  const result = await runAction(confirmImport, fields);
  if (result.status === "success") revalidatePath(`/g/${result.data.groupSlug}`, "layout");
  const state = toFormState(result, {}, (done): ImportOutcome => ({ kind: "done", ...done }));
  // Refused on confirmation, the file was checked again: the page shows that report instead.
  if (state.status === "error" && result.status === "error" && isImportReport(result.data))
    return { ...state, data: { kind: "report", report: result.data } };
  return state;
}
