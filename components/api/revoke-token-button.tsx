"use client";

import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
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
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={form.pending}
        aria-label={t("revokeNamed", { name })}
      >
        <Ban aria-hidden className="size-4" />
        {form.pending ? t("revoking") : t("revoke")}
      </Button>
      <FormFeedback state={form.state} saved={t("revoked")} />
    </form>
  );
}
