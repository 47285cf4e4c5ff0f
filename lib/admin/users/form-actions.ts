"use server";

import { EVERY_PAGE } from "@/lib/admin/rules";
import { formAction } from "@/lib/forms/server";
import {
  createUser,
  deactivateUser,
  endSessions,
  reactivateUser,
  resetPassword,
  resetTwoFactor,
  setMemberships,
  updateUser,
} from "./actions";
import { membershipsFromForm } from "./input";

// The answer carries the one-time password: the form shows it once, and it is never stored.
export const createUserAction = formAction(createUser, {
  input: (fields) => ({ ...fields, memberships: membershipsFromForm(fields) }),
  revalidate: EVERY_PAGE,
});

export const updateUserAction = formAction(updateUser, { revalidate: EVERY_PAGE });

export const setMembershipsAction = formAction(setMemberships, {
  input: (fields) => ({ userId: fields.userId, memberships: membershipsFromForm(fields) }),
  revalidate: EVERY_PAGE,
});

export const deactivateUserAction = formAction(deactivateUser, { revalidate: EVERY_PAGE });

export const reactivateUserAction = formAction(reactivateUser, { revalidate: EVERY_PAGE });

// Shown once in the dialog that asked for it.
export const resetPasswordAction = formAction(resetPassword, { revalidate: EVERY_PAGE });

export const endSessionsAction = formAction(endSessions, { revalidate: EVERY_PAGE });

export const resetTwoFactorAction = formAction(resetTwoFactor, { revalidate: EVERY_PAGE });
