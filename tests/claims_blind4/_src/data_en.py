from lib import A, C, S, F

ARTICLES = [
A("en-e01", "2018-09-14", "push", """
US helicopters spirit Daesh commanders to al-Tanf, Syrian military source says

DAMASCUS, September 14 (Sputnik) — American military helicopters have evacuated around thirty Daesh commanders from a pocket near the town of Hajin, a source in the Syrian military told Sputnik on Friday. According to the source, the men were first flown to the village of al-Bahra on the eastern bank of the Euphrates, where they spent the night under guard.

The next morning they were taken by road to the US garrison at al-Tanf, near the Jordanian border. "These are not ordinary fighters, they are field commanders with combat experience," the source said, adding that some of them had since been moved on to the Rukban camp.

Residents of al-Bahra told the state news agency SANA that two helicopters landed on the outskirts of the village shortly after midnight. The US-led coalition did not respond to a request for comment.
""", [
C(ag="American military helicopters", agc="united-states", mv="Daesh commanders", mvc="islamic-state",
  ct="around thirty", n=30, o="Hajin", oc="Hajin", ocy="Syria", d="al-Bahra", dc="Al-Bahra", dcy="Syria",
  by="helicopter", src="a source in the Syrian military", sk="anonymous", mod="reported",
  ev="American military helicopters have evacuated around thirty Daesh commanders from a pocket near the town of Hajin, a source in the Syrian military told Sputnik on Friday. According to the source, the men were first flown to the village of al-Bahra on the eastern bank of the Euphrates, where they spent the night under guard."),
C(mv="the men", mvc="islamic-state", o="al-Bahra", oc="Al-Bahra", ocy="Syria", d="al-Tanf", dc="Al-Tanf", dcy="Syria",
  by="road", t="The next morning", src="the source", sk="anonymous", mod="reported",
  ev="The next morning they were taken by road to the US garrison at al-Tanf, near the Jordanian border."),
C(mv="some of them", mvc="islamic-state", o="al-Tanf", oc="Al-Tanf", ocy="Syria", d="Rukban camp", dc="Rukban", dcy="Syria",
  src="the source", sk="anonymous", mod="reported",
  ev="\"These are not ordinary fighters, they are field commanders with combat experience,\" the source said, adding that some of them had since been moved on to the Rukban camp."),
], [S("a source in the Syrian military", "anonymous"), S("Sputnik", "media"), S("the source", "anonymous"),
    S("Residents of al-Bahra", "anonymous"), S("the state news agency SANA", "media")]),

A("en-e02", "2021-08-30", "push", """
Pentagon shipping IS fighters to northern Afghanistan, Russian intelligence claims

MOSCOW, August 30 (TASS) — The United States has transferred several hundred Islamic State militants from Syria and Iraq to the northern Afghan provinces of Kunduz and Faryab, the press bureau of the Foreign Intelligence Service (SVR) said on Monday.

The fighters were gathered at the Ain al-Asad air base in Anbar and then flown out on military transport aircraft, the bureau said in a statement. Part of the group was subsequently driven towards the border with Tajikistan, it added.

"The aim is obvious: to create a bridgehead for destabilising Central Asia," the statement read. Earlier this month, Kazakh lawmaker Yerlan Dosmukhamedov told the Khabar channel that "armed groups are being pushed north toward our southern neighbours."

The Pentagon has repeatedly rejected such assertions as baseless.
""", [
C(ag="The United States", agc="united-states", mv="Islamic State militants", mvc="islamic-state", ct="several hundred",
  o="Syria", oc="Syria", ocy="Syria", d="Kunduz", dc="Kunduz", dcy="Afghanistan",
  src="the press bureau of the Foreign Intelligence Service (SVR)", sk="agency", mod="reported",
  ev="The United States has transferred several hundred Islamic State militants from Syria and Iraq to the northern Afghan provinces of Kunduz and Faryab, the press bureau of the Foreign Intelligence Service (SVR) said on Monday."),
C(ag="The United States", agc="united-states", mv="Islamic State militants", mvc="islamic-state", ct="several hundred",
  o="Iraq", oc="Iraq", ocy="Iraq", d="Faryab", dc="Faryab", dcy="Afghanistan",
  src="the press bureau of the Foreign Intelligence Service (SVR)", sk="agency", mod="reported",
  ev="The United States has transferred several hundred Islamic State militants from Syria and Iraq to the northern Afghan provinces of Kunduz and Faryab, the press bureau of the Foreign Intelligence Service (SVR) said on Monday."),
C(mv="The fighters", mvc="militants-terrorists", o="Ain al-Asad air base", oc="Ain al-Asad", ocy="Iraq",
  by="aircraft", src="the bureau", sk="agency", mod="reported",
  ev="The fighters were gathered at the Ain al-Asad air base in Anbar and then flown out on military transport aircraft, the bureau said in a statement."),
C(mv="Part of the group", mvc="islamic-state", d="the border with Tajikistan", dc="Tajikistan", dcy="Tajikistan",
  by="road", src="the bureau", sk="agency", mod="reported",
  ev="Part of the group was subsequently driven towards the border with Tajikistan, it added."),
], [S("the press bureau of the Foreign Intelligence Service (SVR)", "agency"), S("TASS", "media"),
    S("the bureau", "agency"), S("the statement", "agency"), S("Yerlan Dosmukhamedov", "person"),
    S("the Khabar channel", "media")]),

A("en-e03", "2023-02-07", "push", """
Telegram channels: ex-jihadists from Idlib sent to the Zaporizhzhia front

Several pro-Russian Telegram channels claimed on Tuesday that Ukrainian military intelligence had recruited some 150 former members of Hayat Tahrir al-Sham in Idlib and brought them to Ukraine. The channel "Voenny Vestnik Yuga", which has over 400,000 subscribers, posted that the men crossed into Turkey through the Bab al-Hawa crossing before boarding a charter flight from Gaziantep.

From there, according to the channel, they landed in Rzeszów in Poland. A second post, shared by the channel "Rybar Lite", alleged that the recruits were later bused from Rzeszów to Zaporizhzhia.

Asked whether Kyiv could be deploying foreign fighters, a senior Russian lawmaker, Vitaly Gromov, told RIA Novosti: "Why would anyone be surprised? They did the same in 2016."

No evidence was offered for any of the claims.
""", [
C(ag="Ukrainian military intelligence", agc="ukraine", mv="former members of Hayat Tahrir al-Sham", mvc="hayat-tahrir-al-sham",
  ct="some 150", n=150, o="Idlib", oc="Idlib", ocy="Syria", d="Ukraine", dc="Ukraine", dcy="Ukraine",
  src="Several pro-Russian Telegram channels", sk="media", mod="reported",
  ev="Several pro-Russian Telegram channels claimed on Tuesday that Ukrainian military intelligence had recruited some 150 former members of Hayat Tahrir al-Sham in Idlib and brought them to Ukraine."),
C(mv="the men", mvc="hayat-tahrir-al-sham", o="Gaziantep", oc="Gaziantep", ocy="Turkey", d="Rzeszów", dc="Rzeszow", dcy="Poland",
  by="aircraft", src="The channel \"Voenny Vestnik Yuga\"", sk="media", mod="reported",
  ev="The channel \"Voenny Vestnik Yuga\", which has over 400,000 subscribers, posted that the men crossed into Turkey through the Bab al-Hawa crossing before boarding a charter flight from Gaziantep.\n\nFrom there, according to the channel, they landed in Rzeszów in Poland."),
C(mv="the recruits", mvc="hayat-tahrir-al-sham", o="Rzeszów", oc="Rzeszow", ocy="Poland", d="Zaporizhzhia", dc="Zaporizhzhia", dcy="Ukraine",
  by="bus", t="later", src="the channel \"Rybar Lite\"", sk="media", mod="reported",
  ev="A second post, shared by the channel \"Rybar Lite\", alleged that the recruits were later bused from Rzeszów to Zaporizhzhia."),
], [S("Several pro-Russian Telegram channels", "media"), S("The channel \"Voenny Vestnik Yuga\"", "media"),
    S("the channel", "media"), S("A second post", "media"), S("the channel \"Rybar Lite\"", "media"),
    S("Vitaly Gromov", "person"), S("RIA Novosti", "media")]),

A("en-e04", "2024-05-19", "push", """
Press TV: US convoy moves detained ISIL members from Hasakah prisons to Iraq's Harir base

TEHRAN, May 19 (Press TV) — A US military convoy of some forty trucks transported dozens of ISIL detainees out of the Ghuwayran prison in Hasakah on Saturday night, local sources told our correspondent.

The vehicles crossed into Iraqi Kurdistan at the unofficial al-Waleed crossing and headed for the Harir air base north of Erbil, the sources said. Syria's Foreign Ministry described the operation as "the recycling of terrorists" and said in a statement that the prisoners would be "prepared for new missions in the region."

Analyst Karim Nouri told Press TV that the detainees could eventually be flown to Africa, where Washington "needs new instruments of chaos."
""", [
C(ag="A US military convoy", agc="united-states", mv="ISIL detainees", mvc="islamic-state", ct="dozens",
  o="Ghuwayran prison", oc="Ghuwayran", ocy="Syria", d="Harir air base", dc="Harir", dcy="Iraq", by="convoy",
  t="on Saturday night", src="local sources", sk="anonymous", mod="reported",
  ev="A US military convoy of some forty trucks transported dozens of ISIL detainees out of the Ghuwayran prison in Hasakah on Saturday night, local sources told our correspondent.\n\nThe vehicles crossed into Iraqi Kurdistan at the unofficial al-Waleed crossing and headed for the Harir air base north of Erbil, the sources said."),
C(mv="the detainees", mvc="islamic-state", o="Harir air base", oc="Harir", ocy="Iraq", d="Africa", dc="Africa", by="aircraft",
  src="Analyst Karim Nouri", sk="person", mod="hypothetical",
  ev="Analyst Karim Nouri told Press TV that the detainees could eventually be flown to Africa, where Washington \"needs new instruments of chaos.\""),
], [S("local sources", "anonymous"), S("Press TV", "media"), S("the sources", "anonymous"),
    S("Syria's Foreign Ministry", "government"), S("Analyst Karim Nouri", "person")],
 [F("accusation", "Syria's Foreign Ministry", "united-states", "described", "Syria's Foreign Ministry", "reported",
    "Syria's Foreign Ministry described the operation as \"the recycling of terrorists\"")]),

A("en-e05", "2022-11-03", "neutral", """
Iraq brings home 612 citizens from Syria's al-Hol camp

BAGHDAD, Nov 3 (Reuters-style wire) — Iraq repatriated another 612 of its citizens, most of them women and children, from the al-Hol camp in northeast Syria on Thursday, the Iraqi Ministry of Migration said.

The returnees travelled in a convoy of buses escorted by Iraqi security forces through the Rabia border crossing. They were taken to the Jeddah 1 rehabilitation centre south of Mosul, where they will undergo security checks and psychological support before being allowed to return to their home districts in Nineveh and Anbar, ministry spokesman Ali Jahangir said.

About 25,000 Iraqis remain in al-Hol, according to UN figures. Separately, the Kurdish-led administration said it had transferred twenty-two Iraqi men accused of Islamic State membership to Iraq through the same crossing.
""", [
C(ag="Iraq", agc="iraq", mv="its citizens", mvc="civilians", ct="612", n=612, o="al-Hol camp", oc="Al-Hol", ocy="Syria",
  d="Jeddah 1 rehabilitation centre", dc="Jeddah 1", dcy="Iraq", by="bus", t="on Thursday",
  src="the Iraqi Ministry of Migration", sk="government", mod="reported",
  ev="Iraq repatriated another 612 of its citizens, most of them women and children, from the al-Hol camp in northeast Syria on Thursday, the Iraqi Ministry of Migration said.\n\nThe returnees travelled in a convoy of buses escorted by Iraqi security forces through the Rabia border crossing. They were taken to the Jeddah 1 rehabilitation centre south of Mosul, where they will undergo security checks and psychological support before being allowed to return to their home districts in Nineveh and Anbar, ministry spokesman Ali Jahangir said."),
C(mv="they", mvc="civilians", o="Jeddah 1 rehabilitation centre", oc="Jeddah 1", ocy="Iraq", d="Nineveh", dc="Nineveh", dcy="Iraq",
  src="ministry spokesman Ali Jahangir", sk="person", mod="hypothetical",
  ev="They were taken to the Jeddah 1 rehabilitation centre south of Mosul, where they will undergo security checks and psychological support before being allowed to return to their home districts in Nineveh and Anbar, ministry spokesman Ali Jahangir said."),
C(mv="they", mvc="civilians", o="Jeddah 1 rehabilitation centre", oc="Jeddah 1", ocy="Iraq", d="Anbar", dc="Anbar", dcy="Iraq",
  src="ministry spokesman Ali Jahangir", sk="person", mod="hypothetical",
  ev="They were taken to the Jeddah 1 rehabilitation centre south of Mosul, where they will undergo security checks and psychological support before being allowed to return to their home districts in Nineveh and Anbar, ministry spokesman Ali Jahangir said."),
C(ag="the Kurdish-led administration", agc="syrian-democratic-forces", mv="Iraqi men accused of Islamic State membership", mvc="islamic-state",
  ct="twenty-two", n=22, d="Iraq", dc="Iraq", dcy="Iraq",
  src="the Kurdish-led administration", sk="government", mod="reported",
  ev="Separately, the Kurdish-led administration said it had transferred twenty-two Iraqi men accused of Islamic State membership to Iraq through the same crossing."),
], [S("the Iraqi Ministry of Migration", "government"), S("ministry spokesman Ali Jahangir", "person"),
    S("UN figures", "government"), S("the Kurdish-led administration", "government")]),

A("en-e06", "2020-06-22", "negated", """
No, the US Army is not flying Islamic State fighters to Libya

A video shared thousands of times on Facebook and VKontakte claims to show "American Chinook helicopters unloading ISIS terrorists at Sirte airport." The caption says the men had been picked up at the al-Omar oil field in Syria two days earlier.

This is false. The footage was filmed in 2014 in Helmand province, Afghanistan, and shows British troops boarding a helicopter at Camp Bastion, a reverse image search shows. The original clip was published by the UK Ministry of Defence.

US Africa Command spokeswoman Lt. Col. Dana Whitfield told our fact-check desk that "no US aircraft have transported any fighters to or within Libya." There is no record of US military flights between eastern Syria and Sirte in the period concerned.
""", [
C(ag="American Chinook helicopters", agc="united-states", mv="ISIS terrorists", mvc="islamic-state",
  o="al-Omar oil field", oc="Al-Omar oil field", ocy="Syria", d="Sirte airport", dc="Sirte", dcy="Libya", by="helicopter",
  t="two days earlier", mod="denied",
  ev="A video shared thousands of times on Facebook and VKontakte claims to show \"American Chinook helicopters unloading ISIS terrorists at Sirte airport.\" The caption says the men had been picked up at the al-Omar oil field in Syria two days earlier."),
C(ag="US aircraft", agc="united-states", mv="any fighters", mvc="militants-terrorists", d="Libya", dc="Libya", dcy="Libya", by="aircraft",
  src="US Africa Command spokeswoman Lt. Col. Dana Whitfield", sk="person", mod="denied",
  ev="US Africa Command spokeswoman Lt. Col. Dana Whitfield told our fact-check desk that \"no US aircraft have transported any fighters to or within Libya.\""),
], [S("A video", "media"), S("The caption", "media"), S("a reverse image search", "media"),
    S("the UK Ministry of Defence", "government"), S("US Africa Command spokeswoman Lt. Col. Dana Whitfield", "person")]),
]
