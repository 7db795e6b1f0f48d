"""Statements: direct and indirect speech, speaker resolution, via, addressee, time.

Entity mentions come from a small fixture index (the NER is tested elsewhere); every sentence
here is written for these tests.
"""
import re

import pytest

from conftest import run_pipeline

from kg import lexicons
from kg import nlp
from kg.extract import statements as S
from kg.extract import time as T
from kg.extract.entity_index import EntityIndex
from kg.records import Document, Entity, Mention

# surface regex -> (key, type, gender, is_outlet)
NAMES = {
    r"(?:Тарас\w* )?Шевченк\w*": ("shevchenko", "PER", "masc", False),
    r"(?:Ольг\w* )?Петренк\w*": ("petrenko", "PER", "femn", False),
    r"(?:Іван\w* )?Бондар\w*": ("bondar", "PER", "masc", False),
    r"(?:Ян\w* )?Ковальськ\w*": ("kowalski", "PER", "masc", False),
    r"(?:Сергей |Сергея )?Иванов\w*": ("ivanov", "PER", "masc", False),
    r"(?:Жан\w* )?Дюпон\w*": ("dupont", "PER", "masc", False),
    r"(?:Марко )?Росси": ("rossi", "PER", "masc", False),
    r"(?:Анн\w* )?Смирнов\w*": ("smirnova", "PER", "femn", False),
    r"(?:John )?Smith": ("smith", "PER", "masc", False),
    r"(?:Mary )?Jones": ("jones", "PER", "femn", False),
    r"Польщ\w*": ("poland", "LOC", None, False),
    r"Франци\w*": ("france", "LOC", None, False),
    r"Итали\w*": ("italy", "LOC", None, False),
    r"Кита\w*": ("china", "LOC", None, False),
    r"Берлін\w*": ("berlin", "LOC", None, False),
    r"Москв\w*": ("moscow", "LOC", None, False),
    r"Минск\w*": ("minsk", "LOC", None, False),
    r"Укрінформ\w*": ("ukrinform", "ORG", None, True),
    r"Kyiv Post": ("kyivpost", "ORG", None, True),
    r"Интерфакс": ("interfax", "ORG", None, True),
    r"CNN": ("cnn", "ORG", None, True),
    r"Reuters": ("reuters", "ORG", None, True),
    r"Міноборони": ("mod-ua", "ORG", None, False),
    r"МИД": ("mfa", "ORG", None, False),
    r"Зорян\w* банк\w*": ("zoryanyi-bank", "ORG", None, False),
}
# names the resolver knows without a mention in the text (capital -> state lookups)
KNOWN = {"німеччина": ("germany", "LOC"), "польська": ("poland", "LOC"), "россия": ("russia", "LOC"), "росія": ("russia", "LOC"),
         "франция": ("france", "LOC"), "france": ("france", "LOC"), "french": ("france", "LOC")}


def run(text, lang, published="2026-02-05", with_times=False):
    document = Document(id="t", text=text, source="test", lang=lang, published=published)
    doc = nlp.blank(lang)(text)

    def resolver(name, lg, typ):
        hit = KNOWN.get(name.lower())
        if hit is None:
            return None
        return Entity(key=hit[0], type=hit[1], name=name)

    index = EntityIndex(lang, resolver)
    for pat, (key, typ, gender, outlet) in NAMES.items():
        for m in re.finditer(rf"(?<!\w)(?:{pat})(?!\w)", text):
            index.add_entity(Entity(key=key, type=typ, name=m.group(), gender=gender, is_outlet=outlet))
            index.add_mention(Mention(m.start(), m.end(), m.group(), typ), key)
    times = T.extract(doc, document) if with_times else []
    return S.extract(doc, document, index, times), index


def stmts(text, lang, **kw):
    return run(text, lang, **kw)[0]


def one(text, lang, **kw):
    out = stmts(text, lang, **kw)
    assert len(out) == 1, [(s.content, s.speaker_key, s.cue) for s in out]
    return out[0]


def check_offsets(text, s):
    assert text[s.start:s.end] == s.content


# -- direct speech --------------------------------------------------------------------------
def test_uk_direct_dash_after():
    text = "Шевченко прибув до Києва.\n\n«Ми готові до переговорів з партнерами», — сказав Шевченко."
    s = one(text, "uk")
    assert (s.kind, s.content, s.speaker_key, s.cue) == ("direct", "Ми готові до переговорів з партнерами", "shevchenko", "сказав")
    check_offsets(text, s)


def test_uk_direct_colon_before():
    text = "Іван Бондар заявив: «Уряд не планує підвищувати податки цього року»."
    s = one(text, "uk")
    assert (s.kind, s.speaker_key) == ("direct", "bondar")
    assert s.content == "Уряд не планує підвищувати податки цього року"


