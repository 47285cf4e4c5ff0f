import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProjectForm } from "@/components/projects/project-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { getProjectFormOptions } from "@/lib/projects/queries";
import { emptyFormValues } from "@/lib/projects/rules";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projectForm"))("newTitle") };
}

export default async function NewProjectPage({ params }: { params: Promise<{ group: string }> }) {
  const { group: slug } = await params;
  const { group } = await requireGroupAccess(slug, "project.manage");
  const [t, options] = await Promise.all([
    getTranslations(),
    getProjectFormOptions(getDb(), group.id),
  ]);
  const listHref = `/g/${slug}/projects`;
  return (
    <ClientMessages
      namespaces={[
        "projectForm",
        "projects",
        "fields",
        "status",
        "health",
        "validation",
        "errors",
        "languages",
        "sides",
        "delegations",
        "content",
      ]}
    >
      <div className="mx-auto max-w-6xl space-y-6">
        <PageHeader
          back={{ href: listHref, label: t("nav.projects") }}
          title={t("projectForm.newTitle")}
          description={t("projectForm.newIntro")}
        />
        {options.areas.length ? (
          <ProjectForm
            target={{ mode: "create", groupId: group.id }}
            initial={emptyFormValues()}
            options={options}
            cancelHref={listHref}
          />
        ) : (
          <Alert>{t("projectForm.noAreas")}</Alert>
        )}
      </div>
    </ClientMessages>
  );
}
