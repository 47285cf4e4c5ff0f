import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkPasswordForm } from "@/components/auth/link-password-form";
import { PublicPage } from "@/components/auth/public-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { passwordLinkHolder } from "@/lib/account/links/queries";
import { LINK_COOKIE, RESET_PATH } from "@/lib/account/links/rules";
import { MIN_PASSWORD_LENGTH } from "@/lib/account/rules";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordLink"))("newTitle") };
}

/**
 * Choosing a password through a link from a mail (a reset, or an invitation): the link's route
 * put its token in a cookie and sent the browser here. Without a valid one: a way to ask again.
 */
export default async function NewPasswordPage() {
  const token = (await cookies()).get(LINK_COOKIE)?.value ?? "";
  const [t, holder] = await Promise.all([
    getTranslations("passwordLink"),
    passwordLinkHolder(getDb(), token),
  ]);
  if (holder.status !== "valid")
    return (
      <PublicPage title={t("noLinkTitle")}>
        <Alert>{t("noLink")}</Alert>
        <p>
          <Link
            href={RESET_PATH}
            className="text-sm font-medium text-accent-strong underline underline-offset-2"
          >
            {t("askAgain")}
          </Link>
        </p>
      </PublicPage>
    );
  const invite = holder.purpose === "invite";
  return (
    <PublicPage
      title={t(invite ? "inviteTitle" : "newTitle")}
      intro={t(invite ? "inviteIntro" : "newIntro", { email: holder.email })}
    >
      <Card>
        <ClientMessages namespaces={["passwordLink", "profile", "validation"]}>
          <LinkPasswordForm email={holder.email} minLength={MIN_PASSWORD_LENGTH} />
        </ClientMessages>
      </Card>
    </PublicPage>
  );
}
