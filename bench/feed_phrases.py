# ruff: noqa: E501  (sentences of data, kept whole on their lines)
"""Sentence templates of ordinary news, written for the `feed` benchmark corpus (bench/make_feed.py).

Written by the team for this benchmark, in seven languages, on subjects no catalogue narrative
speaks of: sport, economy, weather, culture, local politics and science. Each template has slots
({city}, {team}, {name}, {n}, {m}, {pct}, {month}) filled at random from the lists below, so that
nearly every generated sentence is new to the encoder's cache, as in a real feed.
"""

from __future__ import annotations

SLOTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "city": ["Leeds", "Bristol", "Norwich", "Cardiff", "Aberdeen", "Plymouth", "York", "Derby"],
        "team": ["Leeds Rovers", "Bristol City", "Norwich Athletic", "the Cardiff Dragons", "York United"],
        "name": ["Sarah Collins", "Tom Hargreaves", "Priya Shah", "Mark Ellison", "Helen Doyle", "James Okafor"],
        "month": ["March", "April", "June", "September", "October", "November"],
    },
    "de": {
        "city": ["Bielefeld", "Kassel", "Regensburg", "Rostock", "Freiburg", "Augsburg", "Kiel", "Erfurt"],
        "team": ["der SC Kassel", "Eintracht Rostock", "der FC Regensburg", "Union Erfurt", "die Kieler Sportfreunde"],
        "name": ["Anna Berger", "Jonas Hoffmann", "Sabine Krüger", "Lukas Wagner", "Petra Schulz", "Mehmet Aydin"],
        "month": ["März", "April", "Juni", "September", "Oktober", "November"],
    },
    "fr": {
        "city": ["Nantes", "Rennes", "Grenoble", "Dijon", "Limoges", "Brest", "Tours", "Angers"],
        "team": ["le Stade Rennais", "l'AS Limoges", "le FC Dijon", "l'Union Brestoise", "le Racing Angers"],
        "name": ["Claire Moreau", "Julien Lefèvre", "Sophie Garnier", "Nicolas Roux", "Amélie Fabre", "Karim Benali"],
        "month": ["mars", "avril", "juin", "septembre", "octobre", "novembre"],
    },
    "es": {
        "city": ["Valladolid", "Zaragoza", "Córdoba", "Alicante", "Oviedo", "Salamanca", "Murcia", "Vigo"],
        "team": ["el Real Oviedo", "el CD Murcia", "el Atlético Salamanca", "el Racing de Vigo", "la UD Córdoba"],
        "name": ["Lucía Martín", "Javier Romero", "Elena Navarro", "Pablo Herrera", "Marta Iglesias", "Diego Castro"],
        "month": ["marzo", "abril", "junio", "septiembre", "octubre", "noviembre"],
    },
    "ru": {
        "city": ["Казани", "Самаре", "Перми", "Томске", "Ярославле", "Калуге", "Твери", "Уфе"],
        "team": ["«Волга»", "«Урал»", "«Енисей»", "«Кама»", "«Нева»"],
        "name": ["Ирина Соколова", "Алексей Морозов", "Ольга Лебедева", "Дмитрий Козлов", "Наталья Орлова",
                 "Сергей Павлов"],
        "month": ["марте", "апреле", "июне", "сентябре", "октябре", "ноябре"],
    },
    "uk": {
        "city": ["Полтаві", "Вінниці", "Житомирі", "Черкасах", "Тернополі", "Луцьку", "Ужгороді", "Рівному"],
        "team": ["«Ворскла»", "«Поділля»", "«Волинь»", "«Карпати»", "«Дніпро-1»"],
        "name": ["Оксана Мельник", "Андрій Бондар", "Марія Коваленко", "Тарас Шевчук", "Ірина Ткаченко",
                 "Богдан Кравець"],
        "month": ["березні", "квітні", "червні", "вересні", "жовтні", "листопаді"],
    },
    "ar": {
        "city": ["الإسكندرية", "طنجة", "صفاقس", "إربد", "المنصورة", "وهران", "الزرقاء", "مراكش"],
        "team": ["نادي الاتحاد", "فريق النجم الساحلي", "نادي الوداد", "فريق الفيصلي", "نادي المريخ"],
        "name": ["ليلى حسن", "كريم منصور", "سارة عبد الله", "يوسف العلي", "هدى سليمان", "عمر خليل"],
        "month": ["مارس", "أبريل", "يونيو", "سبتمبر", "أكتوبر", "نوفمبر"],
    },
}

