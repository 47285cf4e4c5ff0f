import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PasswordForm } from "@/components/profile/password-form";
import { AppShell } from "@/components/shell/app-shell";
import { DemoBanner } from "@/components/shell/demo-banner";
import { LanguageButtons } from "@/components/shell/language-buttons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MIN_PASSWORD_LENGTH } from "@/lib/account/rules";
import { signOutAction } from "@/lib/auth/form-actions";
import { requireViewer } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile.password"))("title") };
}

/**
 * Changing one's password; also where a user who signed in with a one-time password is sent
 * from every page until they have chosen their own (see requireViewer).
 */
export default async function PasswordPage() {
  const viewer = await requireViewer({ pendingPasswordChange: "allow" });
  const t = await getTranslations();
  if (viewer.mustChangePassword)
    return (
      <div className="min-h-dvh">
        {viewer.demo ? <DemoBanner /> : null}
        <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
          <div className="flex items-center justify-between gap-3">
            <p className="text-base font-semibold text-accent-strong">{t("app.name")}</p>
            <div className="flex flex-wrap items-center justify-end gap-2">
              <LanguageButtons />
              <form action={signOutAction}>
                <Button type="submit" variant="ghost" size="sm">
                  {t("auth.signOut")}
                </Button>
              </form>
            </div>
          </div>
          <main id="main" className="space-y-6">
            <header className="space-y-2">
              <h1 className="flex items-center gap-2 text-2xl font-semibold tracking-tight">
                <KeyRound aria-hidden className="size-6 shrink-0 text-accent-strong" />
                {t("profile.password.forcedTitle")}
              </h1>
              <p className="text-muted">
                {t("profile.password.forcedGreeting", { name: viewer.user.name })}
              </p>
            </header>
            <Alert>{t("profile.password.forcedWhy")}</Alert>
            <Card>
              <ClientMessages namespaces={["profile", "validation", "errors"]}>
                <PasswordForm email={viewer.user.email} minLength={MIN_PASSWORD_LENGTH} oneTime />
              </ClientMessages>
            </Card>
          </main>
        </div>
      </div>
    );
  return (
    <AppShell viewer={viewer}>
      <ClientMessages namespaces={["profile", "validation", "errors"]}>
        <div className="mx-auto max-w-xl space-y-6">
          <PageHeader
            back={{ href: "/profile", label: t("profile.title") }}
            title={t("profile.password.title")}
            description={t("profile.password.voluntaryIntro")}
          />
          <Card>
            <PasswordForm
              email={viewer.user.email}
              minLength={MIN_PASSWORD_LENGTH}
              oneTime={false}
              cancelHref="/profile"
            />
          </Card>
        </div>
      </ClientMessages>
    </AppShell>
  );
}
