/**
 * Documents (issue 15) under hostile input: file names, sizes, types and ids, through the pure
 * rules and through the upload and download routes. Nothing answers 500; a refused upload
 * stores nothing; a stored name keeps no path separator or control character.
 */

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { detectType, EmptyFile, TypeRefused } from "@/lib/documents/detect";
import { cleanFileName, FILE_NAME_MAX, isAllowedType } from "@/lib/documents/rules";
import { parseRange } from "@/lib/documents/storage";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { download, makePdf, storageCounts, upload } from "../support/documents";
import { buildProjectWorld } from "../support/project-world";
import { BIDI_CONTROLS, badId, controlChar, hostileText, hostileValue } from "./arbitraries";

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;
let coordinator: Viewer;
let projectId: string;
let documentId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildProjectWorld(t.db);
  slot.__workplanDatabase = t;
  const user = w.coordinatorNo;
  const viewer = await loadViewer(t.db, {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: 1000,
    nowSeconds: 2000,
    maxAgeSeconds: 12 * 3600,
  });
  if (!viewer) throw new Error("no viewer");
  coordinator = viewer;
  projectId = (await w.newProject()).id;
  const stored = await upload(coordinator, w.group.slug, `project:${projectId}`, await makePdf(1), {
    name: "Søknad.pdf",
  });
  if (stored.status !== 201) throw new Error(JSON.stringify(stored.body));
  documentId = stored.body.data?.documentId ?? "";
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

const RUNS = { numRuns: 40 };

/** A hostile value as a query parameter carries it (some have no string form at all). */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "[object without a string form]";
  }
}
/** Letters of the languages in use, and the characters file managers allow in names. */
const letter = fc.constantFrom(..."abcxyzæøåÆØÅабвгдеёжзийЖЯюя0123456789 -_().,'");

/** File names as a browser, a crafted request or another operating system may send them. */
const hostileName: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  fc
    .array(
      fc.oneof(
        fc.string({ unit: letter, maxLength: 12 }),
        fc.constantFrom("/", "\\", "..", "../", "..\\", "C:\\", "/etc/passwd", ".pdf", ".exe"),
        controlChar,
        fc.constantFrom(...BIDI_CONTROLS),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join("")),
  fc.string({ unit: letter, minLength: 250, maxLength: 400 }).map((s) => `${s}.pdf`),
);

