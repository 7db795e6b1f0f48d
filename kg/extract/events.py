"""Events: typed happenings with participants, place, time and status.

Triggers, status cues, support verbs and linking words are data (``lexicons/<lang>/events.tsv``).
For each trigger found in a sentence (lemma sequences, so every case form matches):
- participants: entity mentions chained after the trigger (``разговор Иванова с Петровым``,
  ``зустріч між президентами X і Y``, ``удары по X со стороны Y``), the subject of a trigger verb
  or of a support verb whose object is the trigger (``X намерен провести переговоры``), English
  possessives and compounds before the trigger (``Smith's visit``);
- place: a location in the locative after a place preposition in the trigger's clause
  (``в Берлине``), or the destination of a visit (``визит в Монголию``);
- time: the time expression nearest to the trigger in its clause (a following relative clause
  counts: ``встреча, которая состоялась во вторник``);
- status: denied > planned > possible cues in the clause, else the tense of the clause's verb
  (future -> planned, past/present -> occurred), else the time against the publication date;
- statement: the statement whose said content holds the trigger.
Mentions of one event in an article (title and body, or ``эти переговоры``) merge into one Event.
Events with nobody, nowhere and no date are dropped (``контактов нет`` says nothing about whom).
"""
from __future__ import annotations

import dataclasses
import itertools
import re
import datetime as dt
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gazetteer_mod
from kg.extract import roles as roles_mod
from kg.extract.speech_lexicon import DASHES, load as load_speech_lexicon, tags as sl_tags
from kg.documents import dateline_city
from kg.extract import morph
from kg.extract.doc_cache import doc_text
from kg.extract.entity_index import EntityIndex
from kg.extract.entity_keys import LEGAL_FORMS
from kg.extract.names import SON_OF, is_cyrillic, lemma_candidates
from kg.extract.event_lexicon import EventLexicon, Trigger, lexicon, titles
from kg.extract import institutions
from kg.extract.event_merge import (INTERACTIONS, Found, election_in_the_candidates_state, finalize,
                                    host_met_by_the_visitor, merge, same_noun, times_compatible, visited_country)
from kg.extract.time import lexicon as time_lexicon
from kg.extract.event_view import (CLAUSE_BREAK, QUOTES, RELATIVE, RELATIVE_OR_THAT, WHOSE, SentenceView, agree,
                                   all_nominative, can_be, is_prep, is_title, locative, nominative, word_kind)
from kg.records import Document, Event, Statement, TimeExpr

def extract(doc: Doc, document: Document, index: EntityIndex, times: list[TimeExpr],
            statements: list[Statement]) -> list[Event]:
    lang = document.lang or "en"
    if lang not in ("uk", "ru", "en"):
        return []
    lex = lexicon(lang)
    pub = _pub(document)
    headers = list(document.header_spans or [])
    title = document.title_span or _first_line(document.text, headers)
    found: list[Found] = []
    prev: list[Found] = []  # the events of the sentence before
    dated: tuple[int, list[Found]] = (-9, [])  # the last sentence whose events have a time, and its number
    parties: tuple[int, list[str]] = (-9, [])  # sentence number and participants of the last event with two or more
    persons_told: tuple[int, list[str]] = (-9, [])  # the same for the last event with two or more persons
    prev_sent: Optional[tuple[int, int]] = None
    recent: list[tuple[int, Found]] = []  # sentence number and event of every mention so far
    package_told = False  # a sanctions package was told of
    sides_told: tuple[int, tuple] = (-9, (None, 0))  # sentence number, view and position of the last compound demonym
    for s_no, sent in enumerate(doc.sents):
        view = SentenceView(doc, sent, index, lang)
        view.set_times(times)
        used: set[int] = set()
        hits: list[tuple[int, int, Trigger]] = []
        governing: set[int] = set()  # agreement verbs that only tell the event they govern is planned
        for i in range(view.n):
            if i in used or any(hs <= view.start_char(i) < he for hs, he in headers):
                continue
            if _not_a_trigger_word(view, i) or _phrase_before(view, lex, "remit", i, 0, reach=2) \
                    or _phrase_before(view, lex, "nonevent-modifier", i, 0, reach=1):
                continue  # "радник з питань енергетики": the office's remit, no event; "торгова сесія": trading
            for trig in lex.triggers:
                j = view.match_seq(i, trig.lemmas, view.n, gap=trig.gap)
                if j is None or (lang == "en" and _en_not_event(view, i, j, trig)):
                    continue
                if trig.verb and trig.type == "Visit" and _meeting_noun_after(view, lex, j):
                    continue  # "посетит саммит": the summit is the event, the visit verb supports it
                if trig.verb and trig.type == "Agreement" and len(trig.lemmas) == 1 and _event_noun_after(
                        view, lex, j, occasion=False):
                    continue  # "договорились о встрече": the meeting is the event (planned), not a deal
                if trig.verb and trig.type == "Agreement" and len(trig.lemmas) == 1 and _event_infinitive_after(view, lex, j):
                    governing.add(i)  # "домовилися зустрітися": it tells the meeting planned, then goes
                if trig.past and morph.tense(view.toks[i], lang) != "past":
                    continue
                if trig.lemmas[0] in _BE and (not (j < view.n and is_prep(view, j)) or _event_noun_in_clause(view, lex, j)):
                    continue  # "був у Києві" is a trip; "є атакою", "була зареєстрована в …" are not; "был в X с
                    # визитом": the noun tells it
                if trig.verb and trig.type == "Election" and j == i + 1 and _elect_before_title(view, i):
                    continue  # "избранный мэр X примет участие": the mayor-elect, no election told here
                if not trig.verb and i >= 2 and view.word(i - 1) in _COORD and (i - 2) in view.ends \
                        and view.ends[i - 2][1][2] == "ORG" and view.toks[i].text.islower() \
                        and morph.cases(view.toks[i], lang) & morph.cases(view.toks[i - 2], lang):
                    continue  # "Комитет по переговорам и выборам": the name goes on, no event
                if trig.head and _event_noun_after(view, lex, j):
                    continue  # "раунд переговоров": the talks are the event word
                if not trig.verb and _name_given_by_appraisal(view, lex, i):
                    continue  # "назвали поездку X «очередным турне»": what the trip was called, no event of its own
                if trig.persons and any(view.phrase_at(k, "nonguest", lex, view.n) for k in range(j, min(j + 3, view.n))):
                    continue  # "прийняв запрошення", "приняли участие": no guest received
                if trig.persons and (_event_noun_after(view, lex, _past_adjectives(view, j)) or any(
                        not t.verb and view.window(a, b)[0] == view.window(i, j)[0] and nominative(view, a, b)
                        and all(word_kind(view, k) == "adj" for k in range(view.window(a, b)[0], a))
                        for a, b, t in hits)):
                    continue  # "X приймав двосторонні переговори", "форум прийматиме X": who hosts the event named
                if trig.type == "Election" and not trig.verb and (_vote_of_an_international_body(view, j) or any(
                        view.phrase_at(k, "vote-object", lex, view.n) for k in range(j, min(j + 3, view.n)))):
                    continue  # "голосування у Генасамблеї", "щодо резолюції": a resolution's vote, no election
                if trig.verb and trig.type == "Meeting" and not trig.strong and (
                        _event_noun_next_to(view, lex, i, j) or _received_how(view, i, j)):
                    continue  # "візит зустріли холодно", "встретили решение", "заяву зустріли з полегшенням":
                    # how news was received, no meeting
                if trig.verb and trig.type == "Visit" and _thing_arrived(view, lex, i):
                    continue  # "зерно, которое прибыло в X": a shipment arrived, nobody visited
                if trig.verb and any(view.phrase_at(k, "nonevent-object", lex, view.n) for k in range(j, min(j + 4, view.n))):
                    continue  # "обрав запобіжний захід", "избрал меру пресечения": a court's measure, no election
                if trig.type == "Sanctions" and not trig.verb and (_dodged_or_kept(view, lex, i) or _remains(view, lex, j)):
                    continue  # "в обход санкций", "збереже санкції": sanctions in force, no new ones imposed
                used.update(range(i, j))
                hits.append((i, j, trig))
                break
        if not any(t.type == "Election" for _i, _j, t in hits):
            hits.extend(_congratulated_victory(view, lex, used))  # "поздравил X с победой": the election X won
        if package_told and not any(t.type == "Sanctions" for _i, _j, t in hits):
            hits.extend(_package_again(view, lex, used))  # "послы одобрили пакет в пятницу": the package told of
        hits = [h for h in hits if not _attack_framing_its_verb(view, h, hits)]
        here: list[Found] = []
        if not hits and prev and prev[-1].ev.type in ("Meeting", "Talks", "Call", "Contact", "Election"):
            # "Саміт відбувся в Берліні. У ньому також взяли участь X і Y": they take part in the event just told
            # (one takes part in a meeting or an election, not in sanctions or an attack)
            joined = _taking_part(view, lex, 0, view.n, -1)
            if joined and not prev[-1].ev.participants:
                prev[-1].anaphoric = True  # "…, завершая сессию. В ней участвовали X и Y": the meeting told of before
            for key in joined:
                if key not in prev[-1].ev.participants:
                    prev[-1].ev.participants.append(key)
        for i, j, trig in hits:
            if (trig.armed or trig.launch) and (clause := view.window(i, j)) and any(
                    t.type == "Attack" and a != i and clause[0] <= a < clause[1] for a, _b, t in hits):
                continue  # "ракета влучила в котельню і уламки пошкодили садок": the damage of the attack told
            if trig.launch and any(t.type == "Attack" and a != i and not t.launch for a, _b, t in hits):
                continue  # "X потрапив під удар: росіяни застосували ракети": how the attack told was made
            others = [(a, b) for a, b, t in hits if a != i and not t.weak]  # (an arrival verb is no other event)
            earlier = parties[1] if s_no - parties[0] <= 5 or (
                trig.type == "Agreement" and not trig.past and s_no - parties[0] <= 12
                and morph.tense(view.toks[i], view.lang) != "past"
                and (at := _parties_at(view, lex, *view.window(i, j))) is not None and view.lem[at[1] - 1] & _SIDE_NOUNS
            ) else []  # ("… Как пишет X, летом стороны могут подписать контракт": the sides of the deal told further up)
            if s_no - parties[0] > 1 and prev_sent is not None and len(_persons_in(index, prev_sent)) >= 2:
                # "X и Y ... . Они провели разговор": the persons of the sentence before come closer
                earlier = _persons_in(index, prev_sent)
            at = _parties_at(view, lex, *view.window(i, j))
            if at is not None and view.word(at[0]) in _THEY and len(told := _persons_named_before(view, at[0])) >= 2:
                earlier = told  # "X і Y спілкувалися …: тоді вони провели зустріч": the persons just named
            if at is not None and _leaders_noun(view, lex, at) and s_no - persons_told[0] <= 5 and sum(
                    getattr(index.get(p), "type", None) == "PER" for p in earlier) < 2:
                earlier = persons_told[1]  # "лидеры подписали": the persons of the last event told with two of them
            if not earlier and s_no - sides_told[0] == 1 and _parties_subject(view, lex, *view.window(i, j)):
                # "Латвийско-эстонская комиссия завершила сессию. Стороны договорились"
                earlier = _compound_demonyms(sides_told[1][0], sides_told[1][1], 0)
            if not trig.verb and trig.type in ("Talks", "Meeting", "Call") and earlier:
                # "Лідери провели переговори. … X прийме Y. Під час переговорів сторони торкнулися також …":
                # the sides of the talks told before, not of the other event told last
                same = next((g for _n, g in reversed(recent) if g.ev.type == trig.type and g.ev.status == "occurred"
                             and not g.headline and len(g.ev.participants) >= 2), None)
                last = next((g for _n, g in reversed(recent) if len(g.ev.participants) >= 2), None)
                if same is not None and last is not None and last.ev.type != trig.type and last.ev.status != "occurred":
                    earlier = list(same.ev.participants)
            two_sided = [g for g in here if _two_sides(g, view)]
            if two_sided:  # "X провів переговори з Y, а потім лідери підписали угоду": the talks just told
                earlier = list(two_sided[-1].ev.participants)
            f = _build(view, lex, i, j, trig, times, statements, pub, others, earlier,
                       parties[1] if s_no - parties[0] == 1 else [],
                       visit_told=any(g.ev.type == "Visit" and g.ev.participants for _n, g in recent))
            if f is not None:
                f.ev.participants = _registered(index, lang, f.ev.participants)
            if f is not None and i in governing:
                f.governing = True
            if f is not None and f.outcome and not trig.verb and trig.type == "Call" and len(trig.lemmas) == 1:
                # "Після розмови лідери ухвалили заяву": the talks just told, not a call of their own
                talks = next((g for n, g in reversed(recent) if s_no - n <= 2 and g.ev.type in ("Meeting", "Talks")
                              and set(f.ev.participants) <= set(g.ev.participants)), None)
                if talks is not None:
                    f.ev.type, f.anaphoric = talks.ev.type, True
            if f is not None and not trig.verb and trig.type in ("Meeting", "Talks", "Call") \
                    and _ended_in_a_signing(view, lex, i, j, hits):
                f.anaphoric = f.outcome = True  # "Переговоры закончились подписанием плана": the talks told before
            if f is not None and two_sided and set(f.ev.participants) == set(earlier):
                # the parties of the talks just told in the same sentence: also where and when they were
                g = two_sided[-1].ev
                f.ev.place_key, f.ev.time = f.ev.place_key or g.place_key, f.ev.time or g.time
            gapped = _gapped(f, view, j, trig, times)
            for f in _one_with_each(f) + gapped:
                f.headline = title is not None and title[0] <= f.ev.start < title[1]
                f.untold = f.headline and not trig.verb and f.ev.status == "occurred" and not any(
                    morph.tense(t, lang) == "past" for t in view.toks)
                found.append(f)
                here.append(f)
        for f in here:
            if any(t is _PACKAGE and view.start_char(a) == f.ev.start for a, _b, t in hits):
                f.ev.participants = []  # the package told before ("погодили пакет у п'ятницю"): its parties, this
                _sequel(f, view, lex, [g for _n, g in reversed(recent)], pub)  # mention's time; or the next one's
                f.anaphoric = not f.sequel
                continue
            if f.ev.type == "Sanctions" and _package_of(view, lex, f):
                package_told = True  # "черговий пакет санкцій": the package may be told of again by its noun alone
            _sequel(f, view, lex, [g for _n, g in reversed(recent)], pub)
            _body_of_two_states(f, view, lex, [g for g in reversed(here) if g.ev.start < f.ev.start]
                                + [g for _n, g in reversed(recent)])
            _body_named_before(f, view)
            _visitor_holds(f, view, [g for n, g in reversed(recent) if s_no - n <= 2])
            _after_the_one_told(f, view, lex, [g for n, g in reversed(recent) if s_no - n <= 2])
            _guest_is_the_visitor(f, view, lex, [g for n, g in reversed(recent)])  # (the visit told last, however far)
            if f.ev.type == "Election" and any(t is _VICTORY for _i, _j, t in hits):
                _victory_in_the_election_before(f, view, [g for _n, g in reversed(recent)])
        for f in here:
            if f.elaborate:  # after the sentence's other events are built: "X обговорив це в розмові з Y"
                mine = [g for g in here if not g.elaborate and not _topic_noun(view, f, g)]
                _elaborates(f, mine + [g for n, g in reversed(recent) if s_no - n <= 2], mine)
                _to_meet(f, view, lex)
        for f in here:
            if f.ev.type == "Election" and any(view.phrase_at(k, "congratulate", lex, view.n) for k in range(view.n)):
                greeted = _persons_in(index, (view.sent.start_char, view.sent.end_char))
                if greeted:  # "X привітав Y з перемогою. … Лідери поговорили": who congratulated whom
                    parties = (s_no, greeted)
            if f.ev.type in ("Visit", "Attack", "Election"):
                continue  # a visitor and the country visited are no two sides ("Лідери домовилися")
            if _two_sides(f, view):
                parties = (s_no, list(f.ev.participants))
                if sum(getattr(index.get(p), "type", None) == "PER" for p in f.ev.participants) >= 2:
                    persons_told = (s_no, list(f.ev.participants))
            elif f.ev.participants:
                # "Під час розмови з X ...": a mention of the call with X told before; its two sides come to mind
                g = next((g for _n, g in reversed(recent) if g.ev.type == f.ev.type and len(g.ev.participants) >= 2
                          and set(f.ev.participants) <= set(g.ev.participants)), None)
                if g is not None:
                    parties = (s_no, list(g.ev.participants))
        if not hits:
            _delegation_heads(view, lex, statements, [g for n, g in reversed(recent) if s_no - n == 1])
        if not any(f.ev.type == "Election" for f in here):
            _winner_of_the_election_before(view, lex, [g for n, g in reversed(recent) if s_no - n <= 2])
        _anchored_to_the_occasion(here, [g for _n, g in reversed(recent)], lang)
        for f in here:
            _the_two_leaders(f, view, lex, [g for _n, g in reversed(recent)])
        _eve_of_the_event(here, view, lex, [g for _n, g in reversed(recent)])
        _signed_during_the_visit(here, view, [g for _n, g in reversed(recent)])
        _time_to_the_main_event(here, view, lex)
        _time_of_the_nearer_event(here, view)
        for f in here:
            if f.sidelines:  # "на полях саммита в Бишкеке в четверг X и Y встретились": then and there
                for g in here:
                    if not g.sidelines:
                        g.ev.place_key = g.ev.place_key or f.ev.place_key
                        g.ev.time = g.ev.time or f.ev.time
                        g.aside = g.ev.type == f.ev.type  # a meeting of two held at the summit is not the summit
        _during_the_occasion(here, view, lex)
        _held_at(here, view, lex)
        agreed = _agreed_ahead(here, view, lex)
        _one_occasion_in_sentence(here, view, lex)
        _met_and_held_talks(here, view)
        _met_for_talks(here, view)
        _adopted_at_the_meeting(here, view)
        _later_that_day(here, view, lex, [g for _n, g in reversed(recent)])  # (before the sentence before's day)
        occasion = dated[1] if s_no - dated[0] <= 2 else []  # the sentences telling of one dated occasion
        inherited = _same_occasion(here, occasion, view)
        _at_the_outcome(here, [g for _n, g in reversed(recent)])
        _result_of_the_event(here, view, lex, [g for _n, g in reversed(recent)])
        _after_its_outcome(here, view, lex, [g for _n, g in reversed(recent)])
        _right_after(here, view, lex, [g for _n, g in reversed(recent)])
        for f in agreed:  # the sentence's time was the planned event's; the agreement was made at the talks told before
            _agreed_at(f, view, [g for _n, g in reversed(recent)])
        _during_the_visit(here, [g for n, g in reversed(recent) if s_no - n <= 8], view, lex)
        _received_where_the_guest_is(here, [g for n, g in reversed(recent) if s_no - n <= 8], view)
        if any(f.sidelines for f in here):
            dated = (-9, [])  # "На полях сессии …": the occasion's date is known only once its mentions merge
        elif any(f.ev.time is not None and f.ev.time.value and not _told_in_a_relative_clause(view, f) for f in here):
            # "X прибув у п'ятницю. Це його другий візит. У палаці X зустрівся з Y": one occasion goes on
            # (not an event of a relative clause: "приїхала з Польщі, де напередодні зустрілася з Y")
            dated = (s_no, here + occasion if inherited else here)
        elif any(not _in_relative_clause(view, a) for a in view.time_pos):
            dated = (-9, [])  # a sentence with a time of its own ends the occasion (not a relative clause's time)
        prev = here if hits else prev[:0]
        recent.extend((s_no, f) for f in here)
        prev_sent = (sent.start_char, sent.end_char)
        pair = next((k for k in range(3, view.n) if _compound_demonyms(view, k, 0, add=False)), None)
        if pair:  # looked up again (and added to the entities) only when "the sides" take them
            sides_told = (s_no, (view, pair))
    for f in found:
        if f.elaborate and f.headline and len(f.ev.participants) >= 2 and not f.anaphoric:
            # "X і Y обговорили …" (title) and "X провів телефонну розмову з Y" (body): the title tells of that call
            g = next((g for g in found if not g.headline and not g.elaborate and g.ev.type in ("Meeting", "Call", "Talks")
                      and set(f.ev.participants) <= set(g.ev.participants)), None)
            if g is not None:
                f.ev.type, f.ev.specific = g.ev.type, g.ev.specific
        if f.targets and f.headline:
            # "Атака на X" (title) and "Y атакували X" (body): the title's target is the body's attacked place
            g = next((g for g in found if not g.headline and g.ev.type == "Attack" and g.ev.participants
                      and not g.targets and times_compatible(g.ev.time, f.ev.time)), None)
            if g is not None:
                towns = [p for p in f.ev.participants if getattr(index.get(p), "type", None) == "LOC"]
                f.ev.place_key = f.ev.place_key or g.ev.place_key or (towns[0] if towns else None)
                f.ev.participants = []
    types = {k: e.type for k, e in index.entities.items()}
    countries = {k: e.country_key for k, e in index.entities.items() if e.type in ("PER", "LOC", "ORG") and e.country_key}
    states = {k for k, e in index.entities.items() if _country_like(e)}
    for f in found:
        if not any(g is not f and g.ev.status == "occurred" and g.ev.time is not None and f.ev.time is not None
                   and g.ev.time.start == f.ev.time.start
                   and not (g.ev.end <= f.ev.start and f.ev.time.start is not None and f.ev.time.start >= f.ev.end)
                   for g in found):
            # (not one told before this one, the date coming after this one: "Міністри погодили візит X до Львова у
            # квітні")
            _ahead_if_to_come(f, pub)  # (a date another event that happened shares is that one's: left as it is)
    found = [f for f in found if not _interview(f.ev, index) and not f.governing and not _topic_alone(f)]
    _the_articles_attacker(found, index, document.text or doc_text(doc))
    _towns_hit(found, index)
    buildings = frozenset(k for k, e in index.entities.items()
                          if e.type == "LOC" and institutions.is_building(e.labels.get(index.lang) or e.name, index.lang))
    # a person heading a body acts for it, and for its state when the text gives the person none
    affiliation = {r.person_key: r.org_key for r in getattr(index, "roles", None) or [] if r.person_key and r.org_key}
    for person, body in affiliation.items():
        if person not in countries and (countries.get(body) or body in states):
            countries[person] = countries.get(body) or body
    for leader, party in index.party_of.items():  # a party is of its leader's state
        if party not in countries and countries.get(leader):
            countries[party] = countries[leader]
    presidential = {w[0] for w in lex.words.get("presidential", [])}
    for f in found:  # "Партия X победила" (X its leader, named with it elsewhere): the party runs
        if f.ev.type == "Election" and any(p in index.party_of for p in f.ev.participants) \
                and not _presidential(f.ev, document.text or doc_text(doc), lang, presidential):
            f.ev.participants = list(dict.fromkeys(index.party_of.get(p, p) for p in f.ev.participants))
    for f in found:
        t = f.ev.time
        f.long_ago = bool(pub and t is not None and t.basis is None and t.interval_end and re.search(r"\d{4}", t.text)
                          and (pub - dt.date.fromisoformat(t.interval_end)).days > _LONG_AGO)  # (its year written)
    _unnamed_between_governments(found, doc, lex, countries, index)
    events = merge(found, types, countries, buildings, affiliation)
    invitations = {id(f.ev) for f in found if f.invitation}
    events = [e for e in events if id(e) not in invitations or not any(
        o is not e and o.type == "Visit" and set(o.participants) == set(e.participants) for o in events)]
    # ("X запросив Y до Києва ще торік": the invitation to the visit the article tells of, no other visit)
    kept = {id(e) for e in events}
    for f in found:
        if f.body_state and id(f.ev) in kept and f.ev.place_key is None:
            f.ev.place_key = f.body_state
    for f in found:  # "стороны подписали": told with the persons (to date and place it by their talks), held by the states
        if f.side_states and any(e is f.ev for e in events) and set(f.ev.participants) <= set(
                f.side_states) | {p for p in f.ev.participants if types.get(p) == "PER"}:
            f.ev.participants = list(f.side_states)
    _sides_yet_to_agree(found, events, countries, states)
    _occasion_of_the_sidelines(found, events)
    _between_governments(events, doc, lex, types, countries, index)
    _visit_to_a_region(events, types, countries)
    _visit_to_a_plant(events, index, countries, lang)
    visited_country(events, types, countries, states)
    host_met_by_the_visitor(events, types, countries)
    _call_of_persons(events, types, countries)
    _talks_in_the_host_state(events, types, countries, states, document.text or doc_text(doc))
    _received_on_the_visit(events, types, countries, states)
    election_in_the_candidates_state(events, types, countries, states)
    _election_held_where_the_one_before_was(events)
    _parties_run_not_their_leaders(events, index, lang, document.text or doc_text(doc))
    _no_outlet_that_reports_it(events, statements, index)
    _sanctions_between_states(events, index, document.lang)
    _warring_sides(events, index)
    _place_in_the_title(events, title, index, document.text or doc_text(doc))
    _dateline_place(events, document, index, pub)
    _length_of_the_occasion(events, doc, lex)
    _lasting_until(events, doc, lex, pub)
    _done_on_the_day_of_the_report(events, document, pub)
    for ev in events:  # (also the states later steps brought in)
        ev.participants = _registered(index, lang, ev.participants)
    events = [e for e in events if e.type != "Visit" or e.participants]  # (a guest's trip whose visitor was not found)
    return finalize(events)


def _election_held_where_the_one_before_was(events: list[Event]) -> None:
    """An election told with no place, after one told with its place ("вибори в Х-ській області … . Уперше X обрали
    2019 року"): held there too (the article keeps to one state or region's elections)."""
    placed = None
    for e in sorted((e for e in events if e.type == "Election"), key=lambda e: e.start):
        if e.place_key is None and placed is not None:
            e.place_key = placed
        elif e.place_key is not None:
            placed = e.place_key


def _registered(index: EntityIndex, lang: str, keys: list[str]) -> list[str]:
    """The keys, a state that joins from the gazetteer made one of the article's entities (its index key)."""
    return [k if k in index.entities else (_state_in_index(index, lang, k) or k) for k in keys]


def _call_of_persons(events: list[Event], types: dict[str, str], countries: dict[str, str]) -> None:
    """A call between persons that also holds the state one of them is of (told in the title for its unnamed
    minister: "X і міністр оборони Y обговорили"): that person stands for the state."""
    for e in events:
        if e.type != "Call":
            continue
        persons = [p for p in e.participants if types.get(p) == "PER"]
        told = {countries.get(p) for p in persons}
        if len(persons) >= 2:
            e.participants = [p for p in e.participants if not (types.get(p) == "LOC" and p in told)]


def _unnamed_between_governments(found: list[Found], doc: Doc, lex: EventLexicon, countries: dict[str, str],
                                 index: EntityIndex) -> None:
    """An agreement between governments naming no party ("подписан и межправительственный договор")
    is between the two states of the persons of the last event told before with persons of two states."""
    words = {w[0] for w in lex.words.get("intergovernmental", [])}
    for n, f in enumerate(found):
        if f.ev.type != "Agreement" or f.ev.participants or not words:
            continue
        sent = doc.char_span(*f.ev.sentence, alignment_mode="expand") if f.ev.sentence else None
        near = [t for t in sent or () if abs(t.idx - f.ev.start) <= 40]
        if not any(morph.lemmas(t, index.lang) & words and t.i + 1 < len(doc)
                   and morph.lemmas(doc[t.i + 1], index.lang) & set(lex.documents) for t in near):
            continue  # (the adjective on the document: not "межправительственную комиссию")
        for g in reversed(found[:n]):
            held = list(dict.fromkeys(countries[p] for p in g.ev.participants
                                      if getattr(index.get(p), "type", None) == "PER" and countries.get(p)))
            if len(held) == 2 and all(_state_in_index(index, index.lang, k) == k for k in held):
                f.ev.participants = held
                break


def _between_governments(events: list[Event], doc: Doc, lex: EventLexicon, types: dict[str, str],
                         countries: dict[str, str], index: EntityIndex) -> None:
    """"Прем'єри уклали міжурядову угоду", "X и Y заключили межправительственное соглашение": an agreement
    its words call one between governments is made by the two states as well as by the persons who signed it."""
    words = {w[0] for w in lex.words.get("intergovernmental", [])}
    if not words:
        return
    for ev in events:
        if ev.type != "Agreement":
            continue
        spans = [(ev.start, ev.end)] + [(m[0], m[1]) for m in ev.mentions]
        if not any(t.lemma_.lower() in words or t.lower_ in words
                   for a, b in spans for t in doc.char_span(a, b, alignment_mode="expand") or ()):
            continue
        persons = [p for p in ev.participants if types.get(p) == "PER"]
        held = list(dict.fromkeys(countries[p] for p in persons if countries.get(p)))
        if len(held) == 2 and all(_state_in_index(index, index.lang, k) == k for k in held):
            ev.participants.extend(k for k in held if k not in ev.participants)


def _done_on_the_day_of_the_report(events: list[Event], document: Document, pub: Optional[dt.date]) -> None:
    """An event the article tells as done, outside anyone's statement, with no time expression at all (not even
    "раніше"), is the news of the article's day: it gets the publication date, marked as read off the date line
    rather than said in the text. Its cross-article key leaves that day out (event_key)."""
    if pub is None:
        return
    line = next(((s, e) for s, e in document.header_spans or [] if _names_the_day(document.text[s:e], pub)), (0, 0))
    for ev in events:
        if ev.status != "occurred" or ev.time is not None or ev.statement is not None:
            continue
        day = pub.isoformat()
        ev.time = TimeExpr(text=document.text[line[0]:line[1]], start=line[0], end=line[1], value=day,
                           granularity="day", interval_start=day, interval_end=day, basis="publication")


def _names_the_day(line: str, pub: dt.date) -> bool:
    return str(pub.day) in re.findall(r"\d+", line) or pub.isoformat() in line


def _length_of_the_occasion(events: list[Event], doc: Doc, lex: EventLexicon) -> None:
    """"прибывший в среду с трехдневным визитом", "Двухдневный саммит … завершился в четверг": a visit, meeting or
    talks told on a known day with its length in days (lexicon kind 'duration', before the noun, other adjectives
    between) lasts that many days: from that day on, or up to it when a verb of ending (kind 'ending') is in the
    sentence."""
    for ev in events:
        t = ev.time
        if ev.type not in ("Visit", "Meeting", "Talks") or t is None or t.granularity != "day" or not t.value:
            continue
        for start, end, *_rest in [(ev.start, ev.end)] + list(ev.mentions):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            days = _days_before(doc, span.start, lex)
            if not days and ev.type == "Visit" and ev.status == "occurred" and t.basis is None and any(
                    lex.has("yesterday", w.lower()) for w in re.findall(r"\w+", t.text)):
                # "прибув напередодні", "накануне прилетевший": arrived the day before the day told, still there
                days = 2
            if not days and ev.type == "Visit" and ev.status == "occurred" and t.basis is None \
                    and _arrival_verb(span, lex) and not _length_told(ev, doc, lex) \
                    and (last := _visitors_later_day(ev, events)) is not None:
                # "X, прилетевший в Y в понедельник, во вторник провел там встречу с Z": the visit runs on to that day
                day = dt.date.fromisoformat(t.value[:10])
                ev.time = dataclasses.replace(t, value=f"{day.isoformat()}/{last.isoformat()}", granularity="interval",
                                              interval_start=day.isoformat(), interval_end=last.isoformat())
                break
            if days and days > 1:
                day = dt.date.fromisoformat(t.value[:10])
                ends = any(lex.has("ending", w) for tok in span.sent if tok.pos_ in ("VERB", "AUX", "")
                           for w in morph.lemmas(tok, lex.lang))
                first, last = (day - dt.timedelta(days=days - 1), day) if ends else (day, day + dt.timedelta(days=days - 1))
                ev.time = dataclasses.replace(t, value=f"{first.isoformat()}/{last.isoformat()}", granularity="interval",
                                              interval_start=first.isoformat(), interval_end=last.isoformat())
                break


def _lasting_until(events: list[Event], doc: Doc, lex: EventLexicon, pub: Optional[dt.date]) -> None:
    """"Визит X в Тверь продлится до пятницы": a visit, meeting or talks going on on the day of the report and
    lasting (lexicon kind 'last') until the day told runs from that day to it."""
    if pub is None:
        return
    for ev in events:
        t = ev.time
        if ev.type not in ("Visit", "Meeting", "Talks") or t is None or t.granularity != "day" or not t.value \
                or t.basis is not None or not any(lex.has("until", w) for w in t.text.lower().split()[:1]):
            continue
        day = dt.date.fromisoformat(t.value[:10])
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or day <= pub or (day - pub).days > 14 or not any(
                lex.has("last", w) for tok in span.sent for w in morph.lemmas(tok, lex.lang)):
            continue
        ev.time = dataclasses.replace(t, value=f"{pub.isoformat()}/{day.isoformat()}", granularity="interval",
                                      interval_start=pub.isoformat(), interval_end=day.isoformat())


def _length_told(ev: Event, doc: Doc, lex: EventLexicon) -> bool:
    """Some mention of the event gives its length in days ("з триденним візитом")."""
    for start, end, *_rest in [(ev.start, ev.end)] + list(ev.mentions):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and _days_before(doc, span.start, lex):
            return True
    return False


def _arrival_verb(span, lex: EventLexicon) -> bool:
    """The mention's words hold an arrival verb ("прибыл", "прилетів": the lexicon's weak visit verbs)."""
    verbs = lex.arrival_verbs()
    return any(set(morph.lemmas(tok, lex.lang)) & verbs for tok in span)


def _visitors_later_day(ev: Event, events: list[Event]) -> Optional[dt.date]:
    """The last day, one to three days after the visit's, on which the visitor took part in another event told
    as done (talks, a meeting there)."""
    if not ev.participants or ev.time is None:
        return None
    day = dt.date.fromisoformat(ev.time.value[:10])
    days = [dt.date.fromisoformat(e.time.value[:10]) for e in events
            if e is not ev and e.status == "occurred" and e.type in ("Meeting", "Talks", "Agreement")
            and e.time is not None and e.time.value and e.time.granularity == "day" and e.time.basis is None
            and ev.participants[0] in e.participants]
    later = [d for d in days if 0 < (d - day).days <= 3]
    return max(later) if later else None


def _days_before(doc: Doc, i: int, lex: EventLexicon, reach: int = 3) -> Optional[int]:
    """The length in days an adjective before token i gives ("дводенним офіційним візитом" -> 2), else None."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        tok = doc[j]
        words = morph.lemmas(tok, lex.lang)
        if j >= 2 and doc[j - 1].text == "-" and not doc[j - 2].whitespace_ and not doc[j - 1].whitespace_:
            words.add(doc[j - 2:j + 1].text.lower())  # "two-day" split by a rule-based tokenizer
        days = next((lex.durations[w] for w in sorted(words) if w in lex.durations), None)
        if days:
            return days
        if tok.pos_ != "ADJ" and not any(pos == "ADJF" for _nf, pos, _g, _kn in morph.parses(lex.lang, tok.lower_)[:1]):
            return None
    return None


def _interview(ev: Event, index: EntityIndex) -> bool:
    """"X в беседе с «Ведомостями» заявил": a talk of one person with a news outlet is an interview, no event."""
    if ev.type not in ("Call", "Meeting", "Talks"):
        return False
    nouns = gazetteer_mod.word_lists("outlet_nouns.txt").get(index.lang, frozenset())

    def outlet(key: str) -> bool:  # ("«Сибирской газетой»": a name whose head is an outlet noun is one too)
        ent = index.get(key)
        if ent is None or ent.type != "ORG":
            return False
        last = (ent.labels.get(index.lang) or ent.name or "").split()[-1:]
        return ent.is_outlet or bool(last and lemma_candidates(last[0], index.lang) & nouns)
    outlets = [p for p in ev.participants if outlet(p)]
    return bool(outlets) and len(ev.participants) - len(outlets) <= 1


def _received_on_the_visit(events: list[Event], types: dict[str, str], countries: dict[str, str],
                           states: set[str]) -> None:
    """"X прибыл в Y-город. … бетанскую делегацию принял президент Y": a meeting with no place between the
    visitor's state and a person of the state visited took place where the two states' visit, talks or deal of the
    same status did (when they name one place)."""
    for ev in events:
        if ev.type not in ("Meeting", "Talks") or ev.place_key:
            continue
        guests = {p for p in ev.participants if p in states}
        hosts = {countries.get(p) for p in ev.participants if types.get(p) == "PER"} - {None}
        places = {v.place_key for v in events if v is not ev and v.place_key and v.status == ev.status
                  and v.type in ("Visit", "Agreement", "Talks", "Meeting")
                  and guests <= (sides := set(v.participants) | {countries.get(p) for p in v.participants})
                  and hosts & sides}
        if guests and hosts and len(places) == 1:
            ev.place_key = places.pop()


def _weapons_of(key: str, ev: Event, index, text: str) -> bool:
    """A mention of the body in the event's sentence right after a weapon noun ("дроны СБУ"): their owner."""
    nouns = gazetteer_mod.word_lists("hardware_nouns.txt").get(index.lang, frozenset())
    lo, hi = ev.sentence
    for m in index.mentions:
        if m.entity_key == key and lo <= m.start < hi:
            before = text[max(lo, m.start - 30):m.start].split()
            if before and lemma_candidates(before[-1], index.lang) & nouns:
                return True
    return False


def _where_not_whom(view: SentenceView, k: int, nk: int) -> bool:
    """"на" with a name in the locative ("порт у X на Y-щині") tells where, not what was hit ("удар на Y")."""
    if view.word(k) not in _ON or nk not in view.ment:
        return False
    cs = set()
    for t in range(nk, view.ment[nk][0]):
        cs |= morph.cases(view.toks[t], view.lang)
    return "Loc" in cs and not cs & {"Acc", "Nom"}


_ON = frozenset({"на"})


def _the_articles_attacker(found: list[Found], index, text: str) -> None:
    """An attack told with no attacker ("Порт атакували вночі", "після удару по місту") is by the one attacker
    the article's other attacks name; the town it names is then where it happened, and neither it nor the plant
    hit is a party to it."""
    attackers = {p for f in found if f.ev.type == "Attack" and f.ev.participants and not f.targets
                 for p in f.ev.participants}
    if len(attackers) != 1 or getattr(index.get(next(iter(attackers))), "type", None) not in ("LOC", "ORG"):
        return  # (a person who attacked is told of, not assumed)
    (attacker,) = attackers
    for f in found:
        if f.ev.type != "Attack" or (f.ev.participants and not f.targets) or not (f.ev.participants or f.ev.place_key) \
                or (f.suffered and not all(_town(index.get(p), index.lang) for p in f.ev.participants)):
            continue  # (one naming neither whom nor where stays a mention that merges or goes; "завод зазнав удару"
            # is told as the plant's; "Місто X зазнало удару" as the attacker's, in X)
        towns = [p for p in f.ev.participants if getattr(index.get(p), "type", None) == "LOC"]
        if any(_weapons_of(p, f.ev, index, text) for p in f.ev.participants if p not in towns):
            continue  # "судно поразили морские дроны X": whose weapons struck is who attacked
        f.ev.place_key = f.ev.place_key or (towns[0] if towns else None)
        f.ev.participants = [attacker]
        f.targets = False


def _town_of_the_subject(view: SentenceView, ws: int, suffer: int) -> Optional[str]:
    """"Завод в X уже подвергался ударам": the town the subject of a suffer verb is in (a noun, "в"/"у", the
    town's name, then the verb) is where it was hit."""
    for k in range(ws + 1, suffer - 1):
        m = view.ment.get(k + 1)
        if view.word(k) in _TITLE_AT and word_kind(view, k - 1) == "noun" and m is not None and m[2] == "LOC" \
                and m[0] == suffer - (1 if view.toks[suffer - 1].pos_ == "ADV" else 0) \
                and _town(view.index.get(m[1].entity_key), view.lang):
            return m[1].entity_key
    return None


def _accession_parties(view: SentenceView, lex: EventLexicon, j: int, we: int) -> list[str]:
    """"Переговоры о вступлении Исландии в ЕС", "переговори про вступ Молдови до ЄС": talks on a state's accession
    are between that state and the union or alliance it joins (a noun of joining, the state in the genitive, then
    "в"/"до"/"to" and the body)."""
    k = j
    if k < we and is_prep(view, k):
        k += 1
    if not (k < we and any((w,) in lex.words.get("accession", []) for w in view.lem[k])):
        return []
    k += 1
    if k < we and view.word(k) == "of":
        k += 1  # ("talks on the accession of X to the EU")
    if k >= we or k not in view.ment or not _country_like(view.index.get(view.ment[k][1].entity_key)):
        return []
    state, k = view.ment[k][1].entity_key, view.ment[k][0]
    if k + 1 < we and view.word(k) in _INTO and (k + 1) in view.ment and view.ment[k + 1][2] == "ORG":
        return [state, view.ment[k + 1][1].entity_key]
    return []


_INTO = frozenset({"в", "во", "у", "до", "to", "into"})


def _towns_hit(found: list[Found], index) -> None:
    """"Беспилотники атаковали промзону X в Y-ской области", the attacker not named: the town hit is where it happened
    (rather than its region), and no party to it."""
    for f in found:
        if f.ev.type != "Attack" or not f.ev.participants:
            continue  # (a town does not strike: named alone with an attack, it is what was hit)
        ents = [index.get(p) for p in f.ev.participants]
        if not all(_town(e, index.lang) and not institutions.is_region(e, index.lang) for e in ents):
            continue
        place = index.get(f.ev.place_key) if f.ev.place_key else None
        if place is None or institutions.is_region(place, index.lang):  # (a town told as the place stays the target: "Х зазнав удару")
            f.ev.place_key = ents[0].key
            f.ev.participants = []
            f.targets = False


def _town_of_the_target(view: SentenceView, j: int, we: int) -> Optional[str]:
    """"влучили в районну лікарню Ромнів": the town a building or body hit after the trigger is named by."""
    facilities = gazetteer_mod.word_lists("facility_nouns.txt").get(view.lang, frozenset())
    for k in range(j, we):
        m = view.ment.get(k)
        if m is None or m[2] != "ORG":
            continue
        if not any(view.lem[t] & facilities for t in range(k, m[0])):
            return None  # ("по предприятиям региона", "ВПК в области": a body, no building hit)
        towns = {view.ment[t][1].entity_key for t in range(k + 1, m[0]) if t in view.ment and view.ment[t][2] == "LOC"
                 and _town(view.index.get(view.ment[t][1].entity_key), view.lang)}
        return towns.pop() if len(towns) == 1 else None
    return None


def _town(ent, lang: str) -> bool:
    """A place that is no state (a town, a region), nor a plant or building ("Саратовский НПЗ")."""
    if ent is None or ent.type != "LOC" or _country_like(ent):
        return False
    name = ent.labels.get(lang) or ent.name
    return not institutions.is_building(name, lang) and not institutions.plants(name.split(), lang)


def _warring_sides(events: list[Event], index) -> None:
    """A ceasefire is between the warring sides, not the persons who declare, propose or reject it: a person or
    body stands for its state; with one side named, the other is the one its attacks in the article are
    between; with none, the article's one pair of warring states."""
    def side(key: str) -> Optional[str]:
        ent = index.get(key)
        if ent is None or _country_like(ent):
            return key
        return ent.country_key or (key if ent.type == "ORG" else None)

    pairs = []
    for a in events:
        if a.type != "Attack" or not a.place_key:
            continue
        target = side(a.place_key)
        for p in a.participants:
            s = side(p)
            if s and target and s != target and {s, target} not in pairs:
                pairs.append({s, target})
    for ev in events:
        if ev.type != "Ceasefire":
            continue
        sides = []
        for p in ev.participants:
            s = side(p)
            if s and s not in sides:
                sides.append(s)
        if len(sides) == 1:
            sides += sorted(next((pair - {sides[0]} for pair in pairs if sides[0] in pair), set()))
        elif not sides and len(pairs) == 1:
            sides = sorted(pairs[0])
        if sides:
            ev.participants = sides


_VICTORY = Trigger(("victory",), "Election", verb=False, strong=True)


def _congratulated_victory(view: SentenceView, lex: EventLexicon, used: set[int]) -> list[tuple[int, int, Trigger]]:
    """"поздравил X с победой", "X с победой поздравил Y": a congratulation on a victory with no election word
    names the election X won (a mention of it)."""
    for k in range(view.n):
        end = view.phrase_at(k, "victory", lex, view.n)
        if end is None and k + 2 < view.n and is_prep(view, k) and word_kind(view, k + 1) == "adj" and any(
                (view.word(k), w) in lex.words.get("victory", []) for w in view.lem[k + 2]):
            end = k + 3  # "с уверенной победой": an adjective inside the phrase
        if end is None or k in used:
            continue
        near = range(max(0, k - 4), min(view.n, end + 4))
        if any(view.phrase_at(c, "congratulate", lex, view.n) for c in near):
            return [(end - 1, end, _VICTORY)]
    return []


_PACKAGE = Trigger(lemmas=("package",), type="Sanctions", verb=False)


def _package_of(view: SentenceView, lex: EventLexicon, f: Found) -> bool:
    """The sanctions mention is a package ("новий пакет санкцій"): a package noun right before its trigger."""
    k, e = view._pos_at(f.ev.start), view._pos_at(f.ev.end - 1)
    return k is not None and any(view.phrase_at(a, "package", lex, view.n)
                                 for a in range(max(0, k - 2), (e if e is not None else k) + 1))


def _package_again(view: SentenceView, lex: EventLexicon, used: set[int]) -> list[tuple[int, int, Trigger]]:
    """After a sanctions package was told of, the package noun alone with no noun after it ("міністри погодили
    пакет у п'ятницю", "очередной пакет примут осенью") names a sanctions package again."""
    out = []
    for k in range(view.n):
        end = view.phrase_at(k, "package", lex, view.n)
        if end is None or k in used or word_kind(view, k) != "noun":
            continue
        if end < view.n and word_kind(view, end) in ("noun", "adj") and not view.in_time(end) \
                and end not in view.ment:
            continue  # "пакет допомоги", "пакет документов": another package
        out.append((k, end, _PACKAGE))
    return out


def _victory_in_the_election_before(f: Found, view: SentenceView, before: list[Found]) -> None:
    """The congratulated winner ("Олега Коваля с победой поздравил") won the last election the article told as
    held before (``before``: latest first), not an earlier one of its kind: the mention is that election's (its
    time and place), and the winner takes part in it."""
    if not f.ev.participants:
        k = _token_at(view, f.ev.start)
        k = k - 2 if k is not None else None  # the name before "с победой"
        if k is not None and k in view.ends and view.ends[k][1][2] == "PER" and view.ends[k][1][1].entity_key:
            f.ev.participants.append(view.ends[k][1][1].entity_key)
    g = next((g for g in before if g.ev.type == "Election" and g.ev.status == "occurred" and not g.sequel), None)
    if g is None:
        return
    f.ev.time, f.ev.place_key = f.ev.time or g.ev.time, f.ev.place_key or g.ev.place_key
    for p in f.ev.participants:
        if p not in g.ev.participants:
            g.ev.participants.append(p)


def _two_sides(f: Found, view: SentenceView) -> bool:
    """An event with two or more parties that "the sides" or "the leaders" may stand for (not a visitor and
    the country visited, nor an attack or an election)."""
    return f.ev.type not in ("Visit", "Attack", "Election") and sum(
        1 for k in f.ev.participants if _etype(view, k) in ("PER", "ORG", "LOC")) >= 2


def _winner_of_the_election_before(view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"В воскресенье прошли выборы президента. Победу одержал X": who won the election just told takes part."""
    election = next((g for g in before if g.ev.type == "Election" and g.ev.status == "occurred"), None)
    if election is None:
        return
    for k in range(view.n):
        if not view.phrase_at(k, "winner", lex, view.n) or not morph.is_verb(view.toks[k], view.lang):
            continue
        if morph.tense(view.toks[k], view.lang) != "past":
            continue
        who = [key for key in _subject(view, k, 0, persons_only=True) if _etype(view, key) == "PER"]
        if not who:  # "победу одержал глава парламента X": the first person after the verb, in its clause
            j = view.phrase_at(k, "winner", lex, view.n)
            stop = next((t for t in range(j, view.n) if view.toks[t].text in CLAUSE_BREAK), view.n)
            who = [m[1].entity_key for a, m in sorted(view.ment.items())
                   if j <= a < stop and m[2] == "PER" and m[1].entity_key][:1]
        for key in who:
            if key not in election.ev.participants:
                election.ev.participants.append(key)
        return


def _delegation_heads(view: SentenceView, lex: EventLexicon, statements: list[Statement], before: list[Found]) -> None:
    """"Бетанскую делегацию возглавлял министр X, ладонскую — его заместитель Y": a sentence with no event
    word whose main verb (past tense, not in a relative clause) is one of leading, next to a delegation noun,
    names the persons who led the sides of the talks, meeting or visit the sentence before told as held; they
    take part in it."""
    lead = [k for k in range(view.n) if any(lex.has("lead", w) for w in view.lem[k]) and morph.is_verb(view.toks[k], view.lang)
            and morph.tense(view.toks[k], view.lang) == "past"
            and not any(view.lem[m] & RELATIVE for m in range(max(0, k - 3), k))]
    if not lead or not any(any(lex.has("delegation", w) for w in view.lem[m])
                           for k in lead for m in range(max(0, k - 3), min(view.n, k + 4))):
        return
    persons = [m.entity_key for _k, (_e, m, typ) in sorted(view.ment.items()) if typ == "PER"
               and _statement(statements, m.start, view.sent) is None]
    targets = [g for g in before if g.ev.type in ("Talks", "Meeting", "Visit") and g.ev.participants
               and g.ev.status == "occurred"]
    if not persons or not targets:
        return
    for g in targets:
        g.ev.participants.extend(p for p in dict.fromkeys(persons) if p not in g.ev.participants)


_GAP_CONJ = {"а", "и", "і", "й", "та", "and"}


def _adverb(view: SentenceView, k: int) -> bool:
    p = morph.parses(view.lang, view.toks[k].lower_)[:1]
    return bool(p) and p[0][1] == "ADVB"


def _gapped(f: Optional[Found], view: SentenceView, j: int, trig: Trigger, times: list[TimeExpr]) -> list[Found]:
    """"X встретился с A, а затем — с B", "X зустрівся з A, а ввечері — з B": after a conjunction, a time or adverb and a dash, the verb left out
    tells of another event of its kind, of the subject with B, at the time told there (else the first one's)."""
    if f is None or not trig.verb or f.ev.type not in INTERACTIONS or not f.ev.participants:
        return []
    out: list[Found] = []
    k = j
    while k + 3 < view.n:
        if not (view.toks[k].text == "," and view.toks[k + 1].lower_ in _GAP_CONJ):
            k += 1
            continue
        d = next((m for m in range(k + 2, min(k + 10, view.n)) if view.toks[m].text in DASHES), None)
        if d is None or d + 2 >= view.n or view.toks[d + 1].lower_ not in _WITH \
                or not all(view.in_time(m) or _adverb(view, m) for m in range(k + 2, d)):
            break
        m = next((m for m in range(d + 2, min(d + 7, view.n)) if m in view.ment), None)
        if m is None or any(view.toks[x].is_punct for x in range(d + 2, m)) or view.ment[m][2] == "LOC":
            break
        key = view.ment[m][1].entity_key
        before = {view.ment[x][1].entity_key for x in range(j, k) if x in view.ment}
        subject = [p for p in f.ev.participants if p not in before and p != key]
        if not subject:
            break
        told = next((t for t in times if view.start_char(k + 2) <= t.start < view.start_char(d)), None)
        start, end = view.start_char(d + 1), view.end_char(view.ment[m][0] - 1)
        ev = dataclasses.replace(f.ev, participants=subject + [key], time=told or f.ev.time, start=start, end=end,
                                 trigger=doc_text(view.doc)[start:end], mentions=[], status=f.ev.status)
        out.append(dataclasses.replace(f, ev=ev, distinct=True, each=[]))
        k = view.ment[m][0]
    return out


def _one_with_each(f: Optional[Found]) -> list[Found]:
    """The mention as found, or (plural "розмови з X і Y") one copy per other party, each with the subject."""
    if f is None:
        return []
    if not f.each:
        return [f]
    others = [p for p in f.ev.participants if p not in f.each]
    return [dataclasses.replace(f, ev=dataclasses.replace(f.ev, participants=others + [k], mentions=[]), each=[])
            for k in f.each]


def _plural_noun(view: SentenceView, k: int) -> bool:
    """The event noun is plural, by its own tag or by its adjective's ("телефонні розмови": the noun alone
    also reads as a genitive singular)."""
    tok = view.toks[k]
    if tok.pos_ != "NOUN":
        return False
    if view.lang not in ("uk", "ru"):
        return tok.morph.get("Number") == ["Plur"]
    after_prep = k > 0 and view.toks[k - 1].pos_ == "ADP"  # "після зустрічі": no nominative after a preposition
    nums = {"plur" in g for _nf, pos, g, _known in morph.parses(view.lang, tok.text.lower())
            if pos == "NOUN" and not (after_prep and "nomn" in g)}
    if nums != {True, False}:
        return nums == {True}  # the dictionary knows one number only
    # "розмови": a genitive singular or a plural; an adjective before it decides ("телефонні розмови")
    adj = {"plur" in g for _nf, pos, g, _known in morph.parses(view.lang, view.toks[k - 1].text.lower())
           if pos == "ADJF"} if k > 0 else set()
    return adj == {True} if adj else tok.morph.get("Number") == ["Plur"]


def _occasion_of_the_sidelines(found: list[Found], events: list[Event]) -> None:
    """An event held on the sidelines of another ("на полях саммита НАТО") took place where and when that
    one (as merged with its other mentions) did, when its own sentence does not say."""
    def holder(f: Found) -> Optional[Event]:
        return next((e for e in events if e.start == f.ev.start or any(m[0] == f.ev.start for m in e.mentions)), None)
    for f in found:
        if not f.sidelines:
            continue
        occasion = holder(f)
        if occasion is None:
            continue
        for g in found:
            if g.sidelines or g.ev.sentence != f.ev.sentence:
                continue
            main = holder(g)
            if main is None or main is occasion:
                continue
            main.place_key = main.place_key or occasion.place_key
            if main.time is None and occasion.time is not None:
                main.time = occasion.time


_TITLE_AT = {"в", "у", "во", "in"}


def _place_in_the_title(events: list[Event], title: Optional[tuple[int, int]], index: EntityIndex, text: str) -> None:
    """"Оверчук у Ханої провів …" (the title): a visit, meeting or talks of that person the body places only in the
    state ("прибыл в Туркмению") took place in the city the title puts him in."""
    if title is None:
        return
    ments = sorted((m for m in index.mentions if title[0] <= m.start < title[1] and m.entity_key), key=lambda m: m.start)
    where: dict[str, str] = {}
    for a, b in zip(ments, ments[1:]):
        gap = text[a.end:b.start].split()
        city = index.get(b.entity_key)
        if a.label == "PER" and len(gap) == 1 and gap[0].lower() in _TITLE_AT and city is not None and city.type == "LOC" \
                and not _country_like(city) and city.country_key:
            where[a.entity_key] = b.entity_key
    if not where:
        return
    for ev in events:
        if ev.type not in ("Visit", "Meeting", "Talks", "Agreement") or ev.status != "occurred" or not ev.place_key:
            continue
        for person, city in where.items():
            if person in ev.participants and index.get(city).country_key == ev.place_key:
                ev.place_key = city
                break


def _dateline_place(events: list[Event], document: Document, index: EntityIndex, pub: Optional[dt.date]) -> None:
    """"ЖЕНЕВА, 5 февраля. …": a meeting, talks, agreement or visit the article tells of as done that day (or with no
    time) and with no place of its own (or only the state) took place in the dateline's city."""
    name = dateline_city(document.text)
    if name is None:
        return
    name = "-".join(part[:1] + part[1:].lower() for part in name.split("-"))  # "САН-МАРТІНО" → "Сан-Мартіно"
    key = index.lookup(name, document.lang, "LOC")
    ent = index.get(key)
    if ent is not None and _country_like(ent) and _city_state(ent):
        ent = dataclasses.replace(ent, country_key=ent.key)  # "СИНГАПУР, 27 июля": the state is its own city
    elif ent is None or ent.type != "LOC" or _country_like(ent):
        return  # a city, not a state or an organisation's name in capitals
    day = pub.isoformat() if pub else None
    eve = (pub - dt.timedelta(days=1)).isoformat() if pub else None  # the correspondent was there the day before too
    for ev in events:
        if (ev.place_key and ev.place_key != ent.country_key) or ev.type not in ("Meeting", "Talks", "Agreement", "Visit") \
                or ev.status != "occurred":  # (a visit to the state: to the dateline's city in it)
            continue  # no place, or only the state the dateline's city lies in
        t = ev.time
        today = t is None or not t.value or (day and t.interval_start and t.interval_start <= day <= (t.interval_end or day))
        if today or (not ev.place_key and day and t.interval_start and eve <= (t.interval_end or t.interval_start)
                     and t.interval_start <= day):  # (a state told for the day before stays)
            ev.place_key = key


def _city_state(ent) -> bool:
    """A state whose capital bears its name (Singapore, Monaco): named in a dateline, it is the city."""
    gaz = gazetteer_mod.load()
    entry = gaz.entries.get(ent.key)
    capital = gaz.capital(entry.alpha2) if entry is not None and entry.alpha2 else None
    return capital is not None and capital.labels.get("en") == entry.labels.get("en")


def _sequel(f: Found, view: SentenceView, lex: EventLexicon, before: list[Found],
            pub: Optional[dt.date] = None) -> None:
    """"Черговий раунд перемовин призначено на 3 травня": an event noun after a 'sequel' word names
    nobody; it is another event of the parties of the last event of its type. "На прошлых выборах":
    an earlier event of its kind, not the one told before; so is "Уперше X переміг у 2023 році", the first
    of its kind dated months before the article."""
    i = _token_at(view, f.ev.start)
    t = f.ev.time
    if i is not None and pub is not None and t is not None and t.basis is None and t.interval_end \
            and t.interval_end < (pub - dt.timedelta(days=60)).isoformat() \
            and any(view.phrase_at(k, "first-time", lex, view.n) for k in range(*view.window(i, i + 1))):
        f.sequel = True
        return
    if i is not None and any(view.phrase_at(k, "previous", lex, i + 1) and not view.in_time(k) and all(
            word_kind(view, m) in ("adj", "noun") and not view.toks[m].is_punct for m in range(k + 1, i))
            for k in range(max(0, i - 3), i)):  # "на прошлых выборах", "прошлый пакет санкций"
        f.sequel = True
        return
    if i is not None and any(view.phrase_at(k, "earlier", lex, i) for k in range(view.window(i, i + 1)[0], i)):
        f.sequel = True  # "В прошлый раз X бывал …", "Минулого разу …": an earlier one, not the one told before
        return
    if not before or i is None or not any(view.phrase_at(k, "sequel", lex, i + 1) for k in range(max(0, i - 3), i)):
        return
    if f.ev.participants:
        if f.ev.status != "occurred" and any(g.ev.type == f.ev.type and not g.sequel and g.ev.status == "occurred"
                                             for g in before):
            f.sequel = True  # "Очередной саммит союза состоится весной": not the one the article told of as held
        return
    # the last one told with the same noun ("следующая сессия" after "сессия совета"), else the last of its type
    mine = [g for g in before if g.ev.type == f.ev.type and g.ev.participants]
    last = next((g for g in mine if same_noun(g.ev, f.ev)), mine[0] if mine else None)
    if last is not None:
        f.ev.participants = list(last.ev.participants)
        f.sequel = True
        j = _token_after(view, f.ev.end)
        if _two_states_named(view, lex, j, min(j + 4, view.n), view.n):
            # "очередной раунд переговоров министров двух стран": the states of the parties told before
            states = _states_of_the_parties(view, last.ev.participants)
            if len(states) == 2:
                f.ev.participants = states


def _two_states_named(view: SentenceView, lex: EventLexicon, a: int, b: int, hi: int) -> bool:
    """Does a "двох країн" / "двух стран" phrase begin between tokens a and b?"""
    return any(view.phrase_at(k, "two-states", lex, hi) for k in range(a, b))


def _sides_yet_to_agree(found: list[Found], events: list[Event], countries: dict, states: set) -> None:
    """"Стороны могут подписать соглашение": an agreement still to come between "the sides" is the states'
    (the persons who talked will not be its parties by themselves): the states of its parties, else of the
    parties of the events told before it, nearest first, when two come out."""
    kept = {id(e) for e in events}

    def state_of(key: str) -> Optional[str]:
        return key if key in states else countries.get(key)

    for n, f in enumerate(found):
        if not f.sides_to_agree or f.ev.status not in ("planned", "possible") or id(f.ev) not in kept:
            continue
        sides: list[str] = []  # (not the article's states, whose name the function takes)
        for g in [f] + found[:n][::-1]:
            for key in g.ev.participants:
                st = state_of(key)
                if st and st not in sides:
                    sides.append(st)
            if len(sides) >= 2:
                break
        if len(sides) == 2:
            f.ev.participants = sides


def _state_of_party(view: SentenceView, key: str) -> Optional[str]:
    """A state itself, else the state of a person or body (None when it has none)."""
    ent = view.index.get(key)
    return key if _country_like(ent) else getattr(ent, "country_key", None)


def _states_of_the_parties(view: SentenceView, participants: list[str]) -> list[str]:
    """The states of the parties, in order."""
    states: list[str] = []
    for p in participants:
        state = _state_of_party(view, p)
        if state and state not in states:
            states.append(state)
    return states


def _body_of_two_states(f: Found, view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """An event of no named party held by a body of two states: "засідання українсько-польської робочої групи"
    (a compound nationality adjective after the event noun: both states); "уряди двох країн проведуть засідання",
    "эксперты двух стран встретятся" (the two states of the last event told with two)."""
    if f.ev.type == "Meeting" and view.lang in ("uk", "ru"):
        j = _token_after(view, f.ev.end)
        noun = j + 1 if j is not None else view.n
        while noun < view.n - 1 and word_kind(view, noun) == "adj":
            noun += 1  # "засідання спільного інвестиційного комітету"
        i = _token_at(view, f.ev.start)
        convened = not f.ev.participants and i is not None and view.phrase_at(i, "joint-group", lex, view.n) is not None
        if not convened and not f.ev.participants and j is not None:
            # "заседание (совместной) рабочей группы": the meeting of the group the two sides set up,
            # unnamed (not "заседание комитета Госдумы")
            k = j
            while k < view.n and word_kind(view, k) == "adj" and view.phrase_at(k, "joint-group", lex, view.n) is None:
                k += 1
            end = view.phrase_at(k, "joint-group", lex, view.n) if k < view.n else None
            convened = end is not None and end not in view.ment and not (end < view.n and can_be(view, end, end + 1, "Gen")
                                                                       and word_kind(view, end) == "noun")
        if convened or (j is not None and noun < view.n and view.phrase_at(j, "joint-body", lex, view.n)
                        and word_kind(view, noun) == "noun"):
            # ("Робоча група збереться у Варшаві": the group the two sides set up meets)
            # "засідання двосторонньої комісії": a body of two governments meets; its states are the parties
            parties = f.ev.participants or next((g.ev.participants for g in before if len(g.ev.participants) >= 2), [])
            bodies = [p for p in parties if _etype(view, p) == "ORG"]
            chambers = _their_chambers(view, parties)
            states = bodies if convened and len(bodies) == 2 else chambers if len(chambers) == 2 \
                else _states_of_the_parties(view, parties)
            if len(states) == 2:  # (a group two parliaments set up: the two parliaments)
                f.ev.participants = states
                return
    if f.ev.participants and all(_body_of_the_two(view, lex, p) for p in f.ev.participants):
        f.ev.participants = []  # "Правительства двух стран утвердили": no body of that name, the two states'
    if f.ev.participants or f.ev.type == "Attack":
        return
    i = _token_at(view, f.ev.start)
    if i is None:
        return
    j = _token_after(view, f.ev.end)
    ws, we = view.window(i, j)
    for k in range(j + 3, min(j + 6, we) + 1):
        if all(word_kind(view, x) == "adj" for x in range(j, k - 3)) and _compound_demonyms(view, k, j, add=False):
            f.ev.participants = _compound_demonyms(view, k, j)
            return
    if not _two_states_named(view, lex, ws, we, we):
        return
    for g in before:
        states = _states_of_the_parties(view, g.ev.participants)
        if len(states) == 2:
            f.ev.participants = states
        if len(states) >= 2:
            return


def _body_of_the_two(view: SentenceView, lex: EventLexicon, key: str) -> bool:
    """An organisation the recogniser named with the words for the two states ("Правительства двух стран")."""
    ent = view.index.get(key)
    if ent is None or ent.type != "ORG":
        return False
    words = " ".join((ent.labels.get(view.lang) or ent.name).lower().split()[-2:])
    return any(" ".join(seq) == words for seq in lex.words.get("two-states", []))


def _a_parliament(view: SentenceView, key: str) -> bool:
    """An organisation named by a parliament's or chamber's noun (parliament_nouns.txt)."""
    ent = view.index.get(key)
    return ent is not None and ent.type == "ORG" and any(
        institutions.is_parliament_noun(w, view.lang) for w in (ent.labels.get(view.lang) or ent.name).split())


def _their_chambers(view: SentenceView, parties: list[str]) -> list[str]:
    """The parliaments the persons among the parties head or sit in ("председатель Сената X", "спикер
    Национального собрания Y"): a joint body of two speakers is their two chambers'."""
    nouns = gazetteer_mod.word_lists("parliament_nouns.txt").get(view.lang, frozenset())
    roles = {r.person_key: r.org_key for r in getattr(view.index, "roles", None) or [] if r.person_key and r.org_key}
    out = []
    for p in parties:
        body = view.index.get(roles.get(p, ""))
        if body is None or body.type != "ORG":
            continue
        label = body.labels.get(view.lang) or body.name
        if any(lemma in nouns for w in label.split() for lemma in lemma_candidates(w, view.lang)) \
                and body.key not in out:
            out.append(body.key)
    return out


def _body_named_before(f: Found, view: SentenceView) -> None:
    """"Наступне засідання комітету", "следующее заседание совета директоров": a meeting of no named party whose
    noun governs a lower-case body noun is held by the body the article named before with that head noun
    ("Комітет … з питань бюджету", "Совет директоров Банка России"); the latest such body before it."""
    if f.ev.participants or f.ev.type != "Meeting" or view.lang not in ("uk", "ru"):
        return
    j = _token_after(view, f.ev.end)
    if j is None or j >= view.n or j in view.ment or not view.toks[j].text.isalpha() \
            or not view.toks[j].text.islower() or "Gen" not in morph.cases(view.toks[j], view.lang):
        return
    heads = [view.lem[j]]
    if j + 1 < view.n and j + 1 not in view.ment and view.toks[j + 1].text.isalpha() and view.toks[j + 1].text.islower() \
            and word_kind(view, j + 1) == "noun" and "Gen" in morph.cases(view.toks[j + 1], view.lang):
        heads.append(view.lem[j + 1])  # "совета директоров"
    best = None
    for key, ent in view.index.entities.items():
        if ent.type != "ORG":
            continue
        for m in ent.mentions:
            words = m.text.split()
            if m.start >= f.ev.start or len(words) < len(heads) or not words[0][:1].isupper():
                continue
            lemmas = [lemma_candidates(w, view.lang) | {w.lower()} for w in words[:len(heads)]]
            if all(h & l for h, l in zip(heads, lemmas)) and (best is None or m.start > best[0]):
                best = (m.start, key)
    if best is not None:
        f.ev.participants = [best[1]]


def _guest_is_the_visitor(f: Found, view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"Гостя зустрів президент", "гость встретился с председателем правительства": the guest noun in the clause of
    a meeting, talks or call is the person on the visit told before."""
    if f.ev.type not in ("Meeting", "Talks", "Call", "Visit") or f.anaphoric or f.outcome:
        return
    i = _token_at(view, f.ev.start)
    if i is None:
        return
    ws, we = view.window(i, _token_after(view, f.ev.end))
    guest = _guest_noun(view, lex, ws, we)
    if guest is None:
        _visitors_received(f, view, lex, before, ws, we)
        _visitors_travel(f, view, lex, before, ws, we)
        return
    visit = next((g for g in before if g.ev.type == "Visit" and g.ev.participants), None)
    if visit is None or _etype(view, visit.ev.participants[0]) != "PER":
        return
    people = view.index.peek(view.toks[guest - 1].text, view.lang, "LOC") if guest > ws else None
    own = getattr(view.index.get(visit.ev.participants[0]), "country_key", None)
    if people is not None and _country_like(people) and own and own not in (people.key, people.country_key) \
            and getattr(view.index.get(own), "wikidata", None) != people.wikidata:
        return  # "український гість" is not the Georgian visitor told last
    if f.ev.type == "Visit" and (visit is f or any(_etype(view, p) in ("PER", "ORG") for p in f.ev.participants)):
        return  # (a visit's guest is its visitor only when it names none of its own: "гость отправится в X")
    if visit.ev.participants[0] not in f.ev.participants:
        if f.ev.type == "Visit":
            f.ev.participants.insert(0, visit.ev.participants[0])
        else:
            f.ev.participants.append(visit.ev.participants[0])


def _visitors_received(f: Found, view: SentenceView, lex: EventLexicon, before: list[Found], ws: int, we: int) -> None:
    """"Приїхали депутати X і Y. Увечері делегацію прийняв прем'єр Z": a bare group noun of visitors
    (lexicon kind "visitors": a delegation, lawmakers in the plural) in the clause of a meeting that names only
    its host is the persons and bodies on the visit told before."""
    i = _token_at(view, f.ev.start)
    if f.ev.type != "Meeting" or len(f.ev.participants) > 1 or i is None or not morph.is_verb(view.toks[i], view.lang) \
            or _visitors_noun(view, lex, ws, we) is None:
        return  # (a receive verb's: "консультации сенаторов" are no senators received)
    visit = next((g for g in before if g.ev.type == "Visit" and g.ev.participants), None)
    if visit is None:
        return
    visitors = [p for p in visit.ev.participants if _etype(view, p) in ("PER", "ORG")
                and not _country_like(view.index.get(p)) and p not in f.ev.participants]
    f.ev.participants.extend(visitors)


def _visitors_travel(f: Found, view: SentenceView, lex: EventLexicon, before: list[Found], ws: int, we: int) -> None:
    """"Делегация Думы прибыла в X. Завтра наша делегация поедет в Y": a bare group noun of visitors as the subject
    of a visit naming no visitor of its own (a state from the noun's adjective at most) is the persons and bodies
    on the visit told before."""
    if f.ev.type != "Visit" or f.anaphoric or any(_etype(view, p) in ("PER", "ORG") for p in f.ev.participants):
        return
    k = _visitors_noun(view, lex, ws, we, subject=True)
    if k is None:
        return
    visit = next((g for g in before if g.ev.type == "Visit" and g is not f and any(
        _etype(view, p) == "ORG" and not _country_like(view.index.get(p)) for p in g.ev.participants)), None)
    if visit is None:
        return  # (only a body's delegation told before: a person's trip is no delegation's)
    visitors = [p for p in visit.ev.participants if _etype(view, p) in ("PER", "ORG") and not _country_like(view.index.get(p))]
    own = {getattr(view.index.get(p), "country_key", None) for p in visitors} - {None}
    adjectives = itertools.takewhile(lambda t: word_kind(view, t) == "adj", range(k - 1, ws - 1, -1))
    adjective = next((state for t in adjectives
                      if (state := view.index.lookup(view.toks[t].text, view.lang, "LOC")) is not None), None)
    # ("венесуэльская парламентская делегация": of the adjectives right before the noun, the first naming a state)
    if adjective is not None and own and adjective not in own:
        return  # "монгольская делегация" after a Russian delegation's visit: another one
    f.ev.participants[:] = visitors + [p for p in f.ev.participants if p not in visitors and p not in own]


def _visitors_noun(view: SentenceView, lex: EventLexicon, lo: int, hi: int, subject: bool = False) -> Optional[int]:
    """Where a bare group noun of visitors ("делегацію", "американских законодателей"; lexicon kind "visitors")
    stands in [lo, hi): outside a name, not followed by a name of its own ("делегацію Конгресу"), as an object a
    person noun in the plural (``subject``: in the nominative, no preposition's: "делегация отправится в X")."""
    for k in range(lo, hi):
        if not view.phrase_at(k, "visitors", lex, hi) or view.in_name(k):
            continue
        if k + 1 in view.ment or (k + 1 < view.n and view.toks[k + 1].text[:1].isupper()):
            continue
        if k + 1 < view.n and view.toks[k + 1].text[:1].islower() and "Gen" in morph.cases(view.toks[k + 1], view.lang):
            continue  # "делегацию российских предпринимателей": whose it is, told here
        if subject:
            if "Nom" in morph.cases(view.toks[k], view.lang) and not (k > lo and is_prep(view, k - 1)):
                return k
            continue
        if "Nom" in morph.cases(view.toks[k], view.lang):
            continue  # "сенаторы встречались": the subject, not those received
        if morph.number_gender(view.toks[k], view.lang)[0] == "Sing" and morph.animate(view.toks[k], view.lang):
            continue  # "сенатора": one person, named elsewhere
        return k
    return None


def _guest_noun(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> Optional[int]:
    """Where the first guest noun ("гостя", "гостья"; lexicon kind "guest") outside a name stands in [lo, hi)."""
    return next((k for k in range(lo, hi) if view.phrase_at(k, "guest", lex, hi)
                 and not view.in_name(k)), None)


def _after_the_one_told(f: Found, view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"X зустрілася з фракцією. Голова фракції Y після зустрічі пояснив …": a bare meeting, talks or call noun after
    "після"/"после" (lexicon kind "after") inside the clause, right before its verb, is the one of its kind told just
    before; the clause's subject is no party of it."""
    if f.ev.type not in ("Meeting", "Talks", "Call") or f.anaphoric or f.headline:
        return
    i = _token_at(view, f.ev.start)
    j = _token_after(view, f.ev.end)
    if i is None or i < 2 or morph.is_verb(view.toks[i], view.lang) or view.phrase_at(i - 1, "after", lex, i) != i \
            or j >= view.n or not morph.is_verb(view.toks[j], view.lang):
        return
    g = next((g for g in before if g.ev.type == f.ev.type and g.ev.status == "occurred" and len(g.ev.participants) >= 2),
             None)
    if g is None or f.ev.status != "occurred":
        return
    f.anaphoric = True
    f.ev.participants = list(g.ev.participants)
    f.ev.time, f.ev.place_key = f.ev.time or g.ev.time, f.ev.place_key or g.ev.place_key


def _visitor_holds(f: Found, view: SentenceView, before: list[Found]) -> None:
    """"X прибув до Y з візитом. Переговори з Z тривали дві години": talks or a meeting that open the clause
    and name only the one they were held with are the visitor's, told of in the two sentences before."""
    if f.ev.type not in ("Talks", "Meeting") or sum(_etype(view, p) == "PER" for p in f.ev.participants) != 1:
        return
    i = _token_at(view, f.ev.start)
    j = _token_after(view, f.ev.end)
    if i is None or j >= view.n or view.word(j) not in _WITH or morph.is_verb(view.toks[i], view.lang) \
            or any(word_kind(view, k) != "adj" for k in range(i)):
        return
    visit = next((g for g in before if g.ev.type == "Visit"), None)
    if visit is None or visit.ev.status != f.ev.status or not visit.ev.participants:
        return
    visitor = visit.ev.participants[0]
    if _etype(view, visitor) == "PER" and visitor not in f.ev.participants:
        f.ev.participants.insert(0, visitor)


def _at_the_outcome(here: list[Found], before: list[Found]) -> None:
    """"За підсумками переговорів міністри підписали угоду": what the sentence tells happened at the meeting or
    talks told before, then and there."""
    for f in here:
        if not f.outcome:
            continue
        g = next((g for g in before if g.ev.participants and (
            g.ev.type == f.ev.type or {g.ev.type, f.ev.type} == {"Meeting", "Talks"})), None)
        if g is not None:
            _then_and_there(here, g)
        return


def _result_of_the_event(here: list[Found], view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"Итогом этой встречи стал меморандум, который стороны скрепили": a deal whose own words name it the result
    of an event noun was made at the last such event told, then and there (not at the sentence before's time)."""
    result = lex.words.get("result", [])
    for f in here:
        i = _token_at(view, f.ev.start)
        if f.ev.type != "Agreement" or i is None or i + 1 >= view.n \
                or not any((w,) in result for w in view.lem[i]):
            continue
        kind = next((t.type for k in range(i + 1, min(i + 4, view.n)) for t in lex.triggers
                     if not t.verb and t.type in ("Meeting", "Talks", "Call", "Visit")
                     and view.match_seq(k, t.lemmas, view.n) is not None), None)  # ("Итогом этих переговоров")
        talk = {"Meeting", "Talks"}
        g = next((g for g in before if g.ev.participants and g.ev.status == f.ev.status and (
            g.ev.type == kind or {g.ev.type, kind} <= talk)), None) if kind else None
        if g is None:
            continue
        for h in here:
            if h.ev.type == "Agreement" and h.ev.status == f.ev.status:
                h.ev.time = g.ev.time or h.ev.time
                h.ev.place_key = g.ev.place_key or h.ev.place_key
        return


def _later_that_day(here: list[Found], view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"Згодом X прийняв Y", "Позже X встретился с Y": a sentence opening with 'later' goes on with the day and
    the place of the last event told that took place on a known day (its own events telling neither)."""
    if not any(view.phrase_at(k, "then", lex, view.n) is not None for k in range(min(2, view.n))):
        return
    told = [g for g in before if g.ev.status == "occurred" and g.ev.time is not None and g.ev.time.value
            and g.ev.time.granularity in ("day", "datetime") and g.ev.type in _OCCASION_TYPES]
    g = told[0] if told else None
    if g is not None:
        # "X провёл переговоры в среду … прибыл во вторник. Позднее X принял Y": later than the latest day of the
        # occasions told just before (an arrival told after them is no later)
        near = [h for h in told[:4] if abs((dt.date.fromisoformat(h.ev.time.value[:10])
                                            - dt.date.fromisoformat(g.ev.time.value[:10])).days) <= 3]
        g = max(near, key=lambda h: h.ev.time.value[:10])
    then = lex.words.get("then", [])
    if g is not None:
        for h in here:
            if h.ev.time is not None and not h.ev.time.value and tuple(h.ev.time.text.lower().split()) in then:
                h.ev.time = None  # ("згодом" itself is no date)
        _then_and_there([h for h in here if h.ev.time is None and h.ev.status == "occurred" and h.ev.participants], g)


def _then_and_there(here: list[Found], g: Found) -> None:
    """What the sentence tells happened at the occasion ``g`` (its own outcome phrase aside) takes its time and
    place, where it gives none of its own."""
    for h in here:
        if not h.outcome and h.ev.type in _OCCASION_TYPES and h.ev.status == g.ev.status:
            h.ev.time = h.ev.time or g.ev.time
            h.ev.place_key = h.ev.place_key or g.ev.place_key
            if h.ev.type == "Agreement" and not h.ev.participants and g.ev.type != "Visit":
                h.ev.participants = list(g.ev.participants)  # "за їх підсумками підписано угоду": by the parties


def _after_its_outcome(here: list[Found], view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"За їх підсумками сторони підписали угоду", "По его итогам …": the outcome of the meeting or talks
    told just before (a pronoun stands for it): what the sentence tells happened then and there."""
    if any(f.outcome for f in here):
        return
    opened = False
    for k in range(min(2, view.n)):
        for seq in lex.words.get("outcome", []):
            pos = view.match_positions(k, seq, view.n, gap=1)
            if pos and any(view.toks[g].pos_ in ("PRON", "DET") for g in range(pos[0] + 1, pos[-1])
                           if g not in pos):
                opened = True
    if not opened:
        return
    g = next((g for g in before if g.ev.participants and g.ev.type in ("Meeting", "Talks", "Visit")), None)
    if g is not None:
        _then_and_there(here, g)


def _right_after(here: list[Found], view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"Після переговорів X прийняв Y": a sentence opening with 'after' and an event told before with a
    day goes on with that occasion: what it tells with no time or place of its own happened that day, there."""
    for f in here:
        i = _token_at(view, f.ev.start)
        if i is None or i > 3 or f.ev.type not in _OCCASION_TYPES or not any(
                view.phrase_at(k, "after", lex, i) == i for k in range(i)):
            continue
        talk = {"Meeting", "Talks", "Call"}  # ("після бесіди" after a meeting: the talk at that meeting)
        g = next((g for g in before if (g.ev.type == f.ev.type or {g.ev.type, f.ev.type} <= talk)
                  and g.ev.time is not None and g.ev.time.value and g.ev.time.granularity in ("day", "datetime")), None)
        if g is not None:
            _then_and_there([h for h in here if h is not f and h.ev.time is None and h.ev.participants], g)
        return


def _topic_noun(view: SentenceView, f: Found, g: Found) -> bool:
    """"Сторони обговорили … підготовку консультацій": an event noun after the discussion verb, governed by
    another noun, is what they discussed, not the occasion they discussed it at ("під час розмови")."""
    k = _token_at(view, g.ev.start)
    if g.ev.start < f.ev.end or k is None or k == 0:
        return False
    return word_kind(view, k - 1) == "noun" and view.word(k - 1) not in _FRAME and k - 1 not in view.ment


def _elaborates(f: Found, before: list[Found], same_sentence: list[Found] = ()) -> None:
    """"Лідери провели переговори. Вони обговорили …": a discussion verb tells more of the meeting, call or
    talks just told (same sentence first, then the two sentences before) when it names no one else;
    the mention joins that event. Otherwise it stands as talks of its own."""
    mine = set(f.ev.participants)
    for g in same_sentence:
        if g.ev.type in ("Meeting", "Call", "Talks") and not g.ev.participants and mine:
            # "X и Y обсуждали это во время телефонного разговора 3 марта": the call is theirs
            g.ev.participants = list(f.ev.participants)
            break
    for g in before:
        if g.ev.type in ("Meeting", "Call", "Talks") and g is not f and mine <= set(g.ev.participants) | {
                p for p in mine if p == g.ev.place_key}:
            f.ev.type, f.ev.specific = g.ev.type, g.ev.specific
            f.anaphoric, f.borrowed = True, True
            return


def _elected_named_before(view: SentenceView, ws: int, i: int) -> bool:
    """"Зеленського обирали президентом", "президента обирали у квітні": the one elected (a title or a person,
    in a form that may be accusative and not nominative) stands before the election verb, in its clause."""
    for k in range(max(ws, i - 4), i):
        person = k in view.ment and view.ment[k][2] == "PER"
        if (is_title(view, k) or person) and can_be(view, k, k + 1, "Acc") and not can_be(view, k, k + 1, "Nom"):
            return True
    return False


def _to_meet(f: Found, view: SentenceView, lex: EventLexicon) -> None:
    """"X обсудит с Y …", "X може обговорити з Y": a discussion to come that joined no event told and names a
    partner is a meeting of the two; with a counterpart ("з польським колегою") it stays talks between equals."""
    if f.ev.type != "Talks" or f.anaphoric or f.ev.status not in ("planned", "possible") or len(f.ev.participants) < 2:
        return
    k0 = _token_at(view, f.ev.start)
    if k0 is None or any(view.phrase_at(k, "counterpart", lex, view.n) is not None for k in range(k0, view.n)):
        return
    f.ev.type = "Meeting"


def _dodged_or_kept(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """A word that dodges or keeps sanctions ("обход", "всупереч", "зберегти"; lexicon kind "dodge") before the
    noun, adjectives only between."""
    k = i - 1
    while k >= 0 and k not in view.ment and word_kind(view, k) == "adj":
        k -= 1
    return any(view.phrase_at(x, "dodge", lex, k + 1) == k + 1 for x in range(max(0, k - 1), k + 1))


def _remains(view: SentenceView, lex: EventLexicon, j: int) -> bool:
    """A verb of remaining in force (lexicon kind "remain") as the first verb after the sanctions noun, within twelve
    words and no clause break but a list's commas ("заборона на ввезення м'яса, молока й цукру залишається",
    "запрет на ввоз зерна сохраняется")."""
    for k in range(j, min(j + 12, view.n)):
        if view.toks[k].is_punct and view.toks[k].text != ",":
            return False
        if morph.is_verb(view.toks[k], view.lang):
            return view.phrase_at(k, "remain", lex, k + 1) is not None
    return False


def _topic_alone(f: Found) -> bool:
    """"X обсудит ремонт причала": a discussion verb that joined no meeting, call or talks and names no
    partner tells a topic, not talks of its own."""
    return f.elaborate and not f.anaphoric and f.ev.type == "Talks" and len(f.ev.participants) < 2


def _the_two_leaders(f: Found, view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"Допускает встречу двух лидеров осенью": the persons of a meeting, call or talks of "the two
    leaders" that names at most one person (or of "the leaders" that names none) are the two persons of the
    last event told before that had two."""
    def persons(ev: Event) -> list[str]:
        return [p for p in ev.participants if _etype(view, p) == "PER"]

    if f.ev.type not in ("Meeting", "Call", "Talks") or len(persons(f.ev)) > 1:
        return
    k = _token_after(view, f.ev.end)  # the word after the trigger
    paired = k < view.n and bool(view.phrase_at(k, "pair", lex, view.n))
    k += paired
    leaders = k < view.n and view.phrase_at(k, "leader", lex, view.n) is not None
    if k >= view.n or not (leaders or (is_title(view, k) and k not in view.ment)):
        return
    if k + 1 < view.n and (k + 1) in view.ment and view.ment[k + 1][2] in ("ORG", "LOC"):
        return  # "саммит лидеров союза", "встреча лидеров X и Y": the leaders of the body or states it names
    if not paired and (persons(f.ev) or "Plur" not in view.toks[k].morph.get("Number")):
        return  # "переговори лідерів", "переговоры министров" naming no one: the two persons met before
    # (of "министров": two who hold that title, as the article's roles tell)
    holders = {r.person_key for r in getattr(view.index, "roles", None) or [] if r.title_norm in view.lem[k]}
    pair = next((ps for g in before if g is not f and len(ps := persons(g.ev)) == 2
                 and (leaders or set(ps) <= holders)), None)
    if pair is None and paired and leaders:  # "розмова двох лідерів" after "X привітав Y": the two named last
        named: list[str] = []
        for m in view.index.before(f.ev.start, ("PER",)):
            if f.ev.start - m.end > 600 or len(named) == 2:
                break
            if m.entity_key and m.entity_key not in named and _etype(view, m.entity_key) == "PER":
                named.append(m.entity_key)
        pair = list(reversed(named)) if len(named) == 2 else None
    if pair:  # whoever else the clause gave (the one who speaks of the meeting) is not one of them
        f.ev.participants = pair + [
            p for p in f.ev.participants if _etype(view, p) != "PER"]


def _ahead_if_to_come(f: Found, pub: Optional[dt.date]) -> None:
    """"Допускает переговоры в октябре" (said in May): a planned or possible event dated by a month, or a day
    of a month, without a year (not a weekday), resolved into the past by the tense of the verb that tells of it, lies ahead instead."""
    t = f.ev.time
    if pub is None or t is None or not t.value or f.ev.status not in ("planned", "possible") \
            or t.granularity not in ("day", "month") or (t.granularity == "day" and not re.search(r"\d", t.text)) \
            or re.search(r"\d{4}", t.text) or not t.interval_end \
            or dt.date.fromisoformat(t.interval_end) >= pub:
        return
    year = int(t.value[:4]) + 1
    try:
        start = dt.date.fromisoformat(t.interval_start or t.interval_end).replace(year=year)
        end = dt.date.fromisoformat(t.interval_end).replace(year=year)
    except ValueError:  # 29 February
        return
    if end < pub or (end - pub).days > 366:
        return
    f.ev.time = dataclasses.replace(t, value=f"{year:04d}{t.value[4:]}", interval_start=start.isoformat(),
                                    interval_end=end.isoformat())


def _anchored_to_the_occasion(here: list[Found], before: list[Found], lang: str) -> None:
    """"X і Y у четвер підписали угоду. … Того ж дня міністри уклали меморандум": a day counted from
    the occasion told before ("того ж дня", "наступного дня") that no day-date near it resolved is counted
    from the day of the last event told before with one (and, on that same day, takes its place too)."""
    for f in here:
        t = f.ev.time
        rule = time_lexicon(lang).anchor(t.text) if t is not None and not t.value else None
        if rule is None or rule[0] not in ("prior", "same"):
            continue
        g = next((g for g in before if g.ev.time is not None and g.ev.time.granularity == "day" and g.ev.time.value), None)
        if g is None:
            continue
        d = dt.date.fromisoformat(g.ev.time.value[:10]) + dt.timedelta(days=rule[1])
        f.ev.time = dataclasses.replace(t, value=d.isoformat(), granularity="day", interval_start=d.isoformat(),
                                        interval_end=d.isoformat())
        if rule[1] == 0 and f.ev.place_key is None and f.ev.type in _OCCASION_TYPES:
            f.ev.place_key = g.ev.place_key  # the same day of one occasion: there too


def _attack_framing_its_verb(view: SentenceView, hit: tuple, hits: list[tuple]) -> bool:
    """"Під час нічного удару бетанські дрони вдарили по X": an attack noun after "під час"/"в ходе" (adjectives
    between) with an attack verb after it in the sentence is the attack that verb tells."""
    i, _j, trig = hit
    if trig.type != "Attack" or trig.verb:
        return False
    k = i - 1
    while k > 0 and word_kind(view, k) == "adj" and view.word(k).islower():
        k -= 1
    return k >= 0 and view.word(k) in _FRAME and any(t.type == "Attack" and t.verb and a > i for a, _b, t in hits)


def _signed_during_the_visit(here: list[Found], view: SentenceView, before: list[Found]) -> None:
    """"В ходе визита намечено заключить соглашение": a bare visit noun after "в ходе",
    "під час" is the visit told before; an agreement of its clause that names nobody is between the visitor's
    state and the state visited, there and then."""
    for g in here:
        i = _token_at(view, g.ev.start)
        if g.ev.type != "Visit" or g.ev.participants or i is None or i == 0 or view.word(i - 1) not in _FRAME:
            continue
        v = next((v for v in before if v.ev.type == "Visit" and v.ev.participants and v.ev.status == g.ev.status), None)
        if v is None:
            continue
        g.anaphoric = True
        visitor = view.index.get(v.ev.participants[0])
        states = [s for s in [getattr(visitor, "country_key", None)] + [p for p in v.ev.participants[1:]
                  if _country_like(view.index.get(p))] if s]
        for f in here:
            k = _token_at(view, f.ev.start)
            if f.ev.type == "Agreement" and not f.ev.participants and len(set(states)) == 2 \
                    and k is not None and view.window(k, k + 1)[0] <= i:  # (in the visit noun's clause)
                f.ev.participants = list(dict.fromkeys(states))
                f.ev.place_key = f.ev.place_key or v.ev.place_key
                f.ev.time = f.ev.time or v.ev.time


def _eve_of_the_event(here: list[Found], view: SentenceView, lex: EventLexicon, before: list[Found]) -> None:
    """"Выборы прошли в воскресенье. … накануне выборов X виделся с Y": an event noun after an 'eve' word
    names the event of its type told before (one event, not a new one); the clause's own events with no time
    of their own were held the day before it."""
    for f in here:
        i = _token_at(view, f.ev.start)
        if i is None or morph.is_verb(view.toks[i], view.lang) or not _phrase_before(view, lex, "eve", i, 0):
            continue
        g = next((g for g in before if g.ev.type == f.ev.type and g.ev.time is not None and g.ev.time.value
                  and g.ev.time.granularity in ("day", "datetime")), None)
        if g is None:
            continue
        f.ev.participants, f.ev.status = list(g.ev.participants), g.ev.status
        f.ev.time, f.ev.place_key = g.ev.time, g.ev.place_key  # (a place in the clause is its own event's)
        d = (dt.date.fromisoformat(g.ev.time.value[:10]) - dt.timedelta(days=1)).isoformat()
        for h in here:
            if h is not f and (h.ev.time is None or not h.ev.time.value):
                h.ev.time = TimeExpr(text=doc_text(view.doc)[view.start_char(i - 1):f.ev.end], start=view.start_char(i - 1),
                                     end=f.ev.end, value=d, granularity="day", interval_start=d, interval_end=d)


def _time_to_the_main_event(here: list[Found], view: SentenceView, lex: EventLexicon) -> None:
    """"За день до візиту, 3 березня, X провів розмову": an event noun after 'до/після/перед' is a landmark
    in time; the date the sentence gives is that of the other event."""
    if len(here) < 2:
        return
    for f in here:
        if f.ev.time is None or f.ev.type == "Attack":
            continue
        i = _token_at(view, f.ev.start)
        if i is None or not _phrase_before(view, lex, "landmark", i, 0):
            continue
        main = [g for g in here if g is not f and g.ev.time is None]
        if len(main) == 1:
            main[0].ev.time, f.ev.time = f.ev.time, None


def _time_of_the_nearer_event(here: list[Found], view: Optional[SentenceView] = None) -> None:
    """"Совещание прошло впервые после выборов мэра, состоявшихся в мае": another event's trigger stands
    between this one and the time, and has none of its own: the time is that event's."""
    for f in here:
        t = f.ev.time
        if t is None or not t.value or t.start is None or t.start < f.ev.end:
            continue  # (a time before the verb governs the main clause: "у четвер привітав … під час розмови")
        between = [g for g in here if g is not f and f.ev.end <= g.ev.start < t.start and g.ev.time is None]
        k = _token_at(view, f.ev.start) if view is not None else None
        told_done = k is not None and morph.tense(view.toks[k], view.lang) == "past"  # "поговорили", not "розмова"
        if not between and told_done and any(g is not f and f.ev.end <= g.ev.start < t.start and g.ev.time is not None
                               and g.ev.time.start == t.start and g.ev.type != f.ev.type
                               and g.ev.status == "planned" != f.ev.status for g in here):
            f.ev.time = None  # ("поговорили … та домовилися зустрітися в Гаазі в жовтні": the meeting's)
            continue
        if between:
            g = min(between, key=lambda g: abs(g.ev.start - t.start))
            g.ev.time, f.ev.time = t, None


_OCCASION_TYPES = frozenset({"Meeting", "Summit", "Call", "Talks", "Visit", "Agreement", "Contact"})


def _one_occasion_in_sentence(here: list[Found], view: SentenceView, lex: EventLexicon) -> None:
    """"X у четвер прибув до Y, де провів переговори з Z": an event of the sentence with no time that
    happened (or is planned) alike and shares a person or organisation with the sentence's one dated event
    took place then too. An event used as a landmark ("за день до візиту") takes no time this way, nor do
    events that are not contacts of one occasion (an election congratulated on during a call)."""
    if any(f.sidelines for f in here):
        return  # "На полях форума X встретился с Y, прибывшим накануне": the occasion dates it, not the arrival
    here = [f for f in here if f.ev.type in _OCCASION_TYPES]
    dated = [f for f in here if f.ev.time is not None and f.ev.time.value]
    if len({f.ev.time.value for f in dated}) != 1:
        return
    for f in here:
        if f.ev.time is not None or f.headline or f in dated:
            continue
        i = _token_at(view, f.ev.start)
        if i is None or _phrase_before(view, lex, "landmark", i, 0):
            continue
        g = next((g for g in dated if g.ev.status == f.ev.status and any(
            _etype(view, k) in ("PER", "ORG") for k in set(f.ev.participants) & set(g.ev.participants))), None)
        if g is not None:
            f.ev.time = g.ev.time


def _adopted_at_the_meeting(here: list[Found], view: SentenceView) -> None:
    """"Форум X закрылся принятием общей декларации": an agreement told with its noun and naming no one, after a
    meeting or talks of its sentence that names its parties, is theirs."""
    for f in here:
        i = _token_at(view, f.ev.start)
        if f.ev.type != "Agreement" or f.ev.participants or i is None or morph.is_verb(view.toks[i], view.lang):
            continue
        g = next((g for g in here if g.ev.type in ("Meeting", "Talks") and g.ev.start < f.ev.start
                  and g.ev.participants and g.ev.status == f.ev.status), None)
        if g is not None:
            f.ev.participants = list(g.ev.participants)


def _met_and_held_talks(here: list[Found], view: SentenceView) -> None:
    """"X встретился в городе Z и провел переговоры с Y": a meeting verb naming only its subject, joined by "и" to
    talks or a meeting with another party, is that one event (its place and time told once)."""
    for f in here:
        if f.ev.type != "Meeting" or len(f.ev.participants) != 1:
            continue
        a = _token_after(view, f.ev.end)
        g = next((g for g in here if g is not f and g.ev.type in ("Talks", "Meeting") and g.ev.start > f.ev.end
                  and g.ev.status == f.ev.status and set(f.ev.participants) < set(g.ev.participants)), None)
        b = _token_at(view, g.ev.start) if g is not None else None
        if g is None or a is None or b is None or not any(view.word(k) in _COORD for k in range(a, b)) \
                or any(view.toks[k].text in CLAUSE_BREAK for k in range(a, b)):
            continue
        town_of = getattr(view.index.get(f.ev.place_key or ""), "country_key", None)
        if g.ev.place_key is None or (town_of is not None and town_of == g.ev.place_key):
            g.ev.place_key = f.ev.place_key  # (the town told with the meeting verb, in the state told with the talks)
        g.ev.time = g.ev.time or f.ev.time
        f.ev.type, f.ev.participants = g.ev.type, list(g.ev.participants)
        f.ev.place_key, f.ev.time = g.ev.place_key, g.ev.time


_PURPOSE = frozenset({"для", "на"})


def _met_for_talks(here: list[Found], view: SentenceView) -> None:
    """"X встретился в Y для переговоров с Z": the meeting verb and the talks it was for are one event, the talks,
    between all the parties either names."""
    for f in here:
        if f.ev.type != "Meeting":
            continue
        a = _token_after(view, f.ev.end)
        g = next((g for g in here if g is not f and g.ev.type == "Talks" and g.ev.start > f.ev.end
                  and g.ev.status == f.ev.status), None)
        b = _token_at(view, g.ev.start) if g is not None else None
        if g is None or a is None or b is None or b - a > 6 or view.word(b - 1) not in _PURPOSE \
                or any(view.toks[k].text in CLAUSE_BREAK or morph.is_verb(view.toks[k], view.lang) for k in range(a, b)):
            continue
        people = [k for k in f.ev.participants + g.ev.participants if _etype(view, k) in ("PER", "ORG")]
        parties = list(dict.fromkeys(people or f.ev.participants + g.ev.participants))
        f.ev.type = "Talks"
        f.ev.participants, g.ev.participants = parties, list(parties)
        f.ev.place_key = g.ev.place_key = f.ev.place_key or g.ev.place_key
        f.ev.time = g.ev.time = f.ev.time or g.ev.time


def _same_occasion(here: list[Found], prev: list[Found], view: SentenceView) -> bool:
    """A sentence with no time of its own that goes on telling of what the sentence before dated
    ("X and Y agreed on Tuesday to ... . X met Y in Tallinn for talks.") shares that date, when the
    events there share one value and happened (or are planned) alike."""
    if not here or not prev or any(not _in_relative_clause(view, a) for a in view.time_pos):
        return False  # (a time in a relative clause is that clause's: "підписали меморандум, у якому … до 2030 року")
    if any(f.outcome for f in here):
        return False  # "По итогам встречи …": the meeting it names is the occasion, not the sentence before
    dated = [p for p in prev if p.ev.time is not None and p.ev.time.value]
    if dated and len({p.ev.time.value for p in dated}) != 1:
        # "визит 25–26 ноября … в четверг провел переговоры": the day within the visit's interval is the occasion
        days = [p for p in dated if p.ev.time.granularity in ("day", "datetime")]
        if len({p.ev.time.value for p in days}) == 1 and all(
                times_compatible(p.ev.time, days[0].ev.time) for p in dated):
            dated = days
    if not dated or len({p.ev.time.value for p in dated}) != 1:
        return False
    done = False
    places = {p.ev.place_key for p in prev if p.ev.place_key}
    # the states of the places told (a state, or a town's state); a building of no known state tells none
    states = {e.country_key for e in view.index.entities.values() if e.country_key}
    state = lambda k: k if k in states else getattr(view.index.get(k), "country_key", None)  # noqa: E731
    told = {state(k) for k in places}
    for f in here:
        if f.ev.place_key and None not in told and told and state(f.ev.place_key) not in told | {None}:
            continue  # told of another state: another occasion
        shared = set(f.ev.participants) & {k for p in prev for k in p.ev.participants}
        if f.ev.time is None and not f.headline and all(f.ev.status == p.ev.status for p in dated) \
                and any(_etype(view, k) in ("PER", "ORG") for k in shared):  # a state alone is no occasion
            f.ev.time = dated[0].ev.time
            if f.ev.place_key is None and f.ev.type != "Visit":
                # the same occasion, the same place: the place told last ("Після зустрічі сторони підписали")
                # (the dated events' place first; a town the others name in that state makes it precise)
                where = [p.ev.place_key for p in dated if p.ev.place_key]
                f.ev.place_key = _most_specific(view, where + [p.ev.place_key for p in prev if p.ev.place_key
                                                               and p not in dated]) if where else None
            done = True
    return done


_OCCASIONS = ("Meeting", "Summit", "Talks", "Visit")  # (not "під час нападів": an attack is no occasion to hold something)


_AT = frozenset({"на", "at"})


def _held_at(here: list[Found], view: SentenceView, lex: EventLexicon) -> None:
    """"на саммите", "на зустрічі", "під час переговорів": an event noun told as where or when something is done
    (after "на" in the locative, or a during phrase, lower-case adjectives between) is marked ``venue``."""
    for g in here:
        i = _token_at(view, g.ev.start)
        if i is None or morph.is_verb(view.toks[i], view.lang):
            continue
        k = i
        while k > 0 and word_kind(view, k - 1) == "adj" and view.toks[k - 1].text.islower():
            k -= 1
        at = k > 0 and view.word(k - 1) in _AT and (view.lang == "en" or "Loc" in morph.cases(view.toks[i], view.lang))
        g.venue = at or _phrase_before(view, lex, "during", k, 0)


def _during_the_occasion(here: list[Found], view: SentenceView, lex: EventLexicon) -> None:
    """"Комісія збереться у травні у Відні, під час чергової сесії ОБСЄ": an event noun after a during
    phrase (lexicon kind "during") is the occasion of the sentence's own event; each takes the other's place and
    time where it tells none, the occasion the clause's planned status, and two of one kind stay two."""
    for g in here:
        i = _token_at(view, g.ev.start)
        if i is None or morph.is_verb(view.toks[i], view.lang) or g.anaphoric or g.outcome or g.sidelines \
                or g.ev.type not in _OCCASIONS:
            continue
        k = i
        while k > 0 and word_kind(view, k - 1) == "adj" and view.toks[k - 1].text.islower():
            k -= 1  # "під час чергової сесії"
        if not _phrase_before(view, lex, "during", k, 0):
            continue
        own = [f for f in here if f is not g and f.ev.start != g.ev.start and not f.anaphoric and not f.sidelines]
        if len(own) != 1:
            continue
        f = own[0]
        if g.ev.time is None and f.ev.time is not None and g.ev.status == "occurred" and f.ev.status != "occurred":
            g.ev.status = f.ev.status  # (an occasion told with no verb of its own is as the clause's event)
        g.ev.place_key, g.ev.time = g.ev.place_key or f.ev.place_key, g.ev.time or f.ev.time
        f.ev.place_key, f.ev.time = f.ev.place_key or g.ev.place_key, f.ev.time or g.ev.time
        f.aside = f.aside or f.ev.type == g.ev.type


def _during_the_visit(here: list[Found], before: list[Found], view: SentenceView, lex: EventLexicon) -> None:
    """"X прибув до Y у середу. … Згодом X зустрівся з Z": a meeting, talks or a deal of the visitor that happened
    with no time of its own (or only "згодом", "later"), told after the visit, was held during it: on the day the
    visit was last told at."""
    then = lex.words.get("then", [])
    for f in here:
        t = f.ev.time
        if f.ev.type not in ("Meeting", "Talks", "Agreement") or f.ev.status != "occurred" or f.headline \
                or f.anaphoric or f.outcome or f.sidelines or f.aside or (t is not None and (t.value or tuple(t.text.lower().split()) not in then)):
            continue
        i = _token_at(view, f.ev.start)
        if i is None or _phrase_before(view, lex, "landmark", i, 0):
            continue  # "після зустрічі": a point in time, the meeting told before
        at = next((n for n, g in enumerate(before) if g.ev.type == "Visit" and not g.headline and g.ev.status == "occurred"
                   and g.ev.participants and g.ev.time is not None and g.ev.time.granularity in ("day", "datetime")), None)
        if at is None:
            continue
        visit = before[at]
        visitor = visit.ev.participants[0]
        if _etype(view, visitor) != "PER" or visitor not in f.ev.participants:
            continue
        if f.ev.place_key and visit.ev.place_key and f.ev.place_key != visit.ev.place_key:
            state = lambda k: getattr(view.index.get(k), "country_key", None) or k  # noqa: E731
            if state(f.ev.place_key) != state(visit.ev.place_key):
                continue  # somewhere else: not on that visit
        day = next((g.ev.time for g in before[:at] if g.ev.status == "occurred" and g.ev.time is not None
                    and g.ev.time.value and g.ev.time.granularity in ("day", "datetime")
                    and g.ev.time.value >= visit.ev.time.value), visit.ev.time)
        f.ev.time = day


def _received_where_the_guest_is(here: list[Found], before: list[Found], view: SentenceView) -> None:
    """"X провів у Канберрі переговори … . Федорова прийняв прем'єр-міністр": a reception of a guest with no place of
    its own was held in the town where the guest's last occasion told shortly before took place."""
    for f in here:
        state = f.ev.place_key if _country_like(view.index.get(f.ev.place_key)) else None  # (a town in it is more precise)
        if f.ev.type != "Meeting" or f.ev.status != "occurred" or (f.ev.place_key is not None and state is None) \
                or f.headline:
            continue
        guests = {k for k in f.ev.participants if _etype(view, k) == "PER"}
        g = next((g for g in before if g.ev.status == "occurred" and not g.headline and g.ev.place_key
                  and guests & set(g.ev.participants)), None)
        if g is not None and f.ev.time is not None and f.ev.time.value and f.ev.time.basis is None \
                and g.ev.time is not None and g.ev.time.value and g.ev.time.value != f.ev.time.value:
            continue  # another day: not that occasion
        town = view.index.get(g.ev.place_key) if g is not None else None
        if town is not None and town.type == "LOC" and not _country_like(town) \
                and not institutions.is_building(town.name or "", view.lang) and (state is None or town.country_key == state):
            f.ev.place_key = town.key


def _agreed_ahead(here: list[Found], view: SentenceView, lex: EventLexicon) -> list[Found]:
    """"Лідери домовилися зустрітися у Вільнюсі наприкінці травня": the place and time after the governed
    event are that planned event's, not the agreement's. Returns the agreements left with no time."""
    out = []
    for f in here:
        if f.ev.type != "Agreement":
            continue
        end = _token_after(view, f.ev.end)
        lo, hi = end, end + 1  # "домовилися зустрітися": the infinitive right after
        if end < view.n and morph.infinitive(view.toks[end], view.lang):
            # "домовилися провести в травні в Римі засідання ради": the event its infinitive holds
            hi = next((k for k in range(end + 1, min(end + 8, view.n)) if view.toks[k].text in CLAUSE_BREAK),
                      min(end + 8, view.n))
        if end + 1 < view.n and view.toks[end].text == "," and view.word(end + 1) in _THAT:
            lo, hi = end + 2, view.n  # "домовилися, що в травні відбудуться консультації": in the clause it governs
        held = end > 0 and any((w,) in lex.words.get("holding", []) for w in view.lem[end - 1])
        if held:
            # "согласовали проведение весной маневров в X": when and where the thing agreed on will be held
            if f.ev.time is not None and f.ev.time.start >= view.start_char(end - 1):
                f.ev.time = None
            if f.ev.place_key is not None and any(a >= end and m[1].entity_key == f.ev.place_key for a, m in view.ment.items()) \
                    and not any(a < end - 1 and m[1].entity_key == f.ev.place_key for a, m in view.ment.items()):
                f.ev.place_key = None
        g = next((g for g in here if g is not f and g.ev.status in ("planned", "possible")
                  and (k := _token_at(view, g.ev.start)) is not None and lo <= k <= hi), None)
        if g is None:
            if held and f.ev.time is None:
                out.append(f)
            continue
        if f.ev.place_key is not None and f.ev.place_key == g.ev.place_key:
            f.ev.place_key = None
        if f.ev.time is not None and (g.ev.time is None or g.ev.time is f.ev.time or g.ev.time.start == f.ev.time.start
                                      or (lo < view.n and f.ev.time.start >= view.start_char(lo))):
            g.ev.time, f.ev.time = g.ev.time or f.ev.time, None
            i = _token_at(view, f.ev.start)
            if f.ev.status == "planned" and i is not None and morph.tense(view.toks[i], view.lang) == "past":
                f.ev.status = "occurred"  # planned by the date that was the meeting's, not by its verb
        if f.ev.time is None:
            out.append(f)
    return out


def _agreed_at(f: Found, view: SentenceView, before: list[Found]) -> None:
    """The last meeting, call or talks told before that happened, with a known time, between all the persons
    and organisations of the agreement: it was made then and there."""
    own = {p for p in f.ev.participants if _etype(view, p) in ("PER", "ORG")}
    g = next((g for g in before if g.ev.type in ("Meeting", "Call", "Talks") and g.ev.status == "occurred"
              and g.ev.time is not None and g.ev.time.value and own and own <= set(g.ev.participants)), None)
    if g is not None:
        f.ev.time = g.ev.time
        f.ev.place_key = f.ev.place_key or g.ev.place_key


def _most_specific(view: SentenceView, places: list[str]) -> Optional[str]:
    """The first place of a list, or a city in it that lies in that country ("поїздка до Чилі" after
    "прибув до Сантьяго": Santiago)."""
    if not places:
        return None
    first = view.index.get(places[0])
    for p in places[1:]:
        ent = view.index.get(p)
        if ent is not None and first is not None and ent.country_key and ent.country_key in (first.key, first.country_key) \
                and ent.key != first.key and _country_like(first) and not _country_like(ent):
            return p
    return places[0]


def _no_outlet_that_reports_it(events: list[Event], statements: list[Statement], index: EntityIndex) -> None:
    """"Як пише газета X, … Y і Z можуть підписати угоду": the outlet an event is reported by takes no part in it."""
    told_by = {(s.start, s.end): (s.speaker_key, s.via_key) for s in statements}
    for ev in events:
        for key in told_by.get(ev.statement, ()) if ev.statement else ():
            ent = index.get(key) if key else None
            if ent is not None and ent.is_outlet and key in ev.participants and len(ev.participants) > 1:
                ev.participants.remove(key)




def _parties_run_not_their_leaders(events: list[Event], index: EntityIndex, lang: str, text: str) -> None:
    """"Партія X-а перемогла" (title) and "AB прем'єр-міністра X-а посіла перше місце": an election
    told with a party and a person has the party for its participant; the person is named as its leader (a
    parliament that elects a president is no party: "Сейм переобрав X")."""
    def party(key: str) -> bool:
        ent = index.get(key)
        if ent is None or ent.type != "ORG":
            return False
        # (its name, or the words right before a mention: "… народна партія (AB)")
        names = [ent.name, *ent.labels.values(), *(m.text for m in ent.mentions),
                 *(" ".join(text[max(0, m.start - 40):m.start].split()[-2:]) for m in ent.mentions)]
        return any(institutions.is_party_noun(w.strip("(«\"„"), lang) for n in names if n for w in n.split()
                   if w.strip("(«\"„").isalpha())
    presidential = {w[0] for w in lexicon(lang).words.get("presidential", [])}
    for ev in events:
        if ev.type != "Election" or not any(party(p) for p in ev.participants):
            continue
        persons = [p for p in ev.participants if getattr(index.get(p), "type", None) == "PER"]
        if not _presidential(ev, text, lang, presidential):
            ev.participants = [p for p in ev.participants if p not in persons]
        elif persons:  # "висуванець партії X Y виграв вибори президента": the candidate, not the party
            ev.participants = persons


def _presidential(ev: Event, text: str, lang: str, words: set[str]) -> bool:
    """A presidential election ("вибори президента", "президентские выборы"): a word of the lexicon's
    kind "presidential" right before or right after the trigger, in any mention."""
    for a, b in [(ev.start, ev.end)] + [(m[0], m[1]) for m in ev.mentions]:
        near = text[a:b].split() + text[max(0, a - 40):a].split()[-1:] + text[b:b + 40].split()[:1]
        bare = [w.strip(".,:;«»\"()").lower() for w in near]
        if any(w in words or lemma_candidates(w, lang) & words for w in bare):
            return True
    return False


def _first_line(text: str, headers: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """The first non-empty line that is not a header (date, source): the title of a plain-text article."""
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.strip() and not any(hs <= a < he for hs, he in headers):
            # a title stands on its own line, is short and has no full stop
            ok = pos <= len(text) and len(line) <= 200 and not line.rstrip().endswith(".")
            return (a, b) if ok else None
    return None


def _not_a_trigger_word(view: SentenceView, i: int) -> bool:
    """Acronyms ("УДАР" is a party) and words inside a name ("партія «Удар»") are not event words."""
    tok = view.toks[i]
    if len(tok.text) > 1 and tok.text.isupper() and not view.sent.text.isupper():
        return True
    if i >= 2 and view.toks[i - 1].text in ("-", "‑") and view.toks[i - 1].idx == view.toks[i - 2].idx + len(view.toks[i - 2]) \
            and tok.idx == view.toks[i - 1].idx + 1 and view.phrase_at(i - 2, "nonevent-prefix", lexicon(view.lang), i - 1):
        return True  # "пресс-конференция": a press conference is no meeting
    return any(a <= i < v[0] for a, v in view.ment.items())


def _participle(view: SentenceView, k: int) -> bool:
    """The dictionary's first reading of the token is a full participle ("прибывший", "приехавшего")."""
    return view.lang in ("uk", "ru") and any(pos == "PRTF" for _nf, pos, _g, _k in
                                             morph.parses(view.lang, view.toks[k].lower_)[:1])


def _participle_head(view: SentenceView, lex: EventLexicon, i: int, j: int, hi: int) -> Optional[str]:
    """A visit verb as a participle before its noun ("приехавший в Ригу с рабочим визитом премьер X"): the
    person after its phrase (where to, with what, when), whom it qualifies."""
    if not _participle(view, i):
        return None
    if i > 0 and (view.toks[i - 1].text == "," or view.lem[i - 1] & RELATIVE):
        return None  # ", прибывший вчера, …": the noun stands before it
    k, steps = j, 0
    while k < hi and steps < 8:
        if k in view.time_pos:
            k = view.time_pos[k]
        elif k in view.ment and view.ment[k][2] == "LOC":
            k = view.ment[k][0]
        elif is_prep(view, k) or word_kind(view, k) == "adj" or (
                any(t.type == "Visit" and view.match_seq(k, t.lemmas, hi) for t in lex.triggers if not t.verb)):
            k += 1
        else:
            break
        steps += 1
    return _visitor_after(view, k, hi) if k > j else None


def _participle_phrase_holder(view: SentenceView, i: int) -> Optional[str]:
    """"с премьером X Y, прибывшим в столицу с рабочим визитом": the person a participle
    phrase after a comma qualifies (in the participle's case), for the visit noun that ends the phrase."""
    w = _with_before(view, i, 0)
    if w is None or view.lang not in ("uk", "ru"):
        return None
    for p in range(w - 1, max(1, w - 8), -1):
        if view.toks[p].is_punct:
            return None
        if not _participle(view, p):
            continue
        return _holder_before_comma(view, p)
    return None


def _holder_before_comma(view: SentenceView, p: int) -> Optional[str]:
    """The person named right before the comma that opens the participle at p, in the participle's case
    ("X-а, прибывшего в столицу")."""
    if p < 2 or view.toks[p - 1].text != "," or (p - 2) not in view.ends:
        return None
    s0, (_e, mention, etype) = view.ends[p - 2]
    if etype != "PER" or not mention.entity_key:
        return None
    cases = set()
    for t in range(s0, p - 1):
        cases |= morph.cases(view.toks[t], view.lang)
    return mention.entity_key if not cases or cases & morph.cases(view.toks[p], view.lang) else None


def _guest_before(view: SentenceView, i: int, lo: int) -> Optional[str]:
    """A person named in the accusative before a receive verb, only adverbs or time words between ("Вечером X-а
    принял Y", or by nationality and title: "бетанского министра"): the guest."""
    k = i - 1
    while k >= lo:
        if k not in view.ends and (view.in_time(k) or view.toks[k].pos_ == "ADV"):
            k -= 1
            continue
        if k in view.ends and view.ends[k][1][2] == "LOC":  # "Зеленського в Лондоні прийняв", "… в палаці X прийняв"
            p = view.ends[k][0] - 1
            if p >= lo and p not in view.ends and word_kind(view, p) == "noun" and view.toks[p].text.islower():
                p -= 1
            if p > lo and is_prep(view, p):
                k = p - 1
                continue
        break
    if k - 1 >= lo and k not in view.ends and (is_title(view, k) or view.phrase_at(k, "leader", lexicon(view.lang), k + 1)) \
            and "Acc" in morph.cases(view.toks[k], view.lang):
        t = k - 2 if k - 3 >= lo and view.toks[k - 1].text in ("-", "‑") else k  # "вице-премьера": the compound's start
        return _leader_by_demonym(view, lexicon(view.lang), t - 1, i)  # "Вечером бетанского министра принял Y"
    if k < lo or k not in view.ends:
        return None
    _a, (_end, mention, etype) = view.ends[k]
    cases = morph.cases(view.toks[k], view.lang)
    if etype != "PER" or ("Nom" in cases and "Acc" not in cases):
        return None  # (the host named first: "X принял …")
    return mention.entity_key


def _venue_after(view: SentenceView, lex: EventLexicon, j: int, hi: int) -> Optional[tuple[int, Optional[str]]]:
    """A place phrase right after a receive verb ("у палаці X", "в резиденции"): where the words after it go on
    (a title or a person) and the place it names, if one is named."""
    if j >= hi or not view.phrase_at(j, "place", lex, hi):
        return None
    k, place, named, limit = j + 1, None, 0, j + 7
    while k < min(hi, limit):
        m = view.ment.get(k)
        if m is not None and m[2] != "PER":
            if named:  # "у будинку X генеральний синдик Y": a second name, the host's (its title unknown)
                return k, place
            if not view.phrase_at(k - 1, "residence", lex, k):  # (a residence's or a house's name is no place:
                place = m[1].entity_key if m[2] in ("LOC", "ORG") else None  # the town it is in is)
            limit += m[0] - k - 1  # (a name counts as one word)
            k = named = m[0]
            continue
        if m is not None and word_kind(view, k - 1) == "noun" and not is_title(view, k - 1) and m[0] < hi \
                and (is_title(view, m[0]) or (m[0] in view.ment and view.ment[m[0]][2] == "PER")):
            k = m[0]  # "в резиденции X канцлер Y": a name right after the venue noun is the venue's
            continue
        if m is not None or is_title(view, k):
            return (k, place) if k > j + 1 else None
        if word_kind(view, k) not in ("adj", "noun") and not view.toks[k].text[:1].isupper():
            return None
        k += 1
    return None


def _elect_before_title(view: SentenceView, i: int) -> bool:
    """A participle of an election verb right before a title noun ("избранный мэр", "новообраний
    прем'єр"): an attribute of the office holder."""
    if view.lang not in ("uk", "ru") or i + 1 >= view.n or not is_title(view, i + 1):
        return False
    cases = morph.cases(view.toks[i + 1], view.lang)
    if "Ins" in cases and "Nom" not in cases:
        return False  # "обраний президентом": elected to the office, an election
    return any(pos in ("PRTF", "ADJF") for _nf, pos, _g, _k in morph.parses(view.lang, view.toks[i].lower_)[:1])


def _past_adjectives(view: SentenceView, j: int) -> int:
    """The first token from j on that is no adjective or hyphen ("польсько-литовські двосторонні …")."""
    while j < view.n and j not in view.ment and (word_kind(view, j) == "adj" or view.toks[j].text in ("-", "‑") or (
            j + 1 < view.n and view.toks[j + 1].text in ("-", "‑") and not view.toks[j].whitespace_)):
        j += 1
    return j


def _event_noun_next_to(view: SentenceView, lex: EventLexicon, i: int, j: int) -> bool:
    """An event noun right before a verb at i..j or right after it, with no preposition: the verb's object."""
    for t in lex.triggers:
        if t.verb or len(t.lemmas) != 1:
            continue
        if (i > 0 and view.match_seq(i - 1, t.lemmas, i) is not None) or (
                j < view.n and view.match_seq(j, t.lemmas, view.n) is not None):
            return True
    return False


_WITHOUT = {"без", "without"}


@lru_cache(maxsize=None)
def _relative_pronouns(lang: str) -> frozenset[str]:
    """"який", "которая", …: the relative pronouns of the cue lexicon (its ``relative`` frame)."""
    return frozenset(p.words[0] for p in load_speech_lexicon(lang).by_frame("relative"))


def _thing_arrived(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """A visit verb whose subject is a relative pronoun standing for a thing ("зерно, которое в марте прибыло",
    "вантаж, який надійшов"): the noun before the comma is no person, organisation or place."""
    if view.lang not in ("uk", "ru"):
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        if view.toks[k].is_punct:
            return False
        if view.word(k) in _relative_pronouns(view.lang):
            a = k - 2
            if a < 0 or view.toks[k - 1].text != "," or a in view.ment or any(
                    b <= a < e for b, (e, _m, _t) in view.ment.items()):
                return False
            return word_kind(view, a) == "noun" and not morph.animate(view.toks[a], view.lang) \
                and not any((w,) in lex.words.get("group", []) for w in view.lem[a])  # (not "делегація, яка")
    return False


def _face_to_face(view: SentenceView, lex: EventLexicon, ws: int, we: int, place: Optional[str]) -> bool:
    """A bare talk verb's clause says the talk was in person: an in-person word ("особисто", "лично"), the sidelines
    of an event, or a place it was held at; and no remote word (phone, video link)."""
    if any(view.phrase_at(k, "remote", lex, we) for k in range(ws, we)):
        return False
    return place is not None or any(view.phrase_at(k, "in-person", lex, we) or view.phrase_at(k, "sidelines", lex, we)
                                    for k in range(ws, we))


def _received_how(view: SentenceView, i: int, j: int) -> bool:
    """A manner right after a transitive meeting verb that is no meeting ("встретили настороженно", "зустріли з
    іронією", "встретили без энтузиазма"): an adverb, or with/without and a common noun of no living being (not
    after a reflexive verb: "бачилися особисто" is a meeting)."""
    if j >= view.n or view.lang not in ("uk", "ru") or j in view.ment or view.word(j - 1).endswith(("ся", "сь")):
        return False
    if view.in_time(j):
        return False  # "зустрів увечері": when, not how
    p = morph.parses(view.lang, view.toks[j].lower_)
    if p and p[0][1] == "ADVB":
        return True
    if view.word(j) in _WITH | _WITHOUT and j + 1 < view.n and (j + 1) not in view.ment:
        tok = view.toks[j + 1]
        return word_kind(view, j + 1) == "noun" and tok.text.islower() and not morph.animate(tok, view.lang)
    return False


def _event_noun_after(view: SentenceView, lex: EventLexicon, j: int, occasion: bool = True) -> bool:
    """An event noun within the few words after token j; with ``occasion`` False, not one told as the occasion
    ("договорились в телефонном разговоре", "домовилися під час зустрічі": the deal was made at it)."""
    if not occasion and j + 1 < view.n and view.word(j) in _WITH and (j + 1) in view.ment:
        j = view.ment[j + 1][0]  # "договорился с X о встрече": past whom it was agreed with
    for k in range(j, min(j + 4, view.n)):
        if not occasion and view.word(k) in _OCCASION_PREPS:
            return False
        for t in lex.triggers:
            if not t.verb and view.match_seq(k, t.lemmas, view.n) is not None:
                return True
    return False


def _body_after_direction(view: SentenceView, lex: EventLexicon, k: int, hi: int) -> Optional[str]:
    """The organisation named right after a direction preposition at k ("в МИД", "до МЗС", "в кнессет")."""
    nk = view.phrase_at(k, "direction", lex, hi)
    m = view.ment.get(nk) if nk else None
    return m[1].entity_key if m is not None and m[2] == "ORG" else None


def _state_of_the_body_elected(view: SentenceView, lex: EventLexicon, j: int) -> Optional[str]:
    """The state of the body named right after an election noun and its preposition ("выборы в кнессет")."""
    body = view.index.get(_body_after_direction(view, lex, j, view.n) or "")
    if body is not None and body.country_key:
        return _country_entity(view, body.country_key)
    # "вибори до Національної ради X" with the chamber unrecognised: its head noun, then the state in the genitive
    nk = view.phrase_at(j, "direction", lex, view.n) if j < view.n else None
    nouns = gazetteer_mod.word_lists("parliament_nouns.txt").get(view.lang, frozenset())
    if nk is None or nk >= view.n or not view.lem[nk] & nouns:
        return None
    for k in range(nk + 1, min(nk + 4, view.n)):
        m = view.ment.get(k)
        if m is not None:
            ent = view.index.get(m[1].entity_key)
            return m[1].entity_key if m[2] == "LOC" and _country_like(ent) and can_be(view, k, m[0], "Gen") else None
    return None


def _summoned_envoy(view: SentenceView, participants: list[str]) -> None:
    """A summons is a meeting of the ministry and the envoy: not of the ministry's own state ("посла X вызвали в МИД
    России": not Russia), and, the envoy named, not of the state he represents ("посла Великобритании Y": Y)."""
    bodies = {getattr(view.index.get(p), "country_key", None) for p in participants if _etype(view, p) == "ORG"}
    envoys = [k for k, v in view.ment.items() if v[1].entity_key in participants and v[2] == "PER"]
    # the state named in the envoy's phrase, just before his name ("посла Китаю У X", "посол Германии X")
    of_envoy = {v[1].entity_key for k, v in view.ment.items() if any(0 < e - k <= 3 for e in envoys)}
    kept = [p for p in participants if not _country_like(view.index.get(p)) or (p not in bodies and p not in of_envoy)]
    if len(kept) < 2:  # ("вызванный к замминистра посол Бельгии X": the state stays beside the envoy)
        kept = [p for p in participants if not _country_like(view.index.get(p)) or p not in bodies]
    participants[:] = kept


def _summoned_to(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> Optional[str]:
    """The body an ambassador is summoned to: an organisation after a direction preposition in the clause."""
    return next((key for k in range(lo, hi) if (key := _body_after_direction(view, lex, k, hi))), None)


def _event_noun_in_clause(view: SentenceView, lex: EventLexicon, j: int) -> bool:
    """An event noun after token j before the clause ends."""
    k = j
    while k < view.n and view.toks[k].text not in CLAUSE_BREAK:
        if any(not t.verb and view.match_seq(k, t.lemmas, view.n) is not None for t in lex.triggers):
            return True
        k += 1
    return False


def _event_infinitive_after(view: SentenceView, lex: EventLexicon, j: int) -> bool:
    """"домовилися наступного місяця зустрітися", "договорились провести в мае встречу": an infinitive in the
    clause after j that is itself an event verb, or a support verb of an event noun that follows."""
    for k in range(j, min(j + 5, view.n)):
        if view.toks[k].text in CLAUSE_BREAK or view.word(k) in _THAT:
            return False
        if not morph.infinitive(view.toks[k], view.lang):
            continue
        if any(t.verb and t.type in _PLANNED_KINDS and view.match_seq(k, t.lemmas, view.n) is not None
               for t in lex.triggers):
            return True
        return any((w,) in lex.words.get("light", []) for w in view.lem[k]) and any(
            not t.verb and t.type in _PLANNED_KINDS and view.match_seq(m, t.lemmas, view.n) is not None
            for m in range(k + 1, min(k + 8, view.n)) for t in lex.triggers)
    return False


_PLANNED_KINDS = ("Meeting", "Call", "Talks", "Visit")


def _meeting_noun_after(view: SentenceView, lex: EventLexicon, j: int) -> bool:
    for k in range(j, min(j + 3, view.n)):
        for t in lex.triggers:
            if t.type == "Meeting" and not t.verb and view.match_seq(k, t.lemmas, view.n) is not None:
                return True
    return False


def _pub(document: Document) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(document.published[:10]) if document.published else None
    except ValueError:
        return None


def _en_not_event(view: SentenceView, i: int, j: int, trig: Trigger) -> bool:
    """'call for', 'call on' are appeals, not phone calls."""
    nxt = view.word(j) if j < view.n else ""
    return trig.type == "Call" and view.word(i) == "call" and nxt in ("for", "on", "to")


def _with_before(view: SentenceView, i: int, ws: int) -> Optional[int]:
    """The "з/с/with" opening the phrase the noun at i heads ("з короткочасним робочим візитом"), or None."""
    k = i - 1
    while k > ws and (word_kind(view, k) == "adj" or _adjective_reading(view, k)) and k not in view.ment:
        k -= 1  # ("с рабочим визитом": "рабочим" reads as a noun too)
    return k if k >= ws and view.word(k) in _WITH else None


def _ending_verb(view: SentenceView, lex: EventLexicon, k: int) -> bool:
    """A verb of ending (lexicon kind 'ending': "завершитися", "закончить") at k."""
    return any(lex.has("ending", w) for w in view.lem[k]) and morph.is_verb(view.toks[k], view.lang)


def _ended_with(view: SentenceView, lex: EventLexicon, ws: int, i: int, others) -> bool:
    """"Розмова закінчилася підписанням протоколу": a verb of ending before the signing, with another event's
    noun before it as its subject."""
    for k in range(ws, i):
        if _ending_verb(view, lex, k):
            return any(a < k for a, _b in others) and not any(view.toks[x].is_punct for x in range(k + 1, i))
    return False


def _ended_in_a_signing(view: SentenceView, lex: EventLexicon, i: int, j: int, hits) -> bool:
    """"Беседа закончилась подписанием плана", "закончили встречу подписанием плана": a meeting's noun next
    to a verb of ending (kind 'ending'), a signing after it in the clause: the meeting is one told already."""
    near = (*range(max(0, i - 2), i), *range(j, min(view.n, j + 2)))
    return any(_ending_verb(view, lex, k) for k in near) and any(
        t.type == "Agreement" and j <= a <= j + 6 and not any(view.toks[x].is_punct for x in range(j, a))
        for a, _b, t in hits)


_QUOTE_MARKS = frozenset('«»"„“”')


def _weapon_subject(view: SentenceView, lex: EventLexicon, i: int, ws: int) -> bool:
    """"російський дрон пошкодив", "уламки ракети зруйнували": a weapon, or the debris of one, in the nominative
    right before the verb (adjectives and the weapon's genitive between)."""
    for k in range(i - 1, max(ws, i - 5) - 1, -1):
        if view.toks[k].is_punct and view.toks[k].text not in _QUOTE_MARKS:
            return False
        if any(view.phrase_at(k, kind, lex, k + 1) for kind in ("weapon", "debris")) and (
                nominative(view, k, k + 1) or (k > ws and view.phrase_at(k - 1, "debris", lex, k))
                or (k - 1 > ws and view.phrase_at(k - 2, "debris", lex, k - 1))):
            return True
        if word_kind(view, k) not in ("adj", "noun") and view.toks[k].text not in _QUOTE_MARKS:
            return False
    return _weapon_subject_after(view, lex, i, ws)


def _launch_target(view: SentenceView, lex: EventLexicon, ws: int, we: int) -> Optional[str]:
    """"по Ізмаїлу ворог запустив дрони з боку моря": the place weapons were sent at (after
    a target preposition, lexicon kind "target", before or after the verb; "на" only with the accusative), not
    where they were launched from."""
    for k in range(ws, we - 1):
        if (view.word(k),) not in lex.words.get("target", []):
            continue
        m = view.ment.get(k + 1)
        if m and m[2] == "LOC" and m[1].entity_key and (view.word(k) not in _ON or can_be(view, k + 1, m[0], "Acc")):
            return m[1].entity_key
    return None


def _weapon_object(view: SentenceView, lex: EventLexicon, j: int, we: int) -> bool:
    """"випустив по місту дві ракети", "запустили 40 ударних дронів": a weapon noun after the verb in its clause,
    with no other verb and no sentence punctuation between (a target, numbers and adjectives may stand between)."""
    after_prep = 0  # words of a prepositional phrase still to step over ("по місту", "з підводного човна")
    for k in range(j, min(we, j + 10)):
        if view.phrase_at(k, "weapon", lex, k + 1) and not after_prep:
            return not nominative(view, k, k + 1) or can_be(view, k, k + 1, "Acc") or can_be(view, k, k + 1, "Gen")
        tok = view.toks[k]
        if tok.pos_ == "VERB" or (tok.is_punct and tok.text not in "-‑"):
            return False  # (by the tagger: "три" is also a form of "терти")
        if is_prep(view, k):
            after_prep = 1
        elif k in view.ment:
            after_prep = 0
        elif word_kind(view, k) == "noun" or tok.pos_ in ("NOUN", "PROPN"):
            if not after_prep:
                return False  # "запустити спільне виробництво ракет": the weapons are not what was sent off
            after_prep = 0
    return False


def _weapon_subject_after(view: SentenceView, lex: EventLexicon, i: int, ws: int) -> bool:
    """"котельню заводу пошкодив ворожий дрон": the object told first (a noun in the accusative, never a
    nominative, before the verb), the weapon in the nominative after it (adjectives between)."""
    if view.lang not in ("uk", "ru") or not any(
            word_kind(view, k) == "noun" and (cs := morph.cases(view.toks[k], view.lang)) and "Acc" in cs
            and "Nom" not in cs for k in range(ws, i)):
        return False
    k = i + 1
    while k < min(view.n, i + 4) and word_kind(view, k) == "adj" and view.toks[k].text[:1].islower():
        k += 1
    return k < view.n and bool(view.phrase_at(k, "weapon", lex, k + 1)) and nominative(view, k, k + 1)


def _adjective_reading(view: SentenceView, k: int) -> bool:
    return view.lang in ("uk", "ru") and any(p[1] == "ADJF" for p in morph.parses(view.lang, view.toks[k].lower_))


def _build(view: SentenceView, lex: EventLexicon, i: int, j: int, trig: Trigger, times: list[TimeExpr],
           statements: list[Statement], pub: Optional[dt.date], others: list[tuple[int, int]] = (),
           earlier: list[str] = (), just_told: list[str] = (), visit_told: bool = False) -> Optional["Found"]:
    ws, we = view.window(i, j)
    participants: list[str] = []
    place: Optional[str] = None
    fronted_targets: list[str] = []  # "Ковель атакували бетанські дрони": the town named before the verb was hit
    whither = _place_whither(view, i) if trig.weak and trig.type == "Visit" else None
    if trig.weak and trig.type == "Visit" and whither is None and not _arrival_is_visit(view, lex, i, j, we) and (
            _destination_before(view, lex, i, ws) is None or _visitor_after(view, j, we) is None):
        return None  # "прибывший на место происшествия", "прибыл работать": an arrival, not a visit
    if trig.armed and (not _weapon_subject(view, lex, i, ws) or not any(
            view.start_char(ws) <= t.start < view.end_char(we - 1) for t in times if t.value
            and (time_lexicon(view.lang).anchor(t.text) or ("",))[0] != "same")):  # ("тоді": the time told before)
        return None  # "пожежа зруйнувала склад": damage done by no weapon is no attack; nor, with no time of its
        # own, the damage an attack told of did ("уламки дронів пошкодили садок"): one told before, when dated
    if trig.launch and not _weapon_object(view, lex, j, we):
        return None  # "запустили програму": only weapons sent off make an attack
    launched_at = _launch_target(view, lex, ws, we) if trig.launch else None
    if launched_at is not None and _country_like(view.index.get(launched_at)):
        return None  # "за добу ворог спрямував на країну сотню дронів": the night's tally, no attack of its own
    if trig.type == "Visit" and any((w,) in lex.words.get("invited-stay", []) for w in view.lem[i]) \
            and not any(view.phrase_at(k, "invite", lex, we) for k in range(j, we)):
        return None  # "находится в X" is a visit only "по приглашению Y"
    invitees = _invitees(view, lex, i, ws) if trig.type == "Visit" else None
    to_place = None
    if trig.invite:
        if invitees is not None or _visit_word_after(view, lex, j, we):
            return None  # "запросив X відвідати Київ": the visit word after it is the visit
        to_place = _invited_to_a_place(view, lex, j, we)
        if to_place is None:
            return None  # "запросив посла", "запросили на консультації": no one invited to a place
        invitees = to_place[0]
    invited = invitees is not None
    if invitees == [] and not _invitation_verb_before(view, lex, i):
        invitees = None  # "X прийняв запрошення відвідати Ригу": the subject is the one to visit
    if invitees == [] and (counterpart := _counterpart_invited(view, lex, i, ws, earlier)) is not None:
        invitees = [counterpart]  # "X запросила колегу навідатися до Львова": the other party of the event just told

    def add(key: Optional[str]) -> None:
        if key and key not in participants:
            participants.append(key)

    # destination of a visit: "визит в Монголию", "візит до Китаю", "visit to China"
    def occasion_then_direction(x: int) -> bool:  # "на форум в Ригу": the occasion, then where to
        return x + 2 < we and is_prep(view, x) and x + 1 not in view.ment and word_kind(view, x + 1) == "noun" \
            and view.phrase_at(x + 2, "direction", lex, we) in view.ment

    k = to_place[1] if to_place is not None else j  # (an invitation: where to, after the invitee)
    leader = _leader_by_demonym(view, lex, j, i) if not trig.verb else None  # "визит литовского лидера"
    delegation = None
    if leader is not None:
        add(leader)
        k = j + 2  # "… в Польшу": where to, after the leader
        while k < we and k not in view.ment and view.toks[k].is_alpha and view.toks[k].text.islower() \
                and word_kind(view, k) in ("noun", "adj") and "Gen" in morph.cases(view.toks[k], view.lang) \
                and not is_prep(view, k):
            k += 1  # "візит литовського міністра енергетики до Чилі": the title's genitive words
    elif not trig.verb and (groups := _demonym_groups(view, lex, j)):
        for delegation in groups:  # "візит литовської делегації до Варшави": the state whose delegation it is
            add(delegation)
        last = j + 2 * (len(groups) - 1)  # the last group's nationality adjective
        k = (_delegation_noun(view, lex, last) or last + 1) + 1
    elif trig.verb and (b := _past_time_before(view, i, ws)) >= 2 and nominative(view, b - 1, b):
        # "Литовська делегація відвідає Варшаву", "польская и литовская делегации встретились" (a time between:
        # "литовська делегація у суботу відвідає")
        pair = _demonym_groups(view, lex, b - 4) if b >= 4 else []
        groups = pair if len(pair) == 2 else [g for g in (_demonym_group(view, lex, b - 2) or (
            _demonym_group(view, lex, b - 3) if b >= 3 else None),) if g is not None]
        delegation = groups[-1] if groups else None
        for key in groups:
            add(key)
        c = b - 3 - (1 if b >= 4 and view.word(b - 3) in _POSSESSIVE else 0)
        if len(groups) == 1 and c >= ws and view.word(c) in _COORD:
            # "X і його литовський колега підписали": the one named before joins the other state's
            participants[:0] = [key for key in _subject(view, c + 1, ws) if key not in participants]
    if trig.type == "Visit" and not trig.verb and k < we and view.word(k) in WHOSE:
        # "X, визит которой в Тверь завершится": the visitor is the relative's antecedent, then where to
        if i >= 2 and view.toks[i - 1].text == "," and (i - 2) in view.ends and view.ends[i - 2][1][2] in ("PER", "ORG"):
            add(view.ends[i - 2][1][1].entity_key)
        k += 1
    if trig.type == "Visit" and not trig.verb and k not in view.ment:
        t = k  # "визит премьер-министра Бетании X в Ладонию": the visitor's title before his name
        while t < min(k + 6, we) and t not in view.ment and (is_title(view, t) or word_kind(view, t) == "adj") \
                or (t in view.ment and view.ment[t][2] in ("ORG", "LOC") and t > k):
            t = view.ment[t][0] if t in view.ment else t + 1
        if t > k and t in view.ment and view.ment[t][2] == "PER":
            k = t
        elif t > k and is_title(view, k) and view.phrase_at(t, "direction", lex, we):
            # "візит глави МЗС Польщі до Чилі": the visitor named by a title alone, then where to
            named = [view.ment[a][1].entity_key for a in range(k, t) if a in view.ment and view.ment[a][1].entity_key]
            holder = next((h for key in named if (h := _role_holder(view, k, key))), None)
            if holder is None and named:  # "візит президента Франції до Польщі": nobody named, the state goes
                state = _state_of_party(view, named[0])
                holder = _country_entity(view, state) if state else None
            add(holder)
            k = t
    if trig.type == "Visit" and not trig.verb and k in view.ment and view.ment[k][2] == "PER" and (
            view.phrase_at(view.ment[k][0], "direction", lex, we) or occasion_then_direction(view.ment[k][0])):
        k = view.ment[k][0]  # "визит Коваля в Польшу": the visitor named between the noun and where to
    if trig.type == "Visit" and not trig.verb and occasion_then_direction(k):
        k += 2
    if trig.type == "Visit" and trig.verb:
        while k < we and view.in_time(k) and not view.phrase_at(k, "direction", lex, we):
            k += 1  # "прибувший напередодні до Латвії": a time word before where to
        if k + 1 < we and view.word(k) in _FROM and view.ment.get(k + 1) and view.ment[k + 1][2] == "LOC" \
                and view.phrase_at(view.ment[k + 1][0], "direction", lex, we):
            k = view.ment[k + 1][0]  # "вылетит из Дохи в Маскат": where from, then where to
    if trig.type == "Visit" and k < we and (k2 := view.phrase_at(k, "direction", lex, we) or _onto_a_state(view, k, we)):
        while k2 < we and k2 not in view.ment and word_kind(view, k2) == "adj" and view.word(k2).islower():
            k2 += 1  # "визит в соседнюю X"
        k2 = _past_place_noun(view, lex, k2, we)
        m = view.ment.get(k2)
        if m and m[2] == "LOC":
            if _country_like(view.index.get(m[1].entity_key)):
                add(m[1].entity_key)  # a visit to a state involves the state; a city is only the place
            place = m[1].entity_key
    tpos = view.match_positions(i, trig.lemmas, view.n, gap=trig.gap) or [i]
    gapped = len(tpos) < j - i  # "поговорил с X по телефону": X sits inside the trigger
    skip = set(tpos) | {k for k in range(i + 1, j) if gapped and morph.is_verb(view.toks[k], view.lang)}  # "угоду було укладено"
    if trig.persons and trig.verb:
        where = _venue_after(view, lex, j, we)  # "принял в загородной резиденции X канцлер Y": where, then the host
        if where is not None:
            skip |= set(range(j, where[0]))
            place = place or where[1]
    if gapped and trig.verb:
        # "утвердило на днях пакет санкций против X": the words filling the gap are not where the chain stops
        inside = {t for a, v in view.ment.items() if i < a < j for t in range(a, v[0])}
        colleague = {t for k in range(i + 2, j - 1) if view.word(k - 1) in _WITH and _demonym_group(view, lex, k)
                     for t in (k, k + 1)}  # "уклав із чилійським колегою меморандум": the colleague is a party
        skip |= {k for k in range(i + 1, j) if k not in inside and k not in colleague and not any(
            view.phrase_at(k, kind, lex, j) for kind in ("link", "agent"))}
        for k in range(i + 1, j):
            pk = _place_word(view, lex, k, j)
            pm = view.ment.get(pk) if pk else None
            if pm and pm[0] <= j and (pm[2] == "LOC" or (pm[2] == "ORG" and locative(view, pk, pm[0]))):
                skip |= set(range(pk, pm[0]))  # "подписали в Каунасе / в мэрии соглашение": where, not who
    agents: set[str] = set()
    fronted_object = trig.far and not trig.verb and gapped
    # "Договір про … X і Y підписали у Z": the object first, the signers before the verb, then where and when
    after_topic: list[str] = []  # the parties named after a short topic ("переговори щодо уряду з X")
    chain, chain_place, chain_end, counterpart = _chain_after(view, lex, j if fronted_object else (i + 1 if gapped else j),
                                                              view.n, trig, skip=skip, agents=agents)
    if fronted_object:
        signers = _subject(view, tpos[-1], i + 1)
        chain = signers + [k for k in chain if k not in signers]
    # "Після зустрічі X і Y уклали …" (not "Після переговорів із X він …": the other party is the talks' own)
    after_open = not trig.verb and trig.type in ("Meeting", "Talks", "Call") and i - ws <= 2 and view.lang != "en" \
        and _phrase_before(view, lex, "after", i, ws, reach=2) \
        and not (j < view.n and is_prep(view, j))
    if chain and not trig.verb and (_outcome_before(view, lex, i, ws) or after_open) \
            and (_nominative_only(view, j) or _runs_to_the_verb(view, chain_end)):
        # (or the names run up to the clause's verb: "За підсумками зустрічі АТ «Х» та компанія Y підписали")
        # "За підсумками переговорів міністри X і Y підписали угоду": the clause's subject, not the talks' parties
        chain, chain_place = [], None
    if trig.verb and trig.type in ("Call", "Talks", "Meeting") \
            and not any(_etype(view, c) in ("PER", "ORG") for c in chain):
        # "обсудил по телефону подготовку договора с президентом X": the other party after the topic
        stop = next((k for k in range(chain_end, we) if morph.is_verb(view.toks[k], view.lang)), we)  # (its clause only)
        w = next((k for k in range(chain_end, stop) if view.word(k) in _WITH), None)
        key = _named_after(view, w + 1, we) if w is not None and w + 1 < we and (
            w + 1 in view.ment or is_title(view, w + 1)) else None  # (not "с семьей X": X's family)
        if key is not None and _etype(view, key) != "LOC":  # "обговорили охорону річки з X": the topic's own
            chain = chain + [key]
    elif not trig.verb and trig.type in ("Talks", "Meeting", "Call") and i == ws and j < we and len(chain) <= 3 \
            and (light := _light_after(view, lex, j, we)) is not None \
            and (w := next((k for k in range(light + 1, we) if view.word(k) in _WITH), None)) is not None \
            and (key := _named_after(view, w + 1, we, coordinated=True)) is not None and _etype(view, key) == "PER" \
            and key not in chain:
        # "Переговори в X міністр Y вів у вівторок із Z": the other side after the verb (not a state the title named)
        chain = [c for c in chain if _etype(view, c) != "LOC"] + [key]
    elif not trig.verb and trig.type in ("Talks", "Meeting") and not chain and j < we \
            and (view.word(j) in _ABOUT or view.word(j) in _ABOUT_BY):
        # "переговори щодо уряду з X і Y": the parties after a short topic
        w = next((k for k in range(j + 1, min(j + 6, we)) if view.word(k) in _WITH), None)
        if w is not None and not any(view.toks[k].is_punct for k in range(j, w)):
            side = w + 2 < we and bool(view.lem[w + 2] & _SIDE)  # "… с российской стороной": the state
            chain = [k for k in _chain_after(view, lex, w + 1, we, trig)[0]
                     if _etype(view, k) in ("PER", "ORG") or (side and _country_like(view.index.get(k)))]
            after_topic = list(chain)
    for key in chain:
        ent = view.index.get(key)
        if trig.type == "Visit" and ent is not None and ent.type == "LOC":
            place = place or key  # "посетит Польшу": where the visit goes
            if not _country_like(ent):
                continue  # "visit Geneva": the city is where, not who
        add(key)
    place = place or chain_place
    if trig.type == "Call" and trig.verb and view.lang in ("uk", "ru") and not morph.infinitive(view.toks[i], view.lang):
        # (not "премьеру стоит самому позвонить": the dative of an infinitive is who is to call)
        for a in range(ws, i):  # "Увечері X-ові зателефонував Y": whom the call was made to, named first
            e, m, et = view.ment.get(a, (0, None, None))
            if et == "PER" and m.entity_key and m.entity_key not in participants \
                    and can_be(view, a, e, "Dat") and not nominative(view, a, e):
                add(m.entity_key)
    if trig.type == "Visit" and place is None and ws < i and not any(_etype(view, p) == "LOC" for p in participants):
        d = view.phrase_at(ws, "direction", lex, i)  # "В Мали министр прибыл с визитом": where to, fronted
        m = view.ment.get(d) if d is not None else None
        if m is not None and m[2] == "LOC" and m[1].entity_key and (view.word(ws) in ("до", "to") or can_be(view, d, m[0], "Acc")):
            place = m[1].entity_key
            if _country_like(view.index.get(place)):
                add(place)
    if whither is not None and place is None:
        place = whither  # "… в Y, куда прилетел": the place the clause hangs on
        if _country_like(view.index.get(whither)):
            add(whither)
    if trig.type == "Visit" and place is None and whither is None:
        place, host = _whither_body(view, ws, i)
        if host is not None and host not in participants:
            add(host)
    if trig.type == "Visit" and place is None:
        place = _city_named_before(view, lex, i, j, we)
    if trig.type == "Visit" and place is None and not any(_etype(view, p) == "LOC" for p in participants):
        place = _state_named_before(view, lex, i, j, we, participants)
        if place is not None:
            add(place)
    if trig.type == "Visit" and _country_like(view.index.get(place)):
        place = _city_of_the_state_after(view, lex, j, place) or place
    if gapped and place is None:
        for k in range(i + 1, j):  # "підписали у Берліні угоду": a place inside the trigger's gap
            pk = _place_word(view, lex, k, j)
            pm = view.ment.get(pk) if pk else None
            if pm and pm[2] == "LOC" and pm[0] <= j and (trig.verb or locative(view, pk, pm[0])):
                place = pm[1].entity_key
                break
    anaphor = _anaphor_before(view, lex, i, ws, trig)
    # "У Москві назвали поїздку X «…»": the trip told before, X's; who judges it and where take no part in it
    appraised = not trig.verb and (anaphor and any(_appraised(view, lex, k) for k in range(max(ws, i - 3), i)) or any(
        _appraised(view, lex, k) and morph.is_verb(view.toks[k], view.lang) for k in range(j, min(we, j + 4))))
    # ("В Y поездку X восприняли прохладно": the judging verb after the noun and its genitive)
    # "По итогам встречи стороны подписали", "після переговорів": the meeting or talks just told, when it names no one
    outcome = not trig.verb and not chain and (_outcome_before(view, lex, i, ws) or after_open)
    # "На полях саммита X и Y провели встречу": the summit is only the meeting's occasion
    sidelines = not trig.verb and _phrase_before(view, lex, "sidelines", i, ws, reach=4)
    if sidelines:  # "На полях саміту НАТО прем'єр X та прем'єр Y провели": the persons are the clause's subject
        chain = [k for k in chain if _etype(view, k) != "PER"]
    pointed = anaphor or outcome  # (pointing back whatever the sidelines phrase)
    anaphor = pointed or (sidelines and not chain)
    if view.lang == "en":
        for key in reversed(_en_left(view, i, ws)):
            if key not in participants:
                participants.insert(0, key)
    is_verb = trig.verb or (view.lang == "en" and i > 0 and view.word(i - 1) in _EN_VERB_BEFORE)
    light = _light_before(view, lex, i, ws, status_verbs=trig.type != "Election")  # "провести переговоры"
    if light is None and not trig.verb and not anaphor and trig.type in ("Meeting", "Call", "Talks"):
        light = _occasion_verb_before(view, i, j, ws)  # "X и Y договорились в телефонном разговоре"
    if sidelines and light is not None and not any(view.phrase_at(k, "sidelines", lex, i) == i
                                                   for k in range(max(ws, i - 4), light + 1)):
        # "X провел на полях саммита переговоры с Y": the light verb's subject is a party, the phrase only between
        sidelines, anaphor = False, pointed
    if light is not None and trig.type in ("Meeting", "Call", "Talks"):
        other = _pronoun_party(view, lex, light, i, participants)
        if other is not None:
            add(other)
        for k in range(light + 1, i - 1):  # "домовився з X про зустріч": who the verb is done with takes part
            if view.word(k) in _WITH and (k + 1) in view.ment and view.ment[k + 1][1].entity_key \
                    and view.ment[k + 1][0] < i and view.word(view.ment[k + 1][0]) in _ABOUT:
                add(view.ment[k + 1][1].entity_key)
    if not trig.verb and trig.type in ("Meeting", "Talks", "Call"):
        occur = next((k for k in range(i - 1, max(ws, i - 4) - 1, -1)
                      if any((w,) in lex.words.get("occur", []) for w in view.lem[k])), None)
        for holder in reversed(_holder_at_whom(view, occur, ws) if occur is not None else []):
            if holder not in participants:
                participants.insert(0, holder)  # "у Х відбулася довга телефонна розмова": X had it
    if trig.type in ("Meeting", "Talks", "Call", "Visit", "Agreement"):
        anchor = i if trig.verb else light
        # "разом з міністром X проведе нараду": who does it together with the subject takes part
        for k in range(max(ws, anchor - 8), anchor) if anchor is not None else ():
            after = view.phrase_at(k, "together", lex, anchor)
            if after is not None:
                add(_named_after(view, after, anchor))
    if trig.type == "Visit" and trig.verb:
        for k in range(j, min(we, j + 8)):  # "приїде до X разом із представниками Y": they come with the visitor
            after = view.phrase_at(k, "together", lex, we)
            if after is not None:
                add(_named_after(view, after, we))
                break
    if trig.verb and trig.type == "Meeting":
        other = _object_pronoun_party(view, lex, i, ws, participants)
        if other is not None:
            add(other)
    if not trig.verb and trig.type in ("Talks", "Meeting", "Call", "Contact") and not participants:
        for key in _offered_to(view, lex, i, ws):  # "Вена предлагала Вадуцу консультации": who offers, to whom
            add(key)
    attributive = trig.verb and view.lang in ("uk", "ru") and i + 1 < view.n and word_kind(view, i + 1) == "noun" \
        and any(pos == "PRTF" and "pssv" in g for _nf, pos, g, _k in morph.parses(view.lang, view.toks[i].lower_)) \
        and not any(pos == "VERB" for _nf, pos, _g, _k in morph.parses(view.lang, view.toks[i].lower_))
    # ("назвал подписанный документ …": a participle before its noun; who speaks of it did not sign it)
    needs_subject = delegation is None and not attributive and (is_verb or light is not None or (
        trig.type == "Visit" and not any(_etype(view, p) in ("PER", "ORG") for p in participants)))
    inverted = congratulated = False
    if trig.verb and trig.type in ("Visit", "Meeting", "Call", "Talks") and invitees is None \
            and not any(_etype(view, p) in ("PER", "ORG") for p in _subject(view, i, ws)):
        # "Ригу відвідала делегація X", "Тарту відвідає міністр Y": the visitor after the verb, the place before it;
        # "з X зустрівся президент Y", "X-а зустрів Y": the subject after the verb, the other party before it
        visitor = _visitor_after(view, j, we)
        if visitor is not None:
            inverted = True
            if visitor in participants:
                participants.remove(visitor)
            participants.insert(0, visitor)
            agents.add(visitor)
            if trig.type == "Visit":
                dest = _bare_place_before(view, i, ws) or _destination_before(view, lex, i, ws)
                if dest is not None:
                    place = place or dest
                    if _country_like(view.index.get(dest)):
                        add(dest)
            else:
                for key in _party_before(view, lex, i, ws):
                    add(key)
    elif trig.type == "Visit" and not trig.verb and invitees is None and (w := _with_before(view, i, ws)) is not None \
            and j < we and morph.is_verb(view.toks[j], view.lang) \
            and not any(_etype(view, p) in ("PER", "ORG") for p in _subject(view, w, ws)):
        # "до Литви з візитом поїде радник X": the verb after "з візитом" has its subject after it
        visitor = _visitor_after(view, j + 1, we)
        if visitor is not None:
            inverted = True
            participants.insert(0, visitor)
            agents.add(visitor)
            dest = _destination_before(view, lex, w, ws)
            if dest is not None:
                place = place or dest
                if _country_like(view.index.get(dest)):
                    add(dest)
    head = _participle_head(view, lex, i, j, we) if trig.type == "Visit" and trig.verb else None
    if head is None and trig.type == "Visit" and trig.verb and view.lang in ("uk", "ru") and _participle(view, i):
        head = _holder_before_comma(view, i)  # "… X-а, прибывшего в столицу"
    if trig.type == "Visit" and not trig.verb and invitees is None \
            and not any(_etype(view, p) in ("PER", "ORG") for p in participants):
        head = _participle_phrase_holder(view, i)  # "з X, який перебуває у Києві з візитом"
    if inverted:
        pass
    elif head is not None:  # "X и приехавший в Ригу с визитом премьер Y": the visitor is the noun it qualifies
        if head not in participants:
            participants.insert(0, head)
            agents.add(head)
    elif invitees is not None:
        for key in reversed(invitees):  # "X пригласил Y посетить Z": Y is the visitor, not X
            if key not in participants:
                participants.insert(0, key)
    elif needs_subject and not anaphor and not (not is_verb and _own_agent_after(view, j)) \
            and not _parties_subject(view, lex, ws, i):  # "стороны обсудили": the parties told of before
        content = not is_verb and light is None and ws > 0 and (view.word(ws - 1) in _THAT or view.word(ws) in _THAT) \
            and not (ws >= 2 and view.toks[ws - 1].text == "," and (ws - 2) in view.ends and _that_as_relative(view, ws))
        # "X запропонував провести саміт Y — Z": who proposes to hold it is not thereby a party
        proposed = light is not None and light > ws and morph.infinitive(view.toks[light], view.lang) \
            and any((w,) in lex.words.get("propose", []) for w in view.lem[light - 1])
        # "X сказал, что визит будет коротким": the speaker of a content clause is no visitor by default
        # "…, что предполагается заключить договор": an impersonal verb governs the trigger, nobody is its subject
        impersonal = trig.verb and i - 1 >= ws and morph.infinitive(view.toks[i], view.lang) \
            and morph.is_verb(view.toks[i - 1], view.lang) and view.word(i - 1).endswith(("ся", "ться")) \
            and "Plur" not in view.toks[i - 1].morph.get("Number") and view.lang in ("uk", "ru")
        # "її візит": whose visit the possessive says, not the subject of the clause before
        possessor = _possessor(view, i) if not trig.verb and i > ws and trig.type in ("Election", "Visit") else None
        found = [possessor] if possessor else [] if proposed else _subject(view, i, ws) if content or impersonal \
            else _subject(view, light if light is not None else i, ws) \
            or _subject_after_gerund_phrase(view, i, ws, we) or _subject_or_fallback(view, light if light is not None else i, ws)
        if trig.verb and not found and not proposed and not possessor and ws > 0 \
                and (view.word(ws - 1) in _THAT or view.word(ws) in _THAT):
            found = _speaker_of_a_subjectless_clause(view, ws, i)
        if trig.type == "Attack" and trig.verb and _demonym_subject_after(view, j, we):
            # "завод обстреляли бетанские дроны": the subject comes after; a name before the verb in its clause is
            # the target, none from elsewhere
            found = [key for key in found if any(a >= ws and a < i and v[1].entity_key == key for a, v in view.ment.items())]
            fronted_targets.extend(key for key in found if _etype(view, key) == "LOC")  # (the town attacked)
        if trig.type == "Attack" and trig.verb:
            # "Чортків атакували вночі": a town does not strike; before an attack verb it is the object
            fronted_targets.extend(key for key in found if _etype(view, key) == "LOC"
                                   and not _country_like(view.index.get(key)) and key not in fronted_targets)
        for key in found:
            if key not in participants:
                participants.insert(0, key)
                if key not in fronted_targets:
                    agents.add(key)
    prep = i - 1 if i > 0 and view.word(i - 1) not in _FRAME else i - 2
    if trig.type == "Election":
        # "победил в первом туре (парламентских) выборов": the round, its ordinal and adjectives stand between
        # the preposition and the trigger
        k = i - 1
        while k > ws and (word_kind(view, k) == "adj" or (view.in_time(k) and word_kind(view, k - 1) != "noun")):
            k -= 1  # "на прошедших в субботу выборах": a participle's time inside the phrase
        if k > ws and view.word(k) in _ROUND:
            k -= 1
            while k > ws and (word_kind(view, k) == "adj" or "Ord" in view.toks[k].morph.get("NumType") or any(
                    pos == "ADJF" for _nf, pos, _g, _k in morph.parses(view.lang, view.toks[k].lower_))):
                k -= 1  # "у другому турі", "у першому турі": an ordinal the dictionary also reads as a noun
        if k >= ws and is_prep(view, k):
            prep = k
    fronted = not trig.verb and not anaphor and prep >= 0 and is_prep(view, prep)
    if fronted and trig.type in ("Meeting", "Call", "Talks") and (prep - 1) in view.ends \
            and not any(_etype(view, p) == "PER" for p in participants):
        # "X в телефонном разговоре поздравил Y": the subject right before the phrase
        s0, (e0, m0, t0) = view.ends[prep - 1]
        for key in ([m0.entity_key] if t0 == "PER" and m0.entity_key and all_nominative(view, s0, e0) else []):
            if key not in participants:
                participants.insert(0, key)
            # "… поздравил Y с победой": the person the verb right after the phrase is addressed to
            if trig.type == "Call" and j < we and morph.is_verb(view.toks[j], view.lang) and (j + 1) in view.ment \
                    and view.ment[j + 1][2] == "PER" and view.ment[j + 1][1].entity_key \
                    and any(can_be(view, j + 1, view.ment[j + 1][0], c) for c in ("Acc", "Dat")):
                add(view.ment[j + 1][1].entity_key)
    if fronted and trig.type == "Election" and any(view.phrase_at(k, "candidate", lex, i) for k in range(ws, prep)):
        # "X победил на президентских выборах": who wins, loses or runs is a participant
        k0 = next(k for k in range(ws, prep) if view.phrase_at(k, "candidate", lex, i))
        for key in _subject(view, k0, ws):
            if key not in participants:
                participants.insert(0, key)
    if fronted and trig.type == "Election" and not any(_etype(view, p) in ("PER", "ORG") for p in participants):
        for key in _winner_of_the_victory(view, lex, ws, prep, i):
            if key not in participants:
                participants.insert(0, key)
    if not fronted and not trig.verb and trig.type == "Election" \
            and not any(_etype(view, p) in ("PER", "ORG") for p in participants):
        # "Партия X выиграла парламентские выборы": the subject of the candidate verb the election is the object of
        k = i - 1
        while k > ws and (word_kind(view, k) == "adj" or view.in_time(k)):
            k -= 1
        if k - 1 > ws and any((w,) in lex.words.get("result", []) for w in view.lem[k]) and is_prep(view, k - 1):
            k -= 2  # "X стала першою за підсумками голосування": the verb before the results

        k0 = next((x for x in range(max(ws, k - 2), k + 1) if view.phrase_at(x, "candidate", lex, i)), None)
        if k0 is not None:
            for key in _subject(view, k0, ws) or _subject_before_parenthesis(view, ws):
                if key not in participants and _etype(view, key) in ("PER", "ORG"):
                    participants.insert(0, key)
    if fronted and trig.type == "Election" and not any(_etype(view, p) in ("PER", "ORG") for p in participants):
        # "На выборах в Литве победила партия X": the candidate verb after the phrase, its subject after it
        k0 = next((k for k in range(j, min(j + 8, we)) if view.phrase_at(k, "candidate", lex, we)
                   and not any(view.toks[x].is_punct for x in range(j, k) if x not in view.time_pos)), None)
        if k0 is not None and not any(view.toks[k].is_punct for k in range(j, k0)
                                      if not any(a <= k < b for a, b in view.time_pos.items())):
            winner = _visitor_after(view, view.phrase_at(k0, "candidate", lex, we), we)
            if winner is None:  # "На виборах 2024 року N-VA посіла перше місце": the subject before the verb
                winner = next((view.ment[k][1].entity_key for k in range(j, k0) if k in view.ment
                               and view.ment[k][2] in ("PER", "ORG") and all_nominative(view, k, view.ment[k][0])), None)
            if winner is not None and _etype(view, winner) in ("PER", "ORG"):
                participants.insert(0, winner)
    in_call = trig.type == "Call" and not trig.verb and view.word(prep) in ("в", "у", "во") and prep > ws \
        and not view.ment.get(prep - 1) and (prep - 1) not in view.ends  # "подякував Y за допомогу в телефонній розмові"
    if fronted and trig.type in ("Meeting", "Call", "Talks") and i > 0 and (view.word(i - 1) in _FRAME or in_call) \
            and not any(_etype(view, p) == "PER" for p in participants):
        # "обговорить це з X під час зустрічі": who the clause's verb is done with, and its subject
        withs = [(k, key) for k in range(ws, prep) if view.word(k) in _WITH
                 and (key := _named_after(view, k + 1, prep)) is not None]
        if not withs:
            # "X подякував президентові Y під час телефонної розмови": the person the verb is addressed to
            verb = next((k for k in range(ws, prep) if morph.is_verb(view.toks[k], view.lang)), None)
            if verb is not None:
                objs = [(verb, v[1].entity_key) for a, v in sorted(view.ment.items())
                        if verb < a < prep and v[2] == "PER" and v[1].entity_key
                        and not all_nominative(view, a, v[0])]
                withs = objs[:1]  # the subject is sought before the verb
        if withs:
            for _k, key in withs:
                add(key)
            for key in _subject_or_fallback(view, withs[0][0], ws):
                if key not in participants:
                    participants.insert(0, key)
    if fronted and trig.type in ("Meeting", "Call", "Talks") and chain and prep - 1 >= ws \
            and not view.ment.get(prep - 1) and (prep - 1) not in view.ends \
            and not any(view.word(prep - 1) == seq[-1] or seq[-1] in view.lem[prep - 1] for seq in lex.words.get("participate", [])) \
            and not (view.word(prep) in _ABOUT and word_kind(view, prep - 1) == "noun"):
        # "X погодив умови в телефонній розмові з Y": the clause's subject is the other party (not in "X спростував
        # повідомлення про зустріч Y з Z": the meeting is what the reports are about)
        for key in _subject(view, prep, ws):
            if key not in participants:
                participants.insert(0, key)
    if fronted and trig.type in ("Meeting", "Call", "Talks") and chain and chain_end < view.n \
            and morph.is_verb(view.toks[chain_end], view.lang) and morph.tense(view.toks[chain_end], view.lang) is not None:
        # "X на зустрічі з Y наголосив", "X, який очолює Z, на зустрічі з Y наголосив": the phrase stands between the
        # subject and its verb; the subject takes part
        before = _subject_before_inserted(view, prep)
        if before is not None and before not in participants:
            participants.insert(0, before)
    own_title = j < view.n and is_title(view, j) and j not in view.ment and "Plur" in view.toks[j].morph.get("Number")
    if fronted and not any(_etype(view, p) == "PER" for p in participants if p not in chain) and not own_title \
            and not any(morph.is_verb(view.toks[t], view.lang) for t in range(ws, prep)):
        # (not when the noun names its own parties by title: "накануне переговоров министров X обсудил …")
        # "На встрече с X Y заявил", "Під час візиту до X Y підписав": the subject after the phrase (not after
        # "…, який відмовився їхати на саміт, …": a phrase closing its clause is no fronted one)
        key = _subject_after(view, min(chain_end, view.n), we if we > chain_end else view.n)
        if key and key not in participants:
            participants.insert(0, key)
    if not trig.verb and not fronted and trig.type in ("Meeting", "Call", "Talks") and view.lang in ("uk", "ru") \
            and all(word_kind(view, k) == "adj" for k in range(ws, i)) and chain_end < we \
            and not any(_etype(view, p) == "PER" for p in participants if p not in chain):
        # "Телефонну розмову з X провела в середу Y": the noun fronted as the object, its support verb after
        # its parties, and the subject after that verb
        light_at = chain_end if any((w,) in lex.words.get("light", []) for w in view.lem[chain_end]) else None
        if light_at is not None and morph.tense(view.toks[light_at], view.lang) is not None:
            key = _visitor_after(view, light_at + 1, we)
            if key and _etype(view, key) in ("PER", "ORG") and key not in participants:
                participants.insert(0, key)
    at = i - 1
    while at > ws and word_kind(view, at) == "adj":
        at -= 1  # "на міжнародній конференції"
    if not trig.verb and not anaphor and trig.type in ("Meeting", "Talks") and not participants and at >= ws \
            and is_prep(view, at) and view.phrase_at(at, "place", lex, i) and not _borrowed_subject(view, lex, ws, at):
        # "Банк розгляне програму на засіданні 5 травня", "X і Y відкрили кластер на конференції": the clause's
        # subject takes part in the meeting its verb is done at
        verb = next((k for k in range(at - 1, ws - 1, -1) if morph.is_verb(view.toks[k], view.lang)), None)
        for key in ((_subject(view, verb, ws) or _relative_antecedent(view, ws)) if verb is not None else []):
            add(key)  # (the verb's subject, not its object; "Комітет X, який вивчить скаргу на засіданні": X)
        if verb is None:  # "Сейм у вівторок на засіданні схвалив": the subject before, its verb after
            add(_subject_before_phrase(view, at, ws, we))
    if not trig.verb and trig.type in ("Meeting", "Talks") and not participants:
        # "окрему конференцію провела Кенія": the subject after the support verb that follows the noun
        after = _light_after(view, lex, j, we)
        if after is not None and morph.is_verb(view.toks[after], view.lang):
            add(_visitor_after(view, after + 1, we))
            m = view.ment.get(after + 1)
            if not participants and m and m[2] == "LOC" and _country_like(view.index.get(m[1].entity_key)) \
                    and nominative(view, after + 1, m[0]):
                add(m[1].entity_key)  # "конференцію провела Кенія": a state holds it
    if not trig.verb and trig.type in ("Meeting", "Call", "Talks") and j + 1 < we and view.word(j) in _WITH \
            and view.phrase_at(j + 1, "pronoun-party", lex, we):
        add(_last_other_person(view, j + 1, set(participants)))  # "консультации с ним начнет X": him, then X
    if trig.type in ("Election", "Visit") and not trig.verb and i > 0 and view.word(i - 1) in _POSSESSIVE \
            and not any(_etype(view, p) == "PER" for p in participants):
        key = _possessor(view, i)  # "після його обрання": whose election
        if key:
            participants.insert(0, key)
    if trig.type in INTERACTIONS and not trig.verb and i > 0 and view.word(i - 1) in _POSSESSIVE \
            and len(participants) < 2:
        key = _possessor(view, i)  # "его переговоры с X": whose talks, with X
        if key and key not in participants:
            participants.insert(0, key)
    if not trig.verb:  # "Между X и Y прошли переговоры": the parties named before the trigger
        for k in range(ws, i):
            if view.word(k) in _BETWEEN:
                for key in _chain_after(view, lex, k, i, trig)[0]:
                    add(key)
                break
    if trig.type in ("Call", "Meeting", "Talks"):
        for key in _inviting(view, lex):  # "в ходе разговора X пригласил Y посетить Z": X and Y talked
            add(key)
    if trig.type in ("Talks", "Meeting", "Agreement", "Ceasefire", "Call"):
        for k in range(ws, we):  # "X и Y при посредничестве Z начали переговоры"
            if trig.elaborate and k >= j:
                break  # "обсудили поставки зерна при посредничестве Z": the mediator of the topic, not of the talk
            e = view.phrase_at(k, "mediator", lex, we)
            if e is not None and e in view.ment and view.ment[e][1].entity_key:
                add(view.ment[e][1].entity_key)
    for key in _taking_part(view, lex, ws, view.n, i):
        if key not in participants:
            participants.append(key)
    sides = _parties_at(view, lex, ws, we) if earlier and delegation is None and trig.type != "Election" and not any(
        _etype(view, p) in ("PER", "ORG") for p in participants) else None
    leaders = False
    side_states: list[str] = []
    sides_to_agree = False
    if sides is not None:
        # "Стороны договорились о новой встрече": the parties of the event just told of; "лидеры": its persons
        leaders = _leaders_noun(view, lex, sides) and sum(_etype(view, p) == "PER" for p in earlier) >= 2
        of_parties = _states_of_the_parties(view, earlier)
        states = of_parties if _two_states_named(view, lex, sides[1], min(sides[1] + 2, we), we) \
            or _state_noun_heads(view, sides) else []
        signed = any(w in lex.documents or w in _SIGN_VERBS for k in range(i, min(j + 1, view.n)) for w in view.lem[k])
        if trig.type == "Agreement" and signed and view.lem[sides[1] - 1] & _SIDE_NOUNS and not leaders \
                and len(of_parties) == 2:  # (not who discussed or agreed: "сторони домовилися")
            side_states = of_parties  # "стороны подписали": in the end, the two states
        sides_to_agree = trig.type == "Agreement" and bool(view.lem[sides[1] - 1] & _SIDE_NOUNS) and not leaders
        if len(states) == 2:  # "министры двух стран подписали": others of those states sign for them
            for key in states:
                add(key)
        for key in earlier if len(states) != 2 else ():
            if not leaders or _etype(view, key) == "PER":
                add(key)
    if trig.type == "Election" and not any(_etype(view, p) == "PER" for p in participants):
        winner = _congratulated(view, lex, ws, i)  # "поздравил Иванова с победой на выборах", "поздравил его с переизбранием"
        if winner:
            participants.insert(0, winner)
            congratulated = True
    if not participants and earlier and trig.type == "Agreement" and trig.far and not trig.verb \
            and any((w,) in lex.words.get("result", []) for w in view.lem[i]):
        participants.extend(earlier)  # "Итогом беседы стал меморандум": the parties of the meeting it ended
    if not participants and earlier and trig.type == "Agreement" and not trig.verb and _ended_with(view, lex, ws, i, others):
        participants.extend(earlier)  # "Беседа закончилась подписанием плана": the parties of the meeting it ended
    if not participants and just_told and not trig.verb and not anaphor \
            and trig.type in ("Talks", "Meeting") and nominative(view, i, j) \
            and all(word_kind(view, k) == "adj" for k in range(ws, i)) \
            and not any(view.phrase_at(k, "sequel", lex, i + 1) for k in range(ws, i)):
        # "X и Y договорились о … . Переговоры прошли вчера в Риге": the talks of the parties just told of
        # (the clause opens with it: its subject; "Следующая сессия" is another one, whose parties _sequel finds)
        participants.extend(just_told)
    suffered: list[str] = []  # "X зазнав удару": the targets the subject names
    suffer = None
    if trig.type == "Attack" and not trig.verb:  # (also with the attacker after the noun: "під ударом Бетанії")
        suffer = next((k for k in range(i - 1, max(ws, i - 4) - 1, -1)
                       if any((w,) in lex.words.get("suffer", []) for w in view.lem[k])
                       and morph.is_verb(view.toks[k], view.lang)), None)
        if suffer is not None and all(word_kind(view, k) == "adj" or (k == suffer + 1 and view.word(k) in _UNDER)
                                      for k in range(suffer + 1, i)):  # ("потрапило під ракетний удар")
            for key in _subject(view, suffer, ws):  # "Ніжин зазнав удару дронів": the subject is the target
                add(key)
                suffered.append(key)
                agents.discard(key)
    if trig.type == "Attack":
        by_demonym = _demonym_agent(view, i, ws, trig) or (
            _demonym_agent(view, light, ws, trig, verb=True) if light is not None and not trig.verb else [])
        if not by_demonym and trig.verb:
            by_demonym = _demonym_subject_after(view, j, we)  # "склад обстріляли бетанські дрони"
        if not by_demonym and not trig.verb:
            by_demonym = _demonym_genitive_after(view, j, we)  # "зазнало удару бетанських дронів"
        if not by_demonym and not trig.verb:
            by_demonym = _state_genitive_after(view, j)  # "опинився під ударом Бетанії": the state that struck
        if not by_demonym and not trig.verb:
            # "Удар по селищу бетанці завдали 3 квітня": the support verb after the noun, its subject between
            after = _light_after(view, lex, j, we)
            if after is not None:
                by_demonym = _demonym_agent(view, after, j, trig, verb=True)
                if not by_demonym:
                    # "Атаку здійснило угруповання X": the subject after the support verb attacked
                    agent = _visitor_after(view, after + 1, we)
                    by_demonym = [agent] if agent else []
        if not by_demonym and suffered:
            by_demonym = _launcher_after(view, lex, j)  # "X зазнав удару: армія Y скинула на місто бомби"
        claimer = _claimed_by(view, lex, ws, we) or (_attacker_named(view, lex, ws, we) if not by_demonym else None) \
            or (_enemy_subject(view, lex, ws, we) if not by_demonym else None)
        if claimer is not None:  # "Ответственность за подрыв взяла на себя X": X carried it out
            by_demonym = [claimer]
            participants[:] = [p for p in participants if _etype(view, p) == "LOC"]
        for key in by_demonym:
            if key not in participants:
                participants.insert(0, key)
            agents.add(key)
        if agents & set(participants):
            # an attack has its attacker when the text names one, else its targets; a targeted
            # city or country is where it happened ("Бетания обстреляла Харьков")
            town = None
            for key in [p for p in participants if (p in chain or p in suffered or p in fronted_targets)
                        and p not in agents]:
                if _etype(view, key) == "LOC":
                    # "атаковали Бровары в Киевской области": the town attacked is where, not its region
                    # (the first one named: "по Броварах на Київщині")
                    if not _country_like(view.index.get(key)) and (town is None or (
                            not _after_place_prep(view, lex, key, j) and not _coordinated_or_region(view, key, j))):
                        town = key  # (a later town in the genitive is the one the districts are of: "районах Львова";
                        # not a place coordinated with the first, nor the region after it: "у X та Y-ському районі Z-ської області")
                    place = town or place or key
                participants.remove(key)
            place = _first_of_coordinated(view, lex, place, j)
        else:
            # "атака дронов армии X на Курскую область": the attacker named in the genitive, the region
            # attacked is where; with no attacker the city or region attacked stays the target and is also where
            towns = [p for p in participants if _etype(view, p) == "LOC" and not _country_like(view.index.get(p))]
            if towns:
                place = place or towns[0]
                if any(_etype(view, p) in ("ORG", "PER") for p in participants):
                    for key in towns:
                        participants.remove(key)
    where = _where_clause(view, ws)
    if where is not None and trig.type in ("Meeting", "Talks", "Agreement"):
        place = place or where[0]  # "поїде до Відня, де зустрінеться з …": in that town
        if trig.verb and not any(_etype(view, p) == "PER" for p in participants):
            for key in _subject(view, where[1], 0, persons_only=True):  # who goes there holds them
                participants.insert(0, key)
    if trig.type in ("Meeting", "Talks") and not trig.verb and place is None:
        host = next((k for k in range(i - 1, max(ws, i - 6) - 1, -1)
                     if any((w,) in lex.words.get("host", []) for w in view.lem[k]) and morph.is_verb(view.toks[k], view.lang)), None)
        if host is not None:
            city = next((key for key in _subject(view, host, ws) if _etype(view, key) == "LOC"), None)
            if city is not None:
                place = city  # "Берлін прийняв зустріч": where it took place
    if trig.type != "Attack" and not trig.verb:
        for key in _compound_demonyms(view, i, ws):
            add(key)  # "российско-американские консультации": both states take part
    if trig.type == "Attack" and not trig.verb:
        for st in statements:  # "X опроверг сообщения об ударе по Y": who speaks of an attack did not strike
            if st.start <= view.start_char(i) < st.end and st.speaker_key in participants \
                    and _etype(view, st.speaker_key) == "PER":
                participants.remove(st.speaker_key)
                agents.discard(st.speaker_key)
    if trig.type == "Attack":
        for n, key in enumerate(participants):
            state = _state_of_forces(view, lex, key)
            if state is not None:  # "Армія Бетанії завдала удару": the state attacked
                participants[n] = state
                agents.discard(key)
                agents.add(state)
        participants[:] = list(dict.fromkeys(participants))
    if launched_at is not None:
        place = launched_at  # (where the weapons were sent, not where from)
        if len(participants) > 1 and launched_at in participants:
            participants.remove(launched_at)
    result_of = not trig.verb and _phrase_before(view, lex, "result", _adjectives_before(view, i, ws), ws, reach=1)
    if result_of:
        # "В X итоги голосования встретили сдержанно", "итоги референдума огласят в пятницу": the results were met
        # there, or are told then; only a place or time in the noun's own phrase is the event's, and it is over
        place = place or _place(view, lex, i, j, i, we, min(chain_end, we))
    elif trig.verb and trig.type == "Agreement" and j < we and morph.infinitive(view.toks[j], view.lang):
        # "договорились собирать тракторы в Зимбабве": a place after the infinitive is where that is to be done
        place = place or _place(view, lex, i, j, ws, j, j, seats=True)
    else:
        pwe = _end_of_the_said(view, statements, i, we)
        place = place or _place(view, lex, i, j, ws, pwe, min(chain_end, pwe), topic_after=trig.elaborate,
                                topic_by=trig.type != "Attack", seats=trig.type in _HELD_IN_A_SEAT)
    if place is None and trig.type in _HELD_IN_A_SEAT:
        place = _place_before_participle_phrase(view, lex, ws)
    # "вибори до фолькетингу": in the parliament's state, when no mention of the election says where (after merging)
    body_state = _state_of_the_body_elected(view, lex, j) if place is None and trig.type == "Election" and not trig.verb \
        else None
    if place is None and trig.type in ("Attack", "Visit", "Meeting", "Talks"):
        place = _town_told_before(view, lex, ws, we)
    sent = view.sent
    done = trig.verb and morph.tense(view.toks[i], view.lang) == "past"
    times = [t for t in times if _dates_the_noun(view, t, i) or (
             not _period_of_a_thing(view, lex, t, done) and not _in_relative_clause_of_another_noun(view, i, j, trig, t))]
    times = [t for t in times if not _bound_only(view, lex, t)]
    tail = min(chain_end + 3, view.n) if chain_end > we else we  # a time right after an apposition chain
    if trig.elaborate:  # "обсудили урожай зерна в 2031 году": a time after the object is the topic's
        tail = next((k for k in range(j, tail) if k not in view.ment and word_kind(view, k) == "noun"
                     and not view.in_time(k)), tail)
        times = [t for t in times if not (view.end_char(tail - 1) < t.start < view.sent.end_char)]
    if result_of:  # the noun's own phrase ends at the clause's verb ("итоги выборов 2024 года объявят …")
        tail = next((k for k in range(j, tail) if morph.is_verb(view.toks[k], view.lang)), tail)
    time = _time(times, view.start_char(i if result_of else ws), view.end_char(tail - 1), view.start_char(i),
                 view.end_char(j - 1), sent)
    said = _statement(statements, view.start_char(i), sent)
    if time is not None and said is not None and not (said[0] <= time.start < said[1]):
        time = None  # "told reporters on Thursday that ... the talks": the day of the saying, not of the talks
    if time is None and not result_of:
        time = _sentence_time(times, view, i, j, _statement(statements, view.start_char(i), sent), others,
                              [(st.start, st.end) for st in statements])
    if time is None and not result_of:
        time = _time_of_the_main_clause(view, times, ws)
    if not trig.verb:
        time = _time_of_participle_after(view, times, j, tpos[-1]) or time
    if congratulated:
        time = None  # "в пятницу поздравил X с избранием": the day of the congratulation, not of the election
    if time is not None and time.granularity == "datetime" and time.value:
        # an event is dated by its day ("вчора близько 07:30 обстріляли селище"): the hour stays in the sentence
        time = dataclasses.replace(time, value=time.value[:10], granularity="day")
    start, end = view.start_char(i), view.end_char(j - 1)
    in_statement = _statement(statements, start, view.sent)
    borrowed = False
    if anaphor and not participants and not view.ment and in_statement is None:
        participants.extend(_previous_subject(view, statements))
        borrowed = bool(participants)  # "Эти переговоры ...": who held them, said before
    # a relative clause on another noun ("атаку совершили террористы, которые хотят ...") does not
    # tell the event's status; one right after the trigger or its participants does ("встреча, которая состоится")
    rel = next((k for k in range(_after_the_event_noun(view, i, j, trig, max(j, min(chain_end, we))), we)
                if _relative_at(view, k) and not _relative_on_the_event_noun(view, i, j, trig, k)), None)
    status = "occurred" if result_of and time is None else \
        _status(view, lex, i, j, ws, rel if rel is not None else we, trig, time, pub, others)
    if invited and status == "occurred":
        status = "planned"  # an invitation to visit is a visit to come
    if status == "occurred" and in_statement is not None and _denied_by_the_cue(view, lex, statements, start):
        status = "denied"  # "спростував, що X зустрічався з Y": what the speaker denies did not take place
    _title_holders(view, j, max(we, min(chain_end, view.n)), participants)
    _drop_title_bodies(view, participants)
    if trig.type in INTERACTIONS:
        _drop_named_plants(view, participants)
    if trig.type in INTERACTIONS and in_statement is not None and ((
            len(participants) == 1 and _after_counterpart_prep(view, lex, j, we)
            and _counterpart_named_after(view, participants[0], j, we)) or (after_topic and participants == after_topic)):
        # ("проведе переговори щодо уряду з X і Y": with the parties after the topic too)
        # ("по словам X, Y проведет с членами Z заседание": the clause's own subject, not the speaker)
        side = next(iter(_subject(view, i, ws, persons_only=True)), None) or _speakers_side(
            view, statements, start, participants[0])
        if side is not None and side not in participants:  # "заявила, что встреч с бетанской стороной не будет": her
            participants.insert(0, side)  # side's
    if trig.type == "Meeting" and trig.verb and any(
            (w,) in lex.words.get("summon", []) for k in range(i, j) for w in view.lem[k]):
        body = None if any(_etype(view, p) == "ORG" for p in participants) else _summoned_to(view, lex, ws, we)
        if body is not None:  # "В МИД X вызвали посла Y": the ministry summons
            participants.insert(0, body)
        if not any(_country_like(view.index.get(p)) for p in participants):
            # "вызвал временного поверенного в делах Y": the state the envoy represents
            state = next((v[1].entity_key for a, v in sorted(view.ment.items()) if j <= a < we and v[2] == "LOC"
                          and _country_like(view.index.get(v[1].entity_key))), None)
            if state is not None:
                participants.append(state)
        _summoned_envoy(view, participants)
    if trig.type == "Visit" and trig.verb and delegation is None and not any(
            _etype(view, p) in ("PER", "ORG") for p in participants):
        official = _official_subject(view, lex, i, ws)  # "естонський міністр енергетики може відвідати Львів"
        if official is not None:
            participants.insert(0, official)
            delegation = official
    if not trig.verb and light is not None and trig.type in ("Talks", "Meeting", "Call") and not any(
            _etype(view, p) in ("PER", "ORG") for p in participants) and not any(
            k < light and v[1].entity_key in participants and _country_like(view.index.get(v[1].entity_key))
            for k, v in view.ment.items()):
        # "эстонский министр юстиции проведёт переговоры с X" (no state of the parties named before the verb): the
        # official, else his state, talks
        official = _official_subject(view, lex, light, ws)
        if official is not None and official not in participants:
            participants.insert(0, official)
    if in_statement is not None and (trig.type in INTERACTIONS or trig.type == "Visit") and not any(
            _etype(view, p) in ("PER", "ORG") for p in participants) and delegation is None:
        speaker = _speaker_going_on(view, statements, start, i if trig.verb else light, ws)
        if speaker is not None:  # "X подтвердил, что визит совершит в Ташкент": X, the clause naming no one else
            participants.insert(0, speaker)
    guest_arrives = trig.weak and trig.verb and visit_told and _guest_noun(view, lex, ws, i) is not None
    if guest_arrives:
        participants[:] = [p for p in participants if not _country_like(view.index.get(p))
                           or p == getattr(view.index.get(place), "country_key", None)]  # ("бразильский гость": no state)
    if trig.weak and not any(_etype(view, p) in ("PER", "ORG") for p in participants) and delegation is None \
            and not guest_arrives:  # ("гость отправится в X": the visitor told before, see _guest_is_the_visitor)
        return None  # "дед министра уехал в Канаду": an arrival or departure of nobody named (a state's delegation
        # is someone: "перуанская делегация отправится в Казань")
    if trig.persons and trig.verb and sum(_etype(view, p) == "PER" for p in participants) == 1:
        guest = _guest_before(view, i, ws)  # "Зранку X прийняв у резиденції канцлер Y": the guest first
        if guest is not None and guest not in participants:
            participants.append(guest)
    guest_state = None
    if trig.persons and trig.verb and counterpart and sum(_etype(view, p) == "PER" for p in participants) == 1:
        guest_state = _state_of_an_unnamed_official(view, j, we)  # "принял посла Эстонии": the state received
        if guest_state is not None and guest_state not in participants:
            participants.append(guest_state)
    if trig.persons and trig.verb and guest_state is None and sum(_etype(view, p) == "PER" for p in participants) == 1:
        guest_state = _delegation_received(view, ws, we)  # "бетанскую делегацию принял президент X": that state
        if guest_state is not None and guest_state not in participants:
            participants.append(guest_state)
    if trig.persons and trig.verb and guest_state is None and sum(_etype(view, p) == "PER" for p in participants) == 1:
        guest_state = _delegation_guest(view, ws, we)  # "принял делегацию Конгресса X", "делегацію прийняв король"
        if guest_state is not None and guest_state not in participants:
            participants.append(guest_state)
    if trig.persons and trig.verb and guest_state is None and sum(_etype(view, p) == "PER" for p in participants) == 1:
        guest_state = _body_of_an_unnamed_head_received(view, j, we)  # "примет руководителя агентства": the body it heads
        if guest_state is not None and guest_state not in participants:
            participants.append(guest_state)
    if trig.persons and trig.verb and guest_state is None and sum(_etype(view, p) == "PER" for p in participants) <= 1:
        body = _unnamed_head_of_a_body_after(view, j, we)  # "Кулебу прийняв голова Федеральної ради X"
        guest = _guest_before(view, i, ws) if body is not None and not any(
            _etype(view, p) == "PER" for p in participants) else None
        if body is not None and (guest is not None or any(_etype(view, p) == "PER" for p in participants)):
            guest_state = body
            participants[:] = [p for p in participants + [guest, body] if p]
    if trig.persons and sum(_etype(view, p) == "PER" for p in participants) < 2 and guest_state is None and not (
            trig.verb and visit_told and (_guest_noun(view, lex, ws, we) is not None
                                          or _visitors_noun(view, lex, ws, we) is not None)):
        return None  # "принял закон", "прийняв рішення": no guest received ("гостю прийняла X" after a visit was
        # told: the guest is its visitor, see _guest_is_the_visitor)
    if trig.joint and len(participants) < 2:
        return None  # "уряд затвердив план": one body's own decision, no agreement between parties
    if trig.type == "Election" and trig.verb and len(trig.lemmas) > 1 and not any(
            view.toks[k].like_num or view.toks[k].pos_ == "NUM" for k in range(i + 1, j - 1)):
        return None  # "отримала від виборців мандат": a mandate, not seats counted ("здобула 37 мандатів")
    if trig.type == "Election" and trig.verb and len(trig.lemmas) == 1 and "Part" not in view.toks[i].morph.get("VerbForm") \
            and not trig.lemmas[0].endswith(("ся", "сь")) and not any(
            is_title(view, k) or (k in view.ment and view.ment[k][2] != "LOC") for k in range(j, min(j + 2, view.n))) \
            and not _state_elected_member(view, j) and not _elected_named_before(view, ws, i):
        return None  # "країна обрала свій шлях", "обрав Відень місцем саміту": choosing a thing or a place, no election
        # (one elects someone, or to an office)
    if trig.type == "Election" and trig.verb and j in view.ment and view.ment[j][1].entity_key in participants \
            and any(can_be(view, t, t + 1, "Acc") for t in range(j, view.ment[j][0])):  # (a woman's surname is Nom only)
        # "Сейм обрав X президентом", "Генасамблея обрала Ірландію до складу Ради": who is elected takes part, not the
        # body electing (nor the body a seat is won in)
        elected = view.ment[j][1].entity_key
        electors = {view.ment[k][1].entity_key for k in range(ws, i) if k in view.ment and view.ment[k][2] != "PER"}
        seat = {view.ment[k][1].entity_key for k in range(view.ment[j][0], we) if k in view.ment} \
            if _state_elected_member(view, j) else set()
        participants[:] = [p for p in participants if p == elected or p not in electors | seat]
    if trig.type == "Sanctions":
        _adopted(view, lex, i, j, ws, participants)
        if not participants and ws >= 2 and view.toks[ws - 1].text == "," and view.lem[ws] & RELATIVE \
                and not _nominative_relative(view, ws) and (ws - 2) in view.ends:
            # "X внес в список депутатов Y, которым запрещен въезд": Y is banned, the main clause's subject bans
            participants.extend(k for k in _subject(view, ws - 1, 0)[:1] + [view.ends[ws - 2][1][1].entity_key] if k)
        if len(participants) < 2:  # "запретила въезд литовским депутатам", "потолок цен на норвежский газ"
            target = _demonym_after(view, j, we)
            if target is not None and target not in participants:
                participants.append(target)
    if trig.type == "Election" and place is None and not participants:
        place = _voters_state(view, lex, i, ws) or _officials_state(view, lex, statements, start, i, ws)
    if delegation is None:
        _states_for_places(view, trig.type, participants, place)
    elif trig.type == "Visit" and place is not None:
        host = getattr(view.index.get(place), "country_key", None)  # "делегації до Києва": Ukraine is visited
        key = _country_entity(view, host) if host and host != delegation else None
        if key and key not in participants:
            participants.append(key)
    if trig.verb and len(trig.lemmas) > 1 and trig.type == "Meeting":
        state = _demonym_after(view, i + 1, j)  # "викличе російського посла": the state the ambassador stands for
        if state is not None and state not in participants:
            participants.append(state)
    if sidelines:
        participants[:] = [p for p in participants if p in chain]  # the clause's subject meets on its sidelines
    if trig.type == "Sanctions":
        before = [k for k in (i - 1, i - 2) if k >= 0 and all(word_kind(view, x) == "adj" for x in range(k, i))]
        for k in before + list(range(i, j)):  # "антироссийские ограничения": the state the measures are against
            target = _state_against(view, k)
            if target is not None and target not in participants:
                participants.append(target)
    if trig.type == "Visit" and not trig.verb and place is None and i > ws and view.toks[i - 1].text.islower() \
            and any(_etype(view, p) == "PER" for p in participants) \
            and not any(_country_like(view.index.get(p)) for p in participants):
        # "индийский визит Путина", "під час естонського візиту X": the state the adjective names was visited (not
        # the visitor's own)
        ent = view.index.peek(view.toks[i - 1].text, view.lang, "LOC")
        own = {getattr(view.index.get(p), "country_key", None) for p in participants}
        if ent is not None and _country_like(ent) and ent.key not in own and ent.country_key not in own \
                and (dest := _state_of_adjective(view, i - 1)) is not None:
            participants.append(dest)
            place = dest
    if trig.type in ("Talks", "Agreement") and not trig.verb and not participants and time is not None:
        # (dated only: "переговори про вступ мають завершитися" is the process, no event told)
        participants.extend(_accession_parties(view, lex, j, we) or _accession_parties(view, lex, i + 1, we))  # "переговоры о вступлении X в ЕС": X and the EU
    if trig.type in ("Agreement", "Meeting", "Talks"):
        _bodies_of_two_states(view, ws, we, participants)
        two = _two_bodies_of_a_kind(view, lex, ws, we)
        if two:
            participants[:] = two
    if trig.type == "Attack" and place is None:
        place = _town_of_the_target(view, j, we) or (_town_of_the_subject(view, ws, suffer)
                                                     if suffer is not None and not suffered else None)
    if place is not None:
        place = _town_of_the_venue(view, place, view.start_char(i))
    if place is not None and _seat_of_government(place) and not _country_like(view.index.get(place)):
        place = _seat_city(view, place) or place  # "принял в Кремле" (Moscow named in the article): in Moscow
    etype = trig.type
    if etype == "Talks" and trig.verb and any(view.phrase_at(k, "by-phone", lex, we) for k in range(j, min(we, j + 8))):
        etype = "Call"  # "обсудил ситуацию в X по телефону с Y": the discussion was a call
    face = trig.type == "Call" and trig.verb and len(trig.lemmas) == 1 and _face_to_face(view, lex, ws, we, place)
    if trig.inperson and not face:
        return None  # "спілкувався з журналістами": talk, no event unless face to face with someone
    if face:
        etype = "Meeting"  # "поговорили в Брно", "пообщались лично на полях форума": a talk in one place
    start, end = view.start_char(i), view.end_char(j - 1)
    ev = Event(type=etype, trigger=doc_text(view.doc)[start:end], start=start, end=end, status=status,
               participants=participants, place_key=place, time=time,
               sentence=(sent.start_char, sent.end_char), statement=_statement(statements, start, sent),
               specific=trig.specific)
    distinct = any(view.phrase_at(k, "distinct", lex, we) for k in range(ws, we))
    # "ещё одно соглашение", "ще одну угоду": another of the trigger's own kind (not "ще одного літака" elsewhere)
    another = any((end := view.phrase_at(k, "another", lex, we)) and all(
        word_kind(view, m) == "adj" for m in range(end, tpos[-1])) for k in range(max(ws, tpos[-1] - 5), tpos[-1]))
    distinct = distinct or another
    each: list[str] = []
    if trig.type in ("Call", "Meeting") and not trig.verb and _plural_noun(view, tpos[-1]):
        # "провів телефонні розмови з X і Y": a call with each; "зустріч X з Y і Z" stays one meeting
        each = [k for k in chain if k in participants and _etype(view, k) in ("PER", "ORG")]
        if len(each) < 2 or not any(_etype(view, p) in ("PER", "ORG") for p in participants if p not in each):
            each = []
    kind = next((lex.documents[w] for k in range(i, min(j + 1, view.n)) for w in sorted(view.lem[k])
                 if w in lex.documents), None) if trig.type == "Agreement" else None
    if kind is None and trig.type == "Agreement" and trig.verb:
        d = j
        while d < min(j + 3, view.n) and word_kind(view, d) == "adj":
            d += 1  # "подписали совместное заявление": the object's adjectives
        if d < view.n:
            kind = next((lex.documents[w] for w in sorted(view.lem[d]) if w in lex.documents), None)
    if trig.type == "Agreement" and any(lex.has("generic-document", w) for k in tpos for w in view.lem[k]):
        if status == "denied":
            return None  # "не підписуватиме документів": no agreement told
        anaphor = not another  # "Документ подписали X и Y": the agreement told before ("аналогичный": one more)
    if trig.type == "Attack" and not trig.verb and _topic_of_a_discussion(view, lex, i, ws):
        # "обговорить атаку з X": the attack told before is what they will discuss, no attack of its own
        anaphor, borrowed, ev.participants, ev.status = True, True, [], "occurred"
    if appraised:
        ev.participants, ev.place_key = [p for p in ev.participants if p in chain], None
    return Found(ev, anaphor, counterpart, distinct, trig.strong, borrowed=borrowed, elaborate=trig.elaborate,
                 document=kind,
                 outcome=outcome, after=after_open and outcome, sidelines=sidelines, each=each, persons=leaders, side_states=side_states,
                 sides_to_agree=sides_to_agree,
                 targets=trig.type == "Attack" and bool(participants) and not agents & set(participants),
                 suffered=bool(suffered), body_state=body_state, invitation=trig.invite,
                 delegated=trig.type == "Visit" and trig.verb and delegation is not None and delegation in participants)


def _topic_of_a_discussion(view: SentenceView, lex: EventLexicon, i: int, ws: int) -> bool:
    """The event noun at i is the object of a discussion verb just before it (adjectives between)."""
    k = i - 1
    while k >= ws and word_kind(view, k) == "adj":
        k -= 1
    return k >= ws and morph.is_verb(view.toks[k], view.lang) and any(
        t.elaborate and t.verb and len(t.lemmas) == 1 and t.lemmas[0] in view.lem[k] for t in lex.triggers)


_AT_WHOM = frozenset({"у", "в"})  # "у X відбулася розмова": a person's occasion
_COORD = {"и", "і", "й", "та", "and"}
_IN_IT = frozenset({"ньому", "ній", "них", "нем", "нём", "ней"})  # "форум, у ньому брали участь": the event told
_COORD_PHRASES = (("а", "также"), ("а", "також"), ("as", "well", "as"))  # ", а также W": W is one more of the list


def _coordinator(view: SentenceView, c: int) -> Optional[int]:
    """When token c ends a coordinating conjunction ("и", "та", ", а также", "as well as"), the index of the token
    before it (before its comma); else None."""
    if view.word(c) in _COORD:
        return c - 1
    for phrase in _COORD_PHRASES:
        b = c - len(phrase) + 1
        if b >= 0 and all(view.word(b + j) == w for j, w in enumerate(phrase)):
            return b - 2 if b >= 1 and view.toks[b - 1].text == "," else b - 1
    return None


def _named_after(view: SentenceView, k: int, hi: int, coordinated: bool = False) -> Optional[str]:
    """The person (else organisation) named at k, after a title ("генеральним секретарем ООН Яном Ковалем");
    ``coordinated``: past titles joined by a conjunction too ("віцепрем'єром і міністром оборони X")."""
    org = None
    for p in range(k, min(k + 8, hi)):
        m = view.ment.get(p)
        if m is not None:
            if m[2] == "PER":
                return m[1].entity_key
            if m[2] == "ORG" and org is None:
                org = m[1].entity_key
            continue
        if view.toks[p].text in ("-", "‑") and p > 0 and not view.toks[p - 1].whitespace_:
            continue  # "вице-премьером": a hyphen inside the title
        if view.toks[p].text in ("«", "\"", "„", "“") and (p + 1) in view.ment:
            continue  # "з фахівцями «Укренерго»": the quote mark opening a name
        if coordinated and view.toks[p].lower_ in _COORD:
            continue
        if view.toks[p].is_punct or morph.is_verb(view.toks[p], view.lang) or not (
                word_kind(view, p) in ("adj", "noun") or is_title(view, p)):
            break
    return org


def _own_agent_after(view: SentenceView, j: int) -> bool:
    """The event noun names its own party in the genitive ("допустил встречу X и Y", "анонсував
    візит Ковача"): the subject of the verb before it is not a party."""
    k = j
    while k < min(j + 2, view.n) and k not in view.ment and word_kind(view, k) == "adj":
        k += 1
    m = view.ment.get(k)
    if m is None or m[2] != "PER":
        return False
    return "Gen" in morph.cases(view.toks[m[0] - 1], view.lang)


def _drop_title_bodies(view: SentenceView, participants: list[str]) -> None:
    """"до Канади полетить секретар РНБО X": an organisation named only inside the title of a person who
    takes part is that person's office, no party of its own."""
    roles = getattr(view.index, "roles", None) or []
    spans = [(r.start, r.end) for r in roles if r.person_key in participants
             and view.sent.start_char <= r.start < view.sent.end_char]
    if not spans:
        return
    for key in [p for p in participants if _etype(view, p) == "ORG"]:
        where = [m[1] for m in view.ment.values() if m[1].entity_key == key]
        if where and all(any(a <= m.start and m.end <= b for a, b in spans) for m in where):
            participants.remove(key)


def _drop_named_plants(view: SentenceView, participants: list[str]) -> None:
    """"обсудил с X АЭС «Бушер»": a plant named after its noun (plant_nouns.txt) is what was discussed, no party."""
    nouns = gazetteer_mod.word_lists("plant_nouns.txt").get(view.lang, frozenset())
    for key in list(participants):
        where = [a - 1 if a > 1 and view.toks[a - 1].text in _QUOTE_MARKS else a
                 for a, m in view.ment.items() if m[1].entity_key == key]
        if where and all(a > 0 and (view.toks[a - 1].text in nouns or view.lem[a - 1] & nouns) for a in where):
            participants.remove(key)


def _title_holders(view: SentenceView, lo: int, hi: int, participants: list[str]) -> None:
    """"встреча президентов X и Y", "розмова глав МЗС Польщі та Литви": a plural title before
    countries names the one person of each country the article gave that title; the country gives way to them."""
    roles = getattr(view.index, "roles", None) or []
    if view.lang not in ("uk", "ru") or not roles:
        return
    single = roles_mod.titles(view.lang).single
    for k in range(lo, hi):
        heads = {lem for lem in view.lem[k] if single.get(lem) not in (None, "modifier")}
        if not heads or not any("plur" in t for h in heads for t in sl_tags(view.lang, view.toks[k].text, h)):
            continue
        p, locs = k + 1, []
        while p < hi:
            if p in view.ment and view.ment[p][2] == "LOC" and view.ment[p][1].entity_key:
                locs.append(view.ment[p][1].entity_key)
                p = view.ment[p][0]
            elif view.word(p) in _COORD and locs:
                p += 1
            else:
                break
        if p < view.n and p in view.ment and view.ment[p][2] == "PER":
            return  # "встреча премьеров Чили и Перу Хуана Переса и Луиса Гомеса": named right after
        for loc in locs:
            holders = {r.person_key for r in roles if r.title_norm in heads and (
                r.org_key == loc or getattr(view.index.get(r.person_key), "country_key", None) == loc)}
            if len(holders) != 1:
                continue
            holder = holders.pop()
            if loc in participants:
                participants[participants.index(loc)] = holder
            else:
                participants.append(holder)
        seen: set[str] = set()
        participants[:] = [x for x in participants if not (x in seen or seen.add(x))]
        return


def _congratulated(view: SentenceView, lex: EventLexicon, lo: int, i: int) -> Optional[str]:
    """The person congratulated on the election named at i: the object of a congratulate verb before it, a
    pronoun object standing for the last person named before it in the sentence other than the subject."""
    k0 = next((k for k in range(i - 1, max(lo, i - 8) - 1, -1) if view.phrase_at(k, "congratulate", lex, i)), None)
    if k0 is None:
        return None
    for k in range(k0 + 1, i):
        m = view.ment.get(k)
        if m is not None and m[2] == "PER" and m[1].entity_key:
            return m[1].entity_key
        if view.word(k) in _POSSESSIVE or view.word(k) in ("него", "неї", "нього", "him", "her"):
            subject = set(_subject(view, k0, lo))
            named = [v[1].entity_key for a, v in sorted(view.ment.items()) if a < k0 and v[2] == "PER"
                     and v[1].entity_key and v[1].entity_key not in subject]
            return named[-1] if named else None
    return None


def _persons_in(index: EntityIndex, span: tuple[int, int]) -> list[str]:
    """The persons a sentence names, when it names two or more (the antecedents of "они", "the two")."""
    out: list[str] = []
    for m in index.mentions:
        ent = index.get(m.entity_key)
        if span[0] <= m.start < span[1] and m.label == "PER" and ent is not None and ent.type == "PER" \
                and ent.key not in out:
            out.append(ent.key)
    return out if len(out) >= 2 else []


def _country_entity(view: SentenceView, country_key: str) -> Optional[str]:
    """The index key of a country (added from the gazetteer when the article does not name it)."""
    return _state_in_index(view.index, view.lang, country_key)


def _state_in_index(index: EntityIndex, lang: str, country_key: str) -> Optional[str]:
    if country_key in index.entities:
        return country_key
    entry = gazetteer_mod.load().entries.get(country_key)
    if entry is None:
        return None
    label = entry.labels.get(lang) or entry.labels.get("en")
    key = index.lookup(label, lang, "LOC") if label else None
    return key if key == country_key else None


def _talks_in_the_host_state(events: list[Event], types: dict[str, str], countries: dict[str, str],
                            states: set[str], text: str) -> None:
    """"X провел в Лиме переговоры" with no one else named: talks a visitor holds in another state's city are
    with that state (the place's state joins; a person at home, or of no known state, holds them with no one;
    nor do talks "with" someone the article leaves unnamed: "с главой тамошнего сената")."""
    for ev in events:
        if ev.type != "Talks" or not ev.place_key or len(ev.participants) != 1 or types.get(ev.participants[0]) != "PER":
            continue
        after = text[ev.end:ev.end + 30].split(".")[0]
        if _WITH_WORD.search(after) and not _LEADERSHIP.search(after):
            continue  # (but "с руководством этой страны": the state's leaders, the state)
        state = countries.get(ev.place_key, ev.place_key)
        home = countries.get(ev.participants[0])
        if state in states and home and home != state:
            ev.participants.append(state)


def _visit_to_a_plant(events: list[Event], index: EntityIndex, countries: dict[str, str], lang: str) -> None:
    """"X відвідав Рівненську АЕС": a plant or station (named with a noun of plant_nouns.txt) a visitor went
    to is where the visit was, not a party to it; the state it is in, when known, is visited."""
    nouns = gazetteer_mod.word_lists("plant_nouns.txt").get(lang, frozenset())
    for v in events:
        if v.type != "Visit":
            continue
        for key in list(v.participants):
            ent = index.get(key)
            if ent is None or ent.type != "ORG" or not any(w in nouns or w.lower() in nouns
                                                            for w in (ent.name or "").split()):
                continue
            if v.place_key not in (None, key) or len(v.participants) < 2:
                continue
            v.place_key = key
            v.participants = [p for p in v.participants if p != key]
            state = countries.get(key)
            if state and state not in v.participants:
                v.participants.append(state)


def _visit_to_a_region(events: list[Event], types: dict[str, str], countries: dict[str, str]) -> None:
    """"X прибыл в Южную Азию …, провел в Y переговоры": a visit to a region (a place that is no state and
    lies in none) went where the visitor, in the same sentence, does something in a city or a state."""
    gaz = gazetteer_mod.load()
    for v in events:
        if v.type != "Visit" or not v.place_key or types.get(v.place_key) != "LOC" or gaz.is_state(v.place_key) \
                or countries.get(v.place_key):
            continue
        for ev in events:
            if ev is v or ev.sentence != v.sentence or not ev.place_key or ev.place_key == v.place_key \
                    or not (gaz.is_state(ev.place_key) or countries.get(ev.place_key)):
                continue
            if set(ev.participants) & set(v.participants):
                region, v.place_key = v.place_key, ev.place_key
                v.participants = [p for p in v.participants if p != region]
                for o in events:  # what took its place from the visit ("Затем X принял Y") took the region too
                    if o.place_key == region and set(o.participants) & set(v.participants):
                        o.place_key = v.place_key
                break


def _sanctions_between_states(events: list[Event], index: EntityIndex, lang: str) -> None:
    """Sanctions are imposed by states (or a union of them) on states: a state's ministry or firm, or a
    person of that state, stands for it ("Міністерство фінансів Бетанії запровадило санкції проти компанії X" → Betania and X's state)."""
    for ev in events:
        if ev.type != "Sanctions":
            continue
        out = []
        for key in ev.participants:
            ent = index.get(key)
            state = None
            if ent is not None and ent.type in ("ORG", "PER") and ent.country_key and not _country_like(ent):
                state = _state_in_index(index, lang, ent.country_key)
            out.append(state or key)
        ev.participants = list(dict.fromkeys(out))
    # "Прошлый пакет санкций X одобрил в марте": the one state's sanctions are against the state its
    # other sanctions in the article are between it and
    pairs = [e.participants for e in events if e.type == "Sanctions" and len(e.participants) == 2]
    for ev in events:
        if ev.type == "Sanctions" and len(ev.participants) == 1:
            other = {p for pair in pairs if ev.participants[0] in pair for p in pair} - set(ev.participants)
            if len(other) == 1:
                ev.participants.append(other.pop())


def _states_for_places(view: SentenceView, etype: str, participants: list[str], place: Optional[str]) -> None:
    """A visit to a city is a visit to its country ("прибув до Вільнюса" -> Lithuania), unless the visitor is of
    that country; a capital among the parties of talks or an agreement stands for its state ("Будапешт і
    Рига підписали угоду"). Attack targets stay as they are."""
    gaz = gazetteer_mod.load()
    if etype == "Visit":
        ent = view.index.get(place) if place else None
        if ent is None or ent.type != "LOC" or not ent.country_key:
            return
        if any(_country_like(view.index.get(p)) for p in participants):
            return
        own = {getattr(view.index.get(p), "country_key", None) for p in participants}
        if ent.country_key in own:
            return  # a trip at home
        key = _country_entity(view, ent.country_key)
        if key and key not in participants:
            participants.append(key)
        return
    if etype == "Attack":
        return
    for n, p in enumerate(list(participants)):
        ent = view.index.get(p)
        entry = gaz.place_entry(p) if ent is not None and ent.type == "LOC" else None
        if entry is None or not entry.capital_of or not ent.country_key:
            continue
        key = _country_entity(view, ent.country_key)
        if key:
            participants[n] = key
    seen: set[str] = set()
    participants[:] = [p for p in participants if not (p in seen or seen.add(p))]


_LONG_AGO = 60  # days before the report: an event dated so is an earlier one
_FRAME = {"время", "ходе", "ході", "рамках", "час"}
_UNDER = {"під", "под"}
_FROM = {"из", "з", "із", "from"}
_ROUND = {"туре", "турі", "round"}  # "во втором туре выборов"  # "во время визита", "в ходе переговоров", "під час зустрічі"
_OWN = {"своим", "своей", "своими", "своїм", "своєю", "своїми", "his", "her", "its", "their"}  # "со своим коллегой"
_WITH = {"с", "со", "з", "із", "зі", "with"}  # "обговорить це з X": who the verb is done with
_WITH_WORD = re.compile(r"\s(?:" + "|".join(sorted(_WITH)) + r")\s", re.IGNORECASE)  # (the words of _WITH)
_LEADERSHIP = re.compile(r"\s(?:" + "|".join(sorted(_WITH - {"with"})) + r")\s(?:руководств|керівництв)", re.IGNORECASE)
_THAT = {"що", "что", "that"}  # "домовилися, що …": the clause the verb governs


_POSSESSIVE = {"его", "её", "ее", "його", "її", "his", "her"}


_INFINITIVE_SKIP = {"на", "в", "у", "до", "to"}


def _parties_subject(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> bool:
    """A "the sides / both leaders" noun in the nominative in the clause ("Стороны договорились", "Лідери обговорили")."""
    return _parties_at(view, lex, lo, hi) is not None


def _parties_at(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Where that "the sides" noun phrase stands in the clause, if it does."""
    for k in range(lo, hi):
        end = view.phrase_at(k, "parties", lex, hi)
        if end is not None and _state_noun_heads(view, (k, end)) and not (
                end < view.n and morph.is_verb(view.toks[end], view.lang) and view.toks[end].morph.get("Number") == ["Plur"]):
            continue  # "страны подписали" (not "президент страны"): the states right before their plural verb
        if end is not None and (nominative(view, end - 1, end) or (end - k > 1 and nominative(view, k, k + 1))) \
                and not (k > 0 and is_prep(view, k - 1)):  # ("главы правительств": the head noun first)
            # "Министры ОБСЕ договорились", "министры финансов стран ОБСЕ": the body's ministers, not "the sides"
            named = next((t for t in range(end, min(end + 4, view.n)) if t in view.ment), None)
            if named is not None and _group_before(view, named, k) == k:
                return None
            return k, end
    return None


def _leaders_noun(view: SentenceView, lex: EventLexicon, at: tuple[int, int]) -> bool:
    """"Лідери домовилися", "the leaders agreed": a noun for persons (a leader noun of the lexicon), not for sides."""
    return view.phrase_at(at[1] - 1, "leader", lex, at[1]) is not None


def _attacker_named(view: SentenceView, lex: EventLexicon, ws: int, we: int) -> Optional[str]:
    """"Стрелок открыл огонь у библиотеки": an attacker noun (lexicon kind "attacker") in the nominative in the clause
    stands for the person the article names with it ("Охрана обезвредила стрелка, 19-летнего студента X": the first
    person named within six words after the noun, a comma and adjectives between)."""
    if view.lang not in ("uk", "ru"):
        return None
    nouns = {w for (w,) in lex.words.get("attacker", [])}
    if not any(view.lem[k] & nouns and k not in view.ment and "Nom" in morph.cases(view.toks[k], view.lang)
               for k in range(ws, we)):
        return None
    doc = view.sent.doc
    persons = {m.start: m.entity_key for m in view.index.mentions
               if m.entity_key and getattr(view.index.get(m.entity_key), "type", None) == "PER"}
    for tok in doc:
        if not (morph.lemmas(tok, view.lang) & nouns):
            continue
        for nxt in doc[tok.i + 1:tok.i + 7]:
            if nxt.idx in persons:
                return persons[nxt.idx]
            if nxt.text in (".", "!", "?", ";", "«", "»") or morph.is_verb(nxt, view.lang):
                break
    return None


def _bound_only(view: SentenceView, lex: EventLexicon, t: TimeExpr) -> bool:
    """"відвідав Y після 1 вересня 2023 року": a date after "після"/"после"/"перед" (lexicon kind "after") bounds
    the event, it does not date it."""
    k = _token_at(view, t.start)
    return k is not None and k > 0 and any((w,) in lex.words.get("after", []) for w in view.lem[k - 1])


def _enemy_subject(view: SentenceView, lex: EventLexicon, ws: int, we: int) -> Optional[str]:
    """"Уночі ворог атакував X", "окупанти вдарили по Y": the enemy noun of the language's news (lexicon kind
    "enemy", with the state it means) as the subject of the attack's clause is that state, when the article names it."""
    if not lex.enemies:
        return None
    for k in range(ws, we):
        if k in view.ment or (k > ws and is_prep(view, k - 1)) or not nominative(view, k, k + 1) \
                or word_kind(view, k) != "noun":
            continue
        a2 = next((lex.enemies[w] for w in view.lem[k] if w in lex.enemies), None)
        state = gazetteer_mod.load().country_entry(a2)
        if state is not None and state.key in view.index.entities:
            return state.key
    return None


def _claimed_by(view: SentenceView, lex: EventLexicon, ws: int, we: int) -> Optional[str]:
    """"Ответственность за подрыв взяла на себя X", "X взяло на себе відповідальність за напад": whoever takes
    the responsibility for the attack (the lexicon's claim nouns and verbs, in one clause) carried it out."""
    resp = next((k for k in range(ws, we) if any((w,) in lex.words.get("claim-noun", []) for w in view.lem[k])), None)
    take = next((k for k in range(ws, we) if any((w,) in lex.words.get("claim-verb", []) for w in view.lem[k])
                 and morph.is_verb(view.toks[k], view.lang)), None)
    if resp is None or take is None:
        return None

    def claimer(lo: int, hi: int) -> Optional[str]:  # a name in the nominative, no preposition's object
        for k in range(lo, hi):
            m = view.ment.get(k)
            if m and m[1].entity_key and m[2] in ("ORG", "PER") and not (k > 0 and is_prep(view, k - 1)) \
                    and nominative(view, k, m[0]) and not any(view.word(x) in _FOR for x in range(max(lo, k - 4), k)):
                return m[1].entity_key
        return None
    return claimer(take + 1, we) or claimer(ws, take)


_FOR = frozenset({"за", "for"})  # "ответственность за подрыв склада X": what is claimed, not who claims it


def _time_of_the_main_clause(view: SentenceView, times: list[TimeExpr], ws: int) -> Optional[TimeExpr]:
    """"зустрічалися у вересні 2026 року, коли X був у Y": a clause opened by "коли"/"когда" after a comma
    tells what happened at the time its main clause gives."""
    k = ws if view.word(ws) in _WHEN else None
    if k is None and ws >= 3 and view.toks[ws - 1].text == ",":
        # "наприкінці травня X, якого Y доручив …, побував у Z": the time before a relative clause on the subject
        c = next((t for t in range(ws - 2, max(-1, ws - 16), -1) if view.toks[t].text == ","), None)
        if c is not None and c >= 1 and view.lem[c + 1] & _RELATIVE_SUBJECT and (c - 1) in view.ends:
            ms, _me = view.window(c - 1, c)
            lo, hi = view.start_char(ms), view.end_char(c - 1)
            return next((t for t in reversed(times) if lo <= t.start and t.end <= hi and t.value), None)
    if k is None or k < 2 or view.toks[k - 1].text != ",":
        return None
    ms, _me = view.window(k - 2, k - 1)
    lo, hi = view.start_char(ms), view.end_char(k - 2)
    return next((t for t in reversed(times) if lo <= t.start and t.end <= hi and t.value), None)


_WHEN = frozenset({"коли", "когда", "when"})


def _place_whither(view: SentenceView, i: int) -> Optional[str]:
    """"X находится в Y, куда прилетел накануне": an arrival verb right after "куда"/"куди" opening a
    clause after a place: that place is where the visit went."""
    if i < 3 or view.word(i - 1) not in _WHITHER or view.toks[i - 2].text != "," or (i - 3) not in view.ends:
        return None
    _start, (_end, mention, etype) = view.ends[i - 3]
    return mention.entity_key if etype == "LOC" and mention.entity_key else None


_WHITHER = frozenset({"куда", "куди"})

def _whither_body(view: SentenceView, ws: int, i: int) -> tuple[Optional[str], Optional[str]]:
    """"обсуждал в Асунсьоне торговлю с главой Сената Парагвая, куда прибыл с визитом": a visit
    clause opening with "куда" after a body of a state: that state is visited, at the town of it the sentence
    named before (the place, the state)."""
    k = next((k for k in range(ws, i) if view.word(k) in _WHITHER), None)
    if k is None or k < 2 or view.toks[k - 1].text != "," or (k - 2) not in view.ends:
        return None, None
    _start, (_end, mention, etype) = view.ends[k - 2]
    ent = view.index.get(mention.entity_key) if mention.entity_key else None
    if etype != "ORG" or ent is None or not ent.country_key:
        return None, None
    state = _country_entity(view, ent.country_key)
    towns = [m.entity_key for b, (_e, m, t) in sorted(view.ment.items()) if b < k and t == "LOC" and m.entity_key
             and (e := view.index.get(m.entity_key)) is not None and not _country_like(e)
             and e.country_key == ent.country_key]
    return (towns[-1] if towns else None), state


def _arrival_is_visit(view: SentenceView, lex: EventLexicon, i: int, j: int, we: int) -> bool:
    """An arrival verb tells of a visit only when a destination (country, city, organisation) follows
    it and no infinitive says it was for work ("прибыл работать в ...")."""
    if any(_to_the_site_of_an_attack(view, lex, t, i) for t in range(max(0, i - 4), i)):
        return True  # "на місце атаки завтра прибуде міністр"
    k, steps = j, 0
    while k < min(we, view.n) and steps < 5:
        if morph.is_verb(view.toks[k], view.lang) or view.toks[k].tag_ == "VB":
            return False  # "прибыл работать", "приїхав лікуватися"
        if view.toks[k].lower_ in _FROM and view.ment.get(k + 1):
            k = view.ment[k + 1][0]
            continue
        if _to_the_site_of_an_attack(view, lex, k, we):
            return True  # "на місце атаки завтра прибуде міністр": to where the attack told of hit
        d = view.phrase_at(k, "direction", lex, we) or _onto_a_state(view, k, we)
        if d is None and _stay_verb(view, lex, i):
            d = view.phrase_at(k, "place", lex, we)  # "побывает в Астаре": a stay verb's place is in the locative
        d = _past_place_noun(view, lex, d, we) if d is not None else None
        if d is not None and view.ment.get(d) and view.ment[d][2] in ("LOC", "ORG"):
            m = view.ment[d][1]
            if institutions.is_building(m.norm or m.text, view.lang):
                return False  # "поехал в Зимний дворец на церемонию": a trip to a building, no visit
            k2 = view.ment[d][0]
            # "прибыл в Киев лечиться": the purpose is no visit; "приехал в Ригу и провел переговоры" is one
            # (a verb after a comma is the main clause's: "X, що приїхала до Львова, уклала меморандум")
            stop = next((t for t in range(k2, min(k2 + 2, view.n)) if view.toks[t].is_punct), min(k2 + 2, view.n))
            nxt = next((t for t in range(k2, stop) if morph.is_verb(view.toks[t], view.lang)
                        and not (t > k2 and view.word(t - 1) in _COORD)), None)
            return nxt is None
        if k in view.time_pos:
            k = view.time_pos[k]
            continue
        k += 1
        steps += 1
    return False


_SITE = {"місце", "место"}
_SIDE = {"сторона"}  # "з українською стороною", "с российской стороной"


def _to_the_site_of_an_attack(view: SentenceView, lex: EventLexicon, k: int, hi: int) -> bool:
    """"на місце удару", "на место обстрела": a visit's destination told as the site of an attack."""
    return k + 2 < hi and view.word(k) == "на" and bool(view.lem[k + 1] & _SITE) and any(
        t.type == "Attack" and not t.verb and len(t.lemmas) == 1 and t.lemmas[0] in view.lem[k + 2] for t in lex.triggers)


def _past_place_noun(view: SentenceView, lex: EventLexicon, d: int, hi: int) -> int:
    """"поедет в порт X", "поїде до міста X": where a visit goes is the place named right after a place noun."""
    if d + 1 < hi and d not in view.ment and view.ment.get(d + 1) and view.ment[d + 1][2] == "LOC" \
            and _place_noun(view, lex, d):
        e = view.ment[d + 1][0]  # "в столицу Республики X Y": the state's genitive, then the city's own name
        if e < hi and view.ment.get(e) and view.ment[e][2] == "LOC" and _country_like(view.index.get(view.ment[d + 1][1].entity_key)):
            return e
        return d + 1
    return d


_ONTO = {"на"}
_ISLAND_NOUNS = gazetteer_mod.word_lists("island_nouns.txt")  # "на остров X": where to, as "на Кипр"


def _onto_a_state(view: SentenceView, k: int, hi: int) -> Optional[int]:
    """"прилетел на Кипр", "прибув на Мальту": "на" with a state in the accusative (an island state takes it) is
    where to, as "в"/"до" are; the state's first token, else None ("на форум" stays an occasion)."""
    if view.lang not in ("uk", "ru") or view.word(k) not in _ONTO or k + 1 >= hi:
        return None
    if k + 2 < hi and k + 1 not in view.ment and (k + 2) in view.ment and view.ment[k + 2][2] == "LOC" \
            and bool(view.lem[k + 1] & _ISLAND_NOUNS.get(view.lang, frozenset())):
        return k + 1  # "вылетит на остров X": the island noun, then its name (past it, the place)
    if k + 1 not in view.ment:
        return None
    end, mention, etype = view.ment[k + 1]
    region = view.toks[end - 1].lower_.endswith(("щину", "ччину"))  # "прибуде на Хмельниччину": a region told as its land
    if etype != "LOC" or not (_country_like(view.index.get(mention.entity_key)) or region) \
            or not (region or can_be(view, k + 1, end, "Acc")):
        return None
    return k + 1


def _invitation_word_before(view: SentenceView, lex: EventLexicon, i: int, lo: int) -> Optional[int]:
    """The nearest invitation word (verb or noun) before the visit trigger at i, in its clause's reach."""
    return next((k for k in range(i - 1, max(-1, lo - 1, i - 14), -1) if view.phrase_at(k, "invite", lex, view.n)), None)


def _invitees(view: SentenceView, lex: EventLexicon, i: int, lo: int) -> Optional[list[str]]:
    """'X пригласил Y посетить Z', 'X invited Y to visit': the people/organisations named between the
    invitation word and the visit trigger; None when no invitation word precedes the trigger."""
    k0 = _invitation_word_before(view, lex, i, lo)
    if k0 is None:
        return None
    if not morph.is_verb(view.toks[k0], view.lang):
        return []  # "прийняв запрошення X відвідати": a name after the noun is who invites
    out = []
    for a, (end, mention, etype) in sorted(view.ment.items()):
        if k0 < a < i and etype in ("PER", "ORG") and mention.entity_key and mention.entity_key not in out:
            out.append(mention.entity_key)
    if not out and (nameless := _invitee_by_nationality(view, lex, k0 + 1, i)) is not None:
        out.append(nameless)  # "запросила латвійську колегу відвідати Одесу"
    return out


def _launcher_after(view: SentenceView, lex: EventLexicon, j: int) -> list[str]:
    """"X зазнав удару: армія Y скинула на місто бомби": after a colon or dash that follows the attack noun, the
    state or organisation that is the subject of a weapon-launch verb (flag 'launch') attacked."""
    k = j
    while k < view.n and not (view.toks[k].text in (":", "—", "–", "-") and view.toks[k].is_punct):
        if view.toks[k].is_punct and view.toks[k].text not in (",",):
            return []
        k += 1
    for v in range(k + 1, min(view.n, k + 8)):
        if any(t.launch and view.match_seq(v, t.lemmas, v + 1) is not None for t in lex.triggers) \
                and morph.is_verb(view.toks[v], view.lang):
            return [key for key in _subject(view, v, k + 1) if _etype(view, key) in ("LOC", "ORG")][:1]
    return []


def _past_time_before(view: SentenceView, i: int, lo: int) -> int:
    """Where the words before the verb at i start once a time told right before it is stepped over."""
    b = i
    while b - 1 > lo and view.in_time(b - 1):
        b -= 1
    return b


def _counterpart_invited(view: SentenceView, lex: EventLexicon, i: int, lo: int, earlier: list[str]) -> Optional[str]:
    """"X запросив колегу (співрозмовника) відвідати Київ": a counterpart noun right after the invitation verb (its
    adjectives between) stands for the other party of the event told just before: the one person, else body, else
    state among its parties that is neither the inviter nor of the inviter's state."""
    k0 = _invitation_word_before(view, lex, i, lo)
    if k0 is None or not morph.is_verb(view.toks[k0], view.lang):
        return None
    k = k0 + 1
    while k < i and word_kind(view, k) == "adj" and k not in view.ment:
        k += 1
    if k >= i or view.phrase_at(k, "counterpart", lex, i) is None:
        return None
    inviter = set(_subject(view, k0, lo))
    own = {getattr(view.index.get(p), "country_key", None) for p in inviter} | inviter
    others = [p for p in earlier if p not in own and getattr(view.index.get(p), "country_key", None) not in inviter]
    for etype in ("PER", "ORG", "LOC"):
        of_type = [p for p in others if _etype(view, p) == etype]
        if of_type:
            return of_type[0] if len(of_type) == 1 else None
    return None


def _invitee_by_nationality(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> Optional[str]:
    """An invitee named by nationality only, right at lo: "корейського колегу", "ямайского премьера" (the person of
    that state the article names before, else the state), "литовську делегацію" (the state)."""
    if lo + 1 >= hi:
        return None
    leader = _leader_by_demonym(view, lex, lo, lo)
    if leader is not None:
        return leader
    state = _demonym_group(view, lex, lo)
    if state is None and lo not in view.ment and (is_title(view, lo + 1) or view.phrase_at(lo + 1, "leader", lex, view.n)):
        state = _state_of_adjective(view, lo)  # "российского лидера", named nowhere: the state
    return (_named_colleague(view, state) or state) if state is not None else None


def _visit_word_after(view: SentenceView, lex: EventLexicon, j: int, we: int) -> bool:
    """A visit word ("відвідати", "визит") after the invitation in its clause."""
    return any(t.type == "Visit" and not t.invite and view.match_seq(k, t.lemmas, we) is not None
               for k in range(j, we) for t in lex.triggers)


def _invited_to_a_place(view: SentenceView, lex: EventLexicon, j: int, we: int) -> Optional[tuple[list[str], int]]:
    """"X запросив Y до Києва", "пригласил Y в Москву": who is invited (named right after the verb, or by
    nationality) and where the direction preposition before the place stands; None when either is missing."""
    k = j
    while k < we and view.in_time(k):
        k += 1
    invitee = None
    if k in view.ment and view.ment[k][2] in ("PER", "ORG") and view.ment[k][1].entity_key:
        invitee, k = view.ment[k][1].entity_key, view.ment[k][0]
    elif (invitee := _invitee_by_nationality(view, lex, k, we)) is not None:
        k += 2
        while k < we and k not in view.ment and word_kind(view, k) in ("adj", "noun") and view.word(k).islower() \
                and not is_prep(view, k):
            k += 1  # "литовську парламентську делегацію": the rest of its words
    if invitee is None:
        return None
    while k < we and view.in_time(k):
        k += 1  # "пригласил Y в мае в Казань"
    d = view.phrase_at(k, "direction", lex, we) if k < we else None
    if d is None and k < we and view.in_time(k - 1):
        return None
    if d is None or d not in view.ment or view.ment[d][2] != "LOC":
        return None
    return [invitee], k


def _borrowed_subject(view: SentenceView, lex: EventLexicon, lo: int, prep: int) -> bool:
    """A subject that points back ("сторони", "вони") or takes part by a participation verb: other rules decide."""
    return _parties_subject(view, lex, lo, prep) or any(
        view.phrase_at(k, "participate", lex, prep) for k in range(lo, prep))


def _state_of_forces(view: SentenceView, lex: EventLexicon, key: str) -> Optional[str]:
    """The state of an organisation the text names as its armed forces ("Армія Бетанії", "войска Бетании"), when the
    organisation is not one the gazetteer knows by name (ЗСУ stays ЗСУ)."""
    ent = view.index.get(key)
    if ent is None or ent.type != "ORG" or ent.wikidata or not ent.country_key or not ent.name:
        return None
    first = ent.name.split()[0].lower()
    forms = {first} | {p[0] for p in morph.parses(view.lang, first)[:2]}
    return ent.country_key if any((f,) in lex.words.get("forces", []) for f in forms) else None


def _invitation_verb_before(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """'запросила відвідати' (someone invites) rather than 'прийняла запрошення відвідати' (an invitation noun)."""
    return any(view.phrase_at(k, "invite", lex, view.n) and morph.is_verb(view.toks[k], view.lang)
               for k in range(max(0, i - 8), i))


_BETWEEN = {"между", "між", "between"}




def _inviting(view: SentenceView, lex: EventLexicon) -> list[str]:
    """Who invites and who is invited in the sentence ('X пригласил Y', 'X invited Y')."""
    k0 = next((k for k in range(view.n) if view.phrase_at(k, "invite", lex, view.n)
               and morph.is_verb(view.toks[k], view.lang) or (view.lang == "en" and view.word(k).startswith("invit"))), None)
    if k0 is None:
        return []
    out = list(_subject(view, k0, 0))
    for a, (end, mention, etype) in sorted(view.ment.items()):
        if k0 < a <= k0 + 3 and etype in ("PER", "ORG") and mention.entity_key and mention.entity_key not in out:
            out.append(mention.entity_key)
            break
    return out


_FEMININE_POSSESSIVE = {"её", "ее", "її", "her"}


def _holder_at_whom(view: SentenceView, verb: int, ws: int) -> list[str]:
    """"У середу в X відбулася розмова", "у X состоялся разговор": the person after "у"/"в" before the verb; "у X и Y
    может состояться разговор": both."""
    for k in range(verb - 1, max(ws, verb - 6) - 1, -1):
        if k in view.ends:
            found: list[str] = []
            while k in view.ends:
                start, (_end, mention, etype) = view.ends[k]
                at = start - 1
                while at > ws and is_title(view, at):
                    at -= 1  # "у міністра X відбулася розмова"
                if etype != "PER" or not mention.entity_key or "Gen" not in morph.cases(view.toks[k], view.lang):
                    return []
                found.insert(0, mention.entity_key)
                if at >= ws and view.word(at) in _AT_WHOM:
                    return found
                if at - 1 < ws or view.word(at) not in _COORD:
                    return []
                k = at - 1  # "у Ивана Петрова и Коваля": the one before the conjunction too
            return []
    return []


def _possessor(view: SentenceView, i: int) -> Optional[str]:
    """The person a possessive right before the noun at i stands for ("її візит"), by its gender."""
    if i == 0 or view.word(i - 1) not in _POSSESSIVE:
        return None
    gender = "femn" if view.word(i - 1) in _FEMININE_POSSESSIVE else "masc"
    return _last_person_any_case(view, view.start_char(i - 1), gender)


def _last_person_any_case(view: SentenceView, offset: int, gender: Optional[str] = None) -> Optional[str]:
    """The last person named before the offset: of that gender, else one whose gender is unknown."""
    unknown = None
    for m in view.index.before(offset, ("PER",)):
        if m.entity_key:
            g = getattr(view.index.get(m.entity_key), "gender", None)
            if gender is None or g == gender:
                return m.entity_key
            if g is None and unknown is None:
                unknown = m.entity_key
    return unknown


def _previous_subject(view: SentenceView, statements: list[Statement] = ()) -> list[str]:
    """The persons/organisations named in the nominative in the sentence before this one (not one
    who only speaks there: "X заявил, что на переговорах ... . Эти переговоры ...")."""
    doc, start = view.doc, view.sent.start
    if start == 0:
        return []
    prev = doc[start - 1].sent
    speakers = {st.speaker_key for st in statements
                if st.speaker_key and st.start < prev.end_char and st.end > prev.start_char}
    pv = SentenceView(doc, prev, view.index, view.lang)
    out = []
    for a, (end, mention, etype) in sorted(pv.ment.items()):
        if etype in ("PER", "ORG") and mention.entity_key and all_nominative(pv, a, end if etype == "PER" else a + 1) \
                and not (a > 0 and is_prep(pv, a - 1)) and mention.entity_key not in out \
                and mention.entity_key not in speakers:
            out.append(mention.entity_key)
    return out[:2]


def _unnamed_head_of_a_body_after(view: SentenceView, j: int, hi: int) -> Optional[str]:
    """"Кулебу прийняв голова Федеральної ради Австрії", "принял председатель сената Чили": a title in
    the nominative right after a receive verb, then a body in the genitive and no name: the body received the guest."""
    k = j
    while k < hi and k not in view.ment and word_kind(view, k) == "adj":
        k += 1
    if k >= hi or not is_title(view, k) or "Nom" not in morph.cases(view.toks[k], view.lang):
        return None
    end, mention, etype = view.ment.get(k + 1, (None, None, None))
    if etype != "ORG" or not mention.entity_key or (end in view.ment and view.ment[end][2] == "PER"):
        return None
    return _role_holder(view, k, mention.entity_key) or mention.entity_key  # (its head when the article names him)


def _state_of_an_unnamed_official(view: SentenceView, j: int, hi: int) -> Optional[str]:
    """The state right after a title a few words after a receiving verb, with no name after it ("принял посла
    Эстонии в Москве"): the one received is that state's official, unnamed."""
    for k in range(j, min(j + 4, hi)):
        if is_title(view, k) and (k + 1) in view.ment:
            end, mention, etype = view.ment[k + 1]
            nxt = view.ment.get(end)
            if etype == "LOC" and mention.entity_key and _country_like(view.index.get(mention.entity_key)) \
                    and not (nxt is not None and nxt[2] == "PER"):
                return mention.entity_key
            return None
    return None


def _after_counterpart_prep(view: SentenceView, lex: EventLexicon, j: int, hi: int) -> bool:
    """The event word is followed by the counterpart preposition ("консультаций с …", "зустріч з …", "talks with")."""
    preps = {w for w in lex.words.get("link", []) if len(w) == 1}
    return any((view.word(k),) in preps and is_prep(view, k) for k in range(j, min(j + 2, hi)))


def _counterpart_named_after(view: SentenceView, key: str, j: int, hi: int) -> bool:
    """The participant is named right after the event word: its mention, or its demonym ("с бетанской стороной")."""
    for k in range(j, min(j + 4, hi)):
        m = view.ment.get(k)
        if m is not None and m[1].entity_key == key:
            return True
        if k > j and (morph.is_verb(view.toks[k], view.lang) or view.toks[k].pos_ == "PRON"):
            return False  # "консультации с ним начнет X": the party after the verb is the subject
        if word_kind(view, k) == "adj" and view.index.lookup(view.toks[k].text, view.lang, "LOC") == key:
            return True
    return False


def _speakers_side(view: SentenceView, statements: list[Statement], start: int, counterpart: str) -> Optional[str]:
    """Who the speaker stands for in an interaction with the counterpart: the speaker's state when the
    counterpart is a state and the speaker's is known, else the speaker."""
    speaker = next((s.speaker_key for s in statements if s.start <= start < s.end and s.speaker_key), None)
    ent = view.index.get(speaker) if speaker else None
    if ent is None or speaker == counterpart or ent.is_outlet:
        return None  # an outlet reports; it takes no side
    if _country_like(view.index.get(counterpart)) and ent.type in ("PER", "ORG") and ent.country_key:
        state = _country_entity(view, ent.country_key)
        return state if state != counterpart else None
    return speaker


def _voters_state(view: SentenceView, lex: EventLexicon, i: int, lo: int) -> Optional[str]:
    """"Жители Ладонии на референдуме поддержали …", "ладонцы проголосовали на выборах": the state whose
    citizens or people (a voters noun before a state in the genitive, or a people noun) vote in the clause."""
    gaz = gazetteer_mod.load()
    for k in range(lo, i):
        if view.phrase_at(k, "voters", lex, i) is not None and (k + 1) in view.ment:
            m = view.ment[k + 1]
            if m[2] == "LOC" and _country_like(view.index.get(m[1].entity_key)):
                return m[1].entity_key
        if word_kind(view, k) == "noun" and k not in view.ment:
            state = gaz.demonym(view.toks[k].text, view.lang)
            if state is not None and {"Plur", "Ptan"} & set(view.toks[k].morph.get("Number")):
                return _country_entity(view, state.key)
    return None


def _officials_state(view: SentenceView, lex: EventLexicon, statements: list[Statement], start: int, i: int,
                     lo: int) -> Optional[str]:
    """"Премьер X сказал, что внеочередного голосования не будет", "X отверг новые выборы": an election
    that names no place is in the state of the official who speaks of it or rules it out."""
    k = i - 1
    while k >= lo and word_kind(view, k) == "adj":
        k -= 1
    if k >= lo and is_prep(view, k):
        return None  # "не має стосунку до виборів", "явка на выборах": an election spoken of, not ruled out
    while k > lo and view.toks[k].text in QUOTES:
        k -= 1
    if k >= lo and _phrase_before(view, lex, "result", k + 1, lo, reach=1):
        return None  # "приветствовал итоги референдума у соседей": the results of another state's vote
    holder = next((s.speaker_key for s in statements if s.start <= start < s.end and s.speaker_key), None)
    if holder is None:
        verb = _light_before(view, lex, i, lo)
        holder = next(iter(_subject(view, verb, lo)), None) if verb is not None else None
    ent = view.index.get(holder) if holder else None
    if ent is None or ent.type not in ("PER", "ORG") or ent.is_outlet or not ent.country_key:
        return None
    return _country_entity(view, ent.country_key)


def _first_of_coordinated(view: SentenceView, lex: EventLexicon, key: Optional[str], lo: int) -> Optional[str]:
    """"атакували об'єкти у X та Y-ському районі": the first of places coordinated after a place preposition is
    where (the later ones are where else), not the last."""
    if key is None:
        return None
    k = _first_mention_from(view, key, lo)
    if k is None or k < 2 or view.word(k - 1) not in _COORD or (k - 2) not in view.ends:
        return key
    start, (_end, mention, etype) = view.ends[k - 2]
    if etype == "LOC" and mention.entity_key and start > 0 and view.phrase_at(start - 1, "place", lex, view.n) == start \
            and _town(view.index.get(mention.entity_key), view.lang):
        return mention.entity_key
    return key


def _coordinated_or_region(view: SentenceView, key: str, lo: int) -> bool:
    """The entity's first mention from ``lo`` on follows "і"/"та"/a comma, or names a region or a district."""
    k = _first_mention_from(view, key, lo)
    if k is None:
        return False
    regions = gazetteer_mod.word_lists("region_nouns.txt").get(view.lang, frozenset())
    return (k > 0 and (view.word(k - 1) in _COORD or view.toks[k - 1].text == ",")) \
        or any(view.lem[x] & regions for x in range(k, view.ment[k][0])) \
        or (k - 1 in view.ends and view.ends[k - 1][1][2] == "LOC")  # "в Х-ському районі Одещини": the district's region


def _after_place_prep(view: SentenceView, lex: EventLexicon, key: str, lo: int) -> bool:
    """The entity's first mention from ``lo`` on follows a place preposition ("на Київщині")."""
    k = _first_mention_from(view, key, lo)
    return k is not None and k > 0 and view.phrase_at(k - 1, "place", lex, view.n) == k


def _first_mention_from(view: SentenceView, key: str, lo: int) -> Optional[int]:
    """Where the entity's first mention from word ``lo`` on starts, if it has one there."""
    return next((a for a, m in sorted(view.ment.items()) if a >= lo and m[1].entity_key == key), None)


def _city_of_the_state_after(view: SentenceView, lex: EventLexicon, j: int, state: str) -> Optional[str]:
    """"прибув до Німеччини для участі у конференції в Мюнхені": a place in the state visited, named later in the
    sentence in the locative, is where the visit went."""
    for k in range(j, view.n - 1):
        pk = view.phrase_at(k, "place", lex, view.n)
        m = view.ment.get(pk) if pk else None
        if m and m[2] == "LOC" and locative(view, pk, m[0]):
            ent = view.index.get(m[1].entity_key)
            if ent is not None and ent.country_key == state:
                return ent.key
    return None


@lru_cache(maxsize=None)
def _region_and_place_nouns(lang: str) -> frozenset[str]:
    """Nouns of regions and of named places ("до порту X", "на остров X")."""
    return gazetteer_mod.word_lists("region_nouns.txt").get(lang, frozenset()) \
        | gazetteer_mod.word_lists("place_nouns.txt").get(lang, frozenset())


def _place_noun(view: SentenceView, lex: EventLexicon, k: int, any_reading: bool = False) -> bool:
    """"посетит провинцию X", "відвідає місто X", "до порту X": a noun for a town, a region or a place, the name after it in apposition
    whatever case an indeclinable name shows."""
    regions = _region_and_place_nouns(view.lang)
    lemmas = set(view.lem[k])
    if any_reading and view.lang in ("uk", "ru"):  # ("у села X": not the verb "сесть" the tagger may read)
        lemmas |= {p[0] for p in morph.parses(view.lang, view.toks[k].lower_)}
    return any((w,) in lex.words.get("city", []) or w in regions for w in lemmas)


def _city_named_before(view: SentenceView, lex: EventLexicon, i: int, j: int, we: int) -> Optional[str]:
    """"він відвідав місто", "посетит город": a city noun after the visit word (or its direction
    preposition), with no name of its own, is the last city named before, within a few sentences."""
    k = view.phrase_at(j, "direction", lex, we) if j < we else None
    k = j if k is None else k
    if k >= we or k in view.ment or not any((w,) in lex.words.get("city", []) for w in view.lem[k]) \
            or (k + 1 < view.n and k + 1 in view.ment):
        return None  # "відвідав місто Суми": the name follows
    return _last_town_before(view, view.start_char(i), _CITY_REACH)


_CITY_REACH = 600  # characters: a few sentences back


def _state_named_before(view: SentenceView, lex: EventLexicon, i: int, j: int, we: int,
                        participants: list[str]) -> Optional[str]:
    """"поездка … в эту далекую страну", "візит до цієї країни": a state noun after a direction
    preposition and a demonstrative is the last state named before (not the visitor's own)."""
    nouns = gazetteer_mod.word_lists("state_nouns.txt").get(view.lang, frozenset())
    bare = [b for b in (i - 1, j) if 0 <= b < we and view.lem[b] & nouns and view.toks[b].text.islower()
            and "Acc" in morph.cases(view.toks[b], view.lang)] if view.lang in ("uk", "ru") and morph.is_verb(
        view.toks[i], view.lang) else []
    if bare:  # "страну посетил X", "відвідав країну": the state the text is about
        own = {c for p in participants if (e := view.index.get(p)) is not None and (c := e.country_key)}
        return _last_state_before(view, i, own)
    for k in range(j, min(we, j + 6)):
        d = view.phrase_at(k, "direction", lex, we)
        if d is None or d >= we or view.phrase_at(d, "anaphor", lex, we) is None:
            continue
        n = d + 1
        while n < min(we, d + 4) and word_kind(view, n) == "adj" and n not in view.ment:
            n += 1
        if n >= we or not view.lem[n] & nouns:
            return None
        own = {c for p in participants if (e := view.index.get(p)) is not None and (c := e.country_key)}
        own |= {st for x in range(0, d) if (st := _state_of_adjective(view, x))}  # "главы российской дипломатии"
        return _last_state_before(view, i, own)
    return None


def _last_state_before(view: SentenceView, i: int, own: set) -> Optional[str]:
    """The last state named (or the state of the last place named) before token i, a few sentences back at most,
    that is none of ``own``."""
    for m in view.index.before(view.start_char(i), ("LOC",)):
        if view.start_char(i) - m.end > 2 * _CITY_REACH:
            break
        ent = view.index.get(m.entity_key)
        state = ent.key if _country_like(ent) else (ent.country_key if ent is not None else None)
        if state and _country_like(view.index.get(state)) and state not in own:
            return state
    return None


def _town_of_the_venue(view: SentenceView, place: str, start: int) -> str:
    """A palace or residence ("у палаці Амалієнборг", "во дворце Х") is in the town the article named last before
    it: that town is where the event was (the venue itself when the article names no town)."""
    ent = view.index.get(place)
    if ent is None or view.lang not in ("uk", "ru"):
        return place
    venues = _venue_nouns(view.lang)
    at_venue = any(lemma_candidates(w, view.lang) & venues for w in ent.name.split()) or any(
        view.lem[x] & venues for k, (_e, m, _t) in view.ment.items() if m.entity_key == place
        for x in range(max(0, k - 4), k))  # ("в особняке на Пречистенке": the street of a residence)
    if not at_venue or _country_like(ent) or getattr(ent, "wikidata", None):
        return place  # (a palace the gazetteer knows, "Маріїнський палац", is named as the place in its own right)
    regions = gazetteer_mod.word_lists("region_nouns.txt")
    skip = venues | regions.get(view.lang, frozenset()) | regions.get("en", frozenset())  # (a region, another venue)
    here = min([start] + [view.start_char(k) for k, (_e, m, _t) in view.ment.items() if m.entity_key == place])
    return _last_town_before(view, here, here, skip) or place  # (a town before the venue's own mention)


def _venue_nouns(lang: str) -> frozenset:
    return gazetteer_mod.word_lists("venue_nouns.txt").get(lang, frozenset())


def _last_town_before(view: SentenceView, start: int, reach: int, regions: frozenset = frozenset()) -> Optional[str]:
    """The last place named before ``start``, within ``reach`` characters, that is no state (nor, when
    ``regions`` gives the region nouns, a region)."""
    for m in view.index.before(start, ("LOC",)):
        if start - m.end > reach:
            break
        ent = view.index.get(m.entity_key)
        if ent is None or _country_like(ent) or any(w.lower() in regions for w in ent.name.split()):
            continue  # (a region: "Бетанська область")
        return ent.key
    return None


def _vote_of_an_international_body(view: SentenceView, j: int) -> bool:
    """A vote noun with an international body right after it ("голосування в ООН", "голосование в Совбезе ООН")."""
    for k in range(j, min(j + 3, view.n)):
        if k in view.ment:
            return k > j and is_prep(view, k - 1) and gazetteer_mod.load().international_body(
                view.index.get(view.ment[k][1].entity_key))
    return False


def _country_like(ent) -> bool:
    return gazetteer_mod.load().state_entity(ent)  # (a state with no Wikidata id in the list too)


def _etype(view: SentenceView, key: str) -> Optional[str]:
    ent = view.index.get(key)
    return ent.type if ent else None


def _person_after_complement(view: SentenceView, end: int, hi: int, title: Optional[int] = None) -> Optional[int]:
    """Where a person's name starts after a title's prepositional complement ("… з питань оборони Y"),
    or None when something else comes first. Given the title, lower-case genitive words may stand there
    instead, when the name agrees with the title ("с председателем Палаты депутатов чилийского конгресса X")."""
    t = end
    if t >= hi:
        return None
    prep = is_prep(view, t)
    if not prep and (title is None or view.lang not in ("uk", "ru")):
        return None
    while t < min(end + 5, hi) and t not in view.ment and (is_prep(view, t) or (
            view.toks[t].text.isalpha() and view.toks[t].text[:1].islower() and not morph.is_verb(view.toks[t], view.lang))):
        t += 1
    m = view.ment.get(t)
    if not (t > end + (1 if prep else 0) and m is not None and m[2] == "PER" and m[1].label != "ROLE"):
        return None
    if not prep and any(view.toks[x].pos_ in ("CCONJ", "ADP") for x in range(end, t)):
        return None  # ("с председателем Комиссии и X": two sides)
    return t if prep or agree(view, title, t, m[0]) else None


def _after_role_complement(view: SentenceView, lo: int, k: int) -> bool:
    """A state after a title word and its lower-case complement ("министру иностранных дел Египта"): the state
    the title is of, taken with the title's holder."""
    for r in range(k - 2, max(lo, k - 4) - 1, -1):
        m = view.ment.get(r)
        if m is not None and m[1].label == "ROLE" and m[0] < k:
            return all(view.toks[t].text.islower() and word_kind(view, t) in ("adj", "noun") for t in range(m[0], k))
    return False


def _named_colleague(view: SentenceView, state: str) -> Optional[str]:
    """The one person of that state the article names before this sentence, by a title of that state or its body
    or by nationality; None when it names no one or several."""
    def of_state(key: Optional[str]) -> bool:
        ent = view.index.get(key) if key else None
        return key == state or (ent is not None and ent.type == "ORG" and ent.country_key == state)
    before = view.sent.start_char
    named = {m.entity_key for m in view.index.mentions if m.start < before and m.entity_key}
    found = {r.person_key for r in getattr(view.index, "roles", None) or []
             if r.person_key in named and of_state(r.org_key)
             and getattr(view.index.get(r.person_key), "country_key", None) in (None, state)}
    # (not "спецпредставитель Пакистана по Афганистану": another state's envoy for it)
    found |= {k for k in named if getattr(view.index.get(k), "type", None) == "PER"
              and getattr(view.index.get(k), "country_key", None) == state}
    # "министр обороны X обсудит … с киргизским коллегой": a colleague holds the same office (not the foreign minister)
    here = {m[1].entity_key for m in view.ment.values() if m[2] == "PER"}
    found = {k for k in found if not roles_mod.other_offices(getattr(view.index, "roles", None) or [], here, k)}
    return found.pop() if len(found) == 1 else None



def _bodies_of_two_states(view: SentenceView, lo: int, hi: int, participants: list[str]) -> None:
    """"Минфины Латвии и Эстонии согласовали", "міністерства освіти Литви та Польщі": a plural body noun
    with two states after it is one body of each; the article names only the first, so the two states take part."""
    for a, (end, mention, etype) in sorted(view.ment.items()):
        key = mention.entity_key
        if not (lo <= a < hi) or etype != "ORG" or key not in participants or end + 1 >= hi \
                or view.word(end) not in _COORD or (end + 1) not in view.ment:
            continue
        other = view.ment[end + 1]
        ent = view.index.get(key)
        if other[2] != "LOC" or not _country_like(view.index.get(other[1].entity_key)) or ent is None \
                or not ent.country_key or not any(
                    {"plur", "nomn"} <= g for _nf, _pos, g, _k in morph.parses(view.lang, view.word(a))):
            continue
        own = _country_entity(view, ent.country_key)
        if own is None or own == other[1].entity_key:
            continue
        at = participants.index(key)
        participants[at:at + 1] = [p for p in (own, other[1].entity_key) if p not in participants]


def _subject_before_inserted(view: SentenceView, prep: int) -> Optional[str]:
    """The person in the nominative right before the phrase at ``prep``, or before a relative clause closed by a
    comma right before it ("X, який очолює адміністрацію, на зустрічі …")."""
    k = prep - 1
    if k >= 0 and view.toks[k].text == ",":
        rel = next((r for r in range(k - 1, max(-1, k - 12), -1) if view.toks[r].text == ","), None)
        if rel is None or rel + 1 >= k or not view.lem[rel + 1] & RELATIVE_OR_THAT:
            return None
        k = rel - 1
    if k < 0 or k not in view.ends:
        return None
    start, (end, mention, etype) = view.ends[k]
    if etype != "PER" or not mention.entity_key or not all_nominative(view, start, end) or (
            start > 0 and (is_prep(view, start - 1) or morph.is_verb(view.toks[start - 1], view.lang))):
        return None
    return mention.entity_key


def _two_bodies_of_a_kind(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> list[str]:
    """"совещание двух прокуратур", "засідання двох міністерств": the two bodies of that kind the article
    names ("Генпрокуратура России", "Генпрокуратура Казахстана"), when it names exactly two."""
    for k in range(lo, hi - 1):
        if not view.phrase_at(k, "two", lex, k + 1) or (k + 1) in view.ment or not view.toks[k + 1].text.islower() \
                or word_kind(view, k + 1) != "noun" or view.phrase_at(k, "two-states", lex, hi):
            continue
        stems = {w[:-1] for w in view.lem[k + 1] if len(w) >= 6}
        bodies = [key for key, e in view.index.entities.items() if e.type == "ORG" and any(
            st in label.lower() for st in stems for label in (e.name or "", *e.labels.values(), *e.alt_labels))]
        return bodies if len(bodies) == 2 else []
    return []


def _dative_only(view: SentenceView, a: int, b: int) -> bool:
    """The name at a..b can only be in the dative (or the locative, which needs a preposition): "Україні"."""
    cases = morph.cases(view.toks[b - 1], view.lang)
    return view.lang in ("uk", "ru") and "Dat" in cases and not cases & {"Nom", "Gen", "Acc", "Ins"}


def _state_elected_member(view: SentenceView, j: int) -> bool:
    """"обрала Ірландію членом комітету": a state elected to a body's seat, the seat noun (a "member" word) right
    after it."""
    m = view.ment.get(j)
    return m is not None and m[2] == "LOC" and m[0] < view.n and bool(view.lem[m[0]] & _MEMBER_WORDS)


_MEMBER_WORDS = {"член", "членкиня", "member"}


def _chain_after(view: SentenceView, lex: EventLexicon, j: int, hi: int, trig: Trigger, skip: frozenset = frozenset(),
                 agents: Optional[set] = None                 ) -> tuple[list[str], Optional[str], int, bool]:
    """Entities joined to the trigger from the right: genitive/instrumental/dative names, 'с X',
    'між президентами X і Y', for attacks 'по X', 'со стороны Y'. Time expressions and places in
    between are stepped over. A name after a common noun counts only in apposition to it (same
    case: 'с женой ... Грасой') or after a title ('с президентом X'), not as its genitive
    modifier ('с семьей X'). Stops at a verb, a clause break or an unrelated preposition."""
    out: list[str] = []
    place = None
    budget = 4
    counterpart = False
    last: Optional[tuple[int, int]] = None  # the last name taken
    nouns: list[int] = []  # common nouns passed since the last anchor (trigger, link word, name)
    by_agent = False  # names after "со стороны", "з боку" are the attackers
    # after "против", "проти": who the sanctions hit (the trigger may end with it: "обмеження проти")
    against = trig.type == "Sanctions" and j > 0 and view.phrase_at(j - 1, "against", lex, hi) == j
    linked = False  # after "с", "з", "між": the object after a topic verb is no longer its topic
    k = j
    while k < hi:
        if k in skip:
            k += 1
            continue
        if k in view.time_pos:
            k = view.time_pos[k]
            continue
        m = view.ment.get(k)
        if m and trig.type == "Election" and m[1].label == "ROLE":
            m = None  # "выборы президента": the office, not its holder
        if m and trig.type == "Agreement" and trig.verb and k == j and _dative_only(view, k, m[0]):
            k = m[0]  # "погодили надання Україні кредиту": who receives what was agreed is no party of it
            continue
        if m:
            end, mention, etype = m
            nxt, nxt_at = view.ment.get(end), end
            if nxt is None and etype == "ORG" and end < hi and view.toks[end].text == "(":
                # "с председателем Комиссии Экономического сообщества (ЭКОС) X": the acronym in brackets stepped over
                close = next((t for t in range(end + 1, min(end + 5, hi)) if view.toks[t].text == ")"), None)
                if close is not None and view.ment.get(close + 1) and view.ment[close + 1][2] == "PER":
                    nxt, nxt_at = view.ment[close + 1], close + 1
            if etype != "PER" and nxt is None:  # "UN Special Envoy John Smith"
                t = end
                while t < min(end + 3, hi) and view.toks[t].is_title and t not in view.ment:
                    t += 1
                if t > end and t in view.ment and view.ment[t][2] == "PER" and any(
                        is_title(view, x) for x in range(end, t)):
                    nxt = view.ment[t]
            # the first noun after the anchor decides: a title or kin noun takes the name ("с женой ...
            # Грасой"), a common noun only a name in apposition ("с семьей X" is X's family, not X)
            quoted = k > 0 and view.toks[k - 1].text in ("«", '"', "“", "„")  # "блока «Альянс»"
            ok = trig.type == "Attack" or not nouns or quoted or is_title(view, nouns[0]) or agree(view, nouns[0], k, end) \
                or (trig.type == "Visit" and etype == "LOC" and nouns == [k - 1] and _place_noun(view, lex, k - 1))
            if ok and nouns and not quoted and trig.type != "Attack" and etype == "PER" and is_title(view, nouns[0]) \
                    and _plural_title_one_name(view, next(n for n in nouns if is_title(view, n)), k, end):
                # (the first title: "с главой кабинета министров X" is the head's name, the plural a complement)
                ok = False  # "переговоров министров Иванов обсудил": no apposition to the title
            if trig.elaborate and nouns and not linked and not is_title(view, nouns[0]):
                break  # "обговорили фінансування портів ЄС": a name in the topic is not a party
            if last is not None and last[1] == k and view.lang != "en" and not _cases_meet(view, last, (k, end)):
                break  # "с Петровым Иванов заявил": the next name starts the main clause
            # "президента Чехии Петрова", "с главой Чехии": a country right after a title qualifies it
            after_title = etype == "LOC" and bool(nouns) and is_title(view, nouns[-1]) and nouns[-1] == k - 1
            # "з генсеком НАТО Марком Рютте": an organisation between a title and a name qualifies the title
            org_of_title = etype == "ORG" and bool(nouns) and is_title(view, nouns[-1]) and (nouns[-1] == k - 1 or (
                nouns[-1] == k - 2 and view.toks[k - 1].text in ("«", '"', "„", "“"))) \
                and nxt is not None and nxt[2] == "PER" and trig.type != "Attack"
            if not ok and nouns and view.phrase_at(nouns[0], "group", lex, hi) and any(
                    view.phrase_at(t, "headed", lex, hi) for t in range(end, min(end + 4, hi))):
                k = end  # "з делегацією X на чолі з Y": whose delegation, then who leads it
                continue
            if not ok and nouns == [k - 1] and etype in ("ORG", "LOC") and trig.type in INTERACTIONS \
                    and (view.phrase_at(k - 1, "delegation", lex, k) == k
                         or view.phrase_at(k - 1, "group", lex, k) == k) and nxt is None:
                ok = True  # "консультации с делегацией Госдепартамента США", "з членами Ради безпеки": whose group it is
            if not ok:
                break
            if etype == "ORG" and nxt is None and nouns and is_title(view, nouns[0]) and trig.type != "Attack" \
                    and (holder_at := _person_after_complement(view, end, hi, nouns[0])) is not None:
                k = holder_at  # "з головою комісії X з питань оборони Y": the body is the title's, Y takes part
                continue
            if after_title or org_of_title or (etype == "LOC" and nxt and nxt[2] == "PER"):
                holder = _role_holder(view, k - 1, mention.entity_key) \
                    if after_title and not nxt and not _names_follow(view, end, hi) else None
                if holder:
                    out.append(holder)  # "с президентом Чехии" named elsewhere as "президент Чехии X"
                    last = (k, end)
                    if trig.type == "Election":
                        place = place or mention.entity_key  # "выборы президента Венесуэлы"
                elif after_title and trig.type == "Election":
                    place = place or mention.entity_key  # "обрання президентом України": where the election was
                elif after_title and not nxt and not _names_follow(view, end, hi) and trig.type != "Attack" \
                        and gazetteer_mod.load().is_state(mention.entity_key) \
                        and view.toks[k - 1].morph.get("Number") != ["Plur"]:
                    out.append(mention.entity_key)  # "встреча с премьер-министром Лаоса", unnamed: that state
                    last = (k, end)
                elif after_title:
                    counterpart = True  # someone holding that title takes part, unnamed
                k = nxt_at if org_of_title else end
                continue
            key = mention.entity_key
            before = view.ends.get(k - 1)
            if etype == "LOC" and (before is not None and (before[1][1].label == "ROLE" or (
                    before[1][2] == "ORG" and getattr(view.index.get(before[1][1].entity_key), "country_key", None) == key))
                    or _after_role_complement(view, j, k)):
                k = end  # "с главой МИД Чада": the state whose ministry it is, taken with the title or the ministry
                continue
            if etype == "ORG" and nxt is None and nouns and nouns[-1] == k - 1 and is_title(view, k - 1) \
                    and trig.type != "Attack" and not _names_follow(view, end, hi) \
                    and view.toks[k - 1].morph.get("Number") != ["Plur"]:  # ("с представителями МИД": the body)
                # "с главой МИД Армении", unnamed: the one that state's office sent, so the state takes part (the
                # holder when the article names one with that title: "глава МИД Армении X")
                state = getattr(view.index.get(key), "country_key", None)
                if _a_parliament(view, key):
                    state = None  # "с главой Национального совета X": a chamber takes part as itself
                key = _role_holder(view, k - 1, key) or (state if state and _country_like(view.index.get(state)) else key)
            out.append(key)
            if by_agent and agents is not None and mention.entity_key:
                agents.add(mention.entity_key)
            counterpart = False
            last = (k, end)
            k, budget, nouns = end, 4, []
            continue
        tok = view.toks[k]
        if last is not None and last[1] == k and view.sides_joined(k):
            k = k + 1  # "саммит Казахстан — ЕС": the dash joins the two sides
            continue
        led = view.phrase_at(k, "headed", lex, hi) if nouns and trig.type != "Attack" else None
        if led is not None:  # "з делегацією X на чолі з головою X Y": who leads the delegation takes part
            t = led
            while t < min(led + 7, hi) and (is_title(view, t) or word_kind(view, t) == "adj" or (
                    t in view.ment and view.ment[t][2] in ("ORG", "LOC")) or (
                    view.toks[t].text in ("-", "‑") and not view.toks[t - 1].whitespace_) or (
                    t + 1 < hi and view.toks[t + 1].text in ("-", "‑") and not view.toks[t].whitespace_)):  # "вице-…"
                t = view.ment[t][0] if t in view.ment else t + 1
            m2 = view.ment.get(t)
            if m2 is not None and m2[2] == "PER" and m2[1].entity_key:
                out.append(m2[1].entity_key)
                last, k, budget, nouns = (t, m2[0]), m2[0], 4, []
                continue
        if is_prep(view, k) and nouns and is_title(view, nouns[-1]) and k + 1 < hi and (
                view.lem[k + 1] & _MATTERS) and budget > 0:
            k, budget = k + 2, budget - 1  # "з комісаром з питань торгівлі X": the title's own complement
            continue
        if is_prep(view, k) and budget > 0 and ((nouns and is_title(view, nouns[-1])) or (k > 0 and is_title(view, k - 1))):
            # "з уповноваженою при президентові Австрії з прав дитини X": the title's own complements, then the name
            t = k + 1
            while t < min(k + 8, hi):
                if t in view.ment:
                    if view.ment[t][2] == "PER" and view.ment[t][1].label != "ROLE":
                        break
                    t = view.ment[t][0]  # a place, a body, or a title standing for its holder ("при президентові Австрії")
                elif is_prep(view, t) or (view.toks[t].text.isalpha() and view.toks[t].text[:1].islower()
                                          and not morph.is_verb(view.toks[t], view.lang)):
                    t += 1
                else:
                    break
            if t < hi and t > k + 1 and t in view.ment and view.ment[t][2] == "PER" and view.ment[t][1].label != "ROLE":
                k, budget = t, budget - 1
                continue
        if (view.word(k),) in lex.words.get("origin", []) and nouns and k + 1 in view.ment and view.ment[k + 1][2] == "LOC" \
                and any(seq[0] in view.lem[nouns[-1]] for seq in lex.words.get("role", []) if len(seq) == 1):
            end, mention, _kind = view.ment[k + 1]
            out.append(mention.entity_key)  # "с коллегой из Бетании": the state the colleague comes from
            last, k, budget, nouns = (k + 1, end), end, 4, []
            continue
        if view.word(k) in _COORD and len(nouns) >= 2 and is_title(view, nouns[0]) and k + 1 < hi \
                and k + 1 not in view.ment and view.toks[k + 1].text.islower() \
                and "Gen" in morph.cases(view.toks[k + 1], view.lang) and "Gen" in morph.cases(view.toks[k - 1], view.lang):
            k += 1  # "з міністеркою закордонних справ і людської мобільності X": two complements of one title
            continue
        nk = None
        for kind in ("agent", "link") + (("target",) if trig.type == "Attack" else ("against",) if trig.type == "Sanctions" else ()):
            nk = view.phrase_at(k, kind, lex, hi)
            if nk and kind == "target" and _where_not_whom(view, k, nk):
                nk = None
            if nk:
                break
        if nk:
            if kind == "agent" or (kind == "link" and view.word(k) in _COORD):
                by_agent = by_agent or kind == "agent"  # "со стороны X и Y": both attack
            else:
                by_agent = False
            against = against or kind == "against"
            if trig.elaborate and kind == "link" and nouns and not out and not linked and view.word(k) in _WITH \
                    and nk in view.ment and _country_like(view.index.get(view.ment[nk][1].entity_key)):
                break  # "обговорили охорону річки з X": a state after the topic is the topic's (a capital may be its government)
            linked = linked or kind == "link"
            k, nouns = nk, []
            continue
        if against and view.word(k) in _FROM and k + 1 in view.ment and view.ment[k + 1][2] == "LOC" \
                and _country_like(view.index.get(view.ment[k + 1][1].entity_key)):
            out.append(view.ment[k + 1][1].entity_key)  # "обмеження проти двох банків з X": that state
            against = False
            k = view.ment[k + 1][0]
            continue
        if against:
            # "санкции против (14) российских банков": the state whose banks they hit
            a = k + 1 if tok.like_num and k + 1 < hi else k
            state = view.index.get(view.index.lookup(view.toks[a].text, view.lang, "LOC")) \
                if word_kind(view, a) == "adj" else None
            if state is not None and state.type == "LOC" and _country_like(state):
                out.append(state.key)
                against = False
                k = a + 1
                continue
        pk = view.phrase_at(k, "place", lex, hi)
        if pk:
            pm = view.ment.get(pk)
            if pm and pm[2] == "LOC" and locative(view, pk, pm[0]):
                if not (trig.elaborate and nouns):  # "обсудили засуху в Чаде": the topic's place
                    place = place or pm[1].entity_key
                k = pm[0]
                continue
            if pm and pm[2] == "ORG" and trig.type in ("Meeting", "Talks") and locative(view, pk, pm[0]) \
                    and not _seat_of_government(pm[1].entity_key) \
                    and not any(_etype(view, o) == "PER" for o in out):  # ("переговоры с X в министерстве": where)
                out.append(pm[1].entity_key)  # "зустрічі в міністерстві": a meeting with the organisation
                last, k, budget, nouns = (pk, pm[0]), pm[0], 4, []
                continue
            if pk in view.time_pos:
                k = view.time_pos[pk]
                continue
            if trig.type != "Attack":
                break
        if k + 2 < hi and view.toks[k + 1].text in ("-", "‑") and tok.idx + len(tok) == view.toks[k + 1].idx \
                and view.toks[k + 1].idx + 1 == view.toks[k + 2].idx and k + 2 not in view.ment and k not in view.ment \
                and tok.text.islower() and word_kind(view, k) != "noun" and not is_title(view, k):
            k += 1  # "науково-дослідну станцію": the first half of a compound word, then its hyphen
            continue
        glued = tok.text in ("-", "‑") and 0 < k and k + 1 < hi and view.toks[k - 1].idx + len(view.toks[k - 1]) == tok.idx \
            and tok.idx + 1 == view.toks[k + 1].idx
        if glued and k + 1 in view.ment:
            if nouns and nouns[-1] == k - 1:
                nouns.pop()  # "вице-премьером …" whose second half starts a title mention: the prefix is part of it
            k += 1
            continue
        if glued:
            if nouns and nouns[-1] == k - 1:
                nouns[-1] = k + 1  # "головою-засновницею", "віце-прем’єр-міністром": the compound's last part heads it
            k += 2  # "премьер-министром" split by the tokenizer: one word
            continue
        if tok.text in ("«", "»", '"', "“", "”", "„", "'", "-"):
            k += 1
            continue
        if tok.text == "," and last is not None and last[1] == k and trig.type != "Attack" \
                and _titled_name_in_apposition(view, k + 1, hi, last):
            k += 1  # "з канцлером X, британським прем'єром Y і …": the next party in the list, named with a title
            continue
        if tok.text == "," and k + 1 < hi and view.ment.get(k + 1):
            e = view.ment[k + 1][0]
            while e < min(view.ment[k + 1][0] + 2, view.n - 1) and view.toks[e].pos_ == "PRON":
                e += 1  # "…, Y його підтримав": a pronoun object before the verb
            if e < view.n and morph.tense(view.toks[e], view.lang) is not None and (
                    view.ment[k + 1][2] == "PER" or e == view.ment[k + 1][0]):
                break  # "назначен послом в X, Y выразил надежду", "…, Загреб привітав": the name opens the next clause
            k += 1
            continue
        if tok.is_punct or morph.is_verb(tok, view.lang) or (is_prep(view, k) and trig.type != "Attack"):
            break
        kind = word_kind(view, k)
        if k + 1 < hi and view.phrase_at(k + 1, "side", lex, hi) and (kind == "adj" or any(
                pos == "ADJF" for _nf, pos, _g, _kn in morph.parses(view.lang, tok.lower_))):
            # "домовитися з литовською стороною", "talks with the Chilean side": the state
            state = view.index.get(view.index.lookup(tok.text, view.lang, "LOC"))
            if state is not None and state.type == "LOC" and _country_like(state):
                out.append(state.key)
                last, k, budget, nouns = (k, k + 2), k + 2, 4, []
                continue
        if k > 0 and view.word(k - 1) in _WITH and trig.type in INTERACTIONS and k not in view.ment \
                and view.lang in ("uk", "ru") and word_kind(view, k) == "noun" \
                and view.toks[k].morph.get("Number") == ["Plur"] \
                and (people := gazetteer_mod.load().demonym(view.toks[k].text, view.lang)) is not None \
                and (state := _country_entity(view, people.key)) is not None:
            out.append(state)  # "консультации с американцами": the state of that people
            last, k, budget, nouns = (k, k + 1), k + 1, 4, []
            continue
        if k + 1 < hi and k > 0 and (view.word(k - 1) in _WITH or (k > 1 and view.word(k - 2) in _WITH and view.word(k - 1)
                                                               in _OWN)) and trig.type in ("Talks", "Meeting", "Call", "Contact", "Agreement") \
                and (state := _demonym_group(view, lex, k)) is not None and view.ment.get(k + 2) is None \
                and not (k + 2 < hi and view.toks[k + 2].is_title):
            # "переговори із бельгійським колегою": the one of that state named before, else the state
            out.append(_named_colleague(view, state) or state)
            last, k, budget, nouns = (k, k + 2), k + 2, 4, []
            continue
        if kind == "noun" and trig.verb and k > j and k > max(skip, default=-1) and any(not t.verb and view.match_seq(k, t.lemmas, view.n) is not None
                                                         for t in lex.triggers):
            break  # "погодив з X дату саміту блоку": the names after another event word are its own
        if against and k + 2 < hi and view.word(k + 1) in _FROM and (k + 2) in view.ment:
            k += 1  # "проти двох банків | з X": where those hit come from, next
            continue
        # "с заместителем министра сельского хозяйства X": a title's genitive complements run longer
        complement = bool(nouns) and is_title(view, nouns[0]) and len(nouns) < 4 and "Gen" in morph.cases(tok, view.lang)
        if budget == 0 and kind in ("adj", "noun") and complement:
            budget = 1
        if budget > 0 and (kind in ("adj", "det") or (kind == "noun" and (trig.type == "Attack" or len(nouns) < 2
                                                                            or complement))):
            budget -= 1
            if kind == "noun" or is_title(view, k):  # (a participle as a title: "с управляющим банка X")
                nouns.append(k)
            k += 1
            continue
        break
    if nouns and is_title(view, nouns[-1]):
        counterpart = True  # "talks with the president": a second party named by title only
    return [o for o in out if o], place, k, counterpart


_MATTERS = {"питання", "вопрос", "справа", "дело", "affairs", "matters"}  # "комісар з питань …", "по вопросам …"
_EN_VERB_BEFORE = {"will", "would", "to", "'ll", "could", "might", "may", "can", "shall", "did", "not", "n't", "also"}


def _plural_title_one_name(view: SentenceView, n: int, a: int, b: int) -> bool:
    """"переговоров министров Иванов обсудил": one name after a title that can only be plural, with no other name
    joining it ("министров X и Y"), is no apposition to the title but the next clause's subject ("коллеги" may be
    singular; a name's case is no evidence: foreign and women's surnames do not decline)."""
    ps = morph.parses(view.lang, view.toks[n].lower_)
    plural = all("plur" in p[2] for p in ps) if ps else morph.number_gender(view.toks[n], view.lang)[0] == "Plur"
    return plural and morph.number_gender(view.toks[b - 1], view.lang)[0] == "Sing" and not (
        b < view.n and (view.word(b) in _COORD or view.toks[b].text == ","))


def _names_follow(view: SentenceView, k: int, hi: int) -> bool:
    """Persons named right after a coordination of places ("премьеров Чили и Перу Хуана Переса и …")."""
    while k < hi:
        m = view.ment.get(k)
        if m is not None and m[2] == "PER":
            return True
        if m is not None and m[2] == "LOC":
            k = m[0]
        elif view.word(k) in _COORD:
            k += 1
        else:
            return False
    return False


def _titled_elsewhere(view: SentenceView, title_pos: int, place_key: str) -> Optional[str]:
    """The one person the article gives that title with no state or with this one ("премьер Эсватини" in a headline,
    "премьер-министром королевства X" in the body)."""
    title = view.lem[title_pos] & titles(view.lang)
    if not title:
        return None
    found = {r.person_key for r in getattr(view.index, "roles", None) or [] if r.title_norm and (
        r.org_key in (None, place_key) or not any(w[:1].isupper() for w in r.title.split()[1:]))
        and any(r.title_norm == t or r.title_norm.startswith(t + "-") for t in title)}
    # (a title naming no state of its own, "премьер-министром королевства", is this state's)
    return found.pop() if len(found) == 1 else None


def _role_holder(view: SentenceView, title_pos: int, place_key: str) -> Optional[str]:
    """The person the article names right after the same title and place ("президент Чехии Иван
    Петров"), for a bare "президент Чехии" elsewhere; None when there is no single such person."""
    title = view.lem[title_pos] & titles(view.lang)
    if not title:
        return None
    doc, found = view.doc, set()
    by_end = {m.end: m for m in view.index.mentions if m.entity_key == place_key}
    for m in view.index.mentions:
        ent = view.index.get(m.entity_key)
        if ent is None or ent.type != "PER":
            continue
        gap = doc_text(doc)[max(0, m.start - 3):m.start]
        loc = next((by_end[e] for e in range(m.start - len(gap), m.start + 1) if e in by_end
                    and not doc_text(doc)[e:m.start].strip()), None)
        if loc is None:
            continue
        span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        before = doc[span.start - 1]
        if before.is_space and span.start > 1:
            before = doc[span.start - 2]
        if morph.lemmas(before, view.lang) & title and not _former_title(doc, before.i, view.lang):
            found.add(m.entity_key)
    if not found:  # "Глава российского МИД X" (words between), as the article's roles tell
        found = {r.person_key for r in getattr(view.index, "roles", None) or []
                 if r.org_key == place_key and r.title_norm and (r.title_norm in title or _qualified(view, r.title_norm, title))
                 and not _former_role(doc, r, view.lang)}
    chiefs = gazetteer_mod.word_lists("chief_nouns.txt").get(view.lang, frozenset())
    if not found and title & chiefs and getattr(view.index.get(place_key), "type", None) == "ORG":
        # "примет главу Нацбанка" after "председатель Нацбанка X": the one person heading that body
        found = {r.person_key for r in getattr(view.index, "roles", None) or []
                 if r.org_key == place_key and r.title_norm and set(r.title_norm.split()) & chiefs
                 and not _former_role(doc, r, view.lang)}
    return found.pop() if len(found) == 1 else None


def _former_title(doc, i: int, lang: str) -> bool:
    """A former or interim holder's title: a word of ``former_words.txt`` among the three words before the title
    at token i ("бывшим главой агентства", "тогдашним руководителем")."""
    return _former_word_in(doc, max(0, i - 3), i, lang)


def _former_role(doc, r, lang: str) -> bool:
    """A role told with a former or interim word before or at the start of its title ("с тогдашним руководителем
    агентства X")."""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    return span is not None and (_former_word_in(doc, span.start, min(span.start + 4, span.end), lang)
                                 or _former_title(doc, span.start, lang))


def _former_word_in(doc, lo: int, hi: int, lang: str) -> bool:
    """A word of ``former_words.txt`` (by lemma or form) among tokens [lo, hi)."""
    former = gazetteer_mod.word_lists("former_words.txt").get(lang, frozenset())
    return any(morph.lemmas(doc[k], lang) & former or doc[k].lower_ in former for k in range(lo, hi))


def _qualified(view: SentenceView, title_norm: str, title: set[str]) -> bool:
    """"наследный принц" for "принц": the title's last word with only adjectives before it."""
    words = title_norm.split()
    return len(words) > 1 and words[-1] in title and all(
        any(pos == "ADJF" for _nf, pos, _g, _k in morph.parses(view.lang, w)) for w in words[:-1])


def _titled_name_in_apposition(view: SentenceView, k: int, hi: int, last: tuple[int, int]) -> bool:
    """From token k on, lower-case words with a title among them ("британським прем'єром", "головою італійського
    уряду") and then a person's name, the title and the name in the case of the name taken last: one more in a list
    of parties ("з X, британським прем'єром Y"), not a new clause's subject ("з X, британський прем'єр Y заявив")."""
    t, title = k, None
    while t < min(k + 8, hi):
        if t in view.ment and view.ment[t][2] in ("LOC", "ORG") and title is not None:
            t = view.ment[t][0]  # "прем'єр-міністром Великобританії Y": whose title it is
            continue
        if t in view.ment or not (view.toks[t].text in ("-", "‑") or view.toks[t].text[:1].isalpha()
                                  and view.toks[t].text[:1].islower()) \
                or morph.is_verb(view.toks[t], view.lang) or is_prep(view, t) or view.word(t) in _COORD:
            break
        if title is None and is_title(view, t):
            title = t
        t += 1
    if title is None or t >= hi or t not in view.ment or view.ment[t][2] != "PER":
        return False
    named = set()
    for x in range(*last):
        named |= morph.cases(view.toks[x], view.lang)
    if title + 2 < hi and view.toks[title + 1].text in ("-", "‑") and not view.toks[title].whitespace_:
        title += 2  # "премьер-министром": the compound's last part carries the case
    titled = morph.cases(view.toks[title], view.lang)
    return bool(named and titled and named & titled) and _cases_meet(view, last, (t, view.ment[t][0]))


def _cases_meet(view: SentenceView, a: tuple[int, int], b: tuple[int, int]) -> bool:
    ca, cb = set(), set()
    for t in range(*a):
        ca |= morph.cases(view.toks[t], view.lang)
    for t in range(*b):
        cb |= morph.cases(view.toks[t], view.lang)
    return not ca or not cb or bool(ca & cb)


def _subject_after(view: SentenceView, k: int, hi: int) -> Optional[str]:
    """A nominative person or organisation right after a fronted phrase and before its verb."""
    steps = 0
    while k < hi and steps < 6:
        if k in view.time_pos:
            k = view.time_pos[k]
            continue
        m = view.ment.get(k)
        if m:
            end, mention, etype = m
            if etype in ("PER", "ORG") and all_nominative(view, k, end if etype == "PER" else k + 1) and any(
                    morph.is_verb(view.toks[t], view.lang) for t in range(end, min(end + 3, view.n))):
                return mention.entity_key
            return None
        if morph.is_verb(view.toks[k], view.lang) or view.toks[k].text in CLAUSE_BREAK - {","}:
            return None
        k += 1
        steps += 1
    return None


def _subject_before_phrase(view: SentenceView, at: int, lo: int, hi: int) -> Optional[str]:
    """A nominative organisation or person right before a fronted phrase (times may stand between) whose
    clause's verb follows the phrase: "Сейм на заседании во вторник одобрил бюджет"."""
    k = at - 1
    while k >= lo and view.in_time(k):
        k -= 1
    if k < lo or k not in view.ends:
        return None
    s0, (e0, mention, etype) = view.ends[k]
    if etype not in ("PER", "ORG") or not all_nominative(view, s0, e0 if etype == "PER" else s0 + 1):
        return None
    if s0 > lo and view.toks[s0 - 1].text not in CLAUSE_BREAK | {"-", "«", '"'}:
        return None  # the name is no clause's start: "телеканалу X на пресконференції"
    verb = next((t for t in range(at + 1, hi) if morph.is_verb(view.toks[t], view.lang)), None)
    return mention.entity_key if verb is not None else None


def _body_of_an_unnamed_head_received(view: SentenceView, lo: int, hi: int) -> Optional[str]:
    """"Президент примет руководителя NASA": a title in the accusative right after the receive verb and a body (not a state)
    after it, no person named: the body whose head is received (its holder unknown to the article)."""
    for k in range(lo, min(lo + 2, hi)):
        m = view.ment.get(k + 1)
        if is_title(view, k) and "Acc" in morph.cases(view.toks[k], view.lang) and m is not None and m[2] == "ORG" \
                and m[1].entity_key and view.ment.get(m[0], (0, None, ""))[2] != "PER":
            return m[1].entity_key
    return None


def _delegation_guest(view: SentenceView, lo: int, hi: int) -> Optional[str]:
    """The guest of a delegation received in the clause: the body named right after the delegation noun ("принял
    делегацию Конгресса X"); for a bare one ("делегацію прийняв король"), the delegation the article told of before:
    the person heading it ("на чолі з X", "во главе с X"), else its body."""
    k = next((k for k in range(lo, hi) if view.lem[k] & _DELEGATION), None)  # (one of a state by its adjective is
    # _delegation_received's)
    if k is None:
        return None
    if (k + 1) in view.ment and view.ment[k + 1][2] == "ORG":
        return view.ment[k + 1][1].entity_key
    if (k + 1) < hi and (k + 1) in view.ment or (k + 1 < view.n and view.toks[k + 1].text[:1].isupper()):
        return None  # a delegation of someone or somewhere else
    text = doc_text(view.doc)
    here = view.start_char(lo)
    told = None
    for m in sorted(view.index.mentions, key=lambda m: m.start):
        if m.start >= here - 1 or not m.entity_key:
            continue
        ent = view.index.get(m.entity_key)
        if ent is None:
            continue
        before = text[max(0, m.start - 160):m.start]
        if ent.type == "ORG" and _DELEGATION_OF.search(before[-30:]):
            told = m.entity_key  # "делегація Верховної Ради", "с делегацией Конгресса X"
        elif ent.type == "PER" and _HEADED_BY.search(before) and _DELEGATION_NEAR.search(before):
            told = m.entity_key  # "… на чолі з маршалком X": the head of the delegation
    return told


_DELEGATION_OF = re.compile(r"(?i)(делегаці[яїюєй]\w*|делегаци[яиюей]\w*|місі[яїюєй]\w*|мисси[яиюей]\w*|"
                            r"(delegation|mission) of( the)?)(\s+[a-zа-яіїєґё'’]+)?\s+$")  # ("місія спостерігачів X")
_HEADED_BY = re.compile(r"(?i)(на чолі (з|із)|во главе с|led by|headed by)\s+(\S+\s+){0,4}$")
_DELEGATION_NEAR = re.compile(r"(?i)делегац|місі[яїюєй]|мисси[яиюей]|delegation|mission")


def _delegation_received(view: SentenceView, lo: int, hi: int) -> Optional[str]:
    """The state of a delegation named by its nationality adjective in the clause of a receive verb
    ("бетанскую делегацию принял президент X"): the guest."""
    for k in range(lo + 1, hi):
        if view.lem[k] & _DELEGATION and word_kind(view, k - 1) == "adj" and k - 1 not in view.ment:
            state = view.index.get(view.index.lookup(view.toks[k - 1].text, view.lang, "LOC"))
            if state is not None and _country_like(state):
                return state.key
    return None


_BE = frozenset({"быть", "бути"})
_DELEGATION = frozenset({"делегация", "делегація", "delegation", "миссия", "місія", "mission"})
_TIMES = frozenset({"раз", "разу"})  # "В прошлый раз X приезжал": no noun X is the genitive of


def _as_named(view: SentenceView, start: int, end: int, key: Optional[str]) -> bool:
    """The mention is written as the person's name is ("Россі", though the dictionary may read a locative of
    "Росс"): a foreign name in its own, nominative form."""
    ent = view.index.get(key)
    if ent is None or ent.type != "PER":
        return False
    last = view.toks[end - 1].text.lower()
    if end - start == 1 and any(lbl.split()[0].lower() == last and len(lbl.split()) >= 3 for lbl in ent.labels.values()
                                if lbl and any(w.lower() in SON_OF for w in lbl.split()[1:-1])):
        return True  # "король Абдалла": the given name of a name with "son of" in it, by which he is called
    labels = [lbl.split() for lbl in ent.labels.values() if lbl]
    if end - start >= 2 and all(len(lb) >= 2 and lb[0].lower() != view.toks[start].text.lower() for lb in labels) \
            and _known_name_not_nominative(view, start):
        return False  # "з Оленою Мартінес": the given name is inflected, whatever the surname
    return any(lb[-1].lower().rsplit("-", 1)[-1] == last for lb in labels)  # ("аль-Заяні": its last token)


def _known_name_not_nominative(view: SentenceView, k: int) -> bool:
    """A given name the dictionary knows, only in the instrumental or genitive ("Оленою", "Ахмедом"; not a foreign
    given name it only guesses at, nor one it reads as a dative, "Жуану", which Portuguese names end in)."""
    ps = [p for p in morph.parses(view.lang, view.toks[k].text.lower()) if p[3]] if view.lang in ("uk", "ru") else []
    return bool(ps) and all(p[2] & {"ablt", "gent", "accs"} for p in ps)


def _named_by_nominative_noun(view: SentenceView, start: int) -> bool:
    """``партія «Разом» виграла``: a quoted name stays as written; the noun before the quote has the case."""
    return start >= 2 and view.toks[start - 1].text in _OPENING_QUOTES and word_kind(view, start - 2) == "noun" \
        and nominative(view, start - 2, start - 1) and not _quoted_after_genitive(view, start, 0)


def _quoted_after_genitive(view: SentenceView, start: int, lo: int) -> bool:
    """``лідер партії «Разом»``: a quoted name after a genitive noun that depends on a noun or title before it."""
    return start - 3 >= lo and view.toks[start - 1].text in _OPENING_QUOTES and word_kind(view, start - 2) == "noun" \
        and can_be(view, start - 2, start - 1, "Gen") and not view.in_time(start - 3) \
        and (word_kind(view, start - 3) == "noun" or is_title(view, start - 3))


_OPENING_QUOTES = frozenset("«„“\"")


def _winner_of_the_victory(view: SentenceView, lex: EventLexicon, ws: int, prep: int, i: int) -> list[str]:
    """"После победы на выборах X вернулся", "X, здобувши перемогу на виборах": the victory noun before the
    election names its winner in the genitive right after it, else the clause's subject does (a person or a party;
    "поздравил X с победой" is the congratulate frame's)."""
    k = next((k for k in range(prep - 1, max(ws, prep - 4) - 1, -1) if view.phrase_at(k, "won", lex, prep)), None)
    if k is None or (k > ws and view.phrase_at(k - 1, "victory", lex, i)):
        return []
    if (k + 1) in view.ment and view.ment[k + 1][2] in ("PER", "ORG") and view.ment[k + 1][1].entity_key:
        return [view.ment[k + 1][1].entity_key]
    keys = _subject(view, k, ws) or _subject(view, k, 0)
    return [key for key in keys if _etype(view, key) in ("PER", "ORG")][:1]


def _subject_before_parenthesis(view: SentenceView, ws: int) -> list[str]:
    """``Рух «X» (NE) під керівництвом Y виграв``: a clause that opens after a parenthesis has its subject before it."""
    if ws < 2 or view.toks[ws - 1].text != ")":
        return []
    opening = next((k for k in range(ws - 2, max(-1, ws - 8), -1) if view.toks[k].text == "("), None)
    if opening is None:
        return []
    lo = next((k + 1 for k in range(opening - 1, -1, -1) if view.toks[k].text in (",", ";", ":")), 0)
    return _subject(view, opening, lo)


def _group_before(view: SentenceView, start: int, lo: int) -> Optional[int]:
    """The nominative group noun before a name in the genitive ("делегация Сейма", "главы государств
    СНГ", "місія ОБСЄ") or a plural title ("Министры финансов стран ОБСЕ", "лідери G7"), with
    adjectives and genitive nouns between; its position, else None."""
    lex = lexicon(view.lang)
    for k in range(start - 1, max(lo, start - 5) - 1, -1):
        end = view.phrase_at(k, "group", lex, start)
        plural_title = is_title(view, k) and view.lang != "en" and any(
            "plur" in t and "nomn" in t for lem in view.lem[k] for t in sl_tags(view.lang, view.toks[k].text, lem))
        if end is None and plural_title:
            end = k + 1
        if end is not None and all(word_kind(view, t) == "adj" or (
                word_kind(view, t) == "noun" and can_be(view, t, t + 1, "Gen")) for t in range(end, start)):
            if nominative(view, k, k + 1):
                return k
            if not can_be(view, k, k + 1, "Gen"):
                return None
            continue  # "министры … стран ОБСЕ": a genitive group noun inside the chain, the head comes before
        if k in view.ends or view.toks[k].is_punct or is_prep(view, k) or morph.is_verb(view.toks[k], view.lang):
            return None
    return None


def _visitor_after(view: SentenceView, j: int, hi: int) -> Optional[str]:
    """The subject right after a visit verb: a nominative person or organisation (titles, adjectives
    and times stepped over), or a group noun with its genitive ("відвідає делегація Сейму")."""
    k, steps = j, 0
    first_noun: Optional[int] = None
    roles = {r.start: r.person_key for r in getattr(view.index, "roles", None) or []}
    while k < hi and steps < 6:
        if k in view.time_pos:
            k = view.time_pos[k]
            continue
        if roles.get(view.start_char(k)) and k not in view.ment and all_nominative(view, k, k + 1):
            return roles[view.start_char(k)]  # "поїде радник президента з питань безпеки X": the title's holder
        m = view.ment.get(k)
        if m:
            end, mention, etype = m
            if not mention.entity_key:
                return None
            if _group_before(view, k, j) is not None:
                return mention.entity_key
            if first_noun is not None and not is_title(view, first_noun) \
                    and not morph.animate(view.toks[first_noun], view.lang):
                return None  # "обговорили фінансування портів ЄС": a name inside the object
            if etype in ("PER", "ORG") and all_nominative(view, k, end if etype == "PER" else k + 1):
                return mention.entity_key
            if etype == "LOC" and k > j and word_kind(view, k - 1) == "noun":
                k, steps = end, steps + 1  # "міністр фінансів Чилі X": the country qualifies a title
                continue
            return None
        tok = view.toks[k]
        if tok.text in ("«", '"', "„", "“") and k + 1 in view.ment and first_noun == k - 1:
            k += 1  # "перемогла партія «Свобода»": the kind noun, then its quoted name in apposition
            first_noun = None
            continue
        headed = view.phrase_at(k, "headed", lexicon(view.lang), hi) if first_noun is not None else None
        if headed is not None and headed in view.ment and view.ment[headed][2] == "PER" \
                and view.phrase_at(first_noun, "group", lexicon(view.lang), hi):
            return view.ment[headed][1].entity_key  # "посетила делегация во главе с X": X leads the visit
        if tok.is_punct or is_prep(view, k) or morph.is_verb(tok, view.lang):
            return None
        if first_noun is None and word_kind(view, k) == "noun":
            first_noun = k
        k += 1
        steps += 1
    return None


def _party_before(view: SentenceView, lex: EventLexicon, i: int, lo: int) -> list[str]:
    """The other party fronted before a verb whose subject follows it: "з Коваленком зустрівся X"
    (a link word and its name), "Коваленка зустрів X" (a person in the accusative)."""
    for k in range(i - 1, lo - 1, -1):
        if k in view.ends:
            start, (end, mention, etype) = view.ends[k]
            if etype not in ("PER", "ORG") or not mention.entity_key:
                return []
            if start - 1 >= lo and view.phrase_at(start - 1, "link", lex, start) == start:
                return [mention.entity_key]
            if etype == "PER" and can_be(view, start, end, "Acc") and not all_nominative(view, start, end):
                return [mention.entity_key]
            return []
        if morph.is_verb(view.toks[k], view.lang):
            return []
    return []


def _bare_place_before(view: SentenceView, i: int, lo: int) -> Optional[str]:
    """A place named without a preposition before a visit verb ("Ригу відвідав X"): the destination."""
    for k in range(i - 1, lo - 1, -1):
        if k in view.ends:
            start, (end, mention, etype) = view.ends[k]
            if etype == "LOC" and mention.entity_key and not (start - 1 >= lo and is_prep(view, start - 1)) \
                    and can_be(view, start, end, "Acc"):
                return mention.entity_key
            return None
        if morph.is_verb(view.toks[k], view.lang):
            return None
    return None


def _offered_to(view: SentenceView, lex: EventLexicon, i: int, ws: int) -> list[str]:
    """"X предложил Y переговоры", "Вена предлагала Вадуцу консультации": a verb of proposing, a name in the dative
    and the event noun right after: the proposer and the one it was offered to are its parties."""
    k = i - 1
    while k > ws and word_kind(view, k) == "adj" and k not in view.ends:
        k -= 1
    if k not in view.ends:
        return []
    start, (end, mention, _etype_) = view.ends[k]
    if start - 1 < ws or not mention.entity_key or not can_be(view, start, end, "Dat") \
            or not any((w,) in lex.words.get("propose", []) for w in view.lem[start - 1]):
        return []
    return [key for key in _subject(view, start - 1, ws) if key != mention.entity_key] + [mention.entity_key]


def _stay_verb(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """A visit verb whose place is where one stays, in the locative ("побывать в X", "побувати у Y")."""
    return any((w,) in lex.words.get("stay", []) for w in view.lem[i])


def _destination_before(view: SentenceView, lex: EventLexicon, i: int, lo: int) -> Optional[str]:
    """A destination fronted before an arrival verb ("до Києва приїде місія", "в Москву прибудет"):
    a direction preposition with a place or organisation not in the locative, a few words before."""
    k, steps = i - 1, 0
    while k >= lo and steps < 4:
        if view.in_time(k):
            k -= 1
            continue
        if k in view.ends:
            start, (end, mention, etype) = view.ends[k]
            d = view.phrase_at(start - 1, "direction", lex, end) if start - 1 >= lo else None
            if etype in ("LOC", "ORG") and mention.entity_key and d == start and (
                    view.word(start - 1) in ("до", "to") or can_be(view, start, end, "Acc")):
                return mention.entity_key
            if etype == "LOC" and mention.entity_key and _stay_verb(view, lex, i) and start - 1 >= lo \
                    and view.phrase_at(start - 1, "place", lex, end) == start:
                return mention.entity_key  # "во Вьентьяне побывал X": where a stay verb's subject was
            return None
        if k == i - 1 and view.phrase_at(k, "modal", lex, i) == i:
            k, steps = k - 1, steps + 1  # "до Львова має приїхати місія": the modal before the arrival verb
            continue
        if morph.is_verb(view.toks[k], view.lang) or view.toks[k].is_punct:
            return None
        k, steps = k - 1, steps + 1
    return None


def _taking_part(view: SentenceView, lex: EventLexicon, lo: int, hi: int, i: int) -> list[str]:
    """'Во встрече приняли участие X, Y и Z', 'X took part in the talks': the nominative names of a
    clause whose verb says they take part (i: the event word, -1 for an event told in a sentence before)."""
    verb = next((k for k in range(lo, hi) if view.phrase_at(k, "participate", lex, hi)), None)
    if verb is None:
        return []
    if i >= 0 and any(view.toks[t].text in CLAUSE_BREAK and not any(
            view.lem[x] & RELATIVE or view.word(x) in _IN_IT for x in range(t + 1, min(t + 3, view.n)))
                      for t in range(min(i, verb), max(i, verb))):
        return []  # "Сессия начнется летом, а в мае X примет участие в саммите": another clause's event (not
        # "форум, в котором участвовал X", "форум, у ньому брали участь X")
    k = verb - 1
    while k >= max(lo, verb - 4) and not is_prep(view, k) and word_kind(view, k) in ("noun", "adj") \
            and not view.ment.get(k) and not view.in_time(k):
        k -= 1
    n = next((m for m in range(k + 1, verb) if word_kind(view, m) == "noun"), None)
    if k >= lo and is_prep(view, k) and n is not None and not any(t.lemmas[0] in view.lem[n] for t in lex.triggers):
        return []  # "в забастовке приняли участие …": they took part in something else, not the event told
    out = []
    for a, (end, mention, etype) in sorted(view.ment.items()):
        if a - 2 >= lo and is_prep(view, a - 2) and word_kind(view, a - 1) == "noun" and not view.ment.get(a - 1) \
                and not view.in_time(a - 1):  # ("В октябре X примет участие": a time, then the subject)
            continue  # "по сведениям полиции X": the source of the figure, not someone taking part
        if any(b < a < v[0] for b, v in view.ment.items()):
            continue  # "в Раді Україна – НАТО": a name inside another's
        if lo <= a < hi and etype in ("PER", "ORG") and mention.entity_key and mention.entity_key not in out \
                and all_nominative(view, a, end if etype == "PER" else a + 1):
            out.append(mention.entity_key)
    return out


def _demonym_agent(view: SentenceView, i: int, lo: int, trig: Trigger, verb: bool = False) -> list[str]:
    """The state behind an attack named by an adjective or a people noun: 'российский удар', 'Russian drones
    struck', 'бетанські війська завдали удару' (``verb``: i is the support verb), 'бетанці завдали удару'."""
    out = []
    k, skipped = i - 1, 0
    while k >= lo and i - k - skipped <= 4:
        tok = view.toks[k]
        if view.in_time(k) or (k + 1 < i and view.in_time(k + 1) and not view.ment.get(k)
                               and (is_prep(view, k) or word_kind(view, k) == "other")):
            k, skipped = k - 1, skipped + 1  # "бетанські війська в ніч на суботу атакували", "близько 07:30"
            continue
        if tok.text in ("-", "‑") and k > lo and k + 1 < i and not view.toks[k - 1].whitespace_ and not tok.whitespace_:
            k, skipped = k - 2, skipped + 2  # "бетанські дрони-камікадзе атакували": one noun
            continue
        if k in view.ends and (trig.verb or verb) and view.lang in ("uk", "ru"):
            start, (_end, mention, etype) = view.ends[k]
            if etype in ("ORG", "LOC") and start - 1 >= lo and word_kind(view, start - 1) == "noun" \
                    and nominative(view, start - 1, start) and not is_prep(view, start - 2) \
                    and morph.tense(view.toks[i], view.lang) is not None \
                    and morph.number_gender(view.toks[start - 1], view.lang)[0] == morph.number_gender(view.toks[i], view.lang)[0] \
                    and (etype == "ORG" or _country_like(view.index.get(mention.entity_key))):
                out.append(mention.entity_key)  # "ракеты X обстреляли": whose missiles they were
            break
        if k in view.ends or tok.is_punct or (is_prep(view, k) and view.lang != "en"):
            break
        if (trig.verb or verb) and tok.lower_ in _COORD and k + 1 < i and nominative(view, k - 1, k) \
                and word_kind(view, k - 1) == "noun":
            k, skipped = k - 1, skipped + 3  # "російські безпілотники та балістичні ракети атакували": the first weapons' adjective
            continue
        if word_kind(view, k) == "adj" or tok.is_title or ((trig.verb or verb) and nominative(view, k, k + 1)):
            key = view.index.lookup(tok.text, view.lang, "LOC")
            ent = view.index.get(key)
            if ent is not None and ent.type == "LOC":
                out.append(key)
                break
        elif not (trig.verb or verb):
            break
        k -= 1
    return out


def _town_told_before(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> Optional[str]:
    """"Город обстреляли ракеты", "в город приедет X": a city noun of the clause with no name after it (and no
    adjective before it) is the town last named before it, within a paragraph or two (no state, no region)."""
    k = next((k for k in range(lo, hi) if any((w,) in lex.words.get("city", []) for w in view.lem[k])
              and k not in view.ment and not (k + 1 < view.n and (k + 1 in view.ment or view.toks[k + 1].text[:1].isupper()))
              and not (k > lo and word_kind(view, k - 1) == "adj")), None)
    if k is None:
        return None
    nouns = gazetteer_mod.word_lists("region_nouns.txt")
    # (a curated region's name is English: "Ternopil Oblast")
    regions = nouns.get(view.lang, frozenset()) | nouns.get("en", frozenset())
    return _last_town_before(view, view.start_char(k), 2 * _CITY_REACH, regions)


def _demonym_subject_after(view: SentenceView, j: int, hi: int) -> list[str]:
    """"Склад обстріляли бетанські безпілотники": a nationality adjective in the nominative right after an attack
    verb opens its subject (the object came first), which names the attacking state."""
    if view.lang not in ("uk", "ru"):
        return []
    for k in range(j, min(hi, j + 3)):
        if view.toks[k].is_punct or k in view.ment or is_prep(view, k) or word_kind(view, k) != "adj":
            return []
        if view.toks[k].text[:1].islower() and nominative(view, k, k + 1):
            ent = view.index.peek(view.toks[k].text, view.lang, "LOC")
            if _country_like(ent):
                return [view.index.lookup(view.toks[k].text, view.lang, "LOC")]
    return []


def _demonym_genitive_after(view: SentenceView, j: int, hi: int) -> list[str]:
    """"Удару бетанських дронів", "атаки бетанской армии": a nationality adjective in the genitive right after an
    attack noun, with its genitive noun, names whose weapons or forces struck (the attacking state); other
    adjectives may stand beside it ("ударом російських крилатих ракет", "атакою ворожих російських дронів")."""
    if view.lang not in ("uk", "ru") or j + 1 >= hi:
        return []
    k = j
    while k < min(hi, j + 3) and k not in view.ment and word_kind(view, k) == "adj" and view.toks[k].text[:1].islower():
        k += 1
    if k == j or k >= hi or k in view.ment or word_kind(view, k) != "noun":
        return []
    noun = view.toks[k]
    for a in range(j, k):
        adj = view.toks[a]
        if not ("Gen" in morph.cases(adj, view.lang) & morph.cases(noun, view.lang)):
            continue
        ent = view.index.peek(adj.text, view.lang, "LOC")
        if _country_like(ent):
            return [view.index.lookup(adj.text, view.lang, "LOC")]
    return []


def _state_genitive_after(view: SentenceView, j: int) -> list[str]:
    """"Під ударом Бетанії", "атака Бетании на порт": a state named in the genitive right after an attack noun is
    the one that struck (a town there is where: "удар по Харкову", "атака на Харків" take a preposition)."""
    m = view.ment.get(j)
    if view.lang not in ("uk", "ru") or m is None or m[2] != "LOC" or not m[1].entity_key:
        return []
    if not _country_like(view.index.get(m[1].entity_key)) or "Gen" not in morph.cases(view.toks[m[0] - 1], view.lang):
        return []
    return [m[1].entity_key]


def _demonym_after(view: SentenceView, j: int, hi: int) -> Optional[str]:
    """The state a nationality adjective after a sanction word names ("въезд литовским депутатам", "на
    норвежский газ"): the sanctions' target, within four words, before any name or clause break."""
    for k in range(j, min(hi, j + 4)):
        if view.toks[k].is_punct or k in view.ment:
            return None
        if word_kind(view, k) == "adj" and view.toks[k].text[:1].islower():
            ent = view.index.peek(view.toks[k].text, view.lang, "LOC")
            if _country_like(ent):
                return view.index.lookup(view.toks[k].text, view.lang, "LOC")
    return None


def _light_after(view: SentenceView, lex: EventLexicon, j: int, hi: int) -> Optional[int]:
    """Token of a support verb after the trigger noun ("Удар … завдали", "конференцію провела"), else None."""
    return next((k for k in range(j, hi) if any((w,) in lex.words.get("light", []) for w in view.lem[k])), None)


def _light_before(view: SentenceView, lex: EventLexicon, i: int, lo: int, status_verbs: bool = True) -> Optional[int]:
    """Token of a support verb right before the trigger (adjectives/quotes in between allowed); with
    ``status_verbs``, a verb of planning or refusing counts too (not for elections: who rules them out
    does not run in them)."""
    k = i - 1
    skipped = 0
    if k >= lo and any(t.head and not t.verb and t.lemmas[0] in view.lem[k] for t in lex.triggers):
        k -= 1  # "провели в X новий раунд переговорів": the head noun of the event word counts as the event's
    free = 0
    while k >= lo and skipped <= 2:
        tok = view.toks[k]
        if view.in_time(k) and not any((w,) in lex.words.get("light", []) for w in view.lem[k]):
            k -= 1  # "провів у вівторок переговори": a time between the verb and its object
            continue
        if free < 4 and k not in view.ment and tok.text.islower() and tok.pos_ not in ("PRON", "DET") \
                and not view.phrase_at(k, "pronoun-party", lex, i) and (word_kind(view, k) == "adj" or any(
                t.head and not t.verb and t.lemmas[0] in view.lem[k] for t in lex.triggers)):
            k -= 1  # "провели … очередной раунд закрытых переговоров": adjectives and the head noun of the event word
            free += 1
            continue
        if any((w,) in lex.words.get("light", []) for w in view.lem[k]) or any(
                t.verb and t.type == "Visit" and not t.invite and len(t.lemmas) == 1 and t.lemmas[0] in view.lem[k]
                and t.lemmas[0] not in _BE for t in lex.triggers):  # ("є атакою": a copula, no support verb)
            return k
        # a verb of planning or refusing whose object is the event: "планирует визит", "rules out talks"
        if status_verbs and morph.is_verb(tok, view.lang) and any(len(seq) == 1 and seq[0] in view.lem[k]
                                                                  for seq, _s in lex.status):
            return k
        if status_verbs and view.word(k) in _ABOUT and k == i - 1 - skipped and (v := _status_verb_before_about(
                view, lex, k, lo)) is not None:
            return v  # "домовилися про зустріч", "договорился с X о встрече"
        if status_verbs and view.lang == "en" and k - 1 >= lo and any(
                len(seq) == 2 and seq[0] in view.lem[k - 1] and seq[1] in view.lem[k] for seq, _s in lex.status):
            return k - 1  # "rules out", "ruled out"
        if k in view.ends and view.ends[k][1][2] in ("LOC", "ORG") and view.ends[k][0] - 1 >= lo \
                and is_prep(view, view.ends[k][0] - 1) and locative(view, view.ends[k][0], k + 1):
            k = view.ends[k][0] - 2  # "начали в Риге переговоры": a place between the verb and its object
            skipped += 1
            continue
        if k - 1 >= lo and view.word(k - 1) in _WITH and view.phrase_at(k, "pronoun-party", lex, i):
            k -= 2  # "провести с ним переговоры": the other side named by a pronoun stands between
            continue
        kk = view.ends[k][0] - 1 if k in view.ends and view.ends[k][1][2] == "LOC" else k  # ("… страны Нейпьидо")
        where = next((p for p in range(kk - 1, max(lo, kk - 3) - 1, -1) if is_prep(view, p) and p + 1 <= kk
                      and _place_noun(view, lex, p + 1, any_reading=True)
                      and all(view.toks[t].is_alpha and view.toks[t].text.islower() for t in range(p + 1, kk + 1))), None)
        if where is not None and skipped == 0:
            k = where - 1  # "провел в столице королевства переговоры": where, between the verb and its object
            skipped += 1
            continue
        side = next((s0 for s0 in range(max(lo, k - 5), k) if (view.phrase_at(s0, "sidelines", lex, i) or i) <= k
                     and not any(morph.is_verb(view.toks[p], view.lang) for p in range(s0, k + 1))), None)
        if side is not None and skipped == 0:
            k = side - 1  # "провел на полях саммита НАТО переговоры": the occasion stands between
            skipped += 1
            continue
        span = _span_of_years(view, k, lo)
        if span is not None:
            k = span - 1  # "провели первую за шесть лет встречу": how long since the last one stands between
            continue
        if morph.is_verb(tok, view.lang) or is_prep(view, k) or view.ment.get(k) or k in view.ends:
            return None
        skipped += 1
        k -= 1
    return None


_PERIOD_NOUNS = {"год", "лет", "рік", "років", "місяць", "месяц", "тиждень", "неделя", "десятиліття", "десятилетие"}


def _span_of_years(view: SentenceView, k: int, lo: int) -> Optional[int]:
    """Where "за несколько лет", "за п'ять років", "за последние годы" starts when its period noun is at k: "за",
    then numbers or quantity words, then the period."""
    if not (view.lem[k] & _PERIOD_NOUNS or view.word(k) in _PERIOD_NOUNS) or view.lang == "en":
        return None
    for p in range(k - 1, max(lo, k - 4) - 1, -1):
        if view.word(p) == "за":
            return p
        tok = view.toks[p]
        if not (tok.like_num or tok.pos_ in ("NUM", "DET", "ADJ") or word_kind(view, p) == "adj"):
            return None
    return None


def _status_verb_before_about(view: SentenceView, lex: EventLexicon, k: int, lo: int) -> Optional[int]:
    """The verb of planning before the "about" preposition at k, past a "with X" between them."""
    v = k - 1
    if v in view.ends and view.ends[v][0] - 1 >= lo and view.word(view.ends[v][0] - 1) in _WITH:
        v = view.ends[v][0] - 2
    if v >= lo and morph.is_verb(view.toks[v], view.lang) and any(
            len(seq) == 1 and seq[0] in view.lem[v] for seq, _s in lex.status):
        return v
    return None


_OCCASION_PHRASES = {("во", "время"), ("в", "ходе"), ("під", "час"), ("в", "ході"), ("у", "ході")}
_ARTICLES = {"a", "an", "the"}


def _occasion_verb_before(view: SentenceView, i: int, j: int, lo: int) -> Optional[int]:
    """"X и Y договорились в телефонном разговоре", "домовилися під час зустрічі": a finite verb told as
    done at the event (an occasion preposition between them, adjectives before the noun); its subject took part."""
    k = i - 1
    while k >= lo and (word_kind(view, k) == "adj" or view.word(k) in _ARTICLES):
        k -= 1
    if k >= lo and view.word(k) in _OCCASION_PREPS:
        v = k - 1
    elif k - 1 >= lo and (view.word(k - 1), view.word(k)) in _OCCASION_PHRASES:
        v = k - 2
    else:
        return None
    if v < lo or not morph.is_verb(view.toks[v], view.lang) or morph.tense(view.toks[v], view.lang) is None:
        return None
    if j < view.n and j in view.ment:
        return None  # "ухвалили на засіданні уряду": the body's own sitting, which its members do not join by the verb
    # (an impersonal verb, "постанову ухвалили на засіданні", has nobody for its subject)
    return v if any(_etype(view, key) in ("PER", "LOC") for key in _subject(view, v, lo)) else None


def _pronoun_party(view: SentenceView, lex: EventLexicon, light: int, i: int, participants: list[str]) -> Optional[str]:
    """"Y проведет с ним переговоры в пятницу": the person a 'with him/her' pronoun between the support verb and
    the event noun stands for: the last person named before, not the clause's own subject."""
    k = next((k for k in range(light + 1, i) if view.word(k - 1) in _WITH and view.phrase_at(k, "pronoun-party", lex, i)),
             None)
    if k is None:
        return None
    return _last_other_person(view, k, set(participants) | set(_subject(view, light, 0)))


def _last_other_person(view: SentenceView, k: int, own: set[str]) -> Optional[str]:
    """The last person named before token k who is not one of ``own`` (what a pronoun there stands for)."""
    for m in view.index.before(view.start_char(k), ("PER",)):
        if m.entity_key and m.entity_key not in own:
            return m.entity_key
    return None


def _object_pronoun_party(view: SentenceView, lex: EventLexicon, i: int, lo: int, participants: list[str]) -> Optional[str]:
    """"…, де її біля трапа зустрів мер": the person an object pronoun before a meeting verb stands for,
    the last person named before who is not the verb's own subject (a pronoun followed by a noun is a possessive)."""
    k = next((k for k in range(i - 1, max(lo, i - 5) - 1, -1) if view.phrase_at(k, "object-pronoun", lex, i)
              or view.phrase_at(k, "guest", lex, i)), None)
    if k is None or word_kind(view, k + 1) in ("noun", "adj") or (k + 1) in view.ment:
        return None
    own = set(participants) | set(_subject(view, i, lo))
    if view.phrase_at(k, "guest", lex, i):
        # "українську гостю прийняв X": the person of that nationality named shortly before (no nationality: left to
        # the visit told before, _guest_is_the_visitor)
        adj = view.index.peek(view.toks[k - 1].text, view.lang, "LOC") if k > lo and view.toks[k - 1].is_lower else None
        state = adj.key if adj is not None and _country_like(adj) else None  # (the adjective read as a demonym)
        return next((m.entity_key for m in view.index.before(view.start_char(k), ("PER",))
                     if state and m.entity_key and m.entity_key not in own and view.start_char(k) - m.start <= _CITY_REACH
                     and getattr(view.index.get(m.entity_key), "country_key", None) == state), None)
    # the subject of the clause before, when the sentence names one ("X відвідає музей Y, а ввечері
    # його зустріне Z": X, not Y)
    subject = next((m[1].entity_key for a, m in sorted(view.ment.items(), reverse=True) if a < k and m[2] == "PER"
                    and m[1].entity_key and m[1].entity_key not in own and nominative(view, a, m[0])), None)
    return subject or _last_other_person(view, k, own)


def _adopted(view: SentenceView, lex: EventLexicon, i: int, j: int, lo: int, participants: list[str]) -> None:
    """"Норвегія приєдналася до пакета санкцій ЄС", "Норвегия переняла санкции ЕС": who joins or takes over
    another's sanctions imposes them; the one whose sanctions they were is no party of this event."""
    k0 = next((k for k in range(lo, i) if view.phrase_at(k, "adopt", lex, i) or _adopt_around_a_name(view, lex, k)), None)
    # the owner right after the trigger, or inside it ("к санкциям ЕС против")
    at = next((k for k in range(j - 1, i, -1) if k in view.ment), j if j in view.ment else None)
    if k0 is None or at is None or not view.ment[at][1].entity_key:
        return
    if k0 + 1 < view.n and k0 + 1 in view.ment and not morph.is_verb(view.toks[k0], view.lang) \
            and not morph.infinitive(view.toks[k0], view.lang):
        named = [view.ment[k0 + 1][1].entity_key]  # "присоединение X к …": the noun's genitive joins
    elif morph.infinitive(view.toks[k0], view.lang) and k0 - 1 in view.ends:
        named = [view.ends[k0 - 1][1][1].entity_key]  # "решение X присоединиться к …"
    else:
        named = _subject(view, k0, lo)
    adopters = [a for a in named if a and _etype(view, a) in ("LOC", "ORG")]
    owner = view.ment[at][1].entity_key
    if not adopters or owner in adopters:
        return
    participants[:] = adopters + [p for p in participants if p != owner and p not in adopters]


def _adopt_around_a_name(view: SentenceView, lex: EventLexicon, k: int) -> bool:
    """"присоединение X к": an adopt phrase of a noun and its preposition with the joiner's name between."""
    if k + 1 not in view.ment:
        return False
    e = view.ment[k + 1][0]
    return e < view.n and any(len(seq) == 2 and (view.word(k) == seq[0] or seq[0] in view.lem.get(k, ()))
                              and view.word(e) == seq[1] for seq in lex.words.get("adopt", []))


def _demonym_groups(view: SentenceView, lex: EventLexicon, k: int) -> list[str]:
    """States of a nationality adjective at k before a delegation noun, or of two joined by a conjunction
    ("польских и литовских переговорщиков")."""
    one = _demonym_group(view, lex, k)
    if one is not None:
        return [one]
    if k + 3 < view.n and (word_kind(view, k) == "adj" or view.toks[k].text.islower()) \
            and view.toks[k + 1].lower_ in _COORD:  # ("польська та литовська": the first may read as a noun too)
        second = _demonym_group(view, lex, k + 2)
        first = _state_of_adjective(view, k, any_reading=True) if second is not None else None
        if first is not None and first != second:
            return [first, second]
    return []


def _demonym_group(view: SentenceView, lex: EventLexicon, k: int) -> Optional[str]:
    """The state of a nationality adjective at k before a delegation noun ("литовська делегація", "польская миссия",
    one more adjective between: "литовская парламентская делегация")."""
    noun = _delegation_noun(view, lex, k) if k + 1 < view.n else None
    if k + 1 >= view.n or not (word_kind(view, k) == "adj" or _adjective_reading(view, k)) or (k + 1) in view.ment \
            or noun is None:
        return None  # ("Українська" reads as a noun too: the language)
    state = _state_of_adjective(view, k)
    if state is not None and any((w,) in lex.words.get("member", []) for w in view.lem[noun]):
        return _chamber_of(view, state) or state  # "российские депутаты": the State Duma, when the article names it
    return state


def _chamber_of(view: SentenceView, state: str) -> Optional[str]:
    """The parliament or chamber of that state the article names first (its name holds a parliament noun)."""
    for m in sorted(view.index.mentions, key=lambda m: m.start):
        ent = view.index.get(m.entity_key) if m.entity_key else None
        if ent is not None and ent.type == "ORG" and ent.country_key == state and any(
                institutions.is_parliament_noun(w, view.lang) for n in (ent.name, *ent.labels.values()) for w in n.split()):
            return ent.key
    return None


def _delegation_noun(view: SentenceView, lex: EventLexicon, k: int) -> Optional[int]:
    """Where the delegation noun after the adjective at k stands: next to it, or after one more lower-case
    adjective; None when there is none."""
    noun = k + 2 if k + 2 < view.n and view.toks[k + 1].text.islower() and word_kind(view, k + 1) == "adj" \
        and (k + 2) not in view.ment else k + 1
    return noun if noun < view.n and view.phrase_at(noun, "delegation", lex, noun + 1) is not None else None


_ANTI = ("анти",)


def _state_against(view: SentenceView, k: int) -> Optional[str]:
    """"антироссийских", "антиросійські": the state an "анти-" adjective names."""
    word = view.toks[k].text
    prefix = next((p for p in _ANTI if word.lower().startswith(p) and len(word) > len(p) + 4), None)
    if prefix is None:
        return None
    ent = view.index.peek(word[len(prefix):], view.lang, "LOC")
    key = view.index.add_entity(ent).key if ent is not None and _country_like(ent) else None
    return key if key is not None and _country_like(view.index.get(key)) else None


_MAY = frozenset({"могти", "мочь", "can", "may"})


def _official_subject(view: SentenceView, lex: EventLexicon, i: int, ws: int) -> Optional[str]:
    """"естонський міністр енергетики може відвідати", "глава МЗС Чилі відвідає": a subject named by a title
    alone, before the verb (a modal and adverbs between): the person the article names with that title and
    state, else the state (by the nationality adjective or the name after the title)."""
    k = i - 1
    while k >= ws and (view.lem[k] & _MAY or _adverb(view, k)):
        k -= 1
    end = k
    while k >= ws and not view.toks[k].is_punct and not is_prep(view, k):
        if k in view.ends:
            if view.ends[k][1][2] == "PER":
                return None  # a named subject: found as such
            k = view.ends[k][0] - 1
        elif word_kind(view, k) in ("adj", "noun"):
            k -= 1
        else:
            break
    title = next((x for x in range(k + 1, end + 1) if is_title(view, x) and nominative(view, x, x + 1)), None)
    if title is None:
        return None
    a = title - 1
    if a > k and a not in view.ment and (word_kind(view, a) == "adj" or _adjective_reading(view, a)):
        ent = view.index.peek(view.toks[a].text, view.lang, "LOC")  # ("Польський" opening a sentence reads as a noun too)
        if ent is not None and _country_like(ent):
            # "российский премьер": the person of that state told of before, if any (for a title that is no
            # leader's, "литовський міністр", one given that title: not the state's president)
            return _leader_by_demonym(view, lex, a, i, titled_only=True) or view.index.add_entity(ent).key
    for x in range(title + 1, end + 1):
        if x in view.ment and view.ment[x][2] in ("LOC", "ORG") and view.ment[x][1].entity_key:
            key = view.ment[x][1].entity_key
            holder = _role_holder(view, title, key)
            if holder is None and _etype(view, key) == "ORG":  # "глава российского правительства": who holds an
                held = {r.person_key for r in getattr(view.index, "roles", None) or [] if r.org_key == key}  # office there
                holder = held.pop() if len(held) == 1 else None
            if holder is not None:
                return holder
            state = _state_of_party(view, key)
            return _country_entity(view, state) if state else None
    return None


def _state_of_adjective(view: SentenceView, k: int, any_reading: bool = False) -> Optional[str]:
    """The state a nationality adjective at k stands for, if it is one (``any_reading``: a word that may read as a
    noun too, "польська" joined to an adjective)."""
    if word_kind(view, k) != "adj" and not _adjective_reading(view, k) and not any_reading:
        return None
    if k in view.ment:
        key = view.ment[k][1].entity_key if view.ment[k][2] == "LOC" else None
    else:
        ent = view.index.peek(view.toks[k].text, view.lang, "LOC")  # added to the entities only if a state
        key = view.index.add_entity(ent).key if ent is not None and _country_like(ent) else None
    return key if key is not None and _country_like(view.index.get(key)) else None



def _leader_by_demonym(view: SentenceView, lex: EventLexicon, j: int, i: int, titled_only: bool = False) -> Optional[str]:
    """"визит литовского лидера", "зустріч польського президента": a nationality adjective and a leader
    noun right after the event noun name the person of that state told of before it: one whose title makes
    them its head first, then any other, the latest named first. ``titled_only``: for a title that is no
    leader's ("литовський міністр"), only a person given that title (not the state's president)."""
    compound = j + 3 < view.n and view.toks[j + 2].text in ("-", "‑")  # "вице-премьера": the title after the hyphen
    if j + 1 >= view.n or word_kind(view, j) != "adj" or (view.phrase_at(j + 1, "leader", lex, view.n) is None
                                                          and not is_title(view, j + 1)
                                                          and not (compound and is_title(view, j + 3))):
        return None  # ("переговоры латвийского министра": any title)
    if j in view.ment:  # the entity stage took "литовського лідера" for a person (a role mention) already
        return view.ment[j][1].entity_key if view.ment[j][2] == "PER" else None
    state = view.index.peek(view.toks[j].text, view.lang, "LOC")
    if state is None or not _country_like(state):
        return None
    before = view.start_char(i)
    last: dict[str, int] = {}
    for m in view.index.mentions:
        ent = view.index.get(m.entity_key)
        if m.start < before and ent is not None and ent.type == "PER" and ent.country_key == state.key:
            last[ent.key] = m.start
    if not last:
        return None
    cats = roles_mod.titles(view.lang).single
    roles = getattr(view.index, "roles", None) or []
    heads = {r.person_key for r in roles if _role_category(r, view.lang) in roles_mod.LEADING}
    noun = view.toks[j + 1].lemma_.lower()
    titled = {r.person_key for r in roles if r.title_norm == noun}  # "латвийского министра": the minister named before
    leading = cats.get(noun) in roles_mod.LEADING
    if leading:  # "белорусского премьера": the head of government, whatever his title's words
        titled |= {r.person_key for r in roles if _role_category(r, view.lang) == cats[noun]}
    if titled_only and not leading and view.phrase_at(j + 1, "leader", lex, view.n) is None:
        last = {k: v for k, v in last.items() if k in titled}
        if not last:
            return None
    return max(last, key=lambda k: (k in titled, k in heads, last[k]))


def _role_category(role, lang: str) -> Optional[str]:
    """The category of a role's title: its head noun's, or that of a several-word title it opens with
    ("Председатель правительства X": the head of government; titles.txt)."""
    lex = roles_mod.titles(lang)
    words = role.title.lower().split()
    for parts, cat in lex.multi.items():
        if len(words) >= len(parts) and all(w.startswith(p[:5]) for w, p in zip(words, parts)):
            return cat
    return lex.single.get(role.title_norm)


def _compound_demonyms(view: SentenceView, i: int, lo: int, add: bool = True) -> list[str]:
    """The states of a compound nationality adjective right before an event noun ("российско-американские",
    "українсько-польських", "US-Russian" is two words in English): each part as a demonym. ``add=False``:
    the states are only looked at, not added to the article's entities."""
    k = i - 1
    if k - 2 < lo or view.toks[k - 1].text not in ("-", "‑", "–") or not view.toks[k].text[:1].islower():
        return []
    first, second = view.toks[k - 2].text.lower(), view.toks[k].text
    if not first.endswith("о"):
        return []
    out = []
    for cands in ([first[:-1] + end for end in ("ий", "ый", "ський", "ский", "ский")], [second]):
        if add:
            key = next((x for x in (view.index.lookup(c, view.lang, "LOC") for c in cands) if x), None)
            ent = view.index.get(key)
        else:
            ent = next((x for x in (view.index.peek(c, view.lang, "LOC") for c in cands) if x), None)
            key = ent.key if ent is not None else None
        if ent is None or not _country_like(ent):
            return []
        out.append(key)
    return out


def _runs_to_the_verb(view: SentenceView, k: int, reach: int = 6) -> bool:
    """A finite verb follows within a few words, with no comma or clause break before it: the names just
    before it are its subject."""
    for t in range(k, min(k + reach, view.n)):
        tok = view.toks[t]
        if tok.text in CLAUSE_BREAK or tok.text == ",":
            return False
        if morph.is_verb(tok, view.lang) and "Part" not in tok.morph.get("VerbForm") \
                and "Inf" not in tok.morph.get("VerbForm"):
            return True
    return False


def _nominative_only(view: SentenceView, k: int) -> bool:
    """The word at k can only be a nominative (a subject), not the genitive or instrumental of a party."""
    if k >= view.n or view.lang == "en":
        return False
    cs = morph.cases(view.toks[k], view.lang)
    return bool(cs) and "Nom" in cs and not cs & {"Gen", "Ins"}


def _outcome_before(view: SentenceView, lex: EventLexicon, i: int, lo: int) -> bool:
    return _phrase_before(view, lex, "outcome", i, lo)


def _adjectives_before(view: SentenceView, i: int, lo: int) -> int:
    """The first of the adjectives right before token i ("президентских выборов"), or i."""
    while i - 1 > lo and word_kind(view, i - 1) == "adj":
        i -= 1
    return i


def _phrase_before(view: SentenceView, lex: EventLexicon, kind: str, i: int, lo: int, reach: int = 3) -> bool:
    """A lexicon phrase of that kind ending right before token i ("за підсумками", "на полях", "за день до")."""
    return any(view.phrase_at(k, kind, lex, i) == i for k in range(max(lo, i - reach), i))


def _token_at(view: SentenceView, start: int) -> Optional[int]:
    """The sentence's token starting at that character offset (an event's trigger), if any."""
    return next((p for p in range(view.n) if view.start_char(p) == start), None)


def _token_after(view: SentenceView, end: int) -> int:
    """The sentence's first token at or after that character offset (the word after a trigger), else view.n."""
    return next((p for p in range(view.n) if view.start_char(p) >= end), view.n)


def _anaphor_before(view: SentenceView, lex: EventLexicon, i: int, lo: int, trig: Trigger) -> bool:
    """A demonstrative determining the trigger noun ('в этих переговорах', 'these talks')."""
    if trig.verb:
        return False
    for k in range(i - 1, max(lo, i - 3) - 1, -1):
        if (view.word(k),) in lex.words.get("anaphor", []):
            return True
        if trig.type == "Visit" and _appraised(view, lex, k) and not any(
                view.phrase_at(m, "direction", lex, view.n) for m in range(i + 1, min(i + 5, view.n))):
            return True  # "назвали визит X «попыткой …»", "коментуючи поїздку": the visit told before, judged
            # (not "назвали визит X в Польшу «…»": a trip of its own)
        if word_kind(view, k) != "adj":
            return False
    return False


def _appraised(view: SentenceView, lex: EventLexicon, k: int) -> bool:
    return any((w,) in lex.words.get("appraise", []) for w in view.lem[k])


def _name_given_by_appraisal(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """The event noun opens a quote (adjectives before it) a few words after a verb naming or judging something:
    "назвали поездку X «очередным турне»" (the quote is what it was called)."""
    k = i - 1
    while k >= 0 and word_kind(view, k) == "adj" and view.toks[k].is_alpha:
        k -= 1
    if k < 0 or view.toks[k].text not in _OPENING_QUOTES:
        return False
    return any(_appraised(view, lex, m) for m in range(max(0, k - 5), k))


_PRONOUNS = {"он", "она", "він", "вона", "he", "she"}


def _subject_after_gerund_phrase(view: SentenceView, i: int, ws: int, we: int) -> list[str]:
    """"Перебуваючи з візитом в Ісландії, X провів переговори", "Прибыв в Осло, X встретился": a clause opened by
    a gerund has no subject of its own; it is the subject of the clause after its comma."""
    if view.lang not in ("uk", "ru"):
        return []
    g = next((k for k in range(ws, i + 1) if view.toks[k].is_alpha), None)
    if g is None or not _gerund(view, g) or we >= view.n - 1 or view.toks[we].text != ",":
        return []
    ms, me = view.window(we + 1, we + 2)
    verb = next((k for k in range(ms, me) if morph.is_verb(view.toks[k], view.lang)), None)
    return _subject(view, verb, ms) if verb is not None else []


def _gerund(view: SentenceView, k: int) -> bool:
    """A gerund ("перебуваючи", "находясь"), by the dictionary's first reading or the tagger."""
    p = morph.parses(view.lang, view.word(k))
    return (bool(p) and p[0][1] == "GRND") or "Conv" in view.toks[k].morph.get("VerbForm")


def _subject_or_fallback(view: SentenceView, i: int, lo: int) -> list[str]:
    """The subject in the clause; else, for a clause that continues a sentence ('X посетит ...,
    проведёт встречу ...'), the nearest nominative person before it; a personal pronoun takes the
    last person named in the nominative before it."""
    out = _subject(view, i, lo) or _relative_antecedent(view, lo)
    if out:
        return out
    for k in range(max(lo, 1), i):  # "Робоча група на чолі з X приїде": who leads the group that acts
        led = view.phrase_at(k, "headed", lexicon(view.lang), i)
        if led is not None and led in view.ment and view.ment[led][2] == "PER" and view.ment[led][1].entity_key \
                and word_kind(view, k - 1) == "noun" and "Nom" in morph.cases(view.toks[k - 1], view.lang):
            return [view.ment[led][1].entity_key]
    out = _delegations_as_subject(view, i, lo)
    if out:
        return out
    k = i - 1
    while k >= 0:
        w = view.word(k)
        if w in _PRONOUNS:
            return _pronoun_referent(view, k)
        if w in _THEY and k >= lo and len(they := _pronoun_referent(view, k)) >= 2:
            return they
        if morph.is_verb(view.toks[k], view.lang) and k < lo:
            # "вона відвідає …, а потім хоче зустрітися": the clause before has a pronoun for its subject
            pron = next((p for p in (k - 1, k - 2) if p >= 0 and view.word(p) in _PRONOUNS), None)
            if pron is not None and (pron == k - 1 or view.toks[k - 1].pos_ == "ADV"):
                return _pronoun_referent(view, pron)
            break
        k -= 1
    if lo > 0 and _own_common_subject(view, lo, i):
        return _sides_named(view, lo, i)
    if lo > 0:
        for key in _subject(view, lo - 1, 0, persons_only=True):
            return [key]
    return []


def _delegations_as_subject(view: SentenceView, i: int, lo: int) -> list[str]:
    """"Армянская и грузинская делегации провели …": the states of nationality adjectives before a nominative
    delegation noun in the clause, before the verb at i."""
    lex = lexicon(view.lang)
    for k in range(max(lo, 0), i - 1):
        if k in view.ment or not (word_kind(view, k) == "adj" or _adjective_reading(view, k)
                                  or view.toks[k].text.islower()):
            continue
        states = _demonym_groups(view, lex, k)
        if not states:
            continue
        noun = next((t for t in range(k + 1, min(k + 5, i)) if view.phrase_at(t, "delegation", lex, t + 1) is not None),
                    None)
        if noun is not None and "Nom" in morph.cases(view.toks[noun], view.lang):
            return states
        break
    return []


def _sides_named(view: SentenceView, lo: int, i: int) -> list[str]:
    """"что мьянманская сторона может подписать": a state's side named by its adjective is that state."""
    out = []
    for k in range(lo + 1, i):
        if word_kind(view, k) == "noun" and k not in view.ment and view.lem[k] & _SIDE_NOUNS:
            entry = gazetteer_mod.load().demonym(view.toks[k - 1].text, view.lang)
            key = _country_entity(view, entry.key) if entry is not None else None
            if key is not None:
                out.append(key)
    return list(dict.fromkeys(out))


def _own_common_subject(view: SentenceView, lo: int, i: int) -> bool:
    """", а експертні групи обох урядів зберуться": the clause names its own subject by a common noun that may
    be nominative, before any preposition or name; no person of the clause before is meant."""
    if view.lang not in ("uk", "ru") or view.word(lo) in _COORD:
        return False  # (", и малийский министр подписали": a second subject beside the one before)
    for k in range(lo, i):
        if is_prep(view, k) or k in view.ment or any(a < k < v[0] for a, v in view.ment.items()) \
                or morph.is_verb(view.toks[k], view.lang):
            return False  # (a noun after a preposition or a verb is no subject: ", а на зустрічі заявив")
        if word_kind(view, k) == "noun" and not view.in_time(k) and "Nom" in morph.cases(view.toks[k], view.lang):
            return True
    return False


def _relative_antecedent(view: SentenceView, lo: int) -> list[str]:
    """"..., з Марком Рютте, який прибув до Києва": the person or organisation a nominative relative pronoun opening
    the clause at ``lo`` stands for, in any case; else empty."""
    if lo >= 2 and view.toks[lo - 1].text == "," and (lo - 2) in view.ends and (
            view.lem[lo] & _RELATIVE_SUBJECT or _that_as_relative(view, lo)):
        _start, (_end, mention, etype) = view.ends[lo - 2]
        if etype in ("PER", "ORG") and mention.entity_key and _nominative_relative(view, lo):
            return [mention.entity_key]
    return []


def _that_as_relative(view: SentenceView, k: int) -> bool:
    """"Андрій Коваль, що перебуває в Римі з візитом": "що" right after a name and a comma, its verb next, is the
    name's relative pronoun (not the content clause of a verb before the name: "сказав Коваль, що …")."""
    if view.word(k) not in ("що", "что") or k + 1 >= view.n or not morph.is_verb(view.toks[k + 1], view.lang):
        return False
    start = view.ends[k - 2][0]
    return start == 0 or not morph.is_verb(view.toks[start - 1], view.lang)


_STATE_NOUNS = frozenset({"страна", "країна", "уряд", "правительство"})  # "страны подписали", "уряди уклали": the parties' states


def _state_noun_heads(view: SentenceView, at: tuple[int, int]) -> bool:
    """The "sides" phrase at ``at`` ends in a state noun that heads it, in the nominative ("уряди", "обидві країни"; not
    "глави урядів", whose states' heads act)."""
    last = at[1] - 1
    return bool(view.lem[last] & _STATE_NOUNS) and (view.lang == "en" or "Nom" in morph.cases(view.toks[last], view.lang))
_SIDE_NOUNS = frozenset({"сторона", "side"})
_SIGN_VERBS = frozenset({"підписати", "подписать", "укласти", "заключить", "sign"})
_PRONOUN_GENDER = {"он": "masc", "він": "masc", "he": "masc", "она": "femn", "вона": "femn", "she": "femn"}


def _pronoun_referent(view: SentenceView, k: int) -> list[str]:
    """"По словам Иванова, он поговорил": a person named earlier in the sentence, in any case; else the
    last person named in the nominative before; a person of the other gender is not meant ("он" after a woman)."""
    own = view.ment.get(k)
    if own is not None and own[1].label == "PRON" and own[1].entity_key and own[2] == "PER":
        return [own[1].entity_key]  # resolved already, as a speaker
    if view.word(k) in _THEY:  # "Кулеба і Вадефуль спілкувалися …: тоді вони провели зустріч": the persons before
        persons = _persons_named_before(view, k)
        if len(persons) >= 2:
            return persons[:3]
    for gender in dict.fromkeys((_PRONOUN_GENDER.get(view.word(k)), None)):  # (a gender the names may have wrong)
        same = [m for m in view.index.before(view.start_char(k), ("PER",))
                if m.start >= view.sent.start_char and m.entity_key and _may_be(view, m.entity_key, gender)]
        key = same[0].entity_key if same else _last_person_before(view, view.start_char(k), gender)
        if key:
            return [key]
    return []


_THEY = frozenset({"вони", "они", "they"})


def _persons_named_before(view: SentenceView, k: int) -> list[str]:
    """The persons named in the sentence before token k, in order, each once."""
    return list(dict.fromkeys(m.entity_key for m in view.index.before(view.start_char(k), ("PER",))
                              if m.start >= view.sent.start_char and m.entity_key))


def _may_be(view: SentenceView, key: str, gender: Optional[str]) -> bool:
    """The person may be of that gender (unknown genders may)."""
    ent = view.index.get(key)
    return gender is None or ent is None or ent.gender is None or ent.gender == gender


_RELATIVE_SUBJECT = {"который", "який", "котрий", "who"}


def _nominative_relative(view: SentenceView, k: int) -> bool:
    """"який", "которая" as the subject of its clause (not "якого", "которому")."""
    if view.lang == "en":
        return view.word(k) == "who"
    return not morph.cases(view.toks[k], view.lang) or "Nom" in morph.cases(view.toks[k], view.lang)


def _last_person_before(view: SentenceView, offset: int, gender: Optional[str] = None) -> Optional[str]:
    for m in view.index.before(offset, ("PER",)):
        if not m.entity_key or not _may_be(view, m.entity_key, gender):
            continue
        span = view.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        cs = set()
        for t in span:
            cs |= morph.cases(t, view.lang)
        if not cs or "Nom" in cs:
            return m.entity_key
    return None


def _foreign_name_before_its_verb(view: SentenceView, start: int, end: int, i: int, etype: str) -> bool:
    """"Юсуфа Пинто победил": a person's name of two words or more, the last one indeclinable, right before a
    verb in the past singular, opening its clause, is its subject, whatever case its first word may read as."""
    if etype != "PER" or end != i or end - start < 2 or i >= view.n or view.lang not in ("uk", "ru"):
        return False
    if start > 0 and not view.toks[start - 1].is_punct:
        return False
    last = morph.parses(view.lang, view.toks[end - 1].lower_)
    verb = morph.parses(view.lang, view.toks[i].lower_)[:1]
    return bool(last) and all("Fixd" in g or "NOUN" != pos for _nf, pos, g, _k in last[:2]) and bool(verb) \
        and verb[0][1] == "VERB" and "past" in verb[0][2] and "plur" not in verb[0][2]


def _title_before(view: SentenceView, k: int, lo: int) -> Optional[int]:
    """The title word at k, or one up to two lower-case genitive words before it ("міністр [закордонних справ]")."""
    for t in range(k, max(lo, k - 2) - 1, -1):
        if is_title(view, t):
            return t
        if not view.toks[t].text.islower() or not view.toks[t].is_alpha \
                or (view.lang in ("uk", "ru") and "Gen" not in morph.cases(view.toks[t], view.lang)):
            return None
    return None


def _speaker_of_a_subjectless_clause(view: SentenceView, ws: int, i: int) -> list[str]:
    """"X повідомив, що хотів би відвідати Київ": a content clause with no subject whose past verb (before the
    infinitive trigger) agrees in gender with the main clause's past verb is about the speaking person's own doing."""
    if view.lang not in ("uk", "ru") or not morph.infinitive(view.toks[i], view.lang):
        return []
    verb = next((k for k in range(i - 1, ws - 1, -1) if _past_gender(view, k)), None)
    if verb is None or any(k in view.ment or view.word(k) in _PRONOUNS for k in range(ws, verb)):
        return []  # (a subject of its own)
    main = next((k for k in range(ws - 1, -1, -1) if _past_gender(view, k)), None)
    if main is None or _past_gender(view, main) != _past_gender(view, verb):
        return []
    speaker = [k for k in _subject(view, main, 0, persons_only=True) if _etype(view, k) == "PER"]
    return speaker if len(speaker) == 1 else []


def _past_gender(view: SentenceView, k: int) -> Optional[str]:
    """The gender of a singular past verb form ("хотів" masc, "хотела" femn), from the dictionary's verb readings."""
    for _nf, pos, gram, _known in morph.parses(view.lang, view.toks[k].lower_):
        if pos == "VERB" and "past" in gram and "plur" not in gram:
            return next((g for g in ("masc", "femn", "neut") if g in gram), None)
    return None


def _subject(view: SentenceView, i: int, lo: int, persons_only: bool = False) -> list[str]:
    """Nominative entities nearest to the left of token i in its clause (with 'X и Y' coordination)."""
    out: list[str] = []
    k = i - 1
    while k >= lo:
        if k in view.ends:
            start, (end, mention, etype) = view.ends[k]
            if persons_only and etype != "PER":
                k = start - 1
                continue
            tt = _title_before(view, start - 1, lo) if etype != "PER" and start - 1 >= lo else None
            if tt is not None and (tt < start - 1 or (tt == start - 1 and tt > lo and etype == "LOC" and not (
                    tt in view.ment and view.ment[tt][1].label == "ROLE"))):  # (not a title the article names later)
                # "X і міністр оборони Перу обговорили": a title with its complement, unnamed, joined
                # to another subject: the state it is of stands for its holder
                if etype == "LOC" and mention.entity_key and not persons_only and not _plural_noun(view, tt) \
                        and "Nom" in morph.cases(view.toks[tt], view.lang) \
                        and _country_like(view.index.get(mention.entity_key)) and _coordinator(view, tt - 1) in view.ends \
                        and mention.entity_key not in out and _role_holder(view, tt, mention.entity_key) is None:
                    out.append(_titled_elsewhere(view, tt, mention.entity_key) or mention.entity_key)
                    k = tt - 1  # (on before the title, as for any subject: "X, возглавляющий …, и министр Y")
                    continue
                tt = None  # (otherwise as before: the words of the title's complement are read one by one)
            if tt is not None and not (
                    view.lang in ("uk", "ru") and morph.cases(view.toks[tt], view.lang)
                    and "Nom" not in morph.cases(view.toks[tt], view.lang)):
                # "Президент Чехии встретился": the country qualifies the title; the subject is whoever
                # the article names with that title ("президент Чехии Иван Петров"); "Министры ОБСЕ": the body
                # ("зустрівся з президентом Австрії …": a title in another case is no subject)
                if mention.entity_key and not persons_only and etype == "LOC" and view.lang in ("uk", "ru") \
                        and _plural_noun(view, tt) and end + 1 < i \
                        and view.toks[end].lower_ in _COORD and (end + 1) in view.ment \
                        and view.ment[end + 1][2] == "LOC" and view.ment[end + 1][1].entity_key:
                    # "Міністри Чехії та Польщі підписали": the officials of both states, unnamed, stand for them
                    # (each state's holder of that title when the article named him: "президент Чехії X")
                    return list(dict.fromkeys(_role_holder(view, tt, key) or key
                                              for key in (mention.entity_key, view.ment[end + 1][1].entity_key)))
                if mention.entity_key and not persons_only and _group_before(view, start, lo) is not None:
                    return [mention.entity_key]
                holder = _role_holder(view, tt, mention.entity_key)
                if holder:
                    return [holder]
                t = _before_own_title(view, tt, lo)
                if etype == "ORG" and mention.entity_key and not persons_only and t >= lo \
                        and _coordinator(view, t) is not None and mention.entity_key not in out:
                    # "X и председатель комиссии Y подписали": the body of the unnamed holder is the other side
                    out.append(mention.entity_key)
                    k = _coordinator(view, t)
                    continue
                k = tt - 1
                continue
            if etype == "PER" and start - 1 >= lo and is_title(view, start - 1) and view.lang in ("uk", "ru") \
                    and _title_not_nominative(view, start, lo) and any(
                        can_be(view, start, end, c) for c in morph.cases(view.toks[start - 1], view.lang)):
                k = start - 2  # "партия бывшего премьера X": the name agrees with its title, not a subject
                continue
            if not (all_nominative(view, start, end if etype == "PER" and mention.label != "ROLE" else start + 1)
                    or _as_named(view, start, end, mention.entity_key) or _named_by_nominative_noun(view, start)
                    or _foreign_name_before_its_verb(view, start, end, i, etype)) or (
                    start - 1 >= lo and (start - 1) not in view.ends and view.toks[start - 1].is_alpha
                    and word_kind(view, start - 1) == "noun"
                    and not is_title(view, start - 1) and not view.in_time(start - 1) and view.word(start - 1) not in _TIMES
                    and _depends_on_the_noun(view, start, end)
                    and not (etype == "PER" and any(is_title(view, t) for t in range(max(lo, start - 4), start - 1)))
                    and not _subject_of_the_verb_after(view, start, end, i)) or _quoted_after_genitive(view, start, lo):
                group = _group_before(view, start, lo)
                if group is not None and mention.entity_key and not persons_only:
                    # "делегация сейма посетит": the body the group stands for; "делегации Польши и Литвы
                    # встретились": each body joined to it
                    keys, e2 = [mention.entity_key], end
                    while e2 + 1 < i and view.toks[e2].lower_ in _COORD and (e2 + 1) in view.ment \
                            and view.ment[e2 + 1][2] == etype and view.ment[e2 + 1][1].entity_key:
                        keys.append(view.ment[e2 + 1][1].entity_key)
                        e2 = view.ment[e2 + 1][0]
                    return list(dict.fromkeys(keys))
                k = start - 1  # "с семьей Ивана Петрова", "членами семьи Петрова": not a subject
                continue
            with_ = next((t for t in range(max(lo, start - 10), start)
                          if (w := view.phrase_at(t, "together", lexicon(view.lang), start + 1)) is not None and w <= start
                          and not any(view.toks[x].text in (",", ";", ":") or morph.is_verb(view.toks[x], view.lang)
                                      for x in range(t, start))), None)  # (a long body's name in between)
            if with_ is not None:
                k = with_ - 1  # "X разом із фахівцями Y прибуде": who comes along is no subject
                continue
            if start - 1 >= lo and is_prep(view, start - 1):
                k = start - 2  # "в Берлин": object of a preposition, not a subject
                continue
            if etype == "LOC" and start - 1 >= lo and morph.is_verb(view.toks[start - 1], view.lang) and start - 1 != i:
                k = start - 2  # "осмотрит Зимний дворец и встретится": the place is the verb's object
                continue
            if etype == "LOC" and start - 2 >= lo and view.lang in ("uk", "ru") and is_prep(view, start - 2) \
                    and _place_noun(view, lexicon(view.lang), start - 1, any_reading=True):
                k = start - 3  # "соглашение о станции у села X подписали": a place named after its noun, a preposition's
                continue       # object
            v = start - 1
            while v > lo and word_kind(view, v) == "adj" and view.toks[v].text.islower():
                v -= 1  # ("керує литовським урядом і …": the object's adjectives)
            if etype == "ORG" and v >= lo and morph.is_verb(view.toks[v], view.lang) \
                    and v != i and _verb_coordinated_after(view, end, i):
                k = start - 2  # "которая возглавляет Конституционный суд и пребывает в X с визитом": the first
                continue       # verb's object, not the second's subject
            last = end + 2 if end + 2 < i and view.toks[end + 1].text in ("-", "‑") else end  # ("прем'єр-міністра")
            if etype != "PER" and end < view.n and is_title(view, end) and end < i and not (
                    view.lang in ("uk", "ru") and morph.cases(view.toks[last], view.lang)
                    and "Nom" not in morph.cases(view.toks[last], view.lang)):
                k = start - 1  # "EU commissioner to visit": the organisation qualifies the title (a title in
                continue       # another case is the organisation's own genitive: "партия бывшего премьера X")
            if (nominative(view, start, end) or _as_named(view, start, end, mention.entity_key)
                    or _named_by_nominative_noun(view, start)) and mention.entity_key:
                out.append(mention.entity_key)
                # coordination: "X и Y", "X and Y", "Канцлер Австрії X та Президент України Y"
                c = _before_own_title(view, start - 1, lo)
                a = c
                while a >= lo and a > start - 3 and a not in view.ends and view.toks[a].text.islower() \
                        and word_kind(view, a) == "adj":
                    a -= 1  # "Сейм та латвійський Сенат": an adjective of the second name
                if a < c and a >= lo and _coordinator(view, a) is not None:
                    c = a
                other = _coordinator(view, c) if c >= lo else None
                if other is None and c >= lo:
                    c = _before_participle_phrase(view, c, lo)  # "X и приехавший в Ригу с визитом премьер Y"
                    other = _coordinator(view, c) if c >= lo else None
                if other is not None and other - 1 >= lo and view.toks[other].text in ("»", '"', "“", "”") \
                        and (other - 1) in view.ends:
                    other -= 1  # "«Северсталь» и правительство X"
                if other is not None and other >= 1 and view.toks[other].text == ",":
                    other = _before_inserted_phrase(view, other)  # "X, возглавляющий Минэнерго, и Y подписали"
                if other is not None and other >= 0 and other not in view.ends and view.word(other) in _PRONOUNS:
                    # "того дня він і X уклали угоду": the person the pronoun stands for is the other side
                    out[:0] = [key for key in _pronoun_referent(view, other) if key not in out]
                    return out
                if other is not None and other >= 0 and other in view.ends:  # (", а также" may begin the clause)
                    s2, (e2, m2, _t) = view.ends[other]
                    if (nominative(view, s2, e2) or _as_named(view, s2, e2, m2.entity_key)) and m2.entity_key \
                            and m2.entity_key not in out:
                        out.insert(0, m2.entity_key)
                        # "X, Y та Z обговорили", "X, Y и Z, а также W": the list goes on back over commas and
                        # conjunctions (past the clause's start)
                        while s2 - 2 >= 0:
                            b = _before_own_title(view, s2 - 1, 0) if _t == "PER" else s2 - 1
                            # ("Президент Литви X, канцлер Австрії Y і …": each person's title before the name)
                            before = b - 1 if b >= 0 and view.toks[b].text == "," else _coordinator(view, b)
                            if before is None or before < 0 or before not in view.ends:
                                break
                            s2, (e2, m2, _t) = view.ends[before]
                            if not (nominative(view, s2, e2) and m2.entity_key) or m2.entity_key in out or (
                                    s2 > 0 and view.toks[s2 - 1].text in ("–", "—", "-")) \
                                    or getattr(view.index.get(m2.entity_key), "is_outlet", False) \
                                    or any(morph.is_verb(view.toks[t], view.lang) for t in range(
                                        max((t + 1 for t in range(s2) if view.toks[t].text == ","), default=0), s2)):
                                break  # ("саміт Україна – Європа, X і Y домовилися": a name's second half;
                                # "Як пише газета X, Y і Z можуть укласти": the outlet that tells it, in a clause
                                # of its own: a verb before it in its comma's segment)
                            out.insert(0, m2.entity_key)
                return out
            k = start - 1
            continue
        k -= 1
    # "X, minister of Y, spoke with ...": the clause began at an apposition's comma
    if lo >= 2 and view.toks[lo - 1].text == "," and (lo - 2) in view.ends:
        start, (end, mention, etype) = view.ends[lo - 2]
        if etype == "PER" and mention.entity_key and (start == 0 or view.toks[start - 1].text in (",", "—", "–")):
            out.append(mention.entity_key)
    if not out and lo >= 3 and view.toks[lo - 1].text == ",":
        # "X, яка вперше приїхала …, провела переговори": past a relative clause on X, X is the subject (so too
        # past one with a subject of its own: "X, якого Y доручив …, побував у Z")
        c = next((t for t in range(lo - 2, max(-1, lo - 16), -1) if view.toks[t].text == ","), None)
        if c is not None and c >= 1 and view.lem[c + 1] & _RELATIVE_SUBJECT and (c - 1) in view.ends:
            start, (end, mention, etype) = view.ends[c - 1]
            if mention.entity_key and (etype == "PER" or not persons_only) and nominative(view, start, end):
                out.append(mention.entity_key)
    if not out:
        # "X, що в середу приїхав з візитом до Y, …": inside a relative clause on X, X is the subject
        r = next((t for t in range(i - 1, max(0, lo - 2) - 1, -1) if view.lem[t] & (_RELATIVE_SUBJECT | {"що", "что"})), None)
        if r is not None and r >= 2 and view.toks[r - 1].text == "," and (r - 2) in view.ends \
                and _nominative_relative(view, r) and not any(t in view.ends for t in range(r + 1, i)):
            start, (end, mention, etype) = view.ends[r - 2]
            ent = view.index.get(mention.entity_key) if mention.entity_key else None
            if ent is not None and not ent.is_outlet and (etype == "PER" or (etype == "ORG" and not persons_only)) \
                    and not (start > 0 and is_prep(view, start - 1)) and (etype == "PER" or nominative(view, start, end)):
                out.append(mention.entity_key)  # (not "повідомили в Telegram, що …": a content clause)
    return out


def _verb_coordinated_after(view: SentenceView, end: int, i: int) -> bool:
    """A conjunction and a verb follow the name before token ``i`` ("возглавляет Совет и находится"), the name
    standing between two coordinated predicates (an adverb may stand before the second verb)."""
    for k in range(end, min(i, end + 2)):
        if view.toks[k].lower_ in _COORD:
            after = k + 2 if k + 2 <= i and view.toks[k + 1].pos_ == "ADV" else k + 1  # ("і вперше прибув")
            if morph.is_verb(view.toks[after], view.lang):
                return True
            # "і в понеділок приїхала": a time phrase (a preposition and its noun) before the second verb
            return k + 3 <= i and view.toks[k + 1].pos_ == "ADP" and view.toks[k + 2].is_alpha \
                and view.toks[k + 2].text.islower() and (view.toks[k + 3].pos_ in ("VERB", "AUX")
                                                         or morph.is_verb(view.toks[k + 3], view.lang))
    return False


def _title_not_nominative(view: SentenceView, start: int, lo: int) -> bool:
    """The title words right before a name (its adjectives and genitives too) show no nominative: "партия
    бывшего премьер-министра X" (not "помощник президента X", whose head noun is nominative)."""
    words, k = [], start - 1
    while k >= lo and k not in view.ends and (view.toks[k].text in ("-", "‑") or (
            view.toks[k].is_alpha and view.toks[k].text.islower())):
        if view.toks[k].is_alpha and not (k + 1 < start and view.toks[k + 1].text in ("-", "‑")):
            words.append(k)  # (not "премьер" of "премьер-министра": the compound's last part declines)
        k -= 1
    return bool(words) and all(morph.cases(view.toks[k], view.lang)
                               and "Nom" not in morph.cases(view.toks[k], view.lang) for k in words)


def _seat_of_government(key: Optional[str]) -> bool:
    """A building that stands for a government ("в Кремле"): talks held there are not talks with it."""
    entry = gazetteer_mod.load().entries.get(key or "")
    return entry is not None and entry.gov_of is not None


def _depends_on_the_noun(view: SentenceView, start: int, end: int) -> bool:
    """The name after a common noun may be its genitive ("с семьей Петрова"); a name whose case the words do not
    show ("Рух ALFA виграв") stands in apposition to a noun that may be the subject."""
    # (the tagger's case for a Latin name is a guess; an acronym in capitals does not decline: "партія ДОБРО")
    if any(is_cyrillic(view.toks[t].text) for t in range(start, end)) and not (
            end - start == 1 and view.toks[start].text.isupper() and len(view.toks[start].text) > 1):
        if start in view.ment and view.ment[start][2] == "PER" and view.lang in ("uk", "ru"):
            named = morph.name_cases(view.toks[end - 1], view.lang, _gender_of(view, view.ment[start][1].entity_key),
                                     surname=end - start == 1)
            if named:  # "беседы Лавров и …": the surname's own cases, not those of a word it also spells
                return "Gen" in named
        return can_be(view, start, end, "Gen")
    return "Nom" not in morph.cases(view.toks[start - 1], view.lang)


def _gender_of(view: SentenceView, key: Optional[str]) -> Optional[str]:
    ent = view.index.get(key) if key else None
    return getattr(ent, "gender", None)


def _before_inserted_phrase(view: SentenceView, comma: int) -> int:
    """The comma ending a participle phrase or a relative clause on a name ("X, возглавляющий Минэнерго, и Y",
    "X, яка очолює МЗС, та Y"): the name's last token; else the comma itself."""
    for c in range(comma - 2, max(0, comma - 12) - 1, -1):
        if view.toks[c].text == ",":
            if (c - 1) in view.ends and view.ends[c - 1][1][2] in ("PER", "ORG") and (
                    _participle(view, c + 1) or view.lem[c + 1] & _RELATIVE_SUBJECT):
                return c - 1
            return comma
        if view.toks[c].text in CLAUSE_BREAK:
            return comma
    return comma


def _before_participle_phrase(view: SentenceView, c: int, lo: int) -> int:
    """Token c, or the token before the participle phrase that c ends ("приехавший в Ригу с рабочим
    визитом"), when one does (no punctuation or finite verb inside, eight words at most)."""
    if view.lang not in ("uk", "ru"):
        return c
    for p in range(c, max(lo, c - 8) - 1, -1):
        tok = view.toks[p]
        if tok.is_punct or (p in view.ment and view.ment[p][2] == "PER"):
            return c
        if _participle(view, p):
            return p - 1
        if morph.tense(tok, view.lang) is not None:
            return c
    return c


def _before_own_title(view: SentenceView, c: int, lo: int) -> int:
    """Token c, or the token before the title of the person named right after it when c ends that title
    ("міністр сільського господарства Польщі", "прем'єр-міністр"), a conjunction never part of it."""
    steps = 0
    while c >= lo and (_coordinator(view, c) is None or (steps and _joins_title_complements(view, c, lo))) \
            and steps < 8 and (
            is_title(view, c) or (c in view.ends and (view.ends[c][1][2] in ("LOC", "ORG")
                                                      or (steps and view.ends[c][1][1].label == "ROLE"))) or (
            (steps or any(is_title(view, t) for t in range(max(lo, c - 5), c)))  # "міністр транспорту Y"
            and view.toks[c].text.islower() and word_kind(view, c) in ("adj", "noun")
            and not morph.is_verb(view.toks[c], view.lang)) or (
            steps and is_prep(view, c) and any(is_title(view, t) for t in range(max(lo, c - 5), c))) or (
            view.toks[c].text in ("-", "‑") and c > lo and is_title(view, c + 1)) or (
            not steps and view.toks[c].text.islower() and c + 1 in view.ment and view.ment[c + 1][2] == "ORG"
            and institutions._nominative(view.toks[c].text, view.lang) is not None) or (  # "газова компанія SPP"
            steps and _joins_title_complements(view, c, lo)) or (
            (view.toks[c].text in QUOTES or view.toks[c].text.lower() in LEGAL_FORMS) and c > lo)):
        # ("руководитель АО «Х» Y", "«Х» и «Y»")
        c, steps = (view.ends[c][0] - 1 if c in view.ends else c - 1), steps + 1
    return c


def _joins_title_complements(view: SentenceView, c: int, lo: int) -> bool:
    """"министр науки и образования Литвы": a conjunction between two lower-case complements of one title
    (neither of them a title) is part of the title, not a list of persons."""
    if view.word(c) not in _COORD or c - 1 < lo or c + 1 >= view.n:
        return False
    left, right = c - 1, c + 1
    return all(view.toks[k].text.islower() and word_kind(view, k) in ("adj", "noun") and not is_title(view, k)
               and k not in view.ment for k in (left, right)) \
        and any(is_title(view, t) for t in range(max(lo, c - 4), left))


def _subject_of_the_verb_after(view: SentenceView, start: int, end: int, i: int) -> bool:
    """"На полях форума Дюбуа встретился": an indeclinable name right before a finite verb it agrees with is its
    subject, not the genitive of the noun before it."""
    person = start in view.ment and view.ment[start][2] == "PER"
    if end > i or (end != i and not person) or end >= view.n or not morph.is_verb(view.toks[end], view.lang):
        return False  # (the verb right after the name: the event's own, or for a person a support verb before its noun)
    named = morph.name_cases(view.toks[end - 1], view.lang, _gender_of(view, view.ment[start][1].entity_key),
                             surname=end - start == 1) if person and view.lang in ("uk", "ru") else None
    as_named = person and _as_named(view, start, end, view.ment[start][1].entity_key)
    if not (as_named or can_be(view, start, end, "Nom") or (named is not None and (not named or "Nom" in named))):
        return False  # (a person's name the dictionary does not decline may be the nominative)
    # (number only: the tagger's gender of a foreign surname is a guess; a person's unknown number goes with any)
    n_name, n_verb = morph.number_gender(view.toks[end - 1], view.lang)[0], morph.number_gender(view.toks[end], view.lang)[0]
    if as_named and n_name == "Plur" and n_verb == "Sing":
        n_name = "Sing"  # "На полях встречи X-а провел": written as the person's name is (its nominative), one person
    return n_name == n_verb or (person and n_name is None)


def _en_left(view: SentenceView, i: int, lo: int) -> list[str]:
    """English: 'Smith's visit', 'the Smith-Jones call'."""
    out: list[str] = []
    k = i - 1
    while k >= lo and i - k <= 6:
        w = view.toks[k].text
        if k in view.ends:
            start, (end, mention, _t) = view.ends[k]
            out.insert(0, mention.entity_key)
            k = start - 1
            continue
        if w in ("'s", "’s", "-", "–", "and", "'", "’"):
            k -= 1
            continue
        break
    return [o for o in out if o]


_ABOUT = {"о", "об", "обо", "про", "щодо", "относительно", "касательно", "about", "over", "regarding"}
_ABOUT_BY = {"по"}  # "переговоры по урегулированию в Сирии": what the talks are about (an attack "по X" hits X)


_HELD_IN_A_SEAT = frozenset({"Meeting", "Talks", "Agreement", "Visit"})  # (not a call confirmed "в Кремле")


def _place(view: SentenceView, lex: EventLexicon, i: int, j: int, lo: int, hi: int, chain_end: int,
           topic_after: bool = False, topic_by: bool = False, seats: bool = False) -> Optional[str]:
    """A location in the locative after a place preposition: right after the trigger's participants,
    in a relative clause that follows the trigger, or before the trigger in its clause. After a
    discussion verb (``topic_after``) the object is the topic: "обсудили засуху в Чаде" is not in Chad."""
    rel_start = next((k for k in range(j, hi) if view.toks[k].text == "," and k + 1 < hi
                      and view.lem[k + 1] & RELATIVE), hi)
    def reach(k: int, end: int) -> int:  # four words on, a time expression stepped over ("пройдет в 2029 году в Швеции")
        steps = 0
        while k < end and steps < 4:
            if k > 0 and _initial_ends_a_sentence(view, k - 1):
                break  # (a sentence the parser ran on ends there: "… з Лі Ц. Кулеба перебуває в …")
            # (a time, and the quote marks and dashes of a name in quotes, are stepped over: "саммит «X — Y»
            # состоялся в Сочи")
            k, steps = (view.time_pos[k], steps) if k in view.time_pos else \
                (k + 1, steps + (view.toks[k].text not in _NAME_MARKS))
        return min(k, end)

    cut = next((x for x in range(j, min(chain_end, hi)) if _initial_ends_a_sentence(view, x)), None)
    if cut is not None:
        chain_end = cut + 1  # ("… з Лі Ц. Кулеба перебуває в Японії": the chain ran on into the next sentence)
    first_end = reach(chain_end, rel_start)
    if topic_after:
        first_end = next((k for k in range(chain_end, first_end) if k not in view.ment
                          and word_kind(view, k) == "noun"), first_end)
    about = next((k for k in range(chain_end, first_end) if (view.word(k) in _ABOUT
                  or (topic_by and view.word(k) in _ABOUT_BY))
                  and not (k + 1 < view.n and view.lem[k + 1] & RELATIVE)), None)
    # ("контракт, по которому Москва начнет отправлять в X …": a relative clause, no topic; its place is not the deal's)
    # (last, the words a trigger's own words stand apart by: "подписала в портовом X соглашение")
    regions = [(chain_end, first_end), (rel_start, hi), (lo, i), (i + 1, j - 1)]
    if about is not None:
        first_end = about  # "переговоры о судоходстве в Балтийском море": the sea is what they are about
        # "раунд консультаций по торговле пройдет в мае в Баку": but where the verb after it says
        verb = next((k for k in range(about, rel_start) if morph.is_verb(view.toks[k], view.lang)), None)
        # "консультации по соглашению весной в X": a time after the topic ends it; the place after is the event's
        when = next((k for k in range(about + 2, min(about + 6, rel_start)) if k in view.time_pos), None)
        regions = [(chain_end, first_end)] + ([(verb + 1, reach(verb + 1, rel_start))] if verb is not None else []) \
            + ([(view.time_pos[when], min(view.time_pos[when] + 2, rel_start))] if when is not None and verb is None
               else []) + regions[1:]
    for a, b in regions:
        # before the trigger, the place nearest it ("прибув до X і провів в Y переговори": the talks were in Y)
        for k in (range(b - 1, a - 1, -1) if (a, b) == (lo, i) else range(a, b)):
            if (a, b) == (lo, i) and ((k + 1 < i and _initial_ends_a_sentence(view, k)) or view.word(k) in _THAT):
                break  # (not past the end of a sentence the parser ran on: "… з Лі Ц. Кулеба перебуває в …", nor
                # into the clause before a "що": "рештки впали біля села X і що через обстріл …")
            # (a town after its noun right after the trigger or its parties, not after another noun: "поїздку
            # скоротив через повінь у місті X")
            pk = _place_word(view, lex, k, hi, towns=(a, b) != regions[0] or k == chain_end)
            if not pk:
                continue
            if pk < hi and pk not in view.ment and view.phrase_at(pk, "building", lex, hi) and locative(view, pk, pk + 1):
                b = view.phrase_at(pk, "building", lex, hi)  # "у будівлі Капітолію": the building named after its noun
                m = view.ment.get(b)
                if m and m[2] == "LOC":
                    return m[1].entity_key
                continue
            one_of = _one_of_the(view, lex, pk, hi)
            if one_of is not None:
                return one_of  # "в одном из торговых центров X": in that town
            m = view.ment.get(pk)
            if m and _onto_a_state(view, k, hi) == pk and not can_be(view, pk, m[0], "Loc"):
                continue  # "прибув на Кіпр … і провів у Нікосії переговори": where he came to, not where they were
            if m and m[2] == "LOC" and (locative(view, pk, m[0]) or (
                    (case := lex.place_cases.get(view.word(k))) and can_be(view, pk, m[0], case))):
                return m[1].entity_key  # ("поблизу Тернової": the case its preposition takes)
            if seats and m and m[2] == "ORG" and k > 0 and locative(view, pk, m[0]) \
                    and (city := _seat_city(view, m[1].entity_key)):
                return city  # "переговоры в Кремле": in the capital of the state the building stands for
                # (not "В Кремле …" opening the sentence: the government there, as who speaks or reacts)
    return None


def _one_of_the(view: SentenceView, lex: EventLexicon, pk: int, hi: int) -> Optional[str]:
    """"в одном из торговых центров города X", "в одному з районів Y": "one of" a place's buildings or districts,
    the place named in the genitive after them (a town noun between) is where."""
    if pk + 3 >= hi or view.word(pk) not in _ONE or view.word(pk + 1) not in _OF:
        return None
    k = pk + 2
    while k < hi and k not in view.ment and word_kind(view, k) == "adj":
        k += 1
    if k >= hi or k in view.ment or word_kind(view, k) != "noun":
        return None
    k += 1
    if k < hi and k not in view.ment and view.phrase_at(k, "city", lex, hi):
        k += 1  # ("школ города X": the town noun)
    m = view.ment.get(k)
    return m[1].entity_key if m and m[2] == "LOC" and m[1].entity_key and can_be(view, k, m[0], "Gen") else None


_INITIAL = re.compile(r"[A-ZА-ЯІЇЄҐ]\.")


def _initial_ends_a_sentence(view: SentenceView, k: int) -> bool:
    """Token k is a name's initial with its full stop ("Ван І.") and a capitalised word follows: the parser may have
    run two sentences together there."""
    return k + 1 < view.n and _INITIAL.fullmatch(view.toks[k].text) is not None and view.toks[k + 1].text[:1].isupper() \
        and view.toks[k + 1].is_alpha


_NAME_MARKS = frozenset({"«", "»", "„", "“", "”", '"', "—", "–"})
_ONE = frozenset({"одной", "одном", "одного", "одній", "одному", "одного", "one"})
_OF = frozenset({"из", "із", "з", "зі", "of"})


def _place_word(view: SentenceView, lex: EventLexicon, k: int, hi: int, towns: bool = True) -> Optional[int]:
    """Where the place after a place preposition at ``k`` begins, its lower-case adjectives stepped over
    ("в непризнанной Абхазии", "у прифронтовому Херсоні", "в портовом X")."""
    pk = view.phrase_at(k, "place", lex, hi)
    if not pk:
        return None
    while pk < hi and pk not in view.ment and word_kind(view, pk) == "adj" and view.word(pk).islower() \
            and view.word(pk) not in _ONE:
        pk += 1
    if towns and pk < hi and pk not in view.ment and (nk := view.phrase_at(pk, "city", lex, hi)) and nk in view.ment:
        pk = nk  # "в іспанському місті X": the town named after its noun
    return pk


def _place_before_participle_phrase(view: SentenceView, lex: EventLexicon, ws: int) -> Optional[str]:
    """"В X министр Y, прибывший в Z, провел переговоры": the clause began before the subject's
    participle phrase; a place in the locative there is where the verb's event took place."""
    if ws < 3 or view.toks[ws - 1].text != ",":
        return None
    b = _before_participle_phrase(view, ws - 2, 0)
    if b == ws - 2 or b < 1 or view.toks[b].text != ",":
        return None
    lo = view.window(b - 1, b)[0]
    for k in range(lo, b):
        pk = view.phrase_at(k, "place", lex, b)
        m = view.ment.get(pk) if pk else None
        if m and m[2] == "LOC" and m[0] <= b and locative(view, pk, m[0]):
            return m[1].entity_key
    return None


def _where_clause(view: SentenceView, ws: int) -> Optional[tuple[str, int]]:
    """The town a clause opening with "де"/"где"/"where" right after it is about ("…до Відня, де …"):
    its key and where its name starts."""
    k = ws if ws < view.n and view.word(ws) in _WHERE else ws + 1 if ws + 1 < view.n and view.word(ws + 1) in _WHERE else None
    if k is None or k < 2 or view.toks[k - 1].text != "," or (k - 2) not in view.ends:
        return None
    start, (_end, mention, etype) = view.ends[k - 2]
    if etype != "LOC" or not mention.entity_key or _country_like(view.index.get(mention.entity_key)):
        return None
    return mention.entity_key, start


_WHERE = frozenset({"де", "где", "where"})


def _seat_city(view: SentenceView, key: Optional[str]) -> Optional[str]:
    """The capital of the state a seat of government stands for ("Кремль" -> Москва), when the article names it."""
    gaz = gazetteer_mod.load()
    entry = gaz.entries.get(key or "")
    city = gaz.capital(entry.gov_of) if entry is not None and entry.gov_of else None
    return city.key if city is not None and view.index.get(city.key) is not None else None


_PARTICIPLE_ENDING = re.compile(r"(?:ш|[аеиоуыяю]щ)(?:ий|ая|ое|ее|ие|их|им|ими|его|ему|ей|ую|ем|ого|ому|ых|ым|ыми)$")


def _time_of_participle_after(view: SentenceView, times: list[TimeExpr], j: int, noun: int) -> Optional[TimeExpr]:
    """"результатов голосования, прошедшего в мае", "виборів, що відбулися у травні": a participle's
    phrase or a relative clause right after the event noun (and its complements) tells when it took place."""
    for k in range(j, min(j + 6, view.n - 2)):
        if morph.is_verb(view.toks[k], view.lang):
            return None  # "Совещание прошло после выборов, состоявшихся …": past the noun's own phrase
        if view.toks[k].text != ",":
            continue
        if any(is_prep(view, p) and any(word_kind(view, t) == "noun" and not view.in_name(t)
                                        for t in range(p + 1, k)) for p in range(j, k)):
            return None  # "поїздка після ремонту палацу, що завершився в п'ятницю": the clause is on the nearer noun
        # ", що відбулися"
        relative = bool(view.lem[k + 1] & RELATIVE_OR_THAT) and morph.is_verb(view.toks[k + 2], view.lang)
        if view.lang not in ("uk", "ru") or not (relative or _participle_like(view, k + 1)):
            return None  # ("состоявшихся", "прошедших": the dictionary's adjective)
        if not relative and not morph.cases(view.toks[k + 1], view.lang) & morph.cases(view.toks[noun], view.lang):
            return None  # "переговоры с президентом X, находящимся …": the participle is on the person
        lo, hi = view.start_char(k + 1), view.end_char(min(k + (5 if relative else 4), view.n - 1))
        t = next((t for t in times if lo <= t.start < hi and t.value), None)
        e = view._pos_at(t.end - 1) if t is not None else None
        if e is not None and word_kind(view, e) == "adj":
            return None  # "форум, посвящённый подготовке августовского конгресса": a month's adjective dates its own noun
        return t
    return None


def _dates_the_noun(view: SentenceView, t: TimeExpr, i: int) -> bool:
    """"на суботніх виборах", "после субботней встречи": the time is an adjective on the event noun itself
    (adjectives may stand between), whatever preposition comes before it."""
    k = view._pos_at(t.end - 1)
    return k is not None and k < i and all(word_kind(view, m) == "adj" for m in range(k + 1, i)) \
        and view.start_char(k) >= t.start - 1 and word_kind(view, k) == "adj"


def _period_of_a_thing(view: SentenceView, lex: EventLexicon, t: TimeExpr, done: bool = False) -> bool:
    """"одобрили план фонда на 2031 год", "экспорта до 5 млн тонн к 2032 году": a period
    or a horizon after "на"/"к"/"до"/"for"/"by" and a noun that is no event word is what the thing is
    for, not when the event happened; after whatever word, when the event is told by a verb in the past
    ("договорились сохранить тарифы до 2031 года": the deal was made, it holds until then)."""
    if not (view.sent.start_char <= t.start < view.sent.end_char):
        return False
    k = view._pos_at(t.start)
    horizon = lex.words.get("horizon", [])
    if k is not None and (view.word(k),) in horizon:
        k += 1  # the time expression holds its preposition ("к 2032 году")
    if k is None or k < 2 or not is_prep(view, k - 1) or (view.word(k - 1),) not in horizon:
        return False
    if done:
        return True
    n = k - 2
    if view.toks[n].text in ("»", '"', "”") and n - 1 >= 0:
        return True  # "программы «Новый порт» до 2033 года": a named thing's horizon
    return word_kind(view, n) == "noun" and not view.ment.get(n) and n not in view.ends \
        and not any(tr.lemmas[-1] in view.lem[n] or tr.lemmas[0] in view.lem[n] for tr in lex.triggers)


def _time(times: list[TimeExpr], lo: int, hi: int, start: int, end: int, sent: Span) -> Optional[TimeExpr]:
    best, best_d = None, None
    for t in times:
        if t.start >= lo and t.end <= hi:
            d = t.start - end if t.start >= end else start - t.end
            if best_d is None or abs(d) < best_d:
                best, best_d = t, abs(d)
    if best is not None:
        return best
    # a time at the very start of the sentence governs its main clause ("Во вторник министр ...")
    text = doc_text(sent.doc)
    for t in times:
        if sent.start_char <= t.start < sent.start_char + 3 and t.end <= start and not any(
                c in CLAUSE_BREAK for c in text[t.end:start]):
            return t
    return None


def _sentence_time(times: list[TimeExpr], view: SentenceView, i: int, j: int,
                   statement: Optional[tuple[int, int]], others: list[tuple[int, int]] = (),
                   said: list[tuple[int, int]] = ()) -> Optional[TimeExpr]:
    """No time in the trigger's clause: the time the sentence gives, when it is the only one with a
    value, is not nearer another trigger of the sentence, and (for an event reported in a statement)
    lies inside the said content rather than dating the saying."""
    sent = view.sent
    cands = [t for t in times if sent.start_char <= t.start and t.end <= sent.end_char and t.value]
    if statement is not None:
        cands = [t for t in cands if statement[0] <= t.start and t.end <= statement[1]]
    else:  # a time inside a quote dates what the quote tells of, not this event
        cands = [t for t in cands if not any(a <= t.start < b for a, b in said)]
    cands = _refined(cands, doc_text(sent.doc))
    if len(cands) != 1:
        return None
    t = cands[0]
    if _another_clause_in_another_tense(view, i, j, t) or _in_a_participle_phrase_after_a_comma(view, i, j, t):
        return None
    start, end = view.start_char(i), view.end_char(j - 1)
    d = abs(t.start - end) if t.start >= end else abs(start - t.end)
    for a, b in others:
        oa, ob = view.start_char(a), view.end_char(b - 1)
        if any(u.value is None and u.end <= oa and not doc_text(sent.doc)[u.end:oa].strip() for u in times):
            continue  # "Напередодні переговорів, у середу, X провів розмову": the visit only anchors a relative time
        if (abs(t.start - ob) if t.start >= ob else abs(oa - t.end)) < d:
            return None
    return t


def _refined(times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """"Весной 2018 года, в апреле, …": times written one after the other, each within the one before, are one
    time, the last and finest."""
    if len(times) < 2 or not all(
            not text[a.end:b.start].strip(" ,\u00a0") and b.interval_start and a.interval_start
            and a.interval_start <= b.interval_start and b.interval_end <= a.interval_end
            for a, b in zip(times, times[1:])):
        return times
    return times[-1:]


def _in_a_participle_phrase_after_a_comma(view: SentenceView, i: int, j: int, t: TimeExpr) -> bool:
    """"… отношений, установленных в 1960 году": a time in a participle phrase set off by a comma dates what
    the participle tells of the noun before it, not the event of the main clause."""
    clause = _clause_of_its_own(view, i, j, t)
    if clause is None:
        return False
    ts, first = clause
    if ts == 0 or view.toks[ts - 1].text != "," or not _participle_like(view, first, passive=True):
        return False
    # the participle agrees with the noun right before the comma, which is not the event's ("Переговоры X с Y в
    # Риге, состоявшиеся во вторник": it agrees with the event noun, and dates it)
    noun = ts - 2
    return noun >= j and view.toks[noun].is_alpha and _agree_in_case_and_number(view, first, noun)


def _clause_of_its_own(view: SentenceView, i: int, j: int, t: TimeExpr) -> Optional[tuple[int, int]]:
    """Where the time's clause starts and its first word, when the time sits outside the trigger's clause."""
    k = _token_at(view, t.start)
    if k is None:
        return None
    ws, we = view.window(i, j)
    ts, te = view.window(k, k + 1)
    if ts < we and ws < te:
        return None
    first = next((n for n in range(ts, te) if not view.toks[n].is_punct), None)
    return None if first is None else (ts, first)


def _participle_like(view: SentenceView, k: int, passive: bool = False) -> bool:
    """A full participle, by the tagger, the dictionary's first readings or its ending ("состоявшихся", which the
    dictionary reads as an adjective); with ``passive``, a passive adjective too ("встановлених")."""
    return "Part" in view.toks[k].morph.get("VerbForm") or _PARTICIPLE_ENDING.search(view.word(k)) is not None \
        or any(p[1] == "PRTF" or (passive and "pssv" in p[2]) for p in morph.parses(view.lang, view.word(k))[:4])


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _agree_in_case_and_number(view: SentenceView, a: int, b: int) -> bool:
    """Some reading of each word shares a case and a number with one of the other's."""
    def forms(k: int) -> set:
        return {(c, n) for _nf, _pos, g, _k in morph.parses(view.lang, view.word(k))
                for c in g & _CASES for n in g & {"sing", "plur"}}
    return bool(forms(a) & forms(b))


def _another_clause_in_another_tense(view: SentenceView, i: int, j: int, t: TimeExpr) -> bool:
    """"X і Y провели першу сесію консультацій, друга пройде в червні": the time sits in a clause of its own
    whose verb is in another tense than the trigger's clause: it dates what that clause tells of."""
    clause = _clause_of_its_own(view, i, j, t)
    if clause is None or view.lem[clause[1]] & (RELATIVE_OR_THAT | {"чтобы", "щоб"}):
        return False  # "… сесію і сподівається, що її скличуть у середу": a clause the verb governs
    ws, we = view.window(i, j)
    ts, te = view.window(clause[0], clause[0] + 1)

    def tenses(a: int, b: int) -> set:
        return {x for x in (morph.tense(view.toks[n], view.lang) for n in range(a, b) if not view.in_time(n)) if x}
    own, there = tenses(ws, we), tenses(ts, te)
    return bool(own and there and not own & there)


def _relative_at(view: SentenceView, k: int) -> bool:
    """", который …", ", в якій …": a relative clause begins after the comma at ``k``."""
    return k + 1 < view.n and view.toks[k].text == "," and bool(view.lem[k + 1] & RELATIVE or (
        k + 2 < view.n and is_prep(view, k + 1) and view.lem[k + 2] & RELATIVE))


def _told_in_a_relative_clause(view: SentenceView, f: Found) -> bool:
    """The event's trigger stands in a relative clause its sentence opens with the last comma before it (", де
    напередодні X зустрілася …"; not the main clause after a closed one: "X, который …, провел")."""
    k = next((k for k in range(view.n) if view.start_char(k) >= f.ev.start), None)
    comma = next((c for c in range(k - 1, 0, -1) if view.toks[c].text == ","), None) if k is not None else None
    return comma is not None and any(comma + d < k and view.lem[comma + d] & RELATIVE for d in (1, 2))


def _in_relative_clause(view: SentenceView, a: int) -> bool:
    """Token a stands in a relative clause opened by a comma before it (", у якій", ", который")."""
    for k in range(a - 1, 0, -1):
        if view.toks[k].text == "," and any(k + d < a and view.lem[k + d] & RELATIVE for d in (1, 2)):
            return True
    return False


def _relative_pronoun(view: SentenceView, k: int) -> Optional[Token]:
    """The relative pronoun of the clause opening at the comma ``k`` (", который", ", в котором")."""
    if view.lem[k + 1] & RELATIVE:
        return view.toks[k + 1]
    return view.toks[k + 2] if k + 2 < view.n else None


def _relative_on_the_event_noun(view: SentenceView, i: int, j: int, trig: Trigger, k: int) -> bool:
    """"саммит «Европа – Азия», который Рим планирует провести": the relative pronoun cannot stand for
    the word before the comma (its gender or number differ) but can for the event noun."""
    if trig.verb or view.lang not in ("uk", "ru"):
        return False
    prev = k - 2 if view.toks[k - 1].text in QUOTES else k - 1
    rel = _relative_pronoun(view, k)
    return rel is not None and prev >= j and not morph.may_agree(view.toks[prev], rel, view.lang) \
        and morph.may_agree(view.toks[j - 1], rel, view.lang)


def _after_the_event_noun(view: SentenceView, i: int, j: int, trig: Trigger, k: int) -> int:
    """Where a relative clause stops being the event's own: past the word after the event noun ("встреча, которая
    состоится"); right after a verb trigger's object ("підписали заяву, в якій пообіцяли …": the
    document's)."""
    if trig.verb and k == j and j - 1 > i and word_kind(view, j - 1) == "noun":
        return j
    return k + 1


_CLAUSE_GOES_ON = _COORD | {"а", "але", "но", "but"}


def _in_relative_clause_of_another_noun(view: SentenceView, i: int, j: int, trig: Trigger, t: TimeExpr) -> bool:
    """"поїздка … після ремонту палацу, що завершився в п'ятницю": the time lies in a relative clause on a noun
    after the trigger, so it dates that noun's event, not the trigger's."""
    if _after_the_event_noun(view, i, j, trig, j) == j and _relative_at(view, j):
        end = next((k for k in range(j + 2, view.n) if view.toks[k].text in CLAUSE_BREAK), view.n - 1)
        while end + 1 < view.n and view.toks[end].text == "," and view.word(end + 1) in _CLAUSE_GOES_ON:
            # "угоду, яка передбачає навесні …, а восени …": the clause goes on
            end = next((k for k in range(end + 2, view.n) if view.toks[k].text in CLAUSE_BREAK), view.n - 1)
        if view.start_char(j) < t.start < view.end_char(end):
            return True  # "підписали заяву, в якій пообіцяли до кінця 2029 року …"
    for k in range(j + 1, view.n - 1):
        if view.start_char(k) >= t.start:
            return False
        prev = k - 2 if view.toks[k - 1].text in QUOTES else k - 1  # (a quoted name: its last word)
        if view.toks[k].text == "," and (view.lem[k + 1] & RELATIVE_OR_THAT) and view.toks[prev].is_alpha \
                and word_kind(view, prev) == "noun" and prev not in view.ends:
            # (a name before it: "конференції з питань України, яку …" is the event's)
            # ("встреча лидеров, которая состоится в пятницу": a relative that cannot stand for the noun before the
            # comma is on the event noun)
            rel = _relative_pronoun(view, k)
            return rel is None or morph.may_agree(view.toks[prev], rel, view.lang)
    return False


def _status(view: SentenceView, lex: EventLexicon, i: int, j: int, lo: int, hi: int, trig: Trigger,
            time: Optional[TimeExpr], pub: Optional[dt.date], others: list[tuple[int, int]] = ()) -> str:
    """Cue words of the clause (each one counts for the trigger nearest to it), then tense, then time."""
    def dist(k: int, a: int, b: int) -> int:
        return a - k if k < a else (k - b + 1 if k >= b else 0)

    a = i
    while a - 1 > lo and i - a < 2 and word_kind(view, a - 1) == "adj":
        a -= 1  # "до президентских выборов"
    if not trig.verb and _phrase_before(view, lex, "landmark", a, lo) and not _prepared_for(view, lex, a, lo):
        # "X не поедет в Y до выборов": a landmark in time takes none of the clause's cue words;
        # it lies ahead unless the clause tells of the past
        if time is not None and time.interval_start and pub is not None:
            return "planned" if time.interval_start > pub.isoformat() else "occurred"
        verbs = [morph.tense(view.toks[k], view.lang) for k in range(lo, hi) if not i <= k < j]
        return "occurred" if "past" in verbs and "future" not in verbs and "present" not in verbs else "planned"
    found: set[str] = set()
    done_verb = trig.verb and morph.tense(view.toks[i], view.lang) == "past"
    # the trigger's own words; the words between those of a far trigger are the clause's
    # ("Угоду міністри планують підписати …": the intention is told between them)
    own = set(view.match_positions(i, trig.lemmas, j, trig.gap) or ()) if trig.far else set(range(i, j))
    for k in range(lo, hi):
        if k in own or any(dist(k, a, b) < dist(k, i, j) for a, b in others) and not _governs(view, k, i, others):
            continue
        if done_verb and k >= j and word_kind(view, k) == "noun":
            continue  # "обсудил подготовку договора": what is prepared is the object's, the talk took place
        for seq, status in lex.status:
            if view.match_seq(k, seq, hi, gap=1 if len(seq) > 1 else 0):
                if status == "denied" and k > lo and (view.word(k - 1),) in lex.words.get("negation", []):
                    continue  # "не исключает встречи": a denial denied (the "не …" phrase says possible)
                if status == "planned" and not trig.verb and k >= j and i > lo and is_prep(view, i - 1) \
                        and morph.tense(view.toks[k], view.lang) == "past":
                    continue  # "на саммите … согласовали бюджет": the occasion where it was agreed, held
                found.add(status)
    # negation of the trigger verb or of a verb in the clause before/around it
    for k in range(lo, hi):
        if (view.word(k),) in lex.words.get("negation", []) and k + 1 < hi and (
                morph.is_verb(view.toks[k + 1], view.lang) or i <= k + 1 < j) \
                and not _another_verb_between(view, k + 1, i) and not any(
                status == "denied" and view.match_seq(k + 1, seq, hi) for seq, status in lex.status) \
                and not view.phrase_at(k + 1, "recognize", lex, hi):  # "не признает выборы": they took place
            found.add("denied")
    for s in ("denied", "planned", "possible"):
        if s in found:
            return s
    if time is not None and time.interval_start and pub is not None and time.interval_start > pub.isoformat() \
            and not done_verb:  # ("поговорили та домовилися зустрітися в жовтні": the date is the other event's)
        return "planned"  # "анонсувала візит наступного місяця": a date after publication has not happened yet
    tense = None
    best_d = None
    for k in range(lo, hi):
        if not trig.verb and k in own and not (trig.far and morph.is_verb(view.toks[k], view.lang)):
            continue  # a noun trigger has no tense of its own ("встречу" also reads as a verb); its verb has
            # ("Робоча група збереться")
        t = morph.tense(view.toks[k], view.lang)
        if t == "present" and k + 1 < view.n and morph.infinitive(view.toks[k + 1], view.lang):
            t = "future"  # "має зустрітися", "намерен посетить": an intention
        if t is not None:
            d = abs(k - i)
            if best_d is None or d < best_d:
                tense, best_d = t, d
    if tense == "future":
        return "planned"
    if tense in ("past", "present") or "occurred" in found:
        return "occurred"
    if time is not None and time.interval_start and pub is not None:
        return "planned" if time.interval_start > pub.isoformat() else "occurred"
    return "occurred"


_ABOUT = {"о", "об", "обо", "про", "щодо", "about", "on"}
_OCCASION_PREPS = {"в", "во", "у", "на", "під", "при", "during", "at", "in"}


def _another_verb_between(view: SentenceView, v: int, i: int) -> bool:
    """"не простит X решения присоединиться к санкциям": another verb (an infinitive too) governs
    the trigger between the negated verb at v and it; the negation is not the trigger's."""
    if v >= i:
        return False  # (a verb after the trigger has it for its subject, whatever relative clause comes between)
    return any(morph.is_verb(view.toks[k], view.lang) or morph.infinitive(view.toks[k], view.lang) for k in range(v + 1, i))


def _governs(view: SentenceView, k: int, i: int, others: list[tuple[int, int]]) -> bool:
    """"домовилися зустрітися": a status word that is itself another event's trigger governs the trigger
    right after it (the meeting is planned; the agreement is what happened)."""
    # ("домовилися про зустріч"; not "договорились в телефонном разговоре": the call is where they agreed)
    # ("домовилися наступного місяця зустрітися", "домовилися провести в жовтні засідання": the infinitive's event)
    return any(a <= k < b and (i == b or (i == b + 1 and view.word(b) in _ABOUT) or _infinitive_holds(view, b, i))
               for a, b in others)


def _infinitive_holds(view: SentenceView, b: int, i: int) -> bool:
    """The first infinitive from b on (a few words, one clause) is the trigger at i or a verb whose object it is."""
    for k in range(b, min(b + 5, i + 1)):
        if view.toks[k].text in CLAUSE_BREAK:
            return False
        if morph.infinitive(view.toks[k], view.lang):
            return k == i or (k < i <= k + 8 and not any(view.toks[x].text in CLAUSE_BREAK for x in range(k, i)))
    return False


def _prepared_for(view: SentenceView, lex: EventLexicon, a: int, lo: int) -> bool:
    """"готується до зустрічі", "підготовка до переговорів": the preposition joins a status word to what it
    prepares, not a point in time."""
    k = next((k for k in range(max(lo, a - 3), a) if view.phrase_at(k, "landmark", lex, a) == a), None)
    return k is not None and k - 1 >= lo and any(
        seq[-1] in view.lem[k - 1] for seq, _status in lex.status)


def _denied_by_the_cue(view: SentenceView, lex: EventLexicon, statements: list[Statement], start: int) -> bool:
    """The statement that holds the trigger is told with a verb of denial (a 'denied' status word)."""
    for st in statements:
        if st.start <= start < st.end and st.cue_span is not None:
            cue = [k for k in range(view.n) if st.cue_span[0] <= view.start_char(k) < st.cue_span[1]]
            return any(status == "denied" and view.match_seq(k, seq, view.n) for k in cue for seq, status in lex.status)
    return False


def _end_of_the_said(view: SentenceView, statements: list[Statement], i: int, we: int) -> int:
    """"…, а потім лідери уклали угоду, розповіли в Офісі глави держави": for an event told in a statement,
    its clause ends where the said content does; the place after it is where the saying was reported from."""
    said = _statement(statements, view.start_char(i), view.sent)
    if said is None:
        return we
    return next((k for k in range(i + 1, we) if view.start_char(k) >= said[1]), we)


def _speaker_going_on(view: SentenceView, statements: list[Statement], start: int, verb: Optional[int],
                      ws: int) -> Optional[str]:
    """The person whose statement's content clause holds the trigger, when the clause's verb (a finite one in the
    third person) has no subject of its own and the clause opens right after the speech verb ("X подтвердил, что
    совершит визит"): the speaker goes on as its subject."""
    st = next((s for s in statements if s.start <= start < s.end), None)
    if st is None or st.kind != "indirect" or not st.speaker_key or st.cue_span is None \
            or _etype(view, st.speaker_key) != "PER" or st.cue_span[1] > st.start \
            or not re.search(r"(?<!\w)(что|що|that)(?!\w)", view.doc.text[st.cue_span[1]:st.start]):
        return None  # (a speech verb and its content clause: not "По ее словам, …", whose subject is the clause's)
    lo = max(ws, next((k for k in range(view.n) if view.start_char(k) >= st.start), ws))
    if verb is None:  # "визит совершит в Ташкент": the clause's finite verb
        verb = next((k for k in range(lo, view.n) if view.toks[k].pos_ in ("VERB", "AUX")
                     and "Fin" in view.toks[k].morph.get("VerbForm") and view.start_char(k) < st.end), None)
        if verb is None:
            return None
        if view.phrase_at(verb, "light", lexicon(view.lang), view.n) is None:
            return None  # (only a support verb whose object the event is: "визит совершит", not "переговоры должны")
    if "Plur" in view.toks[verb].morph.get("Number") or "Inf" in view.toks[verb].morph.get("VerbForm"):
        return None  # ("постанову затвердили": no one's own act)
    if view.lang in ("uk", "ru") and "3" not in view.toks[verb].morph.get("Person") \
            and "Past" not in view.toks[verb].morph.get("Tense"):
        return None
    if _subject(view, verb, lo) or view.phrase_at(verb, "occur", lexicon(view.lang), view.n) is not None:
        return None  # ("встреча прошла", "переговоры состоятся": the event is the subject)
    for k in range(lo, verb):
        cs = morph.cases(view.toks[k], view.lang)
        if view.toks[k].pos_ in ("NOUN", "PROPN", "PRON") and (("Nom" in cs and "Acc" not in cs) or (
                not cs and view.toks[k].text[:1].isupper())) and not (k > lo and is_prep(view, k - 1)):
            return None  # "что министр совершит визит": a subject of its own
    if verb - 1 >= lo and view.toks[verb - 1].pos_ in ("NOUN", "PROPN") and view.toks[verb - 1].text[:1].isupper() \
            and not (verb - 2 >= lo and is_prep(view, verb - 2)):
        return None  # "что в мае Орбелиани посетит": a name right before the verb, whatever case it is read in
    return st.speaker_key


def _statement(statements: list[Statement], start: int, sent: Span) -> Optional[tuple[int, int]]:
    """The statement whose said content holds the trigger (the event is reported by its speaker)."""
    for s in statements:
        if s.start <= start < s.end:
            return (s.start, s.end)
    return None

