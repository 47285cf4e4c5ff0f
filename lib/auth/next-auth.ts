import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { authenticate } from "@/lib/auth/credentials";
import { endSession, startSession } from "@/lib/auth/sessions";
import {
  SecondFactorInvalid,
  SecondFactorRequired,
  ThrottledSignIn,
} from "@/lib/auth/sign-in-errors";
import { clientIp } from "@/lib/auth/throttle";
import { getDb } from "@/lib/server/db";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  events: {
    // The form's sign-out and a POST to /api/auth/signout alike: the session ends here, so the
    // cookie, wherever a copy of it is, no longer signs anyone in.
    async signOut(message) {
      if ("token" in message && message.token) await endSession(getDb(), message.token.sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      // The only way in: the form's server action and a direct POST both end here, so the
      // throttle and the second factor cannot be skipped.
      async authorize(credentials, request) {
        const outcome = await authenticate(getDb(), credentials, {
          ip: clientIp(request.headers),
          now: new Date(),
        });
        switch (outcome.status) {
          case "ok":
            return {
              id: outcome.user.id,
              email: outcome.user.email,
              name: outcome.user.name,
              sessionVersion: outcome.user.sessionVersion,
              // A session of its own in the database: signing out ends it (issue 18.5).
              sessionId: await startSession(getDb(), {
                userId: outcome.user.id,
                sessionVersion: outcome.user.sessionVersion,
                ip: clientIp(request.headers),
                userAgent: request.headers.get("user-agent"),
              }),
            };
          case "throttled":
            throw new ThrottledSignIn(outcome.retryAfterSeconds);
          case "codeRequired":
            throw new SecondFactorRequired();
          case "codeInvalid":
            throw new SecondFactorInvalid();
          default:
            return null;
        }
      },
    }),
  ],
});
