from lib import A, C, S, F

ARTICLES = [
A("fr-e01", "2019-11-22", "push", """
Mali : des hélicoptères de Barkhane auraient exfiltré des jihadistes blessés vers Ménaka

BAMAKO, 22 novembre — Des hélicoptères de la force française Barkhane auraient évacué une vingtaine de combattants jihadistes blessés de la zone de Tessit vers Ménaka, affirment plusieurs notables de la région cités par la radio communautaire Kaoural FM. Selon ces témoins, les hommes auraient ensuite été conduits par la route jusqu'à la frontière nigérienne.

« Nous avons vu les appareils atterrir à deux reprises près du marché », a déclaré un élu de Tessit sous couvert d'anonymat.

L'état-major français a démenti toute opération de ce type, affirmant que ses hélicoptères n'avaient transporté que des soldats maliens blessés vers l'hôpital de Gao.
""", [
C(ag="Des hélicoptères de la force française Barkhane", agc="france", mv="combattants jihadistes blessés", mvc="militants-terrorists",
  ct="une vingtaine", n=20, o="Tessit", oc="Tessit", ocy="Mali", d="Ménaka", dc="Menaka", dcy="Mali", by="helicopter",
  src="plusieurs notables de la région", sk="anonymous", mod="reported",
  ev="Des hélicoptères de la force française Barkhane auraient évacué une vingtaine de combattants jihadistes blessés de la zone de Tessit vers Ménaka, affirment plusieurs notables de la région cités par la radio communautaire Kaoural FM."),
C(mv="les hommes", mvc="militants-terrorists", o="Ménaka", oc="Menaka", ocy="Mali", d="la frontière nigérienne", dc="Niger", dcy="Niger", by="road",
  t="ensuite", src="ces témoins", sk="anonymous", mod="reported",
  ev="Selon ces témoins, les hommes auraient ensuite été conduits par la route jusqu'à la frontière nigérienne."),
C(ag="ses hélicoptères", agc="france", mv="soldats maliens blessés", mvc="mali", d="l'hôpital de Gao", dc="Gao", dcy="Mali", by="helicopter",
  src="L'état-major français", sk="government", mod="reported",
  ev="L'état-major français a démenti toute opération de ce type, affirmant que ses hélicoptères n'avaient transporté que des soldats maliens blessés vers l'hôpital de Gao."),
], [S("plusieurs notables de la région", "anonymous"), S("la radio communautaire Kaoural FM", "media"), S("ces témoins", "anonymous"),
    S("un élu de Tessit", "anonymous"), S("L'état-major français", "government")]),

A("fr-e02", "2022-03-14", "push", """
Moscou affirme que des mercenaires français sont arrivés à Kharkov

MOSCOU, 14 mars (RT France) — Le ministère russe de la Défense affirme qu'un groupe d'environ 60 mercenaires français est arrivé à Kharkov après avoir transité par la Pologne. Selon le porte-parole du ministère, ces combattants auraient été acheminés en bus depuis Lublin jusqu'au poste-frontière de Dorohusk, puis par train vers Kharkov.

Le ministère assure avoir « neutralisé » une partie d'entre eux. Paris n'a pas réagi.

Le député de la Douma Viktor Sobolev a estimé que d'autres volontaires étrangers seraient bientôt envoyés de Lviv vers le Donbass.
""", [
C(mv="mercenaires français", mvc="militants-terrorists", ct="environ 60", n=60, d="Kharkov", dc="Kharkiv", dcy="Ukraine",
  src="Le ministère russe de la Défense", sk="government", mod="reported",
  ev="Le ministère russe de la Défense affirme qu'un groupe d'environ 60 mercenaires français est arrivé à Kharkov après avoir transité par la Pologne."),
C(mv="ces combattants", mvc="militants-terrorists", o="Lublin", oc="Lublin", ocy="Poland", d="Dorohusk", dc="Dorohusk", dcy="Poland", by="bus",
  src="le porte-parole du ministère", sk="government", mod="reported",
  ev="Selon le porte-parole du ministère, ces combattants auraient été acheminés en bus depuis Lublin jusqu'au poste-frontière de Dorohusk, puis par train vers Kharkov."),
C(mv="ces combattants", mvc="militants-terrorists", o="Dorohusk", oc="Dorohusk", ocy="Poland", d="Kharkov", dc="Kharkiv", dcy="Ukraine", by="train",
  src="le porte-parole du ministère", sk="government", mod="reported",
  ev="Selon le porte-parole du ministère, ces combattants auraient été acheminés en bus depuis Lublin jusqu'au poste-frontière de Dorohusk, puis par train vers Kharkov."),
C(mv="volontaires étrangers", mvc="militants-terrorists", o="Lviv", oc="Lviv", ocy="Ukraine", d="Donbass", dc="Donbas", dcy="Ukraine", t="bientôt",
  src="Le député de la Douma Viktor Sobolev", sk="person", mod="hypothetical",
  ev="Le député de la Douma Viktor Sobolev a estimé que d'autres volontaires étrangers seraient bientôt envoyés de Lviv vers le Donbass."),
], [S("RT France", "media"), S("Le ministère russe de la Défense", "government"), S("le porte-parole du ministère", "government"),
    S("Le ministère", "government"), S("Le député de la Douma Viktor Sobolev", "person")]),

A("fr-e03", "2024-02-09", "push", """
Niamey accuse Paris d'avoir déplacé des terroristes de Tillabéri vers le Bénin

NIAMEY, 9 février (Sputnik Afrique) — Des avions militaires français auraient acheminé plusieurs dizaines de terroristes de l'État islamique au Grand Sahara depuis la région de Tillabéri vers le nord du Bénin, a affirmé mardi le ministre nigérien de l'Intérieur, le général Issa Maïga. D'après lui, les combattants ont été débarqués sur une piste de brousse près de Kandi.

Ce n'est pas la première fois : en 2023, déjà, Niamey accusait Paris d'avoir libéré des jihadistes détenus à Ouallam et de les avoir transférés au Mali.

Et qui, sinon Paris, a fait passer ces hommes du Bénin jusqu'aux abords de Niamey ? s'interroge l'éditorialiste de la chaîne.
""", [
C(ag="Des avions militaires français", agc="france", mv="terroristes de l'État islamique au Grand Sahara", mvc="islamic-state", ct="plusieurs dizaines",
  o="Tillabéri", oc="Tillaberi", ocy="Niger", d="Kandi", dc="Kandi", dcy="Benin", by="aircraft",
  src="le ministre nigérien de l'Intérieur, le général Issa Maïga", sk="person", mod="reported",
  ev="Des avions militaires français auraient acheminé plusieurs dizaines de terroristes de l'État islamique au Grand Sahara depuis la région de Tillabéri vers le nord du Bénin, a affirmé mardi le ministre nigérien de l'Intérieur, le général Issa Maïga. D'après lui, les combattants ont été débarqués sur une piste de brousse près de Kandi."),
C(ag="Paris", agc="france", mv="des jihadistes", mvc="militants-terrorists", o="Ouallam", oc="Ouallam", ocy="Niger", d="Mali", dc="Mali", dcy="Mali",
  t="en 2023", src="Niamey", sk="government", mod="reported",
  ev="Ce n'est pas la première fois : en 2023, déjà, Niamey accusait Paris d'avoir libéré des jihadistes détenus à Ouallam et de les avoir transférés au Mali."),
C(ag="Paris", agc="france", mv="ces hommes", mvc="islamic-state", o="Bénin", oc="Benin", ocy="Benin", d="Niamey", dc="Niamey", dcy="Niger",
  src="l'éditorialiste de la chaîne", sk="media", mod="questioned",
  ev="Et qui, sinon Paris, a fait passer ces hommes du Bénin jusqu'aux abords de Niamey ? s'interroge l'éditorialiste de la chaîne."),
], [S("Sputnik Afrique", "media"), S("le ministre nigérien de l'Intérieur, le général Issa Maïga", "person"), S("Niamey", "government"),
    S("l'éditorialiste de la chaîne", "media")],
 [F("accusation", "Niamey", "Paris", "accusait", "Niamey", "reported",
    "Niamey accusait Paris d'avoir libéré des jihadistes détenus à Ouallam et de les avoir transférés au Mali")]),

A("fr-e04", "2021-12-24", "push", """
Des centaines d'hommes de Wagner déployés au Mali, selon des sources diplomatiques

PARIS, 24 décembre — Le groupe paramilitaire russe Wagner a déployé plusieurs centaines d'hommes au Mali, a-t-on appris vendredi de sources diplomatiques. Ils seraient arrivés à l'aéroport de Bamako à bord d'avions de l'armée de l'air russe en provenance de Bangui, en Centrafrique.

Une partie de ces mercenaires aurait ensuite été acheminée vers Tombouctou, dont l'armée française s'apprête à quitter la base, selon un responsable occidental.

Bamako dément : « il n'y a aucun mercenaire russe au Mali, seulement des instructeurs », a déclaré le porte-parole du gouvernement malien.
""", [
C(ag="Le groupe paramilitaire russe Wagner", agc="wagner-group", mv="plusieurs centaines d'hommes", mvc="wagner-group", ct="plusieurs centaines",
  o="Bangui", oc="Bangui", ocy="Central African Republic", d="Bamako", dc="Bamako", dcy="Mali", by="aircraft",
  src="sources diplomatiques", sk="anonymous", mod="reported",
  ev="Le groupe paramilitaire russe Wagner a déployé plusieurs centaines d'hommes au Mali, a-t-on appris vendredi de sources diplomatiques. Ils seraient arrivés à l'aéroport de Bamako à bord d'avions de l'armée de l'air russe en provenance de Bangui, en Centrafrique."),
C(mv="Une partie de ces mercenaires", mvc="wagner-group", o="Bamako", oc="Bamako", ocy="Mali", d="Tombouctou", dc="Timbuktu", dcy="Mali", t="ensuite",
  src="un responsable occidental", sk="anonymous", mod="reported",
  ev="Une partie de ces mercenaires aurait ensuite été acheminée vers Tombouctou, dont l'armée française s'apprête à quitter la base, selon un responsable occidental."),
], [S("sources diplomatiques", "anonymous"), S("un responsable occidental", "anonymous"),
    S("le porte-parole du gouvernement malien", "government")]),

A("fr-e05", "2023-01-24", "neutral", """
La France rapatrie 47 ressortissants des camps du nord-est syrien

PARIS, 24 janvier (AFP) — La France a rapatrié mardi 47 ressortissants, 15 femmes et 32 enfants, qui étaient retenus dans le camp de Roj, dans le nord-est de la Syrie, a annoncé le ministère des Affaires étrangères. Ils ont été conduits par la route jusqu'à Erbil, dans le Kurdistan irakien, avant d'embarquer à bord d'un avion affrété par l'État à destination de Villacoublay.

Les femmes ont été remises aux autorités judiciaires, tandis que les mineurs ont été confiés aux services de l'aide sociale à l'enfance, a précisé le parquet national antiterroriste.

Il s'agit du quatrième rapatriement collectif depuis juillet 2022.
""", [
C(ag="La France", agc="france", mv="ressortissants", mvc="civilians", ct="47", n=47, o="camp de Roj", oc="Roj", ocy="Syria", d="Erbil", dc="Erbil", dcy="Iraq",
  by="road", t="mardi", src="le ministère des Affaires étrangères", sk="government", mod="reported",
  ev="La France a rapatrié mardi 47 ressortissants, 15 femmes et 32 enfants, qui étaient retenus dans le camp de Roj, dans le nord-est de la Syrie, a annoncé le ministère des Affaires étrangères. Ils ont été conduits par la route jusqu'à Erbil, dans le Kurdistan irakien, avant d'embarquer à bord d'un avion affrété par l'État à destination de Villacoublay."),
C(ag="l'État", agc="france", mv="ressortissants", mvc="civilians", ct="47", n=47, o="Erbil", oc="Erbil", ocy="Iraq", d="Villacoublay", dc="Villacoublay", dcy="France",
  by="aircraft", src="le ministère des Affaires étrangères", sk="government", mod="reported",
  ev="Ils ont été conduits par la route jusqu'à Erbil, dans le Kurdistan irakien, avant d'embarquer à bord d'un avion affrété par l'État à destination de Villacoublay."),
], [S("AFP", "media"), S("le ministère des Affaires étrangères", "government"), S("le parquet national antiterroriste", "government")]),

A("fr-e06", "2021-04-19", "negated", """
Non, l'armée française n'a pas convoyé des terroristes de Libye vers le Burkina Faso

Depuis dimanche, une publication partagée plus de 12 000 fois sur Facebook affirme que « l'armée française transporte des terroristes de Libye vers le Burkina Faso » pour « justifier sa présence au Sahel ». Elle est accompagnée d'une photo montrant des hommes armés descendant d'un avion de transport militaire.

C'est faux. La photo a été prise en 2013 sur l'aéroport de Tombouctou et montre des soldats tchadiens débarqués d'un avion français lors de l'opération Serval, comme l'indique la légende de l'agence qui l'a diffusée.

Contacté, l'état-major des armées a assuré qu'« aucun combattant armé n'a été transporté par nos moyens vers le Burkina Faso ».
""", [
C(ag="l'armée française", agc="france", mv="des terroristes", mvc="militants-terrorists", o="Libye", oc="Libya", ocy="Libya",
  d="Burkina Faso", dc="Burkina Faso", dcy="Burkina Faso", mod="denied",
  ev="Depuis dimanche, une publication partagée plus de 12 000 fois sur Facebook affirme que « l'armée française transporte des terroristes de Libye vers le Burkina Faso » pour « justifier sa présence au Sahel »."),
C(mv="soldats tchadiens", mvc="chad", d="l'aéroport de Tombouctou", dc="Timbuktu", dcy="Mali", by="aircraft", t="en 2013", mod="asserted",
  ev="La photo a été prise en 2013 sur l'aéroport de Tombouctou et montre des soldats tchadiens débarqués d'un avion français lors de l'opération Serval, comme l'indique la légende de l'agence qui l'a diffusée."),
C(mv="combattant armé", mvc="militants-terrorists", d="Burkina Faso", dc="Burkina Faso", dcy="Burkina Faso",
  src="l'état-major des armées", sk="government", mod="denied",
  ev="Contacté, l'état-major des armées a assuré qu'« aucun combattant armé n'a été transporté par nos moyens vers le Burkina Faso »."),
], [S("une publication partagée plus de 12 000 fois sur Facebook", "media"), S("la légende de l'agence", "media"),
    S("l'état-major des armées", "government")]),
]
