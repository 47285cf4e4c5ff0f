import { eq } from "drizzle-orm";
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { briefDocument } from "@/lib/brief/document";
import { minutesDocument } from "@/lib/brief/minutes/document";
import { buildMinutes } from "@/lib/brief/minutes/queries";
import { buildBrief } from "@/lib/brief/queries";
import type { BriefModel } from "@/lib/brief/types";
import { renderDocx } from "@/lib/print/docx";
import { DOC_LANGS, type DocLang } from "@/lib/print/languages";
import { renderPdf } from "@/lib/print/pdf";
import { asciiName } from "@/lib/print/response";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

const NOW = new Date("2019-11-01T12:00:00Z");
let t: TestDatabase;
let groupId: string;
let brief: BriefModel;
const pdfText = new Map<DocLang, string>();
const docxText = new Map<DocLang, string>();
const pdfBytes = new Map<DocLang, Buffer>();
const docxBytes = new Map<DocLang, Buffer>();
const timings: Record<string, number> = {};

/** Letters only: line breaks and spacing differ between layouts, the words must not. */
const squash = (text: string) => text.replace(/\s+/g, "");

/** The text of every page of a PDF, as a reader (pdf.js) extracts it. */
async function extractPdf(data: Buffer): Promise<{ text: string; pages: string[] }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join(""),
    );
  }
  await doc.destroy();
  return { text: pages.join("\n"), pages };
}

async function extractDocx(data: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: data })).value;
}

async function time<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[label] = Math.round(performance.now() - start);
  return result;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { hashPassword, now: NOW });
  const [group] = await t.db
    .select()
    .from(s.workingGroups)
    .where(eq(s.workingGroups.slug, "regional-cooperation"));
  groupId = group?.id ?? "";
  const built = await time("brief model", () => buildBrief(t.db, { groupId, meetingNumber: 6 }));
  if (!built) throw new Error("no brief");
  brief = built;
  for (const lang of DOC_LANGS) {
    const spec = await time(`brief layout ${lang}`, async () => briefDocument(brief, lang));
    const pdf = await time(`brief PDF ${lang}`, () => renderPdf(spec));
    const docx = await time(`brief DOCX ${lang}`, () => renderDocx(spec));
    pdfBytes.set(lang, pdf);
    docxBytes.set(lang, docx);
    pdfText.set(lang, (await extractPdf(pdf)).text);
    docxText.set(lang, await extractDocx(docx));
  }
}, 120_000);
afterAll(async () => {
  console.info(`document generation times (${testBackend()}, ms):`, JSON.stringify(timings));
  await t?.destroy();
});

const project = (code: string) => {
  const p = brief.areas.flatMap((a) => a.projects).find((x) => x.code === code);
  if (!p) throw new Error(code);
  return p;
};

const both = (lang: DocLang): [string, string][] => [
  ["PDF", pdfText.get(lang) ?? ""],
  ["DOCX", docxText.get(lang) ?? ""],
];

