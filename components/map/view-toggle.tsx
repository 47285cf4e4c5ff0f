import { List, MapIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/** The project list as a table or as a map of the same filtered projects: two plain links. */
export function ViewToggle({
  view,
  href,
}: {
  view: "list" | "map";
  href: (view: "list" | "map") => string;
}) {
  const t = useTranslations("map.view");
  const link = (key: "list" | "map", icon: React.ReactNode) => (
    <a
      href={href(key)}
      aria-current={view === key ? "page" : undefined}
      className={cn(
        "inline-flex items-center gap-1.5 px-3 py-1.5 text-sm",
        view === key
          ? "bg-accent-soft font-semibold text-accent-strong"
          : "text-accent-strong hover:bg-canvas",
      )}
    >
      {icon}
      {t(key)}
    </a>
  );
  return (
    <nav
      aria-label={t("label")}
      className="no-print inline-flex overflow-hidden rounded-md border border-line bg-surface"
    >
      {link("list", <List aria-hidden className="size-4" />)}
      {link("map", <MapIcon aria-hidden className="size-4" />)}
    </nav>
  );
}
