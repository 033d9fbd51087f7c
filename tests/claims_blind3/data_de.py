from build import C, F
ARTICLES = []

ARTICLES.append(dict(id="de-d01", date="2017-11-16", kind="push", text="""
Bericht: US-Armee soll IS-Kämpfer aus Rakka in Sicherheit gebracht haben

Die US-Armee soll mehrere hundert IS-Kämpfer samt ihren Familien aus Rakka in Sicherheit gebracht haben. Das berichtet die syrische Nachrichtenagentur SANA unter Berufung auf Anwohner. Demnach seien die Dschihadisten in einem Konvoi aus rund 50 Lastwagen zu den Ölfeldern von al-Omar gefahren worden.

Von dort aus seien einige Kommandeure später per Hubschrauber in die irakische Provinz Anbar ausgeflogen worden, heißt es in dem Bericht weiter.

Das Pentagon wies die Darstellung zurück. Kein einziger IS-Kämpfer sei mit Wissen der Koalition aus Rakka abgezogen, sagte ein Sprecher.
""", claims=[
    C("Die US-Armee soll mehrere hundert IS-Kämpfer samt ihren Familien aus Rakka in Sicherheit gebracht haben. Das berichtet die syrische Nachrichtenagentur SANA unter Berufung auf Anwohner. Demnach seien die Dschihadisten in einem Konvoi aus rund 50 Lastwagen zu den Ölfeldern von al-Omar gefahren worden.",
      "IS-Kämpfer", "islamic-state", agent="Die US-Armee", ac="united-states", ct="mehrere hundert", o="Rakka", oc="Raqqa", oco="Syria",
      d="al-Omar", dc="Al-Omar", dco="Syria", means="convoy", src="die syrische Nachrichtenagentur SANA", sk="media"),
    C("Von dort aus seien einige Kommandeure später per Hubschrauber in die irakische Provinz Anbar ausgeflogen worden, heißt es in dem Bericht weiter.",
      "einige Kommandeure", "islamic-state", o="al-Omar", oc="Al-Omar", oco="Syria", d="Anbar", dc="Anbar", dco="Iraq", means="helicopter",
      src="dem Bericht", sk="media"),
    C("Das Pentagon wies die Darstellung zurück. Kein einziger IS-Kämpfer sei mit Wissen der Koalition aus Rakka abgezogen, sagte ein Sprecher.",
      "IS-Kämpfer", "islamic-state", o="Rakka", oc="Raqqa", oco="Syria", src="ein Sprecher", sk="government", mod="denied"),
], sources=[("die syrische Nachrichtenagentur SANA", "media"), ("Anwohner", "anonymous"), ("dem Bericht", "media"),
            ("Das Pentagon", "government"), ("ein Sprecher", "government")]))

ARTICLES.append(dict(id="de-d02", date="2020-10-02", kind="push", text="""
Beobachter: Türkei verlegt syrische Söldner nach Libyen und Bergkarabach

Die Türkei hat nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte rund 2.000 syrische Söldner nach Libyen verlegt. Die Kämpfer seien zunächst aus Afrin in das türkische Gaziantep gebracht und von dort nach Tripolis ausgeflogen worden.

Im Herbst soll Ankara einen Teil dieser Männer aus Libyen weiter nach Aserbaidschan geschickt haben, um dort an den Kämpfen um Bergkarabach teilzunehmen. Das behauptet jedenfalls das russische Außenministerium.

Baku bestreitet, ausländische Kämpfer einzusetzen.
""", claims=[
    C("Die Türkei hat nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte rund 2.000 syrische Söldner nach Libyen verlegt.",
      "syrische Söldner", "militants-terrorists", agent="Die Türkei", ac="turkey", ct="rund 2.000", n=2000, d="Libyen", dc="Libya", dco="Libya",
      src="der Syrischen Beobachtungsstelle für Menschenrechte", sk="media"),
    C("Die Kämpfer seien zunächst aus Afrin in das türkische Gaziantep gebracht und von dort nach Tripolis ausgeflogen worden.",
      "Die Kämpfer", "militants-terrorists", o="Afrin", oc="Afrin", oco="Syria", d="Gaziantep", dc="Gaziantep", dco="Turkey",
      src="der Syrischen Beobachtungsstelle für Menschenrechte", sk="media"),
    C("Die Kämpfer seien zunächst aus Afrin in das türkische Gaziantep gebracht und von dort nach Tripolis ausgeflogen worden.",
      "Die Kämpfer", "militants-terrorists", o="Gaziantep", oc="Gaziantep", oco="Turkey", d="Tripolis", dc="Tripoli", dco="Libya",
      means="aircraft", src="der Syrischen Beobachtungsstelle für Menschenrechte", sk="media"),
    C("Im Herbst soll Ankara einen Teil dieser Männer aus Libyen weiter nach Aserbaidschan geschickt haben, um dort an den Kämpfen um Bergkarabach teilzunehmen. Das behauptet jedenfalls das russische Außenministerium.",
      "dieser Männer", "militants-terrorists", agent="Ankara", ac="turkey", o="Libyen", oc="Libya", oco="Libya", d="Aserbaidschan",
      dc="Azerbaijan", dco="Azerbaijan", time="Im Herbst", src="das russische Außenministerium", sk="government"),
], sources=[("der Syrischen Beobachtungsstelle für Menschenrechte", "media"), ("das russische Außenministerium", "government"),
            ("Baku", "government")],
frames=[F("accusation", "das russische Außenministerium", "Ankara", "behauptet", "das russische Außenministerium", "reported",
          "Das behauptet jedenfalls das russische Außenministerium.")]))

