"use server";

import { formAction } from "@/lib/forms/server";
import { discardDeadLetter, retryDeadLetter } from "./actions";

const DELIVERIES = [{ path: "/admin/deliveries", type: "page" }] as const;

export const retryDeadLetterAction = formAction(retryDeadLetter, { revalidate: DELIVERIES });

export const discardDeadLetterAction = formAction(discardDeadLetter, { revalidate: DELIVERIES });
