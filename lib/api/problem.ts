import "server-only";
import { ERRORS, type ErrorCode, type FieldErrors, type MessageRef } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/locales";
import { documentTranslator } from "@/lib/print/i18n";
import type { Locale } from "@/lib/vocabulary";

/*
 * Errors of the API as RFC 9457 problem details (application/problem+json): the error
 * catalogue's code and status, a title and a message in the language the client asked for
 * (Accept-Language; else the user's own; else English), field errors translated likewise.
 */

export const PROBLEM_TYPE = "application/problem+json";

/** A refusal on its way to becoming a problem document. */
export interface Problem {
  code: ErrorCode;
  message?: MessageRef;
  fieldErrors?: FieldErrors;
  /** Extra headers: WWW-Authenticate, Retry-After. */
  headers?: Record<string, string>;
  /** Extension members: the current state of a stale resource, a reference to quote. */
  extensions?: Record<string, unknown>;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export function problem(code: ErrorCode, extra: Omit<Problem, "code"> = {}): Problem {
  return { code, ...extra };
}

/** The language of an answer: what the client asked for, else the user's, else English. */
export function answerLocale(request: Request, userLocale?: Locale | null): Locale {
  return negotiateLocale(request.headers.get("accept-language")) ?? userLocale ?? "en";
}

function translate(locale: Locale, ref: MessageRef): string {
  const t = documentTranslator(locale);
  const key = ref.key as never;
  return t.has(key) ? t(key, ref.values as never) : t("errors.validation" as never);
}

export function problemDocument(p: Problem, locale: Locale, instance?: string): ProblemDocument {
  const { status } = ERRORS[p.code];
  const errors = Object.entries(p.fieldErrors ?? {}).flatMap(([field, refs]) =>
    refs.map((ref) => ({ field, message: translate(locale, ref) })),
  );
  return {
    type: `urn:workplan:problem:${p.code}`,
    title: translate(locale, { key: `api.problem.${p.code}` }),
    status,
    detail: translate(locale, p.message ?? { key: ERRORS[p.code].message }),
    code: p.code,
    ...(instance ? { instance } : {}),
    ...(errors.length ? { errors } : {}),
    ...p.extensions,
  };
}

/** The problem as a response, in the client's language. */
export function problemResponse(
  p: Problem,
  locale: Locale,
  instance?: string,
  headers: Record<string, string> = {},
): Response {
  const body = problemDocument(p, locale, instance);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      "content-type": PROBLEM_TYPE,
      "content-language": locale,
      "cache-control": "no-store",
      ...headers,
      ...p.headers,
    },
  });
}