def test_uk_straight_quotes_glued_dash_and_role_noun():
    text = ("Іван Бондар відвідав Польщу. \"Ми підтримуємо наших сусідів у цій важкій ситуації\".- додав політик.")
    s = one(text, "uk")
    assert s.content == "Ми підтримуємо наших сусідів у цій важкій ситуації"
    assert (s.speaker_key, s.speaker_text) == ("bondar", "політик")


def test_uk_cite_outlet_is_via():
    text = ("Раніше видання Kyiv Post писало, що уряд готує реформу. "
            "\"Реформа потрібна країні вже зараз\", – цитує видання Шевченка.")
    out = stmts(text, "uk")
    assert [s.speaker_key for s in out] == ["kyivpost", "shevchenko"]
    assert out[1].via_key == "kyivpost" and out[1].kind == "direct"


def test_ru_split_quote_same_speaker():
    text = ("Сергей Иванов прибыл в Минск. «Мы готовы к диалогу с соседями», — сказал он. — "
            "«Но только на равных условиях».")
    out = stmts(text, "ru")
    assert [s.content for s in out] == ["Мы готовы к диалогу с соседями", "Но только на равных условиях"]
    assert {s.speaker_key for s in out} == {"ivanov"}


def test_ru_multi_sentence_quote_and_mixed_marks():
    text = "«Переговоры шли долго. Мы довольны результатом“, — отметила Анна Смирнова."
    s = one(text, "ru")
    assert s.content == "Переговоры шли долго. Мы довольны результатом"
    assert s.speaker_key == "smirnova"


def test_en_direct_comma_inside_quotes():
    text = "\"We will not give up on this deal,\" Smith said on Monday."
    s = one(text, "en")
    assert (s.kind, s.speaker_key, s.content) == ("direct", "smith", "We will not give up on this deal")


def test_quoted_name_is_not_a_statement():
    assert stmts("Акції компанії «Нова пошта» зросли на біржі.", "uk") == []
    assert stmts("Он вступил в так называемую «коалицию друзей» в прошлом году.", "ru") == []


# -- indirect speech ------------------------------------------------------------------------
def test_uk_clause_with_apposition():
    text = "Міністр закордонних справ Польщі Ян Ковальський повідомив, що делегація прибуде у вівторок."
    s = one(text, "uk")
    assert (s.kind, s.speaker_key, s.cue) == ("indirect", "kowalski", "повідомив")
    assert s.content == "делегація прибуде у вівторок"
    check_offsets(text, s)


def test_uk_according_to_words():
    s = one("За словами Ковальського, переговори тривали три години.", "uk")
    assert (s.speaker_key, s.content) == ("kowalski", "переговори тривали три години")


def test_ru_according_with_pronoun():
    text = "Анна Смирнова ответила на вопрос журналистов. По ее словам, проект будет завершен весной."
    s = one(text, "ru")
    assert (s.speaker_key, s.content) == ("smirnova", "проект будет завершен весной")


def test_ru_as_reports_outlet():
    s = one("Как сообщает Интерфакс, в столице прошли консультации экспертов.", "ru")
    assert s.speaker_key == "interfax" and s.content == "в столице прошли консультации экспертов"


def test_en_according_to():
    s = one("According to Reuters, the ministry denied the report.", "en")
    assert (s.speaker_key, s.content) == ("reuters", "the ministry denied the report")


def test_en_clause_that():
    s = one("Smith said that the talks had failed.", "en")
    assert (s.speaker_key, s.content) == ("smith", "the talks had failed")


def test_uk_anaphoric_previous_sentence():
    text = "Делегація прибуде до Варшави наступного тижня. Про це повідомив Ковальський."
    s = one(text, "uk")
    assert s.content == "Делегація прибуде до Варшави наступного тижня"
    assert s.speaker_key == "kowalski"


def test_ru_anaphoric_with_addressee_and_role_noun():
    text = ("Президент Франции Жан Дюпон встретился с премьером Италии Марко Росси. "
            "Франция намерена увеличить помощь союзникам. Об этом французский лидер заявил CNN.")
    s = one(text, "ru")
    assert s.content == "Франция намерена увеличить помощь союзникам"
    assert (s.speaker_key, s.speaker_text, s.addressee_key) == ("dupont", "французский лидер", "cnn")


def test_ru_trailing_attribution():
    s = one("Переговоры продолжатся на следующей неделе, заявил Сергей Иванов.", "ru")
    assert (s.speaker_key, s.content) == ("ivanov", "Переговоры продолжатся на следующей неделе")


