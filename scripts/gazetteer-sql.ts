/**
 * Prints the statement that writes db/seed/gazetteer.ts into the places table: new keys are
 * inserted, known ones updated (only rows that came from the gazetteer: an administrator's
 * places are theirs). Migration 0012_places holds its output; a later correction of the data
 * goes into a new migration the same way:
 *
 *   npx tsx scripts/gazetteer-sql.ts >> db/migrations/00NN_gazetteer.sql
 */
import { GAZETTEER, type GazetteerPlace } from "../db/seed/gazetteer";

const text = (value: string | null) =>
  value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`;
const texts = (values: string[]) =>
  values.length ? `ARRAY[${values.map(text).join(", ")}]::text[]` : `'{}'::text[]`;

function row(p: GazetteerPlace): string {
  return `  (${[
    text(p.key),
    text(p.nb),
    text(p.ru),
    text(p.en),
    text(p.se),
    texts(p.aliases),
    String(p.lat),
    String(p.lon),
    text(p.country),
    text(p.region),
    text(p.kind),
    "'gazetteer'",
  ].join(", ")})`;
}

export function gazetteerSql(places: readonly GazetteerPlace[] = GAZETTEER): string {
  const columns =
    "key, name_nb, name_ru, name_en, name_se, aliases, latitude, longitude, country, region, kind, source";
  const updated = [
    "name_nb",
    "name_ru",
    "name_en",
    "name_se",
    "aliases",
    "latitude",
    "longitude",
    "country",
    "region",
    "kind",
  ];
  return [
    `INSERT INTO "places" (${columns}) VALUES`,
    places.map(row).join(",\n"),
    `ON CONFLICT (key) DO UPDATE SET ${updated.map((c) => `${c} = excluded.${c}`).join(", ")}, updated_at = now()`,
    `  WHERE "places".source = 'gazetteer';`,
  ].join("\n");
}

if (process.argv[1]?.endsWith("gazetteer-sql.ts")) console.info(gazetteerSql());
