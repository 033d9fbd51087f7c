"""How firmly a claim is made: a negated, denied or debunked move is ``denied`` in every frame
language, and neither a denied nor a refuted move ever counts as a claimed flow."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrascope.corpus import views
from narrascope.ingest.records import make_document
from narrascope.store import Store
from narrascope.store import query as Q
from narrascope.store.db import Versions


def relocations(analyser, text: str):
    return [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


@pytest.mark.parametrize("text", [
    "No, Washington is not flying IS fighters to Afghanistan.",
    "Nein, die USA fliegen keine IS-Kämpfer nach Afghanistan.",
    "Non, les États-Unis n'ont pas transféré de combattants de l'État islamique vers l'Afghanistan.",
    "No, Estados Unidos no traslada combatientes del Estado Islámico a Afganistán.",
    "Нет, США не перебрасывают боевиков ИГИЛ в Афганистан.",
    "Ні, США не перекидають бойовиків ІДІЛ до Афганістану.",
    "لا، الولايات المتحدة لم تنقل مقاتلي داعش إلى أفغانستان.",
    "Turkey's foreign ministry said Turkish agencies had transported no fighters to Libya.",
    "Nie, USA nie przerzucają bojowników ISIS do Afganistanu.",
    "No, gli Stati Uniti non trasferiscono combattenti dell'ISIS in Afghanistan.",
    "Nie przerzucano żadnych bojowników z Syrii do Iraku, oświadczył Pentagon.",
    "Nessun soldato è stato trasferito dalla Polonia in Ucraina.",
])
def test_a_negated_move_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "There is no evidence that the US moved ISIS fighters from Syria to Afghanistan.",
    "Es gibt keine Belege dafür, dass die USA IS-Kämpfer aus Syrien nach Afghanistan verlegt haben.",
    "Il n'y a aucune preuve que les États-Unis aient transféré des combattants de Daech de Syrie vers l'Afghanistan.",
    "Фейк: США якобы перебрасывают боевиков ИГИЛ из Сирии в Афганистан.",
    "The Pentagon denied that it flew ISIS militants from Syria to Afghanistan.",
    "Fact check: No evidence Turkish intelligence smuggled IS fighters into Georgia.",
    "Nie ma dowodów na to, że USA przerzuciły bojowników ISIS z Syrii do Afganistanu.",
    "Non ci sono prove che gli Stati Uniti abbiano trasferito combattenti dell'ISIS dalla Siria in Afghanistan.",
    "Ministerstwo Obrony Narodowej zaprzeczyło, jakoby polscy żołnierze zostali przerzuceni na Ukrainę.",
    "Il ministero della Difesa ha smentito che soldati italiani siano stati trasferiti in Ucraina.",
])
def test_a_debunked_or_denied_move_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Bloggers claim that the Pentagon shipped ISIS fighters from Syria to Niger. That is false.",
    "В соцсетях пишут, что Франция перебросила наёмников из Сирии в Нигер. Это фейк.",
    "Українські пабліки стверджують, що Туреччина перевезла бойовиків ІДІЛ із Сирії до Грузії. Це неправда.",
    "In Telegram-Kanälen heißt es, Frankreich habe Söldner aus Syrien nach Niger verlegt. Das ist frei erfunden.",
    "Des comptes prorusses affirment que la France a transféré des mercenaires de Syrie vers le Niger. C'est faux.",
    "Varios blogueros aseguran que Turquía trasladó yihadistas desde Siria hasta Níger. Esto es falso.",
    "تزعم حسابات على مواقع التواصل أن فرنسا نقلت مرتزقة من سوريا إلى النيجر. هذا غير صحيح.",
    "Blogerzy twierdzą, że Francja przerzuciła najemników z Syrii do Nigru. To nieprawda.",
    "Alcuni blogger sostengono che la Francia ha trasferito mercenari dalla Siria in Niger. È falso.",
])
def test_a_move_debunked_by_the_next_sentence_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Bloggers claim that the Pentagon shipped ISIS fighters from Syria to Niger. The embassy called this fake.",
    "Bloggers claim that the Pentagon shipped ISIS fighters from Syria to Niger. The statement offered no evidence.",
    "Блогеры пишут, что Франция перебросила наёмников из Сирии в Нигер. В посольстве Франции назвали это фейком.",
])
def test_a_debunk_in_someone_elses_voice_leaves_the_move_reported(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality in ("reported", "refuted") for c in claims), claims  # refuted: the stance stage


@pytest.mark.parametrize("text, source", [
    ("Moscow denied sending Wagner fighters to Mali.", "Moscow"),
    ("Le Pentagone a démenti que des hélicoptères américains aient évacué des chefs de l'EI vers l'Irak.", "Pentagone"),
    ("Міноборони спростувало, що американські гелікоптери вивезли бойовиків ІДІЛ з Ракки.", "Міноборони"),
    ("Пентагон опроверг информацию о том, что американские вертолёты вывезли боевиков ИГ из Ракки.", "Пентагон"),
    ("Pentagon zaprzeczył, jakoby amerykańskie śmigłowce wywiozły bojowników ISIS z Rakki.", "Pentagon"),
    ("Il Pentagono ha smentito che elicotteri americani abbiano evacuato i capi dell'ISIS da Raqqa.", "Pentagono"),
])
def test_who_denies_a_move_is_its_source(analyser, text, source):
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == "denied" and claims[0].source is not None, claims
    assert source in claims[0].source.text


@pytest.mark.parametrize("text, place, source", [
    ("The border police denied the arrival of IS fighters in Tirana.", "Tirana", "border police"),
    ("La fiscalía negó la llegada de combatientes del Estado Islámico a Valencia.", "Valencia", "fiscalía"),
    ("Die Polizei dementierte die Ankunft von IS-Kämpfern in Dresden.", "Dresden", "Polizei"),
    ("A polícia negou a chegada de combatentes do Estado Islâmico a Lisboa.", None, "polícia"),
    ("La gendarmerie a démenti l'arrivée de combattants de l'EI à Lyon.", "Lyon", "gendarmerie"),
])
def test_a_denied_arrival_told_as_a_noun_is_a_denied_move(analyser, text, place, source):
    """"denied the arrival of X in Y": the noun of arriving carries the move, and its place is where they went."""
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == "denied", claims
    assert place is None or (claims[0].destination is not None and place in claims[0].destination.text), claims
    assert claims[0].source is not None and source in claims[0].source.text, claims


def test_whom_a_denial_moves_is_not_who_denies_it(analyser):
    """The troops whose arrival is denied do not speak, even when the denier stands further from the verb."""
    claims = relocations(analyser, "La cancillería chilena también negó la llegada de tropas rusas a Arica.")
    assert claims and claims[0].source is not None and "cancillería" in claims[0].source.text, claims


@pytest.mark.parametrize("text", [
    "Die Bundesregierung bestreitet, dass deutsche Flugzeuge IS-Kämpfer aus Syrien nach Afghanistan geflogen haben.",
    "Le ministère a nié que des avions français aient transporté des combattants de l'EI de Syrie vers le Mali.",
    "El Gobierno turco negó que sus aviones hubieran trasladado a yihadistas del Estado Islámico de Siria a Libia.",
    "Rien ne prouve que la Turquie ait envoyé des combattants de Daech de Syrie vers la Libye.",
    "No existen pruebas de que Estados Unidos haya trasladado a yihadistas del Estado Islámico de Siria a Afganistán.",
    "لا توجد أي أدلة على أن الولايات المتحدة نقلت مقاتلي داعش من سوريا إلى أفغانستان.",
    "There is nothing to suggest that Turkey flew Syrian mercenaries to Azerbaijan.",
])
def test_denial_verbs_by_lemma_and_more_debunking_wording(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "The US not only moved ISIS fighters from Syria but also flew them to Afghanistan.",
    "США перебросили не менее 200 боевиков ИГИЛ из Сирии в Афганистан.",
    "Die USA haben nicht nur IS-Kämpfer aus Syrien nach Afghanistan geflogen.",
    "Washington moved ISIS fighters from Syria to Afghanistan, not to Iraq as first reported.",
    "USA przerzuciły nie mniej niż 200 bojowników ISIS z Syrii do Afganistanu.",
    "Gli Stati Uniti non solo hanno trasferito combattenti dell'ISIS dalla Siria, ma li hanno portati in Afghanistan.",
])
def test_a_negator_that_denies_nothing_leaves_the_move_claimed(analyser, text):
    claims = relocations(analyser, text)
    assert claims and claims[0].modality != "denied", claims


@pytest.mark.parametrize("text, origin", [
    ("The Polish army said the launchers were taking part in drills near Kielce and had not left Poland.", "Poland"),
    ("The ministry said the tanks were taking part in an exercise and had not left Lithuania.", "Lithuania"),
])
def test_taking_part_is_no_move_and_leaves_the_negated_verb_after_it_the_trigger(analyser, text, origin):
    # "take part" holds the trigger verb "take" but tells no move: the move is the negated "had not left"
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims
    assert claims[0].origin is not None and claims[0].origin.text == origin, claims


def _record(aid: str, modality: str) -> dict:
    place = {"text": "Raqqa", "canonical": "Raqqa", "start": 0, "end": 5, "lat": 35.95, "lon": 39.01}
    kabul = {"text": "Kabul", "canonical": "Kabul", "start": 9, "end": 14, "lat": 34.53, "lon": 69.17}
    claim = {"type": "relocation", "agent": None, "moved": None, "origin": place, "destination": kabul,
             "target": None, "means": None, "time": None, "source": None, "purpose": None,
             "modality": modality, "evidence": {"text": "Raqqa to Kabul", "start": 0, "end": 14}}
    return {"schema_version": "1.0", "id": aid, "title": None, "language": "en", "published": "2024-01-01",
            "outlet": None, "url": None, "content_hash": aid, "narratives": [], "claims": [claim], "sources": [],
            "techniques": [], "technique_summary": {"total": 0, "counts": {}, "densest": []}, "warnings": []}


MODALITIES = ("asserted", "reported", "denied", "refuted")


def test_denied_and_refuted_moves_are_no_claimed_flow_in_the_corpus_views():
    flows = views.flows([_record(m, m) for m in MODALITIES])
    assert [(f["origin"], f["destination"], f["articles"]) for f in flows] == [("Raqqa", "Kabul", 2)]
    assert set(flows[0]["modalities"]) == {"asserted", "reported"}


def test_denied_and_refuted_moves_are_no_claimed_flow_in_the_store(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        for m in MODALITIES:
            doc = make_document(m, f"Raqqa to Kabul, {m}.", source=m)
            article = store.add_article(doc)
            store.save_analysis(article.row, _record(m, m), Versions("test", "test"))
        flows = Q.flows(store.connection)
    assert [(f["origin"], f["destination"], f["articles"]) for f in flows] == [("Raqqa", "Kabul", 2)]
    assert set(flows[0]["modalities"]) == {"asserted", "reported"}


@pytest.mark.parametrize("text", [
    "Pro-Kremlin channels say US planes flew ISIS fighters from Syria to Moldova. The story does not stand up to "
    "scrutiny.",
    "Prorussische Kanäle behaupten, US-Flugzeuge hätten IS-Kämpfer aus Syrien nach Moldau geflogen. Belege dafür gibt "
    "es nicht.",
    "Des chaînes prorusses affirment que des avions américains ont transféré des combattants de Daech de Syrie vers la "
    "Moldavie. Cette version ne résiste pas à l'examen.",
    "Каналы утверждают, что американские самолёты перебросили боевиков ИГИЛ из Сирии в Молдавию. Доказательств этому "
    "нет.",
    "Канали стверджують, що американські літаки перекинули бойовиків ІДІЛ із Сирії до Молдови. Доказів цьому немає.",
])
def test_an_own_voice_sentence_that_finds_no_proof_denies_the_move_before_it(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Kein einziger Kämpfer wurde aus Syrien nach Russland geschickt.",
    "Ни одного боевика из Сирии в Россию не перебрасывали.",
    "Ni un solo combatiente fue trasladado de Siria a Rusia.",
])
def test_no_single_one_of_the_group_moved_is_a_denial(analyser, text):
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Des hélicoptères américains auraient transféré 40 combattants de Daech de Hassaké vers al-Tanf.",
    "Von dort habe man die Kämpfer nach Baku geflogen.",
    "Die Kämpfer würden zunächst nach Gaziantep gebracht und dann nach Baku geflogen.",
    "Американцы якобы перебросили 40 боевиков ИГ из Хасаке в Эт-Танф.",
    "Helicópteros estadounidenses habrían trasladado a 40 combatientes del EI de Hasaka a Al-Tanf.",
    "US helicopters allegedly flew 40 IS fighters from Hasakah to al-Tanf.",
    "Amerykańskie śmigłowce miały rzekomo przewieźć 40 bojowników ISIS z Hasaki do At-Tanf.",
    "Elicotteri americani avrebbero trasferito 40 combattenti dell'ISIS da Hasaka ad al-Tanf.",
])
def test_hearsay_wording_makes_a_claim_reported_even_without_a_named_source(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "reported" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Yesterday it was reported the army had moved 300 soldiers from Rostov to Kherson.",
    "Kowalczyk said Turkish authorities had shipped 40 fighters from Idlib to Libya.",
    "Dazu heißt es, die Bundeswehr habe 200 Soldaten nach Litauen verlegt.",
    "Podano, że policja przewiozła 30 migrantów z Białegostoku do Warszawy.",
])
def test_a_clause_opened_by_a_verb_of_saying_is_reported_though_its_speaker_is_not_named(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "reported" for c in claims), claims


@pytest.mark.parametrize("text", [
    "No, Ukraine is not flying IS fighters to Kursk\n\nA Telegram channel claimed that 250 IS fighters had been "
    "taken by plane from Turkey to Rzeszow, the channel wrote.",
    "Nein, die Ukraine fliegt keine IS-Kämpfer nach Kursk\n\nEin Telegram-Kanal behauptete, 250 IS-Kämpfer seien "
    "per Flugzeug aus der Türkei nach Rzeszow gebracht worden.",
    "No, Ucrania no traslada a combatientes del EI a Kursk\n\nSegún un canal de Telegram, 250 combatientes del EI "
    "habrían sido llevados en avión desde Turquía hasta Rzeszow.",
    "Nie, Ukraina nie przerzuca bojowników ISIS do Kurska\n\nKanał na Telegramie twierdził, że 250 bojowników ISIS "
    "przewieziono samolotem z Turcji do Rzeszowa.",
    "No, l'Ucraina non trasferisce combattenti dell'ISIS a Kursk\n\nSecondo un canale Telegram, 250 combattenti "
    "dell'ISIS sarebbero stati portati in aereo dalla Turchia a Rzeszow.",
])
def test_under_a_debunking_headline_the_retold_moves_are_refuted(analyser, text):
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    body = [c for c in claims if "Rzesz" in (c.destination.text if c.destination else "")]
    assert body and all(c.modality == "refuted" for c in body), [(c.modality, c.destination) for c in claims]


@pytest.mark.parametrize("text", [
    "No, the video does not show what the posts say\n\nPosts on Telegram claim that Hungarian troops were moved "
    "from Debrecen to Uzhhorod last week.",
    "Nein, das Video zeigt nicht, was die Beiträge behaupten\n\nIn den Beiträgen heißt es, ungarische Soldaten "
    "seien aus Debrecen nach Uschhorod verlegt worden.",
    "Falso: el video no muestra lo que dicen las publicaciones\n\nSegún las publicaciones, soldados húngaros "
    "habrían sido trasladados desde Debrecen hasta Úzhgorod.",
    "Ні, відео не показує того, що стверджують дописи\n\nАвтори дописів стверджують, що угорських військових "
    "нібито перекинули з Дебрецена до Ужгорода.",
    "لا، الفيديو لا يُظهر ما تقوله المنشورات\n\nوزعمت المنشورات أن مقاتلين من داعش نُقلوا من الرقة إلى كابول.",
    "Nie, nagranie nie pokazuje tego, co twierdzą wpisy\n\nWe wpisach twierdzi się, że węgierscy żołnierze "
    "zostali przerzuceni z Debreczyna do Użhorodu.",
    "Falso: il video non mostra ciò che dicono i post\n\nSecondo i post, soldati ungheresi sarebbero stati "
    "trasferiti da Debrecen a Uzhhorod.",
    "FAKE NEWS: Polska wysyła żołnierzy na Białoruś\n\nW sieci pojawiły się wpisy, że tureccy najemnicy zostali "
    "przerzuceni z Syrii na Białoruś.",
    "Notizia falsa: i mercenari turchi non sono in Bielorussia\n\nSecondo alcuni post, mercenari turchi sarebbero "
    "stati trasferiti dalla Siria in Bielorussia.",
])
def test_a_verdict_opening_the_headline_makes_the_retold_moves_refuted(analyser, text):
    # "No, ...", "Falso: ...": a fact-check's verdict, even when the headline tells no move of its own; a state's
    # own troops retold under it are kept, as the story it debunks
    # (a headline that tells a move under its verdict, "FAKE NEWS: Polska wysyła żołnierzy na Białoruś", denies it)
    claims = relocations(analyser, text)
    body = [c for c in claims if c.evidence.start > text.index("\n")]
    assert body and all(c.modality == "refuted" for c in body), claims
    assert all(c.modality in ("refuted", "denied") for c in claims), claims


def test_a_sourced_denial_in_the_headline_leaves_the_retold_moves_reported(analyser):
    # "Pentagon denies ..." is a quoted denial, which laundering articles report: no verdict of the article's own
    text = ("Pentagon denies flying IS fighters to Kursk\n\nA Telegram channel claimed that 250 IS fighters had been "
            "taken by plane from Turkey to Rzeszow, the channel wrote.")
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    body = [c for c in claims if "Rzesz" in (c.destination.text if c.destination else "")]
    assert body and all(c.modality == "reported" for c in body), [(c.modality, c.destination) for c in claims]


@pytest.mark.parametrize("text, group", [
    ("The ministry said no adviser had been sent to Poland.", "adviser"),
    ("Le ministère a assuré qu'aucun conseiller n'avait été envoyé en Arménie.", "conseiller"),
    ("El ministerio aseguró que ningún asesor fue enviado a Ucrania.", "asesor"),
    ("Das Ministerium erklärte, es sei kein einziger Ausbilder nach Polen geschickt worden.", "Ausbilder"),
    ("Министерство заявило, что ни один инструктор не был переброшен в Румынию.", "инструктор"),
    ("Міністерство заявило, що жоден інструктор не був перекинутий до Румунії.", "інструктор"),
])
def test_the_noun_a_negator_counts_is_the_group_of_a_denied_move(analyser, text, group):
    [claim] = relocations(analyser, text)
    assert claim.modality == "denied" and claim.moved.text == group


@pytest.mark.parametrize("text, nobody", [
    ("The ministry said nobody had been flown to Kabul.", "nobody"),
    ("El ministerio dijo que nadie fue trasladado a Kabul.", "nadie"),
    ("Die Polizei erklärte, sie habe niemanden nach Kabul abgeschoben.", "niemanden"),
    ("Министерство заявило, что никого из Сирии в Грузию не перевозили.", "никого"),
])
def test_nobody_moved_is_the_group_of_a_denied_move(analyser, text, nobody):
    [claim] = relocations(analyser, text)
    assert claim.modality == "denied" and claim.moved.text == nobody


@pytest.mark.parametrize("text", [
    # the negator counts a word of another clause than the move's: no group of the move
    "A Chinook cannot fly from Syria to Kabul, and no flight record supports the story.",
    "Ein Chinook kann nicht von Syrien nach Kabul fliegen, und keine Flugdaten stützen die Geschichte.",
    "Чинук не может долететь из Сирии в Кабул, и никакие данные полётов этого не подтверждают.",
])
def test_a_negator_in_another_clause_counts_no_group_of_the_move(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, group", [
    ("The Pentagon denied that any advisers had been flown to Mali.", "advisers"),
    ("ونفى متحدث باسم القيادة المركزية الأمريكية إرسال أي قوات إلى اليمن.", "قوات"),
    ("В Минобороны отрицают, что каких-либо инструкторов перебрасывали в Мали.", "инструкторов"),
    ("Das Ministerium bestritt, dass irgendwelche Ausbilder nach Mali geflogen wurden.", "Ausbilder"),
])
def test_in_a_denial_the_noun_any_counts_is_the_group_denied(analyser, text, group):
    [claim] = relocations(analyser, text)
    assert claim.modality == "denied" and claim.moved.text == group


def test_any_counts_no_group_in_a_sentence_that_denies_nothing(analyser):
    claims = relocations(analyser, "Pentagon: any advisers needed in Mali will be flown there.")
    assert all(c.moved is None or c.moved.text != "advisers" for c in claims), claims


@pytest.mark.parametrize("text, group", [
    ("The ministry said the British contingent stayed in Tapa and that no British soldier had been sent to Narva.",
     "British soldier"),
    ("Le ministère a assuré qu'aucun soldat français n'avait été envoyé en Ukraine.", "soldat français"),
    ("El ministerio negó que un solo soldado estadounidense haya sido enviado a Galápagos.", "soldado estadounidense"),
])
def test_a_single_soldier_a_negator_counts_is_the_group_of_a_denied_move(analyser, text, group):
    assert [(c.modality, c.moved.text) for c in relocations(analyser, text)] == [("denied", group)]


@pytest.mark.parametrize("text, group", [
    ("Ракеты доставили из Минска в Брест. Пограничники заявили, что никакие военные грузы из Молдовы в порт Измаил "
     "не поступали.", "военные"),
    ("Raketen wurden aus Minsk nach Brest gebracht. Die Grenzpolizei erklärte, keine Militärfracht aus Moldau sei in "
     "Ismajil eingetroffen.", "Militärfracht"),
    ("Les missiles ont été transférés de Minsk à Brest. La police a assuré qu'aucune cargaison militaire de "
     "Moldavie n'était arrivée à Izmaïl.", "cargaison"),
])
def test_an_arrival_denied_of_a_group_the_negator_counts_is_not_the_last_group_moved(analyser, text, group):
    # "никакие грузы не поступали": the cargo denied is its own group, not the missiles just told
    first, denial = relocations(analyser, text)
    assert denial.modality == "denied" and group in denial.moved.text, denial


@pytest.mark.parametrize("text, destination", [
    ("МИД Ирана опроверг поставки оружия в Россию.", "Россию"),
    ("МЗС Ірану заперечило поставки зброї до Росії.", "Росії"),
    ("Le ministère iranien a démenti toute livraison d'armes vers la Russie.", "Russie"),
    ("El ministerio iraní negó cualquier suministro de armas a Rusia.", "Rusia"),
    ("The Iranian foreign ministry denied any supply of weapons to Russia.", "Russia"),
])
def test_a_denied_supply_of_arms_is_a_denied_move_too(analyser, text, destination):
    # "поставки оружия" is also who arms whom (support): as a move it keeps its destination, denied
    (c,) = relocations(analyser, text)
    assert c.modality == "denied" and c.destination.text == destination, c


@pytest.mark.parametrize("text, group, destination", [
    ("The ministry denied any transfer of troops to Transnistria.", "troops", "Transnistria"),
    ("Le ministère a démenti tout transfert de soldats vers le Niger.", "soldats", "Niger"),
    ("Министерство опровергло любые переброски войск в Приднестровье.", "войск", "Приднестровье"),
    ("El ministerio negó cualquier traslado de soldados a Venezuela.", "soldados", "Venezuela"),
])
def test_a_denied_move_noun_moves_the_group_named_after_it(analyser, text, group, destination):
    # "any transfer of troops": "any" counts the move, and the move's own complement is the group denied
    (c,) = relocations(analyser, text)
    assert (c.modality, c.moved.text, c.destination.text) == ("denied", group, destination), c


@pytest.mark.parametrize("text, group, destination", [
    ("El ministerio negó cualquier traslado organizado de soldados a Venezuela.", "soldados", "Venezuela"),
    ("Le ministère a démenti tout transfert massif de soldats vers le Niger.", "soldats", "Niger"),
    ("Il ministero ha smentito qualsiasi trasferimento segreto di soldati in Libia.", "soldati", "Libia"),
])
def test_an_adjective_after_a_denied_move_noun_is_no_group(analyser, text, group, destination):
    # "traslado organizado de soldados": where adjectives follow the noun, one may stand before the noun's "de"
    (c,) = relocations(analyser, text)
    assert (c.modality, c.moved.text, c.destination.text) == ("denied", group, destination), c


@pytest.mark.parametrize("text, destination", [
    ("Das Ministerium erklärte, in Suwałki seien lediglich polnische Einheiten stationiert, und kein US-Soldat sei "
     "dorthin verlegt worden.", "Suwałki"),
    ("Министерство заявило, что в Гюмри находятся только армянские части и ни один российский военный туда не "
     "переброшен.", "Гюмри"),
    ("Міністерство заявило, що в Гюмрі перебувають лише вірменські частини і жоден російський військовий туди не "
     "перекинутий.", "Гюмрі"),
])
def test_there_goes_where_the_sentence_last_named_a_place(analyser, text, destination):
    (c,) = relocations(analyser, text)
    assert c.modality == "denied" and c.destination.text == destination, c


@pytest.mark.parametrize("text", [
    "Деякі дописи додають, що частину найманців уже завезли до Любомля.",
    "Некоторые каналы добавляют, что часть наемников уже перевезли в Любомль.",
])
def test_adding_that_attributes_the_claim(analyser, text):
    """"додають", "добавляют" (the imperfective "they add"): the posts tell the move, so it is reported, with them as
    its source."""
    (claim,) = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claim.modality == "reported" and claim.source is not None, claim


def test_a_pronoun_hyphened_onto_the_verb_is_no_if(analyser):
    """Portuguese "se" is "if" and a pronoun: "retiraram-se" (they withdrew) tells a move done."""
    (claim,) = [c for c in analyser.analyse_text("As tropas francesas retiraram-se do Mali para o Níger em agosto.")
                .document.claims if c.type == "relocation"]
    assert claim.modality == "asserted", claim


@pytest.mark.parametrize("text", [
    "Según el Gobierno, otros 95 ciudadanos serán trasladados la próxima semana desde Lima a Caracas.",
    "Selon la même source, un second groupe de combattants doit être envoyé vers la province de Kunar.",
    "По данным источника, из Тбилиси в Киев должна вылететь еще одна партия наемников.",
    "وقال المصدر إن المقاتلين سينقلون جوا من أضنة إلى مأرب.",
])
def test_a_move_due_or_in_the_future_is_hypothetical_even_when_attributed(analyser, text):
    """"serán trasladados", "doit être envoyé", "должна вылететь", "سينقلون": a move planned or due, not told as done;
    hypothetical wins over the source that reports it."""
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claims and all(c.modality == "hypothetical" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Posts claim that US helicopters flew ISIS fighters from Syria to Niger. The footage in fact shows Iraqi "
    "soldiers being flown from Qayyarah to Mosul in 2016.",
    "Des publications affirment que des hélicoptères américains ont transporté des combattants de Daech de Syrie "
    "vers le Niger. Les images montrent en réalité des soldats irakiens transportés de Qayyarah à Mossoul en 2016.",
    "Публикации утверждают, что американские вертолёты перевезли боевиков ИГИЛ из Сирии в Нигер. На самом деле на "
    "видео иракских военных перевозят из Кайяры в Мосул в 2016 году.",
])
def test_a_refuting_article_keeps_the_move_it_tells_as_what_really_happened(analyser, text):
    """A fact-check's claims are refuted, but not the move it tells in its own voice as what really happened ("in
    fact", "en réalité", "на самом деле": the `correction` words): that one stays as told (asserted, or reported
    when the footage is its source)."""
    from narrascope.settings import DEFAULT
    from narrascope.stages.stance import _refute

    doc = analyser.analyse_text(text).document
    _refute(doc, DEFAULT)
    moods = {(c.destination.canonical if c.destination else None): c.modality for c in doc.claims
             if c.type == "relocation"}
    assert moods.get("Mosul") in ("asserted", "reported") and moods.get("Niger") == "refuted", moods


@pytest.mark.parametrize("text, destination", [
    ("The ministry said that not a single American soldier had set foot in Ukraine.", "ukraine"),
    ("Le commandement a assuré que pas un seul soldat français n'a mis le pied au Suriname.", "suriname"),
    ("В министерстве заявили, что ни один американский военный не ступал на территорию Украины.", "ukraine"),
])
def test_setting_foot_somewhere_is_an_arrival_and_its_denial_is_denied(analyser, text, destination):
    """"set foot in", "mettre le pied au", "ступать на": an arrival (new in frames' ``arrival``); denied with the
    negating quantifier before the soldier."""
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    found = [(c.modality, (c.destination.canonical or "").casefold()) for c in claims]
    assert found == [("denied", destination)], claims


@pytest.mark.parametrize("text", [
    "Non, cette vidéo ne montre pas des mercenaires à Odessa\n\nLa vidéo est partagée avec la légende « Des "
    "mercenaires de Wagner ont été transférés à Odessa ». Elle a été tournée à Beyrouth en 2020.",
    "No, this video does not show mercenaries in Odesa\n\nThe clip is shared with the caption \"Wagner mercenaries "
    "were flown to Odesa\". It was filmed in Beirut in 2020.",
    "Ні, це відео не показує найманців в Одесі\n\nВідео поширюють із підписом «Найманців Вагнера перекинули до "
    "Одеси». Його зняли в Бейруті 2020 року.",
])
def test_a_quoted_caption_under_a_verdict_headline_is_the_story_debunked(analyser, text):
    """Under "No, ..." the move a quoted caption or post tells in the article's own sentence (no source, so it read as
    asserted) is the debunked story: refuted, never a claimed move."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality in ("refuted", "denied") for c in claims), claims


