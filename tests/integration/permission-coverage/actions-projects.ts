import { stringify } from "csv-stringify/sync";
import { asc, eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { projectFormValues } from "@/lib/projects/rules";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { planImport } from "@/lib/spreadsheets/import/plan";
import { packFile, signImport } from "@/lib/spreadsheets/import/token";
import { readSpreadsheet } from "@/lib/spreadsheets/read";
import { asSessionUser } from "../../support/factories";
import {
  type ActionCase,
  type CaseContext,
  CONTACT_OR_COORDINATOR,
  COORDINATORS,
  MEMBERS_BUT_OBSERVERS,
} from "./matrix";

const projectRef = ({ w }: CaseContext) => ({ projectId: w.project.id });

async function archived({ tx, w }: CaseContext) {
  await tx
    .update(s.projects)
    .set({ archivedAt: new Date() })
    .where(eq(s.projects.id, w.project.id));
  return { projectId: w.project.id };
}

/** The Russian side posts an update on the project; the Norwegian side may confirm it. */
async function russianUpdate({ db, w }: CaseContext, note?: string) {
  const posted = await postStatusUpdate.execute(db, asSessionUser(w.delegateRu), {
    projectId: w.project.id,
    version: w.project.version,
    status: "in_progress",
    health: "on_track",
    progress: 60,
    ...(note ? { note, noteLocale: "ru" } : {}),
  });
  if (posted.status !== "success") throw new Error(`set-up failed: ${JSON.stringify(posted)}`);
  return { updateId: posted.data.updateId };
}

/** A one-row CSV creating a project, with a confirmation token signed for the actor. */
async function importInput({ tx, w, actor }: CaseContext) {
  const rows = [
    ["Code", "Title (English)", "Cooperation area"],
    ["COV-01", "Imported by the coverage matrix", w.area.nameEn ?? ""],
  ];
  const bytes = new Uint8Array(Buffer.from(stringify(rows)));
  const fileName = "plan.csv";
  const groupId = w.group.id;
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error("set-up failed: unreadable CSV");
  const plan = await planImport(tx, { groupId, locale: "en" }, read.sheet, { lock: false });
  if (plan.problems.length) throw new Error(`set-up failed: ${JSON.stringify(plan.problems)}`);
  const content = packFile(bytes);
  const userId = actor?.id ?? w.users.coordinator.id;
  const token = signImport({ groupId, userId, fileName, content, fingerprint: plan.fingerprint });
  return { groupId, fileName, content, token };
}

export const PROJECT_ACTIONS: Record<string, ActionCase> = {
  "project.create": {
    permission: "project.manage",
    expected: COORDINATORS,
    input: ({ w }) => ({
      groupId: w.group.id,
      code: "COV-02",
      areaId: w.area.id,
      titleEn: "Created by the coverage matrix",
      milestones: "[]",
    }),
  },
  "project.edit": {
    permission: "project.manage",
    expected: COORDINATORS,
    input: async ({ tx, w }) => {
      const milestones = await tx
        .select()
        .from(s.milestones)
        .where(eq(s.milestones.projectId, w.project.id))
        .orderBy(asc(s.milestones.position));
      const values = projectFormValues(w.project, milestones, ["kirkenes"]);
      return { ...values, projectId: w.project.id, titleEn: "Renamed by the coverage matrix" };
    },
  },
  "project.archive": { permission: "project.manage", expected: COORDINATORS, input: projectRef },
  "project.restore": { permission: "project.manage", expected: COORDINATORS, input: archived },
  "project.postStatusUpdate": {
    permission: "project.updateStatus",
    expected: CONTACT_OR_COORDINATOR,
    input: ({ w }) => ({
      projectId: w.project.id,
      version: String(w.project.version),
      status: "in_progress",
      health: "at_risk",
      progress: "55",
      note: "Posted by the coverage matrix",
    }),
  },
  "project.addComment": {
    permission: "project.comment",
    expected: MEMBERS_BUT_OBSERVERS,
    input: ({ w }) => ({ projectId: w.project.id, body: "A comment from the coverage matrix" }),
  },
  // The update is Russian: the Norwegian coordinator and the project's Norwegian contact confirm.
  "project.confirmStatusUpdate": {
    permission: "project.confirmUpdate",
    expected: CONTACT_OR_COORDINATOR,
    input: russianUpdate,
  },
  // A Russian note: the (Norwegian) coordinator and the Norwegian contact translate it; the
  // author would too (delegate.ru, none of the personas); another Norwegian delegate may not.
  "statusUpdate.translate": {
    permission: "statusUpdate.translate",
    expected: CONTACT_OR_COORDINATOR,
    input: async (c) => ({
      ...(await russianUpdate(c, "Заявка подана в программу")),
      locale: "nb",
      note: "Søknaden er sendt til programmet",
    }),
  },
  "project.import": { permission: "project.import", expected: COORDINATORS, input: importInput },
  "actionItem.complete": {
    permission: "actionItem.complete",
    expected: CONTACT_OR_COORDINATOR,
    input: ({ w }) => ({ actionItemId: w.actionItem.id }),
  },
  "actionItem.reopen": {
    permission: "actionItem.complete",
    expected: CONTACT_OR_COORDINATOR,
    input: async ({ tx, w }) => {
      await tx
        .update(s.actionItems)
        .set({ doneAt: sql`now()`, doneById: w.users.contact.id })
        .where(eq(s.actionItems.id, w.actionItem.id));
      return { actionItemId: w.actionItem.id };
    },
  },
};
