/**
 * Name elements: the given names and the name-forming words that Turkic personal and family names are
 * built of. A family name is a given name plus a suffix (Həsən → Həsənov, Қасым → Қасымов, Quli →
 * Quliyev), and many given names are compounds whose last part is a name-forming word (Жұма + бек,
 * Жұма + бай, Нұр + жан, Ораз + мырат). Two words built on different elements are different names
 * however close their letters are (Hasanov/Hüseynov, Zhumabekova/Zhumabaeva, Sarsenov/Sarsenbaev);
 * see README.md, "Name elements", for the sources.
 */
import { editCost } from './edit-cost.ts';
import { phoneticWord } from './phonetic.ts';

interface NameElement {
  readonly id: string;
  /** Whether the element also ends compound names (Жұмабек, Нұржан), not only stands alone. */
  readonly final: boolean;
  /** Spellings in the scripts and romanisations in use; compared by their phonetic form. */
  readonly spellings: readonly string[];
}

const ELEMENTS: readonly NameElement[] = [
  // Name-forming words that end compound Turkic names.
  { id: 'bek', final: true, spellings: ['bek', 'beg', 'бек'] },
  { id: 'bay', final: true, spellings: ['bay', 'bai', 'boy', 'бай', 'бой'] },
  { id: 'jan', final: true, spellings: ['jan', 'zhan', 'can', 'jon', 'жан', 'жон', 'джан'] },
  { id: 'khan', final: true, spellings: ['khan', 'han', 'xon', 'xan', 'хан', 'хон'] },
  { id: 'gul', final: true, spellings: ['gul', 'gül', 'гүл', 'гуль'] },
  { id: 'kul', final: true, spellings: ['qul', 'kul', 'құл', 'кул'] },
  { id: 'nur', final: true, spellings: ['nur', 'нұр', 'нур'] },
  { id: 'bol', final: true, spellings: ['bol', 'бол'] },
  { id: 'sultan', final: true, spellings: ['sultan', 'султан', 'сұлтан'] },
  { id: 'berdi', final: true, spellings: ['berdi', 'berdy', 'берди', 'берды'] },
  { id: 'geldi', final: true, spellings: ['geldi', 'geldy', 'гелди', 'гельды'] },
  {
    id: 'murad',
    final: true,
    spellings: ['murad', 'murat', 'murod', 'myrat', 'myrad', 'мурад', 'мурат', 'мұрат', 'мурод'],
  },
  {
    id: 'muhammad',
    final: true,
    spellings: ['muhammad', 'muhammed', 'mukhammed', 'məhəmməd', 'мухаммед', 'мұхаммед', 'мухамед'],
  },
  // Given names of Arabic and Persian origin from which the commonest family names are made.
  { id: 'hasan', final: false, spellings: ['hasan', 'həsən', 'hassan', 'гасан', 'хасан', 'асан'] },
  {
    id: 'husayn',
    final: false,
    spellings: [
      'hüseyn',
      'hüseyin',
      'huseyn',
      'husein',
      'hussein',
      'husayn',
      'husain',
      'hussain',
      'hossein',
      'гусейн',
      'хусейн',
    ],
  },
  { id: 'ali', final: false, spellings: ['ali', 'əli', 'али', 'әли'] },
  { id: 'vali', final: false, spellings: ['vəli', 'vali', 'вели', 'вали'] },
  { id: 'quli', final: false, spellings: ['quli', 'guli', 'kuli', 'кули', 'гули'] },
  { id: 'mammad', final: false, spellings: ['məmməd', 'mammad', 'mamed', 'мамед', 'маммад'] },
  { id: 'ahmad', final: false, spellings: ['əhməd', 'ahmad', 'ahmed', 'ahmet', 'ахмед', 'ахмад', 'ахмет'] },
  { id: 'mahmud', final: false, spellings: ['mahmud', 'mahmut', 'махмуд'] },
  { id: 'asad', final: false, spellings: ['əsəd', 'asad', 'асад'] },
  { id: 'rasul', final: false, spellings: ['rəsul', 'rasul', 'расул'] },
  { id: 'sulayman', final: false, spellings: ['süleyman', 'suleyman', 'sulaiman', 'сулейман'] },
  { id: 'musa', final: false, spellings: ['musa', 'муса'] },
  { id: 'abbas', final: false, spellings: ['abbas', 'аббас'] },
  { id: 'ismail', final: false, spellings: ['ismayıl', 'ismayil', 'ismail', 'исмаил', 'исмайыл'] },
  { id: 'ibrahim', final: false, spellings: ['ibrahim', 'ibragim', 'ибрагим', 'ибраһим'] },
  { id: 'jafar', final: false, spellings: ['cəfər', 'jafar', 'dzhafar', 'джафар'] },
  {
    id: 'qasim',
    final: false,
    spellings: ['qasım', 'qasim', 'kasym', 'kasim', 'gasim', 'касым', 'қасым', 'гасым'],
  },
  { id: 'karim', final: false, spellings: ['kərim', 'karim', 'kerim', 'карим', 'керим'] },
  { id: 'rahim', final: false, spellings: ['rəhim', 'rahim', 'рахим', 'рагим'] },
  { id: 'rustam', final: false, spellings: ['rüstəm', 'rustam', 'rustem', 'рустам', 'рустем', 'рөстәм'] },
  { id: 'mahdi', final: false, spellings: ['mehdi', 'mahdi', 'мехди'] },
  { id: 'mirza', final: false, spellings: ['mirzə', 'mirza', 'мирза'] },
  { id: 'najaf', final: false, spellings: ['nəcəf', 'najaf', 'наджаф'] },
  { id: 'haji', final: false, spellings: ['hacı', 'haji', 'hajji', 'гаджи', 'хаджи'] },
  { id: 'oruj', final: false, spellings: ['oruc', 'oruj', 'orudzh', 'орудж', 'оруч'] },
  { id: 'yusuf', final: false, spellings: ['yusuf', 'yusif', 'юсуф', 'юсиф'] },
  { id: 'ghani', final: false, spellings: ['ğani', 'gʻani', 'ghani', 'gani', 'гани', 'ғани'] },
  { id: 'ghafur', final: false, spellings: ['gʻofur', 'ghafur', 'gafur', 'гафур', 'ғафур', 'ғофур'] },
];

