import { z } from "zod";
import { storableString } from "@/lib/validation";

const name = storableString().trim().min(1).max(300);

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const groupFieldsSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .refine((value) => SLUG_PATTERN.test(value), {
      params: { key: "admin.groups.errors.slugFormat" },
    }),
  nameNb: name,
  nameRu: name,
  nameEn: name,
  commissionNb: name,
  commissionRu: name,
  commissionEn: name,
});

export const updateGroupSchema = groupFieldsSchema.extend({ groupId: z.uuid() });
export const groupRefSchema = z.object({ groupId: z.uuid() });

const areaName = storableString().trim().min(1).max(200);

export const areaNamesSchema = z.object({
  nameNb: areaName,
  nameRu: areaName,
  nameEn: areaName,
});

export const createAreaSchema = areaNamesSchema.extend({ groupId: z.uuid() });
export const areaRefSchema = z.object({ groupId: z.uuid(), areaId: z.uuid() });
export const renameAreaSchema = areaNamesSchema.extend(areaRefSchema.shape);
export const moveAreaSchema = areaRefSchema.extend({ direction: z.enum(["up", "down"]) });

export type GroupFields = z.output<typeof groupFieldsSchema>;
