"""One event, one record: merging the mentions of an event within an article, dropping mentions
that name nobody and nowhere, and the deterministic key that merges events across articles."""
from __future__ import annotations


import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from kg import gazetteer as gazetteer_mod
from kg.records import Event, TimeExpr

INTERACTIONS = {"Meeting", "Call", "Talks", "Contact"}


@dataclass
class Found:
    """One trigger's event before merging, with what the merge needs to know about the mention."""

    ev: Event
    anaphoric: bool = False  # "эти переговоры": the event already mentioned
    titled: bool = False  # the other party is named by a title only ("с главой Чехии")
    distinct: bool = False  # "также", "also": another event of the kind, not the one before
    strong: bool = False  # the trigger is an unambiguous event word (lexicon flag "strong")
    headline: bool = False  # the mention is in the article's title
    borrowed: bool = False  # its participants come from the sentence before ("Эти переговоры ...")
    elaborate: bool = False  # a discussion verb that may tell more of another event ("обсудили")
    sequel: bool = False  # "наступний раунд", "the next meeting": another event of the same parties
    targets: bool = False  # an attack whose participants are only what was attacked (no attacker named)
    suffered: bool = False  # "X зазнав удару": the attack told from its target's side, the target its party
    body_state: Optional[str] = None  # "вибори до фолькетингу": the state of the body elected, the place if none else
    outcome: bool = False  # "по итогам встречи": the meeting or talks just told, whichever word it used
    after: bool = False  # "Після зустрічі X і Y уклали": told as a point in time (talks are not the meeting before)
    governing: bool = False  # "домовилися зустрітися": it tells the meeting it governs is planned, and is no event
    sidelines: bool = False  # "на полях саммита": the occasion of the clause's own event, not that event
    aside: bool = False  # the clause's own event held on the sidelines of one of its kind: not that one
    persons: bool = False  # "лідери домовилися": its parties are the persons told of, their states do not join
    untold: bool = False  # a title's event noun with no verb in the past: "occurred" only for want of a word
    each: list[str] = field(default_factory=list)  # "провів телефонні розмови з X і Y": one event with each of them
    side_states: list[str] = field(default_factory=list)  # "стороны подписали": the two states, for the parties told
    sides_to_agree: bool = False  # "стороны могут подписать соглашение": an agreement yet to come between "the sides"
    document: Optional[str] = None  # the kind of document an agreement is told with ("меморандум", "декларація")
    long_ago: bool = False  # dated by the text months before the report: not the untimed one told before it
    invitation: bool = False  # "запросив X до Києва": the visit an invitation verb tells of, with no visit word
    venue: bool = False  # "на саммите", "під час зустрічі": the event told as where or when something is done
    delegated: bool = False  # a visit of a state's delegation ("чилийская делегация осмотрит верфь X"): someone visits


def times_compatible(a: Optional[TimeExpr], b: Optional[TimeExpr]) -> bool:
    """Unknown times fit anything; known ones must overlap ("next week" holds "next Thursday")."""
    if a is None or b is None or not a.value or not b.value or not a.interval_start or not b.interval_start:
        return True
    return a.interval_start <= b.interval_end and b.interval_start <= a.interval_end


def _days(*times: Optional[TimeExpr]) -> bool:
    """Every time given to the day."""
    return all(t is not None and t.granularity in ("day", "datetime") for t in times)


def _width(t: Optional[TimeExpr]) -> int:
    if t is None or not t.value or not t.interval_start:
        return 10 ** 6
    return (dt.date.fromisoformat(t.interval_end[:10]) - dt.date.fromisoformat(t.interval_start[:10])).days


def _as_states(keys: set[str], countries: dict[str, str]) -> set[str]:
    return {countries.get(k, k) for k in keys}


def _place_and_time_fit(a: Event, b: Event, countries: Optional[dict[str, str]] = None,
                        buildings: frozenset = frozenset()) -> bool:
    """Neither tells of another place (a visit to Tokyo is a visit to Japan) or another time."""
    if a.place_key and b.place_key and a.place_key != b.place_key and not (
            countries and a.type == "Visit" and (countries.get(a.place_key) == b.place_key
                                                 or countries.get(b.place_key) == a.place_key)) \
            and not _building_in_town(a.place_key, b.place_key, a.type, countries, buildings):
        return False
    return times_compatible(a.time, b.time)


def _statuses_fit(a: Event, b: Event) -> bool:
    if {a.status, b.status} == {"denied", "occurred"}:
        return False  # a visit ruled out now and a trip that took place years ago: two visits
    # "X и Y подписали план … стороны могут заключить и соглашение": one more still to come
    return not (a.type == "Agreement" and {a.status, b.status} == {"possible", "occurred"})


