import { z } from "zod";

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

export type Env = z.infer<typeof envSchema> & { demo: boolean };

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
  return { ...env, demo: env.WORKPLAN_DEMO ?? env.NODE_ENV !== "production" };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= readEnv();
  return cached;
}
