import { z } from "zod";
import type { FieldErrors, MessageRef } from "@/lib/errors";

/** Half of a UTF-16 surrogate pair without its other half: JavaScript can hold it, Unicode cannot. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text without halves of surrogate pairs, e.g. after cutting it to a length. */
export function dropLoneSurrogates(value: string): string {
  return value.replace(new RegExp(LONE_SURROGATE.source, "g"), "");
}

/**
 * Text PostgreSQL can store exactly as typed. It refuses NUL in text and JSON; a lone
 * surrogate would be saved as U+FFFD in a text column and refused in the audit log's JSON.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD that PostgreSQL can store (it has no year 0). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value.startsWith("0000")) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** PostgreSQL's integer: a version (or count) past it is no number the database holds. */
/** A UUID as PostgreSQL writes it (any version): ids in URLs, forms and the API are checked with it. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string =>
  typeof value === "string" && UUID_PATTERN.test(value);

export const INT4_MAX = 2_147_483_647;

/**
 * A string of free text for a form field: refused ("validation.invalid") before any other
 * check when it cannot be stored as typed. Every free-text field of an action starts here.
 */
export const storableString = () =>
  z.string().refine(isStorableText, { params: { key: "validation.invalid" }, abort: true });

/** Turns zod issues into translatable messages per field ("_form" for the whole form). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    result[field] = [...(result[field] ?? []), issueMessage(issue)];
  }
  return result;
}

/** A limit's messages by what it measures: a text's length, a list's items, anything else. */
type LimitKeys = readonly [text: string, list: string, other: string];
const TOO_SMALL: LimitKeys = ["validation.tooShort", "validation.tooFew", "validation.tooSmall"];
const TOO_BIG: LimitKeys = ["validation.tooLong", "validation.tooMany", "validation.tooBig"];

function limitMessage(origin: string, keys: LimitKeys, values: MessageRef["values"]): MessageRef {
  const [text, list, other] = keys;
  const key = origin === "string" ? text : origin === "array" || origin === "set" ? list : other;
  return { key, values };
}

function issueMessage(issue: z.core.$ZodIssue): MessageRef {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1)
        return { key: "validation.required" };
      return limitMessage(issue.origin, TOO_SMALL, { min: Number(issue.minimum) });
    case "too_big":
      return limitMessage(issue.origin, TOO_BIG, { max: Number(issue.maximum) });
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
