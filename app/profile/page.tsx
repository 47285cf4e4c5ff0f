import { Bell, KeyRound, KeySquare, ShieldCheck } from "lucide-react";
import { LinkButton } from "@/components/page/link-button";
import { PageFrame } from "@/components/page/page-frame";
import { SectionCard } from "@/components/page/section-card";
import { ProfileForm } from "@/components/profile/profile-form";
import { SessionsList } from "@/components/profile/sessions-list";
import { Alert } from "@/components/ui/alert";
import { getOwnProfile } from "@/lib/account/queries";
import { describeDevice } from "@/lib/account/rules";
import type { ProfileSession } from "@/lib/account/types";
import { getSessionId, requireViewer } from "@/lib/auth/session";
import { openSessions } from "@/lib/auth/sessions";
import { openPage, pageTitle, type SearchParams } from "@/lib/pages/page";
import type { GroupRole } from "@/lib/vocabulary";

export const generateMetadata = pageTitle("profile.title");

export default async function ProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const { access: viewer, t, locale, db } = await openPage(requireViewer());
  const [query, profile, open, currentSession] = await Promise.all([
    searchParams,
    getOwnProfile(db, viewer.user.id),
    openSessions(db, viewer.user.id),
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
  return (
    <PageFrame
      viewer={viewer}
      messages={["profile", "validation", "errors", "languages"]}
      className="mx-auto max-w-3xl space-y-6"
      header={{ title: t("profile.title"), description: t("profile.intro") }}
    >
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
      <SectionCard id="profile-details" heading={t("profile.details.heading")}>
        <ProfileForm name={user.name} locale={user.locale} />
      </SectionCard>
      <SectionCard id="profile-account" heading={t("profile.account.heading")}>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("profile.account.email")}</dt>
          <dd className="[overflow-wrap:anywhere]">{user.email}</dd>
          <dt className="font-medium">{t("profile.account.delegation")}</dt>
          <dd>{t(`delegations.${user.delegation}`)}</dd>
          <dt className="font-medium">{t("profile.account.position")}</dt>
          <dd>
            {profile?.position ?? <span className="text-muted">{t("profile.account.none")}</span>}
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
      </SectionCard>
      <SectionCard
        id="profile-password"
        heading={t("profile.password.heading")}
        intro={t("profile.password.intro")}
      >
        <LinkButton href="/profile/password" icon={KeyRound} variant="secondary">
          {t("profile.password.open")}
        </LinkButton>
      </SectionCard>
      <SectionCard
        id="profile-two-factor"
        heading={t("twoFactor.title")}
        intro={t(viewer.twoFactorEnabled ? "twoFactor.profile.on" : "twoFactor.profile.off")}
      >
        <LinkButton href="/profile/two-factor" icon={ShieldCheck} variant="secondary">
          {t(viewer.twoFactorEnabled ? "twoFactor.profile.manage" : "twoFactor.profile.setUp")}
        </LinkButton>
      </SectionCard>
      <SectionCard
        id="profile-sessions"
        heading={t("profile.sessions.heading")}
        intro={t("profile.sessions.intro")}
      >
        <SessionsList sessions={sessions} />
      </SectionCard>
      <SectionCard
        id="profile-notifications"
        heading={t("notificationSettings.profileHeading")}
        intro={t("notificationSettings.profileText")}
      >
        <LinkButton href="/profile/notifications" icon={Bell} variant="secondary">
          {t("notificationSettings.open")}
        </LinkButton>
      </SectionCard>
      <SectionCard
        id="profile-api-tokens"
        heading={t("apiTokens.profile.heading")}
        intro={t("apiTokens.profile.text")}
      >
        <LinkButton href="/profile/tokens" icon={KeySquare} variant="secondary">
          {t("apiTokens.profile.open")}
        </LinkButton>
      </SectionCard>
    </PageFrame>
  );
}
