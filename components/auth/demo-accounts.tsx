import { getTranslations } from "next-intl/server";
import type { Delegation, GroupRole } from "@/lib/vocabulary";

interface DemoAccount {
  email: string;
  role: GroupRole | null;
  delegation: Delegation;
}

/** The demo installation's accounts, listed on the sign-in page with their shared password. */
export async function DemoAccounts({
  accounts,
  password,
}: {
  accounts: readonly DemoAccount[];
  password: string;
}) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="demo-accounts" className="space-y-2 text-sm">
      <h2 id="demo-accounts" className="font-semibold">
        {t("demo.accountsTitle")}
      </h2>
      <p className="text-muted">{t("demo.accountsHint", { password })}</p>
      <ul className="divide-y divide-line rounded-md border border-line bg-surface">
        {accounts.map((account) => (
          <li
            key={account.email}
            className="flex flex-wrap items-baseline justify-between gap-x-3 px-3 py-1.5"
          >
            <code className="break-all text-ink">{account.email}</code>
            <span className="text-muted">
              {account.role ? t(`roles.${account.role}`) : t("roles.admin")} ·{" "}
              {t(`delegations.${account.delegation}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
