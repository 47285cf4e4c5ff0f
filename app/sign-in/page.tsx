import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoBanner } from "@/components/shell/demo-banner";
import { LanguageButtons } from "@/components/shell/language-buttons";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { demoSignIn } from "@/lib/admin/settings/queries";
import { getSessionUser } from "@/lib/auth/session";
import { mailEnabled } from "@/lib/notifications/writes";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await getSessionUser()) redirect("/");
  const [t, demo, params] = await Promise.all([
    getTranslations(),
    demoSignIn(getDb()),
    searchParams,
  ]);
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  return (
    <div className="min-h-dvh">
      {demo ? <DemoBanner /> : null}
      <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
        <div className="flex justify-end">
          <LanguageButtons />
        </div>
        <main className="space-y-6">
          <header className="space-y-1">
            <p className="text-base font-semibold text-accent-strong">{t("app.name")}</p>
            <h1 className="text-2xl font-semibold tracking-tight">{t("auth.signInTitle")}</h1>
            <p className="text-muted">{t("app.tagline")}</p>
          </header>
          {params.password === "reset" || params.password === "invite" ? (
            <Alert tone="success">{t("passwordLink.signInWithNew")}</Alert>
          ) : null}
          <Card className="space-y-4">
            <SignInForm callbackUrl={callbackUrl} />
            {/* Only where a link can be mailed: otherwise an administrator issues a password. */}
            {mailEnabled() ? (
              <p className="text-center text-sm">
                <Link
                  href="/reset-password"
                  className="font-medium text-accent-strong underline underline-offset-2"
                >
                  {t("passwordLink.forgot")}
                </Link>
              </p>
            ) : null}
          </Card>
          {demo ? <DemoAccounts accounts={demo.accounts} password={demo.password} /> : null}
        </main>
      </div>
    </div>
  );
}
