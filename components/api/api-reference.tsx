"use client";

import "@scalar/api-reference-react/style.css";
import { ApiReferenceReact } from "@scalar/api-reference-react";

/**
 * Scalar's renderer of the OpenAPI document, bundled with the app: no request leaves this site
 * (no web fonts, no telemetry, no proxy, no AI assistant, no request client calling other hosts).
 */
export function ApiReference({ url }: { url: string }) {
  return (
    <ApiReferenceReact
      configuration={{
        url,
        // Its AI assistant talks to Scalar's servers: off (it is also offered on local addresses).
        ...({ agent: { disabled: true } } as object),
        withDefaultFonts: false,
        telemetry: false,
        hideClientButton: true,
        hideTestRequestButton: true,
        hideDarkModeToggle: true,
        forceDarkModeState: "light",
        showDeveloperTools: "never",
        mcp: { disabled: true },
        layout: "modern",
        defaultOpenAllTags: true,
      }}
    />
  );
}
