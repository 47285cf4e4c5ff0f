import { z } from "zod";

/** A dead letter, by the job's number. */
export const deadLetterInput = z.object({
  jobId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