def test_en_trailing_attribution():
    s = one("The talks will continue next week, Smith told reporters.", "en")
    assert (s.speaker_key, s.content) == ("smith", "The talks will continue next week")


def test_speech_act_needs_content_object():
    s = one("Сергей Иванов выразил надежду на скорое завершение переговоров.", "ru")
    assert s.content == "надежду на скорое завершение переговоров" and s.speaker_key == "ivanov"
    assert stmts("Сергей Иванов выразил свое почтение хозяевам.", "ru") == []


def test_stance_verb_metonym_to_state():
    s = one("Москва категорично отвергает обвинения в причастности к атаке.", "ru", )
    assert s.content == "обвинения в причастности к атаке"
    assert s.speaker_key in ("russia", "moscow")


# -- not statements -------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Іван Бондар скаже, що все гаразд, лише завтра.", "uk"),
    ("Нагадаємо, що делегація прибула до Варшави вчора.", "uk"),
    ("В этой статье рассказываем, что это за объединение.", "ru"),
    ("Сергей Иванов мог бы сказать, что все готово.", "ru"),
    ("Smith may say that the deal is off.", "en"),
    ("Smith will say that the deal is off.", "en"),
    ("Місто готується до свята, на вулицях встановлюють ялинки.", "uk"),
])
def test_not_statements(text, lang):
    assert stmts(text, lang) == []


def test_question_put_to_someone_is_not_a_statement():
    assert stmts("Журналісти запитали Бондаря, чи буде він балотуватися.", "uk") == []
    assert stmts("Сергей Иванов спросил, будут ли переговоры?", "ru") == []


# -- speakers -------------------------------------------------------------------------------
def test_pronoun_agrees_in_gender():
    text = "Іван Бондар зустрівся з Ольгою Петренко. Вона зазначила, що виробництво зросло."
    s = one(text, "uk")
    assert (s.speaker_key, s.speaker_text) == ("petrenko", "Вона")


def test_pronoun_prefers_subject_of_previous_sentence():
    text = ("Сергей Иванов ответил на вопрос о встрече с Дюпоном. "
            "Он утверждает, что встреча прошла успешно.")
    assert one(text, "ru").speaker_key == "ivanov"


def test_role_noun_head_of_state_and_mention_added_to_index():
    text = ("Президент Франции Жан Дюпон провел встречу в Минске. "
            "Глава государства отметил, что стороны договорились о сотрудничестве.")
    out, index = run(text, "ru")
    assert len(out) == 1 and out[0].speaker_key == "dupont"
    added = [m for m in index.mentions if m.text == "Глава государства"]
    assert added and added[0].entity_key == "dupont"


def test_nationality_role_noun_picks_person_of_that_country():
    text = ("Премьер Италии Марко Росси и президент Франции Жан Дюпон провели переговоры. "
            "«Мы нашли общий язык по всем вопросам», — сказал итальянский политик.")
    assert one(text, "ru").speaker_key == "rossi"


def test_collective_of_state():
    s = one("Официальные лица Китая заявили, что не планируют менять курс.", "ru")
    assert s.speaker_key == "china"


def test_locative_capital_metonym():
    s = one("У Берліні наголошують, що санкції залишаться в силі.", "uk")
    assert s.speaker_key in ("germany", "berlin")


def test_kremlin_metonym_via_lookup():
    s = one("В Кремле заявили, что готовы к контактам.", "ru")
    assert s.speaker_key == "russia"


def test_reporting_chain_via_inherited_by_next_quote():
    text = ("За інформацією агентства Укрінформ, Іван Бондар повідомив, що переговори тривають. "
            "\"Ми розраховуємо на результат вже цього тижня\", — зауважив посадовець.")
    out = stmts(text, "uk")
    assert [s.speaker_key for s in out] == ["bondar", "bondar"]
    assert [s.via_key for s in out] == ["ukrinform", "ukrinform"]


def test_parenthetical_org_is_not_the_speaker():
    s = one("Депутат Іван Бондар (Міноборони) заявив, що закупівлі прозорі.", "uk")
    assert s.speaker_key == "bondar"


# -- time -----------------------------------------------------------------------------------
def test_said_on_from_occasion_in_previous_sentence():
    text = ("Сергей Иванов во время визита в Минск в конце ноября 2025 года подробно описал свою позицию. "
            "Министр заявил, что переговоры продолжатся.")
    s = one(text, "ru", with_times=True)
    assert s.speaker_key == "ivanov"
    assert s.said_on is not None and s.said_on.value == "2025-11"


