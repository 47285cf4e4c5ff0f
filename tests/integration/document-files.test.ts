import { randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { deleteDocument, editDocument } from "@/lib/documents/actions";
import { sweepDocuments } from "@/lib/documents/writes";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  bigPdf,
  chunksOfBlob,
  download,
  LIMITS,
  MIB,
  makePdf,
  sha256,
  storageCounts,
  streamed,
  upload,
  uploadVersion,
} from "../support/documents";
import { asSessionUser } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;
const viewers = new Map<string, Viewer>();

async function viewerOf(user: s.User): Promise<Viewer> {
  const known = viewers.get(user.id);
  if (known) return known;
  const viewer = await loadViewer(t.db, {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: 1000,
    nowSeconds: 2000,
    maxAgeSeconds: 12 * 3600,
  });
  if (!viewer) throw new Error("no viewer");
  viewers.set(user.id, viewer);
  return viewer;
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildProjectWorld(t.db);
  // Route handlers reach the database through getDb(): this file's database.
  slot.__workplanDatabase = t;
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

const SLOW = { timeout: 180_000 };

describe(`documents: upload and download (${testBackend()})`, () => {
  it("round-trips a small PDF byte for byte, with its type, name, page count and safe headers", async () => {
    const project = await w.newProject();
    const pdf = await makePdf(3);
    const coordinator = await viewerOf(w.coordinatorNo);
    const up = await upload(coordinator, w.group.slug, `project:${project.id}`, pdf, {
      name: "Søknad 2019.pdf",
      language: "nb",
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const id = up.body.data?.documentId ?? "";
    expect(up.body.data).toMatchObject({ title: "Søknad 2019", contentType: "application/pdf" });

    const [version] = await t.db
      .select()
      .from(s.documentVersions)
      .where(eq(s.documentVersions.documentId, id));
    expect(version).toMatchObject({
      pageCount: 3,
      size: pdf.byteLength,
      fileName: "Søknad 2019.pdf",
    });

    const got = await download(await viewerOf(w.observer), w.group.slug, id);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(sha256(pdf));
    expect(got.header("content-type")).toBe("application/pdf");
    expect(got.header("content-length")).toBe(String(pdf.byteLength));
    expect(got.header("etag")).toBe(`"${sha256(pdf)}"`);
    expect(got.header("accept-ranges")).toBe("bytes");
    expect(got.header("x-content-type-options")).toBe("nosniff");
    expect(got.header("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(got.header("content-disposition")).toBe(
      `attachment; filename="Soknad 2019.pdf"; filename*=UTF-8''S%C3%B8knad%202019.pdf`,
    );
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, id), eq(s.auditEvents.action, "document.add")));
    expect(audit).toMatchObject({ actorId: w.coordinatorNo.id, groupId: w.group.id });
  });

  it(
    "round-trips a 50 MB file streamed in pieces, within the limit, and reads ranges across chunks",
    SLOW,
    async () => {
      const project = await w.newProject();
      const big = bigPdf(50 * MIB);
      expect(big.byteLength).toBe(50 * MIB);
      const started = performance.now();
      const up = await upload(
        await viewerOf(w.coordinatorRu),
        w.group.slug,
        `project:${project.id}`,
        big,
        {
          name: "Большой отчёт.pdf",
          length: false,
        },
      );
      const uploadMs = performance.now() - started;
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      const id = up.body.data?.documentId ?? "";
      expect(await chunksOfBlob(t.db, sha256(big))).toBe(200);
      const [version] = await t.db
        .select({ pageCount: s.documentVersions.pageCount })
        .from(s.documentVersions)
        .where(eq(s.documentVersions.documentId, id));
      expect(version?.pageCount).toBe(1);

      const viewer = await viewerOf(w.delegateNo);
      const downloadStarted = performance.now();
      const got = await download(viewer, w.group.slug, id);
      const downloadMs = performance.now() - downloadStarted;
      expect(got.bytes.byteLength).toBe(big.byteLength);
      expect(sha256(got.bytes)).toBe(sha256(big));
      console.info(
        `50 MB on ${testBackend()}: upload ${Math.round(uploadMs)} ms, download ${Math.round(downloadMs)} ms`,
      );

      // A range across three chunk boundaries (chunks are 256 KiB).
      const from = 256 * 1024 - 10;
      const to = 3 * 256 * 1024 + 10;
      const part = await download(viewer, w.group.slug, id, {
        headers: { range: `bytes=${from}-${to}` },
      });
      expect(part.status).toBe(206);
      expect(part.header("content-range")).toBe(`bytes ${from}-${to}/${big.byteLength}`);
      expect(part.header("content-length")).toBe(String(to - from + 1));
      expect(Buffer.from(part.bytes).equals(Buffer.from(big.subarray(from, to + 1)))).toBe(true);
    },
  );

  it("answers Range requests: first bytes, last bytes, If-Range, and 416 when unsatisfiable", async () => {
    const project = await w.newProject();
    const pdf = await makePdf(1);
    const up = await upload(
      await viewerOf(w.coordinatorNo),
      w.group.slug,
      `project:${project.id}`,
      pdf,
    );
    const id = up.body.data?.documentId ?? "";
    const viewer = await viewerOf(w.observer);
    const size = pdf.byteLength;

    const first = await download(viewer, w.group.slug, id, { headers: { range: "bytes=0-99" } });
    expect(first.status).toBe(206);
    expect(first.header("content-range")).toBe(`bytes 0-99/${size}`);
    expect(Buffer.from(first.bytes).toString("latin1")).toBe(
      Buffer.from(pdf.subarray(0, 100)).toString("latin1"),
    );

    const last = await download(viewer, w.group.slug, id, { headers: { range: "bytes=-100" } });
    expect(last.status).toBe(206);
    expect(last.header("content-range")).toBe(`bytes ${size - 100}-${size - 1}/${size}`);
    expect(Buffer.from(last.bytes).equals(Buffer.from(pdf.subarray(size - 100)))).toBe(true);

    const open = await download(viewer, w.group.slug, id, {
      headers: { range: `bytes=${size - 5}-` },
    });
    expect(open.status).toBe(206);
    expect(open.bytes.byteLength).toBe(5);

    for (const range of [`bytes=${size}-`, "bytes=50-10", "bytes=-0", "bytes=abc"]) {
      const bad = await download(viewer, w.group.slug, id, { headers: { range } });
      expect([range, bad.status]).toEqual([range, 416]);
      expect(bad.header("content-range")).toBe(`bytes */${size}`);
    }

    // A stale If-Range (another version's tag) gets the whole file.
    const stale = await download(viewer, w.group.slug, id, {
      headers: { range: "bytes=0-9", "if-range": '"0000"' },
    });
    expect(stale.status).toBe(200);
    expect(stale.bytes.byteLength).toBe(size);

    const cached = await download(viewer, w.group.slug, id, {
      headers: { "if-none-match": `"${sha256(pdf)}"` },
    });
    expect(cached.status).toBe(304);
    expect(cached.bytes.byteLength).toBe(0);
  });

  it("keeps Cyrillic and Norwegian letters in file names and drops path parts and control characters", async () => {
    const project = await w.newProject();
    const name = "..\\..\\tmp/Протокол заседания — Киркенес, æøå\u202Efdp.exe\u0007.pdf";
    const up = await upload(
      await viewerOf(w.coordinatorRu),
      w.group.slug,
      `project:${project.id}`,
      await makePdf(1),
      {
        name,
      },
    );
    expect(up.status).toBe(201);
    const clean = "Протокол заседания — Киркенес, æøåfdp.exe.pdf";
    expect(up.body.data?.fileName).toBe(clean);
    const got = await download(
      await viewerOf(w.delegateRu),
      w.group.slug,
      up.body.data?.documentId ?? "",
    );
    const disposition = got.header("content-disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    const encoded = disposition.split("filename*=UTF-8''")[1] ?? "";
    expect(decodeURIComponent(encoded)).toBe(clean);
  });
});

describe(`documents: what is refused, and that nothing is stored then (${testBackend()})`, () => {
  const target = async () => `project:${(await w.newProject()).id}`;

  it("refuses a program renamed .pdf, naming what it is", async () => {
    const before = await storageCounts(t.db);
    // The start of a Windows program: "MZ", the DOS stub, a PE header.
    const program = Buffer.alloc(4096);
    program.write("MZ", 0, "latin1");
    program.writeUInt32LE(0x80, 0x3c);
    program.write("PE\0\0", 0x80, "latin1");
    const exe = new Uint8Array(program);
    const up = await upload(await viewerOf(w.coordinatorNo), w.group.slug, await target(), exe, {
      name: "protokoll.pdf",
    });
    expect(up.status).toBe(415);
    expect(up.body.message?.key).toBe("documents.errors.typeRefused");
    expect(String(up.body.message?.values?.found)).toMatch(/EXE/);
    expect(await storageCounts(t.db)).toEqual(before);
  });

  it("refuses HTML and SVG, and markup in a text file, whatever they are called", async () => {
    const before = await storageCounts(t.db);
    const cases: [string, string, string][] = [
      ["report.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "HTML"],
      [
        "chart.png",
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "SVG",
      ],
      ["plain.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10"/>', "SVG"],
      ["notes.txt", "Referat fra møtet\n<script>fetch('/x')</script>\n", "HTML"],
    ];
    for (const [name, text, found] of cases) {
      const up = await upload(
        await viewerOf(w.coordinatorNo),
        w.group.slug,
        await target(),
        new TextEncoder().encode(text),
        { name },
      );
      expect([name, up.status, up.body.message?.values?.found]).toEqual([name, 415, found]);
    }
    expect(await storageCounts(t.db)).toEqual(before);
  });

  it("refuses archives and unknown binary content", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]);
    const up = await upload(await viewerOf(w.coordinatorNo), w.group.slug, await target(), zip, {
      name: "a.docx",
    });
    expect(up.status).toBe(415);
    const noise = await upload(
      await viewerOf(w.coordinatorNo),
      w.group.slug,
      await target(),
      new Uint8Array(randomBytes(5000)),
      { name: "a.pdf" },
    );
    expect(noise.status).toBe(415);
    expect(noise.body.message?.key).toBe("documents.errors.typeUnknown");
  });

  it("refuses text that turns binary after its first chunk, once the bytes show it", async () => {
    const before = await storageCounts(t.db);
    const text = new Uint8Array(600 * 1024).fill(0x61);
    text[400 * 1024] = 0;
    const up = await upload(await viewerOf(w.coordinatorNo), w.group.slug, await target(), text, {
      name: "a.txt",
    });
    expect(up.status).toBe(415);
    expect(await storageCounts(t.db)).toEqual(before);
  });

  it("refuses files over the limit: before storing when the length is declared, and once the bytes pass it", async () => {
    const before = await storageCounts(t.db);
    const limits = { maxBytes: 300 * 1024, groupQuota: LIMITS.groupQuota };
    const big = bigPdf(700 * 1024);
    const declared = await upload(
      await viewerOf(w.coordinatorNo),
      w.group.slug,
      await target(),
      big,
      { limits },
    );
    expect(declared.status).toBe(413);
    expect(declared.body.message).toMatchObject({ key: "documents.errors.tooLarge" });
    const undeclared = await upload(
      await viewerOf(w.coordinatorNo),
      w.group.slug,
      await target(),
      big,
      {
        limits,
        length: false,
      },
    );
    expect(undeclared.status).toBe(413);
    expect(await storageCounts(t.db)).toEqual(before);
  });

  it("refuses what would pass the group's quota, storing nothing", async () => {
    const project = await w.newProject();
    const viewer = await viewerOf(w.coordinatorNo);
    const used = await upload(viewer, w.group.slug, `project:${project.id}`, await makePdf(1));
    expect(used.status).toBe(201);
    const before = await storageCounts(t.db);
    // The group's quota: what it stores now plus 100 KiB.
    const { groupUsage } = await import("@/lib/documents/queries");
    const usage = await groupUsage(t.db, w.group.id);
    const limits = { maxBytes: LIMITS.maxBytes, groupQuota: usage + 100 * 1024 };
    const file = bigPdf(200 * 1024);
    for (const length of [true, false]) {
      const up = await upload(viewer, w.group.slug, `project:${project.id}`, file, {
        limits,
        length,
      });
      expect([length, up.status, up.body.message?.key]).toEqual([
        length,
        413,
        "documents.errors.quota",
      ]);
    }
    expect(await storageCounts(t.db)).toEqual(before);
    // Bytes the group stores already cost nothing more: a copy passes the final check.
    const stored = await makePdf(1);
    const roomy = { maxBytes: LIMITS.maxBytes, groupQuota: usage + stored.byteLength + 1 };
    const first = await upload(viewer, w.group.slug, `project:${project.id}`, stored, {
      limits: roomy,
    });
    expect(first.status).toBe(201);
    const copy = await upload(viewer, w.group.slug, `project:${project.id}`, stored, {
      limits: { ...roomy, groupQuota: usage + 2 * stored.byteLength },
    });
    expect(copy.status).toBe(201);
    const { groupUsage: usageAfter } = await import("@/lib/documents/queries");
    expect(await usageAfter(t.db, w.group.id)).toBe(usage + stored.byteLength);
  });

  it("stores nothing when the upload stops half-way (a cancelled upload)", async () => {
    const before = await storageCounts(t.db);
    const pdf = bigPdf(900 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 600 * 1024) {
          controller.error(new Error("client went away"));
          return;
        }
        controller.enqueue(pdf.subarray(sent, sent + 64 * 1024));
        sent += 64 * 1024;
      },
    });
    const { uploadDocumentRoute } = await import("@/lib/documents/handlers");
    const request = new Request(
      `http://workplan.test/api/g/${w.group.slug}/documents?target=project:${(await w.newProject()).id}&name=a.pdf`,
      {
        method: "POST",
        headers: { "content-type": "application/octet-stream" },
        body,
        duplex: "half",
      } as RequestInit,
    );
    const response = await uploadDocumentRoute(
      request,
      Promise.resolve({ group: w.group.slug }),
      async () => ({ viewer: viewers.get(w.coordinatorNo.id) ?? null }),
      LIMITS,
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await storageCounts(t.db)).toEqual(before);
  });
});

