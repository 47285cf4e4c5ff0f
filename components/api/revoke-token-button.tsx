"use client";

import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { adminRevokeTokenAction, revokeTokenAction } from "@/lib/api/form-actions";

/** Revokes one token at once (its owner's, or any for an administrator); the list then shows it revoked. */
export function RevokeTokenButton({
  tokenId,
  name,
  admin = false,
}: {
  tokenId: string;
  name: string;
  admin?: boolean;
}) {
  const t = useTranslations("apiTokens");
  const form = useForm(admin ? adminRevokeTokenAction : revokeTokenAction);
  return (
    <form action={form.action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton
        pending={form.pending}
        busy={t("revoking")}
        icon={Ban}
        variant="secondary"
        size="sm"
        aria-label={t("revokeNamed", { name })}
      >
        {t("revoke")}
      </SubmitButton>
      <FormFeedback state={form.state} saved={t("revoked")} />
    </form>
  );
}
