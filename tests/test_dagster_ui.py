"""The Dagster UI serves every asset, asset check, job, schedule and sensor of the pipeline.

Starts a real ``dagster-webserver`` (not ``dagster dev``, which leaves processes behind) on a free
port against a temporary Dagster instance, temporary raw folder and temporary warehouse, so nothing
in the repository is touched; queries its GraphQL endpoint with urllib and compares the answer with
``pipeline.defs.defs``. The server is stopped with SIGTERM (SIGKILL after 10 s) whatever happens.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pipeline import devserver
from pipeline.devserver import graphql_raw

GROUPS = {"ingest", "extract", "resolve", "publish"}

pytestmark = pytest.mark.skipif(
    devserver.webserver_executable() is None,
    reason="dagster-webserver is not installed (pip install dagster-webserver to run the UI test)",
)

DEFINITIONS_QUERY = """
{
  assetNodes {
    assetKey { path }
    groupName
    description
    kinds
    owners {
      __typename
      ... on TeamAssetOwner { team }
      ... on UserAssetOwner { email }
    }
    assetChecksOrError {
      __typename
      ... on AssetChecks { checks { name } }
      ... on AssetCheckNeedsMigrationError { message }
    }
  }
  repositoriesOrError {
    __typename
    ... on RepositoryConnection {
      nodes {
        name
        jobs { name }
        schedules { name cronSchedule }
        sensors { name }
      }
    }
    ... on PythonError { message }
  }
}
"""


def graphql(base_url: str, query: str, timeout: float = 20.0) -> dict[str, Any]:
    """POST one GraphQL query; return ``data`` (fail on ``errors``)."""
    payload = graphql_raw(base_url, query, timeout)
    assert not payload.get("errors"), payload["errors"]
    return payload["data"]


@pytest.fixture(scope="module")
def webserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a ``dagster-webserver`` serving ``pipeline.definitions`` from a scratch instance."""
    try:
        with devserver.webserver(tmp_path_factory.mktemp("dagster_ui")) as base_url:
            yield base_url
    except devserver.DevServerError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def served(webserver: str) -> dict[str, Any]:
    return graphql(webserver, DEFINITIONS_QUERY, timeout=30)


@pytest.fixture(scope="module")
def expected():
    from pipeline.defs import defs

    return defs


def _owner(o: dict[str, Any]) -> str:
    return f"team:{o['team']}" if o["__typename"] == "TeamAssetOwner" else o["email"]


def test_every_asset_is_served_with_group_description_kinds_owners(served, expected) -> None:
    graph = expected.resolve_asset_graph()
    nodes = {"/".join(n["assetKey"]["path"]): n for n in served["assetNodes"]}
    want = {k.to_user_string(): graph.get(k) for k in graph.get_all_asset_keys()}
    assert set(nodes) == set(want)
    for name, node in want.items():
        got = nodes[name]
        assert got["groupName"] in GROUPS, (name, got["groupName"])
        assert got["groupName"] == node.group_name
        assert got["description"] and got["description"].strip(), f"{name} has no description"
        assert got["description"] == node.description
        assert set(got["kinds"]) == set(node.kinds), name
        assert sorted(_owner(o) for o in got["owners"]) == sorted(node.owners), name


def test_every_asset_check_is_served(served, expected) -> None:
    graph = expected.resolve_asset_graph()
    want = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert want, "the definitions declare asset checks"
    got: set[tuple[str, str]] = set()
    for n in served["assetNodes"]:
        checks = n["assetChecksOrError"]
        assert checks["__typename"] == "AssetChecks", checks
        got |= {("/".join(n["assetKey"]["path"]), c["name"]) for c in checks["checks"]}
    assert got == want


def test_job_schedule_and_sensor_are_served(served, expected) -> None:
    repos = served["repositoriesOrError"]
    assert repos["__typename"] == "RepositoryConnection", repos
    jobs = {j["name"] for r in repos["nodes"] for j in r["jobs"]}
    schedules = {s["name"]: s["cronSchedule"] for r in repos["nodes"] for s in r["schedules"]}
    sensors = {s["name"] for r in repos["nodes"] for s in r["sensors"]}
    assert "build_warehouse" in jobs
    assert "daily_build" in schedules
    assert "raw_files_sensor" in sensors
    assert {j.name for j in expected.resolve_all_job_defs()} <= jobs
    assert {s.name: s.cron_schedule for s in expected.schedules} == schedules
    assert {s.name for s in expected.sensors} == sensors
