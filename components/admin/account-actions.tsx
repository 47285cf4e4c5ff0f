import { KeyRound, LogOut, type LucideIcon, ShieldOff, UserCheck, UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  deactivateUserAction,
  endSessionsAction,
  reactivateUserAction,
  resetPasswordAction,
  resetTwoFactorAction,
} from "@/lib/admin/users/form-actions";
import type { AdminUserRow } from "@/lib/admin/users/types";
import type { FormAction } from "@/lib/forms/state";
import { type CommandKind, ConfirmCommand } from "./confirm-command";

/** Password, sessions and access of one account, each with a sentence on what it does. */
export function AccountActions({ user, isSelf }: { user: AdminUserRow; isSelf: boolean }) {
  const t = useTranslations("admin.users.account");
  const command = <T extends object>(
    kind: CommandKind,
    action: FormAction<T>,
    Icon: LucideIcon,
    more: { danger?: boolean; email?: string } = {},
  ) => (
    <ConfirmCommand
      key={kind}
      kind={kind}
      action={action}
      fields={{ userId: user.id }}
      subject={user.name}
      icon={<Icon aria-hidden className="size-4" />}
      {...more}
    />
  );
  return (
    <div className="divide-y divide-line">
      {isSelf ? null : (
        <Item text={t("resetPasswordText")}>
          {command("resetPassword", resetPasswordAction, KeyRound, { email: user.email })}
        </Item>
      )}
      {user.twoFactor && !isSelf ? (
        <Item text={t("resetTwoFactorText")}>
          {command("resetTwoFactor", resetTwoFactorAction, ShieldOff)}
        </Item>
      ) : null}
      <Item text={isSelf ? t("endSessionsSelfText") : t("endSessionsText")}>
        {command("endSessions", endSessionsAction, LogOut)}
      </Item>
      {isSelf ? (
        <Item text={t("selfNote")} />
      ) : user.active ? (
        <Item text={t("deactivateText")}>
          {command("deactivate", deactivateUserAction, UserX, { danger: true })}
        </Item>
      ) : (
        <Item text={t("reactivateText")}>
          {command("reactivate", reactivateUserAction, UserCheck)}
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
