/** The zones a US service address is likely to be in; the organization's own zone is added when missing. */
export const US_TIME_ZONES = [
  { id: 'America/New_York', label: 'Eastern (New York)' },
  { id: 'America/Chicago', label: 'Central (Chicago)' },
  { id: 'America/Denver', label: 'Mountain (Denver)' },
  { id: 'America/Phoenix', label: 'Mountain, no DST (Phoenix)' },
  { id: 'America/Los_Angeles', label: 'Pacific (Los Angeles)' },
  { id: 'America/Anchorage', label: 'Alaska (Anchorage)' },
  { id: 'Pacific/Honolulu', label: 'Hawaii (Honolulu)' },
] as const;

export function timeZoneOptions(defaultZone: string) {
  return US_TIME_ZONES.some((z) => z.id === defaultZone) ? US_TIME_ZONES : [{ id: defaultZone, label: defaultZone }, ...US_TIME_ZONES];
}
