import type { Locale } from "@/lib/vocabulary";
import type { DocumentTargetKind } from "./rules";

/** What a document is attached to, as the upload route and the actions name it. */
export interface DocumentTarget {
  kind: DocumentTargetKind;
  /** The project's id for "project" and "evidence", else the meeting's, agenda item's or plan's. */
  id: string;
}

/** One stored version of a document, as the lists show it. */
export interface DocumentVersionItem {
  number: number;
  fileName: string;
  contentType: string;
  size: number;
  pageCount: number | null;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  uploadedBy: string | null;
  /** ISO 8601. */
  uploadedAt: string;
}

/** A document with its current version and the older ones. */
export interface DocumentItem {
  id: string;
  title: string;
  language: Locale | null;
  translationOf: string | null;
  /** Where it hangs on a meeting page: the agenda item, or null for the meeting itself. */
  agendaItemId: string | null;
  createdBy: string | null;
  createdById: string | null;
  /** ISO 8601. */
  createdAt: string;
  current: DocumentVersionItem;
  /** Older versions, newest first. */
  older: DocumentVersionItem[];
}

/** What the viewer may do with the documents of one object (computed on the server). */
export interface DocumentAbilities {
  /** Upload new documents and versions, edit titles and languages. */
  attach: boolean;
  /** Delete any of them (coordinators); the uploader may always delete their own. */
  deleteAny: boolean;
}

/** What an upload answers: the document and the version stored. */
export interface UploadResult {
  documentId: string;
  version: number;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  /** True when the same bytes were already stored and nothing new was written. */
  deduplicated: boolean;
}

/** A document added to a project since the previous meeting, for the brief. */
export interface BriefDocument {
  id: string;
  title: string;
  language: Locale | null;
  /** ISO 8601. */
  createdAt: string;
  /** Set when the document is evidence of a status update. */
  evidence: boolean;
  /** The path to download it, relative to the app's address. */
  href: string;
}

/** What a page's Documents part needs: the documents and what the viewer may do with them. */
export interface DocumentsView {
  documents: (DocumentItem & { statusUpdateId: string | null })[];
  may: { edit: boolean; deleteAny: boolean; viewerId: string };
  /** Uploads are offered (the viewer may attach, and the object takes documents). */
  attach: boolean;
}
