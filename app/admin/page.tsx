import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/ui/card";
import { decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export default async function AdminPage() {
  // Layouts do not guard the pages below them on every navigation: check here too.
  const user = await requireUser();
  if (decide(user, "admin.manage", { role: null }) !== "allow") forbidden();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("nav.admin")} />
      <ComingSoon feature={t("coming.features.admin")} />
    </>
  );
}
