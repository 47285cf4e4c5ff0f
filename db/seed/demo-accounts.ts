import type { Delegation, GroupRole, Locale } from "../../lib/vocabulary";

export const DEMO_PASSWORD = "workplan-demo";

export interface DemoAccount {
  email: string;
  isAdmin: boolean;
  /** Role in the demo's first working group (the second group for delegate.other). */
  role: GroupRole | null;
  delegation: Delegation;
  locale: Locale;
}

/** The accounts listed on the sign-in page in demo mode; the seed checks they all exist. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@workplan.test", isAdmin: true, role: null, delegation: "NO", locale: "en" },
  {
    email: "coordinator.no@workplan.test",
    isAdmin: false,
    role: "coordinator",
    delegation: "NO",
    locale: "nb",
  },
  {
    email: "coordinator.ru@workplan.test",
    isAdmin: false,
    role: "coordinator",
    delegation: "RU",
    locale: "ru",
  },
  {
    email: "delegate.no@workplan.test",
    isAdmin: false,
    role: "delegate",
    delegation: "NO",
    locale: "nb",
  },
  {
    email: "delegate.ru@workplan.test",
    isAdmin: false,
    role: "delegate",
    delegation: "RU",
    locale: "ru",
  },
  {
    email: "observer@workplan.test",
    isAdmin: false,
    role: "observer",
    delegation: "NO",
    locale: "en",
  },
  {
    email: "delegate.other@workplan.test",
    isAdmin: false,
    role: "delegate",
    delegation: "NO",
    locale: "en",
  },
];
