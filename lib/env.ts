import { z } from "zod";
import { parseTrustedProxies } from "@/lib/security/client-address";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const flag = z.preprocess(
  blankToUndefined,
  z
    .enum(["1", "0", "true", "false", "yes", "no"])
    .transform((v) => v === "1" || v === "true" || v === "yes")
    .optional(),
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
      .optional(),
  ),
  PGLITE_DIR: z.preprocess(blankToUndefined, z.string().default(".data/pglite")),
  AUTH_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ),
  WORKPLAN_DEMO: flag,
  /** Requests an API token (or a signed-in browser) may send per minute, shared by every server. */
  API_RATE_LIMIT: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(1_000_000).default(600),
  ),
  /** 0 keeps this process from sending mail and running scheduled work (another server does). */
  WORKPLAN_WORKERS: flag,
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  SMTP_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
  ),
  /** The sender of every mail: an address, optionally with a name ("Workplan <workplan@…>"). */
  MAIL_FROM: z.preprocess(
    blankToUndefined,
    z.string().min(3).default("Workplan <workplan@localhost>"),
  ),
  /** The address people open the app at, for links in mail (default: AUTH_URL). */
  PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^/]+/, "PUBLIC_URL must be an http:// or https:// address")
      .optional(),
  ),
  AUTH_URL: z.preprocess(blankToUndefined, z.string().optional()),
  /**
   * The reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, separated
   * by commas or spaces. Unset: nobody's; the client is the connection's own address.
   */
  TRUSTED_PROXIES: z.preprocess(
    blankToUndefined,
    z
      .string()
      .superRefine((value, context) => {
        const parsed = parseTrustedProxies(value);
        if (parsed instanceof Error) context.addIssue({ code: "custom", message: parsed.message });
      })
      .optional(),
  ),
  /** The largest file a document may be, in megabytes (MiB). */
  DOCUMENT_MAX_MB: z.preprocess(
    blankToUndefined,
    z.coerce.number().positive().max(4096).default(50),
  ),
  /** What a working group's documents may take up together, in megabytes (MiB). */
  DOCUMENT_GROUP_QUOTA_MB: z.preprocess(
    blankToUndefined,
    z.coerce.number().positive().max(1_048_576).default(1024),
  ),
  WORKPLAN_ENCRYPTION_KEY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine(
        (value) =>
          /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32,
        "WORKPLAN_ENCRYPTION_KEY must be 32 random bytes in base64 (`openssl rand -base64 32`)",
      )
      .optional(),
  ),
});

/** How mail leaves: an SMTP server, the development mailbox (/dev/mailbox), or not at all. */
export type MailMode = "smtp" | "mailbox" | "off";

export type Env = z.infer<typeof envSchema> & {
  demo: boolean;
  mail: MailMode;
  /** Where links in mail point, without a trailing slash; null when unknown. */
  publicUrl: string | null;
};

/** Validates the environment once; production refuses to start without its secrets. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is required in production (at least 32 random characters, e.g. `openssl rand -base64 33`).",
    );
  }
  if (env.NODE_ENV === "production" && !env.WORKPLAN_ENCRYPTION_KEY) {
    throw new Error(
      "WORKPLAN_ENCRYPTION_KEY is required in production (32 random bytes in base64, e.g. `openssl rand -base64 32`).",
    );
  }
  const publicUrl =
    (env.PUBLIC_URL ?? env.AUTH_URL)?.replace(/\/+$/, "") ??
    (env.NODE_ENV === "production" ? null : "http://localhost:3000");
  if (env.NODE_ENV === "production" && env.SMTP_URL && !publicUrl) {
    throw new Error(
      "PUBLIC_URL (or AUTH_URL) is required with SMTP_URL: links in mail need the address people open the app at.",
    );
  }
  const mail: MailMode = env.SMTP_URL ? "smtp" : env.NODE_ENV === "development" ? "mailbox" : "off";
  return { ...env, demo: env.WORKPLAN_DEMO ?? env.NODE_ENV !== "production", mail, publicUrl };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= readEnv();
  return cached;
}
