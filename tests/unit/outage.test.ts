import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isNeverSent } from "@/lib/errors";
import { localPath } from "@/lib/server/outage";
import { outageLocale, outagePageHtml } from "@/lib/server/outage-page";

const messages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as {
    errors: Record<string, string>;
  };

describe("the page shown while the database is down", () => {
  it.each(["nb", "ru", "en"] as const)(
    "is translated (%s) and asks for the same address again",
    (locale) => {
      const html = outagePageHtml(locale, "/g/regional-cooperation/projects?q=a&b=1");
      const { errors } = messages(locale);
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(errors.unavailableTitle);
      expect(html).toContain(errors.retry);
      expect(html).toContain('href="/g/regional-cooperation/projects?q=a&amp;b=1"');
      expect(html).not.toContain("<script");
    },
  );

  it("takes the language from the cookie, else the browser, else English", () => {
    expect(outageLocale("ru", "nb-NO,nb;q=0.9")).toBe("ru");
    expect(outageLocale(undefined, "nb-NO,nb;q=0.9,en;q=0.5")).toBe("nb");
    expect(outageLocale("de", "fr")).toBe("en");
  });

  it("never sends anyone to another site", () => {
    expect(localPath("/g/x?y=1")).toBe("/g/x?y=1");
    for (const bad of ["//evil.example/", "/\\evil.example", "https://evil.example", "", null]) {
      expect(localPath(bad)).toBe("/");
    }
  });
});

describe("telling a lost database from other errors", () => {
  const wrapped = (code: string) => ({ message: "Failed query", cause: { code } });

  it("recognises connection errors through drizzle's wrapping", () => {
    for (const code of ["ECONNREFUSED", "CONNECTION_CLOSED", "57P01", "57P03", "CONNECT_TIMEOUT"]) {
      expect(isDatabaseUnavailable(wrapped(code)), code).toBe(true);
    }
    expect(isDatabaseUnavailable(wrapped("23505"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("bug"))).toBe(false);
  });

  it("retries only what never reached the server", () => {
    expect(isNeverSent(wrapped("ECONNREFUSED"))).toBe(true);
    expect(isNeverSent(wrapped("57P03"))).toBe(true);
    // Cut off mid-statement: it may have been applied.
    expect(isNeverSent(wrapped("CONNECTION_CLOSED"))).toBe(false);
    expect(isNeverSent(wrapped("57P01"))).toBe(false);
  });
});
