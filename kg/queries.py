"""Named SPARQL queries (``queries/*.rq``): loading, parameter binding, running, formatting.

A named query file starts with a header of comments::

    # name: who-said-what
    # description: Who said what, when, and in which article.
    # param: speaker entity? - the speaker: a name (any label or alternative label, any case), key or IRI
    # param: from date? - on or after this day (YYYY-MM-DD)

``TYPE`` is one of entity, article, date, string, status, event-type, entity-type, kind; a
trailing ``?`` marks an optional parameter. The query body holds the line ``#PARAMS`` inside its
WHERE block; ``run`` replaces it by a ``VALUES`` block binding every parameter variable to an RDF
term (``UNDEF`` when not given). Lines between ``#IF p`` and ``#END`` are kept only when the
optional parameter ``p`` is given (a join that is cheap with the value bound and pointless without). Values are turned into RDF terms and written with the RDF term
serialiser (IRIs are validated, literals escaped), so a value can never change the query's text
beyond being one term. Variables per parameter ``p``:

- entity:      ``?p_iri``: the entity IRI. A value that is an IRI or an entity key (``wd:Q7747``)
               is used as is; any other value is a name, resolved first with the ``resolve-entity``
               query (label, alternative label, key or Wikidata id equal to it, any case); several
               matching entities give one VALUES row each, none gives an IRI that matches nothing.
- article:     ``?p_value`` (article IRI, from an IRI, document id or URL)
- date:        ``?p_value`` (xsd:date)
- status / event-type / entity-type / kind:  ``?p_value`` (IRI of the ontology term)
- string:      ``?p_value`` (plain literal)
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional, Union

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg import rdf_mapping

QUERY_DIR = Path(__file__).resolve().parents[1] / "queries"
PARAM_TYPES = ("entity", "article", "date", "string", "status", "event-type", "entity-type", "kind")
_PARAM_LINE = re.compile(r"#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s+([a-z\-]+)(\??)\s*(?:[-—:]\s*(.*))?$")
_MARKER = re.compile(r"^[ \t]*#PARAMS[ \t]*$", re.M)
_IF = re.compile(r"^[ \t]*#IF[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*$")
_END = re.compile(r"^[ \t]*#END[ \t]*$")


def _conditional(text: str, given: set[str], where: str) -> str:
    """Keep ``#IF p`` ... ``#END`` blocks whose parameter is given; drop the others."""
    out, keep, open_ = [], True, None
    for line in text.split("\n"):
        m = _IF.match(line)
        if m:
            if open_ is not None:
                raise ValueError(f"{where}: nested #IF")
            open_, keep = m.group(1), m.group(1) in given
            continue
        if _END.match(line):
            if open_ is None:
                raise ValueError(f"{where}: #END without #IF")
            open_, keep = None, True
            continue
        if keep:
            out.append(line)
    if open_ is not None:
        raise ValueError(f"{where}: #IF {open_} without #END")
    return "\n".join(out)


@dataclass
class Param:
    name: str
    type: str
    optional: bool = True
    description: str = ""

    def variables(self) -> list[str]:
        if self.type == "entity":
            return [f"{self.name}_iri"]
        return [f"{self.name}_value"]

    def __str__(self) -> str:
        return f"{self.name}{'?' if self.optional else ''}:{self.type}"


@dataclass
class NamedQuery:
    name: str
    text: str
    description: str = ""
    params: list[str] = field(default_factory=list)  # parameter names, in header order
    specs: dict[str, Param] = field(default_factory=dict)
    path: Optional[Path] = None


def parse(text: str, name: str = "query", path: Optional[Path] = None) -> NamedQuery:
    """A NamedQuery from SPARQL text with (or without) a header."""
    q = NamedQuery(name=name, text=text, path=path)
    desc: list[str] = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        if s.startswith("#PARAMS"):
            continue
        m = _PARAM_LINE.match(s)
        if m:
            pname, ptype, opt, pdesc = m.groups()
            if ptype not in PARAM_TYPES:
                raise ValueError(f"{path or name}: parameter {pname}: unknown type {ptype!r} "
                                 f"(expected one of {', '.join(PARAM_TYPES)})")
            q.specs[pname] = Param(pname, ptype, optional=bool(opt), description=(pdesc or "").strip())
            q.params.append(pname)
            continue
        body = s.lstrip("#").strip()
        if body.lower().startswith("name:"):
            q.name = body[5:].strip() or q.name
        elif body.lower().startswith("description:"):
            desc.append(body[12:].strip())
        elif desc and not body.lower().startswith(("columns:", "example:")):
            desc.append(body)
    q.description = " ".join(desc)
    if q.specs and not _MARKER.search(text):
        raise ValueError(f"{path or name}: declares parameters but has no #PARAMS line")
    for line in text.split("\n"):
        m = _IF.match(line)
        if m and m.group(1) not in q.specs:
            raise ValueError(f"{path or name}: #IF {m.group(1)}: no such parameter")
    _conditional(text, set(), str(path or name))  # well-formed blocks
    return q


