"use server";

import { formAction } from "@/lib/forms/server";
import { createToken, revokeAnyToken, revokeOwnToken } from "./actions";

const OWN = ["/profile/tokens"] as const;
const ALL = ["/admin/tokens", "/profile/tokens"] as const;

export const createTokenAction = formAction(createToken, { revalidate: OWN });

export const revokeTokenAction = formAction(revokeOwnToken, { revalidate: OWN });

export const adminRevokeTokenAction = formAction(revokeAnyToken, { revalidate: ALL });
