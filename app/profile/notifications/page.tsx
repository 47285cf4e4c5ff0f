import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CalendarFeed } from "@/components/profile/calendar-feed";
import { NotificationSettingsForm } from "@/components/profile/notification-settings-form";
import { AppShell } from "@/components/shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/session";
import { notificationSettings } from "@/lib/notifications/preferences/queries";
import { timeZoneChoices } from "@/lib/notifications/preferences/rules";
import { mailEnabled } from "@/lib/notifications/writes";
import { getDb } from "@/lib/server/db";
import { publicOrigin } from "@/lib/server/origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationSettings"))("title") };
}

/** What reaches the user by email and when, and their calendar subscription (linked from every mail). */
export default async function NotificationSettingsPage() {
  const viewer = await requireViewer();
  const [t, locale, settings, origin] = await Promise.all([
    getTranslations(),
    getLocale(),
    notificationSettings(getDb(), viewer.user.id),
    publicOrigin(),
  ]);
  const card = "space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5";
  return (
    <AppShell viewer={viewer}>
      <ClientMessages
        namespaces={["notificationSettings", "notifications", "calendarFeed", "validation"]}
      >
        <div className="mx-auto max-w-3xl space-y-6">
          <PageHeader
            back={{ href: "/profile", label: t("profile.title") }}
            title={t("notificationSettings.title")}
            description={t("notificationSettings.intro")}
          />
          {mailEnabled() ? null : <Alert>{t("notificationSettings.email.mailOff")}</Alert>}
          <section aria-label={t("notificationSettings.title")} className={card}>
            <NotificationSettingsForm settings={settings} zones={timeZoneChoices(locale)} />
          </section>
          <section aria-labelledby="calendar-feed" className={card}>
            <h2 id="calendar-feed" className="text-base font-semibold">
              {t("calendarFeed.heading")}
            </h2>
            <CalendarFeed active={settings.calendarFeed} base={origin} />
          </section>
        </div>
      </ClientMessages>
    </AppShell>
  );
}