def test_no_said_on_from_time_inside_content_or_relative_clause():
    text = "Сергей Иванов заявил, что встреча пройдет 6 января 2026 года."
    assert one(text, "ru", with_times=True).said_on is None
    text = "Об этом Иванов заявил после встречи, которая состоялась во вторник в Минске."
    text = "Переговоры продолжатся. " + text
    assert one(text, "ru", with_times=True).said_on is None


def test_quote_split_inside_one_pair_of_marks():
    text = "«Мы выполним все обязательства,\xa0— сказал Сергей Иванов.\xa0— Других вариантов у нас нет»."
    out = stmts(text, "ru")
    assert [s.content for s in out] == ["Мы выполним все обязательства", "Других вариантов у нас нет"]
    assert {s.speaker_key for s in out} == {"ivanov"}


def test_report_about_topic_but_not_negated():
    s = one("Іван Бондар повідомив про підписання нової угоди з партнерами.", "uk")
    assert s.content == "про підписання нової угоди з партнерами" and s.speaker_key == "bondar"
    assert stmts("Іван Бондар нічого не повідомив про підписання нової угоди.", "uk") == []


def test_said_on_sentence_initial_date_is_not_carried_to_the_next_paragraph():
    # the date of the sentence dates its statement; a quote told in the next paragraph names no time of its own (one
    # that goes on in the same paragraph is said on the same occasion: tests/test_arrivals_and_guests.py)
    text = ("В среду, 14 мая 2025 года, Сергей Иванов заявил, что уходит в отставку.\n\n"
            "«Я принял это решение сам», — сказал Иванов.")
    out = stmts(text, "ru", with_times=True)
    assert [s.said_on.value if s.said_on else None for s in out] == ["2025-05-14", None]


def test_said_on_of_a_statement_does_not_pass_to_an_indirect_one_after_it_in_the_paragraph():
    text = ("В среду, 14 мая 2025 года, Сергей Иванов заявил, что уходит в отставку. "
            "Иванов также сообщил, что решение принял сам.")
    out = stmts(text, "ru", with_times=True)
    assert [s.said_on.value if s.said_on else None for s in out] == ["2025-05-14", None]


def test_said_on_is_shared_within_one_sentence():
    text = "«Решение принято», — сказал Сергей Иванов в среду, 14 мая 2025 года, и добавил, что уходит сам."
    out = stmts(text, "ru", with_times=True)
    assert len(out) == 2
    assert [s.said_on.value if s.said_on else None for s in out] == ["2025-05-14", "2025-05-14"]


def test_said_on_is_never_after_publication():
    # the session named in what was said lies ahead: it does not date the next statement
    text = ("Міністр Петро Бондар повідомив, що рада розгляне бюджет на засіданні 20 травня. "
            "За словами міністра, дефіцит зменшиться.")
    out = stmts(text, "uk", with_times=True, published="2025-05-14")
    assert [s.said_on for s in out] == [None, None]


def test_vague_time_is_not_a_date():
    s = one("Раніше Іван Бондар заявив, що реформа потрібна.", "uk", with_times=True)
    assert s.said_on is None


def test_unnamed_official_of_organisation_described_by_common_noun():
    text = ("Зоряний банк отримав ліцензію. Іван Бондар став клієнтом Зоряного банку. "
            "Керівник банку розповів, що клієнтів стає більше.")
    assert one(text, "uk").speaker_key == "zoryanyi-bank"


def test_two_statements_in_one_sentence():
    text = "Іван Бондар зазначив, що ціни стабільні, а також заявив, що податки не зростуть."
    out = stmts(text, "uk")
    assert [s.content for s in out] == ["ціни стабільні", "податки не зростуть"]
    assert {s.speaker_key for s in out} == {"bondar"}


def test_trailing_outlet_reports():
    s = one("Переговоры продолжатся на следующей неделе, передает Интерфакс.", "ru")
    assert (s.speaker_key, s.content) == ("interfax", "Переговоры продолжатся на следующей неделе")


def test_en_said_without_that():
    s = one("Mary Jones said the ministry would publish the report next week.", "en")
    assert (s.speaker_key, s.content) == ("jones", "the ministry would publish the report next week")
    assert stmts("The report said on page two.", "en") == []


def test_anaphoric_role_then_name_after_the_verb():
    text = ("Президент Франции Жан Дюпон вернулся к работе. "
            "Об этом сообщил министр науки страны Сергей Иванов. По его словам, Дюпон провел совещание.")
    out = stmts(text, "ru")
    assert [s.speaker_key for s in out] == ["ivanov", "ivanov"]
    assert out[0].addressee_key is None