/** Family-name suffixes in phonetic symbols, longest first (-ova, -yeva, -in, -uly, -qızı, -zade, -lı). */
const FAMILY_SUFFIXES = ['qIzI', 'zade', 'zAdA', 'ova', 'eva', 'ina', 'ulI', 'ov', 'ev', 'in', 'li', 'lI'];
/** Shortest stem left after removing a suffix (so Əli and Vəli keep their -li). */
const MIN_STEM = 3;
/**
 * Per-symbol distance up to which a stem is a spelling of an element; the same knee as the name
 * distance's spelling variants, so an element is recognised under any romanisation but not under a
 * different name.
 */
const ELEMENT_KNEE = 0.15;

interface Form {
  readonly id: string;
  readonly final: boolean;
  readonly form: string;
}

const FORMS: readonly Form[] = ELEMENTS.flatMap((element) =>
  [...new Set(element.spellings.map(phoneticWord))].map((form) => ({
    id: element.id,
    final: element.final,
    form,
  })),
).sort((a, b) => b.form.length - a.form.length);

const hasVowel = (text: string) => /[aeiouAIOU]/.test(text);

/** Whether two phonetic words are spellings of one word (within {@link ELEMENT_KNEE} per symbol). */
export function isSpellingOf(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length, 1);
  return editCost(a, b, ELEMENT_KNEE * longest) / longest <= ELEMENT_KNEE;
}

/** How a phonetic word is built: the stems it may have, and the element it ends in if known. */
export interface WordStructure {
  /** The word without a family-name suffix (when it has one), then the word itself. */
  readonly stems: readonly string[];
  /** The last name element and what precedes it (`''` when the stem is the element itself). */
  readonly element?: { readonly id: string; readonly root: string };
}

/** The element a whole stem is a spelling of, if exactly one is closest. */
function wholeElement(stem: string): string | undefined {
  let best: { id?: string; cost: number } = { cost: Number.POSITIVE_INFINITY };
  for (const { id, form } of FORMS) {
    const longest = Math.max(stem.length, form.length);
    if (Math.abs(form.length - stem.length) > 2) continue;
    const cost = editCost(stem, form, ELEMENT_KNEE * longest) / longest;
    if (cost > ELEMENT_KNEE) continue;
    if (cost < best.cost) best = { id, cost };
    else if (cost === best.cost && id !== best.id) best = { cost };
  }
  return best.id;
}

/**
 * The final element of a compound stem (Жұмабек → Жұма + бек). The glide of -бай/-бой merges into a
 * suffix that starts with e (Жұмабаева: Jumaba + eva), so after such a suffix ba/bo also count.
 */
function finalElement(stem: string, suffix: string): { id: string; root: string } | undefined {
  for (const { id, final, form } of FORMS) {
    if (!final) continue;
    const merged = id === 'bay' && suffix.startsWith('e') ? form.replace(/i$/, '') : form;
    for (const tail of merged === form ? [form] : [form, merged]) {
      const root = stem.slice(0, stem.length - tail.length);
      if (stem.endsWith(tail) && root.length >= 2 && hasVowel(root)) return { id, root };
    }
  }
  return undefined;
}

/**
 * How a word (in phonetic symbols) is built from name elements.
 * @example wordStructure('Jumabaeva').element // { id: 'bay', root: 'Juma' }
 * @example wordStructure('hUseinov').element // { id: 'husayn', root: '' }
 */
export function wordStructure(word: string): WordStructure {
  let known = structures.get(word);
  if (!known) {
    if (structures.size >= STRUCTURE_CACHE_SIZE) structures.clear();
    known = analyse(word);
    structures.set(word, known);
  }
  return known;
}

/** Words repeat across names (Aliyev, Nurlan); a small cache saves comparing each with every element. */
const structures = new Map<string, WordStructure>();
const STRUCTURE_CACHE_SIZE = 100_000;

function analyse(word: string): WordStructure {
  const candidates: { stem: string; suffix: string }[] = [];
  const suffix = FAMILY_SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= MIN_STEM);
  if (suffix) candidates.push({ stem: word.slice(0, -suffix.length), suffix });
  candidates.push({ stem: word, suffix: '' });
  const stems = candidates.map((c) => c.stem);
  for (const { stem, suffix: removed } of candidates) {
    const whole = wholeElement(stem);
    if (whole) return { stems, element: { id: whole, root: '' } };
    const last = finalElement(stem, removed);
    if (last) return { stems, element: last };
  }
  return { stems };
}

/**
 * Whether two words differ by a whole name element: built on different elements (Hasanov/Hüseynov,
 * Zhumabek-/Zhumabay-), or one is the other plus an element (Sarsenov/Sarsenbaev, Imanov/Imanbaev).
 * @example differByNameElement(wordStructure('hasanov'), wordStructure('hUseinov')) // true
 */
export function differByNameElement(a: WordStructure, b: WordStructure): boolean {
  if (a.element && b.element) return a.element.id !== b.element.id;
  const [built, plain] = a.element ? [a, b] : [b, a];
  const root = built.element?.root ?? '';
  return root !== '' && plain.stems.some((stem) => isSpellingOf(stem, root));
}
