import { ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AccountStepLayout } from "@/components/profile/account-step-layout";
import {
  ConfirmTwoFactorForm,
  DisableTwoFactorForm,
  StartTwoFactorForm,
} from "@/components/profile/two-factor-forms";
import { AppShell } from "@/components/shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { qrCodeDataUrl } from "@/lib/auth/qr-code";
import { requireViewer } from "@/lib/auth/session";
import { otpauthUri } from "@/lib/auth/totp";
import { pendingTotpSecret, twoFactorStatus } from "@/lib/auth/two-factor";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

/** Four-character groups are easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Setting up, and turning off, two-factor sign-in. Also where every page sends a user whose
 * role requires it until they have set it up (see requireViewer).
 */
export default async function TwoFactorPage() {
  const viewer = await requireViewer({ pendingTwoFactor: "allow" });
  const db = getDb();
  const [t, format, status] = await Promise.all([
    getTranslations("twoFactor"),
    getFormatter(),
    twoFactorStatus(db, viewer.user.id),
  ]);
  const secret = status.pending ? await pendingTotpSecret(db, viewer.user.id) : null;
  const qr = secret ? await qrCodeDataUrl(otpauthUri(secret, viewer.user.email)) : null;
  const forced = viewer.mustEnrollTwoFactor;
  const card = "space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5";

  const content = (
    <ClientMessages namespaces={["twoFactor", "auth", "validation", "errors"]}>
      <div className="mx-auto max-w-xl space-y-6">
        <PageHeader
          back={forced ? undefined : { href: "/profile", label: t("backToProfile") }}
          icon={<ShieldCheck aria-hidden className="size-6 shrink-0 text-accent-strong" />}
          title={t("title")}
          description={t("intro")}
        />
        {forced ? <Alert>{t("requiredNotice")}</Alert> : null}
        {status.enabled ? (
          <>
            <Alert tone="success">
              {t("status.on", {
                date: format.dateTime(status.enabledAt ?? new Date(), { dateStyle: "long" }),
              })}
            </Alert>
            <p className="text-sm">
              {t("status.recoveryLeft", { count: status.recoveryCodesLeft })}
            </p>
            <section aria-labelledby="two-factor-off" className={card}>
              <h2 id="two-factor-off" className="text-base font-semibold">
                {t("disable.heading")}
              </h2>
              <p className="text-sm text-muted">{t("disable.intro")}</p>
              <DisableTwoFactorForm email={viewer.user.email} />
            </section>
          </>
        ) : secret && qr ? (
          <section aria-labelledby="two-factor-setup" className={card}>
            <h2 id="two-factor-setup" className="text-base font-semibold">
              {t("setup.heading")}
            </h2>
            <ol className="list-decimal space-y-4 pl-5 text-sm">
              <li className="space-y-3">
                <p>{t("setup.scan")}</p>
                {/* biome-ignore lint/performance/noImgElement: a data: URL drawn on the server, nothing to optimise */}
                <img
                  src={qr}
                  alt={t("setup.qrAlt")}
                  width={200}
                  height={200}
                  className="rounded-md border border-line bg-white"
                />
                <p>{t("setup.manual")}</p>
                <p
                  data-testid="totp-secret"
                  className="font-mono text-base tracking-wider [overflow-wrap:anywhere]"
                >
                  {grouped(secret)}
                </p>
              </li>
              <li>
                <p className="mb-3">{t("setup.enterCode")}</p>
                <ConfirmTwoFactorForm
                  continueHref={forced ? "/" : "/profile?twoFactor=on"}
                  restart={<StartTwoFactorForm again />}
                />
              </li>
            </ol>
          </section>
        ) : (
          <section aria-labelledby="two-factor-start" className={card}>
            <h2 id="two-factor-start" className="text-base font-semibold">
              {t("setup.heading")}
            </h2>
            <p className="text-sm">{t("setup.before")}</p>
            <StartTwoFactorForm />
          </section>
        )}
      </div>
    </ClientMessages>
  );
  return forced ? (
    <AccountStepLayout demo={viewer.demo}>{content}</AccountStepLayout>
  ) : (
    <AppShell viewer={viewer}>{content}</AppShell>
  );
}
