"use client";

import { Check, Copy, KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The one-time password, shown once: large, monospaced, selected in one click, with a copy
 * button and the advice to hand it over by another channel than the sign-in address.
 */
export function OneTimePassword({
  password,
  email,
  focusOnMount = false,
}: {
  password: string;
  email: string;
  /** In a dialog whose button just disappeared: start reading here. */
  focusOnMount?: boolean;
}) {
  const t = useTranslations("admin.oneTimePassword");
  const id = useId();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnMount) panel.current?.focus();
  }, [focusOnMount]);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopy("copied");
    } catch {
      // No clipboard outside HTTPS or when refused: the text stays selectable.
      setCopy("failed");
    }
  };
  const copied = copy === "copied";
  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby={`${id}-label`}
      className="space-y-3 rounded-md border border-accent/30 bg-accent-soft p-4 outline-none focus-visible:ring-2 focus-visible:ring-accent"
    >
      <p id={`${id}-label`} className="flex items-center gap-2 text-sm font-semibold">
        <KeyRound aria-hidden className="size-4" />
        {t("label", { email })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <code
          data-testid="one-time-password"
          translate="no"
          className="select-all rounded border border-line bg-surface px-3 py-2 font-mono text-xl tracking-wider text-ink"
        >
          {password}
        </code>
        <Button variant="secondary" size="sm" onClick={onCopy}>
          {copied ? (
            <Check aria-hidden className="size-4" />
          ) : (
            <Copy aria-hidden className="size-4" />
          )}
          {copied ? t("copied") : t("copy")}
        </Button>
        <span aria-live="polite" className={copy === "failed" ? "text-sm" : "sr-only"}>
          {copy === "copied" ? t("copiedAnnouncement") : copy === "failed" ? t("copyFailed") : ""}
        </span>
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>{t("onlyOnce")}</li>
        <li>{t("handOver")}</li>
        <li>{t("firstSignIn")}</li>
      </ul>
    </section>
  );
}
