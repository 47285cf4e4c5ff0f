import "server-only";
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { places, projectPlaces, projects } from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * Every name and alias of a project's places, in its order: what `projects.place_names` holds
 * for the search (migration 0012_places writes the same). `projectId` is the outer row's id.
 */
function placeNamesOf(projectId: SQL): SQL<string[]> {
  return sql<string[]>`coalesce((
    select array_agg(x.name order by pp.position, x.n)
    from ${projectPlaces} pp
    join ${places} pl on pl.id = pp.place_id
    cross join lateral unnest(array[pl.name_nb, pl.name_ru, pl.name_en, pl.name_se] || pl.aliases)
      with ordinality as x(name, n)
    where pp.project_id = ${projectId} and x.name is not null
  ), '{}'::text[])`;
}

/** Writes the search names of the given projects again, from their places as they are now. */
export async function refreshPlaceNames(tx: Executor, projectIds: readonly string[]) {
  if (!projectIds.length) return;
  await tx
    .update(projects)
    .set({ placeNames: placeNamesOf(sql.raw(`"projects"."id"`)) })
    .where(inArray(projects.id, [...projectIds]));
}

/** Writes again the search names of every project that names this place (after a rename). */
export async function refreshNamesOfPlace(tx: Executor, placeId: string) {
  const linked = await tx
    .select({ projectId: projectPlaces.projectId })
    .from(projectPlaces)
    .where(eq(projectPlaces.placeId, placeId));
  await refreshPlaceNames(
    tx,
    linked.map((l) => l.projectId),
  );
}

/** Place ids by key; an unknown key is a field error of the form's `places`. */
export async function placeIds(
  tx: Executor,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  if (!unique.length) return new Map();
  const rows = await tx
    .select({ id: places.id, key: places.key })
    .from(places)
    .where(inArray(places.key, unique));
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  const unknown = unique.filter((key) => !ids.has(key));
  if (unknown.length)
    throw new AppError("validation", {
      fieldErrors: {
        places: unknown.map((key) => ({ key: "projectForm.errors.placeUnknown", values: { key } })),
      },
    });
  return ids;
}

/**
 * Sets the places of several projects at once (each list in order) and their search names: a
 * form's save is one project, an import hundreds, in the same four statements.
 */
export async function setProjectPlaces(
  tx: Executor,
  entries: readonly { projectId: string; keys: readonly string[] }[],
) {
  if (!entries.length) return;
  const ids = await placeIds(
    tx,
    entries.flatMap((e) => e.keys),
  );
  const projectIds = entries.map((e) => e.projectId);
  await tx.delete(projectPlaces).where(inArray(projectPlaces.projectId, projectIds));
  const rows = entries.flatMap((e) =>
    [...new Set(e.keys)].map((key, position) => ({
      projectId: e.projectId,
      placeId: ids.get(key) as string,
      position,
    })),
  );
  for (let i = 0; i < rows.length; i += 1000)
    await tx.insert(projectPlaces).values(rows.slice(i, i + 1000));
  await refreshPlaceNames(tx, projectIds);
}
