import { z } from "zod";
import { confirmedPassword, newPasswordFields } from "@/lib/account/input";

/** "Forgot password?": the address to send the link to, whether or not an account has it. */
export const resetRequestSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
});

/** The password chosen through a link: the profile's rules, without a current password. */
export const linkPasswordSchema = z.object(newPasswordFields).superRefine(confirmedPassword);

export type LinkPasswordInput = z.output<typeof linkPasswordSchema>;
