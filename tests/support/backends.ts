import postgres from "postgres";

/** This run's PGlite template: named by run, so that runs sharing a checkout do not collide. */
export const TEMPLATE_DUMP = `.data/test-template-${process.env.WORKPLAN_TEST_RUN ?? "run"}.tar`;

export function templateDatabaseName(): string {
  return `workplan_template_${process.env.WORKPLAN_TEST_RUN ?? "run"}`;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A connection to the maintenance database named in TEST_DATABASE_URL, for CREATE/DROP DATABASE. */
export function adminSql(url: string) {
  return postgres(url, { max: 1, onnotice: () => {} });
}