describe(`documents: a body cut short on its way (${testBackend()})`, () => {
  // Next's proxy keeps only the first 10 MB of a body it runs for (proxyClientMaxBodySize) and
  // hands the route a body that simply ends there: seen by the bench through `next start`.
  it("refuses a body shorter than its declared Content-Length, storing nothing", async () => {
    const viewer = await viewerOf(w.coordinatorNo);
    const before = await storageCounts(t.db);
    const pdf = bigPdf(700 * 1024);
    const { uploadDocumentRoute } = await import("@/lib/documents/handlers");
    const request = new Request(
      `http://workplan.test/api/g/${w.group.slug}/documents?target=project:${(await w.newProject()).id}&name=a.pdf`,
      {
        method: "POST",
        headers: {
          "content-type": "application/octet-stream",
          "content-length": String(pdf.byteLength + 300 * 1024),
        },
        body: streamed(pdf),
        duplex: "half",
      } as RequestInit,
    );
    const response = await uploadDocumentRoute(
      request,
      Promise.resolve({ group: w.group.slug }),
      async () => ({ viewer }),
      LIMITS,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: "validation",
      message: { key: "documents.errors.interrupted" },
    });
    expect(await storageCounts(t.db)).toEqual(before);
  });
});

describe(`documents: stored once, versions, deletion and the clean-up (${testBackend()})`, () => {
  it("stores the same file twice as one blob", async () => {
    const project = await w.newProject();
    const pdf = await makePdf(2);
    const viewer = await viewerOf(w.coordinatorNo);
    const first = await upload(viewer, w.group.slug, `project:${project.id}`, pdf, {
      name: "a.pdf",
    });
    const before = await storageCounts(t.db);
    const second = await upload(viewer, w.group.slug, `project:${project.id}`, pdf, {
      name: "b.pdf",
    });
    expect(first.body.data?.deduplicated).toBe(false);
    expect(second.body.data?.deduplicated).toBe(true);
    const after = await storageCounts(t.db);
    expect(after).toEqual({
      ...before,
      documents: before.documents + 1,
      versions: before.versions + 1,
    });
    const [blobs] = await t.db
      .select({ n: count() })
      .from(s.blobs)
      .where(eq(s.blobs.sha256, sha256(pdf)));
    expect(blobs?.n).toBe(1);
  });

  it("keeps older versions, listed and downloadable with who uploaded them", async () => {
    const project = await w.newProject();
    const v1 = await makePdf(1, "first");
    const v2 = await makePdf(2, "second");
    const up = await upload(
      await viewerOf(w.coordinatorNo),
      w.group.slug,
      `project:${project.id}`,
      v1,
      { name: "plan.pdf" },
    );
    const id = up.body.data?.documentId ?? "";
    const next = await uploadVersion(await viewerOf(w.coordinatorRu), w.group.slug, id, v2, {
      name: "plan-signert.pdf",
    });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    expect(next.body.data?.version).toBe(2);
    const viewer = await viewerOf(w.observer);
    expect(sha256((await download(viewer, w.group.slug, id)).bytes)).toBe(sha256(v2));
    const old = await download(viewer, w.group.slug, id, { kind: "version", number: "1" });
    expect(sha256(old.bytes)).toBe(sha256(v1));
    expect(old.header("content-disposition")).toContain('filename="plan.pdf"');
    expect(
      (await download(viewer, w.group.slug, id, { kind: "version", number: "3" })).status,
    ).toBe(404);
    const { listDocuments } = await import("@/lib/documents/queries");
    const [listed] = await listDocuments(t.db, w.group.id, { projectId: project.id });
    expect(listed?.current).toMatchObject({
      number: 2,
      fileName: "plan-signert.pdf",
      pageCount: 2,
      uploadedBy: w.coordinatorRu.name,
    });
    expect(listed?.older).toMatchObject([
      { number: 1, fileName: "plan.pdf", uploadedBy: w.coordinatorNo.name },
    ]);
  });

  it("frees a file's chunks once the last document naming it is deleted and its retention passed", async () => {
    const project = await w.newProject();
    const pdf = await makePdf(1);
    const sha = sha256(pdf);
    const coordinator = await viewerOf(w.coordinatorNo);
    const a = await upload(coordinator, w.group.slug, `project:${project.id}`, pdf);
    const b = await upload(coordinator, w.group.slug, `project:${project.id}`, pdf);
    const chunks = await chunksOfBlob(t.db, sha);
    expect(chunks).toBeGreaterThan(0);
    const remove = (id: string) =>
      deleteDocument.execute(t.db, asSessionUser(w.coordinatorNo), { documentId: id });
    expect(await remove(a.body.data?.documentId ?? "")).toMatchObject({ status: "success" });
    // Deleted: gone from lists and downloads at once.
    expect((await download(coordinator, w.group.slug, a.body.data?.documentId ?? "")).status).toBe(
      404,
    );
    const later = new Date(Date.now() + 31 * 24 * 3600_000);
    await sweepDocuments(t.db, later);
    // Still named by the other document.
    expect(await chunksOfBlob(t.db, sha)).toBe(chunks);
    expect(await remove(b.body.data?.documentId ?? "")).toMatchObject({ status: "success" });
    await sweepDocuments(t.db, new Date());
    expect(await chunksOfBlob(t.db, sha), "kept while the deletion may be undone").toBe(chunks);
    const swept = await sweepDocuments(t.db, later);
    expect(swept.blobs).toBeGreaterThanOrEqual(1);
    expect(await chunksOfBlob(t.db, sha)).toBe(0);
    const [left] = await t.db.select({ n: count() }).from(s.blobs).where(eq(s.blobs.sha256, sha));
    expect(left?.n).toBe(0);
  });

  it("removes half-written uploads a stopped process left behind, after a day", async () => {
    const [pending] = await t.db.insert(s.blobs).values({}).returning();
    if (!pending) throw new Error("no blob");
    await t.db
      .insert(s.blobChunks)
      .values({ blobId: pending.id, seq: 0, data: new Uint8Array([1, 2, 3]) });
    await sweepDocuments(t.db, new Date());
    expect((await t.db.select().from(s.blobs).where(eq(s.blobs.id, pending.id))).length).toBe(1);
    await sweepDocuments(t.db, new Date(Date.now() + 25 * 3600_000));
    expect((await t.db.select().from(s.blobs).where(eq(s.blobs.id, pending.id))).length).toBe(0);
  });

  it("edits title, language and translation, pairing documents of the same object only", async () => {
    const project = await w.newProject();
    const other = await w.newProject();
    const viewer = await viewerOf(w.coordinatorNo);
    const nb = await upload(viewer, w.group.slug, `project:${project.id}`, await makePdf(1), {
      language: "nb",
    });
    const ru = await upload(viewer, w.group.slug, `project:${project.id}`, await makePdf(1), {
      language: "ru",
      translationOf: nb.body.data?.documentId,
    });
    expect(ru.status, JSON.stringify(ru.body)).toBe(201);
    const elsewhere = await upload(viewer, w.group.slug, `project:${other.id}`, await makePdf(1), {
      translationOf: nb.body.data?.documentId,
    });
    expect(elsewhere.status).toBe(422);
    const actor = asSessionUser(w.coordinatorRu);
    const edited = await editDocument.execute(t.db, actor, {
      documentId: ru.body.data?.documentId,
      title: "  План   работы, подписан ",
      language: "ru",
      translationOf: nb.body.data?.documentId,
    });
    expect(edited).toMatchObject({ status: "success" });
    const [row] = await t.db
      .select()
      .from(s.documents)
      .where(eq(s.documents.id, ru.body.data?.documentId ?? ""));
    expect(row).toMatchObject({
      title: "План работы, подписан",
      language: "ru",
      translationOf: nb.body.data?.documentId,
    });
    // An original with a translation cannot become a translation itself.
    const chain = await editDocument.execute(t.db, actor, {
      documentId: nb.body.data?.documentId,
      title: "Plan",
      language: "nb",
      translationOf: ru.body.data?.documentId,
    });
    expect(chain).toMatchObject({ status: "error", code: "validation" });
  });
});

