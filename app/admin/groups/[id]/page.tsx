import { Archive, ArchiveRestore } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AreaAddForm } from "@/components/admin/area-add-form";
import { AreaList } from "@/components/admin/area-list";
import { ConfirmCommand } from "@/components/admin/confirm-command";
import { GroupForm } from "@/components/admin/group-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { archiveGroupAction, restoreGroupAction } from "@/lib/admin/groups/form-actions";
import { getGroupForAdmin, listAreas } from "@/lib/admin/groups/queries";
import { requireAdmin, viewerIsAdmin } from "@/lib/auth/access";
import { getAppLocale } from "@/lib/i18n/server";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [locale, group] = await Promise.all([
    getAppLocale(),
    (await viewerIsAdmin()) ? getGroupForAdmin(getDb(), (await params).id) : null,
  ]);
  if (!group) return { title: (await getTranslations("admin.groups"))("title") };
  return { title: { nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale] };
}

export default async function AdminGroupPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const db = getDb();
  const [group, areas, t, format, locale] = await Promise.all([
    getGroupForAdmin(db, id),
    listAreas(db, id),
    getTranslations("admin.groups"),
    getFormatter(),
    getAppLocale(),
  ]);
  if (!group) notFound();
  const name = { nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale];
  const card = "space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5";
  const fields = { groupId: group.id };
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        back={{ href: "/admin/groups", label: t("title") }}
        title={name}
        description="/g/{group.slug}"
        descriptionClassName="font-mono text-sm"
      />
      {query.created ? <Alert tone="success">{t("createdNotice")}</Alert> : null}
      {group.archivedAt ? (
        <Alert>
          {t("archivedNotice", { date: format.dateTime(group.archivedAt, { dateStyle: "long" }) })}
        </Alert>
      ) : null}
      <section aria-labelledby="group-details" className={card}>
        <h2 id="group-details" className="text-base font-semibold">
          {t("sections.details")}
        </h2>
        <GroupForm
          groupId={group.id}
          initial={{
            slug: group.slug,
            nameNb: group.nameNb,
            nameRu: group.nameRu,
            nameEn: group.nameEn,
            commissionNb: group.commissionNb,
            commissionRu: group.commissionRu,
            commissionEn: group.commissionEn,
            reminderDays: group.reminderDays.join(", "),
          }}
        />
      </section>
      <section aria-labelledby="group-areas" className={card}>
        <div className="space-y-1">
          <h2 id="group-areas" className="text-base font-semibold">
            {t("sections.areas")}
          </h2>
          <p className="text-sm text-muted">{t("areasIntro")}</p>
        </div>
        <AreaList
          groupId={group.id}
          areas={areas.map(({ archivedAt, ...area }) => ({
            ...area,
            archived: archivedAt !== null,
          }))}
        />
        <div className="border-t border-line pt-4">
          <AreaAddForm groupId={group.id} />
        </div>
      </section>
      <section aria-labelledby="group-archive" className={card}>
        <h2 id="group-archive" className="text-base font-semibold">
          {t("sections.archive")}
        </h2>
        <p className="text-sm text-muted">
          {group.archivedAt ? t("restoreText") : t("archiveText")}
        </p>
        {group.archivedAt ? (
          <ConfirmCommand
            key="restore"
            kind="restoreGroup"
            action={restoreGroupAction}
            fields={fields}
            subject={name}
            icon={<ArchiveRestore aria-hidden className="size-4" />}
          />
        ) : (
          <ConfirmCommand
            key="archive"
            kind="archiveGroup"
            action={archiveGroupAction}
            fields={fields}
            subject={name}
            danger
            icon={<Archive aria-hidden className="size-4" />}
          />
        )}
      </section>
    </div>
  );
}
