import { and, eq } from "drizzle-orm";
import mammoth from "mammoth";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentView } from "@/components/brief/document-view";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { briefDocument } from "@/lib/brief/document";
import { buildBrief } from "@/lib/brief/queries";
import type { BriefModel } from "@/lib/brief/types";
import { listDocuments } from "@/lib/documents/queries";
import { renderDocx } from "@/lib/print/docx";
import { renderPdf } from "@/lib/print/pdf";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

const NOW = new Date("2019-11-01T12:00:00Z");
let t: TestDatabase;
let groupId: string;
let brief: BriefModel;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { hashPassword, now: NOW });
  const [group] = await t.db
    .select()
    .from(s.workingGroups)
    .where(eq(s.workingGroups.slug, "regional-cooperation"));
  groupId = group?.id ?? "";
  const built = await buildBrief(t.db, { groupId, meetingNumber: 6, now: NOW });
  if (!built) throw new Error("no brief");
  brief = built;
});
afterAll(async () => {
  await t?.destroy();
});

const project = (code: string) =>
  brief.areas.flatMap((a) => a.projects).find((p) => p.code === code);

async function pdfText(bytes: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise;
  const texts: string[] = [];
  const links: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
    for (const annotation of await page.getAnnotations())
      if (annotation.url) links.push(annotation.url as string);
  }
  return { text: texts.join("\n"), links };
}

describe(`documents in the meeting brief (${testBackend()})`, () => {
  it("lists, per project, the documents added since the previous meeting, evidence included", () => {
    // The application added to the project, and the photo posted with delegate.no's update.
    expect(project("2018-03")?.documents).toMatchObject([
      { title: "Project application", language: "en", evidence: false },
      { title: "Kirkenes havn", language: null, evidence: true },
    ]);
    for (const d of brief.areas.flatMap((a) => a.projects).flatMap((p) => p.documents ?? []))
      expect(d.href).toBe(`/g/regional-cooperation/documents/${d.id}`);
  });

  it("leaves out documents added before the period, and the plan's and meetings' own", async () => {
    const plans = await t.db.select().from(s.workPlans).where(eq(s.workPlans.groupId, groupId));
    const plan = plans.find((p) => p.number === 2);
    const planDocs = await listDocuments(t.db, groupId, { planId: plan?.id ?? "" });
    expect(planDocs.map((d) => d.language)).toEqual(["nb", "ru"]);
    const titles = brief.areas.flatMap((a) => a.projects).flatMap((p) => p.documents ?? []);
    expect(titles.map((d) => d.title)).not.toContain(planDocs[0]?.title);
    // A cut-off before the application was added leaves it out.
    const early = await buildBrief(t.db, {
      groupId,
      meetingNumber: 6,
      cutoff: "2018-05-01",
      now: NOW,
    });
    const application = early?.areas.flatMap((a) => a.projects).find((p) => p.code === "2018-03");
    expect(application?.documents).toEqual([]);
  });

  it("links each document on the page (relative) and in the Word file (absolute), in every language", async () => {
    const baseUrl = "https://workplan.example";
    const application = project("2018-03")?.documents?.[0];
    for (const lang of ["nb", "ru", "en", "nb-ru"] as const) {
      // The page renders the same model without a base: links within the app.
      const page = renderToStaticMarkup(
        createElement(DocumentView, { spec: briefDocument(brief, lang) }),
      );
      expect(page).toContain(`href="${application?.href}"`);
      expect(page).toContain("Project application");
      const docx = await renderDocx(briefDocument(brief, lang, { baseUrl }));
      const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value;
      expect(html).toContain(`href="${baseUrl}${application?.href}"`);
      expect(html).toContain("Project application");
    }
  });

  // Rendering a PDF of the whole brief takes seconds on a busy machine: one language (the
  // single-language layout) and nb+ru (the side-by-side layout), the two ways documents are laid out.
  it("links each document in the PDF, in one language and side by side", {
    timeout: 240_000,
  }, async () => {
    const baseUrl = "https://workplan.example";
    const application = project("2018-03")?.documents?.[0];
    for (const lang of ["ru", "nb-ru"] as const) {
      const pdf = await pdfText(await renderPdf(briefDocument(brief, lang, { baseUrl })));
      expect(pdf.text.replace(/\s+/g, "")).toContain("Projectapplication");
      expect(pdf.links).toContain(`${baseUrl}${application?.href}`);
    }
    const [doc] = await t.db
      .select()
      .from(s.documents)
      .where(and(eq(s.documents.groupId, groupId), eq(s.documents.title, "Project application")));
    expect(doc?.id).toBe(application?.id);
  });
});
