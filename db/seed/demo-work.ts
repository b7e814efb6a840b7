import type { Rng } from './random';

export type Trade = 'plumbing' | 'hvac';

type WorkItem = { title: string; description: string };

const WORK: Record<Trade, readonly WorkItem[]> = {
  plumbing: [
    { title: 'Water heater not heating', description: '50-gallon gas water heater, no hot water since yesterday. Pilot will not stay lit.' },
    { title: 'Kitchen sink leak', description: 'Leak under the kitchen sink at the supply line; cabinet floor is wet.' },
    { title: 'Garbage disposal jammed', description: 'Disposal hums but does not turn. Reset button tried.' },
    { title: 'Toilet running constantly', description: 'Upstairs hall toilet runs every few minutes; flapper replaced by homeowner, no change.' },
    { title: 'Main line backup', description: 'Tub and floor drain back up when the washer drains. Possible root intrusion.' },
    { title: 'Low water pressure', description: 'Low pressure at every fixture since a city main repair last week.' },
    { title: 'Sump pump failure', description: 'Sump pump does not kick on; water standing in the pit.' },
    { title: 'Shower valve dripping', description: 'Primary bath shower drips with the handle off. Cartridge type unknown.' },
    { title: 'Water heater leaking', description: 'Water pooling around the base of a 9-year-old electric water heater.' },
    { title: 'Outdoor spigot burst', description: 'Hose bib on the north wall split; water shut off at the main.' },
  ],
  hvac: [
    { title: 'AC not cooling', description: 'Upstairs system runs but blows warm air. Outdoor unit fan is spinning.' },
    { title: 'Furnace will not ignite', description: 'Gas furnace clicks but never lights; error light blinking three times.' },
    { title: 'Thermostat unresponsive', description: 'Thermostat screen is blank after a power outage; system will not start.' },
    { title: 'Heat pump making loud noise', description: 'Grinding noise from the outdoor heat pump on start-up.' },
    { title: 'Refrigerant leak suspected', description: 'System low on refrigerant for the second time this season.' },
    { title: 'Condensate line clogged', description: 'Water dripping from the attic air handler pan; float switch tripped.' },
    { title: 'Blower motor not running', description: 'Outdoor unit runs but no air from the vents.' },
    { title: 'Frozen evaporator coil', description: 'Ice on the refrigerant lines at the indoor unit; airflow weak.' },
    { title: 'Short cycling AC', description: 'AC turns on and off every few minutes; house never reaches set point.' },
  ],
};

const PAUSE_NOTES: Record<string, readonly string[]> = {
  'I ordered parts': ['Ordered the replacement part; supplier says 3 to 5 business days.', 'Wrong size valve in stock; ordered the right one.', 'Control board on order.'],
  'Customer not home': ['No answer at the door; left a door hanger and called the customer.', 'Gate locked and nobody home; voicemail left.'],
  'Requires follow-up appointment': ['Diagnosed; needs a second technician for the repair.', 'Needs a longer window to finish; booked with the customer.'],
  'Interrupted (emergency call)': ['Pulled to an emergency call; will return to finish.'],
  'Needs another visit': ['Need to come back with the camera to inspect the line.', 'Waiting on the customer to clear access to the attic.'],
};

const COMPLETE_NOTES: Record<Trade, readonly string[]> = {
  plumbing: ['Replaced the thermocouple and tested; hot water restored.', 'Replaced the supply line and tightened the trap.', 'Freed the disposal and replaced the splash guard.', 'Snaked the main line; cleared roots at 40 ft.', 'Installed a new fill valve and flapper.'],
  hvac: ['Replaced the capacitor; system cooling normally.', 'Cleaned the flame sensor; furnace lights reliably.', 'Cleared the condensate line and reset the float switch.', 'Recharged refrigerant and sealed the leak at the service valve.', 'Replaced the thermostat and verified all stages.'],
};

export function pickWork(rng: Rng, trade: Trade): WorkItem {
  return rng.pick(WORK[trade]);
}

export function pauseNote(rng: Rng, reason: string): string | undefined {
  const notes = PAUSE_NOTES[reason];
  return notes ? rng.pick(notes) : undefined;
}

export function completeNote(rng: Rng, trade: Trade): string | undefined {
  return rng.chance(0.8) ? rng.pick(COMPLETE_NOTES[trade]) : undefined;
}

export const REQUEST_UPDATE_MESSAGES = [
  'Customer called asking for an update.',
  'Any news on the parts?',
  'Please confirm the visit date with the customer.',
  undefined,
] as const;

export const ENTERPRISE_CANCEL_REASONS = ['Duplicate claim', 'Claim denied: not covered by the plan', 'Customer resolved the issue', 'Customer chose their own contractor'] as const;
export const PROVIDER_CANCEL_REASONS = ['Customer canceled by phone', 'Customer replaced the unit themselves'] as const;
