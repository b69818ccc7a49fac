"""Timeline, MP3, ID3 and WebVTT, read back with tools that did not write them."""

import datetime as dt
import html

import eyed3
import pytest
import webvtt
from mutagen.id3 import ID3
from pydub.generators import Sine

from articlecast.article import Article, Block
from articlecast.config import AudioSettings, VoiceProfile
from articlecast.engines.base import AudioFormat, Clip
from articlecast.engines.pyttsx3_engine import Pyttsx3Engine
from articlecast.render.mp3 import encode_mp3
from articlecast.render.tags import EpisodeTags, write_tags
from articlecast.render.timeline import assemble
from articlecast.render.transcript import webvtt as to_webvtt
from articlecast.speech import Segment

from conftest import decoded_seconds, ffprobe

FMT = AudioFormat(22050)


def tone(seconds: float, rate: int = 22050) -> Clip:
    segment = Sine(440, sample_rate=rate, bit_depth=16).to_audio_segment(duration=seconds * 1000, volume=-10)
    return Clip(segment.raw_data, AudioFormat(rate))


def test_timeline_places_clips_and_pauses_exactly():
    timeline = assemble([tone(1.0), tone(0.5)], [250, 1000])
    assert timeline.format == FMT
    (first, second) = timeline.timings
    assert first.start == 0 and first.end == pytest.approx(1.0, abs=0.002)
    assert second.start == pytest.approx(1.25, abs=0.002)
    assert second.end == pytest.approx(1.75, abs=0.002)
    assert timeline.duration == pytest.approx(2.75, abs=0.002)


def test_timeline_trims_engine_silence_and_converts_format():
    padded = Clip(bytes(22050) + tone(1.0).pcm + bytes(22050), FMT)
    other_rate = tone(1.0, rate=16000)
    timeline = assemble([padded, other_rate], [0, 0])
    assert timeline.timings[0].end - timeline.timings[0].start == pytest.approx(1.04, abs=0.01)
    assert timeline.timings[1].end - timeline.timings[1].start == pytest.approx(1.0, abs=0.01)


def test_timeline_of_many_clips_joins_once():
    timeline = assemble([tone(0.02)] * 3000, [20] * 3000)
    assert len(timeline.parts) == 6000
    assert timeline.frames == 3000 * 2 * 441


@pytest.fixture(scope="module")
def spoken_mp3(tmp_path_factory):
    engine = Pyttsx3Engine()
    texts = ["This audio is created with AI assistance.", "The bridge reopened on Monday."]
    clips = [engine.synthesize(text, VoiceProfile()) for text in texts]
    timeline = assemble(clips, [500, 750])
    path = tmp_path_factory.mktemp("mp3") / "episode.mp3"
    encode_mp3(timeline.parts, timeline.format, path, AudioSettings())
    article = Article(
        "Bridge <reopens> & more",
        [Block("paragraph", texts[1])],
        author="Ann Reporter",
        date=dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.timezone.utc),
        url="https://news.example.org/bridge",
        summary="The bridge is open.",
    )
    write_tags(path, EpisodeTags(article, "Example News", round(timeline.duration * 1000), " ".join(texts), texts[0]))
    return path, timeline


def test_mp3_is_mono_44k_96k_cbr_and_decodes_to_its_header_duration(spoken_mp3):
    path, timeline = spoken_mp3
    info = ffprobe(path)
    (stream,) = info["streams"]
    assert (stream["codec_name"], int(stream["sample_rate"]), stream["channels"]) == ("mp3", 44100, 1)
    assert int(stream["bit_rate"]) == 96000
    decoded = decoded_seconds(path)
    assert decoded == pytest.approx(timeline.duration, abs=0.001)
    # The header counts whole 1152-sample frames; the LAME tag trims encoder delay and padding.
    assert float(info["format"]["duration"]) == pytest.approx(decoded, abs=1152 * 2 / 44100)


def test_id3_v23_tags_read_by_mutagen(spoken_mp3):
    path, timeline = spoken_mp3
    tags = ID3(path, translate=False)
    assert tags.version == (2, 3, 0)
    assert str(tags["TIT2"]) == "Bridge <reopens> & more"
    assert str(tags["TPE1"]) == "Ann Reporter"
    assert str(tags["TALB"]) == "Example News"
    assert str(tags["TCON"]) == "Podcast"
    assert str(tags["TYER"]) == "2026" and str(tags["TDAT"]) == "1403"
    assert tags.getall("COMM")[0].text == ["The bridge is open."]
    assert tags["WOAS"].url == "https://news.example.org/bridge"
    assert int(str(tags["TLEN"])) == round(timeline.duration * 1000)
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


def test_webvtt_cues_follow_timings_and_escape_text(tmp_path):
    segments = [Segment("Tom & Jerry <live>", "x", 300), Segment("Second.", "y", 700)]
    timeline = assemble([tone(1.2), tone(3661.0 / 1000)], [300, 700])
    path = tmp_path / "a.vtt"
    path.write_text(to_webvtt(segments, timeline.timings))
    cues = webvtt.read(str(path))
    assert [html.unescape(c.text) for c in cues] == ["Tom & Jerry <live>", "Second."]
    assert cues[0].start == "00:00:00.000" and cues[0].end == "00:00:01.200"
    assert cues[1].start == "00:00:01.500" and cues[1].end == "00:00:05.161"
    assert timeline.duration == pytest.approx(5.861, abs=0.001)
    assert "&amp;" in path.read_text() and "<live>" not in path.read_text()