def compatible(a: Event, b: Event, countries: Optional[dict[str, str]] = None,
               headline: frozenset = frozenset(), buildings: frozenset = frozenset(),
               affiliation: Optional[dict[str, str]] = None, types: Optional[dict[str, str]] = None) -> bool:
    if a.type != b.type or not _place_and_time_fit(a, b, countries, buildings) or not _statuses_fit(a, b):
        return False
    if a.type == "Visit" and {a.status, b.status} == {"planned", "occurred"}:
        done, ahead = (a, b) if a.status == "occurred" else (b, a)
        if ahead.time is None and done.time is not None and done.time.value and done.time.basis is None:
            return False  # "X запросив Y відвідати Київ … Y уже був у Києві у 2024 році": the trip then is another
        if ahead.place_key and done.place_key and ahead.place_key != done.place_key:
            return False  # "X прибув до країни Y … У суботу X відвідає місто Z": a stop still ahead on the trip
    pa, pb = set(a.participants), set(b.participants)
    if a.type == "Sanctions" and len(pa) >= 2 and len(pb) >= 2 and a.participants[0] != b.participants[0]:
        return False  # sanctions and the counter-sanctions: who imposes them comes first
    if a.type == "Attack" and a.place_key and a.place_key == b.place_key and (
            pa <= {a.place_key} or pb <= {a.place_key}):
        return True  # "атака на місто" (the target is the place) and "X атакувала місто": one attack
    if not pa and not pb:  # "теракт в Нью-Йорке" twice: the same place names the same event
        return bool(a.place_key) and a.place_key == b.place_key
    if not pa or not pb:
        return False
    if (pa <= pb or pb <= pa) and (a.status == b.status or len(pa & pb) >= 2):
        return True
    if countries and types is not None and a.status == b.status and (id(a) in headline or id(b) in headline) \
            and _stood_in_for(a, b, countries, types):
        return True
    if countries and a.type in ("Agreement", "Talks", "Sanctions", "Meeting") and a.status == b.status \
            and (id(a) in headline or id(b) in headline):
        # "Польща та Литва підписали угоду" (title) and "канцлер і президент підписали угоду": the leaders
        # stand for their states
        sa, sb = _as_states(pa, countries), _as_states(pb, countries)
        for_a, for_b = pa & countries.keys(), pb & countries.keys()  # who acts for a state
        # (a body and the person heading it act as one: "«X» signed" and "X's head signed")
        with_a, with_b = _with_bodies(for_a, affiliation), _with_bodies(for_b, affiliation)
        if for_a and for_b and not (for_a <= with_b or for_b <= with_a):
            return False  # the leaders signed one thing, their ministers another
        if a.type == "Sanctions":  # "Норвегия ввела санкции" (title) and "правительство … санкций против Чили"
            return bool(sa) and (sa <= sb or sb <= sa)
        return (len(sa) >= 2 and sa == sb) or (types is not None and _states_and_their_signers(
            (a, b) if id(a) in headline else (b, a), countries, types))
    return False


def _stood_in_for(a: Event, b: Event, countries: dict[str, str], types: dict[str, str]) -> bool:
    """"X і глава МЗС Y обговорили телефоном …" (title) and "X поговорив телефоном із колегою Z з Y"
    (body): one call. They share a party; the other side is, in one, a body of a state left unnamed,
    in the other, a person or the state itself of that state."""
    pa, pb = set(a.participants), set(b.participants)
    if not pa & pb:
        return False
    for bodies, others in ((pa - pb, pb - pa), (pb - pa, pa - pb)):
        if not bodies or not others:
            continue
        if len(bodies) == 1 and types.get(next(iter(bodies))) == "LOC" and next(iter(bodies)) not in countries:
            states = set(bodies)  # ("X і міністр оборони Y обговорили": the state for its minister)
        elif all(types.get(k) == "ORG" for k in bodies):
            states = {countries.get(k) for k in bodies}
        else:
            continue
        if len(states) != 1 or None in states:
            continue
        state = states.pop()
        if all((types.get(k) == "PER" and countries.get(k) == state) or k == state for k in others):
            return True
    return False


def _stand_ins(a: Event, b: Event, countries: dict[str, str], types: dict[str, str]) -> set[str]:
    """"X обсудил в Ханое с министром торговли Вьетнама поставки" (title: the state for its unnamed minister) and
    "X встретился с вьетнамским коллегой Y" (body): one meeting, call or talks of persons; the state or body that
    stood in for the person one mention names is no party of its own."""
    if a.type not in INTERACTIONS or b.type not in INTERACTIONS or not _stood_in_for(a, b, countries, types):
        return set()
    pa, pb = set(a.participants), set(b.participants)
    out: set[str] = set()
    for own, bodies, others in ((pa, pa - pb, pb - pa), (pb, pb - pa, pa - pb)):
        # (a person beside the state in its own mention: "X обсудил с главой МИД Y"; states alone, "сторони
        # готують консультації", are the parties themselves)
        if any(types.get(k) == "PER" for k in others) and not any(types.get(k) == "PER" for k in bodies) \
                and any(types.get(k) == "PER" for k in own):
            out |= {k for k in bodies if types.get(k) in ("LOC", "ORG")}
    return out