@pytest.mark.parametrize("text", [
    "Western officials have never explained how dozens of IS fighters escaped from Syria to Turkey.",
    "Les responsables occidentaux n'ont jamais expliqué comment des dizaines de combattants de l'EI ont fui la "
    "Syrie vers la Turquie.",
    "Die westlichen Beamten haben nie erklärt, wie Dutzende IS-Kämpfer aus Syrien in die Türkei geflohen sind.",
    "Los funcionarios occidentales nunca explicaron cómo decenas de combatientes del EI huyeron de Siria a Turquía.",
])
def test_a_negated_explanation_of_how_they_moved_denies_no_move_and_names_no_mover(analyser, text):
    claims = relocations(analyser, text)
    assert claims, text
    assert all(c.modality != "denied" and c.agent is None for c in claims), claims


def test_a_negator_of_the_move_itself_still_denies_it(analyser):
    claims = relocations(analyser, "The ministry said it had never moved IS fighters from Syria to Turkey.")
    assert claims and all(c.modality == "denied" for c in claims), claims


# claims16: German negators in the dative and genitive ("zu keinem Zeitpunkt"), and "keinem" counts no group
@pytest.mark.parametrize("text", [
    "Die Bundeswehr erklärte, sie habe zu keinem Zeitpunkt IS-Kämpfer nach Litauen geflogen.",
    "Nach Angaben des Ministeriums wurden in keinem Fall IS-Kämpfer nach Polen gebracht.",
])
def test_a_german_negator_in_the_dative_denies_the_move(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims
    assert all("zeitpunkt" not in canon_text(c.moved) for c in claims), claims


def canon_text(slot) -> str:
    return (slot.text if slot is not None else "").casefold()


# Calling a story absurd debunks it, in every frame language
@pytest.mark.parametrize("text", [
    "The embassy called the reports absurd: no fighters were flown to Kabul.",
    "L'ambassade a qualifié d'absurdes les informations sur des combattants transférés à Kaboul.",
    "La embajada calificó de absurdo que combatientes fueran trasladados a Kabul.",
    "Das Ministerium nannte es absurd, dass IS-Kämpfer nach Kabul geflogen worden seien.",
    "В посольстве назвали абсурдом сообщения о том, что боевиков перебросили в Кабул.",
])
def test_calling_a_move_absurd_denies_it(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


# German "zurückweisen" with its particle further on: its object makes it a denial, one that may name no place
@pytest.mark.parametrize("text", [
    "Die Regierung wies die Berichte am Abend als Propaganda zurück: Man habe keine IS-Kämpfer nach Polen gebracht.",
    "Das Pentagon weist die Vorwürfe entschieden zurück und erklärt, man habe keine IS-Kämpfer transportiert.",
])
def test_a_split_german_denial_verb_denies(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


# A pronoun right after a speech verb is the speaker again; whom the negator counts is the group of the denial
@pytest.mark.parametrize("text, group", [
    ("Die Regierung wies die Berichte als absurd zurück und erklärte, sie habe niemanden nach Polen gebracht.",
     "niemanden"),
    ("The ministry said it had flown nobody to Poland.", "nobody"),
    ("Минобороны заявило, что оно никого не перевозило в Польшу.", "никого"),
])
def test_the_speaker_again_is_no_group_and_nobody_is_denied(analyser, text, group):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" and canon_text(c.moved) == group for c in claims), claims


@pytest.mark.parametrize("text, origin", [
    ("Місцеві джерела стверджують, що жоден російський підрозділ Бенгазі не залишав.", "Бенгазі"),
    ("Местные источники утверждают, что ни одно российское подразделение Бенгази не покидало.", "Бенгази"),
])
def test_a_place_left_may_stand_before_the_negated_verb_of_leaving(analyser, text, origin):
    """Free word order: "no unit left Benghazi" may put the town before the verb; it is where from, not whose."""
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == "denied" and claims[0].origin is not None, claims
    assert claims[0].origin.text == origin and origin not in claims[0].moved.text, claims


@pytest.mark.parametrize("text", [
    "La Secretaría de Defensa negó cualquier movimiento de tropas estadounidenses hacia Tegucigalpa.",
    "O Estado-Maior desmentiu qualquer movimentação de tropas russas para Tiraspol.",
    "Le ministère a démenti tout mouvement de combattants de l'EI vers Gao.",
    "Il ministero ha smentito qualsiasi movimento di combattenti dell'Isis verso Tripoli.",
])
def test_a_denied_movement_of_a_group_is_a_denied_move(analyser, text):
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == "denied" and claims[0].destination is not None, claims


@pytest.mark.parametrize("text, origin", [
    ("Представитель «Хайят Тахрир аш-Шам» в интервью местному изданию заявил, что ни один член группировки Идлиб "
     "не покидал.", "Идлиб"),
    ("Речник «Ісламської держави» в інтерв'ю місцевому виданню заявив, що жоден член угруповання Ракку не залишав.",
     "Ракку"),
])
def test_a_group_in_the_speakers_clause_is_not_whom_the_reported_denial_moves(analyser, text, origin):
    """The group named in "the spokesman of HTS said that ..." speaks; the negated member in the reported clause is
    the group, and the town before the verb of leaving is where from, even after an earlier "в" or "у"."""
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == "denied" and claims[0].origin is not None, claims
    assert claims[0].origin.text == origin and "член" in claims[0].moved.text, claims


@pytest.mark.parametrize("text", [
    "Das Bundesinnenministerium erklärte auf Anfrage, kein einziger ukrainischer Staatsbürger sei gegen seinen Willen "
    "in die Ukraine zurückgebracht worden.",
    "Министерство заявило, что ни один украинский гражданин против своей воли на Украину не возвращался.",
    "The ministry said that no single wounded civilian had, against his will, been flown to Kyiv by the authorities.",
])
def test_a_negator_that_counts_denies_the_group_two_words_on(analyser, text):
    """"kein einziger ukrainischer Staatsbürger ... zurückgebracht": the quantifier counts the group though two
    words stand between them and the verb is far."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Ein Sprecher erklärte, keine einzige der aus Deutschland gelieferten Haubitzen sei nach Moldau gebracht worden.",
    "El ministerio aseguró que ninguno de los obuses entregados por Alemania fue trasladado a Moldavia en mayo.",
    "Il ministero ha precisato che nessuno degli obici forniti dalla Germania è stato trasferito in Moldavia.",
])
def test_a_negator_that_counts_denies_the_verb_of_its_clause_however_long_its_phrase(analyser, text):
    """"keine einzige der aus Deutschland gelieferten Haubitzen sei ... gebracht worden": the quantifier counts the
    subject of the move, whose phrase keeps it far from both the group word and the verb."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "None of the officials could say how many fighters had been flown from Idlib to Moldova in May.",
    "Nessuno dei funzionari ha detto che i combattenti sono stati trasferiti da Idlib in Moldavia.",
])
def test_a_counting_negator_of_another_clause_denies_no_move(analyser, text):
    """The negator counts who speaks or asks ("None of the officials could say how many ..."), not who moves."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality != "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Dass ehemalige Kämpfer des IS aus Syrien nach Kanada gebracht worden seien, wies der Sprecher als Erfindung "
    "zurück.",
    "Die Regierung in Rom wies Berichte zurück, wonach Kämpfer aus Libyen nach Sizilien gebracht worden seien.",
    "Der Sprecher stritt die Verlegung von Söldnern aus Syrien nach Libyen entschieden ab.",
])
def test_a_german_verb_of_denial_split_around_its_object_denies(analyser, text):
    """"wies ... zurück", "stritt ... ab": the verb and its particle where the clause ends deny the move."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


def test_a_verb_split_from_another_particle_denies_nothing(analyser):
    """"wies ... hin" points out; only the denial's own particle makes "wies" a denial."""
    claims = relocations(analyser, "Der Sprecher wies darauf hin, dass Kämpfer aus Syrien nach Libyen gebracht "
                                   "worden seien.")
    assert claims and all(c.modality != "denied" for c in claims), claims


@pytest.mark.parametrize("text, group", [
    ("The embassy said its personnel had never transported any militants of the Islamic State.", "militants"),
    ("Ein Sprecher der Koalition erklärte, kein einziger Häftling sei von amerikanischen Maschinen transportiert "
     "worden.", "Häftling"),
    ("Le ministère a assuré qu'aucun combattant n'avait été transporté par ses avions.", "combattant"),
])
def test_a_denied_move_of_a_counted_group_is_a_claim_without_places(analyser, text, group):
    """"had never transported any armed group": the denial says where nobody went, so it names no place; the group
    the negator or "any" counts is known, and the claim is kept, denied."""
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == "denied" and group in claims[0].moved.text, claims
    assert claims[0].origin is None and claims[0].destination is None, claims


@pytest.mark.parametrize("text", [
    "The ministry said it had no record of any transfer and would not comment further.",
    "Die Behörde erklärte, ihr lägen keinerlei Erkenntnisse über solche Transporte vor.",
])
def test_a_negator_that_counts_no_group_gives_no_placeless_denial(analyser, text):
    """"no record of", "keinerlei Erkenntnisse": the negator counts a record, not anyone moved."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "The ministry called the report of the transfer of Syrian fighters to Libya a fantasy.",
    "Il ministero ha definito «una fantasia» il trasferimento di combattenti siriani in Libia.",
    "El ministerio calificó de «fantasía» el traslado de combatientes sirios a Libia.",
    "O ministério classificou de «fantasia» a transferência de combatentes sírios para a Líbia.",
])
def test_a_move_called_a_fantasy_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims)


@pytest.mark.parametrize("text", [
    # having no record or no information of the move: a denial by whoever keeps the records
    "La Guardia Civil afirmó no tener constancia de que soldados marroquíes fueran trasladados de Ceuta a Málaga.",
    "Министерство обороны Казахстана заявило, что не располагает сведениями об отправке военных из Алматы в Армению.",
    "Минздрав сообщил, что не располагает данными о вывозе раненых из Донецка в Ростов.",
    # "there was no such move" told as an existential in German
    "Eine Verlegung von Kampfpanzern aus Bayern nach Litauen habe es nicht gegeben, sagte der Sprecher.",
    # the denial verb with the object pronoun of what the sentence told first ("which Ankara denied")
    "وقالت مصادر إن تركيا نقلت مئات المرتزقة من إدلب إلى طرابلس، وهو ما نفته أنقرة.",
    "The ministry said there was no record that any soldiers had travelled from Rzeszow to Lviv.",
    # a report of the move called propaganda by whoever is said to make it
    "The Kremlin called the report that Russian troops were moved from Minsk to Brest pure propaganda.",
    "Il ministero ha definito pura propaganda la notizia che soldati russi siano stati trasferiti da Minsk a Brest.",
    "El Gobierno calificó de pura propaganda que soldados rusos hayan sido trasladados de Minsk a Brest.",
    "Le ministère a qualifié de pure propagande l'affirmation selon laquelle des soldats russes ont été transférés "
    "de Minsk à Brest.",
])
def test_no_record_of_a_move_and_a_denial_of_what_was_just_said_deny_it(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "La Guardia Civil afirmó que soldados marroquíes fueron trasladados desde Ceuta a Málaga.",
    "Министерство обороны заявило, что располагает сведениями об отправке военных из Алматы в Армению.",
    "وقالت مصادر إن تركيا نقلت مئات المرتزقة من إدلب إلى طرابلس.",
    "Records show that 300 soldiers were moved from Rzeszow to Lviv last week.",
])
def test_records_or_sources_without_a_denial_leave_the_move_claimed(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality not in ("denied", "refuted") for c in claims), claims


@pytest.mark.parametrize("text", [
    "Независимых подтверждений переброски военных из Армении в Иран пока нет.",
    "Независими доказателства за прехвърляне на войници от Румъния в Молдова досега не са представени.",
    "Unabhängige Belege dafür, dass Soldaten aus Polen nach Litauen verlegt wurden, gibt es bislang nicht.",
    "Доказів того, що військових перекинули з Херсона до Криму, немає.",
    "Dowodów na to, że żołnierze zostali przerzuceni z Polski na Ukrainę, nie ma.",
    "Independent confirmation that the troops were flown from Minsk to Brest has yet to be presented.",
])
def test_evidence_for_a_move_said_to_be_missing_denies_it(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Есть подтверждения переброски военных из Армении в Иран.",
    "Belege dafür, dass Soldaten aus Polen nach Litauen verlegt wurden, legte das Ministerium vor.",
    "Evidence shows the troops were flown from Minsk to Brest.",
])
def test_evidence_for_a_move_not_said_to_be_missing_leaves_it_claimed(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality not in ("denied", "refuted") for c in claims), claims


@pytest.mark.parametrize("text, speaker", [
    ("The spokesman said that no foreign fighters had landed in Benghazi.", "spokesman"),
    ("Eine Sprecherin erklärte, in Rukla sei kein einziger Soldat aus Deutschland gelandet.", "Sprecherin"),
    ("Министерството заяви, че в Бургас не са пристигали никакви бойци от Сирия.", "Министерството"),
])
def test_who_denies_an_arrival_is_its_source_not_its_mover(analyser, text, speaker):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims
    assert all(c.source is not None and speaker in c.source.text for c in claims), claims
    assert all(c.agent is None or speaker not in c.agent.text for c in claims), claims


@pytest.mark.parametrize("text", [
    # a correlative negation ("neither ... nor") counts the groups it joins, however far the verb
    "Neither soldiers nor weapons were sent from Rzeszow to Lviv.",
    "Weder Soldaten noch Waffen wurden aus Rzeszów nach Lwiw gebracht.",
    "Ni soldados ni armas fueron enviados de Rzeszów a Lviv.",
    "Нито войници, нито оръжия са изпращани от Жешув в Лвов.",
])
def test_neither_nor_denies_the_move_of_the_groups_it_joins(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Neither side disputes that 300 soldiers were sent from Rzeszow to Lviv.",
    "Ni siquiera el ministerio sabía que 300 soldados fueron enviados de Rzeszów a Lviv.",
])
def test_neither_in_another_clause_or_not_even_leaves_the_move_claimed(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality not in ("denied", "refuted") for c in claims), claims


@pytest.mark.parametrize("text", [
    # the move, told as a noun, said not to have taken place
    "Według ministerstwa przerzut 300 żołnierzy z Rzeszowa do Lwowa nie miał miejsca.",
    "Eine Verlegung von Soldaten aus Polen nach Litauen hat nicht stattgefunden.",
    "Переброски военных из Армении в Иран не происходило.",
])
def test_a_move_said_not_to_have_taken_place_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


def test_a_move_said_to_have_taken_place_stays_claimed(analyser):
    claims = relocations(analyser, "The transfer of 300 soldiers from Rzeszow to Lviv took place last week.")
    assert claims and all(c.modality == "asserted" for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # a negating quantifier before a move noun counts the move: the noun stays the trigger, the move is denied
    ("No hubo ningún traslado de migrantes de Ceuta a Algeciras.", "migrantes", "Ceuta", "Algeciras"),
    ("Il n'y a eu aucun transfert de prisonniers de Lyon vers Marseille.", "prisonniers", "Lyon", "Marseille"),
    ("Il detenuto non è stato trasferito da Roma a Milano.", "detenuto", "Roma", "Milano"),
])
def test_a_negated_move_noun_or_verb_is_a_denied_claim_not_only_debunking_wording(analyser, text, moved, origin,
                                                                                   destination):
    claims = relocations(analyser, text)
    assert [(c.modality, c.moved.text, c.origin.text, c.destination.text) for c in claims] == [
        ("denied", moved, origin, destination)], claims


@pytest.mark.parametrize("text, moved", [
    # a move noun the frame file lists with its genitive link, with a qualifier between ("transferência secreta de")
    ("O ministério negou qualquer transferência secreta de presos de Manaus para Roraima.", "presos"),
    ("Não houve nenhum envio clandestino das armas de Santos para Luanda.", "armas"),
    ("El ministerio negó la transferencia masiva de migrantes de Ceuta a Algeciras.", "migrantes"),
    ("No hubo ninguna entrada ilegal de combatientes desde Colombia a Venezuela.", "combatientes"),
])
def test_a_denied_move_noun_with_a_qualifier_before_its_link_is_denied(analyser, text, moved):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" and c.moved.text == moved for c in claims), claims


def test_a_move_noun_with_a_qualifier_told_as_done_stays_asserted(analyser):
    claims = relocations(analyser, "Houve uma transferência secreta de presos de Manaus para Roraima.")
    assert [(c.modality, c.origin.text, c.destination.text) for c in claims] == [("asserted", "Manaus", "Roraima")]


@pytest.mark.parametrize("text", [
    # the qualifier may stand only before a link the noun is listed with: "départs de", not "départs du" (from)
    "Le Tchad accueille des forces françaises après les départs successifs du Mali et du Niger.",
    # a name between the noun and the link is no qualifier
    "La entrada Norte de la base de Rota estaba cerrada.",
])
def test_a_qualified_move_noun_needs_its_listed_link_and_a_word_in_small_letters(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, moved", [
    # Bulgarian "за" after the object of a denied move: the quantifier that counts the object is none of its words
    ("Министерството заяви, че от Варна не е изпращан нито един вагон с оръжие за Грузия.", "оръжие"),
    ("Министерството отрече от Варна да е изнасяна каквато и да е военна техника за Грузия.", "военна техника"),
    ("Министерството заяви, че от Варна не са изпращани никакви оръжия за Грузия.", "оръжия"),
])
def test_a_bulgarian_denied_move_reaches_for_after_a_counted_object(analyser, text, moved):
    claims = relocations(analyser, text)
    assert [(c.modality, c.moved.text, c.origin.text, c.destination.text) for c in claims] == [
        ("denied", moved, "Варна", "Грузия")], claims


def test_a_bulgarian_counted_object_before_na_keeps_na_of_an_owner(analyser):
    # "на" after a noun is "of": a ship of the United States, not one sent there
    claims = relocations(analyser, "От Варна не е изтеглян нито един военен кораб на САЩ.")
    assert all(c.destination is None for c in claims), claims


@pytest.mark.parametrize("text", [
    # a similar or the same claim told again is another version of the story debunked: its move is denied
    "Similar claims that France was flying fighters from Mali to Ukraine circulated last year.",
    "Podobne nagranie krążyło już rok temu, wtedy z podpisem o przerzucie żołnierzy z Gdyni do Lwowa.",
    "Похожее утверждение появлялось в марте: тогда писали, что Польша перебросила солдат из Жешува во Львов.",
    "Una afirmación similar circuló en 2020: entonces se decía que el Gobierno había trasladado a 300 migrantes de "
    "Melilla a Málaga.",
    "Une affirmation similaire circulait en 2021 : la France aurait transféré 200 légionnaires de Nîmes à Odessa.",
    "Подобно твърдение се появи през март, когато профил писа, че американски войници са пристигнали от Варна в Одеса.",
])
def test_a_similar_claim_told_again_is_a_variant_of_the_story_and_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # Ukrainian "crossed the border with X" (or "of X"): into X, as Russian "пересекали границу с Украиной"
    ("Мінськ заперечив, що білоруські підрозділи перетинали кордон з Україною.", "Україною"),
    ("Прикордонники повідомили, що жодні польські підрозділи не перетинали кордон з Білоруссю.", "Білоруссю"),
    ("Мінськ заперечив, що білоруські підрозділи перетинали кордон України.", "України"),
])
def test_a_ukrainian_denied_border_crossing_goes_into_the_country_named(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(c.modality, c.origin, c.destination.text) for c in claims] == [("denied", None, destination)], claims


@pytest.mark.parametrize("text", [
    "Unos 300 soldados rusos iban a ser enviados a Cúcuta.",
    "Según el diario, unos 200 soldados colombianos debían llegar a Cúcuta el viernes.",
    "Trois cents soldats russes devaient rejoindre Gao par la route.",
    "Trezentos soldados russos deveriam ser enviados para Gao.",
])
def test_a_move_due_in_the_past_is_planned_not_done(analyser, text):
    """"iban a ser enviados", "devaient rejoindre", "deveriam ser enviados": what was to happen then is told as
    planned, not as done."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "hypothetical" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Unos 300 soldados rusos fueron enviados a Cúcuta.",
    "Trois cents soldats russes ont rejoint Gao par la route.",
])
def test_a_move_told_as_done_stays_asserted(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "asserted" for c in claims), claims


