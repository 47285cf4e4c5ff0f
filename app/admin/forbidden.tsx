import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/** Inside the app shell: a signed-in user who is not an administrator. */
export default async function AdminForbidden() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-lg space-y-4 py-10">
      <p className="font-mono text-sm text-muted">403</p>
      <h1 className="text-2xl font-semibold tracking-tight">{t("errors.forbiddenTitle")}</h1>
      <p className="text-muted">{t("admin.forbiddenBody")}</p>
      <p>
        <Link href="/" className={buttonClasses("secondary")}>
          {t("errors.backHome")}
        </Link>
      </p>
    </div>
  );
}
