import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { NavLinks } from "@/components/shell/nav-links";
import { decide } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";

/**
 * The shell of the administration. Not a guard: layouts do not run on every navigation, so
 * every page below checks with requireAdmin() and answers 403 (app/admin/forbidden.tsx).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const isAdmin = decide(viewer.user, "admin.manage", { role: null }) === "allow";
  const [t, tAudit, tApi, tShell] = await Promise.all([
    getTranslations("admin"),
    getTranslations("auditLog"),
    getTranslations("apiTokens"),
    getTranslations("shell"),
  ]);
  return (
    <AppShell viewer={viewer}>
      <ClientMessages
        namespaces={["admin", "validation", "errors", "roles", "delegations", "languages"]}
      >
        {isAdmin ? (
          <div className="-mt-2 mb-6 border-b border-line">
            <NavLinks
              label={t("sectionNavigation")}
              more={tShell("more")}
              items={[
                { href: "/admin/users", label: t("users.title") },
                { href: "/admin/groups", label: t("groups.title") },
                { href: "/admin/places", label: t("places.title") },
                { href: "/admin/audit", label: tAudit("nav") },
                { href: "/admin/settings", label: t("settings.title") },
                { href: "/admin/deliveries", label: t("deliveries.nav") },
                { href: "/admin/tokens", label: tApi("admin.nav") },
              ]}
            />
          </div>
        ) : null}
        {children}
      </ClientMessages>
    </AppShell>
  );
}
