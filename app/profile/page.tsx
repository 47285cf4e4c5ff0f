import { Bell, KeyRound, KeySquare, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileForm } from "@/components/profile/profile-form";
import { SessionsList } from "@/components/profile/sessions-list";
import { AppShell } from "@/components/shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getOwnProfile } from "@/lib/account/queries";
import { describeDevice } from "@/lib/account/rules";
import type { ProfileSession } from "@/lib/account/types";
import { getSessionId, requireViewer } from "@/lib/auth/session";
import { openSessions } from "@/lib/auth/sessions";
import { getAppLocale } from "@/lib/i18n/server";
import { getDb } from "@/lib/server/db";
import type { GroupRole } from "@/lib/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  const [t, locale, query, profile, open, currentSession] = await Promise.all([
    getTranslations(),
    getAppLocale(),
    searchParams,
    getOwnProfile(getDb(), viewer.user.id),
    openSessions(getDb(), viewer.user.id),
    getSessionId(),
  ]);
  const sessions: ProfileSession[] = open.map((s) => ({
    id: s.id,
    device: describeDevice(s.userAgent),
    ip: s.ip,
    lastSeenAt: s.lastSeenAt.toISOString(),
    createdAt: s.createdAt.toISOString(),
    current: s.id === currentSession,
  }));
  const { user } = viewer;
  const memberships = viewer.groups.filter(
    (g): g is typeof g & { role: GroupRole } => g.role !== null,
  );
  const card = "space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5";
  return (
    <AppShell viewer={viewer}>
      <ClientMessages namespaces={["profile", "validation", "errors", "languages"]}>
        <div className="mx-auto max-w-3xl space-y-6">
          <PageHeader title={t("profile.title")} description={t("profile.intro")} />
          {query.password === "changed" ? (
            <Alert tone="success">{t("profile.password.changed")}</Alert>
          ) : null}
          {query.password === "reset" || query.password === "invite" ? (
            <Alert tone="success">
              {t(query.password === "reset" ? "passwordLink.resetDone" : "passwordLink.inviteDone")}
            </Alert>
          ) : null}
          {query.twoFactor === "on" || query.twoFactor === "off" ? (
            <Alert tone="success">
              {t(query.twoFactor === "on" ? "twoFactor.turnedOn" : "twoFactor.turnedOff")}
            </Alert>
          ) : null}
          <section aria-labelledby="profile-details" className={card}>
            <h2 id="profile-details" className="text-base font-semibold">
              {t("profile.details.heading")}
            </h2>
            <ProfileForm name={user.name} locale={user.locale} />
          </section>
          <section aria-labelledby="profile-account" className={card}>
            <h2 id="profile-account" className="text-base font-semibold">
              {t("profile.account.heading")}
            </h2>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("profile.account.email")}</dt>
              <dd className="[overflow-wrap:anywhere]">{user.email}</dd>
              <dt className="font-medium">{t("profile.account.delegation")}</dt>
              <dd>{t(`delegations.${user.delegation}`)}</dd>
              <dt className="font-medium">{t("profile.account.position")}</dt>
              <dd>
                {profile?.position ?? (
                  <span className="text-muted">{t("profile.account.none")}</span>
                )}
              </dd>
              <dt className="font-medium">{t("profile.account.groups")}</dt>
              <dd>
                {memberships.length ? (
                  <ul className="space-y-0.5">
                    {memberships.map((g) => (
                      <li key={g.id}>
                        {{ nb: g.nameNb, ru: g.nameRu, en: g.nameEn }[locale]}
                        <span className="text-muted"> · {t(`roles.${g.role}`)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted">{t("profile.account.none")}</span>
                )}
                {user.isAdmin ? <p className="mt-1">{t("roles.admin")}</p> : null}
              </dd>
            </dl>
            <p className="text-sm text-muted">{t("profile.account.askAdmin")}</p>
          </section>
          <section aria-labelledby="profile-password" className={card}>
            <h2 id="profile-password" className="text-base font-semibold">
              {t("profile.password.heading")}
            </h2>
            <p className="text-sm text-muted">{t("profile.password.intro")}</p>
            <Link href="/profile/password" className={buttonClasses("secondary")}>
              <KeyRound aria-hidden className="size-4" />
              {t("profile.password.open")}
            </Link>
          </section>
          <section aria-labelledby="profile-two-factor" className={card}>
            <h2 id="profile-two-factor" className="text-base font-semibold">
              {t("twoFactor.title")}
            </h2>
            <p className="text-sm text-muted">
              {t(viewer.twoFactorEnabled ? "twoFactor.profile.on" : "twoFactor.profile.off")}
            </p>
            <Link href="/profile/two-factor" className={buttonClasses("secondary")}>
              <ShieldCheck aria-hidden className="size-4" />
              {t(viewer.twoFactorEnabled ? "twoFactor.profile.manage" : "twoFactor.profile.setUp")}
            </Link>
          </section>
          <section aria-labelledby="profile-sessions" className={card}>
            <h2 id="profile-sessions" className="text-base font-semibold">
              {t("profile.sessions.heading")}
            </h2>
            <p className="text-sm text-muted">{t("profile.sessions.intro")}</p>
            <SessionsList sessions={sessions} />
          </section>
          <section aria-labelledby="profile-notifications" className={card}>
            <h2 id="profile-notifications" className="text-base font-semibold">
              {t("notificationSettings.profileHeading")}
            </h2>
            <p className="text-sm text-muted">{t("notificationSettings.profileText")}</p>
            <Link href="/profile/notifications" className={buttonClasses("secondary")}>
              <Bell aria-hidden className="size-4" />
              {t("notificationSettings.open")}
            </Link>
          </section>
          <section aria-labelledby="profile-api-tokens" className={card}>
            <h2 id="profile-api-tokens" className="text-base font-semibold">
              {t("apiTokens.profile.heading")}
            </h2>
            <p className="text-sm text-muted">{t("apiTokens.profile.text")}</p>
            <Link href="/profile/tokens" className={buttonClasses("secondary")}>
              <KeySquare aria-hidden className="size-4" />
              {t("apiTokens.profile.open")}
            </Link>
          </section>
        </div>
      </ClientMessages>
    </AppShell>
  );
}
