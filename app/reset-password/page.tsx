import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicPage } from "@/components/auth/public-page";
import { ResetRequestForm } from "@/components/auth/reset-request-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { mailEnabled } from "@/lib/notifications/writes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordLink"))("requestTitle") };
}

/** "Forgot password?" from the sign-in page: asks for the address to mail a link to. */
export default async function ResetPasswordPage() {
  if (await getSessionUser()) redirect("/profile/password");
  const t = await getTranslations("passwordLink");
  const mail = mailEnabled();
  return (
    <PublicPage title={t("requestTitle")} intro={mail ? t("requestIntro") : undefined}>
      <Card>
        {mail ? (
          <ClientMessages namespaces={["passwordLink", "validation"]}>
            <ResetRequestForm />
          </ClientMessages>
        ) : (
          <Alert>{t("mailOff")}</Alert>
        )}
      </Card>
      <p>
        <Link
          href="/sign-in"
          className="text-sm font-medium text-accent-strong underline underline-offset-2"
        >
          {t("backToSignIn")}
        </Link>
      </p>
    </PublicPage>
  );
}
