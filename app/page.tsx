import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/auth/session";

export default async function HomePage() {
  const viewer = await requireViewer();
  const first = viewer.groups[0];
  // Delegates land on their own projects; coordinators, observers and admins on the dashboard.
  if (first) redirect(first.role === "delegate" ? `/g/${first.slug}/my` : `/g/${first.slug}`);
  const t = await getTranslations("home");
  return (
    <AppShell viewer={viewer}>
      <Card className="space-y-2">
        <h1 className="text-xl font-semibold">{t("noGroupsTitle")}</h1>
        <p className="text-muted">{t("noGroupsBody")}</p>
        {viewer.user.isAdmin ? (
          <Link className="text-accent underline" href="/admin">
            {t("toAdmin")}
          </Link>
        ) : null}
      </Card>
    </AppShell>
  );
}
