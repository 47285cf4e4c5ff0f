import type { Viewer } from "@/lib/auth/viewer";
import type { ActionState } from "./guard";

/**
 * A user who must still replace a one-time password, or set up the two-factor sign-in their
 * role requires, may only act on their own account (change the password, turn it on); every
 * other action is refused until then. Null when the action may go ahead.
 */
export function pendingStepRefusal(
  viewer: Pick<Viewer, "mustChangePassword" | "mustEnrollTwoFactor"> | null,
  permission: string,
): Extract<ActionState<never>, { status: "error" }> | null {
  if (!viewer || permission === "self") return null;
  if (viewer.mustChangePassword)
    return { status: "error", code: "forbidden", message: { key: "profile.mustChangeFirst" } };
  if (viewer.mustEnrollTwoFactor)
    return { status: "error", code: "forbidden", message: { key: "twoFactor.mustEnrollFirst" } };
  return null;
}
