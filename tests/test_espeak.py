"""What is particular to the espeak engine: phoneme input, and one eSpeak per process."""

import subprocess
import sys
import textwrap

import pytest

from articlecast.config import VoiceProfile
from articlecast.engines.runner import trim_silence
from articlecast.speech.clean import speakable
from engine_calls import EngineProcess

PROFILE = VoiceProfile(engine="espeak", voice="gmw/en")


@pytest.fixture(scope="module")
def espeak():
    process = EngineProcess("espeak")
    yield process
    process.close()


def test_phonemes_come_only_from_the_lexicon(espeak):
    """eSpeak reads [[ ]] as phonemes (how the lexicon's phoneme entries arrive), but the prepare
    stage strips the brackets from article text, so an article's own [[ ]] is read as letters."""
    seconds = {
        how: trim_silence(espeak.run("synthesize", text, PROFILE)).duration
        for how, text in [
            ("lexicon phonemes", "[[h@l'oU]]"),
            ("article text", speakable("[[h@l'oU]]")),
            ("the word", "hello"),
        ]
    }
    assert speakable("[[h@l'oU]]") == "h@l'oU"
    assert seconds["lexicon phonemes"] == pytest.approx(seconds["the word"], rel=0.15)
    assert seconds["article text"] > 2 * seconds["the word"]  # read out as letters and symbols


def test_espeak_refuses_a_process_where_pyttsx3_has_the_library():
    script = textwrap.dedent(
        """
        from articlecast.config import VoiceProfile
        from articlecast.engines.espeak_engine import EspeakEngine
        from articlecast.engines.pyttsx3_engine import Pyttsx3Engine
        from articlecast.errors import EngineError
        first = EspeakEngine().synthesize("Before.", VoiceProfile(voice="gmw/en"))  # loads and unloads the library
        Pyttsx3Engine().synthesize("Now pyttsx3 holds it.", VoiceProfile(voice="gmw/en"))
        print(len(EspeakEngine().voices()))  # listing still works
        try:
            EspeakEngine().synthesize("After.", VoiceProfile(voice="gmw/en"))
        except EngineError as error:
            print(error)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    count, message = result.stdout.strip().splitlines()
    assert int(count) > 100
    assert message.startswith("The espeak engine needs the eSpeak NG library to itself, but something else in this process")


def faults_while_voicing(cache_root: str) -> int:
    """Worker task: the page faults of voicing 30 sentences into a cache (after 5 to warm up)."""
    import resource

    from articlecast.engines.runner import voice_into_cache

    def voice(numbers: range) -> None:
        for n in numbers:
            voice_into_cache(f"This is sentence number {n} of a longer test article.", PROFILE, cache_root, f"{n:064x}")

    voice(range(5))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    voice(range(5, 35))
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator is tuned on Linux only")
def test_workers_reuse_freed_memory_instead_of_faulting_it_in_per_clip(tmp_path):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from articlecast.workers import Workers

    with Workers(1) as workers:
        ours = workers.run("espeak", faults_while_voicing, str(tmp_path / "ours"))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as plain:
        default = plain.submit(faults_while_voicing, str(tmp_path / "plain")).result()
    assert ours < default / 2, (ours, default)
