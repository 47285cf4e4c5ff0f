import type { Delegation } from "@/lib/vocabulary";

/** One row of the action-item list, as its query returns it and its table renders it. */
export interface ActionItemRow {
  id: string;
  textNb: string | null;
  textRu: string | null;
  textEn: string | null;
  ownerId: string;
  ownerName: string;
  ownerDelegation: Delegation;
  dueOn: string | null;
  doneAt: Date | null;
  doneByName: string | null;
  projectId: string | null;
  projectCode: string | null;
  projectTitleNb: string | null;
  projectTitleRu: string | null;
  projectTitleEn: string | null;
  meetingNumber: number | null;
  meetingCityNb: string | null;
  meetingCityRu: string | null;
  meetingCityEn: string | null;
  /** Open with its due date passed. */
  overdue: boolean;
  createdAt: Date;
}
