import type { SVGProps } from 'react';

/** Line icons for common tasks on a simplified home (a host may use its own). Decorative: TaskTile hides them. */
function Svg(props: SVGProps<SVGSVGElement>) {
  return <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" focusable="false" {...props} />;
}
const WalletIcon = () => (
  <Svg>
    <rect x="3" y="6" width="18" height="13" rx="2" />
    <path d="M16 12h3M3 9h18" />
  </Svg>
);
const TransferIcon = () => (
  <Svg>
    <path d="M4 8h14l-3-3M20 16H6l3 3" />
  </Svg>
);
const BillIcon = () => (
  <Svg>
    <path d="M6 3h12v18l-3-2-3 2-3-2-3 2z" />
    <path d="M9 8h6M9 12h6" />
  </Svg>
);
const ShieldIcon = () => (
  <Svg>
    <path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z" />
    <path d="M9 12l2 2 4-4" />
  </Svg>
);
const PhoneIcon = () => (
  <Svg>
    <path d="M5 4h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 6a2 2 0 0 1 2-2z" />
  </Svg>
);
const GuideIcon = () => (
  <Svg>
    <path d="M4 5a2 2 0 0 1 2-2h12v16H6a2 2 0 0 0-2 2z" />
    <path d="M8 7h6M8 11h6" />
  </Svg>
);
const MealIcon = () => (
  <Svg>
    <path d="M4 11h16a8 8 0 0 1-16 0zM8 3v4M12 3v4M16 3v4" />
  </Svg>
);
const HomeCareIcon = () => (
  <Svg>
    <path d="M3 11l9-7 9 7M5 10v10h14V10" />
    <path d="M10 20v-5h4v5" />
  </Svg>
);
const SubsidyIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="9" />
    <path d="M9 8l3 4 3-4M8 13h8M12 12v6" />
  </Svg>
);

/** The task icons by name: `<TaskTile icon={<TaskIcons.Wallet />}>`. */
export const TaskIcons = {
  Wallet: WalletIcon,
  Transfer: TransferIcon,
  Bill: BillIcon,
  Shield: ShieldIcon,
  Phone: PhoneIcon,
  Guide: GuideIcon,
  Meal: MealIcon,
  HomeCare: HomeCareIcon,
  Subsidy: SubsidyIcon,
} as const;
