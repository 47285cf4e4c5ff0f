/** What "Forgot password?" answers, whether or not an account has the address. */
export interface ResetRequestAnswer {
  email: string;
}