@pytest.mark.parametrize("text", [
    "The buses took 150 families from the al-Hol camp to a centre near Mosul, where they will be screened.",
    "Los autobuses llevaron a 150 familias desde el campo de Al Hol a un centro cerca de Mosul, donde serán "
    "examinadas.",
    "Автобусы доставили 150 семей из лагеря Эль-Холь в центр под Мосулом, где их будут проверять.",
    "Les bus ont conduit 150 familles du camp d'al-Hol vers un centre près de Mossoul, où elles seront contrôlées.",
])
def test_a_modal_word_in_a_clause_about_the_place_they_went_does_not_make_the_move_hypothetical(analyser, text):
    """", where they will be screened" tells what happens at the destination; the move itself took place."""
    assert [c.modality for c in relocations(analyser, text)] == ["asserted"]


@pytest.mark.parametrize("text", [
    "The buses will take 150 families from the al-Hol camp to a centre near Mosul.",
    "Автобусы должны доставить 150 семей из лагеря Эль-Холь в центр под Мосулом, где их будут проверять.",
    "Los autobuses deberán llevar a 150 familias desde el campo de Al Hol a un centro cerca de Mosul, donde serán "
    "examinadas.",
])
def test_a_move_that_is_itself_to_come_stays_hypothetical_with_or_without_a_clause_about_the_place(analyser, text):
    assert [c.modality for c in relocations(analyser, text)] == ["hypothetical"]


