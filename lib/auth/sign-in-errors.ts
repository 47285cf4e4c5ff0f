import { CredentialsSignin } from "next-auth";

/**
 * Refusals of the credentials check that the sign-in form tells apart. Their `code` ends up in
 * the URL of a direct POST to /api/auth/callback/credentials, so it says no more than the form.
 */
export const SIGN_IN_CODES = {
  throttled: "throttled",
  codeRequired: "second_factor_required",
  codeInvalid: "second_factor_invalid",
} as const;

export class ThrottledSignIn extends CredentialsSignin {
  override code = SIGN_IN_CODES.throttled;
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export class SecondFactorRequired extends CredentialsSignin {
  override code = SIGN_IN_CODES.codeRequired;
}

export class SecondFactorInvalid extends CredentialsSignin {
  override code = SIGN_IN_CODES.codeInvalid;
}
