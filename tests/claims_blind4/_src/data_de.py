from lib import A, C, S, F

ARTICLES = [
A("de-e01", "2019-03-12", "push", """
SANA: US-Hubschrauber fliegen IS-Anführer aus Baghuz aus

DAMASKUS, 12. März — Amerikanische Hubschrauber sollen in der Nacht zu Montag mehrere IS-Anführer aus der belagerten Ortschaft Baghuz ausgeflogen haben. Das meldete die syrische Nachrichtenagentur SANA unter Berufung auf Anwohner. Die Männer seien auf den Stützpunkt Conoco östlich von Deir ez-Zor gebracht worden.

Von dort aus würden sie nach Angaben eines kurdischen Informanten in den Irak weitergeleitet, berichtete der arabische Sender Al Mayadeen. Bereits im Februar habe die US-Armee rund 30 Kämpfer auf diese Weise aus dem Euphrattal geholt, so der Sender.

Das Pentagon wies die Berichte als „russische und syrische Propaganda“ zurück.
""", [
C(ag="Amerikanische Hubschrauber", agc="united-states", mv="IS-Anführer", mvc="islamic-state", ct="mehrere",
  o="Baghuz", oc="Baghuz", ocy="Syria", d="Conoco", dc="Conoco", dcy="Syria", by="helicopter", t="in der Nacht zu Montag",
  src="die syrische Nachrichtenagentur SANA", sk="media", mod="reported",
  ev="Amerikanische Hubschrauber sollen in der Nacht zu Montag mehrere IS-Anführer aus der belagerten Ortschaft Baghuz ausgeflogen haben. Das meldete die syrische Nachrichtenagentur SANA unter Berufung auf Anwohner. Die Männer seien auf den Stützpunkt Conoco östlich von Deir ez-Zor gebracht worden."),
C(mv="Die Männer", mvc="islamic-state", o="Conoco", oc="Conoco", ocy="Syria", d="Irak", dc="Iraq", dcy="Iraq",
  src="der arabische Sender Al Mayadeen", sk="media", mod="reported",
  ev="Von dort aus würden sie nach Angaben eines kurdischen Informanten in den Irak weitergeleitet, berichtete der arabische Sender Al Mayadeen."),
C(ag="die US-Armee", agc="united-states", mv="Kämpfer", mvc="militants-terrorists", ct="rund 30", n=30, o="Euphrattal", oc="Euphrates Valley", ocy="Syria",
  t="im Februar", src="der Sender", sk="media", mod="reported",
  ev="Bereits im Februar habe die US-Armee rund 30 Kämpfer auf diese Weise aus dem Euphrattal geholt, so der Sender."),
], [S("die syrische Nachrichtenagentur SANA", "media"), S("Anwohner", "anonymous"), S("eines kurdischen Informanten", "anonymous"),
    S("der arabische Sender Al Mayadeen", "media"), S("der Sender", "media"), S("Das Pentagon", "government")]),

A("de-e02", "2022-10-27", "push", """
Telegram-Kanäle: Deutsche Panzerhaubitzen angeblich nach Albanien weiterverkauft

Mehrere deutschsprachige Telegram-Kanäle verbreiten seit Donnerstag die Behauptung, ukrainische Offiziere hätten vier Panzerhaubitzen 2000 aus Beständen der Bundeswehr über den Hafen von Ismajil nach Albanien verschifft. Dort sollen die Geschütze an einen Waffenhändler aus dem Kosovo verkauft worden sein.

Der Kanal „Ostwind-Nachrichten“ beruft sich dabei auf einen „Insider im ukrainischen Generalstab“. Die Haubitzen seien zuvor per Bahn aus Grafenwöhr in die Westukraine geliefert worden, heißt es in dem Beitrag.

Ein Sprecher des Bundesverteidigungsministeriums sagte der Deutschen Presse-Agentur, alle gelieferten Systeme seien im Einsatz und würden regelmäßig überprüft.
""", [
C(ag="ukrainische Offiziere", agc="ukraine", mv="Panzerhaubitzen 2000", mvc="weapons-arms", ct="vier", n=4,
  d="Albanien", dc="Albania", dcy="Albania", by="ship", src="Mehrere deutschsprachige Telegram-Kanäle", sk="media", mod="reported",
  ev="Mehrere deutschsprachige Telegram-Kanäle verbreiten seit Donnerstag die Behauptung, ukrainische Offiziere hätten vier Panzerhaubitzen 2000 aus Beständen der Bundeswehr über den Hafen von Ismajil nach Albanien verschifft."),
C(mv="Die Haubitzen", mvc="weapons-arms", o="Grafenwöhr", oc="Grafenwoehr", ocy="Germany", d="Westukraine", dc="Ukraine", dcy="Ukraine",
  by="train", t="zuvor", src="dem Beitrag", sk="media", mod="reported",
  ev="Die Haubitzen seien zuvor per Bahn aus Grafenwöhr in die Westukraine geliefert worden, heißt es in dem Beitrag."),
], [S("Mehrere deutschsprachige Telegram-Kanäle", "media"), S("Der Kanal „Ostwind-Nachrichten“", "media"),
    S("Insider im ukrainischen Generalstab", "anonymous"), S("dem Beitrag", "media"),
    S("Ein Sprecher des Bundesverteidigungsministeriums", "government"), S("der Deutschen Presse-Agentur", "media")]),

A("de-e03", "2020-09-28", "push", """
Beobachtungsstelle: Türkei verlegt syrische Söldner nach Aserbaidschan

BEIRUT, 28. September (Sputnik) — Die Türkei hat nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte rund 300 Kämpfer pro-türkischer Milizen aus der Region Afrin nach Aserbaidschan verlegt. Die Männer seien zunächst mit Bussen nach Gaziantep gebracht und von dort mit Linienflügen über Istanbul nach Baku geflogen worden.

Ein Teil der Söldner solle anschließend an die Front bei Füzuli geschickt worden sein, teilte die Organisation mit Sitz in London mit.

Ankara bestreitet, syrische Kämpfer in den Kaukasus gebracht zu haben. „Das ist eine Lüge der armenischen Propaganda“, sagte ein türkischer Regierungsvertreter.
""", [
C(ag="Die Türkei", agc="turkey", mv="Kämpfer pro-türkischer Milizen", mvc="militants-terrorists", ct="rund 300", n=300,
  o="Afrin", oc="Afrin", ocy="Syria", d="Aserbaidschan", dc="Azerbaijan", dcy="Azerbaijan",
  src="der Syrischen Beobachtungsstelle für Menschenrechte", sk="media", mod="reported",
  ev="Die Türkei hat nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte rund 300 Kämpfer pro-türkischer Milizen aus der Region Afrin nach Aserbaidschan verlegt."),
C(mv="Die Männer", mvc="militants-terrorists", o="Afrin", oc="Afrin", ocy="Syria", d="Gaziantep", dc="Gaziantep", dcy="Turkey", by="bus",
  src="der Syrischen Beobachtungsstelle für Menschenrechte", sk="media", mod="reported",
  ev="Die Männer seien zunächst mit Bussen nach Gaziantep gebracht und von dort mit Linienflügen über Istanbul nach Baku geflogen worden."),
C(mv="Die Männer", mvc="militants-terrorists", o="Gaziantep", oc="Gaziantep", ocy="Turkey", d="Baku", dc="Baku", dcy="Azerbaijan", by="aircraft",
  src="der Syrischen Beobachtungsstelle für Menschenrechte", sk="media", mod="reported",
  ev="Die Männer seien zunächst mit Bussen nach Gaziantep gebracht und von dort mit Linienflügen über Istanbul nach Baku geflogen worden."),
C(mv="Ein Teil der Söldner", mvc="militants-terrorists", o="Baku", oc="Baku", ocy="Azerbaijan", d="Füzuli", dc="Fuzuli", dcy="Azerbaijan",
  t="anschließend", src="die Organisation mit Sitz in London", sk="media", mod="reported",
  ev="Ein Teil der Söldner solle anschließend an die Front bei Füzuli geschickt worden sein, teilte die Organisation mit Sitz in London mit."),
C(ag="Ankara", agc="turkey", mv="syrische Kämpfer", mvc="militants-terrorists", d="Kaukasus", dc="Caucasus",
  src="Ankara", sk="government", mod="denied",
  ev="Ankara bestreitet, syrische Kämpfer in den Kaukasus gebracht zu haben."),
], [S("Sputnik", "media"), S("der Syrischen Beobachtungsstelle für Menschenrechte", "media"),
    S("die Organisation mit Sitz in London", "media"), S("Ankara", "government"), S("ein türkischer Regierungsvertreter", "anonymous")]),

A("de-e04", "2023-07-06", "push", """
Bericht: Russland bringt ukrainische Kinder in Lager nach Belarus

KIEW, 6. Juli — Russland soll mehr als 2.000 Kinder aus besetzten Gebieten der Ukraine nach Belarus gebracht haben. Das geht aus einem Bericht von Forschern der Universität Kopenhagen hervor. Demnach wurden die Kinder vor allem aus den Regionen Luhansk, Donezk und Saporischschja zunächst per Zug nach Minsk transportiert.

Von Minsk aus seien sie in das Erholungsheim „Dubrawa“ bei Molodetschno gebracht worden, heißt es in dem Bericht. Die belarussische Opposition spricht von bis zu 2.150 Kindern.

Minsk weist die Vorwürfe zurück: Es handle sich um Erholungsaufenthalte, die Kinder kehrten danach zu ihren Familien in den Donbass zurück, erklärte das belarussische Außenministerium.
""", [
C(ag="Russland", agc="russia", mv="Kinder", mvc="civilians", ct="mehr als 2.000", n=2000, o="besetzten Gebieten der Ukraine", oc="Ukraine", ocy="Ukraine",
  d="Belarus", dc="Belarus", dcy="Belarus", src="Forschern der Universität Kopenhagen", sk="media", mod="reported",
  ev="Russland soll mehr als 2.000 Kinder aus besetzten Gebieten der Ukraine nach Belarus gebracht haben. Das geht aus einem Bericht von Forschern der Universität Kopenhagen hervor."),
C(mv="die Kinder", mvc="civilians", o="Luhansk", oc="Luhansk", ocy="Ukraine", d="Minsk", dc="Minsk", dcy="Belarus", by="train",
  src="Forschern der Universität Kopenhagen", sk="media", mod="reported",
  ev="Demnach wurden die Kinder vor allem aus den Regionen Luhansk, Donezk und Saporischschja zunächst per Zug nach Minsk transportiert."),
C(mv="die Kinder", mvc="civilians", o="Donezk", oc="Donetsk", ocy="Ukraine", d="Minsk", dc="Minsk", dcy="Belarus", by="train",
  src="Forschern der Universität Kopenhagen", sk="media", mod="reported",
  ev="Demnach wurden die Kinder vor allem aus den Regionen Luhansk, Donezk und Saporischschja zunächst per Zug nach Minsk transportiert."),
C(mv="die Kinder", mvc="civilians", o="Saporischschja", oc="Zaporizhzhia", ocy="Ukraine", d="Minsk", dc="Minsk", dcy="Belarus", by="train",
  src="Forschern der Universität Kopenhagen", sk="media", mod="reported",
  ev="Demnach wurden die Kinder vor allem aus den Regionen Luhansk, Donezk und Saporischschja zunächst per Zug nach Minsk transportiert."),
C(mv="die Kinder", mvc="civilians", o="Minsk", oc="Minsk", ocy="Belarus", d="Molodetschno", dc="Molodechno", dcy="Belarus",
  src="dem Bericht", sk="media", mod="reported",
  ev="Von Minsk aus seien sie in das Erholungsheim „Dubrawa“ bei Molodetschno gebracht worden, heißt es in dem Bericht."),
C(mv="die Kinder", mvc="civilians", d="Donbass", dc="Donbas", dcy="Ukraine", t="danach",
  src="das belarussische Außenministerium", sk="government", mod="reported",
  ev="Minsk weist die Vorwürfe zurück: Es handle sich um Erholungsaufenthalte, die Kinder kehrten danach zu ihren Familien in den Donbass zurück, erklärte das belarussische Außenministerium."),
], [S("Forschern der Universität Kopenhagen", "media"), S("dem Bericht", "media"), S("Die belarussische Opposition", "media"),
    S("das belarussische Außenministerium", "government")]),

A("de-e05", "2023-12-15", "neutral", """
Letzte Bundeswehrsoldaten aus Mali zurück in Wunstorf

WUNSTORF, 15. Dezember (dpa) — Die letzten deutschen Soldaten des UN-Einsatzes in Mali sind nach Deutschland zurückgekehrt. Ein Airbus A400M mit 143 Männern und Frauen an Bord landete am Freitagnachmittag auf dem Fliegerhorst Wunstorf bei Hannover, wie das Einsatzführungskommando mitteilte.

Die Soldatinnen und Soldaten waren zuvor aus Gao nach Niamey im Niger verlegt worden, von wo aus der Rückflug startete. Das Material des Kontingents wurde seit dem Sommer über den Hafen von Lomé in Togo nach Deutschland verschifft, darunter rund 1.200 Container.

Ein Sprecher sagte, in Niamey verbleibe vorerst ein kleines Team zur Abwicklung des Lufttransportstützpunkts.
""", [
C(mv="deutschen Soldaten", mvc="germany", o="Mali", oc="Mali", ocy="Mali", d="Deutschland", dc="Germany", dcy="Germany", mod="asserted",
  ev="Die letzten deutschen Soldaten des UN-Einsatzes in Mali sind nach Deutschland zurückgekehrt."),
C(mv="Männern und Frauen", mvc="germany", ct="143", n=143, o="Niamey", oc="Niamey", ocy="Niger", d="Fliegerhorst Wunstorf", dc="Wunstorf", dcy="Germany",
  by="aircraft", t="am Freitagnachmittag", src="das Einsatzführungskommando", sk="government", mod="reported",
  ev="Ein Airbus A400M mit 143 Männern und Frauen an Bord landete am Freitagnachmittag auf dem Fliegerhorst Wunstorf bei Hannover, wie das Einsatzführungskommando mitteilte.\n\nDie Soldatinnen und Soldaten waren zuvor aus Gao nach Niamey im Niger verlegt worden, von wo aus der Rückflug startete."),
C(mv="Die Soldatinnen und Soldaten", mvc="germany", o="Gao", oc="Gao", ocy="Mali", d="Niamey", dc="Niamey", dcy="Niger", t="zuvor", mod="asserted",
  ev="Die Soldatinnen und Soldaten waren zuvor aus Gao nach Niamey im Niger verlegt worden, von wo aus der Rückflug startete."),
C(mv="Das Material des Kontingents", mvc="weapons-arms", d="Deutschland", dc="Germany", dcy="Germany", by="ship", t="seit dem Sommer", mod="asserted",
  ev="Das Material des Kontingents wurde seit dem Sommer über den Hafen von Lomé in Togo nach Deutschland verschifft, darunter rund 1.200 Container."),
], [S("dpa", "media"), S("das Einsatzführungskommando", "government"), S("Ein Sprecher", "government")]),

A("de-e06", "2023-03-09", "negated", """
Nein, die NATO hat keine Soldaten aus Rumänien nach Odessa verlegt

Ein auf X und Telegram verbreitetes Video soll angeblich zeigen, wie NATO-Soldaten vom rumänischen Stützpunkt Mihail Kogălniceanu per Fähre nach Odessa gebracht werden. Der Beitrag wurde mehr als 800.000 Mal angesehen; mehrere russische Staatsmedien griffen ihn auf.

Das stimmt nicht. Das Video entstand im Juni 2022 bei einer Übung an der Schwarzmeerküste; es zeigt französische Soldaten, die von einem Landungsschiff an den Strand von Capu Midia gebracht werden, wie ein Abgleich mit Aufnahmen des französischen Verteidigungsministeriums zeigt.

Ein NATO-Sprecher sagte dem Faktencheck-Team, kein Soldat des Bündnisses sei in die Ukraine verlegt worden.
""", [
C(mv="NATO-Soldaten", mvc="nato", o="Mihail Kogălniceanu", oc="Mihail Kogalniceanu", ocy="Romania", d="Odessa", dc="Odesa", dcy="Ukraine",
  by="ship", mod="denied",
  ev="Ein auf X und Telegram verbreitetes Video soll angeblich zeigen, wie NATO-Soldaten vom rumänischen Stützpunkt Mihail Kogălniceanu per Fähre nach Odessa gebracht werden."),
C(mv="französische Soldaten", mvc="france", d="Capu Midia", dc="Capu Midia", dcy="Romania", by="ship", t="im Juni 2022", mod="asserted",
  ev="Das Video entstand im Juni 2022 bei einer Übung an der Schwarzmeerküste; es zeigt französische Soldaten, die von einem Landungsschiff an den Strand von Capu Midia gebracht werden, wie ein Abgleich mit Aufnahmen des französischen Verteidigungsministeriums zeigt."),
C(mv="Soldat des Bündnisses", mvc="nato", d="Ukraine", dc="Ukraine", dcy="Ukraine", src="Ein NATO-Sprecher", sk="government", mod="denied",
  ev="Ein NATO-Sprecher sagte dem Faktencheck-Team, kein Soldat des Bündnisses sei in die Ukraine verlegt worden."),
], [S("Ein auf X und Telegram verbreitetes Video", "media"), S("mehrere russische Staatsmedien", "media"),
    S("Aufnahmen des französischen Verteidigungsministeriums", "government"), S("Ein NATO-Sprecher", "government"),
    S("dem Faktencheck-Team", "media")]),
]