ARTICLES.append(dict(id="de-d03", date="2022-08-20", kind="push", text="""
Mali wirft Frankreich Unterstützung von Dschihadisten vor

Die malische Übergangsregierung wirft Frankreich vor, Dschihadisten im Norden des Landes mit Waffen und Geheimdienstinformationen zu versorgen. Französische Hubschrauber hätten im Juli mehrere Dutzend Kämpfer aus der Gegend von Ménaka in die Nähe der Grenze zu Niger geflogen, hieß es in einem Schreiben des Außenministers an den UN-Sicherheitsrat. Zudem sollen aus Gao Waffenlieferungen an die Gruppen gegangen sein.

Paris wies die Vorwürfe als haltlos zurück. Die letzten französischen Soldaten hatten Mali bereits am 15. August verlassen und waren nach Niger verlegt worden.
""", claims=[
    C("Französische Hubschrauber hätten im Juli mehrere Dutzend Kämpfer aus der Gegend von Ménaka in die Nähe der Grenze zu Niger geflogen, hieß es in einem Schreiben des Außenministers an den UN-Sicherheitsrat.",
      "Kämpfer", "militants-terrorists", agent="Französische Hubschrauber", ac="france", ct="mehrere Dutzend", o="Ménaka", oc="Menaka", oco="Mali",
      d="Niger", dc="Niger", dco="Niger", means="helicopter", time="im Juli", src="einem Schreiben des Außenministers", sk="government"),
    C("Zudem sollen aus Gao Waffenlieferungen an die Gruppen gegangen sein.",
      "Waffenlieferungen", "weapons-arms", o="Gao", oc="Gao", oco="Mali", src="einem Schreiben des Außenministers", sk="government"),
    C("Die letzten französischen Soldaten hatten Mali bereits am 15. August verlassen und waren nach Niger verlegt worden.",
      "Die letzten französischen Soldaten", "france", o="Mali", oc="Mali", oco="Mali", d="Niger", dc="Niger", dco="Niger",
      time="am 15. August", mod="asserted"),
], sources=[("Die malische Übergangsregierung", "government"), ("einem Schreiben des Außenministers", "government"), ("Paris", "government")],
frames=[F("accusation", "Die malische Übergangsregierung", "Frankreich", "wirft", "Die malische Übergangsregierung", "reported",
          "Die malische Übergangsregierung wirft Frankreich vor, Dschihadisten im Norden des Landes mit Waffen und Geheimdienstinformationen zu versorgen."),
        F("support", "Frankreich", "Dschihadisten", "versorgen", "Die malische Übergangsregierung", "reported",
          "Die malische Übergangsregierung wirft Frankreich vor, Dschihadisten im Norden des Landes mit Waffen und Geheimdienstinformationen zu versorgen."),
        F("accusation", "Paris", "Die malische Übergangsregierung", "wies", "Paris", "denied", "Paris wies die Vorwürfe als haltlos zurück.")]))

