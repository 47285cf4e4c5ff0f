import { getLocale } from "next-intl/server";
import { PageFrame } from "@/components/page/page-frame";
import { SECTION_CARD, SectionCard } from "@/components/page/section-card";
import { CalendarFeed } from "@/components/profile/calendar-feed";
import { NotificationSettingsForm } from "@/components/profile/notification-settings-form";
import { Alert } from "@/components/ui/alert";
import { requireViewer } from "@/lib/auth/session";
import { notificationSettings } from "@/lib/notifications/preferences/queries";
import { timeZoneChoices } from "@/lib/notifications/preferences/rules";
import { mailEnabled } from "@/lib/notifications/writes";
import { openPage, pageTitle } from "@/lib/pages/page";
import { publicOrigin } from "@/lib/server/origin";

export const generateMetadata = pageTitle("notificationSettings.title");

/** What reaches the user by email and when, and their calendar subscription (linked from every mail). */
export default async function NotificationSettingsPage() {
  const { access: viewer, t, db } = await openPage(requireViewer());
  const [locale, settings, origin] = await Promise.all([
    getLocale(),
    notificationSettings(db, viewer.user.id),
    publicOrigin(),
  ]);
  return (
    <PageFrame
      viewer={viewer}
      messages={["notificationSettings", "notifications", "calendarFeed", "validation"]}
      className="mx-auto max-w-3xl space-y-6"
      header={{
        back: { href: "/profile", label: t("profile.title") },
        title: t("notificationSettings.title"),
        description: t("notificationSettings.intro"),
      }}
    >
      {mailEnabled() ? null : <Alert>{t("notificationSettings.email.mailOff")}</Alert>}
      <section aria-label={t("notificationSettings.title")} className={SECTION_CARD}>
        <NotificationSettingsForm settings={settings} zones={timeZoneChoices(locale)} />
      </section>
      <SectionCard id="calendar-feed" heading={t("calendarFeed.heading")}>
        <CalendarFeed active={settings.calendarFeed} base={origin} />
      </SectionCard>
    </PageFrame>
  );
}