# {n}: a small count, {m}: a larger amount, {pct}: a percentage with one decimal.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "sport": [
            "{team} beat their neighbours {n}-1 on Saturday in front of a crowd of {m} in {city}.",
            "The coach said after the match that the young squad had finally learned to defend a lead.",
            "{name} scored twice in the second half and is now the league's top scorer with {n} goals.",
            "Ticket prices for next season will rise by {pct} percent, the club announced on Monday.",
            "The women's relay team from {city} set a new regional record at the indoor championships.",
        ],
        "economy": [
            "Inflation in the region eased to {pct} percent in {month}, the lowest figure in two years.",
            "A bakery chain based in {city} plans to open {n} new shops and hire {m} staff by the end of the year.",
            "Local farmers say the price of feed has doubled while milk prices have barely moved.",
            "{name}, who runs a family hardware store, said customers now compare prices online before buying.",
            "The regional development bank approved loans worth {m} thousand pounds for small businesses.",
        ],
        "weather": [
            "Forecasters expect up to {n} centimetres of snow in the hills above {city} overnight.",
            "Temperatures will climb to {n} degrees by Thursday before heavy showers return at the weekend.",
            "The river rose by almost a metre after two days of rain, and a footpath near {city} was closed.",
            "Drivers were advised to allow extra time because fog had cut visibility on the ring road.",
            "Last {month} was the wettest on record in the county, with {pct} percent more rain than average.",
        ],
        "culture": [
            "The city museum in {city} opens an exhibition of {n} early photographs of the harbour next week.",
            "{name}'s first novel, about three sisters running a seaside guest house, has been shortlisted for a prize.",
            "The summer folk festival sold {m} tickets within a day, a record for the organisers.",
            "A restored cinema organ will be played in public for the first time in forty years.",
            "The orchestra will tour {n} towns in {month}, with a programme of Elgar and Britten.",
        ],
        "local politics": [
            "The council in {city} voted to keep the public library open on Sundays after a petition of {m} names.",
            "Councillor {name} proposed a new cycle lane along the high street, which shopkeepers oppose.",
            "Residents complained at the meeting that bins had not been collected for {n} weeks.",
            "The mayor promised to repair {m} potholes before the winter and to publish a list of streets.",
            "A plan to build {n} hundred homes on the edge of {city} will go to a public consultation in {month}.",
        ],
        "science": [
            "Researchers at the university in {city} found that hedgehogs cross roads mostly after midnight.",
            "{name} and her team measured the growth of {m} young oak trees over ten summers.",
            "The new telescope on the hill recorded a faint comet that will be visible with binoculars in {month}.",
            "A study of {n} hundred school pupils suggests that a short morning walk improves attention in class.",
            "Engineers tested a battery made from sodium that kept {pct} percent of its charge after a year.",
        ],
    },
    "de": {
        "sport": [
            "{team} gewann am Samstag vor {m} Zuschauern in {city} mit {n}:1 gegen den Nachbarn.",
            "Der Trainer sagte nach dem Spiel, die junge Mannschaft habe endlich gelernt, eine Führung zu halten.",
            "{name} traf in der zweiten Halbzeit doppelt und führt die Torschützenliste nun mit {n} Treffern an.",
            "Die Dauerkarten für die nächste Saison werden um {pct} Prozent teurer, teilte der Verein mit.",
            "Die Staffel der Frauen aus {city} stellte bei den Hallenmeisterschaften einen Landesrekord auf.",
        ],
        "economy": [
            "Die Inflation in der Region sank im {month} auf {pct} Prozent, den niedrigsten Wert seit zwei Jahren.",
            "Eine Bäckereikette aus {city} will bis Jahresende {n} neue Filialen eröffnen und {m} Leute einstellen.",
            "Landwirte klagen, dass sich der Preis für Futter verdoppelt hat, während der Milchpreis kaum steigt.",
            "{name}, die ein Eisenwarengeschäft führt, sagt, die Kunden verglichen inzwischen jeden Preis im Netz.",
            "Die Förderbank bewilligte kleinen Betrieben Kredite über {m} Tausend Euro.",
        ],
        "weather": [
            "Der Wetterdienst erwartet in den Höhenlagen bei {city} bis zu {n} Zentimeter Neuschnee.",
            "Bis Donnerstag steigen die Temperaturen auf {n} Grad, am Wochenende kommen kräftige Schauer zurück.",
            "Nach zwei Tagen Regen stieg der Fluss um fast einen Meter, ein Uferweg bei {city} wurde gesperrt.",
            "Autofahrer sollen mehr Zeit einplanen, weil Nebel die Sicht auf der Umgehungsstraße einschränkt.",
            "Der {month} war der nasseste seit Beginn der Messungen, mit {pct} Prozent mehr Regen als üblich.",
        ],
        "culture": [
            "Das Stadtmuseum {city} zeigt ab nächster Woche {n} frühe Fotografien des alten Hafens.",
            "Der erste Roman von {name} über drei Schwestern und eine Pension an der Küste ist für einen Preis nominiert.",
            "Das Sommerfestival verkaufte {m} Karten an einem einzigen Tag, so viele wie nie zuvor.",
            "Die restaurierte Kinoorgel erklingt zum ersten Mal seit vierzig Jahren wieder öffentlich.",
            "Das Orchester geht im {month} auf eine Tournee durch {n} Städte, mit Brahms und Schumann.",
        ],
        "local politics": [
            "Der Stadtrat von {city} beschloss nach einer Unterschriftensammlung mit {m} Namen, die Bücherei sonntags zu öffnen.",
            "Stadträtin {name} schlug einen Radweg durch die Hauptstraße vor, die Händler sind dagegen.",
            "Anwohner beschwerten sich in der Sitzung, dass der Müll seit {n} Wochen nicht abgeholt wurde.",
            "Der Bürgermeister versprach, vor dem Winter {m} Schlaglöcher zu flicken und eine Liste der Straßen zu veröffentlichen.",
            "Der Plan für {n}00 Wohnungen am Stadtrand von {city} geht im {month} in die Bürgerbeteiligung.",
        ],
        "science": [
            "Forscher der Universität {city} fanden heraus, dass Igel Straßen meist nach Mitternacht überqueren.",
            "{name} und ihr Team haben zehn Sommer lang das Wachstum von {m} jungen Eichen gemessen.",
            "Das neue Teleskop auf dem Berg entdeckte einen schwachen Kometen, der im {month} mit dem Fernglas zu sehen ist.",
            "Eine Studie mit {n}00 Schulkindern legt nahe, dass ein kurzer Morgenspaziergang die Aufmerksamkeit verbessert.",
            "Ingenieure testeten einen Natrium-Akku, der nach einem Jahr noch {pct} Prozent seiner Ladung hielt.",
        ],
    },
    "fr": {
        "sport": [
            "{team} s'est imposé {n} à 1 samedi devant {m} spectateurs à {city}.",
            "L'entraîneur a expliqué après le match que le jeune groupe avait enfin appris à conserver un avantage.",
            "{name} a marqué deux fois en seconde période et compte désormais {n} buts en championnat.",
            "Les abonnements de la saison prochaine augmenteront de {pct} %, a annoncé le club lundi.",
            "Le relais féminin de {city} a battu le record régional lors des championnats en salle.",
        ],
        "economy": [
            "L'inflation dans la région est retombée à {pct} % en {month}, son plus bas niveau depuis deux ans.",
            "Une chaîne de boulangeries de {city} prévoit d'ouvrir {n} magasins et d'embaucher {m} personnes.",
            "Les éleveurs disent que le prix des aliments pour bétail a doublé alors que celui du lait stagne.",
            "{name}, qui tient une quincaillerie familiale, constate que les clients comparent tout en ligne.",
            "La banque régionale a accordé {m} milliers d'euros de prêts aux petites entreprises.",
        ],
        "weather": [
            "Météo-France prévoit jusqu'à {n} centimètres de neige sur les hauteurs autour de {city} cette nuit.",
            "Les températures grimperont jusqu'à {n} degrés jeudi avant le retour d'averses ce week-end.",
            "La rivière est montée de près d'un mètre après deux jours de pluie et un chemin près de {city} a été fermé.",
            "Les automobilistes sont invités à prévoir plus de temps car le brouillard réduit la visibilité sur la rocade.",
            "Le mois de {month} a été le plus pluvieux jamais mesuré, avec {pct} % de pluie en plus que la normale.",
        ],
        "culture": [
            "Le musée de {city} ouvre la semaine prochaine une exposition de {n} photographies anciennes du port.",
            "Le premier roman de {name}, l'histoire de trois sœurs tenant une pension au bord de la mer, est en lice pour un prix.",
            "Le festival d'été a vendu {m} billets en une journée, un record pour les organisateurs.",
            "Un orgue de cinéma restauré sera joué en public pour la première fois depuis quarante ans.",
            "L'orchestre partira en tournée dans {n} villes en {month}, avec un programme Ravel et Debussy.",
        ],
        "local politics": [
            "Le conseil municipal de {city} a voté l'ouverture de la médiathèque le dimanche après une pétition de {m} signatures.",
            "La conseillère {name} propose une piste cyclable dans la grande rue, ce que les commerçants refusent.",
            "Des habitants se sont plaints en réunion que les poubelles n'avaient pas été ramassées depuis {n} semaines.",
            "Le maire a promis de reboucher {m} nids-de-poule avant l'hiver et de publier la liste des rues.",
            "Un projet de {n}00 logements en bordure de {city} sera soumis à la concertation publique en {month}.",
        ],
        "science": [
            "Des chercheurs de l'université de {city} ont constaté que les hérissons traversent surtout après minuit.",
            "{name} et son équipe ont mesuré pendant dix étés la croissance de {m} jeunes chênes.",
            "Le nouveau télescope a repéré une comète pâle qui sera visible aux jumelles en {month}.",
            "Une étude portant sur {n}00 élèves suggère qu'une courte marche le matin améliore l'attention en classe.",
            "Des ingénieurs ont testé une batterie au sodium qui conservait {pct} % de sa charge après un an.",
        ],
    },
    "es": {
        "sport": [
            "{team} ganó el sábado por {n} a 1 ante {m} espectadores en {city}.",
            "El entrenador dijo tras el partido que el joven equipo por fin ha aprendido a defender una ventaja.",
            "{name} marcó dos goles en la segunda parte y ya suma {n} en la liga.",
            "Los abonos de la próxima temporada subirán un {pct} %, anunció el club el lunes.",
            "El relevo femenino de {city} batió el récord regional en el campeonato en pista cubierta.",
        ],
        "economy": [
            "La inflación en la región bajó al {pct} % en {month}, la cifra más baja en dos años.",
            "Una cadena de panaderías de {city} abrirá {n} tiendas y contratará a {m} personas antes de fin de año.",
            "Los ganaderos dicen que el pienso cuesta el doble mientras el precio de la leche apenas se mueve.",
            "{name}, que regenta una ferretería familiar, cuenta que los clientes ya comparan precios por internet.",
            "El banco regional de desarrollo aprobó préstamos por {m} mil euros para pequeños negocios.",
        ],
        "weather": [
            "La agencia de meteorología espera hasta {n} centímetros de nieve en las sierras cercanas a {city}.",
            "Las temperaturas subirán hasta {n} grados el jueves antes de que vuelvan los chubascos el fin de semana.",
            "El río creció casi un metro tras dos días de lluvia y se cerró un paseo cerca de {city}.",
            "Se recomienda a los conductores salir con tiempo porque la niebla reduce la visibilidad en la circunvalación.",
            "El pasado {month} fue el más lluvioso desde que hay registros, con un {pct} % más de lluvia de lo normal.",
        ],
        "culture": [
            "El museo municipal de {city} inaugura la semana que viene una muestra de {n} fotografías antiguas del puerto.",
            "La primera novela de {name}, sobre tres hermanas que llevan una pensión junto al mar, opta a un premio.",
            "El festival de verano vendió {m} entradas en un solo día, un récord para la organización.",
            "Un órgano de cine restaurado volverá a sonar en público por primera vez en cuarenta años.",
            "La orquesta recorrerá {n} ciudades en {month} con un programa de Falla y Granados.",
        ],
        "local politics": [
            "El pleno de {city} aprobó abrir la biblioteca los domingos tras una recogida de {m} firmas.",
            "La concejala {name} propuso un carril bici en la calle mayor, al que se oponen los comerciantes.",
            "Varios vecinos se quejaron en el pleno de que la basura no se recoge desde hace {n} semanas.",
            "El alcalde prometió arreglar {m} baches antes del invierno y publicar la lista de calles.",
            "El plan de {n}00 viviendas a las afueras de {city} saldrá a información pública en {month}.",
        ],
        "science": [
            "Investigadores de la universidad de {city} observaron que los erizos cruzan las carreteras sobre todo de madrugada.",
            "{name} y su equipo midieron durante diez veranos el crecimiento de {m} robles jóvenes.",
            "El nuevo telescopio detectó un cometa débil que podrá verse con prismáticos en {month}.",
            "Un estudio con {n}00 escolares sugiere que un paseo corto por la mañana mejora la atención en clase.",
            "Unos ingenieros probaron una batería de sodio que conservaba el {pct} % de su carga al cabo de un año.",
        ],
    },
    "ru": {
        "sport": [
            "В субботу {team} обыграла соседей со счётом {n}:1 на глазах у {m} зрителей в {city}.",
            "Тренер сказал после матча, что молодая команда наконец научилась удерживать преимущество.",
            "{name} забил дважды во втором тайме и теперь лидирует в списке бомбардиров с {n} голами.",
            "Абонементы на следующий сезон подорожают на {pct} процента, сообщил клуб в понедельник.",
            "Женская эстафетная команда из {city} установила региональный рекорд на зимнем чемпионате.",
        ],
        "economy": [
            "Инфляция в регионе в {month} замедлилась до {pct} процента, это минимум за два года.",
            "Сеть пекарен из {city} до конца года откроет {n} новых магазинов и наймёт {m} сотрудников.",
            "Фермеры жалуются, что корма подорожали вдвое, а закупочная цена молока почти не изменилась.",
            "{name}, владелица семейного хозяйственного магазина, говорит, что покупатели теперь сравнивают цены в интернете.",
            "Региональный фонд развития одобрил малому бизнесу займы на {m} тысяч рублей.",
        ],
        "weather": [
            "Синоптики ожидают до {n} сантиметров снега на возвышенностях у {city} в ближайшую ночь.",
            "К четвергу температура поднимется до {n} градусов, а на выходных вернутся сильные ливни.",
            "После двух дождливых дней река поднялась почти на метр, набережную в {city} закрыли для пешеходов.",
            "Водителей просят закладывать больше времени на дорогу: туман ухудшил видимость на объездной.",
            "Прошлый месяц стал самым дождливым за всю историю наблюдений, осадков выпало на {pct} процента больше нормы.",
        ],
        "culture": [
            "Городской музей в {city} на следующей неделе откроет выставку из {n} старых фотографий порта.",
            "Первый роман {name} о трёх сёстрах, которые держат гостиницу у моря, вошёл в короткий список премии.",
            "Летний фестиваль продал {m} билетов за один день, это рекорд для организаторов.",
            "Отреставрированный кинотеатральный орган впервые за сорок лет прозвучит для публики.",
            "В {month} оркестр отправится в гастроли по {n} городам с программой из Чайковского и Рахманинова.",
        ],
        "local politics": [
            "Городская дума в {city} решила открыть библиотеку по воскресеньям после петиции, которую подписали {m} человек.",
            "Депутат {name} предложила сделать велодорожку на главной улице, владельцы магазинов против.",
            "Жители пожаловались на заседании, что мусор не вывозят уже {n} недели.",
            "Мэр пообещал до зимы заделать {m} ям на дорогах и опубликовать список улиц.",
            "Проект застройки на {n}00 квартир на окраине обсудят на публичных слушаниях в {month}.",
        ],
        "science": [
            "Учёные из университета в {city} выяснили, что ежи переходят дороги в основном после полуночи.",
            "{name} и её коллеги десять лет измеряли рост {m} молодых дубов.",
            "Новый телескоп обсерватории заметил тусклую комету, которую в {month} можно будет увидеть в бинокль.",
            "Исследование {n}00 школьников показывает, что короткая утренняя прогулка улучшает внимание на уроках.",
            "Инженеры испытали натриевый аккумулятор, который через год сохранил {pct} процента заряда.",
        ],
    },
    "uk": {
        "sport": [
            "У суботу {team} перемогла сусідів з рахунком {n}:1 на очах у {m} глядачів у {city}.",
            "Тренер сказав після матчу, що молода команда нарешті навчилася втримувати перевагу.",
            "{name} забив двічі в другому таймі й тепер очолює список бомбардирів з {n} голами.",
            "Абонементи на наступний сезон подорожчають на {pct} відсотка, повідомив клуб у понеділок.",
            "Жіноча естафетна команда з міста встановила обласний рекорд на зимовому чемпіонаті.",
        ],
        "economy": [
            "Інфляція в області у {month} сповільнилася до {pct} відсотка, це найнижчий показник за два роки.",
            "Мережа пекарень із {city} до кінця року відкриє {n} нових крамниць і найме {m} працівників.",
            "Фермери скаржаться, що корми подорожчали вдвічі, а ціна на молоко майже не змінилася.",
            "{name}, власниця сімейної господарської крамниці, каже, що покупці тепер порівнюють ціни в інтернеті.",
            "Обласний фонд розвитку схвалив малому бізнесу позики на {m} тисяч гривень.",
        ],
        "weather": [
            "Синоптики очікують до {n} сантиметрів снігу на пагорбах біля міста найближчої ночі.",
            "До четверга температура підніметься до {n} градусів, а на вихідних повернуться сильні зливи.",
            "Після двох дощових днів річка піднялася майже на метр, набережну в {city} закрили для пішоходів.",
            "Водіїв просять виїжджати раніше: туман погіршив видимість на об'їзній дорозі.",
            "Минулий місяць став найдощовішим за всю історію спостережень, опадів випало на {pct} відсотка більше норми.",
        ],
        "culture": [
            "Міський музей у {city} наступного тижня відкриє виставку з {n} старих світлин порту.",
            "Перший роман {name} про трьох сестер, які тримають готель біля моря, потрапив до короткого списку премії.",
            "Літній фестиваль продав {m} квитків за один день, це рекорд для організаторів.",
            "Відреставрований кінотеатральний орган уперше за сорок років прозвучить для публіки.",
            "У {month} оркестр вирушить у гастролі {n} містами з програмою з Лисенка та Скорика.",
        ],
        "local politics": [
            "Міська рада в {city} вирішила відкрити бібліотеку в неділю після петиції, яку підписали {m} людей.",
            "Депутатка {name} запропонувала зробити велодоріжку на головній вулиці, власники крамниць проти.",
            "Мешканці поскаржилися на засіданні, що сміття не вивозять уже {n} тижні.",
            "Мер пообіцяв до зими залатати {m} ям на дорогах і оприлюднити перелік вулиць.",
            "Проєкт забудови на {n}00 квартир на околиці обговорять на громадських слуханнях у {month}.",
        ],
        "science": [
            "Науковці університету в {city} з'ясували, що їжаки переходять дороги здебільшого після півночі.",
            "{name} та її колеги десять років вимірювали ріст {m} молодих дубів.",
            "Новий телескоп обсерваторії помітив тьмяну комету, яку у {month} можна буде побачити в бінокль.",
            "Дослідження {n}00 школярів показує, що коротка ранкова прогулянка покращує увагу на уроках.",
            "Інженери випробували натрієвий акумулятор, який через рік зберіг {pct} відсотка заряду.",
        ],
    },
    "ar": {
        "sport": [
            "فاز {team} يوم السبت على جاره بنتيجة {n} مقابل 1 أمام {m} متفرج في {city}.",
            "قال المدرب بعد المباراة إن الفريق الشاب تعلم أخيرا كيف يحافظ على تقدمه.",
            "سجل {name} هدفين في الشوط الثاني وأصبح هداف الدوري برصيد {n} أهداف.",
            "أعلن النادي يوم الاثنين أن أسعار الاشتراكات للموسم المقبل سترتفع بنسبة {pct} في المئة.",
            "حطم فريق التتابع للسيدات من {city} الرقم القياسي الإقليمي في البطولة الشتوية.",
        ],
        "economy": [
            "تراجع التضخم في المنطقة إلى {pct} في المئة في {month}، وهو أدنى مستوى منذ عامين.",
            "تعتزم سلسلة مخابز في {city} افتتاح {n} فروع جديدة وتوظيف {m} عامل قبل نهاية العام.",
            "يقول المزارعون إن سعر العلف تضاعف بينما بقي سعر الحليب على حاله تقريبا.",
            "قالت {name}، صاحبة متجر عائلي للأدوات المنزلية، إن الزبائن باتوا يقارنون الأسعار عبر الإنترنت.",
            "وافق صندوق التنمية المحلي على قروض بقيمة {m} ألف للمشاريع الصغيرة.",
        ],
        "weather": [
            "يتوقع خبراء الأرصاد هطول أمطار غزيرة على {city} الليلة مع رياح تصل سرعتها إلى {n}0 كيلومترا في الساعة.",
            "سترتفع درجات الحرارة إلى {n} درجة يوم الخميس قبل عودة الزخات في عطلة نهاية الأسبوع.",
            "ارتفع منسوب الوادي قرابة متر بعد يومين من المطر وأغلق طريق للمشاة قرب {city}.",
            "نصحت السلطات السائقين بالتمهل لأن الضباب الكثيف خفض مدى الرؤية على الطريق الدائري.",
            "كان شهر {month} الماضي الأكثر مطرا منذ بدء التسجيل، بزيادة {pct} في المئة عن المعدل.",
        ],
        "culture": [
            "يفتتح متحف {city} الأسبوع المقبل معرضا يضم {n} صورة قديمة للميناء.",
            "وصلت رواية {name} الأولى، عن ثلاث شقيقات يدرن نزلا على البحر، إلى القائمة القصيرة لجائزة أدبية.",
            "باع مهرجان الصيف {m} تذكرة في يوم واحد، وهو رقم قياسي للمنظمين.",
            "ستعزف فرقة الموسيقى الأندلسية أمام الجمهور في القلعة القديمة لأول مرة منذ أربعين عاما.",
            "ستجول الفرقة السيمفونية على {n} مدن في {month} ببرنامج من الموسيقى العربية الكلاسيكية.",
        ],
        "local politics": [
            "صوت المجلس البلدي في {city} على فتح المكتبة العامة يوم الجمعة بعد عريضة وقعها {m} شخص.",
            "اقترحت عضوة المجلس {name} إنشاء مسار للدراجات في الشارع الرئيسي، ويعارضه أصحاب المحال.",
            "اشتكى سكان خلال الاجتماع من أن النفايات لم تجمع منذ {n} أسابيع.",
            "وعد رئيس البلدية بإصلاح {m} حفرة في الطرق قبل الشتاء ونشر قائمة بالشوارع.",
            "سيعرض مشروع بناء {n}00 مسكن على أطراف {city} للتشاور العام في {month}.",
        ],
        "science": [
            "وجد باحثون في جامعة {city} أن القنافذ تعبر الطرق غالبا بعد منتصف الليل.",
            "قاست {name} وفريقها نمو {m} شجرة زيتون صغيرة على مدى عشرة مواسم.",
            "رصد التلسكوب الجديد مذنبا خافتا سيمكن رؤيته بالمنظار في {month}.",
            "تشير دراسة شملت {n}00 تلميذ إلى أن نزهة قصيرة في الصباح تحسن الانتباه في الفصل.",
            "اختبر مهندسون بطارية من الصوديوم احتفظت بنسبة {pct} في المئة من شحنتها بعد عام.",
        ],
    },
}
