import { GROUP_ROLES } from "@/lib/vocabulary";

/** "admin" is the installation's administrator; the others are roles in a working group. */
export const TWO_FACTOR_ROLES = ["admin", ...GROUP_ROLES] as const;
export type TwoFactorRole = (typeof TWO_FACTOR_ROLES)[number];
