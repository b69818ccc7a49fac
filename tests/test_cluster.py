"""Builds on a real Dask cluster on 127.0.0.1: a LocalCluster of worker processes, and the
``dask scheduler`` / ``dask worker`` commands as processes of their own (issue 14)."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from articlecast import build, find_articles
from articlecast.cache import Cache
from articlecast.config import VoiceProfile
from conftest import ROOT, ctrl_c_restored, run_cli

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed; run 'make test'")

from articlecast.cluster import CONNECT_TIMEOUT_SECONDS, ClusterWorkers  # noqa: E402  (needs the extra)
from articlecast.errors import ClusterError  # noqa: E402

TESTS = ROOT / "tests"
SHARED_SENTENCE = "The council met on Monday to discuss the harbour bridge."
COUNTING = dataclasses.replace(VoiceProfile(), engine="fake_engines:CountingEngine")
TOPICS = ["bridge", "library", "tram line", "river", "school", "market", "park", "museum"]


def write_articles(folder: Path, count: int) -> Path:
    """``count`` short articles, every one of them with the same first sentence."""
    folder.mkdir()
    for n in range(count):
        topic = TOPICS[n % len(TOPICS)]
        body = [SHARED_SENTENCE, f"Engineers said the {topic} would take {n + 2} weeks. Work starts in spring.",
                f"Residents asked about the {topic} and the cost of item {n}."]  # fmt: skip
        (folder / f"story-{n}.txt").write_text(f"Story number {n}\n\n" + "\n\n".join(body) + "\n")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    """What a build publishes per episode, byte for byte (the catalog and feed hold build times)."""
    return {path.name: path.read_bytes() for path in sorted(out.iterdir()) if path.suffix in (".mp3", ".vtt", ".srt", ".json")}


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """Articles, and a local build of them with the counting engine (the reference); VOICED_LOG is
    then the cluster's log until the module's tests are done."""
    root = tmp_path_factory.mktemp("cluster")
    articles = write_articles(root / "articles", 4)
    os.environ["VOICED_LOG"] = str(root / "local.log")
    report = build(find_articles([articles]), root / "local", COUNTING, jobs=2, cache=Cache(root / "local-cache"))
    assert [result.status for result in report.results] == ["built"] * 4
    os.environ["VOICED_LOG"] = str(root / "cluster.log")  # the cluster's workers log here
    yield root, articles
    del os.environ["VOICED_LOG"]


@pytest.fixture(scope="module")
def cluster(work):
    """A LocalCluster of two single-threaded worker processes, started after VOICED_LOG is set."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local_cluster:  # fmt: skip
        yield local_cluster


def test_a_cluster_build_equals_a_local_one_and_voices_each_sentence_once(work, cluster):
    root, articles = work
    report = build(find_articles([articles]), root / "remote", COUNTING, cache=Cache(root / "remote-cache"), scheduler=cluster.scheduler_address)
    assert [result.status for result in report.results] == ["built"] * 4
    assert outputs(root / "remote") == outputs(root / "local")
    worker_addresses = set(cluster.scheduler_info["workers"])
    for result in report.to_dict()["articles"]:
        assert result["workers"] and set(result["workers"]) <= worker_addresses, result["workers"]
    voiced = Counter((root / "cluster.log").read_text().splitlines())
    assert voiced[SHARED_SENTENCE] == 1, "the sentence every article shares was voiced more than once"
    assert max(voiced.values()) == 1
    assert sum(result.voiced for result in report.results) == len(voiced)
    assert set(voiced) == set((root / "local.log").read_text().splitlines())


def test_an_article_that_fails_on_the_cluster_fails_alone(work, cluster, tmp_path):
    articles = write_articles(tmp_path / "articles", 2)
    (articles / "story-0.txt").write_text("Bad news\n\nThe boiler will explode on Monday.\n")
    profile = dataclasses.replace(VoiceProfile(), engine="fake_engines:RaisingEngine")
    report = build(find_articles([articles]), tmp_path / "out", profile, cache=Cache(tmp_path / "cache"), scheduler=cluster.scheduler_address)
    assert [result.status for result in report.results] == ["failed", "built"]
    assert "the plug-in broke" in report.results[0].error
    assert (tmp_path / "out" / "story-1.mp3").is_file() and not (tmp_path / "out" / "story-0.mp3").exists()