@pytest.mark.parametrize("text, vehicle, place", [
    ("The port authority said no ship had left Sevastopol.", "ship", "Sevastopol"),
    ("La autoridad portuaria aseguró que ningún barco había salido de Sebastopol.", "barco", "Sebastopol"),
    ("L'autorità portuale ha precisato che nessuna nave ha lasciato Sebastopoli.", "nave", "Sebastopoli"),
    ("Die Hafenbehörde erklärte, kein Schiff habe Sewastopol verlassen.", "Schiff", "Sewastopol"),
    ("Міністерство заявило, що жоден корабель Севастополь не покидав.", "корабель", "Севастополь"),
    ("Ministerstwo zaprzeczyło, by jakikolwiek okręt opuścił Sewastopol.", "okręt", "Sewastopol"),
])
def test_a_vehicle_a_negator_counts_is_what_a_denied_move_moved(analyser, text, vehicle, place):
    # with no group counted, the vehicle before the verb itself went nowhere: its move is told, and denied
    claims = relocations(analyser, text)
    assert [(c.modality, c.moved.text, c.origin.text) for c in claims] == [("denied", vehicle, place)], claims


@pytest.mark.parametrize("text, group", [
    ("No aircraft carried any Russian soldiers to Libya, the ministry said.", "Russian soldiers"),
    ("Ningún avión llevó a soldados rusos a Libia, según el ministerio.", "soldados rusos"),
])
def test_a_group_a_negator_counts_wins_over_the_vehicle(analyser, text, group):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" and c.moved.text == group for c in claims), claims



