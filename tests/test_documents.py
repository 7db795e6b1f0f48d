import json

import pytest

from kg import documents as reader
from kg.ingest import assign_language
from kg.langid import detect


def _read(tmp_path, name, data: bytes, **kw):
    p = tmp_path / name
    p.write_bytes(data)
    return list(reader.read([str(p)], **kw))


def test_inline_date_header_is_publication_date_and_offsets_are_untouched(tmp_path):
    text = " date 2025-03-14 Уряд схвалив новий бюджет. Міністр фінансів заявив, що дефіцит зменшиться.\n"
    [doc] = _read(tmp_path, "a.txt", text.encode())
    assert doc.published == "2025-03-14"
    assert doc.text == text  # nothing stripped
    assert doc.title is None  # the first line is the body, not a title
    assert doc.header_spans and doc.text[doc.header_spans[0][0]:doc.header_spans[0][1]].strip().startswith("date")


def test_title_and_source_line(tmp_path):
    text = ("Министр пообещал снизить налоги\n\nМинистр намерен выступить в парламенте.\n\n"
            "Источник:\u00a0Вечерние новости\n\nМинистр финансов заявил, что налоги снизят.\n")
    [doc] = _read(tmp_path, "b.txt", text.encode())
    assert doc.title == "Министр пообещал снизить налоги"
    assert doc.title_span == (0, len(doc.title))
    assert doc.publisher == "Вечерние новости"
    s, e = doc.publisher_span
    assert doc.text[s:e] == "Вечерние новости"
    assert doc.published is None


def test_dateline_on_its_own_line(tmp_path):
    text = "Мэр открыл мост\n\t\n05/08/2019 10:35\n\nМэр города заявил, что мост откроют вовремя.\n"
    [doc] = _read(tmp_path, "c.txt", text.encode())
    assert doc.published == "2019-08-05"


@pytest.mark.parametrize("line,lang,value", [
    ("Опубліковано 7 березня 2025 року о 14:20", "uk", "2025-03-07"),
    ("Обновлено: 9 марта 2025 года в 18:05", "ru", "2025-03-09"),
    ("Published March 11, 2025 at 9:15", "en", "2025-03-11"),
    ("Дата публікації: 12.03.2025 08:45", "uk", "2025-03-12"),
])
def test_labelled_date_line_dates_the_article(tmp_path, line, lang, value):
    text = f"Місто отримає новий міст\n\n{line}\n\nМер заявив, що міст відкриють улітку.\n"
    [doc] = _read(tmp_path, "d.txt", text.encode(), lang=lang)
    assert doc.published == value
    s, e = doc.header_spans[-1]
    assert doc.text[s:e] == line


def test_a_date_line_after_a_lead_and_a_source_line_dates_the_article(tmp_path):
    text = ("Місто отримає новий міст\n\nМерія також оголосила тендер на ремонт доріг.\n\nДжерело: Вечірнє місто\n\n"
            "18 березня 2027, 09:15\n\nМер заявив, що міст відкриють улітку.\n")
    [doc] = _read(tmp_path, "f.txt", text.encode(), lang="uk")
    assert doc.published == "2027-03-18"


def test_a_date_line_inside_the_body_is_not_the_publication_date(tmp_path):
    body = "Мер заявив, що міст через річку відкриють улітку, а дороги до нього відремонтують за кошти міста. " * 3
    text = f"Місто отримає новий міст\n\n{body}\n\n18 березня 2027\n\nЦе все.\n"
    [doc] = _read(tmp_path, "g.txt", text.encode(), lang="uk")
    assert doc.published is None


def test_a_sentence_with_a_year_is_no_date_line(tmp_path):
    text = "Місто отримає новий міст\nУ 2025 році мер обіцяв відкрити міст до осені.\nМер заявив, що міст відкриють.\n"
    [doc] = _read(tmp_path, "e.txt", text.encode(), lang="uk")
    assert doc.published is None