def test_ctrl_c_cancels_the_cluster_tasks(work, cluster, tmp_path):
    root, _ = work
    articles = write_articles(tmp_path / "articles", 8)
    log = root / "cluster.log"
    already = len(log.read_text().splitlines()) if log.exists() else 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    build_process = subprocess.Popen(
        [sys.executable, "-m", "articlecast", "build", str(articles), "-o", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"),
         "--engine", "fake_engines:CountingEngine", "--scheduler", cluster.scheduler_address],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ctrl_c_restored,
    )  # fmt: skip
    wait_for_lines(log, already + 1)
    build_process.send_signal(signal.SIGINT)
    _, stderr = build_process.communicate(timeout=30)
    assert build_process.returncode != 0 and "Interrupted" in stderr, stderr
    with distributed.Client(cluster.scheduler_address, timeout=10) as client:
        deadline = time.monotonic() + 10
        while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)):
            assert time.monotonic() < deadline, "the cluster still holds the interrupted build's tasks"
            time.sleep(0.1)
    assert len(list((tmp_path / "out").glob("*.mp3"))) < 8


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def dask_command(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dask", *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_cluster(port: int, workers: int, env: dict[str, str]) -> list[subprocess.Popen]:
    """``dask scheduler`` and ``workers`` × ``dask worker`` (no nanny: a killed worker stays dead)."""
    address = f"tcp://127.0.0.1:{port}"
    processes = [dask_command("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard", env=env)]
    processes += [dask_command("worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard", env=env)
                  for _ in range(workers)]  # fmt: skip
    with distributed.Client(address, timeout=30) as client:
        client.wait_for_workers(workers, timeout=30)
    return processes


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.kill()
        process.wait()


def test_separate_processes_survive_a_killed_worker_and_a_lost_scheduler(work, tmp_path):
    root, articles = work
    port = free_port()
    env = {**os.environ, "VOICED_LOG": str(tmp_path / "voiced.log"), "ARTICLECAST_CACHE": str(tmp_path / "cache"),
           "ARTICLECAST_SCHEDULER": f"tcp://127.0.0.1:{port}",
           "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT), os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    command = [sys.executable, "-m", "articlecast", "build", str(articles), "-o", str(tmp_path / "out"),
               "--engine", "fake_engines:CountingEngine", "--report", str(tmp_path / "report.json")]  # fmt: skip

    # The scheduler goes away mid-build: one clear error, and what was voiced stays in the cache.
    processes = start_cluster(port, 1, env)
    build_process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_lines(tmp_path / "voiced.log", 2)
    processes[0].kill()
    _, stderr = build_process.communicate(timeout=60)
    stop(processes)
    assert build_process.returncode == 3  # an environment problem
    assert stderr.count("went away") == 1 and "re-run the same command" in stderr, stderr
    voiced_before = len((tmp_path / "voiced.log").read_text().splitlines())

    # Re-run on a new cluster; one of its two workers is killed as soon as it has voiced a clip.
    processes = start_cluster(port, 2, env)
    try:
        build_process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for_lines(tmp_path / "voiced.log", voiced_before + 1)
        processes[1].send_signal(signal.SIGKILL)
        _, stderr = build_process.communicate(timeout=60)
    finally:
        stop(processes)
    assert build_process.returncode == 0, stderr
    assert "1 worker(s) left the cluster during the build" in stderr and "nothing was lost" in stderr, stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["counts"] == {"built": 4, "unchanged": 0, "failed": 0}
    assert sum(article["cache_hits"] for article in report["articles"]) >= voiced_before, "the re-run did not use the cache"
    assert outputs(tmp_path / "out") == outputs(root / "local")


def can_hide_a_folder() -> bool:
    """Whether this machine lets a process see a folder of its own at a path (a mount namespace)."""
    try:
        return subprocess.run(["unshare", "-m", "mount", "-t", "tmpfs", "none", "/mnt"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not can_hide_a_folder(), reason="needs unshare -m and mount (root) to give a worker its own view of a folder")
def test_a_worker_that_cannot_see_the_cache_is_named(tmp_path):
    cache = tmp_path / "shared" / "cache"
    cache.parent.mkdir()
    article = tmp_path / "story.txt"
    article.write_text("A short story\n\nThe council met on Monday.\n")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    address = f"tcp://127.0.0.1:{port}"
    processes = [dask_command("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard", env=env)]
    hidden = f"mount -t tmpfs none {tmp_path / 'shared'} && exec {sys.executable} -m dask worker {address} --nthreads 1 --no-dashboard"
    processes.append(subprocess.Popen(["unshare", "-m", "sh", "-c", hidden], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        with distributed.Client(address, timeout=30) as client:
            client.wait_for_workers(1, timeout=30)
        result = run_cli("build", str(article), "-o", str(tmp_path / "out"), "-q", "--cache", str(cache), "--scheduler", address)
    finally:
        stop(processes)
    assert result.returncode == 3  # an environment problem
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot see the cache folder" in lines[0] and "(--cache)" in lines[0], result.stderr


def wait_for_lines(log: Path, count: int, timeout: float = 30) -> None:
    """Wait until the counting engine has voiced ``count`` texts."""
    deadline = time.monotonic() + timeout
    while not (log.exists() and len(log.read_text().splitlines()) >= count):
        assert time.monotonic() < deadline, f"the cluster voiced fewer than {count} texts in {timeout} s"
        time.sleep(0.05)


HIDE_DISTRIBUTED = "import sys; sys.modules['distributed'] = None; from articlecast.cli import main; sys.argv[0] = 'articlecast'; main()"


def test_without_the_extra_a_local_build_works_and_a_cluster_build_says_how_to_install_it(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("A short story\n\nThe council met on Monday.\n")
    run = [sys.executable, "-c", HIDE_DISTRIBUTED, "build", str(article), "-q"]
    local = subprocess.run([*run, "-o", str(tmp_path / "local")], capture_output=True, text=True, timeout=120)
    assert local.returncode == 0, local.stderr
    assert (tmp_path / "local" / "story.mp3").is_file()
    remote = subprocess.run([*run, "-o", str(tmp_path / "remote"), "--scheduler", "tcp://127.0.0.1:8786"],
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert remote.returncode == 3  # an environment problem
    assert remote.stderr.strip().splitlines() == [
        "Error: Building on a Dask cluster needs the dask extra, which is not installed; run pip install 'articlecast[dask]'."
    ]


def test_a_scheduler_that_is_not_there_is_one_line(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("A short story\n\nThe council met on Monday.\n")
    address = f"tcp://127.0.0.1:{free_port()}"
    result = run_cli("build", str(article), "-o", str(tmp_path / "out"), "-q", "--scheduler", address)
    assert result.returncode == 3  # an environment problem
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: No Dask scheduler answers at {address}"), result.stderr
    assert "--scheduler" in lines[0] and "Traceback" not in result.stderr
    assert not list((tmp_path / "out").glob("*.mp3"))


def test_pruning_a_shared_cache_leaves_other_machines_writes_alone(tmp_path):
    """A temporary file from a process id unknown here may be another machine's write in flight."""
    cache = Cache(tmp_path, max_bytes=0)
    cache.put("clips", "ab" * 32, ".wav", b"RIFF")
    folder = cache.path("clips", "ab" * 32, ".wav").parent
    in_flight = folder / f".{'cd' * 32}.wav.{2**22 + 12345}.x1y2z3.tmp"  # beyond Linux's largest pid
    abandoned = folder / f".{'ef' * 32}.wav.{2**22 + 12346}.a1b2c3.tmp"
    in_flight.write_bytes(b"half")
    abandoned.write_bytes(b"half")
    old = time.time() - 2 * 3600
    os.utime(abandoned, (old, old))
    cache.prune()
    assert in_flight.exists() and not abandoned.exists()


def test_tasks_sent_as_the_scheduler_goes_away_fail_instead_of_waiting_for_ever(tmp_path):
    port = free_port()
    processes = start_cluster(port, 1, dict(os.environ))
    workers = ClusterWorkers(f"tcp://127.0.0.1:{port}", tmp_path / "cache")
    try:
        processes[0].kill()
        processes[0].wait()
        futures = []
        deadline = time.monotonic() + CONNECT_TIMEOUT_SECONDS + 3  # while the client reconnects, and after it gave up
        while time.monotonic() < deadline:
            futures.append(workers.submit("any", os.getpid))
            time.sleep(0.2)
        assert all(isinstance(future.exception(timeout=15), ClusterError) for future in futures)
    finally:
        workers.close()
        stop(processes)