def _without_the_seat_of_a_party(ev: Event, types: dict[str, str], countries: dict[str, str]) -> None:
    """"Кремль пока не планирует встречу X с Y": a meeting, call or talks of two persons or more is theirs; the
    seat that stands for one's government (gazetteer flag gov=, the Kremlin, the White House) is who told of it."""
    persons = [p for p in ev.participants if types.get(p) == "PER"]
    if ev.type not in INTERACTIONS or len(persons) < 2:
        return
    gaz = gazetteer_mod.load()
    states = {countries.get(p) for p in persons} - {None}
    ev.participants = [p for p in ev.participants if not (
        types.get(p) == "ORG" and getattr(gaz.entries.get(p), "gov_of", None) and countries.get(p) in states)]


def _states_and_their_signers(pair: tuple[Event, Event], countries: dict[str, str], types: dict[str, str]) -> bool:
    """"Литва та Х підписали меморандум" (title, the states alone) and "Посадовці уклали меморандум" (the body's
    first such mention, persons whose states the text does not give, or gives as those): one agreement."""
    title, body = pair
    states = set(title.participants)
    if title.mentions or len(states) < 2 or any(types.get(p) != "LOC" or p in countries for p in states):
        return False
    nouns = [e.trigger.split()[-1].lower() for e in pair if len(e.trigger.split()) > 1]
    if len(nouns) == 2 and not _same_stem(*nouns):
        return False  # "підписали угоду" and "лідери підписали заяву": two documents
    persons = [p for p in body.participants if p not in states]  # (a person of no known state may be of either)
    return bool(persons) and all(types.get(p) == "PER" and (p not in countries or countries[p] in states)
                                 for p in persons)


def _with_bodies(keys: set[str], affiliation: Optional[dict[str, str]]) -> set[str]:
    """The keys and the bodies their persons hold a title in."""
    return keys | {affiliation[k] for k in keys if affiliation and k in affiliation}


def _building_in_town(a: str, b: str, etype: str, countries: Optional[dict[str, str]], buildings: frozenset) -> bool:
    """"переговоры в Риге" and "переговоры во дворце X": a named building (a palace, an airfield) and a town
    are one place when the text does not say where the building is; two buildings, or a country, are not."""
    if etype == "Attack" or not countries or (a in buildings) == (b in buildings):
        return False
    town = b if a in buildings else a
    return town in countries  # a town has its country; a country has none


def absorb(into: Event, ev: Event, countries: Optional[dict[str, str]] = None,
           buildings: frozenset = frozenset()) -> None:
    into.mentions.append((ev.start, ev.end, ev.trigger))
    if ev.type == into.type:
        into.specific = into.specific or ev.specific  # "зустріч" told again as "саміт": the summit
    for p in ev.participants:
        if p not in into.participants:
            into.participants.append(p)
    if countries and into.place_key and countries.get(ev.place_key) == into.place_key:
        into.place_key = ev.place_key  # the city is the more precise place
    if ev.place_key in buildings and into.place_key not in buildings:
        into.place_key = ev.place_key  # the building in the town, more precise still
    into.place_key = into.place_key or ev.place_key
    if into.type == "Attack" and into.place_key in into.participants and len(into.participants) > 1:
        into.participants.remove(into.place_key)  # the attacker is named: the city attacked is where
    if ev.time is not None and (into.time is None or _width(ev.time) < _width(into.time)):
        into.time = ev.time  # the most precise time any mention gives
    into.statement = into.statement or ev.statement


