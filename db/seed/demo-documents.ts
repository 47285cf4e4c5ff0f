import { createHash } from "node:crypto";
import { join } from "node:path";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import PDFDocument from "pdfkit";
import sharp from "sharp";
import type { Transaction } from "../client";
import * as s from "../schema";

/*
 * The demo's documents, made when the demo is seeded (small real files, nothing committed):
 * the signed work plan 2018–2019 in Norwegian and its Russian translation, the signed minutes
 * of the 5th meeting as a pair, a presentation on one of its agenda items, a project's
 * application, and a photo from Kirkenes as evidence on a status update — with GPS and camera
 * data in the original, which its thumbnail leaves out. Stored as the app stores uploads
 * (lib/documents/storage.ts): content-addressed blobs in chunks of BLOB_CHUNK_BYTES.
 */

const FONT = "node_modules/@expo-google-fonts/noto-sans";
const font = (file: string) => join(/* turbopackIgnore: true */ process.cwd(), FONT, file);

/** A PDF of a few pages of text in Noto Sans (Latin and Cyrillic), the same bytes every time. */
function pdf(title: string, lines: string[], pages = 1): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: 56,
      autoFirstPage: false,
      info: {
        Title: title,
        Creator: "Workplan demo",
        CreationDate: new Date("2018-03-16T09:00:00Z"),
      },
    });
    const parts: Buffer[] = [];
    doc.on("data", (part: Buffer) => parts.push(part));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(parts))));
    doc.on("error", reject);
    doc.registerFont("regular", font("400Regular/NotoSans_400Regular.ttf"));
    doc.registerFont("bold", font("700Bold/NotoSans_700Bold.ttf"));
    for (let page = 1; page <= pages; page++) {
      doc.addPage();
      doc.font("bold").fontSize(18).fillColor("#174a7d").text(title);
      doc.moveDown();
      doc.font("regular").fontSize(11).fillColor("#16202c");
      for (const line of lines) doc.text(line).moveDown(0.5);
      doc.fontSize(9).fillColor("#4e5b6a").text(`${page} / ${pages}`, { align: "right" });
    }
    doc.end();
  });
}

