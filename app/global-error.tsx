"use client";

import "./globals.css";
import { NextIntlClientProvider } from "next-intl";
import { use } from "react";
import { documentLocale, errorMessages } from "@/lib/i18n/error-messages";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import ErrorPage from "./error";

/** When even the root layout failed: its own document, the same message and reference. */
export default function GlobalError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const locale = documentLocale();
  const messages = use(errorMessages(locale));
  return (
    <html lang={locale}>
      <body className="antialiased">
        <NextIntlClientProvider
          locale={locale}
          messages={messages}
          timeZone={timeZoneFor(undefined)}
        >
          <ErrorPage error={error} retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