def keep(ev: Event, types: dict[str, str], titled: set[int], strong: frozenset = frozenset(),
         delegated: frozenset = frozenset()) -> bool:
    """An event must say who or where: 'контактов нет' alone names nobody. An unambiguous event word
    ("переговоры", "теракт", "вибори") needs only one of a participant, a place, a time."""
    n = len(ev.participants)
    has_time = ev.time is not None and ev.time.value is not None
    if ev.type == "Contact":  # "contacts with Russia" are relations; a contact event is between named parties
        return sum(1 for p in ev.participants if types.get(p) in ("PER", "ORG")) >= 2
    if ev.type == "Attack" and ev.place_key is None and not has_time \
            and all(types.get(p) == "LOC" for p in ev.participants):
        return False  # "попри російські обстріли енергетики": a state's attacks in general, with no place or time
    if ev.type == "Attack":  # "удар" is also a blow or a stroke: an attack involves a state, a group or a place
        return ev.place_key is not None or any(types.get(p) in ("LOC", "ORG") for p in ev.participants) or (
            id(ev) in strong and (n >= 1 or has_time))
    if id(ev) in strong and ev.type != "Visit" and (ev.place_key is not None or has_time or (
            n >= 1 and ev.status != "possible")):  # "готов вести переговоры с ...": a stance, not an event
        return True
    if ev.type == "Visit":  # someone visits (a person, a body, a state's delegation); a river "arriving" does not
        return any(types.get(p) in ("PER", "ORG") for p in ev.participants) or (
            sum(types.get(p) == "LOC" for p in ev.participants) >= 2) or (id(ev) in delegated and n >= 1)
    if ev.type in INTERACTIONS:
        return n >= 2 or ev.place_key is not None or any(types.get(p) == "ORG" for p in ev.participants) or (
            n >= 1 and (has_time or id(ev) in titled))
    if ev.type == "Sanctions":  # "резолюция против санкций в Лиме": sanctions are imposed by or on someone
        return n >= 1
    return n >= 1 or ev.place_key is not None


