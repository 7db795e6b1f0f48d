"""The ``kg`` command line (typer)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="newskg: who said what, when, to whom, reported by whom — a knowledge graph from news.")

StoreOpt = typer.Option(None, "--store", envvar="NEWSKG_STORE",
                        help="Store directory (default ./.kg/store; env NEWSKG_STORE).")


def _store_path(store: Optional[Path]) -> Path:
    from kg.store import default_path  # the store module owns the default location

    return Path(store) if store else default_path()


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _open_store(store: Optional[Path], read_only: bool = False, must_exist: bool = False):
    from kg.store import Store, StoreLockedError

    path = _store_path(store)
    if must_exist and not path.exists():
        _err(f"kg: no store at {path} — run `kg ingest` first (or pass --store)")
        raise typer.Exit(2)
    try:
        return Store(path, read_only=read_only)
    except StoreLockedError as exc:
        _err(f"kg: {exc}")
        raise typer.Exit(2)


# ---------------------------------------------------------------------------------------- ingest
@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, folders (recursive), '-' for stdin; .jsonl = one article per line."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of every document (uk|ru|en); default: detected."),
    store: Optional[Path] = StoreOpt,
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per spaCy nlp.pipe batch."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for documents that lack one."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="Publisher for documents that name none."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
):
    """Read articles, extract entities, statements, events and times, and store one graph per article."""
    from kg.ingest import IngestReport, ingest_documents
    from kg.records import SUPPORTED_LANGS

    if lang and lang not in SUPPORTED_LANGS:
        _err(f"kg: --lang {lang}: unsupported language (supported: {', '.join(SUPPORTED_LANGS)})")
        raise typer.Exit(2)
    if date:
        from kg.documents import normalise_date

        try:
            date = normalise_date(date, "--date")
        except ValueError as exc:
            _err(f"kg: --date: {exc}")
            raise typer.Exit(2)
    with _open_store(store) as st:
        report: IngestReport = ingest_documents(paths, st, lang=lang, published=date, publisher=publisher,
                                                batch_size=batch_size, progress=not quiet, echo=_err)
        triples = st.triple_count()
    typer.echo(report.summary(triples))
    raise typer.Exit(1 if report.failed else 0)


# ----------------------------------------------------------------------------------------- query
@app.command()
def query(
    name: Optional[str] = typer.Argument(None, help="Named query (see `kg queries`) or a .rq file."),
    sparql: Optional[str] = typer.Option(None, "--sparql", help="SPARQL text to run instead of a named query."),
    param: List[str] = typer.Option([], "--param", "-p", help="key=value, bound as an RDF term (repeatable)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | tsv | json"),
    store: Optional[Path] = StoreOpt,
):
    """Run a named SPARQL query (or --sparql TEXT) over all articles."""
    from kg import queries

    if fmt not in ("table", "csv", "tsv", "json"):
        _err(f"kg: --format {fmt}: expected table, csv, tsv or json")
        raise typer.Exit(2)
    if not name and not sparql:
        _err("kg: give a query name, a .rq file or --sparql TEXT (`kg queries` lists the named ones)")
        raise typer.Exit(2)
    params = {}
    for p in param:
        if "=" not in p:
            _err(f"kg: --param {p!r}: expected key=value")
            raise typer.Exit(2)
        k, v = p.split("=", 1)
        params[k.strip()] = v
    try:
        q = queries.from_text(sparql) if sparql else queries.load(name)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        _err(f"kg: {exc}")
        raise typer.Exit(2)
    with _open_store(store, read_only=True, must_exist=True) as st:
        try:
            variables, rows = queries.run(st, q, params)
        except (ValueError, SyntaxError) as exc:
            _err(f"kg: {name or 'query'}: {exc}")
            raise typer.Exit(2)
    out = queries.format_result(variables, rows, fmt)
    if out:
        typer.echo(out)


@app.command("queries")
def list_queries():
    """List the named queries with what they answer and their parameters."""
    from kg import queries

    for q in queries.list_queries():
        params = ", ".join(q.params) if q.params else "-"
        typer.echo(f"{q.name:20} {q.description}  [params: {params}]")


# ---------------------------------------------------------------------------------------- export
@app.command()
def export(
    fmt: str = typer.Option("turtle", "--format", "-f", help="turtle | trig | nt | nq | jsonld"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article (id, URL or IRI)."),
    store: Optional[Path] = StoreOpt,
):
    """Serialise the graph (or one article's graph)."""
    from kg.export import export as do_export

    with _open_store(store, read_only=True, must_exist=True) as st:
        try:
            if output:
                with open(output, "wb") as fh:
                    do_export(st, fmt, fh, article=article)
            else:
                do_export(st, fmt, sys.stdout.buffer, article=article)
        except (ValueError, KeyError) as exc:
            _err(f"kg: export: {exc}")
            raise typer.Exit(2)
    if output:
        _err(f"wrote {output}")


# ----------------------------------------------------------------------------------------- serve
@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Bind address (loopback by default)."),
    port: int = typer.Option(7878, "--port"),
    read_only: bool = typer.Option(False, "--read-only", help="Serve read-only (no updates over HTTP)."),
    store: Optional[Path] = StoreOpt,
):
    """Start the Oxigraph SPARQL server (SPARQL 1.1 Protocol, Graph Store Protocol, query page) on the store."""
    from kg.serve import serve as do_serve

    path = _store_path(store)
    path.mkdir(parents=True, exist_ok=True)
    raise typer.Exit(do_serve(path, host=host, port=port, read_only=read_only))


