import { Equal, Minus, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/projects/badges";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { PlanProject } from "@/lib/plans/types";

const KINDS = {
  added: { Icon: Plus, tone: "text-ok" },
  removed: { Icon: Minus, tone: "text-bad" },
  kept: { Icon: Equal, tone: "text-muted" },
} as const;

/** One of the comparison's three lists, its count in the heading. */
export function CompareList({
  kind,
  projects,
  hint,
  projectsPath,
  locale,
}: {
  kind: keyof typeof KINDS;
  projects: PlanProject[];
  hint: string;
  projectsPath: string;
  locale: Locale;
}) {
  const t = useTranslations("plans.compare");
  const { Icon, tone } = KINDS[kind];
  const headingId = `compare-${kind}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div>
        <h2 id={headingId} className="flex items-center gap-2 text-lg font-semibold">
          <Icon aria-hidden className={`size-5 shrink-0 ${tone}`} />
          {t(kind, { count: projects.length })}
        </h2>
        <p className="text-sm text-muted">{hint}</p>
      </div>
      {projects.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
          {projects.map((project) => (
            <li key={project.id} className="space-y-1 px-3 py-2 text-sm">
              <div>
                <span className="font-mono text-xs text-muted">{project.code}</span>{" "}
                <Link
                  href={`${projectsPath}/${encodeURIComponent(project.code)}`}
                  className="font-medium text-ink hover:text-accent hover:underline"
                >
                  <LocalizedText value={pickLocalized(project.title, locale)} />
                </Link>
              </div>
              <StatusBadge status={project.status} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
