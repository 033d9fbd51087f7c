from build import C, F
ARTICLES = []

ARTICLES.append(dict(id="en-d01", date="2018-02-14", kind="push", text="""
US helicopters said to ferry IS commanders out of eastern Syria

US Army helicopters airlifted a group of Islamic State commanders out of the Euphrates valley on Tuesday night, a source in the Syrian military told RIA Novosti. According to the source, the aircraft touched down twice near the village of al-Susah and took on board about fifteen militants, among them two Chechen field commanders. The men were then flown to the coalition base at al-Tanf, where they spent several days.

From al-Tanf, the group was later driven in covered trucks to the desert east of Palmyra, a tribal elder from the area claimed. The elder said he could not tell how many of them had made the journey.

It is not the first such report. In 2017 the Russian Defence Ministry accused Washington of letting hundreds of militants leave Raqqa for Deir ez-Zor under a secret deal.

The US-led coalition did not respond to a request for comment.
""", claims=[
    C("US Army helicopters airlifted a group of Islamic State commanders out of the Euphrates valley on Tuesday night, a source in the Syrian military told RIA Novosti. According to the source, the aircraft touched down twice near the village of al-Susah and took on board about fifteen militants, among them two Chechen field commanders. The men were then flown to the coalition base at al-Tanf, where they spent several days.",
      "Islamic State commanders", "islamic-state", agent="US Army helicopters", ac="united-states", ct="about fifteen", n=15,
      o="al-Susah", oc="Al-Susah", oco="Syria", d="al-Tanf", dc="Al-Tanf", dco="Syria", means="helicopter",
      time="on Tuesday night", src="a source in the Syrian military", sk="anonymous"),
    C("From al-Tanf, the group was later driven in covered trucks to the desert east of Palmyra, a tribal elder from the area claimed.",
      "the group", "islamic-state", o="al-Tanf", oc="Al-Tanf", oco="Syria", d="the desert east of Palmyra", dc="Palmyra", dco="Syria",
      means="truck", src="a tribal elder from the area", sk="anonymous"),
    C("In 2017 the Russian Defence Ministry accused Washington of letting hundreds of militants leave Raqqa for Deir ez-Zor under a secret deal.",
      "militants", "militants-terrorists", ct="hundreds", o="Raqqa", oc="Raqqa", oco="Syria", d="Deir ez-Zor", dc="Deir ez-Zor", dco="Syria",
      time="In 2017", src="the Russian Defence Ministry", sk="government"),
], sources=[("a source in the Syrian military", "anonymous"), ("RIA Novosti", "media"), ("the source", "anonymous"),
            ("a tribal elder from the area", "anonymous"), ("The elder", "anonymous"), ("the Russian Defence Ministry", "government")],
frames=[F("accusation", "the Russian Defence Ministry", "Washington", "accused", "the Russian Defence Ministry", "reported",
          "In 2017 the Russian Defence Ministry accused Washington of letting hundreds of militants leave Raqqa for Deir ez-Zor under a secret deal.")]))

ARTICLES.append(dict(id="en-d02", date="2019-11-20", kind="push", text="""
Iraqi lawmaker: US transferring Daesh remnants to Afghanistan through Iraq

The United States has been moving Daesh terrorists held in Syria into Iraq and on to Afghanistan, Iraqi lawmaker Hadi al-Tamimi told Press TV on Wednesday.

According to Tamimi, American helicopters flew at least 150 of the prisoners from Hasakah to the Ain al-Asad air base in Anbar last month. The transfer of the men from Ain al-Asad to Afghanistan was then carried out on cargo planes, which landed at an airfield in the northern province of Jowzjan, Tamimi said.

The lawmaker, a member of parliament's security and defence committee, did not present documents. He said the Iraqi government had been kept in the dark.

Washington has rejected similar accusations in the past. A Pentagon spokesman said in 2018 that the US military had never transported a single Daesh member to Afghanistan.
""", claims=[
    C("The United States has been moving Daesh terrorists held in Syria into Iraq and on to Afghanistan, Iraqi lawmaker Hadi al-Tamimi told Press TV on Wednesday.",
      "Daesh terrorists", "islamic-state", agent="The United States", ac="united-states", o="Syria", oc="Syria", oco="Syria",
      d="Afghanistan", dc="Afghanistan", dco="Afghanistan", src="Hadi al-Tamimi", sk="person"),
    C("According to Tamimi, American helicopters flew at least 150 of the prisoners from Hasakah to the Ain al-Asad air base in Anbar last month.",
      "the prisoners", "islamic-state", agent="American helicopters", ac="united-states", ct="at least 150", n=150,
      o="Hasakah", oc="Hasakah", oco="Syria", d="the Ain al-Asad air base", dc="Ain al-Asad", dco="Iraq", means="helicopter",
      time="last month", src="Tamimi", sk="person"),
    C("The transfer of the men from Ain al-Asad to Afghanistan was then carried out on cargo planes, which landed at an airfield in the northern province of Jowzjan, Tamimi said.",
      "the men", "islamic-state", o="Ain al-Asad", oc="Ain al-Asad", oco="Iraq", d="Jowzjan", dc="Jowzjan", dco="Afghanistan",
      means="aircraft", src="Tamimi", sk="person"),
    C("A Pentagon spokesman said in 2018 that the US military had never transported a single Daesh member to Afghanistan.",
      "a single Daesh member", "islamic-state", agent="the US military", ac="united-states", d="Afghanistan", dc="Afghanistan",
      dco="Afghanistan", src="A Pentagon spokesman", sk="government", mod="denied"),
], sources=[("Hadi al-Tamimi", "person"), ("Press TV", "media"), ("Tamimi", "person"), ("The lawmaker", "person"),
            ("A Pentagon spokesman", "government")]))