def test_head_of_named_state_by_adjective():
    text = ("Президент Франции Жан Дюпон принял премьера Италии Марко Росси. "
            "Глава французского государства выразил уверенность, что сотрудничество продолжится.")
    assert one(text, "ru").speaker_key == "dupont"


def test_government_stands_for_the_state_in_focus():
    text = "Китай провел учения. Китай заявил о готовности. Ранее правительство сообщало, что учения плановые."
    out = stmts(text, "ru")
    assert out[-1].speaker_key == "china"


def test_official_of_ministry_is_the_person_introduced_with_it():
    text = ("Директор департаменту Міноборони Іван Бондар виступив на засіданні. "
            "За підрахунками представника міністерства, закупівля обійдеться дешевше.")
    assert one(text, "uk").speaker_key == "bondar"


def test_quote_over_several_lines():
    text = "«Перший рядок цитати.\nДругий рядок цитати», – зазначив Іван Бондар."
    s = one(text, "uk")
    assert s.content == "Перший рядок цитати.\nДругий рядок цитати" and s.kind == "direct"


def test_quoted_phrase_inside_sentence_takes_trailing_attribution_of_whole_sentence():
    text = "Китай — «очень сильная держава» и «надежный партнер», заявил Сергей Иванов."
    s = one(text, "ru")
    assert s.content == "Китай — «очень сильная держава» и «надежный партнер»"
    assert s.speaker_key == "ivanov"


def test_hyphenated_role_noun_split_by_the_tokenizer():
    text = "Сергей Иванов прибыл в Минск. Визит продлится три дня, подчеркнул пресс-секретарь."
    assert one(text, "ru").speaker_key == "ivanov"


def test_outlet_at_the_end_is_the_via():
    s = one("Сергей Иванов заявил, что сделка близка, передает Интерфакс.", "ru")
    assert (s.content, s.speaker_key, s.via_key) == ("сделка близка", "ivanov", "interfax")


def test_citing_sources_is_not_a_statement_of_its_own():
    text = "Сергей Иванов провел совещание с военными. Об этом сообщает Интерфакс со ссылкой на источники."
    s = one(text, "ru")
    assert (s.speaker_key, s.content) == ("interfax", "Сергей Иванов провел совещание с военными")


def test_verb_agreement_fixes_gender_for_later_pronoun():
    text = "Mary Jones повідомила, що указ готовий. За її словами, документ підпишуть завтра."
    document = Document(id="t", text=text, source="test", lang="uk")
    doc = nlp.blank("uk")(text)
    index = EntityIndex("uk")
    index.add_entity(Entity(key="jones", type="PER", name="Mary Jones", gender="masc"))  # a wrong guess upstream
    index.add_mention(Mention(0, 10, "Mary Jones", "PER"), "jones")
    out = S.extract(doc, document, index, [])
    assert [s.speaker_key for s in out] == ["jones", "jones"]


def test_repeated_title_points_to_the_person_who_had_it():
    text = ("По словам пресс-атташе посольства Сергея Иванова, граждане работали на заводе. "
            "Посольство принимает «активные меры по их поиску», подчеркнул пресс-атташе.")
    out = stmts(text, "ru")
    assert [s.speaker_key for s in out] == ["ivanov", "ivanov"]


def test_en_quote_goes_on_after_attribution_sentence():
    text = ("French President Jean Dupont met Smith. "
            "\"This is not acceptable,\" the French leader told CNN. \"We will respond.\"")
    text = text.replace("Jean Dupont", "Mary Jones")
    out = stmts(text, "en")
    assert [s.content for s in out] == ["This is not acceptable", "We will respond."]
    assert out[0].addressee_key == "cnn"
    assert [s.speaker_key for s in out] == ["jones", "jones"]


def test_author_first_person_and_unnamed_common_noun_subject():
    assert stmts("Сколько раз я говорил, что победы нет без труда.", "ru") == []
    out = stmts("Сергей Иванов приехал в Минск. Медики утверждают, что болезнь отступила.", "ru")
    assert len(out) == 1 and out[0].speaker_key is None


def test_preposition_before_adjective_keeps_medium_out_of_subject():
    text = "Сергей Иванов в своем Reuters-блоге сказал, что переговоры идут."
    assert one(text, "ru").speaker_key == "ivanov"


def test_impersonal_forms_have_no_hidden_subject_but_passive_source_speaks():
    text = "Іван Бондар підписав договір. У договорі було вказано, що ціна становить сто гривень."
    out = stmts(text, "uk")
    assert len(out) == 1 and out[0].speaker_key is None
    text = "Ціна становить сто гривень. Про це повідомляється в дослідженні агентства Укрінформ."
    assert one(text, "uk").speaker_key == "ukrinform"


