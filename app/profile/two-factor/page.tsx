import { ShieldCheck } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SectionCard } from "@/components/page/section-card";
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
import { pageTitle } from "@/lib/pages/page";
import { getDb } from "@/lib/server/db";

export const generateMetadata = pageTitle("twoFactor.title");

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
            <SectionCard
              id="two-factor-off"
              heading={t("disable.heading")}
              intro={t("disable.intro")}
            >
              <DisableTwoFactorForm email={viewer.user.email} />
            </SectionCard>
          </>
        ) : secret && qr ? (
          <SectionCard id="two-factor-setup" heading={t("setup.heading")}>
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
          </SectionCard>
        ) : (
          <SectionCard id="two-factor-start" heading={t("setup.heading")}>
            <p className="text-sm">{t("setup.before")}</p>
            <StartTwoFactorForm />
          </SectionCard>
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
