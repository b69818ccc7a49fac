"""Pieces, MP3, ID3 and WebVTT, read back with tools that did not write them."""

import datetime as dt
import html
import shutil
import subprocess
from urllib.parse import unquote

import eyed3
import numpy as np
import pytest
import webvtt
from mutagen.id3 import ID3

from articlecast.article import Article, Block
from articlecast.cache import Cache, key_of
from articlecast.config import AudioSettings, VoiceProfile
from articlecast.audio import AudioFormat, Clip
from articlecast.engines.runner import CachedClip
from articlecast.audio.wav import wav_bytes
from articlecast.render.audio import make_pieces, pause_frames, piece_samples, piece_spans, render_audio, write_mp3
from articlecast.render.loudness import Leveler
from articlecast.render.tags import EpisodeTags, write_tags
from articlecast.render.transcript import webvtt as to_webvtt
from articlecast.speech import Segment
from articlecast.workers import Workers

from conftest import decoded_seconds, ffprobe

RATE = 22050
FLAT = Leveler(0.0, 0.0)  # no gain; the test tones stay far below the ceiling


def tone_clip(cache: Cache, seconds: float, frequency: float = 440.0) -> CachedClip:
    """A cached clip of a steady tone (its start and end are easy to find in decoded audio)."""
    frames = round(seconds * RATE)
    samples = (8000 * np.sin(2 * np.pi * frequency * np.arange(frames) / RATE)).astype("<i2")
    key = key_of("tone", seconds, frequency)
    path = cache.put("clips", key, ".wav", wav_bytes(Clip(samples.tobytes(), AudioFormat(RATE))))
    return CachedClip(key, path, AudioFormat(RATE), frames)


def sentence(pause_ms: int, kind: str = "sentence") -> Segment:
    return Segment("shown", "spoken", pause_ms, kind)


def decode(path, rate=44100) -> np.ndarray:
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"],
                         capture_output=True, check=True).stdout  # fmt: skip
    return np.frombuffer(raw, dtype="<i2").astype(np.float64)


def sounding_spans(samples: np.ndarray, rate: int, window: int = 64) -> list[tuple[float, float]]:
    """(start, end) seconds of each stretch of sound, found by energy in short windows."""
    frames = len(samples) // window
    loud = np.abs(samples[: frames * window]).reshape(frames, window).max(axis=1) > 2000
    edges = np.flatnonzero(np.diff(np.concatenate(([0], loud.astype(int), [0]))))
    return [(start * window / rate, end * window / rate) for start, end in zip(edges[::2], edges[1::2])]


def test_pieces_end_at_headings_and_paragraphs_only():
    segments = [sentence(900, "disclosure"), sentence(1000, "title"), sentence(350), sentence(750),
                sentence(1000, "heading"), sentence(350), sentence(350)]  # fmt: skip
    assert piece_spans(segments, 750) == [range(0, 1), range(1, 2), range(2, 4), range(4, 5), range(5, 7)]


@pytest.mark.parametrize("settings", [AudioSettings(), AudioSettings(bitrate_kbps=64, sample_rate=22050, channels=2)])
def test_timings_match_the_decoded_audio(tmp_path, settings):
    cache = Cache(tmp_path)
    lengths = [0.8, 1.3, 0.5, 2.0, 0.7]
    clips = [tone_clip(cache, seconds) for seconds in lengths]
    segments = [sentence(900, "title"), sentence(400), sentence(800), sentence(300), sentence(600)]
    pieces = make_pieces(piece_spans(segments, 750), segments, clips, [FLAT] * len(clips))
    assert len(pieces) == 3
    with Workers(2) as workers:
        audio = render_audio(pieces, settings, workers, "espeak", cache)
    target = tmp_path / "episode.mp3"
    write_mp3(audio, cache, target)
    info = ffprobe(target)["streams"][0]
    assert (int(info["sample_rate"]), info["channels"], int(info["bit_rate"])) == (
        settings.sample_rate, settings.channels, settings.bitrate_kbps * 1000,
    )
    samples = decode(target, settings.sample_rate)
    assert len(samples) / settings.sample_rate == pytest.approx(audio.duration, abs=1 / settings.sample_rate)
    found = sounding_spans(samples, settings.sample_rate)
    assert len(found) == len(lengths)
    for timing, (start, end) in zip(audio.timings, found):
        assert timing.start == pytest.approx(start, abs=0.004)
        assert timing.end == pytest.approx(end, abs=0.004)