/** A photo of the harbour at Kirkenes (drawn), with camera and GPS data in its EXIF. */
async function photo(): Promise<{ bytes: Uint8Array; thumbnail: Uint8Array }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#7fa7cf"/><stop offset="1" stop-color="#dfe9f2"/></linearGradient></defs>
    <rect width="1200" height="520" fill="url(#sky)"/>
    <circle cx="930" cy="170" r="70" fill="#f6e7b0"/>
    <path d="M0 430 L180 330 L340 410 L520 300 L700 420 L900 340 L1200 430 L1200 520 L0 520Z" fill="#5b6d63"/>
    <rect y="520" width="1200" height="280" fill="#2f5f86"/>
    <path d="M360 560 h420 l-40 60 h-340z" fill="#b23a2e"/>
    <rect x="470" y="500" width="160" height="60" fill="#eeeeee"/>
    <rect x="520" y="460" width="30" height="40" fill="#333333"/>
  </svg>`;
  const bytes = await sharp(Buffer.from(svg))
    .jpeg({ quality: 82 })
    .withExif({
      IFD0: { Make: "Workplan", Model: "Demo camera", Copyright: "Workplan demo" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "69/1 43/1 36/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "30/1 2/1 42/1",
      },
    })
    .toBuffer();
  // As lib/documents/metadata.ts makes thumbnails: upright, at most 320 px, WebP, no metadata.
  const thumbnail = await sharp(bytes)
    .rotate()
    .resize(320, 320, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer();
  return { bytes: new Uint8Array(bytes), thumbnail: new Uint8Array(thumbnail) };
}

interface DemoFiles {
  planNb: Uint8Array;
  planRu: Uint8Array;
  minutesNb: Uint8Array;
  minutesRu: Uint8Array;
  presentation: Uint8Array;
  application: Uint8Array;
  photo: { bytes: Uint8Array; thumbnail: Uint8Array };
}

let files: Promise<DemoFiles> | undefined;

/** Made once per process: every seed of the demo stores the same bytes. */
function demoFiles(): Promise<DemoFiles> {
  files ??= (async () => ({
    planNb: await pdf(
      "Arbeidsplan 2018–2019 – signert",
      [
        "Arbeidsgruppen for regionalt og grensenært samarbeid",
        "Godkjent på arbeidsgruppens 5. møte i Murmansk 15. mars 2018.",
        "27 prosjekter innen ti samarbeidsområder, med maritim teknologi og akvakultur som prioriterte områder.",
        "For norsk side: Hilde Bjørnstad        For russisk side: Andrej Sokolov",
      ],
      2,
    ),
    planRu: await pdf(
      "Рабочий план на 2018–2019 годы – подписан",
      [
        "Рабочая группа по региональному и приграничному сотрудничеству",
        "Утверждён на 5-м заседании рабочей группы в Мурманске 15 марта 2018 г.",
        "27 проектов по десяти направлениям сотрудничества; приоритетные направления — морские технологии и аквакультура.",
        "С норвежской стороны: Х. Бьёрнстад        С российской стороны: А. Соколов",
      ],
      2,
    ),
    minutesNb: await pdf("Protokoll fra 5. møte, Murmansk 14.–15. mars 2018 – signert", [
      "Møtet ble ledet av Hilde Bjørnstad og Andrej Sokolov.",
      "Arbeidsgruppen godkjente arbeidsplanen for 2018–2019.",
    ]),
    minutesRu: await pdf("Протокол 5-го заседания, Мурманск, 14–15 марта 2018 г. – подписан", [
      "Заседание прошло под сопредседательством А. Соколова и Х. Бьёрнстад.",
      "Рабочая группа утвердила рабочий план на 2018–2019 годы.",
    ]),
    presentation: await pdf(
      "Maritime technology: status of the projects",
      [
        "Presentation to the 5th meeting of the working group, Murmansk, 14 March 2018.",
        "LNG-fuelled ice-class vessels · Oil spill response in ice · Port state control",
      ],
      3,
    ),
    application: await pdf("Project application: rules for LNG-fuelled ice-class vessels", [
      "Applicants: DNV GL and the Russian Maritime Register of Shipping.",
      "Planned period: June 2018 – December 2019.",
    ]),
    photo: await photo(),
  }))();
  return files;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Stores bytes once (content-addressed, in chunks); returns their hash. */
async function storeBlob(tx: Transaction, bytes: Uint8Array, contentType: string) {
  const sha = sha256(bytes);
  const [existing] = await tx
    .select({ id: s.blobs.id })
    .from(s.blobs)
    .where(eq(s.blobs.sha256, sha));
  if (existing) return sha;
  const [blob] = await tx
    .insert(s.blobs)
    .values({ sha256: sha, size: bytes.byteLength, contentType })
    .returning({ id: s.blobs.id });
  if (!blob) throw new Error("demo blob not stored");
  for (let seq = 0; seq * s.BLOB_CHUNK_BYTES < bytes.byteLength; seq++) {
    const data = bytes.subarray(seq * s.BLOB_CHUNK_BYTES, (seq + 1) * s.BLOB_CHUNK_BYTES);
    // As base64, decoded by the database: PGlite's own bytea parameters are slow.
    const base64 = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("base64");
    await tx
      .insert(s.blobChunks)
      .values({ blobId: blob.id, seq, data: sql`decode(${base64}, 'base64')` });
  }
  return sha;
}

interface DemoDocument {
  target: Pick<
    s.NewDocument,
    "projectId" | "statusUpdateId" | "meetingId" | "agendaItemId" | "workPlanId"
  >;
  title: string;
  language: "nb" | "ru" | "en" | null;
  translationOf?: string;
  fileName: string;
  bytes: Uint8Array;
  contentType: string;
  pageCount?: number;
  image?: { width: number; height: number; thumbnail: Uint8Array };
  by: string;
  at: Date;
}

async function addDocument(tx: Transaction, groupId: string, d: DemoDocument) {
  const sha = await storeBlob(tx, d.bytes, d.contentType);
  const thumbnail = d.image ? await storeBlob(tx, d.image.thumbnail, "image/webp") : null;
  const [row] = await tx
    .insert(s.documents)
    .values({
      groupId,
      ...d.target,
      title: d.title,
      language: d.language,
      translationOf: d.translationOf ?? null,
      createdById: d.by,
      createdAt: d.at,
    })
    .returning({ id: s.documents.id });
  if (!row) throw new Error("demo document not stored");
  await tx.insert(s.documentVersions).values({
    documentId: row.id,
    number: 1,
    blobSha256: sha,
    fileName: d.fileName,
    contentType: d.contentType,
    size: d.bytes.byteLength,
    pageCount: d.pageCount ?? null,
    width: d.image?.width ?? null,
    height: d.image?.height ?? null,
    thumbnailSha256: thumbnail,
    uploadedById: d.by,
    uploadedAt: d.at,
  });
  await tx.insert(s.auditEvents).values({
    actorId: d.by,
    groupId,
    action: "document.add",
    entityType: "document",
    entityId: row.id,
    after: { title: d.title, fileName: d.fileName, size: d.bytes.byteLength, demo: true },
    createdAt: d.at,
  });
  return row.id;
}

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`demo documents: no ${what}`);
  return row;
}

const PDF = "application/pdf";

/** Adds the demo's documents to the regional-cooperation group seeded just before. */
export async function insertDemoDocuments(tx: Transaction): Promise<void> {
  const made = await demoFiles();
  const group = await one(
    tx.select().from(s.workingGroups).where(eq(s.workingGroups.slug, "regional-cooperation")),
    "group",
  );
  const person = async (email: string) =>
    (await one(tx.select().from(s.users).where(eq(s.users.email, email)), email)).id;
  const [coordNo, coordRu, delNo] = await Promise.all([
    person("coordinator.no@workplan.test"),
    person("coordinator.ru@workplan.test"),
    person("delegate.no@workplan.test"),
  ]);
  const plan = await one(
    tx
      .select()
      .from(s.workPlans)
      .where(and(eq(s.workPlans.groupId, group.id), eq(s.workPlans.number, 2))),
    "work plan 2",
  );
  const meeting = await one(
    tx
      .select()
      .from(s.meetings)
      .where(and(eq(s.meetings.groupId, group.id), eq(s.meetings.number, 5))),
    "meeting 5",
  );
  const [item] = await tx
    .select({ id: s.agendaItems.id })
    .from(s.agendaItems)
    .where(eq(s.agendaItems.meetingId, meeting.id))
    .orderBy(asc(s.agendaItems.position))
    .limit(2)
    .then((rows) => rows.slice(-1));
  const project = await one(
    tx
      .select()
      .from(s.projects)
      .where(and(eq(s.projects.groupId, group.id), eq(s.projects.code, "2018-03"))),
    "project 2018-03",
  );
  // The photo is evidence on the latest update delegate.no posted on a project of theirs.
  const update = await one(
    tx
      .select({ id: s.statusUpdates.id, createdAt: s.statusUpdates.createdAt })
      .from(s.statusUpdates)
      .where(
        and(
          eq(s.statusUpdates.groupId, group.id),
          eq(s.statusUpdates.authorId, delNo),
          inArray(
            s.statusUpdates.projectId,
            tx
              .select({ id: s.projects.id })
              .from(s.projects)
              .where(eq(s.projects.contactNoId, delNo)),
          ),
        ),
      )
      .orderBy(desc(s.statusUpdates.createdAt))
      .limit(1),
    "status update of delegate.no",
  );

  const signed = new Date("2018-03-16T10:00:00Z");
  const planNb = await addDocument(tx, group.id, {
    target: { workPlanId: plan.id },
    title: "Arbeidsplan 2018–2019, signert",
    language: "nb",
    fileName: "Arbeidsplan 2018–2019 signert.pdf",
    bytes: made.planNb,
    contentType: PDF,
    pageCount: 2,
    by: coordNo,
    at: signed,
  });
  await addDocument(tx, group.id, {
    target: { workPlanId: plan.id },
    title: "Рабочий план на 2018–2019 годы, подписан",
    language: "ru",
    translationOf: planNb,
    fileName: "Рабочий план 2018–2019 подписан.pdf",
    bytes: made.planRu,
    contentType: PDF,
    pageCount: 2,
    by: coordRu,
    at: new Date(signed.getTime() + 3_600_000),
  });
  const minutesAt = new Date("2018-04-04T08:30:00Z");
  const minutesNb = await addDocument(tx, group.id, {
    target: { meetingId: meeting.id },
    title: "Protokoll fra 5. møte, signert",
    language: "nb",
    fileName: "Protokoll 5. møte signert.pdf",
    bytes: made.minutesNb,
    contentType: PDF,
    pageCount: 1,
    by: coordNo,
    at: minutesAt,
  });
  await addDocument(tx, group.id, {
    target: { meetingId: meeting.id },
    title: "Протокол 5-го заседания, подписан",
    language: "ru",
    translationOf: minutesNb,
    fileName: "Протокол 5-го заседания.pdf",
    bytes: made.minutesRu,
    contentType: PDF,
    pageCount: 1,
    by: coordRu,
    at: new Date(minutesAt.getTime() + 7_200_000),
  });
  if (item)
    await addDocument(tx, group.id, {
      target: { agendaItemId: item.id },
      title: "Maritime technology: status of the projects",
      language: "en",
      fileName: "maritime-technology-status.pdf",
      bytes: made.presentation,
      contentType: PDF,
      pageCount: 3,
      by: coordNo,
      at: new Date("2018-03-13T16:00:00Z"),
    });
  await addDocument(tx, group.id, {
    target: { projectId: project.id },
    title: "Project application",
    language: "en",
    fileName: "Project application 2018-03.pdf",
    bytes: made.application,
    contentType: PDF,
    pageCount: 1,
    by: coordNo,
    at: new Date("2018-05-22T12:00:00Z"),
  });
  await addDocument(tx, group.id, {
    target: { statusUpdateId: update.id },
    title: "Kirkenes havn",
    language: null,
    fileName: "Kirkenes havn.jpg",
    bytes: made.photo.bytes,
    contentType: "image/jpeg",
    image: { width: 1200, height: 800, thumbnail: made.photo.thumbnail },
    by: delNo,
    at: update.createdAt,
  });
}
