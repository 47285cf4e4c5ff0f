import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
    confirmPassword: z.string().max(1024),
  })
  .superRefine((input, ctx) => {
    if (input.confirmPassword !== input.newPassword)
      ctx.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        params: { key: "profile.password.errors.mismatch" },
      });
  });

/** Rules that need to know whose password it is; null when the new password is acceptable. */
export function newPasswordProblem(newPassword: string, email: string): "equalsEmail" | null {
  return newPassword.trim().toLowerCase() === email.trim().toLowerCase() ? "equalsEmail" : null;
}