def from_text(text: str) -> NamedQuery:
    """An ad-hoc query (``kg query --sparql TEXT``)."""
    return parse(text, name="sparql")


INTERNAL = ("eval-", "resolve-", "persons-by-")


def list_queries(include_internal: bool = False) -> list[NamedQuery]:
    """Every named query in ``queries/`` (the eval-*/resolve-* helpers only with ``include_internal``)."""
    out = []
    for p in sorted(QUERY_DIR.glob("*.rq")):
        if not include_internal and p.stem.startswith(INTERNAL):
            continue
        out.append(parse(p.read_text(encoding="utf-8"), name=p.stem, path=p))
    return out


def load(name_or_path: Union[str, Path]) -> NamedQuery:
    """A named query by name (``who-said-what``) or a path to a ``.rq`` file."""
    s = str(name_or_path)
    p = Path(s)
    if s.endswith(".rq") or p.is_file() or "/" in s:
        if not p.is_file():
            raise FileNotFoundError(f"{p}: no such query file")
        return parse(p.read_text(encoding="utf-8"), name=p.stem, path=p)
    p = QUERY_DIR / f"{s}.rq"
    if not p.is_file():
        known = ", ".join(q.name for q in list_queries())
        raise KeyError(f"unknown query {s!r} (named queries: {known})")
    return parse(p.read_text(encoding="utf-8"), name=p.stem, path=p)


# -------------------------------------------------------------------------------------- binding
def _is_iri(value: str) -> bool:
    return bool(re.match(r"^(https?|urn):", value))


