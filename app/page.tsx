import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listGroupsForUser } from "@/lib/groups/queries";

export default async function HomePage() {
  const user = await requireUser();
  const groups = await listGroupsForUser(getDb(), user);
  const first = groups[0];
  if (first) redirect(`/g/${first.group.slug}`);
  const t = await getTranslations("home");
  return (
    <AppShell user={user}>
      <Card className="space-y-2">
        <h1 className="text-xl font-semibold">{t("noGroupsTitle")}</h1>
        <p className="text-muted">{t("noGroupsBody")}</p>
        {user.isAdmin ? (
          <Link className="text-accent underline" href="/admin">
            {t("toAdmin")}
          </Link>
        ) : null}
      </Card>
    </AppShell>
  );
}
