import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getAppLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getAppLocale();
  return (
    <html lang={locale}>
      <body className="antialiased">
        <ClientMessages namespaces={["errors", "auth"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
