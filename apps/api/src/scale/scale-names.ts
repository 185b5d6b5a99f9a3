import { Random } from './random';

/*
 * Name pools for the generated data set: common Mexican and US names, all combined at
 * random, so every person is fictional. Mexican names carry two surnames; aliases follow
 * border usage ("El Güero", a short form of the given name); a few names carry a typo or
 * lose their accents the way hurried data entry does.
 */

const MALE_ES = [
  'José',
  'Juan',
  'Luis',
  'Carlos',
  'Jesús',
  'Miguel',
  'Francisco',
  'Jorge',
  'Alejandro',
  'Manuel',
  'Ricardo',
  'Fernando',
  'Héctor',
  'Raúl',
  'Javier',
  'Sergio',
  'Arturo',
  'Óscar',
  'Ramón',
  'Rubén',
  'Martín',
  'Andrés',
  'Iván',
  'Ángel',
  'Adrián',
  'Julio',
  'César',
  'Eduardo',
  'Víctor',
  'Gerardo',
  'Rogelio',
  'Armando',
  'Efraín',
  'Joaquín',
  'Germán',
  'Tomás',
  'Ismael',
  'Noé',
  'Saúl',
  'Israel',
  'Mario',
  'Gustavo',
  'Ignacio',
  'Guillermo',
  'Alberto',
  'Roberto',
  'Enrique',
  'Antonio',
  'Baltazar',
  'Diego',
  'Emiliano',
  'Santiago',
  'Rodrigo',
  'Abraham',
];
const FEMALE_ES = [
  'María',
  'Guadalupe',
  'Rosa',
  'Ana',
  'Verónica',
  'Patricia',
  'Leticia',
  'Mónica',
  'Claudia',
  'Alejandra',
  'Beatriz',
  'Gabriela',
  'Daniela',
  'Sofía',
  'Fernanda',
  'Yesenia',
  'Araceli',
  'Marisol',
  'Lucía',
  'Inés',
  'Itzel',
  'Xóchitl',
  'Nayeli',
  'Karla',
  'Yazmín',
  'Elena',
  'Lourdes',
  'Margarita',
  'Adriana',
  'Liliana',
  'Yadira',
  'Lizeth',
  'Citlali',
  'Rocío',
  'Susana',
  'Teresa',
  'Brenda',
  'Jazmín',
  'Maricela',
  'Dolores',
];
const SURNAMES_ES = [
  'Hernández',
  'García',
  'Martínez',
  'López',
  'González',
  'Rodríguez',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Flores',
  'Gómez',
  'Torres',
  'Díaz',
  'Vázquez',
  'Cruz',
  'Morales',
  'Reyes',
  'Gutiérrez',
  'Ortiz',
  'Ruiz',
  'Chávez',
  'Castillo',
  'Jiménez',
  'Mendoza',
  'Romero',
  'Herrera',
  'Medina',
  'Aguilar',
  'Vargas',
  'Núñez',
  'Peña',
  'Salcido',
  'Barrón',
  'Domínguez',
  'Lara',
  'Carrasco',
  'Saucedo',
  'Terrazas',
  'Rentería',
  'Ochoa',
  'Franco',
  'Villalobos',
  'Cárdenas',
  'Salas',
  'Arce',
  'Méndez',
  'Muñoz',
  'Ibarra',
  'Valenzuela',
  'Acosta',
  'Zúñiga',
  'Ordóñez',
  'Beltrán',
  'Quiñones',
  'Treviño',
  'Galván',
  'Solís',
  'Ávila',
  'Bermúdez',
  'Quintero',
  'Escobedo',
  'Estrada',
  'Olivas',
  'Loya',
  'Holguín',
  'Chacón',
  'Durán',
  'Gallegos',
  'Macías',
  'Meléndez',
  'Márquez',
  'Ontiveros',
  'Sotelo',
  'Granados',
  'Aragón',
  'Baeza',
  'Camarillo',
  'Delgado',
  'Enríquez',
  'Frías',
  'Lucero',
  'Montoya',
  'Nevárez',
  'Orozco',
  'Pacheco',
  'Rascón',
  'Sosa',
  'Tarango',
  'Ugarte',
  'Zamora',
];
const MALE_EN = [
  'John',
  'Michael',
  'David',
  'James',
  'Robert',
  'William',
  'Christopher',
  'Daniel',
  'Matthew',
  'Anthony',
  'Joshua',
  'Kevin',
  'Brian',
  'Steven',
  'Jason',
  'Ryan',
  'Tyler',
  'Brandon',
  'Justin',
  'Aaron',
];
const FEMALE_EN = [
  'Jennifer',
  'Jessica',
  'Ashley',
  'Amanda',
  'Sarah',
  'Melissa',
  'Nicole',
  'Stephanie',
  'Heather',
  'Rachel',
  'Megan',
  'Crystal',
  'Amber',
  'Tiffany',
  'Kimberly',
];
const SURNAMES_EN = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
  'Mitchell',
  'Roberts',
  'Carter',
  'Phillips',
  'Evans',
  'Turner',
  'Parker',
  'Collins',
];
const ALIASES_MALE = [
  'El Güero',
  'El Flaco',
  'El Gordo',
  'El Chino',
  'El Negro',
  'El Compa',
  'El Primo',
  'El Tigre',
  'El Gallo',
  'El Zorro',
  'El Cholo',
  'El Mudo',
  'El Cuervo',
  'El Pelón',
  'El Tío',
  'El Pariente',
  'El Chofer',
  'El Güerito',
  'El Chaparro',
  'El Cuñado',
  'El Ingeniero',
  'El Licenciado',
  'El Profe',
  'El Tecolote',
  'El Alacrán',
];
const ALIASES_FEMALE = [
  'La Güera',
  'La Flaca',
  'La Jefa',
  'La Madrina',
  'La Contadora',
  'La Chaparra',
  'La Tía',
  'La Morena',
];
const ALIASES_EN = ['Smiley', 'Shorty', 'Ghost', 'Spider', 'Junior', 'Tank', 'Slim', 'Red'];
/** Short forms Mexican given names go by. */
const SHORT_FORMS: Record<string, string> = {
  José: 'Chepe',
  Jesús: 'Chuy',
  Francisco: 'Pancho',
  Ignacio: 'Nacho',
  Alberto: 'Beto',
  Roberto: 'Beto',
  Guillermo: 'Memo',
  Eduardo: 'Lalo',
  Antonio: 'Toño',
  Enrique: 'Kike',
  Luis: 'Güicho',
  Guadalupe: 'Lupe',
  Dolores: 'Lola',
  Rosa: 'Rosy',
  Efraín: 'Efra',
  Gerardo: 'Jerry',
  Manuel: 'Meño',
  Refugio: 'Cuco',
};