describe(`documents: file names, ranges and types under hostile input (${testBackend()})`, () => {
  it("cleans every file name to a non-empty name without path parts or control characters", () => {
    fc.assert(
      fc.property(hostileName, (raw) => {
        const name = cleanFileName(raw);
        expect(name.length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(FILE_NAME_MAX);
        expect(name).not.toMatch(/[/\\]/);
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
        expect(name).not.toMatch(/^[\s.]|[\s.]$/);
        expect(cleanFileName(name)).toBe(name);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps names of letters, digits and extensions as they were (Cyrillic and æøå)", () => {
    const plain = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(..."abcæøåÆØÅабвЖЯёй0123456789"), minLength: 1 }),
        fc.constantFrom("pdf", "docx", "txt", "jpg"),
      )
      .map(([base, ext]) => `${base}.${ext}`)
      .filter((n) => [...n].length <= FILE_NAME_MAX);
    fc.assert(
      fc.property(plain, (name) => {
        expect(cleanFileName(name)).toBe(name.normalize("NFC"));
      }),
      { numRuns: 200 },
    );
  });

  it("parses any Range header against any size into a range inside the file, none, or 416", () => {
    const header = fc.oneof(
      fc.constant(null),
      hostileText,
      fc
        .tuple(
          fc.option(fc.integer({ min: -5, max: 2 ** 40 }), { nil: undefined }),
          fc.option(fc.integer({ min: -5, max: 2 ** 40 }), { nil: undefined }),
          fc.constantFrom("bytes=", "bytes =", "BYTES=", "items=", "bytes=,", ""),
        )
        .map(([from, to, unit]) => `${unit}${from ?? ""}-${to ?? ""}`),
      fc.constantFrom(
        "bytes=1e3-",
        "bytes=0x10-",
        "bytes=--1",
        "bytes=0-1,2-3",
        "bytes=9007199254740993-",
      ),
    );
    const size = fc.oneof(
      fc.constantFrom(0, 1, 262_144, 262_145),
      fc.integer({ min: 0, max: 2 ** 36 }),
    );
    fc.assert(
      fc.property(header, size, (h, n) => {
        const range = parseRange(h, n);
        if (range === null || range === "invalid") return;
        expect(Number.isSafeInteger(range.start)).toBe(true);
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.end).toBeGreaterThanOrEqual(range.start);
        expect(range.end).toBeLessThan(n);
      }),
      { numRuns: 500 },
    );
  });

  it("detects any bytes as an allowed type or refuses them; markup is always refused", async () => {
    const markup = fc.constantFrom(
      "<!doctype html><p>x</p>",
      "<html><body>x</body></html>",
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '<?xml version="1.0"?><svg/>',
      "  <script>alert(1)</script>",
      "Ряд 1\n<iframe src=x>",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          fc.string({ maxLength: 500 }).map((s) => new TextEncoder().encode(s)),
        ),
        async (bytes) => {
          try {
            expect(isAllowedType(await detectType(bytes, true))).toBe(true);
          } catch (error) {
            expect(error instanceof TypeRefused || error instanceof EmptyFile).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(markup, fc.string({ maxLength: 50 }), async (start, rest) => {
        const bytes = new TextEncoder().encode(`\uFEFF${start}${rest}`);
        await expect(detectType(bytes, true)).rejects.toBeInstanceOf(TypeRefused);
      }),
      RUNS,
    );
  });
});

describe(`documents: the routes under hostile input (${testBackend()})`, () => {
  it("answers hostile targets, names, titles, languages and ids with a refusal, storing nothing", {
    timeout: 120_000,
  }, async () => {
    const target = fc.oneof(
      hostileValue([projectId]).map(asText),
      badId([projectId]).map((id) => `project:${String(id)}`),
      fc
        .tuple(
          fc.constantFrom("evidence", "meeting", "agendaItem", "plan", "Project", "x"),
          fc.uuid(),
        )
        .map(([k, id]) => `${k}:${id}`),
    );
    const body = fc.oneof(
      fc.constant(new TextEncoder().encode("<html><script>alert(1)</script></html>")),
      fc.constant(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
      fc.constant(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])),
      fc.constant(new Uint8Array(0)),
    );
    await fc.assert(
      fc.asyncProperty(
        target,
        hostileName,
        fc.option(hostileText, { nil: undefined }),
        fc.option(hostileValue().map(asText), { nil: undefined }),
        fc.option(badId([documentId]).map(asText), { nil: undefined }),
        body,
        async (tgt, name, title, language, translationOf, bytes) => {
          const before = await storageCounts(t.db);
          const answer = await upload(coordinator, w.group.slug, tgt, bytes, {
            name,
            ...(title ? { title } : {}),
            ...(language ? { language } : {}),
            ...(translationOf ? { translationOf } : {}),
          });
          expect([400, 403, 404, 413, 415, 422]).toContain(answer.status);
          expect(answer.body.status).toBe("error");
          expect(await storageCounts(t.db)).toEqual(before);
        },
      ),
      RUNS,
    );
  });

  it("stores a good file under any name with the name cleaned, and sizes beyond the limit refused", {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, async (name) => {
        const pdf = await makePdf(1);
        const answer = await upload(coordinator, w.group.slug, `project:${projectId}`, pdf, {
          name,
        });
        // A hostile name may be refused as a title (none is given: it is made from the name).
        if (answer.status !== 201) {
          expect(answer.status).toBe(422);
          return;
        }
        const fileName = answer.body.data?.fileName ?? "";
        // The name as the address carries it: a lone surrogate arrives as U+FFFD.
        const sent = new TextDecoder().decode(new TextEncoder().encode(name));
        expect(fileName).toBe(cleanFileName(sent));
        const got = await download(coordinator, w.group.slug, answer.body.data?.documentId ?? "");
        expect(got.status).toBe(200);
        expect(got.header("content-disposition")).toMatch(
          /^attachment; filename="[ -~]+"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+,;=:@-]+$/,
        );
      }),
      { numRuns: 25 },
    );
    const sizes = fc.oneof(
      fc.constantFrom("-1", "1e9", "52428801", "99999999999999999999", " 10", "0x10", "NaN"),
      fc.integer({ min: 50 * 1024 * 1024 + 1, max: 2 ** 45 }).map(asText),
    );
    await fc.assert(
      fc.asyncProperty(sizes, async (length) => {
        const before = await storageCounts(t.db);
        const answer = await upload(
          coordinator,
          w.group.slug,
          `project:${projectId}`,
          await makePdf(1),
          { name: "a.pdf", length: false, headers: { "content-length": length } },
        );
        // A declared length too large is refused before a byte is read; one that is not the
        // body's (" 10" arrives as 10) is refused once the bytes end; a malformed one is
        // ignored and the bytes decide (a small PDF: stored).
        expect([201, 400, 413]).toContain(answer.status);
        if (/^\d+$/.test(length)) expect(answer.status).toBe(413);
        if (answer.status !== 201) expect(await storageCounts(t.db)).toEqual(before);
      }),
      RUNS,
    );
  });

  it("answers hostile document ids, version numbers and Range headers without a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        badId([documentId]).map(asText),
        fc.constantFrom("current", "version", "thumbnail"),
        fc.oneof(hostileValue().map(asText), fc.constantFrom("1", "2", "0", "-1", "1.0", "999999")),
        fc.option(hostileText, { nil: undefined }),
        async (id, kind, number, range) => {
          const got = await download(coordinator, w.group.slug, id, {
            kind: kind as "current" | "version" | "thumbnail",
            number: kind === "version" ? number : undefined,
            query: kind === "thumbnail" ? `?${new URLSearchParams({ v: number })}` : "",
            // Header values are bytes: printable ASCII only (a Request refuses the rest).
            headers: range ? { range: range.replace(/[^\x20-\x7e]/g, "") } : {},
          });
          expect([200, 206, 404, 416]).toContain(got.status);
        },
      ),
      RUNS,
    );
  });
});
