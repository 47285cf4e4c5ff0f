import { z } from "zod";
import { storableString, UUID_PATTERN } from "@/lib/validation";
import { LOCALES } from "@/lib/vocabulary";
import { MIN_PASSWORD_LENGTH } from "./rules";

export const profileSchema = z.object({
  name: storableString().trim().min(1).max(200),
  locale: z.enum(LOCALES),
});

/** A new password, typed twice: the fields of every form that sets one. */
export const newPasswordFields = {
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
  confirmPassword: z.string().max(1024),
};

/** The refinement that goes with newPasswordFields: the second typing must match the first. */
export function confirmedPassword(
  input: { newPassword: string; confirmPassword: string },
  ctx: z.RefinementCtx,
) {
  if (input.confirmPassword !== input.newPassword)
    ctx.addIssue({
      code: "custom",
      path: ["confirmPassword"],
      params: { key: "profile.password.errors.mismatch" },
    });
}

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(1024), ...newPasswordFields })
  .superRefine(confirmedPassword);

/** A code from the authenticator app, or a recovery code. */
const codeField = z.string().trim().min(1).max(64);

/** Beginning the set-up takes nothing but the click. */
export const startTwoFactorSchema = z.object({});

export const confirmTwoFactorSchema = z.object({ code: codeField });

export const disableTwoFactorSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  code: codeField,
});

export const localeSchema = z.object({ locale: z.enum(LOCALES) });

/** Ending one of one's own sessions from the profile (issue 18.5). */
export const endSessionSchema = z.object({ sessionId: z.string().regex(UUID_PATTERN) });
