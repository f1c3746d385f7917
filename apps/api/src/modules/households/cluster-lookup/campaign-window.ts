import { formatJalaliDate } from '@pishkhan/fa-format';
import type { CampaignWindow } from './cluster-campaign.entity';
import type { WindowDetails } from '../households.errors';

/** The size-band window of a household of `size` people (the catch-up window is separate). */
export function bandWindowFor(windows: CampaignWindow[], size: number): CampaignWindow | null {
  return windows.find((w) => !w.catchUp && (w.minSize ?? 1) <= size && (w.maxSize === null || size <= w.maxSize)) ?? null;
}

export function catchUpWindow(windows: CampaignWindow[]): CampaignWindow | null {
  return windows.find((w) => w.catchUp) ?? null;
}

/** Whether `today` (an ISO date in Tehran) lies in the window, both ends included. */
export function isOpen(window: CampaignWindow | null, today: string): boolean {
  return window !== null && window.startDate <= today && today <= window.endDate;
}

export function describeWindow(window: CampaignWindow): WindowDetails {
  return {
    start: window.startDate,
    end: window.endDate,
    startJalali: formatJalaliDate(window.startDate),
    endJalali: formatJalaliDate(window.endDate),
  };
}
