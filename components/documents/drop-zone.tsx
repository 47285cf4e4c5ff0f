"use client";

import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { ACCEPT, FILES_AT_ONCE } from "@/lib/documents/rules";

/**
 * Where files are picked (a button, for keyboard and screen readers) or dropped (the whole
 * area), several at once. Says what may be added and how large.
 */
export function DropZone({
  onFiles,
  hint,
  multiple = true,
  compact = false,
  label,
  children,
}: {
  onFiles: (files: File[]) => void;
  hint: string;
  multiple?: boolean;
  compact?: boolean;
  /** The button's words (default "Choose files"). */
  label?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("documents.upload");
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [trimmed, setTrimmed] = useState(false);
  const hintId = useId();
  const depth = useRef(0);

  const take = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setTrimmed(files.length > FILES_AT_ONCE);
    onFiles(multiple ? files.slice(0, FILES_AT_ONCE) : files.slice(0, 1));
  };

  return (
    <section
      aria-label={label ?? t("heading")}
      data-drop-zone
      onDragEnter={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (!depth.current) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        take(event.dataTransfer.files);
      }}
      className={cn(
        "rounded-md border-2 border-dashed px-4 text-sm transition-colors",
        compact ? "py-3" : "py-5",
        over ? "border-accent bg-accent-soft" : "border-line bg-canvas",
      )}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <input
          ref={input}
          type="file"
          multiple={multiple}
          accept={ACCEPT}
          hidden
          tabIndex={-1}
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = "";
          }}
        />
        <Button
          variant="secondary"
          size="sm"
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          <Upload aria-hidden className="size-4" />
          {label ?? t("choose")}
        </Button>
        <span className="text-muted">{over ? t("dropHere") : t("drop")}</span>
        {children}
      </div>
      <p id={hintId} className="mt-2 text-muted">
        {hint}
      </p>
      {trimmed ? (
        <p role="status" className="mt-1 font-medium text-warn">
          {t("tooMany", { max: FILES_AT_ONCE })}
        </p>
      ) : null}
    </section>
  );
}
