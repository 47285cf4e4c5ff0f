"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export interface GroupOption {
  slug: string;
  name: string;
}

export function GroupSwitcher({
  groups,
  currentSlug,
  label,
  placeholder,
}: {
  groups: GroupOption[];
  currentSlug?: string;
  label: string;
  placeholder: string;
}) {
  const current = groups.find((g) => g.slug === currentSlug);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`${label}: ${current?.name ?? placeholder}`}
        className="flex min-w-0 max-w-full items-center gap-1 rounded-md px-2 py-1 text-left text-sm font-medium hover:bg-canvas"
      >
        <span className="truncate">{current?.name ?? placeholder}</span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-w-[90vw]">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        {groups.map((group) => (
          <DropdownMenuItem key={group.slug} asChild>
            <Link
              href={`/g/${group.slug}`}
              aria-current={group.slug === currentSlug ? "page" : undefined}
            >
              <Check
                aria-hidden
                className={group.slug === currentSlug ? "size-4 text-accent" : "size-4 opacity-0"}
              />
              <span>{group.name}</span>
            </Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
