"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * An unexpected error in a page: no internals, only Next's digest as the reference — the same
 * id is on the server's log line (instrumentation's onRequestError).
 */
export default function ErrorPage({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  /** Fetches and renders the segment again: what a server error needs (reset only re-renders). */
  retry: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">{t("genericTitle")}</h1>
      <p className="text-muted">{t("genericBody")}</p>
      {error.digest ? (
        <p className="font-mono text-sm text-muted">
          {t("reference", { reference: error.digest })}
        </p>
      ) : null}
      <p>
        <Button variant="secondary" onClick={retry}>
          {t("retry")}
        </Button>
      </p>
    </main>
  );
}
