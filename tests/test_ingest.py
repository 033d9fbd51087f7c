"""Ingest: every hostile input in tests/resources either becomes a document or a coded failure naming it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from narrascope.ingest import read_sources
from narrascope.lang import identify_language
from narrascope.model import Document, Failure
from narrascope.settings import DEFAULT

RESOURCES = Path(__file__).parent / "resources"
SAMPLE = Path(__file__).parent.parent / "examples" / "sample"


def read(*paths: Path | str, settings=DEFAULT) -> list[Document | Failure]:  # type: ignore[no-untyped-def]
    return list(read_sources([str(p) for p in paths], settings))


def only_document(path: Path) -> Document:
    [item] = read(path)
    assert isinstance(item, Document), item
    return item


def only_failure(path: Path, settings=DEFAULT) -> Failure:  # type: ignore[no-untyped-def]
    [item] = read(path, settings=settings)
    assert isinstance(item, Failure), item
    return item


@pytest.mark.parametrize("name, code", [
    ("empty.txt", "E101"),
    ("whitespace_only.txt", "E101"),
    ("binary.bin", "E102"),
    ("binary_named.txt", "E102"),
    ("does_not_exist.txt", "E108"),
])
def test_unreadable_files_fail_with_a_code_naming_the_file(name: str, code: str) -> None:
    failure = only_failure(RESOURCES / name)
    assert failure.code == code
    assert failure.source.endswith(name)


def test_a_file_above_max_input_bytes_fails_with_e103() -> None:
    tiny = dataclasses.replace(DEFAULT, max_input_bytes=10)
    failure = only_failure(RESOURCES / "latin1.txt", settings=tiny)
    assert failure.code == "E103"
    assert "max_input_bytes" in failure.message


@pytest.mark.parametrize("name, word, title_start", [
    ("latin1.txt", "Straßenbahnlinien", "Stromausfall in Münster"),
    ("latin1.txt", "zwölftausend", "Stromausfall"),
    ("cp1251.txt", "Новосибирске", "В Новосибирске"),
    ("utf16.txt", "Harbour ferry", "Harbour ferry"),
    ("utf8_bom.txt", "Städtische", "Städtische"),
])
def test_legacy_encodings_decode_to_the_right_text(name: str, word: str, title_start: str) -> None:
    doc = only_document(RESOURCES / name)
    assert word in doc.text
    assert doc.title is not None and doc.title.startswith(title_start)
    assert not {"\ufffd", "\ufeff", "\x00"} & set(doc.text)


@pytest.mark.parametrize("text, encoding", [
    ("Les antennes posées près de l'école inquiètent les parents\n\nDepuis l'installation, des élèves se "
     "plaignent de migraines; le système de ventilation a été vérifié deux fois.", "latin-1"),
    ("Nová linka tramvaje v Brně\n\nDopravní podnik otevřel novou trať přes čtvrť Žabovřesky; řidiči "
     "hlásí méně zácp a cestující šetří čas.", "cp1250"),
    ("Nowa linia tramwajowa w Łodzi\n\nMiejskie przedsiębiorstwo otworzyło trasę przez dzielnicę Bałuty; "
     "kierowcy zgłaszają mniej korków, a pasażerowie oszczędzają czas.", "cp1250"),
])
def test_a_legacy_encoding_is_the_one_that_reads_as_a_language(tmp_path: Path, text: str, encoding: str) -> None:
    """Short French in Latin-1 reads as well in cp1250 ("systčme") to the detector; the language tells."""
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert only_document(path).text == text


@pytest.mark.parametrize("name, language", [
    ("latin1.txt", "de"), ("cp1251.txt", "ru"), ("utf16.txt", "en"), ("rtl_mixed.txt", "ar"),
])
def test_decoded_text_is_identified_as_its_language(name: str, language: str) -> None:
    assert identify_language(only_document(RESOURCES / name).text)[0] == language


def test_html_keeps_the_article_and_drops_scripts_styles_and_comments() -> None:
    doc = only_document(RESOURCES / "hostile.html")
    assert "Residents of the Eastfield district had running water again" in doc.text
    for forbidden in ("MUST NOT BE EXTRACTED", "<script", "javascript:", "alert(", "onerror"):
        assert forbidden not in doc.text


def test_html_metadata_is_extracted() -> None:
    doc = only_document(RESOURCES / "hostile.html")
    assert doc.title == "Water supply restored in Eastfield after pipe burst"
    assert (doc.outlet, doc.published) == ("Valley Courier", "2023-09-12")


def test_a_huge_line_is_analysed_but_cut_to_max_text_chars_with_a_warning() -> None:
    doc = only_document(RESOURCES / "huge_line.txt")
    assert len(doc.text) == DEFAULT.max_text_chars
    assert any("max_text_chars" in w for w in doc.warnings)


def test_a_truncated_jsonl_keeps_the_good_rows_and_names_the_cut_line() -> None:
    items = read(RESOURCES / "truncated.jsonl")
    assert [d.id for d in items if isinstance(d, Document)] == ["t-1", "t-2", "t-3"]
    [failure] = [f for f in items if isinstance(f, Failure)]
    assert failure.source.endswith("truncated.jsonl:4")
    assert "last line" in failure.message


def test_bad_jsonl_rows_fail_one_by_one_with_their_line() -> None:
    items = read(RESOURCES / "bad_rows.jsonl")
    assert [d.id for d in items if isinstance(d, Document)] == ["b-1", "b-6"]
    failed_lines = [f.source.rsplit(":", 1)[1] for f in items if isinstance(f, Failure)]
    assert failed_lines == ["2", "3", "4", "5"]


def test_a_csv_without_a_text_column_is_one_failure_naming_the_column() -> None:
    failure = only_failure(RESOURCES / "bad.csv")
    assert failure.code == "E106"
    assert "'text' column" in failure.message
    assert failure.source.endswith("bad.csv")


def test_a_csv_written_with_semicolons_is_read_by_its_header(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"  # a spreadsheet's export where the comma is the decimal sign
    path.write_text('id;text;outlet\nk1;"Le pont a rouvert lundi, dit la mairie. Le trafic reprend.";Le Courrier\n'
                    "k2;Die Brücke ist wieder offen. Der Verkehr rollt, sagt die Stadt.;Tagesblatt\n", encoding="utf-8")
    docs = [d for d in read_sources([path]) if isinstance(d, Document)]
    assert [(d.id, d.outlet) for d in docs] == [("k1", "Le Courrier"), ("k2", "Tagesblatt")]
    assert docs[0].text.startswith("Le pont a rouvert lundi, dit la mairie.")


def test_a_csv_row_with_an_unquoted_delimiter_in_its_last_column_text_keeps_the_whole_text_with_a_warning(
        tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("id;outlet;text\nk1;Le Courrier;Les sanctions ruinent l'Europe, pas la Russie; l'industrie ferme.\n"
                    "k2;Tagesblatt;Die Brücke ist wieder offen.\n", encoding="utf-8")
    first, second = read_sources([path])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "Les sanctions ruinent l'Europe, pas la Russie; l'industrie ferme."
    assert [w for w in first.warnings if "the row has 4 fields, the header 3" in w and "'text'" in w]
    assert second.warnings == []


def test_a_csv_row_with_more_fields_than_the_header_elsewhere_is_a_failure_naming_its_line(tmp_path: Path) -> None:
    """Which field holds the stray delimiter cannot be told: refused rather than stored cut short."""
    path = tmp_path / "export.csv"
    path.write_text("id;text;outlet\nk1;Les sanctions ruinent l'Europe; l'industrie ferme.;Le Courrier\n"
                    "k2;Die Brücke ist wieder offen.;Tagesblatt\n", encoding="utf-8")
    failure, doc = read_sources([path])
    assert isinstance(failure, Failure) and failure.code == "E106" and failure.source.endswith("export.csv:2")
    assert "4 fields, the header 3" in failure.message and "quote" in failure.message
    assert isinstance(doc, Document) and doc.id == "k2"


def test_plain_text_is_kept_exactly_as_decoded_so_offsets_index_the_file() -> None:
    path = RESOURCES / "mixed_newlines.txt"
    doc = only_document(path)
    assert doc.text == path.read_bytes().decode("utf-8")
    assert doc.title == "Regional airport reports record summer"


def test_arabic_with_bidi_controls_is_read() -> None:
    doc = only_document(RESOURCES / "rtl_mixed.txt")
    assert "عمّان" in doc.text


@pytest.mark.parametrize("path, ids", [
    (RESOURCES / "latin1.txt", ["latin1"]),
    (RESOURCES / "truncated.jsonl", ["t-1", "t-2", "t-3"]),
    (SAMPLE / "monitor_export.csv", ["mon-1001", "mon-1002"]),
])
def test_ids_are_the_file_stem_or_the_given_id(path: Path, ids: list[str]) -> None:
    assert [d.id for d in read(path) if isinstance(d, Document)] == ids


def test_records_without_an_id_get_stem_and_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "One article."}\n\n{"text": "Another article."}\n', encoding="utf-8")
    assert [d.id for d in read(path)] == ["feed-1", "feed-3"]


def test_csv_records_name_the_line_they_start_on() -> None:
    sources = [d.source for d in read(SAMPLE / "monitor_export.csv")]
    assert [s.rsplit(":", 1)[1] for s in sources] == ["2", "9"]


@pytest.mark.parametrize("row, text", [
    ('{"id": "h", "html": "<p>A short fragment.</p>"}', "A short fragment."),
    ('{"id": "h", "text": "<p>Markup in the text field.</p>"}', "Markup in the text field."),
    ('{"id": "h", "text": "Plain text stays as it is.  "}', "Plain text stays as it is.  "),
])
def test_record_text_may_be_html(tmp_path: Path, row: str, text: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(row + "\n", encoding="utf-8")
    assert only_document(path).text == text


def test_directories_walk_in_sorted_order_and_skip_unsupported_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "c.pdf", "notes.bin", ".hidden.txt", "README.md"):
        (tmp_path / name).write_text("<p>Some article text.</p>" if name.endswith("html") else "Some text.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("Nested text.")
    assert [d.id for d in read(tmp_path)] == ["a", "b", "d"]


SAMPLE_IDS = ["ar_alhol_repatriation", *(f"arch-{i:02d}" for i in range(1, 11)),
              "de_sanktionen", "en_isis_afghanistan", "en_offtopic_bakery",
              "en_pentagon_deployment", "es_otan_provoco", "feed-0001", "feed-0002", "feed-0003",
              "fr_armes_marche_noir", "mon-1001", "mon-1002", "ru_biolabs", "ru_ssha_sozdali_igil",
              "uk_factcheck_bucha", *(f"wire-{i:02d}" for i in range(1, 23))]


def test_the_sample_folder_yields_its_47_articles() -> None:
    items = read(SAMPLE)
    assert all(isinstance(d, Document) for d in items)
    assert [d.id for d in items] == SAMPLE_IDS


@pytest.mark.parametrize("doc_id, title_start, outlet, published", [
    ("ar_alhol_repatriation", "إعادة دفعة جديدة", "الشرق اليوم", "2023-04-19"),
    ("en_pentagon_deployment", "Pentagon to rotate armored brigade", "Harbor Street Journal", "2023-06-08"),
    ("fr_armes_marche_noir", "Armes occidentales", "L'Observateur Libre", "2023-05-22"),
    ("ru_ssha_sozdali_igil", "Кто на самом деле создал ИГИЛ", "Правда Востока", "2023-03-14"),
    ("feed-0001", "Fact check:", "Checkpoint News", "2023-02-27"),
    ("feed-0003", "Буча:", "Вести Правды", "2023-04-03"),
    ("mon-1001", "L'ONU estime", "Le Journal du Matin", "2023-07-25"),
    ("mon-1002", "Why Is Nobody Asking", "OpenEyes Report", "2023-08-11"),
])
def test_sample_metadata_is_extracted(doc_id: str, title_start: str, outlet: str, published: str) -> None:
    doc = next(d for d in read(SAMPLE) if isinstance(d, Document) and d.id == doc_id)
    assert doc.title is not None and doc.title.startswith(title_start)
    assert (doc.outlet, doc.published) == (outlet, published)


def test_one_bad_input_does_not_stop_the_others() -> None:
    items = read(RESOURCES / "empty.txt", RESOURCES / "latin1.txt", RESOURCES / "binary.bin")
    assert [type(i).__name__ for i in items] == ["Failure", "Document", "Failure"]


def test_a_plain_text_title_skips_debris_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("in ,\n\n  \nUS troops leave the base\n\nBody text follows here.", encoding="utf-8")
    (doc,) = list(read_sources([path]))
    assert doc.title == "US troops leave the base"


def test_a_csv_cell_longer_than_the_csv_modules_limit_is_read_and_cut_and_the_rest_goes_on(tmp_path: Path) -> None:
    big = "A long column about the harbour. " * 5000  # 165,000 characters: past csv's default 131,072
    table = tmp_path / "export.csv"
    table.write_text(f'id,text\nfirst,Ferries resumed at dawn.\nhuge,"{big}"\nlast,The bridge reopened.\n',
                     encoding="utf-8")
    (tmp_path / "after.txt").write_text("A plain article read after the export.", encoding="utf-8")
    items = read(table, tmp_path / "after.txt", settings=dataclasses.replace(DEFAULT, max_text_chars=150_000))
    assert [i.id for i in items if isinstance(i, Document)] == ["first", "huge", "last", "after"]
    huge = items[1]
    assert isinstance(huge, Document) and len(huge.text) == 150_000 and "max_text_chars" in huge.warnings[0]


# --- HTML that costs more than it says: limits on elements, nesting and time (E110) -------------------

PARAGRAPH = "<p>The harbour council met on Monday to discuss the budget for the new piers and cranes.</p>"


def _page(body: str) -> str:
    return f"<html><head><title>Harbour</title></head><body>{body}</body></html>"


def _html_failure(html: str, folder: Path, **limits: float) -> Failure:
    (folder / "page.html").write_text(html, encoding="utf-8")
    return only_failure(folder / "page.html", settings=dataclasses.replace(DEFAULT, **limits))


@pytest.mark.parametrize("case, html, limits, named", [
    ("a tag bomb", _page(PARAGRAPH + "<b></b>" * 2001), {"html_max_elements": 2000}, "html_max_elements"),
    ("nesting past libxml2's 256 levels", _page("<div>" * 300 + PARAGRAPH + "</div>" * 300), {}, "html_max_depth"),
    ("nesting past the setting", _page("<div>" * 41 + PARAGRAPH + "</div>" * 41), {"html_max_depth": 40},
     "html_max_depth"),
    ("a slow page", _page(PARAGRAPH * 400), {"html_max_seconds": 0.001}, "html_max_seconds"),
])
def test_html_beyond_a_limit_is_e110_naming_the_limit(case: str, html: str, limits: dict[str, float],
                                                      named: str, tmp_path: Path) -> None:
    failure = _html_failure(html, tmp_path, **limits)
    assert failure.code == "E110" and named in failure.message


def test_html_within_the_limits_is_read_however_it_is_nested(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(_page("<div>" * 90 + PARAGRAPH + "</div>" * 90 + "<b></b>" * 1000))
    doc = only_document(tmp_path / "page.html")
    assert "harbour council" in doc.text


# --- text that is not quite what it says ---------------------------------------------------------------

def test_utf8_with_a_few_bad_bytes_stays_utf8_with_a_warning(tmp_path: Path) -> None:
    good = "Власти Новосибирска открыли новый мост через Обь. Движение пустят в понедельник. " * 3
    data = good.encode("utf-8").replace(b" ", b" \xff", 1)  # a stray byte
    data = data.replace("мост ".encode(), "мост ".encode()[:-2] + b" ", 1)  # a letter cut short
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    doc = only_document(path)
    assert "Новосибирска" in doc.text and "Движение" in doc.text and doc.text.count("\ufffd") == 2
    assert any("2 bytes" in w and "UTF-8" in w for w in doc.warnings), doc.warnings


@pytest.mark.parametrize("good, damage", [
    # few non-ASCII letters, one stray byte: still UTF-8 (it was read as ISO 8859-14, "wÃĊhrend")
    ("Die Gespräche über die Brücke dauerten während der ganzen Woche an.", b"\xff"),
    # plain ASCII and one sequence cut short (a curly apostrophe's first two bytes): not Japanese cp932
    ("The council said the bridge would reopen on Monday after the repairs.", "\u2019".encode()[:2]),
    ("Le conseil a dit que le pont rouvrirait lundi après les travaux.", "\u2019".encode()[:2]),
])
def test_utf8_with_few_letters_beyond_ascii_and_one_bad_spot_stays_utf8(tmp_path: Path, good: str,
                                                                        damage: bytes) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes(good.encode("utf-8") + damage + b" Second sentence here.")
    doc = only_document(path)
    assert doc.text.startswith(good) and doc.text.count("\ufffd") == 1
    assert any("replaced with U+FFFD" in w for w in doc.warnings), doc.warnings


@pytest.mark.parametrize("name, encoding", [("cp1251.txt", "1251"), ("latin1.txt", "")])
def test_a_legacy_encoding_is_named_in_a_warning(name: str, encoding: str) -> None:
    [warning] = [w for w in only_document(RESOURCES / name).warnings if "not UTF-8" in w]
    assert encoding in warning


def test_utf8_text_has_no_encoding_warning() -> None:
    assert only_document(RESOURCES / "rtl_mixed.txt").warnings == []


@pytest.mark.parametrize("name, content, documents", [
    ("deep.json", "[" * 100_000 + "]" * 100_000, []),
    ("deep.jsonl", '{"text": "The ferry ran again on Monday."}\n' + "[" * 100_000 + "]" * 100_000
     + '\n{"text": "The bridge reopened on Tuesday."}\n', ["deep-1", "deep-3"]),
])
def test_json_nested_past_what_the_reader_can_hold_is_e106_and_the_rest_is_read(tmp_path: Path, name: str,
                                                                                content: str,
                                                                                documents: list[str]) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    items = read(tmp_path / name)
    assert [i.id for i in items if isinstance(i, Document)] == documents
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.code == "E106" and "nested" in failure.message


def test_a_half_written_html_page_gives_the_text_it_has(tmp_path: Path) -> None:
    page = (SAMPLE / "en_pentagon_deployment.html").read_text(encoding="utf-8")
    cut = page[: page.index("</p>", len(page) // 2) + 2]  # stops inside a closing tag, body and html unclosed
    (tmp_path / "cut.html").write_text(cut, encoding="utf-8")
    assert only_document(tmp_path / "cut.html").text


def test_a_csv_cut_inside_a_quoted_field_keeps_the_whole_records_and_names_the_cut_one(tmp_path: Path) -> None:
    (tmp_path / "cut.csv").write_text('id,text\nfirst,"Ferries resumed, said the port."\n'
                                      'second,The bridge reopened on Tuesday.\nthird,"The council met on Mon',
                                      encoding="utf-8")
    items = read(tmp_path / "cut.csv")
    assert [i.id for i in items if isinstance(i, Document)] == ["first", "second"]
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.code == "E106" and failure.source.endswith("cut.csv:4") and "cut short" in failure.message


@pytest.mark.parametrize("written, stored, warned", [
    ("05/03/2022", "2022-03-05", True),     # day and month could be swapped: day first, and say so
    ("5.3.22", "2022-03-05", True),
    ("13/05/2022", "2022-05-13", False),    # 13 cannot be a month
    ("05/13/2022", "2022-05-13", False),    # an American date that only reads one way
    ("03/03/2022", "2022-03-03", False),
    ("2022/03/05", "2022-03-05", False),    # year first is never read as year-day-month
    ("20220305", "2022-03-05", False),
    ("Tue, 05 Mar 2022 10:00:00 GMT", "2022-03-05", False),
])
def test_a_date_in_numbers_alone_is_read_day_first_with_a_warning_only_when_it_could_be_either(written, stored, warned):
    from narrascope.ingest.records import make_document

    doc = make_document("a", "Some article text.", source="a.csv", published=written)
    assert doc.published == stored
    assert any("read day first" in w for w in doc.warnings) == warned


BOM_TEXT = "\ufeff5G masts spread the virus, the post says.\nIt names no study."


@pytest.mark.parametrize("title", [None, "\ufeff5G masts"])
def test_a_leading_byte_order_mark_is_dropped_from_text_and_title_as_a_file_reader_drops_it(
        tmp_path: Path, title: str | None) -> None:
    """One text whatever the entry point: the Python and REST APIs hand make_document what a file reader
    hands it after decoding, so all of them drop the mark, and offsets index the text without it."""
    from narrascope.ingest import document_from_text

    in_memory = document_from_text(BOM_TEXT, "t", title=title)
    path = tmp_path / "a.txt"
    path.write_bytes(BOM_TEXT.encode("utf-8"))
    from_file = next(d for d in read_sources([path]) if isinstance(d, Document))
    assert in_memory.text == from_file.text == BOM_TEXT[1:]
    assert from_file.title == "5G masts spread the virus, the post says."
    assert in_memory.title == (title[1:] if title else from_file.title)
    assert in_memory.content_hash == from_file.content_hash


def test_a_text_that_is_only_a_byte_order_mark_is_empty() -> None:
    from narrascope.errors import InputError
    from narrascope.ingest import document_from_text

    with pytest.raises(InputError) as err:
        document_from_text("\ufeff\ufeff  ", "t")
    assert err.value.code == "E101"
