"use server";

import { EVERY_PAGE } from "@/lib/admin/rules";
import { formAction } from "@/lib/forms/server";
import { createPlace, updatePlace } from "./actions";

// A new place is offered by every project form and drawn on every map.
export const createPlaceAction = formAction(createPlace, { revalidate: EVERY_PAGE });

export const updatePlaceAction = formAction(updatePlace, { revalidate: EVERY_PAGE });