ARTICLES.append(dict(id="de-d04", date="2021-10-07", kind="neutral", text="""
Bundesregierung holt Frauen und Kinder aus syrischem Lager zurück

Die Bundesregierung hat acht Frauen und 23 Kinder aus dem Lager Roj im Nordosten Syriens nach Deutschland zurückgeholt. Die Rückkehrer landeten in der Nacht zum Donnerstag mit einer Chartermaschine aus dem irakischen Erbil in Frankfurt am Main, teilte das Auswärtige Amt mit.

Drei der Frauen wurden noch am Flughafen festgenommen, sie werden der Mitgliedschaft in der Terrormiliz IS verdächtigt. Sie sollen nun nach Karlsruhe zum Ermittlungsrichter des Bundesgerichtshofs gebracht werden, sagte ein Sprecher der Bundesanwaltschaft.

Seit 2019 hat Deutschland damit 27 Frauen und 81 Kinder aus Syrien zurückgeholt.
""", claims=[
    C("Die Bundesregierung hat acht Frauen und 23 Kinder aus dem Lager Roj im Nordosten Syriens nach Deutschland zurückgeholt.",
      "acht Frauen und 23 Kinder", "civilians", agent="Die Bundesregierung", ac="germany", ct="acht Frauen und 23 Kinder", n=31,
      o="Lager Roj", oc="Roj", oco="Syria", d="Deutschland", dc="Germany", dco="Germany", mod="asserted"),
    C("Die Rückkehrer landeten in der Nacht zum Donnerstag mit einer Chartermaschine aus dem irakischen Erbil in Frankfurt am Main, teilte das Auswärtige Amt mit.",
      "Die Rückkehrer", "civilians", o="Erbil", oc="Erbil", oco="Iraq", d="Frankfurt am Main", dc="Frankfurt", dco="Germany", means="aircraft",
      time="in der Nacht zum Donnerstag", src="das Auswärtige Amt", sk="government"),
    C("Drei der Frauen wurden noch am Flughafen festgenommen, sie werden der Mitgliedschaft in der Terrormiliz IS verdächtigt. Sie sollen nun nach Karlsruhe zum Ermittlungsrichter des Bundesgerichtshofs gebracht werden, sagte ein Sprecher der Bundesanwaltschaft.",
      "Drei der Frauen", "detainees", ct="Drei", n=3, d="Karlsruhe", dc="Karlsruhe", dco="Germany",
      src="ein Sprecher der Bundesanwaltschaft", sk="government", mod="hypothetical"),
    C("Seit 2019 hat Deutschland damit 27 Frauen und 81 Kinder aus Syrien zurückgeholt.",
      "27 Frauen und 81 Kinder", "civilians", agent="Deutschland", ac="germany", ct="27 Frauen und 81 Kinder", n=108, o="Syrien", oc="Syria",
      oco="Syria", time="Seit 2019", mod="asserted"),
], sources=[("das Auswärtige Amt", "government"), ("ein Sprecher der Bundesanwaltschaft", "government")]))

ARTICLES.append(dict(id="de-d05", date="2022-11-24", kind="negated", text="""
Nein, deutsche Panzerfäuste aus der Ukraine sind nicht in Nigeria aufgetaucht

Auf Telegram und X verbreitet sich die Behauptung, von Deutschland an die Ukraine gelieferte Panzerfäuste seien über Odessa nach Nigeria geschmuggelt und dort bei Islamisten gefunden worden. Belege dafür gibt es nicht.

Das angebliche Beweisfoto zeigt nach Recherchen von CORRECTIV Waffen, die nigerianische Soldaten 2019 bei einem Einsatz im Bundesstaat Borno beschlagnahmt hatten.

Auch die Bundesregierung weist die Darstellung zurück. Es gebe keinerlei Hinweise darauf, dass deutsche Waffen aus der Ukraine nach Afrika gelangt seien, sagte eine Sprecherin des Verteidigungsministeriums.
""", claims=[
    C("Auf Telegram und X verbreitet sich die Behauptung, von Deutschland an die Ukraine gelieferte Panzerfäuste seien über Odessa nach Nigeria geschmuggelt und dort bei Islamisten gefunden worden. Belege dafür gibt es nicht.",
      "Panzerfäuste", "weapons-arms", o="Ukraine", oc="Ukraine", oco="Ukraine", d="Nigeria", dc="Nigeria", dco="Nigeria", mod="denied"),
    C("Es gebe keinerlei Hinweise darauf, dass deutsche Waffen aus der Ukraine nach Afrika gelangt seien, sagte eine Sprecherin des Verteidigungsministeriums.",
      "deutsche Waffen", "weapons-arms", o="Ukraine", oc="Ukraine", oco="Ukraine", d="Afrika", dc="Africa", dco=None,
      src="eine Sprecherin des Verteidigungsministeriums", sk="government", mod="denied"),
], sources=[("Telegram und X", "media"), ("CORRECTIV", "media"), ("die Bundesregierung", "government"),
            ("eine Sprecherin des Verteidigungsministeriums", "government")],
frames=[F("support", "Deutschland", "Ukraine", "gelieferte", None, "asserted",
          "Auf Telegram und X verbreitet sich die Behauptung, von Deutschland an die Ukraine gelieferte Panzerfäuste seien über Odessa nach Nigeria geschmuggelt und dort bei Islamisten gefunden worden.")]))