def merge(found: list[Found], types: dict[str, str], countries: Optional[dict[str, str]] = None,
          buildings: frozenset = frozenset(), affiliation: Optional[dict[str, str]] = None) -> list[Event]:
    out: list[Event] = []
    titled = {id(f.ev) for f in found if f.titled}
    document = {id(f.ev): f.document for f in found if f.document}  # "декларація" and "меморандум": two agreements
    strong = {id(f.ev) for f in found if f.strong}
    headline = {id(f.ev) for f in found if f.headline}
    other = {id(f.ev) for f in found if f.sequel}  # "the next round", "the previous referendum"
    untold = {id(f.ev) for f in found if f.untold}
    _discussed_in_the_title(found, countries or {}, types)
    for n, f in enumerate(found):
        ev, target = f.ev, None
        told_here = _told_later_here(f, found[n + 1:])
        if told_here is not None:
            absorb(told_here, ev, countries, buildings)  # "розглянуть на нараді ...": the noun after tells which one
            continue
        if f.anaphoric:
            pointed = [o for o in reversed(out) if o.type == ev.type or (
                f.outcome and {o.type, ev.type} == {"Meeting", "Talks"} and not (f.after and ev.type == "Talks"))]
            # "Ещё в 2019 году в Вене … подписали документы": a document signed at another place, another one
            if ev.type == "Agreement":
                pointed = [o for o in pointed if _place_and_time_fit(o, ev, countries, buildings) and _statuses_fit(o, ev)
                           and document.get(id(o), f.document) == (f.document or document.get(id(o)))]
                # (a joint declaration signed, then a treaty "подписан и договор": a document of another kind)
            # "На полях форума … встретились": one that took place, not the next one planned
            if f.sidelines:
                pointed = [o for o in pointed if {o.status, ev.status} != {"planned", "occurred"}] or pointed
            if f.elaborate:  # "відвідає Y, де обговорить …": not the meeting held the day before
                pointed = [o for o in pointed if {o.status, ev.status} != {"planned", "occurred"}
                           and (times_compatible(o.time, ev.time) or not _days(o.time, ev.time))]
                if not pointed and any(o.type == "Visit" and o.sentence == ev.sentence and o.status == ev.status
                                       and set(ev.participants) <= set(o.participants) for o in out):
                    continue  # what the visitor will discuss there: part of that visit
            # the last one told with its noun ("Совещание завершилось …" after a "встреча" told in between)
            target = next((o for o in pointed if not ev.participants and same_noun(o, ev)),
                          pointed[0] if pointed else None)
            if target is not None and f.borrowed:
                ev.participants = []  # the event it points back to knows its own parties
            elif target is not None and f.outcome:  # "Після переговорів посадовці обох країн …": not the states
                ev.participants = [p for p in ev.participants if p in target.participants or types.get(p) != "LOC"]
        if target is None and not f.distinct and not f.sequel:
            fitting = [o for o in reversed(out) if compatible(o, ev, countries, frozenset(headline), buildings, affiliation, types)
                       and not (f.aside and _told_in(o, ev.sentence))
                       # ("Україна і X уклали угоду" (title) … "у квітні 2024-го X і Y уклали в Z угоду": an earlier one)
                       and not (f.long_ago and (o.time is None or not o.time.value))
                       and document.get(id(o), f.document) == (f.document or document.get(id(o)))]
            # a mention naming nobody goes with the last one told with its noun, if any
            target = next((o for o in fitting if not ev.participants and same_noun(o, ev)),
                          fitting[0] if fitting else None)
        if f.distinct and (ev.time is None or not ev.time.value):
            # "X также поговорил с Z": another call on the same occasion as the one before
            prev = next((o for o in reversed(out) if o.type == ev.type and o.time is not None and o.time.value
                         and o.status == ev.status), None)  # (not "ещё одно соглашение могут подписать")
            if prev is not None:
                ev.time = prev.time
        if target is not None:
            stood_in = _stand_ins(target, ev, countries or {}, types)
            if id(target) in untold and id(ev) not in headline:
                target.status = ev.status  # "Дата поездки X пока неизвестна" (title): the body tells whether it is to come
                untold.discard(id(target))
            absorb(target, ev, countries, buildings)
            target.participants = [p for p in target.participants if p not in stood_in]
            if f.document:
                document.setdefault(id(target), f.document)
            if id(ev) in titled:
                titled.add(id(target))
            if id(ev) in strong:
                strong.add(id(target))
        else:
            out.append(ev)
    # a mention naming too little to stand alone ("the visit next week", a title without names, "X
    # talked with the president of Y") joins the one event of its type it fits, if there is one
    delegated = frozenset(id(f.ev) for f in found if f.delegated)
    kept = [e for e in out if keep(e, types, titled, frozenset(strong), delegated)]
    named = [e for e in kept if e.participants]
    # a mention naming nobody ("в телефонном разговоре 20 апреля") is the article's event of that type
    # when there is one with named parties it fits: it joins that one instead of standing alone
    # (a title naming only the place, "Drones hit power station near X", tells of the body's event too)
    # (a call has no place of its own: "У X дзвінок прокоментували" tells where it was heard of)
    kept = [e for e in kept if e.participants or (e.place_key and e.place_key not in buildings and id(e) not in headline
                                                  and e.type != "Call")
            or not _fits(e, [n for n in named if id(n) not in other or n.status == e.status],
                         countries=countries, buildings=buildings)]  # (a summit held is not "the next summit")
    result: list[Event] = []
    for ev in out:
        if ev in kept:
            result.append(ev)
            continue
        if id(ev) in other:
            # "на минулих виборах 2019 року": an earlier event of its kind, never the one told of; it
            # stands alone when it says when or where
            if (ev.time is not None and ev.time.value) or ev.place_key:
                result.append(ev)
            continue
        # a mention naming nothing is not an earlier or later event of its kind told as such
        fits = [k for k in _fits(ev, kept, countries=countries, buildings=buildings) if id(k) not in other
                and not (document.get(id(k)) and document.get(id(ev)) and document[id(k)] != document[id(ev)])]
        before = [k for k in fits if k.start < ev.start]
        if not before and id(ev) not in headline and _visit_of_the_talks_just_told(ev, kept, types, countries or {}):
            result.append(ev)  # "X провела в Y переговоры … . Визит … оказался первым": the visit those talks were on
            continue
        if not before and id(ev) not in headline and ev.type in _MEETING_OR_TALKS and not ev.participants:
            # "по окончании встречи" after the talks were told: those talks, not a meeting told later
            other_kind = [k for k in kept if k.start < ev.start and k.type in _MEETING_OR_TALKS and k.type != ev.type
                          and k.participants and id(k) not in other and k.status == ev.status
                          and times_compatible(k.time, ev.time)
                          and not (k.place_key and ev.place_key and k.place_key != ev.place_key)]
            if other_kind:
                fits = before = other_kind[-1:]
        if fits:
            # the nearest one told before it; else (a title) the first one the body tells of
            # (one told with the same noun first: "Совещание завершилось …" is the meeting, not a later
            # "встреча" told in between)
            same = [k for k in before if same_noun(k, ev)]
            target = fits[0] if len(fits) == 1 or not before else max(same or before, key=lambda k: max(
                [k.start] + [m[0] for m in k.mentions if m[0] < ev.start]))
            mentions = [(ev.start, ev.end, ev.trigger)] + ev.mentions
            if ev.type == "Call" and not ev.participants:
                ev.place_key = None  # (where the call was reacted to)
            absorb(target, ev, buildings=buildings)
            target.mentions[-1:] = mentions
    _city_of_the_visit(result, countries or {})
    _place_of_the_visit(result, types, countries or {})
    _time_of_the_visit(result, types)
    for e in result:
        e.mentions.sort()
        _without_the_seat_of_a_party(e, types, countries or {})
        if not e.participants and e.place_key and e.type in INTERACTIONS:
            # "на переговорах в Женеве" after "встреча делегаций ... в Женеве": the parties who met there
            near = [o for o in result if o is not e and o.start < e.start and o.type in INTERACTIONS
                    and o.place_key == e.place_key and o.participants]
            if near:
                e.participants = list(near[-1].participants)
    return result


