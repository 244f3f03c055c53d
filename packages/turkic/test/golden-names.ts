/**
 * Test fixture (not from the shared dev set): spellings of one person or place as they appear in
 * passports, press, Russian documents and national Latin alphabets.
 */
export const SAME_NAME_GROUPS: readonly (readonly string[])[] = [
  [
    'Қасым-Жомарт Тоқаев',
    'Kassym-Jomart Tokayev',
    'Qasym-Jomart Toqaev',
    'Касым-Жомарт Токаев',
    'Kasım Cömert Tokayev',
  ],
  [
    'Нұрсұлтан Назарбаев',
    'Nursultan Nazarbayev',
    'Nūrsūltan Nazarbaev',
    'Нурсултан Назарбаев',
    'Nazarbayev Nursultan',
  ],
  ['İlham Əliyev', 'Ilham Aliyev', 'Ильхам Алиев', 'Ilkham Aliev', 'Ilham Eliyev', 'Илһам Әлијев'],
  ['Садыр Жапаров', 'Sadyr Japarov', 'Sadır Caparov', 'Sadyr Zhaparov', 'Садыр Джапаров', 'Japarov Sadyr'],
  ['Shavkat Mirziyoyev', 'Шавкат Мирзиёев', 'Shavkat Mirziyoev', 'Şavkat Mirziyoyev'],
  [
    'Gurbanguly Berdimuhamedow',
    'Гурбангулы Бердымухамедов',
    'Gurbanguly Berdymukhamedov',
    'Berdimuhamedov Gurbanguly',
  ],
  ['Recep Tayyip Erdoğan', 'Redzhep Tayip Erdogan', 'Реджеп Тайип Эрдоган', 'RECEP TAYYIP ERDOGAN'],
  ['Рөстәм Миңнеханов', 'Rustam Minnikhanov', 'Röstäm Miñnexanov', 'Рустам Минниханов'],
  ['Ғани Мұратбаев', 'Gani Muratbayev', 'Ğani Mūratbaev', 'Gani Muratbaev', 'Ghani Muratbayev'],
  ['Чолпон Жээнбекова', 'Cholpon Jeenbekova', 'Cholpon Zheenbekova', 'Çolpon Ceenbekova'],
  ['Гүлшат Сәлахова', 'Gülşat Salaxova', 'Gulshat Salakhova', 'Гульшат Салахова'],
  ['Mehriban Paşayeva', 'Mehriban Pashayeva', 'Мехрибан Пашаева', 'Mehriban Pashaeva'],
  ['Ulugʻbek Qodirov', "Ulug'bek Qodirov", 'Улуғбек Қодиров', 'Ulugbek Kadyrov', 'Улугбек Кадыров'],
  ['Maýsa Ýazmuhammedowa', 'Maysa Yazmukhammedova', 'Майса Язмухаммедова', 'Maysa Yazmuhammedowa'],
  ['Асанбек уулу Нурлан', 'Asanbek uulu Nurlan', 'Nurlan Asanbekuulu', 'Asanbek Uulu Nurlan'],
  ['Айжан Болатқызы', 'Aizhan Bolatkyzy', 'Aizhan Bolat kyzy', 'Ayjan Bolatqızı', 'Aizhan Bolatovna'],
  ['Elnur Hüseynli', 'Элнур Гусейнли', 'Elnur Guseynli', 'Elnur Huseynli'],
  ['Гүлнар Оспанбаева', 'Gulnar Ospanbayeva', 'Gülnar Ospanbaeva', 'Гульнар Оспанбаева'],
  ['Dilshod Rahimboyev', 'Дилшод Рахимбоев', 'Dilshod Rakhimboev'],
  ['Orxan Məmmədov', 'Orkhan Mamedov', 'Орхан Мамедов', 'Orhan Mammadov'],
  ['Туркестан', 'Türkistan', 'Turkestan', 'Түркістан', 'Turkistan'],
  ['Шымкент', 'Shymkent', 'Şımkent', 'Chimkent'],
];

/** Pairs of different people or places whose names look alike. */
export const DIFFERENT_NAME_PAIRS: readonly (readonly [string, string])[] = [
  ['Mehmet Öztürk', 'Mehmet Özdemir'],
  ['Азамат Серікбаев', 'Azamat Seitov'],
  ['Gulnara Ismailova', 'Gulnara Ibragimova'],
  ['Bakhyt Sultanov', 'Bakhytzhan Sultanbekov'],
  ['Aliyev Elnur', 'Aliyev Elmar'],
  ['Айгүл Сейітова', 'Айгерім Сейітова'],
  ['Ташкент', 'Тараз'],
  ['Nurlan Sadykov', 'Nurlan Sadvakasov'],
  ['Kerimov Anar', 'Karimzade Anar'],
  ['Ömer Yılmaz', 'Ömer Yıldırım'],
];

/**
 * Different people whose family names are one name element apart (README, "Name elements"): different
 * names however few letters differ. Their consonant skeletons may be equal (Həsənli/Hüseynli share the
 * Arabic root ḥ-s-n), so only the distance must tell them apart.
 */
export const ELEMENT_APART_PAIRS: readonly (readonly [string, string])[] = [
  ['Dana Asanbekova', 'Dana Asanbaeva'],
  ['Aizhan Nurbekova', 'Aizhan Nurbaeva'],
  ['Nurlan Tokbaev', 'Nurlan Tokbekov'],
  ['Elnur Həsənli', 'Elnur Hüseynli'],
  ['Samir Əliyev', 'Samir Vəliyev'],
  ['Tural Mahmudov', 'Tural Məmmədov'],
  ['Arman Kasymov', 'Arman Kasymbekov'],
];
