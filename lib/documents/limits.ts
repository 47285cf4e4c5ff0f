import "server-only";
import { readEnv } from "@/lib/env";
import { megabytes } from "./rules";

/** The limits of uploads: DOCUMENT_MAX_MB per file and DOCUMENT_GROUP_QUOTA_MB per group. */
export interface DocumentLimits {
  /** The largest file, in bytes. */
  maxBytes: number;
  /** What a group's documents may take up together, in bytes. */
  groupQuota: number;
}

/** Read from the environment on each call (a few fields of an object already parsed). */
export function documentLimits(
  source: Record<string, string | undefined> = process.env,
): DocumentLimits & { maxMb: number; quotaMb: number } {
  const env = readEnv(source);
  return {
    maxBytes: megabytes(env.DOCUMENT_MAX_MB),
    groupQuota: megabytes(env.DOCUMENT_GROUP_QUOTA_MB),
    maxMb: env.DOCUMENT_MAX_MB,
    quotaMb: env.DOCUMENT_GROUP_QUOTA_MB,
  };
}