def test_legacy_encoding_is_detected(tmp_path):
    text = ("Премьер-министр заявил, что правительство продолжит реформы. "
            "По его словам, бюджет будет принят в срок, а пенсии вырастут.\n") * 3
    [doc] = _read(tmp_path, "cp.txt", text.encode("cp1251"))
    assert doc.text == text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"   \n", "empty"),
    ("bin.txt", bytes(range(256)) * 4, "binary"),
])
def test_bad_files_give_one_line_errors(tmp_path, name, data, reason):
    [err] = _read(tmp_path, name, data)
    assert isinstance(err, reader.ReadError)
    assert reason in err.reason and name in str(err) and "\n" not in str(err)


def test_undecodable_bytes(tmp_path):
    [err] = _read(tmp_path, "junk.txt", b"\xff\xfe\xfd\x81\x8d\x8f\x90\x9d" * 50 + b"\x00" * 3)
    assert isinstance(err, reader.ReadError)


def test_jsonl_lines_metadata_and_malformed_line(tmp_path):
    lines = [
        json.dumps({"id": "n1", "url": "https://example.org/n1", "title": "Заголовок", "published": "2024-05-01",
                    "publisher": "Приклад", "lang": "uk", "text": "Мер міста заявив, що міст відкриють.",
                    "section": "politics"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "n2", "text": ""}),
        json.dumps({"id": "n3", "text": "The mayor said the bridge would open."}),
    ]
    items = _read(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    docs = [i for i in items if not isinstance(i, reader.ReadError)]
    errs = [i for i in items if isinstance(i, reader.ReadError)]
    assert [d.id for d in docs] == ["https://example.org/n1", "n3"]
    assert docs[0].meta == {"section": "politics"} and docs[0].published == "2024-05-01"
    assert docs[0].publisher == "Приклад" and docs[0].lang == "uk"
    assert [e.source.rsplit(":", 1)[1] for e in errs] == ["2", "3"]
    assert "malformed JSON" in errs[0].reason


def test_content_hash_identity_is_stable(tmp_path):
    a = _read(tmp_path, "x.txt", "Мэр заявил, что мост откроют.".encode())[0]
    b = _read(tmp_path, "y.txt", "Мэр заявил, что мост откроют.".encode())[0]
    assert a.id == b.id and len(a.id) == 16


def test_folder_is_recursive_and_missing_path_is_an_error(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("Мер заявив, що міст відкриють.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Мэр заявил, что мост откроют.", encoding="utf-8")
    items = list(reader.read([str(tmp_path), str(tmp_path / "nope.txt")]))
    assert len([i for i in items if not isinstance(i, reader.ReadError)]) == 2
    assert isinstance(items[-1], reader.ReadError) and "no such file" in items[-1].reason


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр-міністр заявив, що уряд продовжить реформи, а пенсії зростуть уже цього року.", "uk"),
    ("Премьер-министр заявил, что правительство продолжит реформы, а пенсии вырастут в этом году.", "ru"),
    ("The prime minister said the government would continue its reforms and raise pensions this year.", "en"),
])
def test_language_detection(text, lang):
    assert detect(text) == lang


def test_unsupported_language_is_a_skip_reason():
    from kg.records import Document

    doc = Document(id="d", source="de.txt",
                   text="Der Ministerpräsident sagte, dass die Regierung ihre Reformen fortsetzen und die Renten "
                        "in diesem Jahr erhöhen werde. Die Opposition kritisierte den Plan scharf.")
    reason = assign_language(doc, None)
    assert reason and "unsupported language 'de'" in reason
    doc2 = Document(id="d2", source="x.txt", text=doc.text)
    assert assign_language(doc2, "en") is None and doc2.lang == "en"


def test_dateline_opening_the_body_dates_the_article():
    from kg.records import Document

    doc = Document(id="d", source="x.txt", text="ЛЬВІВ, 17 березня 2025 — Мер міста заявив, що новий міст "
                                               "відкриють восени, а ремонт доріг завершать до зими.")
    assert assign_language(doc, None) is None
    assert doc.published == "2025-03-17"
    undated = Document(id="u", source="y.txt", text="Мер міста заявив, що новий міст відкриють восени.")
    assign_language(undated, "uk")
    assert undated.published is None  # never guessed from the clock


