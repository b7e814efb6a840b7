export const DECLINE_REASONS = ['Outside our service area', 'No availability', 'Not a service we provide', 'Price too low', 'Other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
