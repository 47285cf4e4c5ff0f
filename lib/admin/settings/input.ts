import { z } from "zod";
import { IATI_ORGANISATION_MAX, IATI_ORGANISATION_PATTERN } from "@/lib/api/rules";
import { TWO_FACTOR_ROLES } from "./rules";

/** The roles ticked in the two-factor requirement form: none, one or several. */
export const twoFactorRequirementSchema = z.object({
  roles: z
    .union([z.enum(TWO_FACTOR_ROLES), z.array(z.enum(TWO_FACTOR_ROLES))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});

/** The installation's IATI organisation identifier; empty clears it (IATI export is then off). */
export const iatiOrganisationSchema = z.object({
  organisation: z
    .string()
    .trim()
    .max(IATI_ORGANISATION_MAX)
    .refine((value) => value === "" || IATI_ORGANISATION_PATTERN.test(value), {
      params: { key: "admin.settings.iati.invalid" },
    }),
});
