"""`oxigraph serve` on a free loopback port answers SPARQL over HTTP on the store."""
from __future__ import annotations

import json
import socket
import urllib.parse
import urllib.request

import pytest

from kg import rdf_mapping as m
from kg import serve
from kg.store import Store, StoreLockedError

from test_rdf_sample import all_extractions


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "store"
    with Store(path) as st:
        for x in all_extractions():
            st.replace_article(m.article_iri(x.document), m.to_graph(x))
    return path


def _sparql(port: int, query: str) -> dict:
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/query", data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)


@pytest.mark.parametrize("read_only", [False, True])
def test_server_answers_sparql_over_http(store_path, read_only):
    port = _free_port()
    proc = serve.start(store_path, "127.0.0.1", port, read_only=read_only, quiet=True)
    try:
        assert serve.wait_ready("127.0.0.1", port, timeout=30, proc=proc), "server did not start"
        answer = _sparql(port, "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                               "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a nkg:Statement }")
        assert answer["results"]["bindings"][0]["n"]["value"] == "5"  # union of the article graphs
        if not read_only:  # the read-write server holds the store: a second writer gets the clear error
            with pytest.raises(StoreLockedError):
                Store(store_path)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_command_binds_loopback_by_default(store_path):
    cmd = serve.command(store_path)
    assert cmd[1] == "serve" and "127.0.0.1:7878" in cmd and "--union-default-graph" in cmd
    assert serve.command(store_path, host="::1", port=9000, read_only=True)[1:] == [
        "serve-read-only", "--location", str(store_path), "--bind", "[::1]:9000", "--union-default-graph"]


def test_read_write_serve_refuses_a_store_open_elsewhere(store_path):
    with Store(store_path):
        with pytest.raises(StoreLockedError):
            serve.start(store_path, "127.0.0.1", _free_port())
