import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { places } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { adminOnly } from "@/lib/actions/resources";
import { AppError, refuseDuplicate } from "@/lib/errors";
import { createPlaceInput, updatePlaceInput } from "@/lib/places/input";
import { placeKeyFrom } from "@/lib/places/rules";
import { refreshNamesOfPlace } from "@/lib/places/writes";

const keyTaken = () =>
  new AppError("validation", { fieldErrors: { key: [{ key: "admin.places.errors.keyTaken" }] } });

async function keyFree(tx: Executor, key: string): Promise<boolean> {
  const [row] = await tx.select({ id: places.id }).from(places).where(eq(places.key, key));
  return !row;
}

/** A free key: the one asked for, or the English name's with a number when that one is taken. */
async function newKey(tx: Executor, asked: string, nameEn: string): Promise<string> {
  if (asked) {
    if (!(await keyFree(tx, asked))) throw keyTaken();
    return asked;
  }
  const base = placeKeyFrom(nameEn) || "place";
  for (let n = 1; n < 100; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (await keyFree(tx, key)) return key;
  }
  throw keyTaken();
}

export interface SavedPlace {
  id: string;
  key: string;
}

/** An administrator adds a place: its names and the point picked on the map. */
export const createPlace = defineAction({
  name: "admin.createPlace",
  ...adminOnly(createPlaceInput),
  async run({ tx, actor, input, audit }): Promise<SavedPlace> {
    const { key: asked, ...fields } = input;
    const key = await newKey(tx, asked, fields.nameEn);
    const values = { ...fields, key, source: "admin" as const, createdById: actor.id };
    const [row] = await refuseDuplicate(
      () => tx.transaction((sp) => sp.insert(places).values(values).returning({ id: places.id })),
      keyTaken,
      "places_key_key",
    );
    if (!row) throw new Error("place not created");
    await audit({ action: "place.create", entityType: "place", entityId: row.id, after: values });
    return { id: row.id, key };
  },
});

/**
 * An administrator corrects a place's names or point (a place free text became gets its point
 * here). Its projects' search text follows its names.
 */
export const updatePlace = defineAction({
  name: "admin.updatePlace",
  ...adminOnly(updatePlaceInput),
  async run({ tx, input, audit }): Promise<SavedPlace> {
    const { placeId, ...fields } = input;
    const [before] = await tx.select().from(places).where(eq(places.id, placeId)).for("update");
    if (!before) throw new AppError("not_found");
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(fields[k]),
    );
    if (!changed.length) return { id: before.id, key: before.key };
    await tx
      .update(places)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(places.id, placeId));
    if (changed.some((k) => k.startsWith("name") || k === "aliases"))
      await refreshNamesOfPlace(tx, placeId);
    await audit({
      action: "place.update",
      entityType: "place",
      entityId: placeId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, fields[k]])),
    });
    return { id: before.id, key: before.key };
  },
});
