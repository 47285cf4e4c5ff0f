import postgres from "postgres";

export const TEMPLATE_DUMP = ".data/test-template.tar";

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