describe(`the brief as PDF and Word files (${testBackend()})`, () => {
  it("has the project titles in Norwegian in nb and in Russian in ru, exactly as in the data", () => {
    const vts = project("2018-01").title;
    for (const [kind, text] of both("nb")) {
      expect(squash(text), kind).toContain(squash(vts.nb ?? "-"));
      expect(squash(text), kind).toContain(squash("Kirkenes, 4.–5. februar 2020"));
      expect(text, kind).toContain("Møtenotat");
    }
    for (const [kind, text] of both("ru")) {
      expect(squash(text), kind).toContain(squash(vts.ru ?? "-"));
      expect(squash(text), kind).toContain(squash("Справка к заседанию"));
      expect(squash(text), kind).toContain(squash("с 14 марта 2018 г. по 4 февраля 2020 г."));
    }
    for (const [kind, text] of both("en")) {
      expect(squash(text), kind).toContain(squash(vts.en ?? "-"));
      expect(squash(text), kind).toContain(squash("6th meeting of the working group"));
    }
  });

  it("states the status changes and progress deltas of the period in every language", () => {
    const expectations: Record<Exclude<DocLang, "nb-ru">, string[]> = {
      nb: [
        "Status endret fra pågår til fullført 16. des. 2019",
        "Fremdrift fra 55 % til 100 % (+45 p.p.)",
      ],
      ru: [
        "Статус изменён с «Выполняется» на «Завершён» 16 дек. 2019 г.",
        "Ход выполнения: с 55 % до 100 % (+45 п. п.)",
      ],
      en: [
        "Status changed from in progress to completed on 16 Dec 2019",
        "Progress from 55% to 100% (+45 pp)",
      ],
    };
    for (const [lang, phrases] of Object.entries(expectations) as [DocLang, string[]][])
      for (const [kind, text] of both(lang))
        for (const phrase of phrases)
          expect(squash(text), `${lang} ${kind}`).toContain(squash(phrase));
  });

  it("sets Norwegian and Russian side by side in nb-ru: headings and content in both", () => {
    for (const [kind, text] of both("nb-ru")) {
      const flat = squash(text);
      for (const phrase of [
        "Møtenotat",
        "Справка к заседанию",
        "Sammendrag",
        "Общие сведения",
        "Maritim teknologi",
        "Морские технологии",
        "Åpne oppfølgingspunkter",
        "Невыполненные поручения",
        "Norsk tekst",
        "Русский текст",
        project("2018-01").title.nb ?? "-",
        project("2018-01").title.ru ?? "-",
        // An open project's change; a completed one (2018-01) takes one line.
        "Status endret fra planlagt til pågår",
        "Статус изменён с «Запланирован» на «Выполняется»",
      ])
        expect(flat, `${kind}: ${phrase}`).toContain(squash(phrase));
    }
  });

  it("marks a missing translation in the document's language and shows the other text in italics", () => {
    // 2018-15 has no Norwegian title: the nb column says so and gives the English title.
    const noNb = project("2018-15").title;
    expect(noNb.nb).toBeNull();
    for (const [kind, text] of both("nb-ru")) {
      expect(squash(text), kind).toContain(
        squash(`[mangler oversettelse – engelsk tekst] ${noNb.en}`),
      );
      expect(squash(text), kind).toContain(squash(noNb.ru ?? "-"));
    }
    // A note written in Russian in the Norwegian brief (of an open project: a completed one
    // takes one line).
    const note = project("2018-03").notes.find((n) => n.locale === "ru")?.note ?? "-";
    expect(squash(pdfText.get("nb") ?? "")).toContain(
      squash(`[mangler oversettelse – russisk tekst] ${note}`),
    );
  });

  it("numbers the PDF pages in the document's language(s) and embeds its font", () => {
    const nb = pdfText.get("nb") ?? "";
    const pages = Number(nb.match(/Side 1 av (\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(10);
    expect(nb).toContain(`Side ${pages} av ${pages}`);
    expect(pdfText.get("ru")).toMatch(/Стр\. 2 из \d+/);
    expect(pdfText.get("en")).toMatch(/Page 2 of \d+/);
    expect(pdfText.get("nb-ru")).toMatch(/Side 2 av (\d+) \/ Стр\. 2 из \1/);
    const raw = (pdfBytes.get("nb-ru") ?? Buffer.alloc(0)).toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it("gives the Word file A4 pages, repeated table headers and PAGE/NUMPAGES footers", async () => {
    const zip = await JSZip.loadAsync(docxBytes.get("nb-ru") ?? Buffer.alloc(0));
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(document).toContain('w:w="11906"');
    expect(document).toContain("<w:tblHeader");
    expect(document).toContain('w:val="ru-RU"');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d*\.xml$/.test(name))
        .map((name) => zip.file(name)?.async("string") ?? ""),
    );
    const footer = footers.join("");
    expect(footer).toContain("Side ");
    expect(footer).toContain("Стр. ");
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it("names files in ASCII", () => {
    expect(asciiName("mote", 6, "notat", "2020-02-04", "nb-ru")).toBe(
      "mote-6-notat-2020-02-04-nb-ru",
    );
    expect(asciiName("rapport", "Grensenært møte", "2018-01-01")).toBe(
      "rapport-grensenaert-mote-2018-01-01",
    );
  });

  it("is generated quickly enough for a download", () => {
    expect(timings["brief model"]).toBeLessThan(5_000);
    for (const lang of DOC_LANGS) {
      expect(timings[`brief PDF ${lang}`], lang).toBeLessThan(10_000);
      expect(timings[`brief DOCX ${lang}`], lang).toBeLessThan(10_000);
    }
  });
});

describe(`the minutes of a held meeting as PDF and Word files (${testBackend()})`, () => {
  it("has header, delegations, agenda, minutes text, numbered decisions and action items", async () => {
    const minutes = await buildMinutes(t.db, { groupId, meetingNumber: 5 });
    if (!minutes) throw new Error("no minutes for meeting 5");
    expect(minutes.decisions.map((d) => d.position)).toEqual([1, 2, 3]);
    expect(minutes.attendees.filter((a) => a.delegation === "RU").map((a) => a.name)).toContain(
      "Андрей Соколов",
    );
    const spec = minutesDocument(minutes, "nb-ru");
    const pdf = await time("minutes PDF nb-ru", () => renderPdf(spec));
    const docx = await time("minutes DOCX nb-ru", () => renderDocx(spec));
    const texts: [string, string][] = [
      ["PDF", (await extractPdf(pdf)).text],
      ["DOCX", await extractDocx(docx)],
    ];
    for (const [kind, text] of texts) {
      const flat = squash(text);
      for (const phrase of [
        "Referat fra 5. møte i arbeidsgruppen",
        "Протокол 5-го заседания рабочей группы",
        "Murmansk, 14.–15. mars 2018",
        "Мурманск, 14–15 марта 2018 г.",
        "Norsk delegasjon",
        "Российская делегация",
        "Hilde Bjørnstad",
        "Dagsorden",
        "Повестка дня",
        "Behandling og godkjenning av arbeidsplanen for 2018–2019",
        "Møtets forløp",
        "Ход заседания",
        "Det 5. møtet i Arbeidsgruppen for regionalt og grensenært samarbeid ble holdt i Murmansk",
        "5-е заседание Рабочей группы по региональному и приграничному сотрудничеству состоялось",
        "Vedtak",
        "Решения",
        "1. Arbeidsgruppen godkjenner arbeidsplanen for 2018–2019 med 27 prosjekter",
        "3. Доложить об итогах заседания межправительственной комиссии.",
        "Oppfølgingspunkter",
        "Поручения",
        "Sende invitasjon til ekspertseminar om LNG-drevne fartøy med isklasse.",
        "Utført 14. sep. 2018",
      ])
        expect(flat, `${kind}: ${phrase}`).toContain(squash(phrase));
    }
  });

  it("exists only for held meetings", async () => {
    expect(await buildMinutes(t.db, { groupId, meetingNumber: 6 })).toBeNull();
    expect(await buildMinutes(t.db, { groupId, meetingNumber: 42 })).toBeNull();
  });

  it("in Russian only, lists the Russian delegation first and names pages in Russian", async () => {
    const minutes = await buildMinutes(t.db, { groupId, meetingNumber: 4 });
    if (!minutes) throw new Error("no minutes for meeting 4");
    const pdf = await renderPdf(minutesDocument(minutes, "ru"));
    const { text } = await extractPdf(pdf);
    expect(text.indexOf("Российская делегация")).toBeLessThan(text.indexOf("Норвежская делегация"));
    expect(text).toMatch(/Стр\. 1 из \d+/);
    expect(squash(text)).toContain(squash("Киркенес, 26–27 января 2016 г."));
  });
});
