import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (decide(user, "admin.manage", { role: null }) !== "allow") forbidden();
  return <AppShell user={user}>{children}</AppShell>;
}
