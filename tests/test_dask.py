"""Dask integration on a 2-process LocalCluster: equal to the single-process output.

Articles: tests/fixtures/ant_sample.jsonl (ANT corpus, Apache-2.0; see fixtures/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from quotecheck.batch import extract_quotes_batch  # noqa: E402
from quotecheck.integrations.dask import (  # noqa: E402
    extract_bag,
    extract_dataframe,
    records_partition,
)

FIXTURE = Path(__file__).parent / "fixtures" / "ant_sample.jsonl"
N_PIPELINE = 150  # articles through the trained pipeline (slow); rules only: all 299


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def expected(records: list[dict]) -> list[list[dict]]:
    """Single-process output of the default pipeline (the trained one when shipped)."""
    return [[q.to_dict() for q in qs]
            for qs in extract_quotes_batch(r["text"] for r in records[:N_PIPELINE])]


@pytest.fixture(scope="module")
def expected_rules(records: list[dict]) -> list[list[dict]]:
    """Single-process output, rules only (the quicker checks below use it)."""
    return [[q.to_dict() for q in qs]
            for qs in extract_quotes_batch((r["text"] for r in records), backend="rules")]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    cl = distributed.Client(cluster)
    yield cl
    cl.close()
    cluster.close()


def test_partition_function_local(records: list[dict],
                                  expected_rules: list[list[dict]]) -> None:
    out = records_partition(records[:20], keep_text=True, backend="rules")
    assert [o["id"] for o in out] == [r["id"] for r in records[:20]]
    assert [o["quotes"] for o in out] == expected_rules[:20]
    assert out[0]["text"] == records[0]["text"]


def test_bag_on_cluster(client, records: list[dict], expected: list[list[dict]],
                        expected_rules: list[list[dict]]) -> None:
    assert len(records) >= 200 and sum(map(len, expected)) > 50
    bag = db.from_sequence(records[:N_PIPELINE], npartitions=8)
    got = extract_bag(bag, text_field="text", id_field="id").compute()
    assert [g["id"] for g in got] == [r["id"] for r in records[:N_PIPELINE]]
    assert [g["quotes"] for g in got] == expected
    # Each worker process loaded its pipeline once, over all those partitions.
    loads = client.run(lambda: __import__("quotecheck.batch").batch.LOADS)
    assert len(loads) == 2 and all(n == 1 for n in loads.values()), loads
    texts = db.from_sequence([r["text"] for r in records], npartitions=6)
    assert extract_bag(texts, text_field=None, backend="rules").compute() == expected_rules


def test_dataframe_on_cluster(client, records: list[dict],
                              expected_rules: list[list[dict]]) -> None:
    expected = expected_rules
    pdf = pd.DataFrame({"id": [r["id"] for r in records],
                        "text": [r["text"] for r in records]})
    ddf = dd.from_pandas(pdf, npartitions=8)
    out = extract_dataframe(ddf, text_column="text", backend="rules").compute()
    assert list(out["id"]) == list(pdf["id"])
    assert [json.loads(s) for s in out["quotes"]] == expected
    assert list(out["n_quotes"]) == [len(e) for e in expected]
    objs = extract_dataframe(ddf, as_json=False, column="q", backend="rules").compute()
    assert [list(v) for v in objs["q"]] == expected
