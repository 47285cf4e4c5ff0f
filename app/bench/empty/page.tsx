import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { requireGroupAccess } from "@/lib/auth/access";

/**
 * The benchmark's floor (`npm run bench`, docs/performance.md): a group's signed-in shell with
 * no query of its own beyond the viewer's, so that a page's time can be compared with what
 * any signed-in page costs. Exists only in a server started by the bench.
 */
export default async function EmptyBenchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (process.env.WORKPLAN_BENCH !== "1") notFound();
  const { group } = await searchParams;
  if (typeof group !== "string") notFound();
  const { viewer, role } = await requireGroupAccess(group);
  return (
    <AppShell viewer={viewer} currentSlug={group} role={role}>
      <div />
    </AppShell>
  );
}