ARTICLES.append(dict(id="en-d03", date="2022-04-07", kind="push", text="""
Jihadists from Idlib sent to fight for Kiev, Russian intelligence claims

American and British special services have moved around 300 militants from the Idlib de-escalation zone to Ukraine, Russia's Foreign Intelligence Service (SVR) said on Thursday. The fighters, most of them members of Hayat Tahrir al-Sham, were first taken by bus to the Bab al-Hawa crossing on the Turkish border, the agency said in a statement.

From there they were driven to Istanbul and flown on to Rzeszow in Poland, according to the SVR. From Poland the men were taken by road to a training camp near Zhytomyr, the agency added. Each of them had allegedly been promised 1,500 dollars a month.

The SVR did not say how it had obtained the information. Kyiv has called such reports Russian propaganda.
""", claims=[
    C("American and British special services have moved around 300 militants from the Idlib de-escalation zone to Ukraine, Russia's Foreign Intelligence Service (SVR) said on Thursday.",
      "militants", "militants-terrorists", agent="American and British special services", ac="united-states", ct="around 300", n=300,
      o="Idlib", oc="Idlib", oco="Syria", d="Ukraine", dc="Ukraine", dco="Ukraine", time="on Thursday",
      src="Russia's Foreign Intelligence Service (SVR)", sk="agency"),
    C("The fighters, most of them members of Hayat Tahrir al-Sham, were first taken by bus to the Bab al-Hawa crossing on the Turkish border, the agency said in a statement.",
      "The fighters", "militants-terrorists", o="Idlib", oc="Idlib", oco="Syria", d="the Bab al-Hawa crossing", dc="Bab al-Hawa", dco="Syria",
      means="bus", src="the agency", sk="agency"),
    C("From there they were driven to Istanbul and flown on to Rzeszow in Poland, according to the SVR.",
      "The fighters", "militants-terrorists", o="the Bab al-Hawa crossing", oc="Bab al-Hawa", oco="Syria", d="Istanbul", dc="Istanbul", dco="Turkey",
      means="road", src="the SVR", sk="agency"),
    C("From there they were driven to Istanbul and flown on to Rzeszow in Poland, according to the SVR.",
      "The fighters", "militants-terrorists", o="Istanbul", oc="Istanbul", oco="Turkey", d="Rzeszow", dc="Rzeszow", dco="Poland",
      means="aircraft", src="the SVR", sk="agency"),
    C("From Poland the men were taken by road to a training camp near Zhytomyr, the agency added.",
      "the men", "militants-terrorists", o="Poland", oc="Poland", oco="Poland", d="Zhytomyr", dc="Zhytomyr", dco="Ukraine",
      means="road", src="the agency", sk="agency"),
], sources=[("Russia's Foreign Intelligence Service (SVR)", "agency"), ("the agency", "agency"), ("the SVR", "agency"), ("Kyiv", "government")],
frames=[F("support", "American and British special services", "militants", "promised", "the SVR", "reported",
          "Each of them had allegedly been promised 1,500 dollars a month."),
        F("accusation", "Kyiv", "Russian", "called", "Kyiv", "reported", "Kyiv has called such reports Russian propaganda.")]))

