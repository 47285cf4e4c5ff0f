"use client";

import { X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useMessage } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { formatSize } from "./format";
import type { UploadItem } from "./use-uploads";

/**
 * The files of an upload, each with a progress bar (a real one: the bytes the browser has
 * sent), its state in words and, while it is being sent, a button to cancel it.
 */
export function UploadList({
  items,
  onCancel,
  extra,
}: {
  items: UploadItem[];
  onCancel: (key: string) => void;
  /** Something more per finished file (the evidence list's "remove"). */
  extra?: (item: UploadItem) => ReactNode;
}) {
  const t = useTranslations("documents.upload");
  const format = useFormatter();
  const message = useMessage();
  if (!items.length) return null;
  return (
    <ul className="space-y-2" aria-label={t("heading")}>
      {items.map((item) => {
        const percent = item.size ? Math.min(100, Math.round((item.loaded / item.size) * 100)) : 0;
        const active = item.state === "uploading" || item.state === "waiting";
        return (
          <li
            key={item.key}
            data-state={item.state}
            className="rounded-md border border-line px-3 py-2 text-sm"
          >
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="min-w-0 flex-1 truncate font-medium" title={item.name}>
                {item.name}
              </span>
              <span className="text-muted tabular-nums">{formatSize(format, item.size)}</span>
              {active ? (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t("cancelUpload", { name: item.name })}
                  onClick={() => onCancel(item.key)}
                >
                  <X aria-hidden className="size-4" />
                  {t("cancel")}
                </Button>
              ) : (
                extra?.(item)
              )}
            </div>
            <div className="mt-1.5 flex items-center gap-3">
              <progress
                className="h-2 min-w-0 flex-1 overflow-hidden rounded-full [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-accent"
                max={100}
                value={item.state === "done" ? 100 : percent}
                aria-label={t("progressLabel", { name: item.name })}
              />
              <span className="w-12 text-right tabular-nums text-muted">
                {t("progress", { percent: item.state === "done" ? 100 : percent })}
              </span>
            </div>
            <p
              className={
                item.state === "failed"
                  ? "mt-1 font-medium text-bad"
                  : item.state === "done"
                    ? "mt-1 text-ok"
                    : "mt-1 text-muted"
              }
            >
              {item.state === "failed" && item.error
                ? t("failed", { reason: message(item.error) })
                : t(item.state)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
