import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireGroupAccess } from "@/lib/auth/access";

export default async function GroupLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ group: string }>;
}) {
  const { group: slug } = await params;
  const { viewer, role } = await requireGroupAccess(slug);
  return (
    <AppShell viewer={viewer} currentSlug={slug} role={role}>
      {children}
    </AppShell>
  );
}
