import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/account/rules";

/** "Forgot password?": the address to send the link to, whether or not an account has it. */
export const resetRequestSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
});

/** The password chosen through a link: the profile's rules, without a current password. */
export const linkPasswordSchema = z
  .object({
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

export type LinkPasswordInput = z.output<typeof linkPasswordSchema>;
