"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">{t("genericTitle")}</h1>
      <p className="text-muted">{t("genericBody")}</p>
      <p>
        <Button variant="secondary" onClick={reset}>
          {t("retry")}
        </Button>
      </p>
    </main>
  );
}
