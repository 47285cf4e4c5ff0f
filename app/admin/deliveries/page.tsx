import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeadLetters } from "@/components/admin/dead-letters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DEAD_LETTERS_PAGE_SIZE, listDeadLetters } from "@/lib/admin/deliveries/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.deliveries"))("title") };
}

/** Undelivered mail (dead letters): for admins, to send again or discard. */
export default async function DeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const raw = (await searchParams).page;
  const page = typeof raw === "string" && /^\d{1,5}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
  const [t, { rows, total }] = await Promise.all([
    getTranslations("admin.deliveries"),
    listDeadLetters(getDb(), page),
  ]);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <DeadLetters rows={rows} />
      <Pagination
        page={page}
        total={total}
        pageSize={DEAD_LETTERS_PAGE_SIZE}
        href={(p) => (p > 1 ? `/admin/deliveries?page=${p}` : "/admin/deliveries")}
        range={(span) => t("range", span)}
      />
    </div>
  );
}
