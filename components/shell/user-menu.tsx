"use client";

import { useTransition } from "react";
import { Icon } from "@/components/ui/icon";
import { Menu, MenuGroup, MenuItem, MenuRadioItem, MenuSeparator } from "@/components/ui/menu";
import { changeLanguage } from "@/lib/account/form-actions";
import { signOutAction } from "@/lib/auth/form-actions";
import type { Locale } from "@/lib/i18n/locales";

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
    <Menu
      label={`${labels.menu}: ${name}`}
      triggerClassName="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-canvas"
      trigger={
        <>
          <Icon name="user-round" className="size-5 text-muted" />
          <span className="hidden max-w-40 truncate sm:inline">{name}</span>
        </>
      }
    >
      <div className="px-2 py-1.5">
        <p className="font-medium">{name}</p>
        <p className="text-xs text-muted">{detail}</p>
      </div>
      <MenuItem href="/profile">
        <Icon name="user-round" />
        {labels.profile}
      </MenuItem>
      <MenuSeparator />
      <MenuGroup label={labels.language}>
        {(Object.keys(labels.languages) as Locale[]).map((code) => (
          <MenuRadioItem
            key={code}
            checked={code === locale}
            disabled={pending}
            lang={code}
            onSelect={() => startTransition(() => changeLanguage(code))}
          >
            {labels.languages[code]}
          </MenuRadioItem>
        ))}
      </MenuGroup>
      <MenuSeparator />
      <MenuItem onSelect={() => startTransition(() => signOutAction())}>
        <Icon name="log-out" />
        {labels.signOut}
      </MenuItem>
    </Menu>
  );
}
