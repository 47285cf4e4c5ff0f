// Drops and creates a database on the server named by TEST_DATABASE_URL (for e2e runs on PostgreSQL).
import postgres from "postgres";

const name = process.argv[2];
if (!name || !/^[a-z_][a-z0-9_]*$/.test(name))
  throw new Error("usage: recreate-database.mjs <name>");
const sql = postgres(process.env.TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
await sql.unsafe(`drop database if exists "${name}" with (force)`);
await sql.unsafe(`create database "${name}"`);
await sql.end();
