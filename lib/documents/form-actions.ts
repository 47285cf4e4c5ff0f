"use server";

import { formAction } from "@/lib/forms/server";
import { deleteDocument, editDocument } from "./actions";
import { DOCUMENT_PAGES } from "./rules";

export const editDocumentAction = formAction(editDocument, { revalidate: DOCUMENT_PAGES });

export const deleteDocumentAction = formAction(deleteDocument, { revalidate: DOCUMENT_PAGES });
