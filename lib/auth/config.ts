import type { NextAuthConfig } from "next-auth";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** The part of the Auth.js configuration that needs no database (used by proxy.ts). */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  logger: {
    // A wrong password is an expected outcome, not a server error.
    error(error) {
      // `type`, not `name`: class names are minified in production builds.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? "" },
        sessionVersion: typeof token.sv === "number" ? token.sv : -1,
        signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : 0,
        sessionId: typeof token.sid === "string" ? token.sid : null,
      };
    },
  },
} satisfies NextAuthConfig;