export interface PersonName {
  givenNames: string;
  paternalSurname: string;
  maternalSurname: string | null;
  aliases: string[];
  female: boolean;
  /** Spanish naming (two surnames) rather than US naming. */
  spanish: boolean;
}

const ACCENTS: Record<string, string> = {
  á: 'a',
  é: 'e',
  í: 'i',
  ó: 'o',
  ú: 'u',
  ñ: 'n',
  ü: 'u',
  Á: 'A',
  É: 'E',
  Í: 'I',
  Ó: 'O',
  Ú: 'U',
  Ñ: 'N',
};

export function withoutAccents(text: string): string {
  return text.replace(/[áéíóúñüÁÉÍÓÚÑ]/g, (c) => ACCENTS[c]);
}

/** One data-entry slip: swapped letters, a dropped or doubled letter, b/v or z/s confusion. */
export function withTypo(rng: Random, word: string): string {
  if (word.length < 4) return word;
  const at = 1 + rng.int(word.length - 2);
  switch (rng.int(5)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 3:
      return /[bB]/.test(word) ? word.replace('b', 'v').replace('B', 'V') : word.replace('v', 'b').replace('V', 'B');
    default:
      return word.endsWith('z') ? `${word.slice(0, -1)}s` : word.replace(/s$/, 'z');
  }
}