def test_name_after_preposition_following_the_verb_is_not_the_speaker():
    text = "Ціна зросла вдвічі. Про це написав місцевий портал з посиланням на Укрінформ."
    s = one(text, "uk")
    assert s.speaker_key != "ukrinform"


def test_company_and_plural_officials_stand_for_the_organisation():
    text = ("Зоряний банк відкрив відділення у Польщі. Іван Бондар прийшов на відкриття. "
            "Банк стверджує, що клієнтів побільшало. Депутати заявили, що перевірять угоду.")
    out = stmts(text, "uk")
    assert [s.speaker_key for s in out] == ["zoryanyi-bank", "zoryanyi-bank"]


def test_clause_opening_with_quoted_name_keeps_the_clause():
    s = one("Іван Бондар вказав, що «Зоряний банк» не виконав зобов'язань.", "uk")
    assert s.content == "«Зоряний банк» не виконав зобов'язань"


def test_malformed_lexicon_line_names_file_and_line(tmp_path, monkeypatch):
    from kg.extract import speech_lexicon as sl
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "cues.tsv").write_text("# header\nсказать\n", encoding="utf-8")
    monkeypatch.setattr(lexicons, "LEXICON_DIR", tmp_path)
    sl.load.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"cues.tsv:2"):
            sl.load("xx")
    finally:
        sl.load.cache_clear()


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_every_language_has_its_lexicons(lang):
    from kg.extract import speech_lexicon as sl
    lex = sl.load(lang)
    frames = {p.frame for p in lex.phrases}
    assert {"clause", "according", "complementizer", "stance", "speech-act"} <= frames
    assert any(n.kind == "PRON" for n in lex.speaker_nouns) and any(n.kind == "ROLE" for n in lex.speaker_nouns)
    assert lex.metonyms


def test_adverb_before_subject_is_not_a_preposition():
    s = one("Раніше польська сторона заявляла, що не бачить підстав для переговорів.", "uk")
    assert s.speaker_key == "poland"


def test_outlet_of_an_interview_before_the_verb_is_the_addressee():
    text = "Сергей Иванов в интервью телеканалу CNN заявил, что Минск готов к переговорам."
    s = one(text, "ru")
    assert (s.speaker_key, s.addressee_key) == ("ivanov", "cnn")


def test_head_of_organisation_is_the_minister_introduced_earlier():
    text = ("Министр иностранных дел Франции Жан Дюпон прибыл в Минск. "
            "«Мы не изменим позицию», — подчеркнул глава МИД.")
    s = one(text, "ru")
    assert s.speaker_key == "dupont"


def test_figures_published_by_named_person_reported_by_outlet():
    text = ("Компанія відкачала 600 тонн нафти з труб. "
            "Відповідну цифру оприлюднив директор компанії Іван Бондар на засіданні, повідомляє Укрінформ.")
    s = one(text, "uk")
    assert s.content == "Компанія відкачала 600 тонн нафти з труб"
    assert (s.speaker_key, s.via_key) == ("bondar", "ukrinform")


def test_subject_with_apposition_is_not_trailing_attribution():
    s = one("Сергей Иванов, глава и символ компании, заявил о своем уходе с поста директора.", "ru")
    assert s.content == "о своем уходе с поста директора" and s.speaker_key == "ivanov"


def test_as_verb_source_is_the_nominative_not_the_addressee():
    text = "Як пояснювали суду представники агентства Укрінформ, угоду підписано."
    s = one(text, "uk")
    assert s.speaker_key == "ukrinform"


def test_cited_person_missed_by_the_recogniser_is_looked_up():
    text = "Іван Бондар виступив у Києві. \"Ми готові працювати далі\", – цитує видання Kyiv Post Бондаря."
    document = Document(id="t", text=text, source="test", lang="uk")
    doc = nlp.blank("uk")(text)

    def resolver(name, lg, typ):
        return Entity(key="bondar", type="PER", name="Іван Бондар") if name.startswith("Бондар") else None

    index = EntityIndex("uk", resolver)
    index.add_entity(Entity(key="bondar", type="PER", name="Іван Бондар"))
    index.add_mention(Mention(0, 11, "Іван Бондар", "PER"), "bondar")
    index.add_entity(Entity(key="kyivpost", type="ORG", name="Kyiv Post", is_outlet=True))
    start = text.index("Kyiv Post")
    index.add_mention(Mention(start, start + 9, "Kyiv Post", "ORG"), "kyivpost")
    out = S.extract(doc, document, index, [])
    assert [(s.kind, s.speaker_key, s.via_key) for s in out] == [("direct", "bondar", "kyivpost")]


