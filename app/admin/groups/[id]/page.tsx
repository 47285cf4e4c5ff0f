import { Archive, ArchiveRestore } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AreaAddForm } from "@/components/admin/area-add-form";
import { AreaList } from "@/components/admin/area-list";
import { ConfirmCommand } from "@/components/admin/confirm-command";
import { GroupForm } from "@/components/admin/group-form";
import { PageFrame } from "@/components/page/page-frame";
import { SECTION_CARD, SectionCard } from "@/components/page/section-card";
import { Alert } from "@/components/ui/alert";
import { archiveGroupAction, restoreGroupAction } from "@/lib/admin/groups/form-actions";
import { getGroupForAdmin, listAreas } from "@/lib/admin/groups/queries";
import { requireAdmin, viewerIsAdmin } from "@/lib/auth/access";
import { getAppLocale } from "@/lib/i18n/server";
import { openPage, type SearchParams } from "@/lib/pages/page";
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
  searchParams: SearchParams;
}) {
  const { t, locale, db } = await openPage(requireAdmin(), "admin.groups");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [group, areas, format] = await Promise.all([
    getGroupForAdmin(db, id),
    listAreas(db, id),
    getFormatter(),
  ]);
  if (!group) notFound();
  const name = { nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale];
  const fields = { groupId: group.id };
  return (
    <PageFrame
      className="mx-auto max-w-5xl space-y-6"
      header={{
        back: { href: "/admin/groups", label: t("title") },
        title: name,
        description: `/g/${group.slug}`,
        descriptionClassName: "font-mono text-sm",
      }}
    >
      {query.created ? <Alert tone="success">{t("createdNotice")}</Alert> : null}
      {group.archivedAt ? (
        <Alert>
          {t("archivedNotice", { date: format.dateTime(group.archivedAt, { dateStyle: "long" }) })}
        </Alert>
      ) : null}
      <SectionCard id="group-details" heading={t("sections.details")}>
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
      </SectionCard>
      <section aria-labelledby="group-areas" className={SECTION_CARD}>
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
      <SectionCard
        id="group-archive"
        heading={t("sections.archive")}
        intro={group.archivedAt ? t("restoreText") : t("archiveText")}
      >
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
      </SectionCard>
    </PageFrame>
  );
}