@pytest.mark.parametrize("channels", [1, 2])
def test_a_piece_is_resampled_with_its_pauses_left_silent(tmp_path, channels):
    cache = Cache(tmp_path)
    clips = [tone_clip(cache, 0.5), tone_clip(cache, 0.3, 660.0)]
    segments = [sentence(700), sentence(900)]
    (piece,) = make_pieces([range(2)], segments, clips, [FLAT, FLAT])
    settings = AudioSettings(channels=channels)
    samples = piece_samples(piece, settings)
    assert samples.shape == (round((0.8 * RATE + pause_frames(1600, RATE)) * 2), channels)
    # Away from the tones' edges (the resampler rings for a few ms), the pauses are digital zero.
    first_pause = samples[round(0.5 * 44100) + 441 : round(1.2 * 44100) - 441]
    last_pause = samples[round(1.5 * 44100) + 441 :]
    assert not first_pause.any() and not last_pause.any()
    assert np.abs(samples[: round(0.5 * 44100)]).max() > 7000  # the tone is there, at its level


def test_a_piece_key_changes_with_the_resampler_or_encoder_version(tmp_path, monkeypatch):
    from articlecast.render import audio

    (piece,) = make_pieces([range(1)], [sentence(700)], [tone_clip(Cache(tmp_path), 0.5)], [FLAT])
    key = piece.key(AudioSettings())
    for package in ("soxr", "lameenc"):
        audio._encoder_versions.cache_clear()
        monkeypatch.setattr(audio, "version", lambda name, package=package: "999" if name == package else "1")
        other = piece.key(AudioSettings())
        assert other != key
        key = other
    audio._encoder_versions.cache_clear()


def test_pieces_are_cached_and_an_edit_encodes_one_piece(tmp_path):
    cache = Cache(tmp_path)
    clips = [tone_clip(cache, 0.5, 300 + 10 * n) for n in range(6)]
    segments = [sentence(350), sentence(750)] * 3
    with Workers(1) as workers:
        first = render_audio(make_pieces(piece_spans(segments, 750), segments, clips, [FLAT] * len(clips)), AudioSettings(), workers, "espeak", cache)
        inodes = {path: path.stat().st_ino for path in first.pieces}
        again = render_audio(make_pieces(piece_spans(segments, 750), segments, clips, [FLAT] * len(clips)), AudioSettings(), workers, "espeak", cache)
        clips[2] = tone_clip(cache, 0.6, 999)
        edited = render_audio(make_pieces(piece_spans(segments, 750), segments, clips, [FLAT] * len(clips)), AudioSettings(), workers, "espeak", cache)
    assert again == first
    assert all(path.stat().st_ino == inode for path, inode in inodes.items())  # not rewritten
    assert [p in first.pieces for p in edited.pieces] == [True, False, True]
    assert edited.duration > first.duration


@pytest.fixture(scope="module")
def spoken_mp3(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mp3")
    from articlecast.engines.runner import Voicer

    texts = ["This audio is created with AI assistance.", "The bridge reopened on Monday."]
    segments = [Segment(texts[0], texts[0], 500, "disclosure"), Segment(texts[1], texts[1], 750)]
    cache = Cache(folder / "cache")
    with Workers(1) as workers:
        clips = Voicer(workers, cache).voice(texts, VoiceProfile().voice_for("en")).clips
        audio = render_audio(make_pieces(piece_spans(segments, 750), segments, clips, [FLAT] * len(clips)), AudioSettings(), workers, "espeak", cache)
    path = folder / "episode.mp3"
    write_mp3(audio, cache, path)
    article = Article(
        "Bridge <reopens> & more",
        [Block("paragraph", texts[1])],
        author="Ann Reporter",
        date=dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.timezone.utc),
        url="https://news.example.org/bridge",
        summary="The bridge is open.",
    )
    write_tags(path, EpisodeTags(article, "Example News", round(audio.duration * 1000), " ".join(texts), texts[0]))
    return path, audio