export function personName(rng: Random, spanishShare: number): PersonName {
  const female = rng.chance(0.22);
  const spanish = rng.chance(spanishShare);
  let givenNames: string;
  let paternalSurname: string;
  let maternalSurname: string | null;
  if (spanish) {
    const pool = female ? FEMALE_ES : MALE_ES;
    const first = rng.pick(pool);
    givenNames = rng.chance(0.45) ? `${first} ${rng.pick(pool.filter((name) => name !== first))}` : first;
    paternalSurname = rng.pick(SURNAMES_ES);
    // a missing maternal surname is common in US-held records of Mexican nationals
    maternalSurname = rng.chance(0.88) ? rng.pick(SURNAMES_ES) : null;
  } else {
    givenNames = rng.pick(female ? FEMALE_EN : MALE_EN);
    if (rng.chance(0.3)) givenNames += ` ${rng.pick(female ? FEMALE_EN : MALE_EN)}`;
    paternalSurname = rng.pick(rng.chance(0.3) ? SURNAMES_ES : SURNAMES_EN);
    maternalSurname = null;
  }
  // US-entered records often drop the accents; a few carry a typo
  if (rng.chance(0.15)) {
    givenNames = withoutAccents(givenNames);
    paternalSurname = withoutAccents(paternalSurname);
    maternalSurname = maternalSurname && withoutAccents(maternalSurname);
  }
  if (rng.chance(0.03)) paternalSurname = withTypo(rng, paternalSurname);
  if (maternalSurname && rng.chance(0.02)) maternalSurname = withTypo(rng, maternalSurname);

  const aliases: string[] = [];
  const aliasCount = rng.weighted([45, 40, 15]);
  for (let i = 0; i < aliasCount; i++) {
    const roll = rng.int(3);
    const shortForm = SHORT_FORMS[givenNames.split(' ')[0]];
    let alias: string;
    if (roll === 0 && shortForm) alias = rng.chance(0.5) ? shortForm : `${shortForm} ${paternalSurname}`;
    else if (!spanish && roll === 1) alias = rng.pick(ALIASES_EN);
    else alias = rng.pick(female ? ALIASES_FEMALE : ALIASES_MALE);
    if (!aliases.includes(alias)) aliases.push(alias);
  }
  return { givenNames, paternalSurname, maternalSurname, aliases, female, spanish };
}

const ANIMALS = [
  'Venados',
  'Halcones',
  'Coyotes',
  'Lobos',
  'Tecolotes',
  'Zorros',
  'Alacranes',
  'Gavilanes',
  'Cuervos',
  'Panteras',
  'Jaguares',
  'Pumas',
  'Escorpiones',
  'Búhos',
  'Chacales',
  'Toros',
  'Gallos',
  'Tlacuaches',
];
export const PLACES_MX = [
  'Anapra',
  'Juárez',
  'Palomas',
  'Ojinaga',
  'Nogales',
  'Altar',
  'Agua Prieta',
  'Naco',
  'Sonoyta',
  'Sásabe',
  'Guadalupe D.B.',
  'Praxedis',
  'El Porvenir',
  'Casas Grandes',
  'Janos',
  'Ascensión',
  'Villa Ahumada',
  'Camargo',
  'Delicias',
  'Parral',
  'Cuauhtémoc',
  'Lomas de Poleo',
  'Riberas del Bravo',
  'Samalayuca',
];
export const PLACES_US = [
  'El Paso',
  'Sunland Park',
  'Santa Teresa',
  'Tornillo',
  'Fabens',
  'Socorro',
  'Clint',
  'Las Cruces',
  'Deming',
  'Columbus',
  'Horizon City',
  'Anthony',
  'Canutillo',
  'Presidio',
  'Van Horn',
];
const STREETS_US = ['Alameda', 'Montana', 'Dyer', 'Zaragoza', 'Mesa', 'Doniphan', 'Paisano', 'Yarbrough'];

/** `index` keeps names distinct across tens of thousands of organizations. */
export function organizationName(rng: Random, index: number): { name: string; aliases: string[] } {
  const place = rng.pick(PLACES_MX);
  const animals = rng.pick(ANIMALS);
  const surname = rng.pick(SURNAMES_ES);
  switch (rng.int(6)) {
    case 0:
      return { name: `Los ${animals} de ${place}`, aliases: [`Los ${animals}`, `Red ${place}`] };
    case 1:
      return { name: `Cártel de ${place}`, aliases: [`CD${withoutAccents(place)[0]}`] };
    case 2:
      return { name: `Célula ${surname} ${index % 97}`, aliases: [`Los ${surname}`] };
    case 3:
      return { name: `Banda de los ${animals} ${index % 89}`, aliases: [] };
    case 4:
      return { name: `${rng.pick(STREETS_US)} Street Crew ${index % 83}`, aliases: [`${rng.pick(PLACES_US)} Crew`] };
    default:
      return { name: `Los ${surname} de ${rng.pick(PLACES_US)}`, aliases: [`Los ${animals}`] };
  }
}
