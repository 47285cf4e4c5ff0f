import { Hammer } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** What a page not built yet shows: honest, translated, never invented figures. */
export async function ComingSoon({ feature }: { feature: string }) {
  const t = await getTranslations("coming");
  return (
    <Card className="flex items-start gap-4">
      <Hammer aria-hidden className="mt-1 size-6 shrink-0 text-muted" />
      <div className="space-y-1">
        <h2 className="font-semibold">{t("title")}</h2>
        <p className="text-muted">{t("body", { feature })}</p>
      </div>
    </Card>
  );
}