def _term(spec: Param, value: str) -> dict[str, object]:
    """RDF terms for one parameter value: variable name -> term."""
    v = value.strip()
    if not v:
        raise ValueError(f"parameter {spec.name}: empty value")
    t = spec.type
    if t == "entity":
        if _is_iri(v):
            return {f"{spec.name}_iri": URIRef(v)}
        if re.fullmatch(r"[a-z]{2,5}:[^\s:]+", v):  # an entity key such as wd:Q7747 or per:ivan-petrenko
            return {f"{spec.name}_iri": URIRef(rdf_mapping.entity_iri(v))}
        return {f"{spec.name}_name": Literal(v)}  # resolved to IRIs by bind()
    if t == "article":
        if v.startswith(rdf_mapping.ARTICLE_BASE):
            return {f"{spec.name}_value": URIRef(v)}
        return {f"{spec.name}_value": URIRef(rdf_mapping.article_iri_for_id(v))}
    if t == "date":
        if re.fullmatch(r"\d{4}", v):
            v = f"{v}-01-01" if spec.name in ("from", "since", "start") else f"{v}-12-31"
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            lo, hi = rdf_mapping.time_bounds(v)
            v = lo if spec.name in ("from", "since", "start") else hi
        try:
            date.fromisoformat(v)
        except (TypeError, ValueError):
            raise ValueError(f"parameter {spec.name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
        return {f"{spec.name}_value": Literal(v, datatype=XSD.date)}
    if t == "status":
        return {f"{spec.name}_value": URIRef(rdf_mapping.status_iri(v.lower()))}
    if t == "kind":
        return {f"{spec.name}_value": URIRef(rdf_mapping.kind_iri(v.lower()))}
    if t == "event-type":
        return {f"{spec.name}_value": URIRef(rdf_mapping.event_type_iri(v))}
    if t == "entity-type":
        cls = rdf_mapping.ENTITY_CLASSES.get(v.upper())
        if cls is None:
            raise ValueError(f"parameter {spec.name}: {value!r} is not an entity type (PER, ORG or LOC)")
        return {f"{spec.name}_value": URIRef(cls)}
    return {f"{spec.name}_value": Literal(v)}


NO_MATCH = URIRef("urn:newskg:no-such-entity")


def resolve_entity(store, name: str) -> list[URIRef]:
    """IRIs of the entities a name stands for (``queries/resolve-entity.rq``): those it names exactly
    (a label, alternative label, key or Wikidata id, any case) or, when there are none, those with a
    label holding it as whole words (a surname alone)."""
    q = load("resolve-entity")
    variables, rows = store.query(bind(q, {"name": name}))
    i_e, i_x = variables.index("entity"), variables.index("exact")
    found = [(r[i_e], bool(r[i_x].toPython()) if r[i_x] is not None else False) for r in rows if r[i_e] is not None]
    exact = [e for e, x in found if x]
    return exact or [e for e, _ in found]


def bind(query: NamedQuery, params: Optional[dict[str, str]], store=None) -> str:
    """Query text with the #PARAMS line replaced by a VALUES block of RDF terms.

    Entity parameters given by name are resolved to IRIs with ``store`` (required for them).
    """
    from kg.store import to_ox  # the RDF term serialiser (validates IRIs, escapes literals)

    params = {k: v for k, v in (params or {}).items() if v is not None}
    unknown = sorted(set(params) - set(query.specs))
    if unknown:
        expected = ", ".join(query.params) or "none"
        raise ValueError(f"query {query.name}: unknown parameter(s) {', '.join(unknown)} (parameters: {expected})")
    missing = [p for p, s in query.specs.items() if not s.optional and p not in params]
    if missing:
        raise ValueError(f"query {query.name}: parameter(s) {', '.join(missing)} required "
                         f"(--param {missing[0]}=...)")
    if not query.specs:
        return query.text
    text = _conditional(query.text, set(params), query.name)
    choices: dict[str, list] = {}
    for name, value in params.items():
        for var, term in _term(query.specs[name], str(value)).items():
            if var.endswith("_name") and query.specs[name].type == "entity":
                if store is None:
                    raise ValueError(f"parameter {name}: a name needs a store to be resolved")
                choices[f"{name}_iri"] = resolve_entity(store, str(term)) or [NO_MATCH]
            else:
                choices[var] = [term]
    variables = [v for s in query.specs.values() for v in s.variables()]
    rows = [[]]
    for v in variables:
        rows = [r + [t] for r in rows for t in choices.get(v, [None])]
    body = " ".join("( " + " ".join(str(to_ox(t)) if t is not None else "UNDEF" for t in r) + " )" for r in rows)
    values = "VALUES ( " + " ".join("?" + v for v in variables) + " ) { " + body + " }"
    return _MARKER.sub(lambda _m: "  " + values, text, count=1)


def run(store, named_query: NamedQuery, params: Optional[dict[str, str]] = None):
    """Run a named query with parameters; returns ``(variables, rows)`` (rows of rdflib terms or None)."""
    text = bind(named_query, params, store=store)
    result = store.query(text)
    if isinstance(result, tuple):
        return result
    if isinstance(result, bool):
        return ["answer"], [(Literal(result),)]
    return ["subject", "predicate", "object"], [tuple(t) for t in result]


# ------------------------------------------------------------------------------------ formatting
def _cell(term) -> str:
    if term is None:
        return ""
    return str(term)


def _json_cell(term):
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        if term.datatype in (XSD.integer, XSD.nonNegativeInteger, XSD.int, XSD.long):
            try:
                return int(term)
            except ValueError:
                return str(term)
        if term.datatype in (XSD.decimal, XSD.double, XSD.float):
            return float(term)
        if term.datatype == XSD.boolean:
            return term.toPython()
        return str(term)
    return str(term)


def format_result(variables: list[str], rows: list[tuple], fmt: str = "table") -> str:
    """Render rows as ``table`` (rich), ``csv``, ``tsv`` or ``json`` (a list of objects)."""
    fmt = fmt.lower()
    if fmt == "json":
        return json.dumps([{v: _json_cell(t) for v, t in zip(variables, r)} for r in rows],
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(variables)
        for r in rows:
            w.writerow([_cell(t).replace("\t", " ").replace("\n", " ") if fmt == "tsv" else _cell(t) for t in r])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (expected table, csv, tsv or json)")
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", show_lines=False)
    for v in variables:
        table.add_column(v, overflow="fold")
    for r in rows:
        table.add_row(*(_cell(t) for t in r))
    buf = io.StringIO()
    import shutil

    width = max(100, shutil.get_terminal_size(fallback=(200, 24)).columns)
    Console(file=buf, width=width, force_terminal=False, color_system=None).print(table)
    out = buf.getvalue().rstrip("\n")
    return out + f"\n{len(rows)} row(s)"
