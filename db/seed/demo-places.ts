import type { Rng } from './random';

const FIRST_NAMES = [
  'James', 'Maria', 'Robert', 'Linda', 'Michael', 'Patricia', 'David', 'Jennifer', 'William', 'Elizabeth',
  'Carlos', 'Sofia', 'Daniel', 'Ashley', 'Matthew', 'Jessica', 'Anthony', 'Sarah', 'Kevin', 'Karen',
  'Brian', 'Nancy', 'Jason', 'Lisa', 'Luis', 'Angela', 'Ryan', 'Melissa', 'Eric', 'Stephanie',
  'Andre', 'Rebecca', 'Tyler', 'Laura', 'Jose', 'Amanda', 'Nathan', 'Rachel', 'Derek', 'Monica',
  'Hector', 'Diane', 'Travis', 'Heather', 'Wei', 'Aisha', 'Omar', 'Keisha', 'Greg', 'Yolanda',
] as const;

const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young',
  'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell',
  'Mitchell', 'Carter', 'Roberts', 'Okafor', 'Patel', 'Kowalski', 'Tran', 'Washington', 'Brooks', 'Castillo',
] as const;

const STREETS = [
  'Oak Hollow Dr', 'Burnet Rd', 'Lamar Blvd', 'Pecan St', 'Riverside Dr', 'Shoal Creek Blvd', 'Cedar Bend Dr',
  'Mesquite Ln', 'Bluebonnet Ln', 'Live Oak St', 'Maple Ave', 'Elm St', 'Greenville Ave', 'Preston Rd',
  'Mockingbird Ln', 'Belt Line Rd', 'Hillcrest Rd', 'Willow Creek Dr', 'Sycamore St', 'Parkwood Dr',
  'Windsor Ct', 'Stonegate Dr', 'Brushy Creek Rd', 'Spring Valley Rd', 'Lakeview Dr', 'Copper Ridge Ln',
] as const;

export type Place = { city: string; region: string; postalCodes: readonly string[]; timeZone: string; areaCodes: readonly string[] };

const CENTRAL: readonly Place[] = [
  { city: 'Austin', region: 'TX', postalCodes: ['78704', '78745', '78731', '78757', '78723', '78749'], timeZone: 'America/Chicago', areaCodes: ['512', '737'] },
  { city: 'Round Rock', region: 'TX', postalCodes: ['78664', '78681'], timeZone: 'America/Chicago', areaCodes: ['512'] },
  { city: 'Cedar Park', region: 'TX', postalCodes: ['78613'], timeZone: 'America/Chicago', areaCodes: ['512', '737'] },
  { city: 'Pflugerville', region: 'TX', postalCodes: ['78660'], timeZone: 'America/Chicago', areaCodes: ['512'] },
  { city: 'Dallas', region: 'TX', postalCodes: ['75206', '75214', '75218', '75230', '75248'], timeZone: 'America/Chicago', areaCodes: ['214', '469', '972'] },
  { city: 'Plano', region: 'TX', postalCodes: ['75023', '75093'], timeZone: 'America/Chicago', areaCodes: ['972', '469'] },
  { city: 'Richardson', region: 'TX', postalCodes: ['75080'], timeZone: 'America/Chicago', areaCodes: ['972'] },
  { city: 'Irving', region: 'TX', postalCodes: ['75038', '75062'], timeZone: 'America/Chicago', areaCodes: ['972', '214'] },
];
const EASTERN: readonly Place[] = [
  { city: 'Atlanta', region: 'GA', postalCodes: ['30306', '30318'], timeZone: 'America/New_York', areaCodes: ['404', '678'] },
  { city: 'Charlotte', region: 'NC', postalCodes: ['28203', '28209'], timeZone: 'America/New_York', areaCodes: ['704', '980'] },
];
const MOUNTAIN: readonly Place[] = [
  { city: 'Denver', region: 'CO', postalCodes: ['80206', '80210', '80220'], timeZone: 'America/Denver', areaCodes: ['303', '720'] },
  { city: 'Aurora', region: 'CO', postalCodes: ['80012', '80014'], timeZone: 'America/Denver', areaCodes: ['303', '720'] },
];

export type DemoCustomer = {
  customerName: string;
  customerPhone?: string;
  customerEmail?: string;
  smsConsent: boolean;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  region: string;
  postalCode: string;
  timeZone: string;
};

/** A made-up household: a US name, a 555-01xx phone (reserved for fiction), an address in the chosen area. */
export function makeCustomer(rng: Rng, area: 'central' | 'any' = 'any'): DemoCustomer {
  const places = area === 'central' ? CENTRAL : rng.weighted<readonly Place[]>([[CENTRAL, 82], [EASTERN, 10], [MOUNTAIN, 8]]);
  const place = rng.pick(places);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const phoneSuffix = String(rng.int(0, 99)).padStart(2, '0');
  return {
    customerName: `${first} ${last}`,
    customerPhone: rng.chance(0.95) ? `(${rng.pick(place.areaCodes)}) 555-01${phoneSuffix}` : undefined,
    customerEmail: rng.chance(0.7) ? `${first}.${last}${rng.int(1, 99)}@example.com`.toLowerCase() : undefined,
    smsConsent: rng.chance(0.92),
    addressLine1: `${rng.int(100, 9899)} ${rng.pick(STREETS)}`,
    addressLine2: rng.chance(0.12) ? `Apt ${rng.int(101, 420)}` : undefined,
    city: place.city,
    region: place.region,
    postalCode: rng.pick(place.postalCodes),
    timeZone: place.timeZone,
  };
}