@pytest.mark.parametrize("text,published", [
    ("Міст відкриють восени\n\nЛУЦЬК, 9 квітня 2027 /Волинське агентство/. Мер заявив, що міст відкриють восени.",
     "2027-04-09"),
    ("Мост откроют осенью\n\nТверь, 9 апреля 2027 года. /Региональное агентство/. Мэр заявил, что мост откроют осенью.",
     "2027-04-09"),
    ("Bridge to open\n\nLeeds, 9 April 2027 (Local Wire) - The mayor said the bridge would open in autumn.", "2027-04-09"),
    ("Мост откроют осенью\n\nНапомним, 9 апреля 2027 года в городе открыли мост.", None),
])
def test_a_dateline_followed_by_the_agency_dates_the_article(text, published):
    from kg.records import Document

    doc = Document(id="d", source="x.txt", text=text)
    assign_language(doc, None)
    assert doc.published == published


@pytest.mark.parametrize("body,publisher", [
    ("ЛЬВІВ, 3 березня. /Вісті Заходу/. Мер заявив, що міст відкриють улітку.", "Вісті Заходу"),
    ("ЖЕНЕВА, 3 марта /Новое агентство/. Посол заявил, что переговоры продолжатся.", "Новое агентство"),
    ("Львів, 3 березня — мер заявив, що міст відкриють улітку.", None),
])
def test_an_agency_dateline_names_the_publisher(tmp_path, body, publisher):
    text = f"Місто отримає новий міст\\n\\n{body}\\n"
    [doc] = _read(tmp_path, "f.txt", text.encode())
    assert doc.publisher == publisher
    if publisher:
        s, e = doc.publisher_span
        assert doc.text[s:e] == publisher


def test_a_date_line_is_read_before_the_language_is_known():
    from kg.documents import read_text

    d = read_text("Тарифи на воду зростуть\n\n3 березня 2026\n\nМіська рада ухвалила рішення.".encode(), "x.txt")
    assert d.lang is None and d.published == "2026-03-03"


@pytest.mark.parametrize("line,published", [
    ("Опубліковано 05.03.2026 о 11:40 | Оновлено 06.03.2026 о 09:05", "2026-03-05"),
    ("Суспільство · 7 квітня 2026, 16:10", "2026-04-07"),
    ("Политика | 12.02.2026, 08:30", "2026-02-12"),
    ("14 марта 2026, 09:10 (обновлено: 11:05)", "2026-03-14"),
    ("14 березня 2026, 09:10 (оновлено 15 березня)", "2026-03-14"),
])
def test_a_header_line_of_several_parts_gives_its_first_date(tmp_path, line, published):
    text = f"Мер пообіцяв відремонтувати мости\n\n{line}\n\nМер міста заявив, що ремонт почнеться навесні.\n"
    [doc] = _read(tmp_path, "parts.txt", text.encode())
    assert doc.published == published


@pytest.mark.parametrize("text,lang,value", [
    ("Калуга. 14 апреля 2027 г. АГЕНТСТВО - Губернатор открыл новый мост через Оку.\n", "ru", "2027-04-14"),
    ("ЧЕРКАСИ, 3 травня 2027 року – Укрінформ. Мер відкрив новий міст через Рось.\n", "uk", "2027-05-03"),
])
def test_a_dateline_with_its_year_opening_the_body_dates_the_article(tmp_path, text, lang, value):
    [doc] = _read(tmp_path, "a.txt", text.encode(), lang=lang)
    assert doc.published == value


def test_a_dateline_with_no_year_dates_nothing(tmp_path):
    [doc] = _read(tmp_path, "a.txt", "ЧЕРКАСИ, 3 травня – Укрінформ. Мер відкрив новий міст через Рось.\n".encode(),
                  lang="uk")
    assert doc.published is None
