"""What a rebuild skips: worker processes for unchanged articles, nltk for paragraphs split before, the
cover drawing; and builds that share workers. Real engine, real processes."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import articlecast
from articlecast.cache import Cache
from articlecast.pipeline import start_workers
from articlecast.pipeline.processes import guess_changes
from articlecast.render.artwork import generated_cover
from articlecast.sources import load_article
from articlecast.speech import prepare
from articlecast.speech.script import split_in_order
from articlecast.workers import Workers
from conftest import SHORT_ARTICLE

PROFILE = articlecast.VoiceProfile(engine="espeak")


class ChildrenSeen:
    """A build listener that notes which worker processes are alive as each article is done."""

    def __init__(self) -> None:
        self.alive: list[int] = []

    def article_started(self, source: Path, steps: int) -> None:
        pass

    def advanced(self, steps: int) -> None:
        pass

    def article_done(self, result: articlecast.ArticleResult) -> None:
        self.alive.append(len(multiprocessing.active_children()))


def build(tmp_path: Path, **options) -> tuple[articlecast.ArticleResult, ChildrenSeen]:
    seen = ChildrenSeen()
    cache = Cache(tmp_path / "cache")
    report = articlecast.build([tmp_path / "story.md"], tmp_path / "out", options.pop("profile", PROFILE), jobs=1,
                               cache=cache, listener=seen, **options)  # fmt: skip
    return report.results[0], seen


def test_a_rebuild_of_unchanged_articles_starts_no_worker_process(tmp_path):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    past = time.time() - 60  # saved well before it is built (one saved in the second it was built may be newer)
    os.utime(tmp_path / "story.md", (past, past))
    first, seen = build(tmp_path)
    assert first.status == "built" and seen.alive == [2]  # one worker splits sentences, one voices
    again, seen = build(tmp_path)
    assert again.status == "unchanged" and seen.alive == [0]
    time.sleep(1.1)  # an edit in a later second than the build
    (tmp_path / "story.md").write_text(SHORT_ARTICLE + "\nThe mayor thanked the engineers.\n")
    edited, seen = build(tmp_path)
    assert edited.status == "built" and seen.alive == [2]  # a new paragraph: split afresh


def test_the_guess_reads_only_file_times_and_the_catalog(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(SHORT_ARTICLE)
    out = tmp_path / "out"
    assert guess_changes([story], out) == "new"  # no catalog yet
    past = time.time() - 60
    os.utime(story, (past, past))
    build(tmp_path)
    assert guess_changes([story], out) == "none"
    other = tmp_path / "other.md"
    other.write_text(SHORT_ARTICLE)
    assert guess_changes([story, other], out) == "new"  # never built
    os.utime(story, (time.time() + 5, time.time() + 5))
    assert guess_changes([story], out) == "edited"  # saved after its episode was built
    assert guess_changes([tmp_path / "missing.md"], out) == "new"


def test_a_rebuild_whose_paragraphs_were_all_split_before_never_imports_nltk(tmp_path):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    script = """
import sys
import articlecast
from articlecast.cache import Cache
rate = int(sys.argv[1])
profile = articlecast.VoiceProfile(engine="espeak", rate=rate)
report = articlecast.build(["story.md"], "out", profile, jobs=0, cache=Cache("cache"))
assert report.results[0].status == "built", report.results[0].error
print("nltk" in sys.modules)
"""
    (tmp_path / "rebuild.py").write_text(script)

    def nltk_imported(rate: int) -> str:
        done = subprocess.run([sys.executable, "rebuild.py", str(rate)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert nltk_imported(175) == "True"  # sentences split for the first time
    assert nltk_imported(190) == "False"  # every clip voiced anew, every paragraph's sentences from the cache
    story = tmp_path / "story.md"
    story.write_text(story.read_text().replace("said the repairs", "said the bridge repairs"))
    assert nltk_imported(190) == "False"  # a word added inside a sentence: its paragraph's split is reused
    story.write_text(story.read_text().replace("Traffic was light.", "Traffic was light. Buses ran again."))
    assert nltk_imported(190) == "True"  # a sentence added: split afresh


def test_paragraphs_split_in_any_order_give_the_same_script():
    article = load_article(Path(__file__).parents[1] / "samples" / "larkfield-council-budget-vote.md")
    settings = PROFILE.script_for(article.language)

    def backwards(paragraphs, language):
        return reversed(list(split_in_order(paragraphs, language)))

    assert prepare(article, settings, splitter=backwards) == prepare(article, settings)


def test_the_drawn_cover_is_kept_in_the_cache(tmp_path):
    cache = Cache(tmp_path / "cache")
    drawn = generated_cover("Example News", cache)
    assert cache.info().files == 1
    assert generated_cover("Example News", cache) == drawn == generated_cover("Example News")
    assert generated_cover("Other News", cache) != drawn and cache.info().files == 2


def test_builds_can_share_the_workers_they_are_given(tmp_path):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    (tmp_path / "second.md").write_text(SHORT_ARTICLE.replace("/bridge", "/second-bridge"))
    cache = Cache(tmp_path / "cache")
    sources = [tmp_path / "story.md"]
    with start_workers(sources, tmp_path / "out", PROFILE, 1, None, cache) as workers:
        assert isinstance(workers, Workers)
        first = articlecast.build(sources, tmp_path / "out", PROFILE, cache=cache, workers=workers)
        worker = workers.run("espeak", os.getpid)
        second = articlecast.build([tmp_path / "second.md"], tmp_path / "out", PROFILE, cache=cache, workers=workers)
        assert workers.run("espeak", os.getpid) == worker != os.getpid()  # the same process, still running
    assert [result.status for result in (*first.results, *second.results)] == ["built", "built"]
    assert sorted(path.name for path in (tmp_path / "out").glob("*.mp3")) == ["second.mp3", "story.mp3"]
