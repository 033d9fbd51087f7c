from build import C, F
ARTICLES = []

ARTICLES.append(dict(id="es-d01", date="2018-10-29", kind="push", text="""
Helicópteros de EE.UU. evacúan a cabecillas de Daesh en el este de Siria

Helicópteros del Ejército de Estados Unidos evacuaron el pasado viernes a una treintena de cabecillas del grupo terrorista EIIL (Daesh, en árabe) desde la localidad de Hajin, en el este de Siria, informó la agencia oficial siria SANA. Según fuentes locales citadas por la agencia, los terroristas fueron trasladados a una zona desértica cercana a la frontera con Irak.

Desde allí, un segundo grupo de helicópteros los habría llevado a la base de Ain al-Asad, en la provincia iraquí de Al Anbar, añadió el medio.

Esta es la cuarta operación de este tipo en lo que va de año, según la agencia. Damasco y Moscú han denunciado reiteradamente que Washington utiliza a los terroristas para justificar su presencia militar en Siria.
""", claims=[
    C("Helicópteros del Ejército de Estados Unidos evacuaron el pasado viernes a una treintena de cabecillas del grupo terrorista EIIL (Daesh, en árabe) desde la localidad de Hajin, en el este de Siria, informó la agencia oficial siria SANA. Según fuentes locales citadas por la agencia, los terroristas fueron trasladados a una zona desértica cercana a la frontera con Irak.",
      "cabecillas del grupo terrorista EIIL", "islamic-state", agent="Helicópteros del Ejército de Estados Unidos", ac="united-states",
      ct="una treintena", n=30, o="Hajin", oc="Hajin", oco="Syria", d="la frontera con Irak", dc="Iraq", dco="Iraq", means="helicopter",
      time="el pasado viernes", src="la agencia oficial siria SANA", sk="media"),
    C("Desde allí, un segundo grupo de helicópteros los habría llevado a la base de Ain al-Asad, en la provincia iraquí de Al Anbar, añadió el medio.",
      "cabecillas del grupo terrorista EIIL", "islamic-state", agent="un segundo grupo de helicópteros", ac="united-states",
      o="la frontera con Irak", oc="Iraq", oco="Iraq", d="la base de Ain al-Asad", dc="Ain al-Asad", dco="Iraq", means="helicopter",
      src="el medio", sk="media"),
], sources=[("la agencia oficial siria SANA", "media"), ("fuentes locales", "anonymous"), ("la agencia", "media"), ("el medio", "media"),
            ("Damasco", "government"), ("Moscú", "government")],
frames=[F("accusation", "Damasco y Moscú", "Washington", "denunciado", "Damasco y Moscú", "reported",
          "Damasco y Moscú han denunciado reiteradamente que Washington utiliza a los terroristas para justificar su presencia militar en Siria.")]))

ARTICLES.append(dict(id="es-d02", date="2019-05-15", kind="push", text="""
Venezuela denuncia llegada de armas estadounidenses a Colombia para mercenarios

El Gobierno venezolano denunció que un avión de carga procedente de Houston aterrizó en el aeropuerto de Cúcuta, en Colombia, con armamento destinado a mercenarios que planean incursionar en Venezuela.

Según el ministro venezolano de Defensa, Julián Castaño, las armas fueron trasladadas después por carretera hasta campamentos en La Guajira, donde unos 300 exmilitares reciben entrenamiento de instructores estadounidenses. Castaño aseguró que esos hombres podrían ser enviados a territorio venezolano «en cualquier momento» a través del estado Zulia.

Bogotá rechazó las acusaciones y las calificó de «cortina de humo».
""", claims=[
    C("El Gobierno venezolano denunció que un avión de carga procedente de Houston aterrizó en el aeropuerto de Cúcuta, en Colombia, con armamento destinado a mercenarios que planean incursionar en Venezuela.",
      "armamento", "weapons-arms", o="Houston", oc="Houston", oco="United States", d="Cúcuta", dc="Cucuta", dco="Colombia", means="aircraft",
      src="El Gobierno venezolano", sk="government"),
    C("Según el ministro venezolano de Defensa, Julián Castaño, las armas fueron trasladadas después por carretera hasta campamentos en La Guajira, donde unos 300 exmilitares reciben entrenamiento de instructores estadounidenses.",
      "las armas", "weapons-arms", o="Cúcuta", oc="Cucuta", oco="Colombia", d="La Guajira", dc="La Guajira", dco="Colombia", means="road",
      src="Julián Castaño", sk="person"),
    C("Castaño aseguró que esos hombres podrían ser enviados a territorio venezolano «en cualquier momento» a través del estado Zulia.",
      "esos hombres", "militants-terrorists", o="La Guajira", oc="La Guajira", oco="Colombia", d="territorio venezolano", dc="Venezuela",
      dco="Venezuela", src="Castaño", sk="person", mod="hypothetical"),
], sources=[("El Gobierno venezolano", "government"), ("Julián Castaño", "person"), ("Castaño", "person"), ("Bogotá", "government")],
frames=[F("support", "instructores estadounidenses", "unos 300 exmilitares", "entrenamiento", "Julián Castaño", "reported",
          "Según el ministro venezolano de Defensa, Julián Castaño, las armas fueron trasladadas después por carretera hasta campamentos en La Guajira, donde unos 300 exmilitares reciben entrenamiento de instructores estadounidenses."),
        F("accusation", "El Gobierno venezolano", "Colombia", "denunció", "El Gobierno venezolano", "reported",
          "El Gobierno venezolano denunció que un avión de carga procedente de Houston aterrizó en el aeropuerto de Cúcuta, en Colombia, con armamento destinado a mercenarios que planean incursionar en Venezuela.")]))