def _discussed_in_the_title(found: list[Found], countries: dict[str, str], types: dict[str, str]) -> None:
    """"X і глава МЗС Y обговорили …" (title) and "Телефонну розмову з колегою провів X" (body): what the title
    says they discussed, the body tells as a call or a meeting of the same parties; the title names that event."""
    for f in found:
        if not (f.headline and f.elaborate and f.ev.type == "Talks" and f.ev.participants):
            continue
        g = next((g for g in found if not g.headline and g.ev.status == f.ev.status), None)
        if g is not None and g.ev.type in ("Call", "Meeting") and set(f.ev.participants) & set(g.ev.participants) and (
                set(f.ev.participants) <= set(g.ev.participants) or _stood_in_for(f.ev, g.ev, countries, types)
                or all(types.get(p) == "LOC" for p in set(f.ev.participants) - set(g.ev.participants))):
            # ("X обговорив з міністром Y …": the state stands for its unnamed minister the body names)
            f.ev.type = g.ev.type


def _visit_of_the_talks_just_told(ev: Event, kept: list[Event], types: dict[str, str], countries: dict[str, str]) -> bool:
    """A visit told by its noun alone, naming nobody, right after (the same or the next sentence) talks, a meeting
    or a signing a person held abroad that were told with their place: the visit is that person's to the place's
    state, there and then (the event is filled in)."""
    if ev.type != "Visit" or ev.participants or ev.status != "occurred" or ev.sentence is None:
        return False
    near = [k for k in kept if k.start < ev.start and k.type in ("Talks", "Meeting", "Agreement")
            and k.status == "occurred" and k.place_key and k.participants and k.sentence is not None
            and 0 <= ev.sentence[0] - k.sentence[1] <= 3]
    if not near:
        return False
    k = max(near, key=lambda k: k.start)
    person = next((p for p in k.participants if types.get(p) == "PER"), None)
    state = countries.get(k.place_key) or (k.place_key if types.get(k.place_key) == "LOC" else None)
    if person is None or state is None or countries.get(person) == state:
        return False  # (a person at home receives; no visit)
    ev.participants = [person, state]
    ev.place_key = ev.place_key or k.place_key
    ev.time = ev.time or k.time
    return True


_MEETING_OR_TALKS = ("Meeting", "Talks")


def _told_later_here(f: Found, later: list[Found]) -> Optional[Event]:
    """A verb that points back ("обговорять", "discussed") in a sentence that goes on to name an event of its
    kind with its own noun ("... на нараді комісії"): that event, not one told before."""
    if not f.anaphoric or f.outcome or f.sidelines:
        return None
    kinds = {"Meeting", "Call", "Talks"} if f.elaborate else {f.ev.type}
    return next((g.ev for g in later if g.ev.sentence == f.ev.sentence and g.ev.type in kinds
                 and not (g.anaphoric or g.distinct or g.sequel)
                 and not (f.borrowed and f.ev.participants and not (
                     g.venue and set(f.ev.participants) & set(g.ev.participants)))),
                None)  # (with parties of its own, one held there naming them too: "министры НАТО рассмотрят … на встрече";
    # not "Сторони обговорили план засідання": what they discussed)


def _told_in(ev: Event, sentence: Optional[tuple[int, int]]) -> bool:
    """Has the event a mention in that sentence ("На полях саміту …": the summit the sentence names)?"""
    return sentence is not None and any(sentence[0] <= s < sentence[1] for s in [ev.start] + [m[0] for m in ev.mentions])


def same_noun(a: Event, b: Event) -> bool:
    """Both told with one noun in any case form ("совещание" / "Совещание" / "совещания")."""
    words = lambda e: {t.split()[0].lower() for t in [e.trigger] + [m[2] for m in e.mentions] if t.split()}  # noqa: E731
    return any(_same_stem(x, y) for x in words(a) for y in words(b))


def _same_stem(x: str, y: str) -> bool:
    """One word in two case forms ("угоду", "угода"): all but the last two letters of the shorter alike."""
    n = min(len(x), len(y))
    return x == y or (n >= 5 and x[:n - 2] == y[:n - 2])


def _city_of_the_visit(events: list[Event], countries: dict[str, str]) -> None:
    """A visit to a country whose person, in the same sentence, does something in one of its cities ("визит в
    Республику X …, в четверг провел в Y переговоры"): the visit went to that city."""
    for v in events:
        if v.type != "Visit" or not v.place_key or countries.get(v.place_key):
            continue  # no place, or already a city
        for ev in events:
            if ev is v or ev.sentence != v.sentence or not ev.place_key or countries.get(ev.place_key) != v.place_key:
                continue
            if set(ev.participants) & set(v.participants) - {v.place_key}:
                v.place_key = ev.place_key
                break


