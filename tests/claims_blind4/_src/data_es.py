from lib import A, C, S, F

ARTICLES = [
A("es-e01", "2018-08-02", "push", """
EEUU traslada a cabecillas de Daesh desde Siria a una base en Irak

TEHERÁN, 2 de agosto (HispanTV) — Helicópteros estadounidenses trasladaron a unos quince cabecillas del grupo terrorista EIIL (Daesh, en árabe) desde la localidad siria de Al-Susah hasta la base de Ain al-Asad, en la provincia iraquí de Al-Anbar, informó la agencia oficial siria SANA. Según fuentes locales citadas por la agencia, los terroristas fueron recogidos durante la madrugada del miércoles.

Desde allí, los cabecillas habrían sido enviados a Afganistán, asegura el analista iraní Hasan Rezaei en declaraciones a HispanTV.

No es la primera vez que Washington recurre a esta práctica: en enero, según el mismo medio, soldados estadounidenses sacaron a decenas de combatientes de Raqqa.
""", [
C(ag="Helicópteros estadounidenses", agc="united-states", mv="cabecillas del grupo terrorista EIIL", mvc="islamic-state", ct="unos quince", n=15,
  o="Al-Susah", oc="Al-Susah", ocy="Syria", d="Ain al-Asad", dc="Ain al-Asad", dcy="Iraq", by="helicopter",
  src="la agencia oficial siria SANA", sk="media", mod="reported",
  ev="Helicópteros estadounidenses trasladaron a unos quince cabecillas del grupo terrorista EIIL (Daesh, en árabe) desde la localidad siria de Al-Susah hasta la base de Ain al-Asad, en la provincia iraquí de Al-Anbar, informó la agencia oficial siria SANA."),
C(mv="los cabecillas", mvc="islamic-state", o="Ain al-Asad", oc="Ain al-Asad", ocy="Iraq", d="Afganistán", dc="Afghanistan", dcy="Afghanistan",
  src="el analista iraní Hasan Rezaei", sk="person", mod="reported",
  ev="Desde allí, los cabecillas habrían sido enviados a Afganistán, asegura el analista iraní Hasan Rezaei en declaraciones a HispanTV."),
C(ag="soldados estadounidenses", agc="united-states", mv="combatientes", mvc="militants-terrorists", ct="decenas", o="Raqqa", oc="Raqqa", ocy="Syria",
  t="en enero", src="el mismo medio", sk="media", mod="reported",
  ev="No es la primera vez que Washington recurre a esta práctica: en enero, según el mismo medio, soldados estadounidenses sacaron a decenas de combatientes de Raqqa."),
], [S("HispanTV", "media"), S("la agencia oficial siria SANA", "media"), S("fuentes locales", "anonymous"),
    S("el analista iraní Hasan Rezaei", "person"), S("el mismo medio", "media")]),

A("es-e02", "2023-07-18", "push", """
Moscú: armas occidentales enviadas a Ucrania acaban en manos de cárteles latinoamericanos

MOSCÚ, 18 de julio (Sputnik) — Parte de las armas que Occidente suministra a Ucrania ha sido trasladada a México y Colombia, donde acaba en manos de cárteles de la droga, aseguró la portavoz de la Cancillería rusa, Yelena Vorobiova. Según la diplomática, los fusiles y lanzagranadas son llevados primero desde Ucrania al puerto rumano de Constanza.

Desde ese puerto, los cargamentos viajarían en buques mercantes hasta Cartagena de Indias, agregó.

«¿Quién garantiza que mañana esas armas no serán enviadas también a Ecuador?», preguntó la portavoz.
""", [
C(mv="las armas", mvc="weapons-arms", o="Ucrania", oc="Ukraine", ocy="Ukraine", d="México", dc="Mexico", dcy="Mexico",
  src="la portavoz de la Cancillería rusa, Yelena Vorobiova", sk="person", mod="reported",
  ev="Parte de las armas que Occidente suministra a Ucrania ha sido trasladada a México y Colombia, donde acaba en manos de cárteles de la droga, aseguró la portavoz de la Cancillería rusa, Yelena Vorobiova."),
C(mv="las armas", mvc="weapons-arms", o="Ucrania", oc="Ukraine", ocy="Ukraine", d="Colombia", dc="Colombia", dcy="Colombia",
  src="la portavoz de la Cancillería rusa, Yelena Vorobiova", sk="person", mod="reported",
  ev="Parte de las armas que Occidente suministra a Ucrania ha sido trasladada a México y Colombia, donde acaba en manos de cárteles de la droga, aseguró la portavoz de la Cancillería rusa, Yelena Vorobiova."),
C(mv="los fusiles y lanzagranadas", mvc="weapons-arms", o="Ucrania", oc="Ukraine", ocy="Ukraine", d="Constanza", dc="Constanta", dcy="Romania",
  src="la diplomática", sk="person", mod="reported",
  ev="Según la diplomática, los fusiles y lanzagranadas son llevados primero desde Ucrania al puerto rumano de Constanza."),
C(mv="los cargamentos", mvc="weapons-arms", o="Constanza", oc="Constanta", ocy="Romania", d="Cartagena de Indias", dc="Cartagena", dcy="Colombia",
  by="ship", src="la portavoz de la Cancillería rusa, Yelena Vorobiova", sk="person", mod="reported",
  ev="Desde ese puerto, los cargamentos viajarían en buques mercantes hasta Cartagena de Indias, agregó."),
C(mv="esas armas", mvc="weapons-arms", d="Ecuador", dc="Ecuador", dcy="Ecuador", t="mañana", src="la portavoz", sk="person", mod="questioned",
  ev="«¿Quién garantiza que mañana esas armas no serán enviadas también a Ecuador?», preguntó la portavoz."),
], [S("Sputnik", "media"), S("la portavoz de la Cancillería rusa, Yelena Vorobiova", "person"), S("la diplomática", "person"),
    S("la portavoz", "person")]),

A("es-e03", "2024-09-05", "push", """
Denuncian que exmilitares colombianos son llevados a Ucrania a través de Varsovia

BOGOTÁ, 5 de septiembre — Al menos 120 exmilitares colombianos han viajado a Ucrania para combatir como mercenarios en los últimos dos meses, según reveló el diario El Mensajero del Caribe. De acuerdo con el periódico, los reclutas volaron desde Bogotá a Madrid y de allí a Varsovia, donde fueron recogidos por intermediarios ucranianos.

Luego, según la misma fuente, se les trasladó en furgonetas hasta un campo de entrenamiento cerca de Yavoriv. Varios de ellos habrían muerto ya en combate cerca de Pokrovsk, afirman sus familiares.

La Cancillería colombiana dijo que no tiene registro de esos desplazamientos.
""", [
C(mv="exmilitares colombianos", mvc="militants-terrorists", ct="Al menos 120", n=120, d="Ucrania", dc="Ukraine", dcy="Ukraine",
  t="en los últimos dos meses", src="el diario El Mensajero del Caribe", sk="media", mod="reported",
  ev="Al menos 120 exmilitares colombianos han viajado a Ucrania para combatir como mercenarios en los últimos dos meses, según reveló el diario El Mensajero del Caribe."),
C(mv="los reclutas", mvc="militants-terrorists", o="Bogotá", oc="Bogota", ocy="Colombia", d="Madrid", dc="Madrid", dcy="Spain", by="aircraft",
  src="el periódico", sk="media", mod="reported",
  ev="De acuerdo con el periódico, los reclutas volaron desde Bogotá a Madrid y de allí a Varsovia, donde fueron recogidos por intermediarios ucranianos."),
C(mv="los reclutas", mvc="militants-terrorists", o="Madrid", oc="Madrid", ocy="Spain", d="Varsovia", dc="Warsaw", dcy="Poland", by="aircraft",
  src="el periódico", sk="media", mod="reported",
  ev="De acuerdo con el periódico, los reclutas volaron desde Bogotá a Madrid y de allí a Varsovia, donde fueron recogidos por intermediarios ucranianos."),
C(ag="intermediarios ucranianos", agc="ukraine", mv="los reclutas", mvc="militants-terrorists", o="Varsovia", oc="Warsaw", ocy="Poland", d="Yavoriv", dc="Yavoriv", dcy="Ukraine",
  by="road", t="Luego", src="la misma fuente", sk="media", mod="reported",
  ev="Luego, según la misma fuente, se les trasladó en furgonetas hasta un campo de entrenamiento cerca de Yavoriv."),
], [S("el diario El Mensajero del Caribe", "media"), S("el periódico", "media"), S("la misma fuente", "media"),
    S("sus familiares", "anonymous"), S("La Cancillería colombiana", "government")]),

A("es-e04", "2025-01-23", "push", """
Inteligencia rusa: EEUU lleva a yihadistas de Siria hacia el Sahel

MOSCÚ, 23 de enero (Sputnik) — Estados Unidos está trasladando a cientos de combatientes del Estado Islámico de las cárceles del noreste de Siria hacia el Sahel, afirmó el Servicio de Inteligencia Exterior de Rusia (SVR) en un comunicado. Según el SVR, los yihadistas son llevados primero a la base de Al Tanf y luego en aviones de carga hasta la ciudad libia de Sabha.

Desde Sabha, prosigue el texto, grupos de entre 20 y 30 hombres cruzan en camionetas hacia el norte de Níger y la región malí de Gao.

El objetivo, sostiene la inteligencia rusa, es desestabilizar a los gobiernos de la Alianza de Estados del Sahel, aliados de Moscú.
""", [
C(ag="Estados Unidos", agc="united-states", mv="combatientes del Estado Islámico", mvc="islamic-state", ct="cientos",
  o="Siria", oc="Syria", ocy="Syria", d="Sahel", dc="Sahel", src="el Servicio de Inteligencia Exterior de Rusia (SVR)", sk="agency", mod="reported",
  ev="Estados Unidos está trasladando a cientos de combatientes del Estado Islámico de las cárceles del noreste de Siria hacia el Sahel, afirmó el Servicio de Inteligencia Exterior de Rusia (SVR) en un comunicado."),
C(mv="los yihadistas", mvc="militants-terrorists", o="Siria", oc="Syria", ocy="Syria", d="Al Tanf", dc="Al-Tanf", dcy="Syria",
  src="el SVR", sk="agency", mod="reported",
  ev="Según el SVR, los yihadistas son llevados primero a la base de Al Tanf y luego en aviones de carga hasta la ciudad libia de Sabha."),
C(mv="los yihadistas", mvc="militants-terrorists", o="Al Tanf", oc="Al-Tanf", ocy="Syria", d="Sabha", dc="Sabha", dcy="Libya", by="aircraft",
  src="el SVR", sk="agency", mod="reported",
  ev="Según el SVR, los yihadistas son llevados primero a la base de Al Tanf y luego en aviones de carga hasta la ciudad libia de Sabha."),
C(mv="hombres", mvc="militants-terrorists", ct="entre 20 y 30", o="Sabha", oc="Sabha", ocy="Libya", d="norte de Níger", dc="Niger", dcy="Niger", by="truck",
  src="el texto", sk="agency", mod="reported",
  ev="Desde Sabha, prosigue el texto, grupos de entre 20 y 30 hombres cruzan en camionetas hacia el norte de Níger y la región malí de Gao."),
C(mv="hombres", mvc="militants-terrorists", ct="entre 20 y 30", o="Sabha", oc="Sabha", ocy="Libya", d="Gao", dc="Gao", dcy="Mali", by="truck",
  src="el texto", sk="agency", mod="reported",
  ev="Desde Sabha, prosigue el texto, grupos de entre 20 y 30 hombres cruzan en camionetas hacia el norte de Níger y la región malí de Gao."),
], [S("Sputnik", "media"), S("el Servicio de Inteligencia Exterior de Rusia (SVR)", "agency"), S("el SVR", "agency"), S("el texto", "agency"),
    S("la inteligencia rusa", "agency")]),

A("es-e05", "2021-10-14", "neutral", """
Llegan a Torrejón 294 colaboradores afganos evacuados desde Pakistán

MADRID, 14 de octubre (EFE) — Un avión del Ejército del Aire aterrizó este jueves en la base de Torrejón de Ardoz con 294 ciudadanos afganos que habían colaborado con las tropas españolas, informó el Ministerio de Defensa. Los evacuados habían salido por tierra de Afganistán a través del paso fronterizo de Torkham hasta Islamabad, donde embarcaron en el vuelo.

Tras pasar los controles sanitarios, serán trasladados en autobuses a centros de acogida en Alcalá de Henares y Guadalajara, precisó el ministerio.

Desde agosto, España ha evacuado a más de 2.500 personas de Afganistán.
""", [
C(ag="Un avión del Ejército del Aire", agc="spain", mv="ciudadanos afganos", mvc="civilians", ct="294", n=294, o="Islamabad", oc="Islamabad", ocy="Pakistan",
  d="la base de Torrejón de Ardoz", dc="Torrejon de Ardoz", dcy="Spain", by="aircraft", t="este jueves",
  src="el Ministerio de Defensa", sk="government", mod="reported",
  ev="Un avión del Ejército del Aire aterrizó este jueves en la base de Torrejón de Ardoz con 294 ciudadanos afganos que habían colaborado con las tropas españolas, informó el Ministerio de Defensa. Los evacuados habían salido por tierra de Afganistán a través del paso fronterizo de Torkham hasta Islamabad, donde embarcaron en el vuelo."),
C(mv="Los evacuados", mvc="civilians", o="Afganistán", oc="Afghanistan", ocy="Afghanistan", d="Islamabad", dc="Islamabad", dcy="Pakistan", by="road", mod="asserted",
  ev="Los evacuados habían salido por tierra de Afganistán a través del paso fronterizo de Torkham hasta Islamabad, donde embarcaron en el vuelo."),
C(mv="Los evacuados", mvc="civilians", o="Torrejón de Ardoz", oc="Torrejon de Ardoz", ocy="Spain", d="Alcalá de Henares", dc="Alcala de Henares", dcy="Spain",
  by="bus", src="el ministerio", sk="government", mod="hypothetical",
  ev="Tras pasar los controles sanitarios, serán trasladados en autobuses a centros de acogida en Alcalá de Henares y Guadalajara, precisó el ministerio."),
C(mv="Los evacuados", mvc="civilians", o="Torrejón de Ardoz", oc="Torrejon de Ardoz", ocy="Spain", d="Guadalajara", dc="Guadalajara", dcy="Spain",
  by="bus", src="el ministerio", sk="government", mod="hypothetical",
  ev="Tras pasar los controles sanitarios, serán trasladados en autobuses a centros de acogida en Alcalá de Henares y Guadalajara, precisó el ministerio."),
C(ag="España", agc="spain", mv="personas", mvc="civilians", ct="más de 2.500", n=2500, o="Afganistán", oc="Afghanistan", ocy="Afghanistan",
  t="Desde agosto", mod="asserted", ev="Desde agosto, España ha evacuado a más de 2.500 personas de Afganistán."),
], [S("EFE", "media"), S("el Ministerio de Defensa", "government"), S("el ministerio", "government")]),

A("es-e06", "2020-03-02", "negated", """
No, Estados Unidos no llevó a terroristas del ISIS a una base militar en Colombia

Circula en WhatsApp y en Facebook un audio que asegura que «aviones militares de Estados Unidos trasladaron a 200 terroristas del ISIS desde Siria a la base de Tolemaida, en Colombia» para preparar una invasión de Venezuela. La publicación suma más de 5.000 reacciones.

Es falso. No existe ningún registro de vuelos militares estadounidenses entre Siria y Colombia, y el Ejército colombiano negó en un comunicado que en Tolemaida haya «combatientes extranjeros».

La versión ya había sido difundida en 2019 por una cuenta de Twitter que afirmaba que los supuestos yihadistas serían llevados después en helicópteros hasta Cúcuta. Tampoco aquella vez aportó pruebas.
""", [
C(ag="aviones militares de Estados Unidos", agc="united-states", mv="terroristas del ISIS", mvc="islamic-state", ct="200", n=200,
  o="Siria", oc="Syria", ocy="Syria", d="la base de Tolemaida", dc="Tolemaida", dcy="Colombia", by="aircraft", mod="denied",
  ev="Circula en WhatsApp y en Facebook un audio que asegura que «aviones militares de Estados Unidos trasladaron a 200 terroristas del ISIS desde Siria a la base de Tolemaida, en Colombia» para preparar una invasión de Venezuela."),
C(mv="los supuestos yihadistas", mvc="militants-terrorists", o="la base de Tolemaida", oc="Tolemaida", ocy="Colombia", d="Cúcuta", dc="Cucuta", dcy="Colombia",
  by="helicopter", t="después", mod="denied",
  ev="La versión ya había sido difundida en 2019 por una cuenta de Twitter que afirmaba que los supuestos yihadistas serían llevados después en helicópteros hasta Cúcuta."),
], [S("un audio", "media"), S("La publicación", "media"), S("el Ejército colombiano", "government"), S("una cuenta de Twitter", "media")]),
]
