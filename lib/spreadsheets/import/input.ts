import { z } from "zod";
import { MAX_FILE_BYTES } from "./rules";

/** Base64 of gzip of at most MAX_FILE_BYTES, with room for an incompressible file. */
const MAX_CONTENT = Math.ceil((MAX_FILE_BYTES * 1.01 + 1024) / 3) * 4;

/** The confirm form: the checked file as the preview packed it, and the preview's signature. */
export const confirmImportInput = z.object({
  groupId: z.string(),
  fileName: z.string().min(1).max(200),
  content: z.string().min(1).max(MAX_CONTENT),
  token: z.string().max(200),
});