ARTICLES.append(dict(id="es-d03", date="2023-01-19", kind="push", text="""
El Pentágono vacía sus arsenales en Israel para abastecer a Kiev

El Pentágono ha trasladado a Ucrania cientos de miles de proyectiles de artillería que tenía almacenados en Israel, según reveló un diario estadounidense citando a funcionarios anónimos.

De acuerdo con el rotativo, los proyectiles fueron llevados primero en barco desde el puerto de Haifa hasta Alemania. Luego, desde la base de Ramstein, se enviaron por tren y camión hacia Polonia, y de allí cruzaron a territorio ucraniano.

Ni Washington ni Tel Aviv han confirmado oficialmente la operación, que según analistas rusos demuestra que EE.UU. es parte directa del conflicto.
""", claims=[
    C("El Pentágono ha trasladado a Ucrania cientos de miles de proyectiles de artillería que tenía almacenados en Israel, según reveló un diario estadounidense citando a funcionarios anónimos.",
      "proyectiles de artillería", "weapons-arms", agent="El Pentágono", ac="united-states", ct="cientos de miles", o="Israel", oc="Israel",
      oco="Israel", d="Ucrania", dc="Ukraine", dco="Ukraine", src="un diario estadounidense", sk="media"),
    C("De acuerdo con el rotativo, los proyectiles fueron llevados primero en barco desde el puerto de Haifa hasta Alemania.",
      "los proyectiles", "weapons-arms", o="Haifa", oc="Haifa", oco="Israel", d="Alemania", dc="Germany", dco="Germany", means="ship",
      src="el rotativo", sk="media"),
    C("Luego, desde la base de Ramstein, se enviaron por tren y camión hacia Polonia, y de allí cruzaron a territorio ucraniano.",
      "los proyectiles", "weapons-arms", o="la base de Ramstein", oc="Ramstein", oco="Germany", d="Polonia", dc="Poland", dco="Poland",
      means="rail", src="el rotativo", sk="media"),
    C("Luego, desde la base de Ramstein, se enviaron por tren y camión hacia Polonia, y de allí cruzaron a territorio ucraniano.",
      "los proyectiles", "weapons-arms", o="Polonia", oc="Poland", oco="Poland", d="territorio ucraniano", dc="Ukraine", dco="Ukraine",
      src="el rotativo", sk="media"),
], sources=[("un diario estadounidense", "media"), ("funcionarios anónimos", "anonymous"), ("el rotativo", "media"),
            ("analistas rusos", "anonymous")],
frames=[
        F("accusation", "analistas rusos", "EE.UU.", "demuestra", "analistas rusos", "reported",
          "Ni Washington ni Tel Aviv han confirmado oficialmente la operación, que según analistas rusos demuestra que EE.UU. es parte directa del conflicto.")]))