def visited_country(events: list[Event], types: dict[str, str], countries: dict[str, str],
                    states: set[str]) -> None:
    """A visit is between the visitor and the country visited: "X перебуває в Японії з візитом", "X прибув до
    Токіо" make the state (the place, or the state its city lies in) a participant when no place is one yet."""
    for v in events:
        if v.type != "Visit" or not v.place_key or any(types.get(p) == "LOC" for p in v.participants):
            continue
        if not any(types.get(p) in ("PER", "ORG") for p in v.participants):
            continue
        state = countries.get(v.place_key, v.place_key)
        if any(countries.get(p) == state for p in v.participants):
            continue  # a trip at home ("Президент України відвідав Харків") visits no country
        if state in states and state not in v.participants:
            v.participants.append(state)
    for v in events:  # "X відвідає базу в Y" (a town no list places): in the state X is visiting
        if v.type != "Visit" or not v.place_key or v.place_key in countries or v.place_key in states \
                or any(types.get(p) == "LOC" for p in v.participants):
            continue
        visitors = {p for p in v.participants if types.get(p) in ("PER", "ORG")}
        hosts = {p for o in events if o is not v and o.type == "Visit" and visitors & set(o.participants)
                 for p in o.participants if p in states}
        if not hosts:  # "X подписал в Y соглашение … X посетит район Z": the state of where else the visitor was
            hosts = {countries.get(o.place_key, o.place_key) for o in events if o is not v and o.place_key
                     and o.type in INTERACTIONS | {"Agreement"} and visitors & set(o.participants)} & states
        if len(hosts) == 1 and not any(countries.get(p) in hosts for p in visitors):
            v.participants.extend(hosts)


def host_met_by_the_visitor(events: list[Event], types: dict[str, str], countries: dict[str, str]) -> None:
    """"X прибув до Києва. Після переговорів із Y сторони уклали угоду": talks or a meeting told after a visit with
    only one person, a person of the state visited, held where the visit was or with no place of their own, of the
    visit's status: the visitor is the other side."""
    for ev in events:
        if ev.type not in ("Meeting", "Talks") or sum(types.get(p) == "PER" for p in ev.participants) != 1:
            continue
        host = next(p for p in ev.participants if types.get(p) == "PER")
        visits = [v for v in events if v.type == "Visit" and v.start < ev.start and v.status == ev.status
                  and v.place_key and (not ev.place_key or ev.place_key == v.place_key)
                  and countries.get(v.place_key, v.place_key) == countries.get(host)]
        visitors = [p for p in (visits[-1].participants if visits else []) if types.get(p) == "PER"
                    and countries.get(p) != countries.get(host)]
        if len(visitors) == 1 and visitors[0] not in ev.participants:
            ev.participants.insert(0, visitors[0])


def election_in_the_candidates_state(events: list[Event], types: dict[str, str], countries: dict[str, str],
                                     states: set[str]) -> None:
    """"X переміг у другому турі виборів", X being the president of a state: an election told with no
    place was held in the state its candidates (all of one state the article knows) belong to; with no
    person among them, the state of the parties that ran; with none of these, the one state the article's
    other elections were held in."""
    for ev in events:
        if ev.type != "Election" or not ev.place_key:
            continue
        own = {countries.get(p) for p in ev.participants if types.get(p) == "PER"}
        held = countries.get(ev.place_key, ev.place_key)
        if len(own) == 1 and (state := own.pop()) in states and held != state and held != ev.place_key:
            ev.place_key = state  # "У Москві переобрання X привітали": where it was greeted, not held
    for ev in events:
        if ev.type != "Election" or ev.place_key:
            continue
        persons = [p for p in ev.participants if types.get(p) == "PER"] \
            or [p for p in ev.participants if types.get(p) == "ORG"]  # "партія X перемогла": the party's state
        own = {countries.get(p) for p in persons}
        if persons and len(own) == 1 and (state := own.pop()) in states:
            ev.place_key = state
    # "Прошлые выборы, в 2019 году, …": the other elections an article tells of with no place are of the
    # one state its placed elections were held in
    held = {countries.get(ev.place_key, ev.place_key) for ev in events if ev.type == "Election" and ev.place_key}
    if len(held) == 1 and (state := next(iter(held))) in states:
        for ev in events:
            if ev.type == "Election" and not ev.place_key:
                ev.place_key = state


def _place_of_the_visit(events: list[Event], types: dict[str, str], countries: dict[str, str]) -> None:
    """A meeting, talks or agreement with no place of its own, told after a visit of one of its persons
    and fitting its time and status, took place where the visit went ("X прибув до Риги … X провів
    переговори з Y": in Riga). One done while the visit is told, whose parties all belong to the two
    sides of that visit ("Кабінети обох держав уклали угоду", "глави дипломатичних відомств зустрілися
    окремо"), took place there too."""
    for ev in events:
        if ev.place_key or ev.type not in ("Meeting", "Talks", "Agreement"):
            continue
        visit = _last_visit_of_a_person(ev, events, types, lambda v: bool(v.place_key) and (
            (v.status == ev.status and times_compatible(v.time, ev.time)) or _during_the_stay(v, ev)), any_status=True,
            by_last_mention=True)
        if visit is None and ev.status == "occurred":
            visit = _visit_of_the_sides(ev, events, types, countries)
        if visit is not None:
            ev.place_key = visit.place_key


