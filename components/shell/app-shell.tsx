import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/types";
import { toAppLocale } from "@/lib/i18n/locales";
import type { GroupRole } from "@/lib/vocabulary";
import { DemoBanner } from "./demo-banner";
import { GroupSwitcher } from "./group-switcher";
import { type NavItem, NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { UserMenu } from "./user-menu";

export async function AppShell({
  viewer,
  currentSlug,
  role,
  children,
}: {
  viewer: Viewer;
  currentSlug?: string;
  role?: GroupRole | null;
  children: ReactNode;
}) {
  const { user, groups, demo } = viewer;
  const [t, locale] = await Promise.all([getTranslations(), getLocale().then(toAppLocale)]);
  const groupOptions = groups.map((group) => ({
    slug: group.slug,
    name: { nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale],
  }));
  const nav: NavItem[] = [];
  if (currentSlug) {
    const base = `/g/${currentSlug}`;
    nav.push(
      { href: base, label: t("nav.dashboard"), exact: true },
      { href: `${base}/my`, label: t("nav.myProjects") },
      { href: `${base}/projects`, label: t("nav.projects") },
      { href: `${base}/meetings`, label: t("nav.meetings") },
      { href: `${base}/actions`, label: t("actionItems.nav") },
      { href: `${base}/plans`, label: t("nav.plans") },
    );
    if (can(user, "audit.read", { role: role ?? null }))
      nav.push({ href: `${base}/audit`, label: t("auditLog.nav") });
  }
  if (user.isAdmin || groups.length > 1)
    nav.push({ href: "/overview", label: t("commission.nav") });
  if (user.isAdmin) nav.push({ href: "/admin", label: t("nav.admin") });
  const roleLabel = user.isAdmin ? t("roles.admin") : role ? t(`roles.${role}`) : null;
  const detail = [t(`delegations.${user.delegation}`), roleLabel].filter(Boolean).join(" · ");

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        {t("shell.skipToContent")}
      </a>
      {demo ? <DemoBanner /> : null}
      <header className="border-b border-line bg-surface print:hidden">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 pt-2">
          <Link
            href="/"
            className="shrink-0 text-base font-semibold tracking-tight text-accent-strong"
          >
            {t("app.name")}
          </Link>
          <span aria-hidden className="text-line">
            /
          </span>
          <div className="min-w-0 flex-1">
            {groupOptions.length > 0 ? (
              <GroupSwitcher
                groups={groupOptions}
                currentSlug={currentSlug}
                label={t("shell.workingGroup")}
                placeholder={t("shell.chooseGroup")}
              />
            ) : null}
          </div>
          <NotificationBell
            count={viewer.unreadNotifications}
            label={t("shell.notifications", { count: viewer.unreadNotifications })}
          />
          <UserMenu
            name={user.name}
            detail={`${user.email} · ${detail}`}
            locale={locale}
            labels={{
              menu: t("shell.userMenu"),
              profile: t("profile.menu"),
              language: t("languages.choose"),
              signOut: t("auth.signOut"),
              languages: { nb: t("languages.nb"), ru: t("languages.ru"), en: t("languages.en") },
            }}
          />
        </div>
        <div className="mx-auto max-w-7xl px-2">
          {nav.length > 0 ? (
            <NavLinks items={nav} label={t("shell.mainNavigation")} more={t("shell.more")} />
          ) : (
            <div className="h-2" />
          )}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
