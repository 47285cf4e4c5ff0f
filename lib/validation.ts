import type { z } from "zod";
import type { FieldErrors, MessageRef } from "@/lib/errors";

/** Turns zod issues into translatable messages per field ("_form" for the whole form). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    result[field] = [...(result[field] ?? []), issueMessage(issue)];
  }
  return result;
}

function issueMessage(issue: z.core.$ZodIssue): MessageRef {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1)
        return { key: "validation.required" };
      if (issue.origin === "string")
        return { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { key: "validation.tooFew", values: { min: Number(issue.minimum) } };
      return { key: "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string")
        return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { key: "validation.tooMany", values: { max: Number(issue.maximum) } };
      return { key: "validation.tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.format" };
    case "invalid_value":
      return { key: "validation.choice" };
    case "invalid_type":
      return { key: issue.input === undefined ? "validation.required" : "validation.type" };
    case "not_multiple_of":
      return { key: "validation.wholeNumber" };
    case "custom": {
      const { key, values } = (issue.params ?? {}) as {
        key?: unknown;
        values?: MessageRef["values"];
      };
      if (typeof key !== "string") return { key: "validation.invalid" };
      return values ? { key, values } : { key };
    }
    default:
      return { key: "validation.invalid" };
  }
}