@pytest.mark.parametrize("text", [
    # a report called a lie or slander: the falsehood noun in the instrumental a verb of naming takes
    "В Баку назвали ложью сообщения о переброске сирийских боевиков из Идлиба в Карабах.",
    "У Мінську назвали брехнею повідомлення про перекидання вагнерівців з Гомеля до Бреста.",
    "Посольство назвало инсинуациями сообщения о переброске наёмников из Ливии в Мали.",
    "Міністерство назвало інформаційною диверсією повідомлення про перекидання найманців з Лівії до Малі.",
    "Ministerstwo nazwało insynuacjami doniesienia o przerzucie najemników z Turcji do Libii.",
    # a verb of ruling out before a noun of the move
    "The defence ministry ruled out any transfer of Syrian mercenaries to Libya.",
])
def test_a_report_called_a_lie_or_a_move_ruled_out_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    # a move called a provocation is condemned, not denied: it took place
    "Москва назвала провокацией переброску американских войск из Германии в Польшу.",
    "Москва назвала провокацією перекидання американських військ з Німеччини до Польщі.",
])
def test_a_move_called_a_provocation_is_not_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality != "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Посольство сообщило, что переброска наёмников из Ливии в Мали не планируется.",
    "Посолството съобщи, че прехвърляне на наемници от Либия към Мали не е планирано.",
    "The embassy said a transfer of mercenaries from Libya to Mali is not planned.",
    "La embajada dijo que el traslado de mercenarios de Libia a Malí no está previsto.",
    "Die Botschaft erklärte, eine Verlegung von Söldnern aus Libyen nach Mali sei nicht geplant.",
])
def test_a_move_said_not_planned_after_its_noun_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    # a negated word of existence closing the move noun's clause: there is no such move
    "Переброски наёмников из Сирии в Ливию не было.",
    "Перекидання військ з Білорусі до України немає.",
    "Прехвърляне на войници от България към Украйна няма.",
    "Przerzutu żołnierzy z Niemiec do Polski nie było.",
    "Перекидання найманців із Сирії до Лівії не було, заявили у міністерстві.",
])
def test_a_move_said_not_to_exist_after_its_noun_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    # the word of existence in a clause of its own, after "and" or a comma: the move itself is told
    "Детей вывезли в Россию и вестей от них нет.",
    "Детей вывезли в Россию, где у них нет родных.",
    "Дітей вивезли до Росії, і зв'язку з ними немає.",
    "Transfer żołnierzy z Niemiec do Polski odbył się w nocy i nie ma już ich w kraju.",
])
def test_a_move_told_before_a_clause_of_absence_is_not_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality != "denied" for c in claims), claims


