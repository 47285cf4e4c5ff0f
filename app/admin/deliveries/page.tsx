import { DeadLetters } from "@/components/admin/dead-letters";
import { PageFrame } from "@/components/page/page-frame";
import { Pagination } from "@/components/ui/pagination";
import { DEAD_LETTERS_PAGE_SIZE, listDeadLetters } from "@/lib/admin/deliveries/queries";
import { requireAdmin } from "@/lib/auth/access";
import { openPage, pageOf, pageTitle, plainPages, type SearchParams } from "@/lib/pages/page";

export const generateMetadata = pageTitle("admin.deliveries.title");

/** Undelivered mail (dead letters): for admins, to send again or discard. */
export default async function DeliveriesPage({ searchParams }: { searchParams: SearchParams }) {
  const { t, db } = await openPage(requireAdmin(), "admin.deliveries");
  const page = pageOf((await searchParams).page);
  const { rows, total } = await listDeadLetters(db, page);
  return (
    <PageFrame
      className="mx-auto max-w-4xl space-y-6"
      header={{ title: t("title"), description: t("intro") }}
    >
      <DeadLetters rows={rows} />
      <Pagination
        {...plainPages("/admin/deliveries", page, total, DEAD_LETTERS_PAGE_SIZE)}
        range={(span) => t("range", span)}
      />
    </PageFrame>
  );
}