def test_mp3_decodes_to_its_header_duration(spoken_mp3):
    path, audio = spoken_mp3
    decoded = decoded_seconds(path)
    assert decoded == pytest.approx(audio.duration, abs=0.001)
    # The header's duration comes from the bit rate and the size of the frames: within a frame or two.
    assert float(ffprobe(path)["format"]["duration"]) == pytest.approx(decoded, abs=1152 * 2 / 44100)


def test_id3_v23_tags_read_by_mutagen(spoken_mp3):
    path, audio = spoken_mp3
    tags = ID3(path, translate=False)
    assert tags.version == (2, 3, 0)
    assert str(tags["TIT2"]) == "Bridge <reopens> & more"
    assert str(tags["TPE1"]) == "Ann Reporter"
    assert str(tags["TALB"]) == "Example News"
    assert str(tags["TCON"]) == "Podcast"
    assert str(tags["TYER"]) == "2026" and str(tags["TDAT"]) == "1403"
    assert tags.getall("COMM")[0].text == ["The bridge is open."]
    assert tags["WOAS"].url == "https://news.example.org/bridge"
    assert int(str(tags["TLEN"])) == round(audio.duration * 1000)
    assert "The bridge reopened on Monday." in tags.getall("USLT")[0].text
    assert tags.getall("TXXX")[0].text == ["This audio is created with AI assistance."]


def test_id3_tags_read_by_eyed3_and_ffprobe(spoken_mp3):
    path, _ = spoken_mp3
    audio = eyed3.load(str(path))
    assert audio.tag.version == (2, 3, 0)
    assert (audio.tag.title, audio.tag.artist, audio.tag.album) == ("Bridge <reopens> & more", "Ann Reporter", "Example News")
    assert audio.tag.comments[0].text == "The bridge is open."
    assert "AI assistance" in audio.tag.user_text_frames.get("AI disclosure").text
    tags = ffprobe(path)["format"]["tags"]
    assert tags["title"] == "Bridge <reopens> & more" and tags["genre"] == "Podcast"


def test_webvtt_cues_follow_timings_and_escape_text(tmp_path, spoken_mp3):
    _, audio = spoken_mp3
    segments = [Segment("Tom & Jerry <live>", "x", 300), Segment("Second.", "y", 700)]
    path = tmp_path / "a.vtt"
    path.write_text(to_webvtt(segments, audio.timings))
    cues = webvtt.read(str(path))
    assert [html.unescape(c.text) for c in cues] == ["Tom & Jerry <live>", "Second."]
    ends = [(c.start_time.in_milliseconds(), c.end_time.in_milliseconds()) for c in cues]
    assert ends == [(round(t.start * 1000), round(t.end * 1000)) for t in audio.timings]
    assert "&amp;" in path.read_text() and "<live>" not in path.read_text()


def test_a_non_latin_url_is_percent_encoded_in_the_tag(tmp_path, spoken_mp3):
    path = tmp_path / "episode.mp3"
    shutil.copyfile(spoken_mp3[0], path)
    article = Article("Міст", [Block("paragraph", "Текст.")], url="https://news.example.ua/новини/міст?q=так#верх")
    write_tags(path, EpisodeTags(article, "Новини", 1000, "Текст.", None))
    expected = "https://news.example.ua/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/%D0%BC%D1%96%D1%81%D1%82?q=%D1%82%D0%B0%D0%BA#%D0%B2%D0%B5%D1%80%D1%85"
    assert eyed3.load(str(path)).tag.audio_source_url.rstrip("\x00") == expected
    assert unquote(ID3(path)["WOAS"].url) == article.url


@pytest.mark.parametrize("code", ["en", "en-GB", "en_GB", "EN-gb"])
def test_id3_language_of_a_regional_code(tmp_path, spoken_mp3, code):
    path = tmp_path / "episode.mp3"
    shutil.copyfile(spoken_mp3[0], path)
    article = Article("T", [Block("paragraph", "Text.")], summary="Short.", language=code)
    write_tags(path, EpisodeTags(article, "Show", 1000, "Text.", None))
    tag = eyed3.load(str(path)).tag
    assert (tag.comments[0].lang, tag.lyrics[0].lang) == (b"eng", b"eng")