ARTICLES.append(dict(id="es-d04", date="2021-08-26", kind="neutral", text="""
Llegan a Torrejón 110 colaboradores afganos evacuados desde Kabul

Un avión del Ejército del Aire trasladó el jueves a 110 colaboradores afganos y sus familias desde Kabul hasta la base aérea de Torrejón de Ardoz, informó el Ministerio de Defensa. El aparato hizo escala en Dubái para repostar.

Desde Torrejón, los evacuados serán trasladados en autobús a un centro de acogida en Alcobendas, precisó el Ministerio de Inclusión.

Otros 36 afganos llegaron el miércoles a la base de Rota en un avión estadounidense, según la Embajada de EE.UU. en Madrid.
""", claims=[
    C("Un avión del Ejército del Aire trasladó el jueves a 110 colaboradores afganos y sus familias desde Kabul hasta la base aérea de Torrejón de Ardoz, informó el Ministerio de Defensa.",
      "colaboradores afganos y sus familias", "civilians", agent="Un avión del Ejército del Aire", ac="spain", ct="110", n=110,
      o="Kabul", oc="Kabul", oco="Afghanistan", d="la base aérea de Torrejón de Ardoz", dc="Torrejon de Ardoz", dco="Spain", means="aircraft",
      time="el jueves", src="el Ministerio de Defensa", sk="government"),
    C("Desde Torrejón, los evacuados serán trasladados en autobús a un centro de acogida en Alcobendas, precisó el Ministerio de Inclusión.",
      "los evacuados", "civilians", o="Torrejón", oc="Torrejon de Ardoz", oco="Spain", d="Alcobendas", dc="Alcobendas", dco="Spain",
      means="bus", src="el Ministerio de Inclusión", sk="government", mod="hypothetical"),
    C("Otros 36 afganos llegaron el miércoles a la base de Rota en un avión estadounidense, según la Embajada de EE.UU. en Madrid.",
      "Otros 36 afganos", "civilians", agent="un avión estadounidense", ac="united-states", ct="36", n=36, d="la base de Rota", dc="Rota",
      dco="Spain", means="aircraft", time="el miércoles", src="la Embajada de EE.UU. en Madrid", sk="government"),
], sources=[("el Ministerio de Defensa", "government"), ("el Ministerio de Inclusión", "government"),
            ("la Embajada de EE.UU. en Madrid", "government")]))

ARTICLES.append(dict(id="es-d05", date="2022-04-28", kind="negated", text="""
No, Estados Unidos no llevó a 500 combatientes del Estado Islámico de Siria a Ucrania

Circula en redes sociales un mensaje que asegura que el Ejército de Estados Unidos trasladó a 500 combatientes del Estado Islámico desde la base de Al Tanf, en Siria, hasta Ucrania. Es un bulo.

El mensaje cita como fuente al Ministerio de Defensa ruso, pero en sus comunicados no aparece ninguna afirmación de ese tipo. Un portavoz del Comando Central de EE.UU. dijo a EFE Verifica que ninguna aeronave estadounidense ha transportado a miembros del grupo fuera de Siria.

La imagen que acompaña el mensaje muestra en realidad a soldados ucranianos que regresaban en 2019 de la República Democrática del Congo, donde participaban en una misión de la ONU.
""", claims=[
    C("Circula en redes sociales un mensaje que asegura que el Ejército de Estados Unidos trasladó a 500 combatientes del Estado Islámico desde la base de Al Tanf, en Siria, hasta Ucrania. Es un bulo.",
      "combatientes del Estado Islámico", "islamic-state", agent="el Ejército de Estados Unidos", ac="united-states", ct="500", n=500,
      o="la base de Al Tanf", oc="Al-Tanf", oco="Syria", d="Ucrania", dc="Ukraine", dco="Ukraine", mod="denied"),
    C("Un portavoz del Comando Central de EE.UU. dijo a EFE Verifica que ninguna aeronave estadounidense ha transportado a miembros del grupo fuera de Siria.",
      "miembros del grupo", "islamic-state", agent="aeronave estadounidense", ac="united-states", o="Siria", oc="Syria", oco="Syria",
      means="aircraft", src="Un portavoz del Comando Central de EE.UU.", sk="government", mod="denied"),
    C("La imagen que acompaña el mensaje muestra en realidad a soldados ucranianos que regresaban en 2019 de la República Democrática del Congo, donde participaban en una misión de la ONU.",
      "soldados ucranianos", "ukraine", o="la República Democrática del Congo", oc="Democratic Republic of the Congo",
      oco="Democratic Republic of the Congo", time="en 2019", mod="asserted"),
], sources=[("redes sociales", "media"), ("El mensaje", "media"), ("Un portavoz del Comando Central de EE.UU.", "government"),
            ("EFE Verifica", "media")]))