def test_quoted_outlet_missed_by_recogniser_is_looked_up_for_passive_report():
    text = "Ціна угоди склала сто гривень. Про це повідомляється у «Віснику тендерів»."
    document = Document(id="t", text=text, source="test", lang="uk")
    doc = nlp.blank("uk")(text)
    made = {}

    def resolver(name, lg, typ):
        if typ == "ORG" and name.startswith("Віснику"):
            return made.setdefault("e", Entity(key="tender-herald", type="ORG", name="Вісник тендерів"))
        return None

    index = EntityIndex("uk", resolver)
    out = S.extract(doc, document, index, [])
    assert [(s.speaker_key, s.content) for s in out] == [("tender-herald", "Ціна угоди склала сто гривень")]
    assert any(m.entity_key == "tender-herald" for m in index.mentions)


def test_pronoun_falls_back_when_no_person_of_its_gender_is_near():
    text = "Mary Jones прибула до Києва. Вона зазначила, що переговори тривають."
    document = Document(id="t", text=text, source="test", lang="uk")
    doc = nlp.blank("uk")(text)
    index = EntityIndex("uk")
    index.add_entity(Entity(key="jones", type="PER", name="Mary Jones", gender="masc"))  # a wrong guess upstream
    index.add_mention(Mention(0, 10, "Mary Jones", "PER"), "jones")
    assert [s.speaker_key for s in S.extract(doc, document, index, [])] == ["jones"]


def test_said_on_from_the_dated_occasion_named_at_the_cue():
    # "після розмови": the call told just before dates what was written after it
    text = ("У понеділок Сергій Іванов провів телефонну розмову з міністром. "
            "«Ми домовилися про спільні навчання», — написав Іванов після розмови.")
    out = stmts(text, "uk", with_times=True, published="2025-05-14")
    assert [s.said_on.value if s.said_on else None for s in out] == ["2025-05-12"]


def test_no_occasion_at_the_cue_no_borrowed_date():
    text = ("У понеділок Сергій Іванов провів телефонну розмову з міністром. "
            "«Ми домовилися про спільні навчання», — написав Іванов.")
    out = stmts(text, "uk", with_times=True, published="2025-05-14")
    assert [s.said_on for s in out] == [None]


def test_said_on_speaking_on_a_weekday():
    text = "Сергей Иванов, выступая в среду перед студентами, заявил, что реформа продолжится."
    s = one(text, "ru", with_times=True, published="2025-05-16")
    assert s.said_on is not None and s.said_on.value == "2025-05-14"


def test_the_anaphoric_retelling_dates_the_statement_before():
    text = ("Сергей Иванов призвал союзников ускорить поставки. "
            "Об этом он сообщил в субботу в беседе с газетой.")
    out = stmts(text, "ru", with_times=True, published="2025-05-14")
    assert [(s.cue, s.said_on.value if s.said_on else None) for s in out] == [("призвал", "2025-05-10")]


def test_said_on_of_a_participle_occasion():
    text = "Сергей Иванов, находясь в пятницу в Минске, заявил студентам, что переговоры продолжатся."
    s = one(text, "ru", with_times=True, published="2025-05-14")
    assert s.said_on is not None and s.said_on.value == "2025-05-09"


def test_said_on_from_the_occasion_before_a_quote_of_several_sentences():
    text = ("У понеділок Сергій Іванов провів телефонну розмову з міністром. "
            "«Ми домовилися про спільні навчання. Вони відбудуться влітку. Деталі узгодять штаби», "
            "— написав Іванов після розмови.")
    out = stmts(text, "uk", with_times=True, published="2025-05-14")
    assert [s.said_on.value if s.said_on else None for s in out] == ["2025-05-12"]


# a dated day four sentences before the statement
_DAY_TOLD_BEFORE = ("У понеділок Сергій Іванов провів переговори з міністром. Сторони підписали угоду. "
                    "Документ передбачає спільні навчання. Вони відбудуться влітку. ")


@pytest.mark.parametrize("said,value", [
    ("«Ми довіряємо партнерам», — сказав Іванов на спільній пресконференції.", "2025-05-12"),
    ("Іванов в інтерв'ю газеті заявив, що довіряє партнерам.", None),  # an interview is an occasion of its own
])
def test_an_occasion_at_the_cue_takes_a_day_told_a_few_sentences_before_but_an_interview_does_not(said, value):
    out = stmts(_DAY_TOLD_BEFORE + said, "uk", with_times=True, published="2025-05-14")
    assert [s.said_on.value if s.said_on else None for s in out] == [value]