describe(`documents: detection of allowed types (${testBackend()})`, () => {
  it("tells CSV from plain text, and keeps the Office, OpenDocument and image types", async () => {
    const { detectType } = await import("@/lib/documents/detect");
    const enc = (text: string) => new TextEncoder().encode(text);
    expect(
      await detectType(
        enc("Kode;Tittel;Status\n2018-01;Havbruk;pågår\n2018-02;Turisme;fullført\n"),
        true,
      ),
    ).toBe("text/csv");
    expect(
      await detectType(enc("Møtet ble holdt i Kirkenes.\nNeste møte i Murmansk.\n"), true),
    ).toBe("text/plain");
    expect(await detectType(enc("\uFEFFКод,Название\n1,Проект\n"), true)).toBe("text/csv");
    const { Document, Packer, Paragraph } = await import("docx");
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("Hei")] }] }),
    );
    expect(await detectType(new Uint8Array(docx), true)).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Prosjekter").addRow(["Kode", "Tittel"]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await detectType(xlsx, true)).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const JSZip = (await import("jszip")).default;
    const odt = new JSZip();
    odt.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
    odt.file("content.xml", "<office:document-content/>");
    const odtBytes = await odt.generateAsync({ type: "uint8array" });
    expect(await detectType(odtBytes, true)).toBe("application/vnd.oasis.opendocument.text");
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#123456" } })
      .png()
      .toBuffer();
    expect(await detectType(new Uint8Array(png), true)).toBe("image/png");
  });

  it("makes a thumbnail of a photo without its EXIF and GPS, and records its size", async () => {
    const project = await w.newProject();
    const photo = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: "#3b6e8f" },
    })
      .jpeg()
      .withExif({
        IFD0: { Make: "Workplan", Model: "Test" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "69/1 43/1 0/1" },
      })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const up = await upload(
      await viewerOf(w.coordinatorNo),
      w.group.slug,
      `project:${project.id}`,
      new Uint8Array(photo),
      {
        name: "Kirkenes havn.jpg",
      },
    );
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const id = up.body.data?.documentId ?? "";
    const [version] = await t.db
      .select()
      .from(s.documentVersions)
      .where(eq(s.documentVersions.documentId, id));
    expect(version).toMatchObject({ contentType: "image/jpeg", width: 1200, height: 800 });
    const thumb = await download(await viewerOf(w.observer), w.group.slug, id, {
      kind: "thumbnail",
      query: "?v=1",
    });
    expect(thumb.status).toBe(200);
    expect(thumb.header("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(thumb.bytes)).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 320, height: 213 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(Buffer.from(thumb.bytes).includes(Buffer.from("Workplan"))).toBe(false);
  });
});

