import { z } from "zod";
import { PLACE_KEY_PATTERN, PLACE_LIMITS } from "@/lib/places/rules";
import { storableString } from "@/lib/validation";
import { PLACE_COUNTRIES, PLACE_KINDS } from "@/lib/vocabulary";

const issue = (key: string) => ({
  code: "custom" as const,
  params: { key: `admin.places.errors.${key}` },
});

/** Form fields arrive as strings; an absent one counts as empty. */
const formString = () => z.preprocess((v) => v ?? "", storableString());

const name = formString().pipe(z.string().trim().min(1).max(PLACE_LIMITS.name));

const optionalName = formString()
  .pipe(z.string().trim().max(PLACE_LIMITS.name))
  .transform((v) => v || null);

/** A coordinate as typed ("69.7271" or "69,7271"), within its range. */
const coordinate = (limit: number, key: "latitude" | "longitude") =>
  formString().transform((raw, ctx) => {
    const value = raw.trim().replace(",", ".");
    const number = /^-?\d{1,3}(\.\d{1,8})?$/.test(value) ? Number(value) : Number.NaN;
    if (!value) {
      ctx.addIssue(issue("pointMissing"));
      return z.NEVER;
    }
    if (!(Math.abs(number) <= limit)) {
      ctx.addIssue(issue(key));
      return z.NEVER;
    }
    return number;
  });

/** Other names, one per line. */
const aliases = formString().transform((raw, ctx) => {
  const items = [...new Set(raw.split(/\r?\n/).map((line) => line.trim()))].filter(Boolean);
  if (items.length > PLACE_LIMITS.aliases) ctx.addIssue(issue("tooManyAliases"));
  if (items.some((item) => item.length > PLACE_LIMITS.name)) ctx.addIssue(issue("aliasTooLong"));
  return items;
});

const placeFields = {
  nameNb: name,
  nameRu: name,
  nameEn: name,
  nameSe: optionalName,
  aliases,
  latitude: coordinate(90, "latitude"),
  longitude: coordinate(180, "longitude"),
  kind: z.preprocess((v) => v || "other", z.enum(PLACE_KINDS)),
  country: z.preprocess((v) => v || null, z.enum(PLACE_COUNTRIES).nullable()),
};

export const createPlaceInput = z.object({
  ...placeFields,
  /** Empty: made from the English name. */
  key: formString()
    .pipe(z.string().trim().toLowerCase())
    .refine((v) => v === "" || PLACE_KEY_PATTERN.test(v), { params: issue("keyFormat").params }),
});

export const updatePlaceInput = z.object({ placeId: z.uuid(), ...placeFields });

export type CreatePlaceInput = z.output<typeof createPlaceInput>;
export type UpdatePlaceInput = z.output<typeof updatePlaceInput>;

/**
 * The places a project names, as its form sends them: keys, one per line, in order. Unknown
 * keys are refused when the project is saved (lib/places/writes.ts).
 */
export const placeKeysField = formString().transform((raw, ctx) => {
  const keys = [
    ...new Set(
      raw
        .split(/[\r\n,]+/)
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
  if (keys.some((k) => !PLACE_KEY_PATTERN.test(k)))
    ctx.addIssue({ code: "custom", params: { key: "validation.choice" } });
  if (keys.length > PLACE_LIMITS.perProject)
    ctx.addIssue({
      code: "custom",
      params: { key: "projectForm.errors.tooManyPlaces", values: { max: PLACE_LIMITS.perProject } },
    });
  return keys;
});
