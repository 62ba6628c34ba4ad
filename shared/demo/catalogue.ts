// The demo's believable world: places of the Landkreis Harz, organisations named the way they are
// named there, each with the Organisationsart that fits it, and German and immigrant names. Invented
// throughout: no real person, telephone number or address.

/** The Gemeinden of the demo office's district (its "Gemeinde" list). */
export const DEMO_PLACES = [
  'Halberstadt',
  'Wernigerode',
  'Quedlinburg',
  'Blankenburg (Harz)',
  'Ilsenburg (Harz)',
  'Thale',
  'Osterwieck',
  'Harzgerode',
  'Oberharz am Brocken',
  'Ballenstedt',
  'Falkenstein/Harz',
  'Nordharz',
  'Huy',
  'Groß Quenstedt',
] as const;

/** Where most of the office's inquiries come from: the towns first. */
export const DEMO_PLACE_WEIGHTS = [12, 10, 9, 5, 3, 4, 2, 2, 2, 2, 1, 1, 1, 1] as const;

/** Organisationsart ids (DEFAULT_ORGANISATION_TYPES). */
const BEHOERDE = 'orgart-01';
const SCHULE = 'orgart-02';
const BILDUNG = 'orgart-03';
const UNTERNEHMEN = 'orgart-04';
const KAMMER = 'orgart-05';
const VEREIN = 'orgart-06';
const MIGRANTEN = 'orgart-07';
const WOHLFAHRT = 'orgart-08';
const RELIGION = 'orgart-09';
const POLITIK = 'orgart-10';
const PRESSE = 'orgart-11';

export interface OrganisationPattern {
  /** "{place}" is replaced by a Gemeinde. */
  name: string;
  type: string;
  /** What people there do ("Funktion"). */
  functions: readonly string[];
  /** Topic ids (DEFAULT_TOPICS) it offers. */
  offers: readonly string[];
}

const OFFICE = ['Sachbearbeitung', 'Teamleitung', 'Fallmanagement'];
const ADVICE = ['Migrationsberatung', 'Sozialberatung', 'Bereichsleitung'];
const SCHOOL = ['Schulleitung', 'Schulsozialarbeit', 'Klassenleitung'];
const CLUB = ['Vorsitz', 'Ehrenamtskoordination', 'Kassenwart'];