describe(`documents: who may (${testBackend()})`, () => {
  it("lets coordinators attach to a project; contacts only evidence; others get 403, outsiders 404", async () => {
    const project = await w.newProject();
    const pdf = await makePdf(1);
    const before = await storageCounts(t.db);
    const at = (user: s.User, target: string) =>
      upload(viewers.get(user.id) ?? null, w.group.slug, target, pdf).then((a) => a.status);
    for (const user of [
      w.coordinatorNo,
      w.delegateNo,
      w.otherDelegateNo,
      w.observer,
      w.outsider,
      w.admin,
    ])
      await viewerOf(user);
    expect(await at(w.delegateNo, `project:${project.id}`)).toBe(403);
    expect(await at(w.otherDelegateNo, `evidence:${project.id}`)).toBe(403);
    expect(await at(w.observer, `project:${project.id}`)).toBe(403);
    // The outsider's own group's slug does not name this group; this group's slug is not theirs.
    expect(
      (await upload(viewers.get(w.outsider.id) ?? null, w.group.slug, `project:${project.id}`, pdf))
        .status,
    ).toBe(404);
    expect(await at(w.coordinatorNo, "project:00000000-0000-4000-8000-000000000000")).toBe(404);
    expect((await upload(null, w.group.slug, `project:${project.id}`, pdf)).status).toBe(401);
    expect(await storageCounts(t.db)).toEqual(before);
    expect(await at(w.delegateNo, `evidence:${project.id}`)).toBe(201);
    expect(await at(w.admin, `project:${project.id}`)).toBe(201);
  });

  it("lets the uploader and coordinators delete, nobody else", async () => {
    const project = await w.newProject();
    const evidence = await upload(
      await viewerOf(w.delegateNo),
      w.group.slug,
      `evidence:${project.id}`,
      await makePdf(1),
    );
    const id = evidence.body.data?.documentId ?? "";
    const attempt = (user: s.User) =>
      deleteDocument.execute(t.db, asSessionUser(user), { documentId: id });
    expect(await attempt(w.otherDelegateNo)).toMatchObject({ status: "error", code: "forbidden" });
    expect(await attempt(w.observer)).toMatchObject({ status: "error", code: "forbidden" });
    expect(await attempt(w.outsider)).toMatchObject({ status: "error", code: "not_found" });
    expect(await attempt(w.delegateNo)).toMatchObject({ status: "success" });
    expect(await attempt(w.coordinatorNo)).toMatchObject({ status: "error", code: "not_found" });
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, id), eq(s.auditEvents.action, "document.delete")));
    expect(audit?.actorId).toBe(w.delegateNo.id);
  });

  it("refuses uploads from another site, or not sent as bytes", async () => {
    const project = await w.newProject();
    const pdf = await makePdf(1);
    const viewer = await viewerOf(w.coordinatorNo);
    const foreign = await upload(viewer, w.group.slug, `project:${project.id}`, pdf, {
      headers: { origin: "https://evil.example", host: "workplan.test" },
    });
    expect(foreign.status).toBe(403);
    const form = await upload(viewer, w.group.slug, `project:${project.id}`, pdf, {
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(form.status).toBe(415);
  });

  it("streams a download of a document of another group to nobody but its members", async () => {
    const project = await w.newProject();
    const up = await upload(
      await viewerOf(w.coordinatorNo),
      w.group.slug,
      `project:${project.id}`,
      await makePdf(1),
    );
    const id = up.body.data?.documentId ?? "";
    const outsider = await viewerOf(w.outsider);
    expect((await download(outsider, w.group.slug, id)).status).toBe(404);
    const [other] = await t.db
      .select({ slug: s.workingGroups.slug })
      .from(s.workingGroups)
      .innerJoin(s.memberships, eq(s.memberships.groupId, s.workingGroups.id))
      .where(eq(s.memberships.userId, w.outsider.id));
    expect((await download(outsider, other?.slug ?? "", id)).status).toBe(404);
    expect((await download(null, w.group.slug, id)).status).toBe(401);
    expect(streamed).toBeDefined();
  });
});
