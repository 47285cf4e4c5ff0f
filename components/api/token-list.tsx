import { clsx } from "clsx";
import { CircleCheck, CircleOff, Clock } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/data-table";
import { tokenState } from "@/lib/api/rules";
import type { AdminTokenRow, TokenRow } from "@/lib/api/types";
import { RevokeTokenButton } from "./revoke-token-button";

const STATE_LOOK = {
  active: { Icon: CircleCheck, box: "border-ok/40 bg-ok-soft" },
  expired: { Icon: Clock, box: "border-line bg-canvas" },
  revoked: { Icon: CircleOff, box: "border-bad/40 bg-bad-soft" },
} as const;

/**
 * Tokens as a list of cards (readable at any width, and printed as they are): name, state in
 * words and with an icon, access, dates and the last use with its address. Never the secret.
 */
export function TokenList({
  tokens,
  now,
  admin = false,
}: {
  tokens: (TokenRow | AdminTokenRow)[];
  /** The time the page was rendered (ISO): what expired is judged against. */
  now: string;
  admin?: boolean;
}) {
  const t = useTranslations("apiTokens");
  const format = useFormatter();
  const at = new Date(now);
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  if (!tokens.length)
    return <EmptyState compact>{t(admin ? "admin.empty" : "list.empty")}</EmptyState>;
  return (
    <ul aria-label={t("list.caption")} className="space-y-3">
      {tokens.map((token) => {
        const state = tokenState(token, at);
        const { Icon, box } = STATE_LOOK[state];
        const owner = "owner" in token ? token.owner : null;
        return (
          <li
            key={token.id}
            className="space-y-3 rounded-md border border-line p-3 print:break-inside-avoid"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0 space-y-1">
                <p className="font-medium [overflow-wrap:anywhere]">{token.name}</p>
                <p className="font-mono text-xs text-muted" translate="no">
                  {token.prefix}…
                </p>
              </div>
              <span
                className={clsx(
                  "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium",
                  box,
                )}
              >
                <Icon aria-hidden className="size-3.5" />
                {t(`state.${state}`)}
              </span>
            </div>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {owner ? (
                <>
                  <dt className="font-medium">{t("list.owner")}</dt>
                  <dd className="[overflow-wrap:anywhere]">
                    {owner.name} <span className="text-muted">· {owner.email}</span>
                    {owner.active ? null : (
                      <span className="text-muted"> · {t("list.deactivated")}</span>
                    )}
                  </dd>
                </>
              ) : null}
              <dt className="font-medium">{t("list.scope")}</dt>
              <dd>{t(`scope.${token.scope}`)}</dd>
              <dt className="font-medium">{t("list.created")}</dt>
              <dd>{day(token.createdAt)}</dd>
              <dt className="font-medium">{t("list.expires")}</dt>
              <dd>{day(token.expiresAt)}</dd>
              <dt className="font-medium">{t("list.lastUsed")}</dt>
              <dd className="[overflow-wrap:anywhere]">
                {token.lastUsedAt
                  ? t("list.usedFrom", {
                      time: when(token.lastUsedAt),
                      address: token.lastUsedIp ?? "?",
                    })
                  : t("list.never")}
              </dd>
            </dl>
            {state === "active" ? (
              <div className="print:hidden">
                <RevokeTokenButton tokenId={token.id} name={token.name} admin={admin} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
