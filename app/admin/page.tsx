import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/access";

export default async function AdminPage() {
  await requireAdmin();
  redirect("/admin/users");
}
