"""First-level divisions from ISO 3166-2 (lexicon/regions_iso.tsv): named in full they are the division, with every
town GeoNames places in it; their seat named alone stays a city."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from narrascope.lexicon.gazetteer import REGIONS_FILE, is_region
from narrascope.lexicon.places import find_places, geocode, holds_nearby


@pytest.mark.parametrize("text, language, surface, canonical", [
    # an oblast named after its centre, in English, German, French, and by its adjective in Russian and Ukrainian
    ("The prisoners were taken to Penza Oblast.", "en", "Penza Oblast", "Penza Oblast"),
    ("The unit was moved to the Penza region last week.", "en", "Penza region", "Penza Oblast"),
    ("Die Gefangenen wurden in die Oblast Penza gebracht.", "de", "Oblast Penza", "Penza Oblast"),
    ("Les prisonniers ont été conduits dans la région de Penza.", "fr", "région de Penza", "Penza Oblast"),
    ("Заключённых этапировали в Пензенскую область.", "ru", "Пензенскую область", "Penza Oblast"),
    ("В Пензенской области открыли новый лагерь.", "ru", "Пензенской области", "Penza Oblast"),
    ("Полонених перевезли до Пензенської області.", "uk", "Пензенської області", "Penza Oblast"),
    # a krai, a province, a county
    ("Колонну направили в Краснодарский край.", "ru", "Краснодарский край", "Krasnodar Krai"),
    ("Equipment was shipped to Krasnodar Krai.", "en", "Krasnodar Krai", "Krasnodar Krai"),
    ("The refugees were bused to Kayseri Province.", "en", "Kayseri Province", "Kayseri Province"),
    ("Die Flüchtlinge wurden in die Provinz Kayseri gebracht.", "de", "Provinz Kayseri", "Kayseri Province"),
    ("I profughi sono stati portati nella provincia di Kayseri.", "it", "provincia di Kayseri", "Kayseri Province"),
    ("The troops crossed into Constanța County.", "en", "Constanța County", "Constanţa County"),
])
def test_a_division_named_in_full_is_the_division(text, language, surface, canonical) -> None:
    found = [(text[a:b], p.canonical, is_region(p)) for a, b, p in find_places(text, language)]
    assert found == [(surface, canonical, True)]


@pytest.mark.parametrize("text, language, surface, canonical", [
    ("The prisoners were taken to Penza.", "en", "Penza", "Penza"),
    ("Заключённых этапировали в Пензу.", "ru", "Пензу", "Penza"),
    ("Die Flüchtlinge wurden nach Kayseri gebracht.", "de", "Kayseri", "Kayseri"),
])
def test_the_seat_named_alone_stays_a_city(text, language, surface, canonical) -> None:
    found = [(text[a:b], p.canonical, p.kind) for a, b, p in find_places(text, language)]
    assert found == [(surface, canonical, "city")]


@pytest.mark.parametrize("region, town, held", [
    ("Penza Oblast", "Serdobsk", True),
    ("Penza Oblast", "Saratov", False),
    ("Krasnodar Krai", "Sochi", True),
    ("Krasnodar Krai", "Rostov-on-Don", False),
])
def test_a_division_holds_the_towns_geonames_places_in_it(region, town, held) -> None:
    broad, narrow = geocode(region, "en"), geocode(town, "en")
    assert broad is not None and narrow is not None and narrow.kind == "city"
    assert holds_nearby(region, (broad.lat, broad.lon), town, (narrow.lat, narrow.lon), True) is held


def test_a_curated_region_keeps_its_names() -> None:
    """The file's Syrian governorates are curated already: the curated place is the one found."""
    assert geocode("Idlib Governorate", "en").canonical == "Idlib Governorate"
    assert geocode("Idlib province", "en").canonical == "Idlib Governorate"


def test_the_data_file_is_compact_and_each_division_has_a_code_of_its_own() -> None:
    text = resources.files("narrascope.lexicon").joinpath(REGIONS_FILE).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert len(text.encode()) < 40_000 and len(rows) > 200
    assert all(n == 1 for n in Counter(r[1] for r in rows).values())
    assert {r[0][:2] for r in rows} >= {"RU", "TR", "RO", "SY", "KZ"}


@pytest.mark.parametrize("text, canonical", [
    # a facility with no name of its own, then the region it lies in, its adjective in the locative: the move ends in
    # that region ("в Курскую область" goes into it as well; "в Курской области" is where the colony is)
    ("Пленных перевели в колонию в Пензенской области.", "penza oblast"),
    ("Пленных перевели в колонию в Краснодарском крае.", "krasnodar krai"),
    ("Пленных перевели в Пензенскую область.", "penza oblast"),
    ("Полонених перевели до колонії в Пензенській області.", "penza oblast"),
    ("Полонених перевели до Пензенської області.", "penza oblast"),
    ("The prisoners were moved to a colony in Penza Oblast.", "penza oblast"),
])
def test_a_move_to_a_facility_in_a_region_ends_in_the_region(analyser, text, canonical) -> None:
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert [(c.destination.canonical or "").casefold() for c in claims if c.destination] == [canonical]


def test_a_region_named_in_the_locative_is_where_the_movers_are_not_where_they_go(analyser) -> None:
    text = "Военные в Пензенской области перебросили технику в Белгород."
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert [c.destination.canonical for c in claims if c.destination] == ["Belgorod"]


@pytest.mark.parametrize("surface, language, canonical", [
    # a region's adjective and noun in the locative and the instrumental read back to its name (inflection.yaml)
    ("Пермском крае", "ru", "Perm Krai"),
    ("Краснодарским краем", "ru", "Krasnodar Krai"),
    ("Курской областью", "ru", "Kursk Oblast"),
    ("Краснодарському краї", "uk", "Krasnodar Krai"),
    ("Краснодарським краєм", "uk", "Krasnodar Krai"),
    ("Пензенською областю", "uk", "Penza Oblast"),
])
def test_a_regions_name_is_read_in_every_case(surface, language, canonical) -> None:
    place = geocode(surface, language)
    assert place is not None and place.canonical == canonical


@pytest.mark.parametrize("text, language, surface, canonical", [
    # an oblast's noun formed on its adjective (region_nouns): "Тамбовская область" is also "Тамбовщина"
    ("Детей вывезли в лагеря Тамбовщины.", "ru", "Тамбовщины", "Tambov Oblast"),
    ("Колонна ушла на Пензенщину.", "ru", "Пензенщину", "Penza Oblast"),
    ("Полонених утримують на Саратовщині.", "uk", "Саратовщині", "Saratov Oblast"),
])
def test_an_oblasts_noun_in_shchyna_is_the_oblast(text, language, surface, canonical) -> None:
    assert [(text[a:b], p.canonical) for a, b, p in find_places(text, language)] == [(surface, canonical)]