@pytest.mark.parametrize("text, denied", [
    # a finite verb of ruling out before the move's noun rules the move out
    ("Il comando ha escluso spedizioni di armi verso la Libia.", True),
    ("I ministri hanno escluso trasferimenti di profughi dalla Libia in Italia.", True),
    # German's separable verb of ruling out, its particle closing the clause
    ("Die Regierung schloss Lieferungen von Panzern in die Ukraine aus.", True),
    ("Das Ministerium schließt Verlegungen von Soldaten nach Litauen aus.", True),
    # ruled out of something ("escluso dal programma"): who was left out was moved all the same
    ("Il governo ha escluso dal programma i profughi trasferiti dalla Libia in Italia.", False),
])
def test_a_move_ruled_out_before_its_noun_is_denied(analyser, text, denied):
    claims = relocations(analyser, text)
    assert claims and all((c.modality == "denied") == denied for c in claims), claims


@pytest.mark.parametrize("text", [
    # the plan word in another clause, or in the past: the move itself is told
    "Mercenaries were moved from Libya to Mali, which was not planned.",
    "Наёмников перебросили из Ливии в Мали, хотя этого не планировалось.",
])
def test_a_move_told_done_with_an_unplanned_aside_is_not_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality != "denied" for c in claims), claims


@pytest.mark.parametrize("text, seat, destination", [
    # a verb of naming speaks like a verb of saying: the place before it is where the speaker sits
    ("В Баку назвали ложью сообщения о переброске сирийских боевиков из Идлиба в Карабах.", "Баку", "Карабах"),
    ("У Баку назвали брехнею повідомлення про перекидання сирійських бойовиків з Ідліба до Карабаху.", "Баку",
     "Карабаху"),
    ("W Baku nazwali kłamstwem doniesienia o przerzucie syryjskich bojowników z Idlibu do Karabachu.", "Baku",
     "Karabachu"),
])
def test_the_seat_of_who_calls_a_report_false_is_no_destination(analyser, text, seat, destination):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims
    assert all(c.destination is not None and seat not in c.destination.text for c in claims), claims
    assert any(c.destination.text == destination for c in claims), claims


