import "server-only";
import { getDatabase } from "@/db/instance";

export { getDatabase };

export function getDb() {
  return getDatabase().db;
}