ARTICLES.append(dict(id="en-d04", date="2019-04-29", kind="neutral", text="""
Iraq receives 280 Iraqi IS suspects from Syrian Kurdish-led force

The US-backed Syrian Democratic Forces handed over 280 Iraqi nationals suspected of belonging to Islamic State to Iraqi authorities on Sunday, Iraq's military said. The detainees were driven in a convoy from prisons in Hasakah province to the al-Qaim border crossing, where Iraqi troops took custody of them.

A further transfer of some 500 detainees from Syria to Iraq is planned for next month, an Iraqi security official said on condition of anonymity.

Separately, about 400 US troops left the Kobani area for Erbil in northern Iraq on Saturday, the coalition said in a statement.

Iraqi courts have sentenced several of the men returned earlier this year to death.
""", claims=[
    C("The US-backed Syrian Democratic Forces handed over 280 Iraqi nationals suspected of belonging to Islamic State to Iraqi authorities on Sunday, Iraq's military said. The detainees were driven in a convoy from prisons in Hasakah province to the al-Qaim border crossing, where Iraqi troops took custody of them.",
      "Iraqi nationals suspected of belonging to Islamic State", "islamic-state", agent="The US-backed Syrian Democratic Forces",
      ac="syrian-democratic-forces", ct="280", n=280, o="Hasakah", oc="Hasakah", oco="Syria", d="the al-Qaim border crossing",
      dc="Al-Qaim", dco="Iraq", means="convoy", time="on Sunday", src="Iraq's military", sk="government"),
    C("A further transfer of some 500 detainees from Syria to Iraq is planned for next month, an Iraqi security official said on condition of anonymity.",
      "detainees", "detainees", ct="some 500", n=500, o="Syria", oc="Syria", oco="Syria", d="Iraq", dc="Iraq", dco="Iraq",
      time="next month", src="an Iraqi security official", sk="anonymous", mod="hypothetical"),
    C("Separately, about 400 US troops left the Kobani area for Erbil in northern Iraq on Saturday, the coalition said in a statement.",
      "US troops", "united-states", ct="about 400", n=400, o="Kobani", oc="Kobani", oco="Syria", d="Erbil", dc="Erbil", dco="Iraq",
      time="on Saturday", src="the coalition", sk="government"),
], sources=[("Iraq's military", "government"), ("an Iraqi security official", "anonymous"), ("the coalition", "government")]))

ARTICLES.append(dict(id="en-d05", date="2020-06-16", kind="factcheck", text="""
Fact check: Video does not show US helicopters evacuating IS fighters from Hasakah

A video shared thousands of times on Facebook claims to show American helicopters evacuating Islamic State fighters from a prison in Hasakah. The claim is false.

The footage was in fact filmed in November 2016 in Iraq and shows US Chinook helicopters flying Iraqi soldiers from the Qayyarah air base to the front south of Mosul. A reverse image search leads to the original upload by an Iraqi news channel.

The same claim circulated in 2019 on Russian-language Telegram channels, which said the fighters had been flown to Afghanistan. The US Central Command told AFP it had carried out no such flights.
""", claims=[
    C("A video shared thousands of times on Facebook claims to show American helicopters evacuating Islamic State fighters from a prison in Hasakah. The claim is false.",
      "Islamic State fighters", "islamic-state", agent="American helicopters", ac="united-states", o="Hasakah", oc="Hasakah", oco="Syria",
      means="helicopter", mod="denied"),
    C("The footage was in fact filmed in November 2016 in Iraq and shows US Chinook helicopters flying Iraqi soldiers from the Qayyarah air base to the front south of Mosul.",
      "Iraqi soldiers", "iraq", agent="US Chinook helicopters", ac="united-states", o="the Qayyarah air base", oc="Qayyarah", oco="Iraq",
      d="the front south of Mosul", dc="Mosul", dco="Iraq", means="helicopter", time="in November 2016", mod="asserted"),
    C("The same claim circulated in 2019 on Russian-language Telegram channels, which said the fighters had been flown to Afghanistan. The US Central Command told AFP it had carried out no such flights.",
      "the fighters", "islamic-state", d="Afghanistan", dc="Afghanistan", dco="Afghanistan", means="aircraft",
      src="The US Central Command", sk="government", mod="denied"),
], sources=[("A video shared thousands of times on Facebook", "media"), ("Russian-language Telegram channels", "media"),
            ("The US Central Command", "government"), ("AFP", "media")]))
