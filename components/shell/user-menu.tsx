"use client";

import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { useTransition } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/auth/actions";
import type { Locale } from "@/lib/i18n/locales";
import { changeLanguage } from "@/lib/users/actions";

export interface UserMenuLabels {
  menu: string;
  profile: string;
  language: string;
  signOut: string;
  languages: Record<Locale, string>;
}

export function UserMenu({
  name,
  detail,
  locale,
  labels,
}: {
  name: string;
  detail: string;
  locale: Locale;
  labels: UserMenuLabels;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`${labels.menu}: ${name}`}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-canvas"
      >
        <UserRound aria-hidden className="size-5 text-muted" />
        <span className="hidden max-w-40 truncate sm:inline">{name}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <div className="px-2 py-1.5">
          <p className="font-medium">{name}</p>
          <p className="text-xs text-muted">{detail}</p>
        </div>
        <DropdownMenuItem asChild>
          <Link href="/profile">
            <UserRound aria-hidden className="size-4" />
            {labels.profile}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuGroup>
          <DropdownMenuLabel>{labels.language}</DropdownMenuLabel>
          <DropdownMenuRadioGroup
            value={locale}
            onValueChange={(value) => startTransition(() => changeLanguage(value))}
          >
            {(Object.keys(labels.languages) as Locale[]).map((code) => (
              <DropdownMenuRadioItem key={code} value={code} disabled={pending} lang={code}>
                {labels.languages[code]}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => startTransition(() => signOutAction())}>
          <LogOut aria-hidden className="size-4" />
          {labels.signOut}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