def test_an_outlet_inside_a_possessive_prepositional_phrase_is_not_the_speaker():
    # uk tags "своєму" as a pronoun, not an adjective: the preposition before it still governs the name
    s = one("Міноборони у своєму CNN-каналі заявило, що Польща готова до переговорів.", "uk")
    assert s.speaker_key == "mod-ua"


@pytest.mark.parametrize("occasion", ["на підсумковій пресконференції", "після засідання"])
def test_the_occasion_with_an_adjective_or_after_a_session_dates_the_quote(occasion):
    text = ("Делегації у вівторок провели переговори у Берліні.\n\n"
            f"«Ми задоволені результатом», — сказав Шевченко {occasion}.")
    [s] = run(text, "uk", with_times=True)[0]
    assert s.speaker_key == "shevchenko" and s.said_on is not None and s.said_on.value == "2026-02-03"


def test_a_second_speech_verb_joined_by_a_conjunction_keeps_the_first_ones_speaker():
    text = ("Міністр Іван Петренко у середу заявив, що рішення ухвалять до кінця квітня. Він допустив, що "
            "прем'єр Олег Коваль приїде до Львова, але додав, що остаточного рішення ще немає.")
    ax = run_pipeline(text, "uk", published="2027-03-11")
    speakers = {s.content.split(",")[0][:20]: s.speaker_key for s in ax.statements}
    assert len(ax.statements) == 3
    assert len(set(speakers.values())) == 1 and list(speakers.values())[0].startswith("per:ivan-petrenko")


@pytest.mark.parametrize("text,lang", [
    ("Правительство Литвы в четверг продлило запрет на ввоз удобрений. Об этом на итоговой пресс-конференции "
     "в Вильнюсе рассказала министр сельского хозяйства Анна Петрова.", "ru"),
    ("Уряд Литви в четвер продовжив заборону на ввезення добрив. Про це на підсумковій пресконференції у Вільнюсі "
     "розповіла міністерка аграрної політики Анна Петренко.", "uk"),
])
def test_about_this_with_an_occasion_between_it_and_the_speech_verb(text, lang):
    ax = run_pipeline(text, lang, published="2027-03-26")
    [s] = ax.statements
    assert s.speaker_key.startswith("per:anna-petr") and s.content.startswith(text.split(" в ")[0].split(" у ")[0])


@pytest.mark.parametrize("text,lang", [
    ("Іван Бондар, для якого Берлін став другим домом, минулої суботи пізно ввечері заявив, що рішення було поспішним.", "uk"),
    ("Сергей Иванов, для которого Минск стал вторым домом, поздно вечером в прошлую субботу заявил, что решение было поспешным.", "ru"),
])
def test_a_relative_clause_and_a_time_phrase_stand_between_the_speaker_and_the_verb(text, lang):
    assert one(text, lang).speaker_key in ("bondar", "ivanov")


def test_said_on_from_a_time_after_the_speaker_the_addressee_and_the_place():
    text = "«Мы продолжим работу», — сказал Сергей Иванов волонтерам в городском штабе в ночь на понедельник."
    s = one(text, "ru", with_times=True, published="2025-05-14")
    assert s.said_on is not None and s.said_on.value == "2025-05-12"


def test_said_at_a_press_conference_on_the_day_of_the_visit_not_of_a_relative_clause():
    ax = run_pipeline("Президент Литви Ян Коваль у понеділок прибув до Граца. Це перша поїздка лідера після "
                      "ремонту палацу, що завершився в п'ятницю.\n\n«Ми будемо разом», — заявив Коваль на спільній "
                      "пресконференції.", "uk", published="2027-05-17")
    [st] = ax.statements
    assert st.said_on is not None and st.said_on.value == "2027-05-17"


@pytest.mark.parametrize("text,lang", [
    ("Министр Литвы Ян Коваль в среду прибыл в Грац, где встретился с мэром Марко Лиотти. В Граце погода была "
     "теплой. Накануне шел дождь.\n\nКоваль после встречи сказал журналистам, что доволен итогами.", "ru"),
])
def test_said_after_a_dated_meeting_the_sentence_names_is_said_that_day(text, lang):
    ax = run_pipeline(text, lang, published="2027-05-21")  # a Friday: the Wednesday is 2027-05-19
    [st] = ax.statements
    assert st.said_on is not None and st.said_on.value == "2027-05-19"


def test_an_event_spoken_of_does_not_date_the_saying():
    ax = run_pipeline("Министр Литвы Ян Коваль в среду встретился в Граце с Марко Лиотти.\n\nВ МИД Польши "
                      "встречу назвали полезной и заявили, что контакты продолжатся.", "ru", published="2027-05-21")
    assert all(st.said_on is None for st in ax.statements)
