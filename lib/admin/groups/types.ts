/** A working group in the administration's list, with how much hangs on it. */
export interface AdminGroupRow {
  id: string;
  slug: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  commissionNb: string;
  commissionRu: string;
  commissionEn: string;
  archivedAt: Date | null;
  /** Active members. */
  members: number;
  /** Areas in use (not archived). */
  areas: number;
  /** Projects not archived. */
  projects: number;
}

/** A cooperation area of a group, in its place, with the number of projects it holds. */
export interface AdminAreaRow {
  id: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  position: number;
  archivedAt: Date | null;
  /** The OECD DAC 5 purpose code its projects are reported under (IATI sector), if set. */
  dacCode: string | null;
  projects: number;
}

/** A group offered in the membership form (archived ones marked). */
export interface GroupOption {
  id: string;
  slug: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  archived: boolean;
}

/** What a group's form and commands answer with. */
export interface SavedGroup {
  groupId: string;
  slug: string;
}

/** An area moved: its place among the areas in use, announced to screen readers. */
export interface MovedArea {
  areaId: string;
  position: number;
  total: number;
}
