import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { decide } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  if (decide(viewer.user, "admin.manage", { role: null }) !== "allow") forbidden();
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