/** Patterns with a place give one organisation per Gemeinde; the others exist once in the district. */
export const ORGANISATION_PATTERNS: readonly OrganisationPattern[] = [
  {
    name: 'Jobcenter Landkreis Harz, Standort {place}',
    type: BEHOERDE,
    functions: OFFICE,
    offers: ['thema-02', 'thema-06'],
  },
  {
    name: 'Agentur für Arbeit, Geschäftsstelle {place}',
    type: BEHOERDE,
    functions: ['Arbeitsvermittlung', 'Berufsberatung'],
    offers: ['thema-02'],
  },
  { name: 'Ausländerbehörde Landkreis Harz', type: BEHOERDE, functions: OFFICE, offers: ['thema-05'] },
  { name: 'Sozialamt Landkreis Harz', type: BEHOERDE, functions: OFFICE, offers: ['thema-06'] },
  {
    name: 'Jugendamt Landkreis Harz',
    type: BEHOERDE,
    functions: ['Allgemeiner Sozialer Dienst', 'Sachbearbeitung'],
    offers: ['thema-08'],
  },
  {
    name: 'Stadtverwaltung {place}, Bürgerbüro',
    type: BEHOERDE,
    functions: ['Bürgerbüro', 'Amtsleitung'],
    offers: ['thema-14'],
  },
  {
    name: 'Polizeirevier Harz, Station {place}',
    type: BEHOERDE,
    functions: ['Kontaktbereichsbeamter', 'Prävention'],
    offers: ['thema-09'],
  },
  {
    name: 'Kreisvolkshochschule Harz, Außenstelle {place}',
    type: BILDUNG,
    functions: ['Kursleitung', 'Fachbereichsleitung'],
    offers: ['thema-01'],
  },
  {
    name: 'Sprachschule Harz-Lingua {place}',
    type: BILDUNG,
    functions: ['Kursleitung', 'Geschäftsführung'],
    offers: ['thema-01'],
  },
  {
    name: 'Bildungswerk der Wirtschaft, {place}',
    type: BILDUNG,
    functions: ['Maßnahmeleitung', 'Sozialpädagogik'],
    offers: ['thema-02', 'thema-01'],
  },
  {
    name: 'Caritas Migrationsberatung {place}',
    type: WOHLFAHRT,
    functions: ADVICE,
    offers: ['thema-05', 'thema-06'],
  },
  {
    name: 'Diakonie Beratungszentrum {place}',
    type: WOHLFAHRT,
    functions: ADVICE,
    offers: ['thema-06', 'thema-07'],
  },
  {
    name: 'AWO Kreisverband Harz, Begegnungsstätte {place}',
    type: WOHLFAHRT,
    functions: ADVICE,
    offers: ['thema-08'],
  },
  {
    name: 'DRK Kreisverband Harz, Migrationsdienst {place}',
    type: WOHLFAHRT,
    functions: ADVICE,
    offers: ['thema-05'],
  },
  {
    name: 'Jugendmigrationsdienst {place}',
    type: WOHLFAHRT,
    functions: ['Jugendmigrationsberatung'],
    offers: ['thema-02', 'thema-03'],
  },
  { name: 'Grundschule „Am Stadtpark“ {place}', type: SCHULE, functions: SCHOOL, offers: ['thema-03'] },
  { name: 'Sekundarschule {place}', type: SCHULE, functions: SCHOOL, offers: ['thema-03'] },
  {
    name: 'Kita „Sonnenschein“ {place}',
    type: SCHULE,
    functions: ['Kitaleitung', 'Erzieherin'],
    offers: ['thema-03', 'thema-08'],
  },
  {
    name: 'Berufsbildende Schulen Harz, Standort {place}',
    type: SCHULE,
    functions: SCHOOL,
    offers: ['thema-02', 'thema-03'],
  },
  {
    name: 'Handwerkskammer Magdeburg, Beratungsstelle Harz',
    type: KAMMER,
    functions: ['Ausbildungsberatung', 'Willkommenslotse'],
    offers: ['thema-02'],
  },
  {
    name: 'IHK Magdeburg, Geschäftsstelle Harz',
    type: KAMMER,
    functions: ['Ausbildungsberatung', 'Anerkennungsberatung'],
    offers: ['thema-02'],
  },
  {
    name: 'Kreissportbund Harz',
    type: KAMMER,
    functions: ['Integration durch Sport', 'Geschäftsführung'],
    offers: ['thema-10'],
  },
  { name: 'SV Blau-Weiß {place}', type: VEREIN, functions: CLUB, offers: ['thema-10'] },
  {
    name: 'Frauenzentrum {place} e. V.',
    type: VEREIN,
    functions: ['Beratung', 'Vorsitz'],
    offers: ['thema-09', 'thema-08'],
  },
  { name: 'Willkommensinitiative {place}', type: VEREIN, functions: CLUB, offers: ['thema-10', 'thema-01'] },
  { name: 'Tafel {place}', type: VEREIN, functions: ['Ausgabestelle', 'Vorsitz'], offers: ['thema-06'] },
  {
    name: 'Syrisch-Deutscher Kulturverein Harz',
    type: MIGRANTEN,
    functions: CLUB,
    offers: ['thema-10', 'thema-11'],
  },
  { name: 'Ukrainischer Verein „Kalyna“ {place}', type: MIGRANTEN, functions: CLUB, offers: ['thema-10'] },
  { name: 'Afrikanisches Forum Harz', type: MIGRANTEN, functions: CLUB, offers: ['thema-11'] },
  {
    name: 'Islamische Gemeinde {place}',
    type: RELIGION,
    functions: ['Vorstand', 'Imam'],
    offers: ['thema-11'],
  },
  {
    name: 'Ev. Kirchengemeinde St. Martini {place}',
    type: RELIGION,
    functions: ['Pfarramt', 'Gemeindepädagogik'],
    offers: ['thema-10'],
  },
  {
    name: 'Kath. Pfarrei St. Burchard {place}',
    type: RELIGION,
    functions: ['Pfarramt', 'Gemeindereferentin'],
    offers: ['thema-10'],
  },
  {
    name: 'Harzer Pflegedienst {place} GmbH',
    type: UNTERNEHMEN,
    functions: ['Personalabteilung', 'Pflegedienstleitung'],
    offers: ['thema-02'],
  },
  {
    name: 'Bäckerei Kramer {place}',
    type: UNTERNEHMEN,
    functions: ['Inhaberin', 'Ausbildung'],
    offers: ['thema-02'],
  },
  {
    name: 'Metallbau Harz {place} GmbH',
    type: UNTERNEHMEN,
    functions: ['Personalabteilung', 'Ausbildung'],
    offers: ['thema-02'],
  },
  {
    name: 'Hotel „Zum Brocken“ {place}',
    type: UNTERNEHMEN,
    functions: ['Personalabteilung', 'Geschäftsführung'],
    offers: ['thema-02'],
  },
  {
    name: 'Kreistag Harz, Ausschuss für Soziales und Integration',
    type: POLITIK,
    functions: ['Ausschussvorsitz', 'Mitglied'],
    offers: ['thema-13'],
  },
  {
    name: 'Volksstimme, Lokalredaktion {place}',
    type: PRESSE,
    functions: ['Redaktion'],
    offers: ['thema-11'],
  },
  { name: 'Harzer Wochenspiegel', type: PRESSE, functions: ['Redaktion'], offers: ['thema-11'] },
];

export const FIRST_NAMES = [
  'Anna',
  'Jürgen',
  'Sabine',
  'Thomas',
  'Katrin',
  'Michael',
  'Petra',
  'Andreas',
  'Susanne',
  'Frank',
  'Claudia',
  'Stefan',
  'Heike',
  'Matthias',
  'Nicole',
  'Uwe',
  'Kerstin',
  'Jens',
  'Maria',
  'Björn',
  'Julia',
  'Tobias',
  'Franziska',
  'Sebastian',
  'Lena',
  'Fatima',
  'Olena',
  'Mehmet',
  'Ayşe',
  'Ahmad',
  'Oksana',
  'Yusuf',
  'Amina',
  'Dmytro',
  'Leyla',
  'Piotr',
  'Agnieszka',
  'Samir',
  'Hanna',
  'Grzegorz',
] as const;

export const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'Weiß',
  'Yılmaz',
  'Kaya',
  'Haddad',
  'Al-Hassan',
  'Kowalski',
  'Nowak',
  'Kovalenko',
  'Shevchenko',
  'Demir',
  'Popescu',
  'Ibrahim',
  'Rahimi',
  'Wiśniewska',
  'Bondarenko',
  'Özdemir',
] as const;

/** A readable mailbox part: "Jürgen Weiß" → "juergen.weiss". */
export function mailbox(...parts: string[]): string {
  return parts
    .join('.')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/(^[-.]+|[-.]+$)/g, '');
}
