import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/ui/card";
import { requireGroupAccess } from "@/lib/groups/guard";

export default async function Page({ params }: { params: Promise<{ group: string }> }) {
  await requireGroupAccess((await params).group);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("nav.meetings")} />
      <ComingSoon feature={t("coming.features.meetings")} />
    </>
  );
}