def _visit_of_the_sides(ev: Event, events: list[Event], types: dict[str, str],
                        countries: dict[str, str]) -> Optional[Event]:
    """The last visit done and told before ``ev`` (no other visit told in between), with a place and a time
    ``ev`` fits, whose two sides (the visitor's state and the state visited) hold every state ``ev``'s
    parties are known to belong to."""
    told = _last_told(ev)
    before = [v for v in events if v.type == "Visit" and v.start < told]
    if not before:
        return None
    visit = max(before, key=lambda v: v.start)
    if visit.status != "occurred" or not visit.place_key:
        return None
    if ev.time is not None and ev.time.value and not _during_the_stay(visit, ev):
        return None
    sides = {countries.get(p, p) for p in visit.participants} | {countries.get(visit.place_key, visit.place_key)}
    known = {countries.get(p, p) for p in ev.participants if countries.get(p) or types.get(p) == "LOC"}
    return visit if known <= sides else None


def _last_told(ev: Event) -> int:
    """Where the article last tells of ``ev`` (a headline event merged with its mention in the body)."""
    return max([ev.start] + [m[0] for m in ev.mentions])


def _during_the_stay(visit: Event, ev: Event) -> bool:
    """"X arrived on Wednesday … on Thursday he will hold talks": an event planned within a week after
    the arrival told as done (or, with a date missing, told right after it); one done within three days
    after it ("X arrived on Tuesday … on Wednesday X met Y")."""
    a, b = visit.time, ev.time
    if visit.status != "occurred" or ev.status not in ("planned", "possible", "occurred"):
        return False
    ahead = ev.status != "occurred"
    if a is None or b is None or not a.interval_start or not b.interval_start:
        return ahead and 0 < _last_told(ev) - visit.start < 400
    days = (dt.date.fromisoformat(b.interval_start) - dt.date.fromisoformat(a.interval_start)).days
    return 0 <= days <= (7 if ahead else 3)


def _last_visit_of_a_person(ev: Event, events: list[Event], types: dict[str, str], fits,
                            any_status: bool = False, by_last_mention: bool = False) -> Optional[Event]:
    """The last visit told before the event (``by_last_mention``: before its last mention), of one of its persons,
    with the same status (or any, when ``fits`` judges it), that ``fits``."""
    persons = {p for p in ev.participants if types.get(p) == "PER"}
    visits = [v for v in events if v.type == "Visit" and v.start < (_last_told(ev) if by_last_mention else ev.start)
              and persons & set(v.participants)
              and (any_status or v.status == ev.status) and fits(v)]
    return max(visits, key=lambda v: v.start) if visits else None


def _time_of_the_visit(events: list[Event], types: dict[str, str]) -> None:
    """A meeting, talks or agreement with no time expression of its own, told after a dated visit of one of
    its persons and done alike ("X у четвер прибув до Y. … Під час візиту X зустрівся з Z"), was part of that
    visit: it took place then."""
    for ev in events:
        if ev.time is not None or ev.type not in ("Meeting", "Talks", "Agreement"):
            continue
        visit = _last_visit_of_a_person(ev, events, types, lambda v: v.time is not None and bool(v.time.value))
        if visit is not None:
            ev.time = visit.time


def _fits(ev: Event, kept: list[Event], same_status: bool = True, countries: Optional[dict[str, str]] = None,
          buildings: frozenset = frozenset()) -> list[Event]:
    return [k for k in kept if k is not ev and k.type == ev.type and (k.status == ev.status or not same_status)
            and set(ev.participants) <= set(k.participants)
            and times_compatible(k.time, ev.time)
            and not (k.place_key and ev.place_key and k.place_key != ev.place_key
                     and not _building_in_town(k.place_key, ev.place_key, ev.type, countries, buildings))]


def finalize(events: list[Event]) -> list[Event]:
    """Give each event its cross-article key."""
    for e in events:
        e.key = event_key(e)
    return events


def event_key(ev: Event) -> str:
    """Deterministic identity across articles: type, sorted participants (the place instead when
    nobody is named), time value (empty when unknown): ``Call|per:ivan-koval+wd:Q212|2026-01``.
    Two articles telling of one event at different precisions ("6-7 January" / "January") get
    different keys; merging those is the graph's job (same type and participants, overlapping
    interval_start..interval_end)."""
    when = ev.time.value if ev.time is not None and ev.time.value and ev.time.basis is None else ""
    who = "+".join(sorted(ev.participants)) or (f"@{ev.place_key}" if ev.place_key else "")
    return f"{ev.type}|{who}|{when}"

