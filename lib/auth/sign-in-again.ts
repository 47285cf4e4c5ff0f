import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/next-auth";

/**
 * Signs this browser in again right after the user changed their password, which ended every
 * session of theirs; redirects to `redirectTo` on success. Returns false when the sign-in page
 * is needed instead (for instance when the credentials check asks for more than a password).
 */
export async function signInAgain(
  email: string,
  password: string,
  redirectTo: string,
): Promise<false> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // signIn redirects by throwing: only Auth.js's own errors mean "not signed in".
    if (error instanceof AuthError) return false;
    throw error;
  }
  return false;
}
