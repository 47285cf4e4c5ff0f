/**
 * Links by mail that let someone choose a password without signing in: "Forgot password?"
 * (a reset link, 30 minutes) and a new user's invitation (7 days). Names both ends share.
 */

/** The form that asks for a reset link; the links themselves are `/reset-password/<token>`. */
export const RESET_PATH = "/reset-password";

/** Where an opened link leads: the new-password form, the token no longer in the address. */
export const NEW_PASSWORD_PATH = "/reset-password/new";

/** The cookie that carries an opened link's token to the form (HttpOnly, path /reset-password). */
export const LINK_COOKIE = "workplan-password-link";

/** How long the browser keeps an opened link's token: the time to choose a password. */
export const LINK_COOKIE_SECONDS = 30 * 60;

/** The job that mails a reset link or an invitation (payload: the sealed token). */
export const MAIL_ACCOUNT = "mail.account";

/** What the link is for: a forgotten password, or a new account's first password. */
export type PasswordLinkPurpose = "reset" | "invite";
