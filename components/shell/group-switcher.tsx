"use client";

import { Icon } from "@/components/ui/icon";
import { Menu, MenuItem, MenuLabel } from "@/components/ui/menu";

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
    <Menu
      label={`${label}: ${current?.name ?? placeholder}`}
      align="start"
      className="max-w-full"
      contentClassName="max-h-[70vh] max-w-[90vw] overflow-y-auto"
      triggerClassName="flex min-w-0 max-w-full items-center gap-1 rounded-md px-2 py-1 text-left text-sm font-medium hover:bg-canvas"
      trigger={
        <>
          {/* On a phone the whole name wraps, in smaller type, rather than being cut. */}
          <span className="text-xs leading-snug sm:truncate sm:text-sm">
            {current?.name ?? placeholder}
          </span>
          <Icon name="chevrons-up-down" className="text-muted" />
        </>
      }
    >
      <MenuLabel>{label}</MenuLabel>
      {groups.map((group) => (
        <MenuItem key={group.slug} href={`/g/${group.slug}`} current={group.slug === currentSlug}>
          <Icon name="check" className={group.slug === currentSlug ? "text-accent" : "opacity-0"} />
          <span>{group.name}</span>
        </MenuItem>
      ))}
    </Menu>
  );
}