# ----------------------------------------------------------------------------------------- stats
@app.command()
def stats(store: Optional[Path] = StoreOpt, as_json: bool = typer.Option(False, "--json")):
    """Counts: articles, triples, entities by type, statements, events by type."""
    with _open_store(store, read_only=True, must_exist=True) as st:
        figures = st.stats()
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False))
    else:
        for k, v in figures.items():
            typer.echo(f"{k:24} {v}")


# -------------------------------------------------------------------------------------- validate
@app.command()
def validate(
    file: Optional[Path] = typer.Argument(None, help="An RDF file to validate instead of the store."),
    store: Optional[Path] = StoreOpt,
):
    """Check the graph against the SHACL shapes (pyshacl); print violations."""
    from kg.validate import validate as do_validate

    if file is not None:
        if not file.exists():
            _err(f"kg: {file}: no such file")
            raise typer.Exit(2)
        conforms, n, report = do_validate(file)
    else:
        with _open_store(store, read_only=True, must_exist=True) as st:
            conforms, n, report = do_validate(st)
    if not conforms:
        typer.echo(report)
    typer.echo(f"{'conforms' if conforms else 'does not conform'}: {n} violation(s)")
    raise typer.Exit(0 if conforms else 1)


# ------------------------------------------------------------------------------------------ eval
@app.command("eval")
def eval_cmd(
    gold: Path = typer.Argument(..., help="Gold file (JSON Lines, see shared/eval/FORMAT.md)."),
    root: Optional[Path] = typer.Option(None, "--root", help="Folder the gold 'doc' paths are relative to."),
    as_json: bool = typer.Option(False, "--json", help="End with one JSON line of the figures."),
    records: bool = typer.Option(False, "--records", help="Score extraction records without the graph (development)."),
):
    """Ingest the gold documents into a fresh temporary store and score what the graph holds."""
    from kg.eval import evaluate, evaluate_records, render

    if not gold.exists():
        _err(f"kg: {gold}: no such file")
        raise typer.Exit(2)
    try:
        result = evaluate_records(gold, root=root) if records else evaluate(gold, root=root, echo=_err)
    except ValueError as exc:
        _err(f"kg: {gold}: {exc}")
        raise typer.Exit(2)
    typer.echo(render(result))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))


# ----------------------------------------------------------------------------------------- train
def _register_train() -> None:
    try:
        from kg.train import train_command
    except ImportError:  # training extras missing: the rest of the CLI still works
        return
    app.command("train", help="Train the bundled spaCy pipeline for a language from ../shared/corpora.")(train_command)


_register_train()


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
