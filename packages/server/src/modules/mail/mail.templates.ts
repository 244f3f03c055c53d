/** The UI languages; mail is written in the recipient's. */
export const LOCALES = ['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

type Vars = Record<string, string>;
interface Template {
  subject: string;
  body: string;
}

// {name} placeholders are filled from the variables; every template exists in every language.
const TEMPLATES = {
  invitation: {
    en: {
      subject: 'Invitation to Köprü',
      body: '{inviter} has invited you to join Köprü as {role} of {organisation}.\n\nSet your password and sign in here (the link is valid until {expires}):\n{link}\n\nIf you did not expect this invitation, you can ignore this message.',
    },
    az: {
      subject: 'Köprü platformasına dəvət',
      body: '{inviter} sizi {organisation} adından {role} kimi Köprü platformasına dəvət edir.\n\nŞifrənizi təyin edib daxil olmaq üçün keçid ({expires} tarixinədək etibarlıdır):\n{link}\n\nBu dəvəti gözləmirdinizsə, məktubu nəzərə almaya bilərsiniz.',
    },
    tr: {
      subject: "Köprü'ye davet",
      body: "{inviter} sizi {organisation} adına {role} olarak Köprü'ye davet etti.\n\nŞifrenizi belirleyip giriş yapmak için bağlantı ({expires} tarihine kadar geçerlidir):\n{link}\n\nBu daveti beklemiyorsanız bu iletiyi dikkate almayabilirsiniz.",
    },
    kk: {
      subject: 'Köprü платформасына шақыру',
      body: '{inviter} сізді {organisation} атынан {role} ретінде Köprü платформасына шақырады.\n\nҚұпиясөзді орнатып, кіру үшін сілтеме ({expires} дейін жарамды):\n{link}\n\nБұл шақыруды күтпеген болсаңыз, хатты елемеуге болады.',
    },
    ky: {
      subject: 'Köprü платформасына чакыруу',
      body: '{inviter} сизди {organisation} атынан {role} катары Köprü платформасына чакырды.\n\nСырсөздү коюп, кирүү үчүн шилтеме ({expires} чейин жарактуу):\n{link}\n\nБул чакырууну күтпөгөн болсоңуз, катты эске албай койсоңуз болот.',
    },
    uz: {
      subject: 'Köprü platformasiga taklif',
      body: '{inviter} sizni {organisation} nomidan {role} sifatida Köprü platformasiga taklif qildi.\n\nParol oʻrnatib kirish uchun havola ({expires} gacha amal qiladi):\n{link}\n\nAgar bu taklifni kutmagan boʻlsangiz, xatga eʼtibor bermasligingiz mumkin.',
    },
    ru: {
      subject: 'Приглашение в Köprü',
      body: '{inviter} приглашает вас в Köprü в роли «{role}» от организации {organisation}.\n\nЗадайте пароль и войдите по ссылке (действительна до {expires}):\n{link}\n\nЕсли вы не ждали этого приглашения, просто проигнорируйте письмо.',
    },
  },
  passwordReset: {
    en: {
      subject: 'Reset your Köprü password',
      body: 'Someone asked to reset the password of your Köprü account.\n\nSet a new password here (the link works once and expires at {expires}):\n{link}\n\nIf it was not you, ignore this message; your password stays as it is.',
    },
    az: {
      subject: 'Köprü şifrənizin bərpası',
      body: 'Köprü hesabınızın şifrəsinin bərpası istənilib.\n\nYeni şifrəni burada təyin edin (keçid bir dəfə işləyir və {expires} tarixində qüvvədən düşür):\n{link}\n\nBunu siz etməmisinizsə, məktubu nəzərə almayın; şifrəniz dəyişmir.',
    },
    tr: {
      subject: 'Köprü şifrenizi sıfırlayın',
      body: 'Köprü hesabınızın şifresinin sıfırlanması istendi.\n\nYeni şifrenizi buradan belirleyin (bağlantı bir kez çalışır ve {expires} tarihinde geçerliliğini yitirir):\n{link}\n\nBu isteği siz yapmadıysanız iletiyi dikkate almayın; şifreniz değişmez.',
    },
    kk: {
      subject: 'Köprü құпиясөзін қалпына келтіру',
      body: 'Köprü тіркелгіңіздің құпиясөзін қалпына келтіру сұралды.\n\nЖаңа құпиясөзді осында орнатыңыз (сілтеме бір рет жұмыс істейді, мерзімі {expires} аяқталады):\n{link}\n\nБұл сіз болмасаңыз, хатты елемеңіз; құпиясөзіңіз өзгермейді.',
    },
    ky: {
      subject: 'Köprü сырсөзүн калыбына келтирүү',
      body: 'Köprü каттоо эсебиңиздин сырсөзүн калыбына келтирүү суралды.\n\nЖаңы сырсөздү бул жерден коюңуз (шилтеме бир жолу иштейт жана {expires} мөөнөтү бүтөт):\n{link}\n\nБул сиз болбосоңуз, катты эске албаңыз; сырсөзүңүз өзгөрбөйт.',
    },
    uz: {
      subject: 'Köprü parolingizni tiklash',
      body: 'Köprü hisobingiz parolini tiklash soʻraldi.\n\nYangi parolni shu yerda oʻrnating (havola bir marta ishlaydi va {expires} da muddati tugaydi):\n{link}\n\nAgar bu siz boʻlmasangiz, xatga eʼtibor bermang; parolingiz oʻzgarmaydi.',
    },
    ru: {
      subject: 'Сброс пароля Köprü',
      body: 'Поступил запрос на сброс пароля вашей учётной записи Köprü.\n\nЗадайте новый пароль по ссылке (она срабатывает один раз и действует до {expires}):\n{link}\n\nЕсли это были не вы, проигнорируйте письмо: пароль останется прежним.',
    },
  },
  minutesCirculated: {
    en: {
      subject: 'Draft minutes for your comments: {event}',
      body: 'The draft minutes of {event} (version {version}) have been circulated to the delegations.\n\nRead them, comment on paragraphs or propose amendments here:\n{link}',
    },
    az: {
      subject: 'Rəy üçün protokol layihəsi: {event}',
      body: '{event} tədbirinin protokol layihəsi ({version}-ci versiya) nümayəndə heyətlərinə göndərilib.\n\nLayihəni oxumaq, bəndlərə şərh yazmaq və ya düzəliş təklif etmək üçün keçid:\n{link}',
    },
    tr: {
      subject: 'Görüşünüze sunulan tutanak taslağı: {event}',
      body: '{event} toplantısının tutanak taslağı (sürüm {version}) heyetlere gönderildi.\n\nTaslağı okumak, paragraflara yorum yazmak veya değişiklik önermek için:\n{link}',
    },
    kk: {
      subject: 'Пікір үшін хаттама жобасы: {event}',
      body: '{event} хаттамасының жобасы ({version}-нұсқа) делегацияларға таратылды.\n\nЖобаны оқу, тармақтарға пікір қалдыру немесе түзету ұсыну үшін сілтеме:\n{link}',
    },
    ky: {
      subject: 'Пикир үчүн протоколдун долбоору: {event}',
      body: '{event} протоколунун долбоору ({version}-версия) делегацияларга жөнөтүлдү.\n\nДолбоорду окуу, пункттарга пикир калтыруу же оңдоо сунуштоо үчүн шилтеме:\n{link}',
    },
    uz: {
      subject: 'Fikr bildirish uchun bayonnoma loyihasi: {event}',
      body: '{event} bayonnomasi loyihasi ({version}-versiya) delegatsiyalarga yuborildi.\n\nLoyihani oʻqish, bandlarga izoh yozish yoki tuzatish taklif qilish uchun havola:\n{link}',
    },
    ru: {
      subject: 'Проект протокола для замечаний: {event}',
      body: 'Проект протокола мероприятия «{event}» (версия {version}) разослан делегациям.\n\nПрочитать его, прокомментировать пункты или предложить поправки можно по ссылке:\n{link}',
    },
  },
  eventInvitation: {
    en: {
      subject: 'Invitation: {event}',
      body: '{inviter} invites you to {event}.\n\nWhen: {when}\nWhere: {place}\n\nSee the programme and answer the invitation (accept, decline or tentative) here:\n{link}',
    },
    az: {
      subject: 'Dəvət: {event}',
      body: '{inviter} sizi {event} tədbirinə dəvət edir.\n\nVaxt: {when}\nYer: {place}\n\nProqramla tanış olmaq və dəvətə cavab vermək (qəbul, imtina və ya ehtimal) üçün keçid:\n{link}',
    },
    tr: {
      subject: 'Davet: {event}',
      body: '{inviter} sizi {event} etkinliğine davet ediyor.\n\nZaman: {when}\nYer: {place}\n\nProgramı görmek ve daveti yanıtlamak (kabul, ret veya belki) için:\n{link}',
    },
    kk: {
      subject: 'Шақыру: {event}',
      body: '{inviter} сізді «{event}» іс-шарасына шақырады.\n\nУақыты: {when}\nӨтетін жері: {place}\n\nБағдарламамен танысу және шақыруға жауап беру (қабылдау, бас тарту немесе әзірге белгісіз) үшін сілтеме:\n{link}',
    },
    ky: {
      subject: 'Чакыруу: {event}',
      body: '{inviter} сизди «{event}» иш-чарасына чакырат.\n\nУбактысы: {when}\nӨтүүчү жери: {place}\n\nПрограмма менен таанышуу жана чакырууга жооп берүү (кабыл алуу, баш тартуу же азырынча белгисиз) үчүн шилтеме:\n{link}',
    },
    uz: {
      subject: 'Taklif: {event}',
      body: '{inviter} sizni «{event}» tadbiriga taklif qiladi.\n\nVaqti: {when}\nJoyi: {place}\n\nDastur bilan tanishish va taklifga javob berish (qabul, rad yoki taxminiy) uchun havola:\n{link}',
    },
    ru: {
      subject: 'Приглашение: {event}',
      body: '{inviter} приглашает вас на мероприятие «{event}».\n\nКогда: {when}\nГде: {place}\n\nПрограмма и ответ на приглашение (принять, отклонить или под вопросом) — по ссылке:\n{link}',
    },
  },
  eventReminder: {
    en: {
      subject: 'Reminder: {event}',
      body: 'A reminder: you are invited to {event}.\n\nWhen: {when}\nWhere: {place}\n\nThe programme and your answer to the invitation:\n{link}',
    },
    az: {
      subject: 'Xatırlatma: {event}',
      body: 'Xatırladırıq: siz {event} tədbirinə dəvət olunmusunuz.\n\nVaxt: {when}\nYer: {place}\n\nProqram və dəvətə cavabınız:\n{link}',
    },
    tr: {
      subject: 'Hatırlatma: {event}',
      body: 'Hatırlatma: {event} etkinliğine davetlisiniz.\n\nZaman: {when}\nYer: {place}\n\nProgram ve davete yanıtınız:\n{link}',
    },
    kk: {
      subject: 'Еске салу: {event}',
      body: 'Еске саламыз: сіз «{event}» іс-шарасына шақырылдыңыз.\n\nУақыты: {when}\nӨтетін жері: {place}\n\nБағдарлама және шақыруға жауабыңыз:\n{link}',
    },
    ky: {
      subject: 'Эскертүү: {event}',
      body: 'Эскертебиз: сиз «{event}» иш-чарасына чакырылгансыз.\n\nУбактысы: {when}\nӨтүүчү жери: {place}\n\nПрограмма жана чакырууга жообуңуз:\n{link}',
    },
    uz: {
      subject: 'Eslatma: {event}',
      body: 'Eslatamiz: siz «{event}» tadbiriga taklif qilingansiz.\n\nVaqti: {when}\nJoyi: {place}\n\nDastur va taklifga javobingiz:\n{link}',
    },
    ru: {
      subject: 'Напоминание: {event}',
      body: 'Напоминаем: вы приглашены на мероприятие «{event}».\n\nКогда: {when}\nГде: {place}\n\nПрограмма и ваш ответ на приглашение:\n{link}',
    },
  },
  applicationReceived: {
    en: {
      subject: 'Application received: {programme}',
      body: 'The application of {person} to {programme} was submitted on {submitted}.\n\nThe call closes on {closes}. You will hear about the decision by mail. You can see the application, or withdraw it, here:\n{link}',
    },
    az: {
      subject: 'Müraciət qəbul edildi: {programme}',
      body: '{person} adından {programme} proqramına müraciət {submitted} tarixində göndərildi.\n\nMüraciətlərin qəbulu {closes} tarixində başa çatır. Qərar barədə sizə e-poçtla məlumat veriləcək. Müraciətə baxmaq və ya onu geri götürmək üçün keçid:\n{link}',
    },
    tr: {
      subject: 'Başvuru alındı: {programme}',
      body: '{person} adına {programme} programına başvuru {submitted} tarihinde gönderildi.\n\nBaşvurular {closes} tarihinde kapanır. Karar size e-postayla bildirilecektir. Başvuruyu görmek veya geri çekmek için:\n{link}',
    },
    kk: {
      subject: 'Өтінім қабылданды: {programme}',
      body: '{person} атынан «{programme}» бағдарламасына өтінім {submitted} жіберілді.\n\nӨтінімдер қабылдау {closes} аяқталады. Шешім туралы сізге электрондық пошта арқылы хабарланады. Өтінімді көру немесе қайтарып алу үшін сілтеме:\n{link}',
    },
    ky: {
      subject: 'Арыз кабыл алынды: {programme}',
      body: '{person} атынан «{programme}» программасына арыз {submitted} жөнөтүлдү.\n\nАрыздарды кабыл алуу {closes} бүтөт. Чечим тууралуу сизге электрондук почта аркылуу кабарланат. Арызды көрүү же кайтарып алуу үчүн шилтеме:\n{link}',
    },
    uz: {
      subject: 'Ariza qabul qilindi: {programme}',
      body: '{person} nomidan «{programme}» dasturiga ariza {submitted} yuborildi.\n\nArizalar qabuli {closes} yakunlanadi. Qaror haqida sizga elektron pochta orqali xabar beriladi. Arizani koʻrish yoki uni qaytarib olish uchun havola:\n{link}',
    },
    ru: {
      subject: 'Заявка получена: {programme}',
      body: 'Заявка {person} на программу «{programme}» подана {submitted}.\n\nПриём заявок завершается {closes}. О решении вам сообщат по электронной почте. Посмотреть заявку или отозвать её можно по ссылке:\n{link}',
    },
  },
  applicationAccepted: {
    en: {
      subject: 'Accepted: {programme}',
      body: 'Good news: the application of {person} to {programme} has been accepted.\n\nThe organisers will write to you with the details. You can see the application, or withdraw it if you can no longer take part, here:\n{link}',
    },
    az: {
      subject: 'Qəbul edildi: {programme}',
      body: 'Xoş xəbər: {person} adından {programme} proqramına müraciət qəbul edildi.\n\nTəşkilatçılar ətraflı məlumatı sizə ayrıca göndərəcəklər. Müraciətə baxmaq və ya iştirak edə bilməyəcəyiniz halda onu geri götürmək üçün keçid:\n{link}',
    },
    tr: {
      subject: 'Kabul edildi: {programme}',
      body: 'Müjde: {person} adına {programme} programına yapılan başvuru kabul edildi.\n\nDüzenleyiciler ayrıntıları size ayrıca iletecektir. Başvuruyu görmek veya artık katılamayacaksanız geri çekmek için:\n{link}',
    },
    kk: {
      subject: 'Қабылданды: {programme}',
      body: 'Қуанышты хабар: {person} атынан «{programme}» бағдарламасына берілген өтінім қабылданды.\n\nҰйымдастырушылар толық ақпаратты сізге бөлек жібереді. Өтінімді көру немесе қатыса алмайтын болсаңыз, оны қайтарып алу үшін сілтеме:\n{link}',
    },
    ky: {
      subject: 'Кабыл алынды: {programme}',
      body: 'Кубанычтуу кабар: {person} атынан «{programme}» программасына берилген арыз кабыл алынды.\n\nУюштуруучулар толук маалыматты сизге өзүнчө жөнөтүшөт. Арызды көрүү же катыша албай калсаңыз, аны кайтарып алуу үчүн шилтеме:\n{link}',
    },
    uz: {
      subject: 'Qabul qilindi: {programme}',
      body: 'Xushxabar: {person} nomidan «{programme}» dasturiga berilgan ariza qabul qilindi.\n\nTashkilotchilar batafsil maʼlumotni sizga alohida yuborishadi. Arizani koʻrish yoki qatnasha olmasangiz, uni qaytarib olish uchun havola:\n{link}',
    },
    ru: {
      subject: 'Заявка принята: {programme}',
      body: 'Хорошая новость: заявка {person} на программу «{programme}» принята.\n\nОрганизаторы сообщат вам подробности отдельно. Посмотреть заявку или отозвать её, если вы не сможете участвовать, можно по ссылке:\n{link}',
    },
  },
  applicationWaitlisted: {
    en: {
      subject: 'Waiting list: {programme}',
      body: 'The application of {person} to {programme} has been placed on the waiting list, at position {position}.\n\nIf a place becomes free, the waiting list moves up automatically and you will receive a mail. You can see the application here:\n{link}',
    },
    az: {
      subject: 'Gözləmə siyahısı: {programme}',
      body: '{person} adından {programme} proqramına müraciət gözləmə siyahısına {position} nömrə ilə daxil edildi.\n\nYer boşaldıqda siyahı avtomatik irəliləyir və sizə məktub göndəriləcək. Müraciətə baxmaq üçün keçid:\n{link}',
    },
    tr: {
      subject: 'Yedek liste: {programme}',
      body: '{person} adına {programme} programına yapılan başvuru yedek listede {position}. sıraya alındı.\n\nBir yer boşalırsa yedek liste kendiliğinden ilerler ve size e-posta gönderilir. Başvuruyu görmek için:\n{link}',
    },
    kk: {
      subject: 'Күту тізімі: {programme}',
      body: '{person} атынан «{programme}» бағдарламасына берілген өтінім күту тізіміне {position}-орынға енгізілді.\n\nОрын босаса, тізім автоматты түрде жылжиды және сізге хат жіберіледі. Өтінімді көру үшін сілтеме:\n{link}',
    },
    ky: {
      subject: 'Күтүү тизмеси: {programme}',
      body: '{person} атынан «{programme}» программасына берилген арыз күтүү тизмесине {position}-орунга киргизилди.\n\nОрун бошосо, тизме автоматтык түрдө жылат жана сизге кат жөнөтүлөт. Арызды көрүү үчүн шилтеме:\n{link}',
    },
    uz: {
      subject: 'Kutish roʻyxati: {programme}',
      body: '{person} nomidan «{programme}» dasturiga berilgan ariza kutish roʻyxatiga {position}-oʻringa kiritildi.\n\nJoy boʻshasa, roʻyxat avtomatik ravishda siljiydi va sizga xat yuboriladi. Arizani koʻrish uchun havola:\n{link}',
    },
    ru: {
      subject: 'Лист ожидания: {programme}',
      body: 'Заявка {person} на программу «{programme}» включена в лист ожидания под номером {position}.\n\nЕсли место освободится, очередь продвинется автоматически, и вы получите письмо. Посмотреть заявку можно по ссылке:\n{link}',
    },
  },
  applicationRejected: {
    en: {
      subject: 'Decision on your application: {programme}',
      body: 'Thank you for the application of {person} to {programme}. We regret that it could not be accepted this time.\n\nWe hope to see you apply to our next programmes. The application remains visible here:\n{link}',
    },
    az: {
      subject: 'Müraciətiniz üzrə qərar: {programme}',
      body: '{person} adından {programme} proqramına müraciətə görə təşəkkür edirik. Təəssüf ki, bu dəfə müraciət qəbul edilmədi.\n\nNövbəti proqramlarımıza da müraciət edəcəyinizə ümid edirik. Müraciətə bu keçiddən baxa bilərsiniz:\n{link}',
    },
    tr: {
      subject: 'Başvurunuz hakkında karar: {programme}',
      body: '{person} adına {programme} programına yapılan başvuru için teşekkür ederiz. Üzülerek bildiririz ki başvuru bu kez kabul edilemedi.\n\nSonraki programlarımıza da başvurmanızı umarız. Başvuruyu buradan görebilirsiniz:\n{link}',
    },
    kk: {
      subject: 'Өтініміңіз бойынша шешім: {programme}',
      body: '{person} атынан «{programme}» бағдарламасына берілген өтінім үшін алғыс айтамыз. Өкінішке қарай, бұл жолы өтінім қабылданбады.\n\nКелесі бағдарламаларымызға да өтінім бересіз деп үміттенеміз. Өтінімді мына сілтеме арқылы көре аласыз:\n{link}',
    },
    ky: {
      subject: 'Арызыңыз боюнча чечим: {programme}',
      body: '{person} атынан «{programme}» программасына берилген арыз үчүн ыраазычылык билдиребиз. Тилекке каршы, бул жолу арыз кабыл алынган жок.\n\nКийинки программаларыбызга да арыз бересиз деп үмүттөнөбүз. Арызды бул шилтеме аркылуу көрө аласыз:\n{link}',
    },
    uz: {
      subject: 'Arizangiz boʻyicha qaror: {programme}',
      body: '{person} nomidan «{programme}» dasturiga berilgan ariza uchun tashakkur. Afsuski, bu safar ariza qabul qilinmadi.\n\nKeyingi dasturlarimizga ham ariza berasiz degan umiddamiz. Arizani ushbu havola orqali koʻrishingiz mumkin:\n{link}',
    },
    ru: {
      subject: 'Решение по заявке: {programme}',
      body: 'Благодарим за заявку {person} на программу «{programme}». К сожалению, на этот раз её не удалось принять.\n\nБудем рады вашим заявкам на следующие программы. Заявка по-прежнему доступна по ссылке:\n{link}',
    },
  },
  waitlistMoved: {
    en: {
      subject: 'A place for you: {programme}',
      body: 'A place has become free in {programme}, and the application of {person} has moved up from the waiting list: it is now accepted.\n\nIf you can no longer take part, please withdraw the application so that the next person can have the place:\n{link}',
    },
    az: {
      subject: 'Sizin üçün yer açıldı: {programme}',
      body: '{programme} proqramında yer boşaldı və {person} adından müraciət gözləmə siyahısından irəliləyərək qəbul edildi.\n\nİştirak edə bilməyəcəksinizsə, yerin növbəti şəxsə keçməsi üçün müraciəti geri götürün:\n{link}',
    },
    tr: {
      subject: 'Size bir yer açıldı: {programme}',
      body: '{programme} programında bir yer boşaldı ve {person} adına yapılan başvuru yedek listeden ilerleyerek kabul edildi.\n\nArtık katılamayacaksanız, yerin sıradaki kişiye geçmesi için lütfen başvuruyu geri çekin:\n{link}',
    },
    kk: {
      subject: 'Сізге орын босады: {programme}',
      body: '«{programme}» бағдарламасында орын босап, {person} атынан берілген өтінім күту тізімінен жылжып, қабылданды.\n\nҚатыса алмайтын болсаңыз, орын келесі адамға өтуі үшін өтінімді қайтарып алыңыз:\n{link}',
    },
    ky: {
      subject: 'Сизге орун бошоду: {programme}',
      body: '«{programme}» программасында орун бошоп, {person} атынан берилген арыз күтүү тизмесинен жылып, кабыл алынды.\n\nКатыша албай калсаңыз, орун кийинки адамга өтүшү үчүн арызды кайтарып алыңыз:\n{link}',
    },
    uz: {
      subject: 'Sizga joy boʻshadi: {programme}',
      body: '«{programme}» dasturida joy boʻshadi va {person} nomidan berilgan ariza kutish roʻyxatidan siljib, qabul qilindi.\n\nAgar qatnasha olmasangiz, joy navbatdagi kishiga oʻtishi uchun arizani qaytarib oling:\n{link}',
    },
    ru: {
      subject: 'Для вас освободилось место: {programme}',
      body: 'В программе «{programme}» освободилось место, и заявка {person} продвинулась из листа ожидания: теперь она принята.\n\nЕсли вы не сможете участвовать, пожалуйста, отзовите заявку, чтобы место перешло следующему:\n{link}',
    },
  },
  programmeReminder: {
    en: {
      subject: 'Reminder: {programme} starts on {start}',
      body: 'A reminder: {programme}, in which {person} has a place, starts on {start} and ends on {end}.\n\nPlace: {place}\n\nThe application and the programme:\n{link}\n\nIf you can no longer take part, please withdraw the application so that someone else can have the place.',
    },
    az: {
      subject: 'Xatırlatma: {programme} {start} tarixində başlayır',
      body: 'Xatırladırıq: {person} adından yer ayrılmış {programme} proqramı {start} tarixində başlayır və {end} tarixində başa çatır.\n\nYer: {place}\n\nMüraciət və proqram:\n{link}\n\nİştirak edə bilməyəcəksinizsə, yerin başqasına keçməsi üçün müraciəti geri götürün.',
    },
    tr: {
      subject: 'Hatırlatma: {programme} {start} tarihinde başlıyor',
      body: 'Hatırlatma: {person} adına yer ayrılan {programme} programı {start} tarihinde başlıyor ve {end} tarihinde sona eriyor.\n\nYer: {place}\n\nBaşvuru ve program:\n{link}\n\nArtık katılamayacaksanız, yerin başka birine geçmesi için lütfen başvuruyu geri çekin.',
    },
    kk: {
      subject: 'Еске салу: «{programme}» {start} басталады',
      body: 'Еске саламыз: {person} үшін орын берілген «{programme}» бағдарламасы {start} басталып, {end} аяқталады.\n\nӨтетін орны: {place}\n\nӨтінім мен бағдарлама:\n{link}\n\nҚатыса алмайтын болсаңыз, орын басқа адамға өтуі үшін өтінімді қайтарып алыңыз.',
    },
    ky: {
      subject: 'Эскертүү: «{programme}» {start} башталат',
      body: 'Эскертебиз: {person} үчүн орун берилген «{programme}» программасы {start} башталып, {end} бүтөт.\n\nӨтчү жери: {place}\n\nАрыз жана программа:\n{link}\n\nКатыша албай калсаңыз, орун башка адамга өтүшү үчүн арызды кайтарып алыңыз.',
    },
    uz: {
      subject: 'Eslatma: «{programme}» {start} kuni boshlanadi',
      body: 'Eslatamiz: {person} uchun joy ajratilgan «{programme}» dasturi {start} kuni boshlanib, {end} kuni yakunlanadi.\n\nJoy: {place}\n\nAriza va dastur:\n{link}\n\nAgar qatnasha olmasangiz, joy boshqa kishiga oʻtishi uchun arizani qaytarib oling.',
    },
    ru: {
      subject: 'Напоминание: «{programme}» начинается {start}',
      body: 'Напоминаем: программа «{programme}», в которой за {person} закреплено место, начинается {start} и завершается {end}.\n\nМесто проведения: {place}\n\nЗаявка и программа:\n{link}\n\nЕсли вы не сможете участвовать, пожалуйста, отзовите заявку, чтобы место перешло другому.',
    },
  },
  feedbackRequest: {
    en: {
      subject: 'Your feedback on {programme}',
      body: 'Thank you for taking part in {programme}. The organisers would like to hear how it went for you: the short survey takes a few minutes and can be answered once.\n\nAnswer the survey here:\n{link}',
    },
    az: {
      subject: '{programme} barədə rəyiniz',
      body: '{programme} proqramında iştirakınız üçün təşəkkür edirik. Təşkilatçılar proqramın sizin üçün necə keçdiyini bilmək istəyirlər: qısa sorğu bir neçə dəqiqə çəkir və ona bir dəfə cavab vermək olar.\n\nSorğuya buradan cavab verin:\n{link}',
    },
    tr: {
      subject: '{programme} hakkındaki görüşleriniz',
      body: '{programme} programına katıldığınız için teşekkür ederiz. Düzenleyenler programın sizin için nasıl geçtiğini öğrenmek istiyor: kısa anket birkaç dakika sürer ve bir kez yanıtlanabilir.\n\nAnketi buradan yanıtlayın:\n{link}',
    },
    kk: {
      subject: '«{programme}» туралы пікіріңіз',
      body: '«{programme}» бағдарламасына қатысқаныңыз үшін рақмет. Ұйымдастырушылар бағдарлама сіз үшін қалай өткенін білгісі келеді: қысқа сауалнама бірнеше минут алады, оған бір рет жауап беруге болады.\n\nСауалнамаға мына жерде жауап беріңіз:\n{link}',
    },
    ky: {
      subject: '«{programme}» боюнча пикириңиз',
      body: '«{programme}» программасына катышканыңыз үчүн рахмат. Уюштуруучулар программа сиз үчүн кандай өткөнүн билгиси келет: кыска сурамжылоо бир нече мүнөт алат жана ага бир жолу жооп берсе болот.\n\nСурамжылоого бул жерден жооп бериңиз:\n{link}',
    },
    uz: {
      subject: '«{programme}» haqida fikringiz',
      body: '«{programme}» dasturida ishtirok etganingiz uchun rahmat. Tashkilotchilar dastur siz uchun qanday oʻtganini bilishni istaydi: qisqa soʻrovnoma bir necha daqiqa oladi va unga bir marta javob berish mumkin.\n\nSoʻrovnomaga bu yerda javob bering:\n{link}',
    },
    ru: {
      subject: 'Ваш отзыв о программе «{programme}»',
      body: 'Благодарим вас за участие в программе «{programme}». Организаторам важно знать, как она прошла для вас: короткий опрос займёт несколько минут, ответить на него можно один раз.\n\nОтветить на опрос можно здесь:\n{link}',
    },
  },
  feedbackReminder: {
    en: {
      subject: 'Reminder: your feedback on {programme}',
      body: 'A reminder: the survey on {programme} is still waiting for your answer. It takes a few minutes, and your answer helps the organisers plan the next programmes.\n\nAnswer the survey here:\n{link}',
    },
    az: {
      subject: 'Xatırlatma: {programme} barədə rəyiniz',
      body: 'Xatırladırıq: {programme} barədə sorğu hələ də cavabınızı gözləyir. Bu, bir neçə dəqiqə çəkir, cavabınız isə təşkilatçılara növbəti proqramları planlaşdırmağa kömək edir.\n\nSorğuya buradan cavab verin:\n{link}',
    },
    tr: {
      subject: 'Hatırlatma: {programme} hakkındaki görüşleriniz',
      body: 'Hatırlatma: {programme} anketi hâlâ yanıtınızı bekliyor. Birkaç dakika sürer ve yanıtınız düzenleyenlerin sonraki programları planlamasına yardımcı olur.\n\nAnketi buradan yanıtlayın:\n{link}',
    },
    kk: {
      subject: 'Еске салу: «{programme}» туралы пікіріңіз',
      body: 'Еске саламыз: «{programme}» туралы сауалнама әлі де жауабыңызды күтуде. Ол бірнеше минут алады, ал жауабыңыз ұйымдастырушыларға келесі бағдарламаларды жоспарлауға көмектеседі.\n\nСауалнамаға мына жерде жауап беріңіз:\n{link}',
    },
    ky: {
      subject: 'Эскертүү: «{programme}» боюнча пикириңиз',
      body: 'Эскертебиз: «{programme}» боюнча сурамжылоо дагы эле жообуңузду күтүүдө. Ал бир нече мүнөт алат, ал эми жообуңуз уюштуруучуларга кийинки программаларды пландаштырууга жардам берет.\n\nСурамжылоого бул жерден жооп бериңиз:\n{link}',
    },
    uz: {
      subject: 'Eslatma: «{programme}» haqida fikringiz',
      body: 'Eslatamiz: «{programme}» haqidagi soʻrovnoma hanuz javobingizni kutmoqda. U bir necha daqiqa oladi, javobingiz esa tashkilotchilarga keyingi dasturlarni rejalashtirishda yordam beradi.\n\nSoʻrovnomaga bu yerda javob bering:\n{link}',
    },
    ru: {
      subject: 'Напоминание: ваш отзыв о программе «{programme}»',
      body: 'Напоминаем: опрос о программе «{programme}» всё ещё ждёт вашего ответа. Он займёт несколько минут, а ваш ответ поможет организаторам планировать следующие программы.\n\nОтветить на опрос можно здесь:\n{link}',
    },
  },
} satisfies Record<string, Record<Locale, Template>>;

export type TemplateName = keyof typeof TEMPLATES;

/** Role names as mail shows them, per language. */
export const ROLE_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    secretariat: 'secretariat',
    agency_admin: 'agency administrator',
    agency_editor: 'agency editor',
    org_rep: 'organisation representative',
  },
  az: {
    secretariat: 'katiblik',
    agency_admin: 'qurum administratoru',
    agency_editor: 'qurum redaktoru',
    org_rep: 'təşkilat nümayəndəsi',
  },
  tr: {
    secretariat: 'sekretarya',
    agency_admin: 'kurum yöneticisi',
    agency_editor: 'kurum editörü',
    org_rep: 'kuruluş temsilcisi',
  },
  kk: {
    secretariat: 'хатшылық',
    agency_admin: 'мекеме әкімшісі',
    agency_editor: 'мекеме редакторы',
    org_rep: 'ұйым өкілі',
  },
  ky: {
    secretariat: 'катчылык',
    agency_admin: 'мекеме администратору',
    agency_editor: 'мекеме редактору',
    org_rep: 'уюм өкүлү',
  },
  uz: {
    secretariat: 'kotibiyat',
    agency_admin: 'idora maʼmuri',
    agency_editor: 'idora muharriri',
    org_rep: 'tashkilot vakili',
  },
  ru: {
    secretariat: 'секретариат',
    agency_admin: 'администратор ведомства',
    agency_editor: 'редактор ведомства',
    org_rep: 'представитель организации',
  },
};

/** Picks a supported locale, falling back to English. */
export function toLocale(value: string | null | undefined): Locale {
  const base = (value ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/** Renders one template in one language; every `{name}` must be supplied. */
export function renderMail(
  name: TemplateName,
  locale: Locale,
  vars: Vars,
): { subject: string; text: string } {
  const template: Template = TEMPLATES[name][locale];
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = vars[key];
      if (value === undefined) throw new Error(`Mail template ${name} needs {${key}}`);
      return value;
    });
  return { subject: fill(template.subject), text: fill(template.body) };
}

/** Formats a date-time for mail in the recipient's language (UTC, stated). */
export function formatMailDate(date: Date, locale: Locale): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}
