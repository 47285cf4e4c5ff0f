import { KeyRound, LogOut, ShieldOff, UserCheck, UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  deactivateUserAction,
  endSessionsAction,
  reactivateUserAction,
  resetPasswordAction,
  resetTwoFactorAction,
} from "@/lib/admin/users/form-actions";
import type { AdminUserRow } from "@/lib/admin/users/types";
import { ConfirmCommand } from "./confirm-command";

/** Password, sessions and access of one account, each with a sentence on what it does. */
export function AccountActions({ user, isSelf }: { user: AdminUserRow; isSelf: boolean }) {
  const t = useTranslations("admin.users.account");
  const fields = { userId: user.id };
  const icon = "size-4";
  return (
    <div className="divide-y divide-line">
      {isSelf ? null : (
        <Item text={t("resetPasswordText")}>
          <ConfirmCommand
            kind="resetPassword"
            action={resetPasswordAction}
            fields={fields}
            subject={user.name}
            email={user.email}
            icon={<KeyRound aria-hidden className={icon} />}
          />
        </Item>
      )}
      {user.twoFactor && !isSelf ? (
        <Item text={t("resetTwoFactorText")}>
          <ConfirmCommand
            kind="resetTwoFactor"
            action={resetTwoFactorAction}
            fields={fields}
            subject={user.name}
            icon={<ShieldOff aria-hidden className={icon} />}
          />
        </Item>
      ) : null}
      <Item text={isSelf ? t("endSessionsSelfText") : t("endSessionsText")}>
        <ConfirmCommand
          kind="endSessions"
          action={endSessionsAction}
          fields={fields}
          subject={user.name}
          icon={<LogOut aria-hidden className={icon} />}
        />
      </Item>
      {isSelf ? (
        <Item text={t("selfNote")} />
      ) : user.active ? (
        <Item text={t("deactivateText")}>
          <ConfirmCommand
            key="deactivate"
            kind="deactivate"
            action={deactivateUserAction}
            fields={fields}
            subject={user.name}
            danger
            icon={<UserX aria-hidden className={icon} />}
          />
        </Item>
      ) : (
        <Item text={t("reactivateText")}>
          <ConfirmCommand
            key="reactivate"
            kind="reactivate"
            action={reactivateUserAction}
            fields={fields}
            subject={user.name}
            icon={<UserCheck aria-hidden className={icon} />}
          />
        </Item>
      )}
    </div>
  );
}

function Item({ text, children }: { text: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between">
      <p className="max-w-prose text-sm text-muted">{text}</p>
      {children ? <div className="shrink-0">{children}</div> : null}
    </div>
  );
}
