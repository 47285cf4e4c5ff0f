import { FolderOpen } from "lucide-react";
import Link from "next/link";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { LinkedProject } from "@/lib/meetings/types";

/** Projects an agenda item or decision is about: code and title, each a link to the project. */
export function LinkedProjects({
  projects,
  groupPath,
  locale,
  label,
}: {
  projects: LinkedProject[];
  groupPath: string;
  locale: Locale;
  label: string;
}) {
  if (!projects.length) return null;
  return (
    <ul aria-label={label} className="mt-1.5 space-y-1 text-sm">
      {projects.map((project) => (
        <li key={project.id} className="flex gap-1.5">
          <FolderOpen aria-hidden className="mt-0.5 size-3.5 shrink-0 text-muted" />
          <Link
            href={`${groupPath}/projects/${encodeURIComponent(project.code)}`}
            className="min-w-0 text-accent-strong underline-offset-2 hover:underline"
          >
            <span className="font-mono text-xs">{project.code}</span>{" "}
            <LocalizedText value={pickLocalized(project.title, locale)} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
