"use server";

import { EVERY_PAGE } from "@/lib/admin/rules";
import { formAction } from "@/lib/forms/server";
import { setIatiOrganisation, setTwoFactorRequirement } from "./actions";

export const setTwoFactorRequirementAction = formAction(setTwoFactorRequirement, {
  // Every ticked box, also a single one, as a list.
  input: (_fields, formData) => ({ roles: formData.getAll("roles") }),
  revalidate: EVERY_PAGE,
});

export const setIatiOrganisationAction = formAction(setIatiOrganisation, {
  revalidate: ["/admin/settings", "/g/[group]/plans/[number]"],
});