@pytest.mark.parametrize("text", [
    "У Генштабі назвали дописи про перекидання найманців з Лівії до Малі «інформаційною операцією».",
    "В Генштабе назвали сообщения о переброске наёмников из Ливии в Мали информационной операцией.",
])
def test_a_report_called_an_information_operation_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Il governo non ha escluso l'invio di soldati italiani in Libia.",
    "Le ministère n'a pas démenti l'envoi de soldats français en Libye.",
    "Пентагон не опроверг переброску американских войск в Ливию.",
    "The Pentagon did not deny the transfer of US troops to Libya.",
    "Міністерство не спростувало перекидання українських військових до Лівії.",
])
def test_the_negator_of_a_denial_verb_denies_no_move_after_it(analyser, text):
    """"non ha escluso l'invio", "n'a pas démenti l'envoi", "не опроверг переброску": the negator belongs to the
    verb of denial, whose denial it takes back; it does not deny the move's noun after it (the move is left open)."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality != "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Il governo ha escluso l'invio di soldati italiani in Libia.",
    "Le ministère a démenti l'envoi de soldats français en Libye.",
    "Пентагон опроверг переброску американских войск в Ливию.",
])
def test_the_same_denial_verb_without_a_negator_still_denies(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Няма прехвърляне на турски войници в Либия.",
    "Нямаше доставки на оръжие от Бургас за Украйна, заяви министерството.",
    "Nie ma przerzutu tureckich żołnierzy do Libii.",
    "Rzecznik zapewnił, że nie było przerzutu tureckich żołnierzy do Libii.",
    "Немає перекидання турецьких військових до Лівії.",
])
def test_a_negated_word_of_existence_before_the_moves_noun_denies_it(analyser, text):
    """"Няма прехвърляне на ...", "Nie ma przerzutu ...", "Немає перекидання ...": there is no such move, the word of
    existence opening the clause before its noun as it may close it after ("переброски войск нет")."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Турция няма да изпрати войници в Либия.",
    "Turkey won't send soldiers to Libya.",
    "Türkei wird keine Soldaten nach Libyen schicken.",
])
def test_a_negated_future_move_is_denied(analyser, text):
    """Bulgarian "няма да" (will not), as "won't" and "wird keine": the move said not to come is denied."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "O governo descartou envios de soldados portugueses para a Líbia.",
    "O governo descartou o envio de soldados portugueses para a Líbia.",
    "Il governo ha escluso l'invio di soldati italiani in Libia.",
    "Das Ministerium schloss eine Verlegung von Soldaten nach Libyen aus.",
])
def test_ruling_out_a_moves_noun_denies_it(analyser, text):
    """"descartou envios de", "ha escluso l'invio di", "schloss eine Verlegung ... aus": a finite verb of ruling out
    before the move's noun denies the move, as "descartou que" does."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims
