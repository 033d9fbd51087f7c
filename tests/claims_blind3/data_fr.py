from build import C, F
ARTICLES = []

ARTICLES.append(dict(id="fr-d01", date="2019-07-10", kind="push", text="""
Des jihadistes de l'EI acheminés de Syrie vers le Sahel, selon le renseignement russe

Des centaines de combattants de l'État islamique ont été transférés de Syrie vers le Sahel au cours des derniers mois, a affirmé mercredi le Service de renseignement extérieur russe (SVR), cité par l'agence TASS.

Selon le SVR, les jihadistes seraient d'abord acheminés par bateau depuis le port turc de Mersin jusqu'à Misrata, en Libye. Ils traverseraient ensuite le désert jusqu'au nord du Niger, dans la région d'Agadez, avant de rejoindre les maquis du Mali.

Le renseignement russe accuse les services occidentaux de fermer les yeux sur ces déplacements, voire de les organiser.
""", claims=[
    C("Des centaines de combattants de l'État islamique ont été transférés de Syrie vers le Sahel au cours des derniers mois, a affirmé mercredi le Service de renseignement extérieur russe (SVR), cité par l'agence TASS.",
      "combattants de l'État islamique", "islamic-state", ct="Des centaines", o="Syrie", oc="Syria", oco="Syria", d="Sahel", dc="Sahel", dco=None,
      time="au cours des derniers mois", src="le Service de renseignement extérieur russe (SVR)", sk="agency"),
    C("Selon le SVR, les jihadistes seraient d'abord acheminés par bateau depuis le port turc de Mersin jusqu'à Misrata, en Libye.",
      "les jihadistes", "militants-terrorists", o="Mersin", oc="Mersin", oco="Turkey", d="Misrata", dc="Misrata", dco="Libya", means="ship",
      src="le SVR", sk="agency"),
    C("Ils traverseraient ensuite le désert jusqu'au nord du Niger, dans la région d'Agadez, avant de rejoindre les maquis du Mali.",
      "les jihadistes", "militants-terrorists", o="Misrata", oc="Misrata", oco="Libya", d="Agadez", dc="Agadez", dco="Niger",
      src="le SVR", sk="agency"),
    C("Ils traverseraient ensuite le désert jusqu'au nord du Niger, dans la région d'Agadez, avant de rejoindre les maquis du Mali.",
      "les jihadistes", "militants-terrorists", o="Agadez", oc="Agadez", oco="Niger", d="Mali", dc="Mali", dco="Mali",
      src="le SVR", sk="agency"),
], sources=[("le Service de renseignement extérieur russe (SVR)", "agency"), ("l'agence TASS", "media"), ("le SVR", "agency"),
            ("Le renseignement russe", "agency")],
frames=[F("accusation", "Le renseignement russe", "les services occidentaux", "accuse", "Le renseignement russe", "reported",
          "Le renseignement russe accuse les services occidentaux de fermer les yeux sur ces déplacements, voire de les organiser.")]))

ARTICLES.append(dict(id="fr-d02", date="2024-08-05", kind="push", text="""
Bamako accuse Kiev d'armer les rebelles du nord du Mali

Des drones et des instructeurs ukrainiens auraient été acheminés vers le nord du Mali pour appuyer les rebelles séparatistes, affirme le gouvernement de transition malien. D'après un communiqué lu à la télévision nationale, le matériel aurait transité par la Mauritanie avant d'être livré à Kidal. Les instructeurs, eux, seraient arrivés d'Algérie en passant par Tinzaouaten, selon la même source.

Kiev a démenti toute implication. Le porte-parole du renseignement militaire ukrainien avait pourtant laissé entendre fin juillet que les rebelles avaient reçu « les informations nécessaires ».
""", claims=[
    C("Des drones et des instructeurs ukrainiens auraient été acheminés vers le nord du Mali pour appuyer les rebelles séparatistes, affirme le gouvernement de transition malien. D'après un communiqué lu à la télévision nationale, le matériel aurait transité par la Mauritanie avant d'être livré à Kidal.",
      "drones", "weapons-arms", d="Kidal", dc="Kidal", dco="Mali", src="le gouvernement de transition malien", sk="government"),
    C("Des drones et des instructeurs ukrainiens auraient été acheminés vers le nord du Mali pour appuyer les rebelles séparatistes, affirme le gouvernement de transition malien. D'après un communiqué lu à la télévision nationale, le matériel aurait transité par la Mauritanie avant d'être livré à Kidal. Les instructeurs, eux, seraient arrivés d'Algérie en passant par Tinzaouaten, selon la même source.",
      "instructeurs ukrainiens", "ukraine", o="Algérie", oc="Algeria", oco="Algeria", d="Mali", dc="Mali", dco="Mali",
      src="le gouvernement de transition malien", sk="government"),
], sources=[("le gouvernement de transition malien", "government"), ("un communiqué lu à la télévision nationale", "government"),
            ("la même source", "government"), ("Kiev", "government"), ("Le porte-parole du renseignement militaire ukrainien", "agency")],
frames=[F("support", "Kiev", "les rebelles séparatistes", "appuyer", "le gouvernement de transition malien", "reported",
          "Des drones et des instructeurs ukrainiens auraient été acheminés vers le nord du Mali pour appuyer les rebelles séparatistes, affirme le gouvernement de transition malien."),
        F("accusation", "le gouvernement de transition malien", "Kiev", "affirme", "le gouvernement de transition malien", "reported",
          "Des drones et des instructeurs ukrainiens auraient été acheminés vers le nord du Mali pour appuyer les rebelles séparatistes, affirme le gouvernement de transition malien."),
        F("support", "renseignement militaire ukrainien", "les rebelles", "reçu", "Le porte-parole du renseignement militaire ukrainien", "reported",
          "Le porte-parole du renseignement militaire ukrainien avait pourtant laissé entendre fin juillet que les rebelles avaient reçu « les informations nécessaires ».")]))

ARTICLES.append(dict(id="fr-d03", date="2018-05-21", kind="push", text="""
Syrie : les États-Unis transfèrent des terroristes de Daech vers al-Tanf, selon SANA

Les forces américaines ont transféré une quarantaine de terroristes de Daech de la prison de Hasakah vers leur base d'al-Tanf, a rapporté l'agence officielle syrienne SANA, citant des sources locales. Selon l'agence, l'opération s'est déroulée dimanche à bord de deux hélicoptères.

Ces hommes devraient être formés sur place avant d'être envoyés combattre l'armée syrienne dans la Badiya, a ajouté SANA.

En janvier, le transfert d'une trentaine de détenus de la prison de Qamichli vers al-Tanf avait déjà été signalé par la même agence. Washington n'a pas commenté.
""", claims=[
    C("Les forces américaines ont transféré une quarantaine de terroristes de Daech de la prison de Hasakah vers leur base d'al-Tanf, a rapporté l'agence officielle syrienne SANA, citant des sources locales. Selon l'agence, l'opération s'est déroulée dimanche à bord de deux hélicoptères.",
      "terroristes de Daech", "islamic-state", agent="Les forces américaines", ac="united-states", ct="une quarantaine", n=40,
      o="Hasakah", oc="Hasakah", oco="Syria", d="al-Tanf", dc="Al-Tanf", dco="Syria", means="helicopter", time="dimanche",
      src="l'agence officielle syrienne SANA", sk="media"),
    C("Ces hommes devraient être formés sur place avant d'être envoyés combattre l'armée syrienne dans la Badiya, a ajouté SANA.",
      "Ces hommes", "islamic-state", o="al-Tanf", oc="Al-Tanf", oco="Syria", d="la Badiya", dc="Badia", dco="Syria", src="SANA", sk="media",
      mod="hypothetical"),
    C("En janvier, le transfert d'une trentaine de détenus de la prison de Qamichli vers al-Tanf avait déjà été signalé par la même agence.",
      "détenus", "detainees", ct="une trentaine", n=30, o="Qamichli", oc="Qamishli", oco="Syria", d="al-Tanf", dc="Al-Tanf", dco="Syria",
      time="En janvier", src="la même agence", sk="media"),
], sources=[("l'agence officielle syrienne SANA", "media"), ("des sources locales", "anonymous"), ("l'agence", "media"), ("SANA", "media"),
            ("la même agence", "media")],
frames=[F("support", "Les forces américaines", "Ces hommes", "formés", "SANA", "hypothetical",
          "Ces hommes devraient être formés sur place avant d'être envoyés combattre l'armée syrienne dans la Badiya, a ajouté SANA.")]))

ARTICLES.append(dict(id="fr-d04", date="2022-10-20", kind="neutral", text="""
La France rapatrie 15 femmes et 40 enfants des camps syriens

La France a rapatrié jeudi 15 femmes et 40 enfants qui se trouvaient dans des camps de prisonniers jihadistes du nord-est de la Syrie, a annoncé le ministère des Affaires étrangères. Ils ont été ramenés par avion depuis Erbil, dans le Kurdistan irakien, jusqu'à la base aérienne de Villacoublay.

Les femmes ont été remises aux autorités judiciaires, a précisé le parquet national antiterroriste (PNAT). Les mineurs ont été pris en charge par les services de l'aide sociale à l'enfance.

Il s'agit de la deuxième opération de ce type depuis l'été. Quelque 100 enfants français se trouveraient encore dans les camps de Roj et d'al-Hol, selon des ONG.
""", claims=[
    C("La France a rapatrié jeudi 15 femmes et 40 enfants qui se trouvaient dans des camps de prisonniers jihadistes du nord-est de la Syrie, a annoncé le ministère des Affaires étrangères.",
      "15 femmes et 40 enfants", "civilians", agent="La France", ac="france", ct="15 femmes et 40 enfants", n=55, o="Syrie", oc="Syria",
      oco="Syria", time="jeudi", src="le ministère des Affaires étrangères", sk="government"),
    C("Ils ont été ramenés par avion depuis Erbil, dans le Kurdistan irakien, jusqu'à la base aérienne de Villacoublay.",
      "15 femmes et 40 enfants", "civilians", o="Erbil", oc="Erbil", oco="Iraq", d="la base aérienne de Villacoublay", dc="Villacoublay",
      dco="France", means="aircraft", src="le ministère des Affaires étrangères", sk="government"),
], sources=[("le ministère des Affaires étrangères", "government"), ("le parquet national antiterroriste (PNAT)", "government"),
            ("des ONG", "media")]))

ARTICLES.append(dict(id="fr-d05", date="2023-03-14", kind="negated", text="""
Non, cette vidéo ne montre pas l'armée française transportant des jihadistes au Mali

Une vidéo partagée sur TikTok prétend montrer des soldats français débarquant des jihadistes d'un avion militaire à Gao, au Mali, après les avoir amenés de Libye. C'est faux.

Les images ont été tournées en 2020 à Niamey, au Niger, et montrent des militaires nigériens rentrant d'une formation au Tchad. L'armée nigérienne, que nous avons contactée, a confirmé l'origine de la vidéo.

Ce n'est pas la première fois que ce récit circule : en 2022, plusieurs comptes prorusses affirmaient déjà que la France transférait des terroristes de Ménaka vers le Burkina Faso. L'état-major français avait alors démenti.
""", claims=[
    C("Une vidéo partagée sur TikTok prétend montrer des soldats français débarquant des jihadistes d'un avion militaire à Gao, au Mali, après les avoir amenés de Libye. C'est faux.",
      "des jihadistes", "militants-terrorists", agent="des soldats français", ac="france", o="Libye", oc="Libya", oco="Libya", d="Gao", dc="Gao",
      dco="Mali", means="aircraft", mod="denied"),
    C("Les images ont été tournées en 2020 à Niamey, au Niger, et montrent des militaires nigériens rentrant d'une formation au Tchad.",
      "des militaires nigériens", "niger", o="Tchad", oc="Chad", oco="Chad", d="Niamey", dc="Niamey", dco="Niger", time="en 2020", mod="asserted"),
    C("Ce n'est pas la première fois que ce récit circule : en 2022, plusieurs comptes prorusses affirmaient déjà que la France transférait des terroristes de Ménaka vers le Burkina Faso. L'état-major français avait alors démenti.",
      "des terroristes", "militants-terrorists", agent="la France", ac="france", o="Ménaka", oc="Menaka", oco="Mali", d="Burkina Faso",
      dc="Burkina Faso", dco="Burkina Faso", time="en 2022", src="L'état-major français", sk="government", mod="denied"),
], sources=[("Une vidéo partagée sur TikTok", "media"), ("L'armée nigérienne", "government"), ("plusieurs comptes prorusses", "media"),
            ("L'état-major français", "government")]))
