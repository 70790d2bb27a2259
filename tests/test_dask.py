"""The Dask engine: same bytes per article as the local engine, on a local cluster of two
worker processes listening on 127.0.0.1; a worker killed mid-run loses and repeats nothing."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from scale_corpus import seed_texts, snapshot, write_corpus
from typer.testing import CliRunner

from claimx.cli import app
from claimx.dask import extract_bag, extract_dataframe
from claimx.engines.cluster import load_everywhere, run_partitions
from claimx.engines.jobs import FOLDER_INDENT
from claimx.io.locations import read_locations
from claimx.io.output import write_folder
from claimx.io.resume import FolderPlan

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")
runner = CliRunner()
OPTIONS = {"model": None, "rules_dirs": [], "published": None}


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    )  # fmt: skip
    with cluster, distributed.Client(cluster) as client:
        load_everywhere(client, OPTIONS)
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("dask") / "in", 120)


@pytest.fixture(scope="module")
def local_output(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local") / "out"
    run("extract", str(corpus), "-o", str(out), "-q")
    return snapshot(out)


def test_the_local_cluster_listens_on_loopback_only(client) -> None:
    assert client.scheduler.address.startswith("tcp://127.0.0.1:")
    assert all(a.startswith("tcp://127.0.0.1:") for a in client.scheduler_info()["workers"])


def test_a_scheduler_gives_the_local_engines_bytes(client, corpus, local_output, tmp_path) -> None:
    out = tmp_path / "out"
    address = client.scheduler.address
    result = run("extract", str(corpus), "-o", str(out), "--scheduler", address,
                 "--partition-size", "7", "-q")  # fmt: skip
    assert result.exit_code == 1, result.output  # the malformed line, as locally
    assert snapshot(out) == local_output


def test_dask_json_lines_and_resume_match_the_local_engine(client, corpus, tmp_path) -> None:
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run("extract", str(corpus), "--jsonl", str(local), "-q")
    address = client.scheduler.address
    run("extract", str(corpus), "--jsonl", str(remote), "--scheduler", address, "-q")
    assert remote.read_bytes() == local.read_bytes()
    remote.write_bytes(local.read_bytes()[:50_000])
    result = run("extract", str(corpus), "--jsonl", str(remote), "--scheduler", address,
                 "--resume")  # fmt: skip
    assert "1 damaged" in result.output
    assert remote.read_bytes() == local.read_bytes()


def test_a_worker_killed_mid_run_loses_and_repeats_nothing(
    client, corpus, local_output, tmp_path
) -> None:
    out = tmp_path / "out"
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_worker(done: int) -> None:
        if done == 1:  # the first partition is back; the others are queued or running
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    plan = FolderPlan(out, None)
    results = run_partitions(
        client, plan.plan(read_locations([str(corpus)])), OPTIONS, FOLDER_INDENT,
        str(out.resolve()), partition_size=5, on_partition=kill_a_worker,
    )  # fmt: skip
    tally = write_folder(results, out)
    assert killed and tally.written == 120
    assert snapshot(out) == local_output


def test_extract_bag_gives_article_dicts_and_claims(client) -> None:
    texts = seed_texts()[:2]
    bag = db.from_sequence([{"id": f"b{n}", "text": t} for n, t in enumerate(texts)], 2)
    articles = extract_bag(bag).compute()
    assert [a["doc"]["id"] for a in articles] == ["b0", "b1"]
    claims = extract_bag(bag, claims=True).compute()
    assert len(claims) == sum(len(a["claims"]) for a in articles) > 0
    assert {c["doc_id"] for c in claims} == {"b0", "b1"}
    assert json.dumps(articles[0])  # plain JSON values


def test_extract_dataframe_gives_a_claim_per_row(client) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = dd.from_pandas(pd.DataFrame({"id": ["d0"], "text": [seed_texts()[0]]}), npartitions=1)
    claims = extract_dataframe(frame).compute()
    assert set(claims["doc_id"]) == {"d0"} and {"quantity", "span"} <= set(claims.columns)


def test_the_dask_engine_starts_its_own_cluster(corpus, tmp_path) -> None:
    out = tmp_path / "one.jsonl"
    result = run("extract", str(corpus / "a.txt"), "--jsonl", str(out), "--engine", "dask",
                 "--workers", "1")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["doc"]["id"] == "a"
