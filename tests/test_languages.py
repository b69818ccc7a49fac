"""Languages: detection, sentence splitting, per-language voices, and Ukrainian and Russian end to end."""

import io
import json

import feedparser
import podcastparser
import pytest
from mutagen.id3 import ID3

from articlecast.config import DISCLOSURES, LanguageVoice, VoiceProfile
from articlecast.audio import Clip
from articlecast.engines.runner import trim_silence
from articlecast.language import detect_language
from articlecast.sources import load_article
from articlecast.speech.sentences import split_sentences
from conftest import ROOT, check_episode_audio, ffprobe, run_cli
from engine_calls import EngineProcess

DATA = ROOT / "tests" / "data"

SPLITS = {
    "uk": [
        ("Зустріч відбулася 5 вер. 2023 р. у Києві. Учасники погодили план.", 2),
        ("Він живе на вул. Хрещатик, 22. Його сусід — проф. Іваненко.", 2),
        ("Ціна зросла до 25 тис. грн. Це рекорд для міста.", 2),
        ("Бюджет становить 3,5 млрд грн. Депутати його ухвалили.", 2),
        ("У 2023 р. Київ прийняв форум. Наступний відбудеться у Львові.", 2),
        ("Т. Г. Шевченко народився 1814 р. в с. Моринці.", 1),
        ("«Чому зараз?» — запитав він. Відповіді не було.", 2),
        ("Ремонт тривав два роки, т.зв. перша черга. Друга почнеться навесні.", 2),
        ("Серед гостей були голови громад, підприємці та ін. Вони обговорили бюджет.", 2),
        ("Про це йдеться у ст. 5 Закону України. Документ набув чинності.", 2),
        ("Сума — 1,2 млн дол. США. Кошти надійшли в понеділок.", 2),
        ("Погода... Вона знову зіпсувалася.", 2),
        ("Він сказав: «Ми готові». Потім пішов.", 2),
        ("Див. табл. 3 на с. 12, де наведено всі дані.", 1),
        ("Ремонт університету ім. Шевченка триватиме до 22.07.2027. Потім почнуть новий.", 2),
        ("Собор звели в сер. XVII ст. Тепер там музей.", 2),
    ],
    "ru": [
        ("Встреча прошла в г. Москве, т.е. в столице. Затем делегация уехала.", 2),
        ("Он родился в 1990 г. В школе учился хорошо.", 2),
        ("На ул. Ленина, д. 5 открыли магазин.", 1),
        ("Бюджет составил 5 млн руб. Это больше, чем в прошлом году.", 2),
        ("А. С. Пушкин родился в Москве. Его отец был офицером.", 2),
        ("«Почему сейчас?» — спросил он. Ответа не было.", 2),
        ("Были приглашены мэры, депутаты и т.д. Заседание началось в 10:00.", 2),
        ("Были приглашены мэры, депутаты и т. д. Это было важно.", 2),
        ("Согласно ст. 15 Конституции, закон вступил в силу. Суд это подтвердил.", 2),
        ("В 1990-х гг. В стране шли реформы.", 2),
        ("Проф. Иванов выступил первым. Затем слово взял доц. Петров.", 2),
        ("Сумма — 1,2 млн долл. Деньги поступили в понедельник.", 2),
        ("Стоимость 300 тыс. руб. была выплачена полностью.", 1),
        ("См. рис. 3 на с. 12. Там всё показано.", 2),
        ("Пришли ок. 200 человек. Митинг прошёл мирно.", 2),
        ("Вода в р. Оке поднялась за ночь. Мост закрыли.", 2),
        ("Пробка на ш. Космонавтов растет. Водителей просят объехать.", 2),
        ("Гр. Сидоров задержан у дома. Его отпустили.", 2),
        ("Справку выдают в каб. 4, а заявления принимает зав. канцелярией в оф. 9.", 1),
        ("Собор возвели в сер. XVII в. и перестроили в кон. XIX в. Сейчас там музей.", 2),
        ("Награду вручили: ст. лейтенант Орлов, мл. сержант Ким. Род. 5 мая 1990 г. в Туле.", 2),
        ("Склад: Лесной туп., вл. 7, лит. Б, вход со двора.", 1),
        ("Скидка действует с 1 по 10 мая вкл. Потом цены вернутся.", 2),
    ],
}


@pytest.mark.parametrize("language, text, count", [(lang, *case) for lang, cases in SPLITS.items() for case in cases])
def test_sentences_split_with_the_languages_abbreviations(language, text, count):
    sentences = split_sentences(text, language)
    assert len(sentences) == count, sentences
    assert " ".join(sentences) == text


@pytest.mark.parametrize(
    "text, language",
    [
        ("Council members voted seven to two in favour of the new budget, which raises spending on libraries.", "en"),
        ("Міська рада в понеділок ухвалила бюджет на наступний рік, збільшивши витрати на бібліотеки та парки.", "uk"),
        ("Городской совет в понедельник утвердил бюджет на следующий год, увеличив расходы на библиотеки.", "ru"),
        ("", "en"),
        ("42 17 2026", "en"),
    ],
)
def test_language_is_detected_or_english(text, language):
    assert detect_language(text) == language


def test_a_detected_language_is_remembered_in_the_cache(tmp_path, monkeypatch):
    import langdetect

    monkeypatch.setenv("ARTICLECAST_CACHE", str(tmp_path / "cache"))
    ukrainian = "Міська рада в понеділок ухвалила бюджет на наступний рік, збільшивши витрати на бібліотеки."
    assert detect_language(ukrainian) == "uk"
    assert len(list((tmp_path / "cache" / "languages").rglob("*.txt"))) == 1

    def refuse(text):
        raise AssertionError("detected again")

    monkeypatch.setattr(langdetect, "detect_langs", refuse)
    assert detect_language(ukrainian) == "uk"
    with pytest.raises(AssertionError, match="detected again"):  # another text is read, not guessed
        detect_language(ukrainian + " Ще одне речення.")


def test_a_remembered_language_that_is_not_a_code_is_detected_again(tmp_path, monkeypatch):
    monkeypatch.setenv("ARTICLECAST_CACHE", str(tmp_path / "cache"))
    russian = "Городской совет в понедельник утвердил бюджет на следующий год."
    assert detect_language(russian) == "ru"
    (entry,) = (tmp_path / "cache" / "languages").rglob("*.txt")
    for damage in ("<html>", b"\xff\xfe"):
        entry.write_bytes(damage.encode() if isinstance(damage, str) else damage)
        assert detect_language(russian) == "ru"


def test_language_is_detected_when_the_cache_cannot_be_used(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("ARTICLECAST_CACHE", str(tmp_path / "file"))
    assert detect_language("Городской совет в понедельник утвердил бюджет на следующий год.") == "ru"


def test_front_matter_language_wins_over_detection(article):
    path = article("---\nlanguage: uk\n---\n# Title\n\nThe text is English but the front matter says Ukrainian.\n")
    assert load_article(path).language == "uk"
    assert load_article(DATA / "moscow-budget-ru.txt").language == "ru"


def test_profile_language_table_picks_voice_and_settings(tmp_path):
    profile_file = tmp_path / "voice.toml"
    profile_file.write_text(
        'voice = "gmw/en-us"\nrate = 180\n'
        '[languages.uk]\nvoice = "zle/uk"\nrate = 150\ndisclosure_text = "Увага: синтезований голос."\n'
        '[languages.en-gb]\nvoice = "gmw/en"\n'
    )
    profile = VoiceProfile.load(profile_file)
    assert profile.languages["uk"] == LanguageVoice(voice="zle/uk", rate=150, disclosure_text="Увага: синтезований голос.")
    uk = profile.for_language("uk-UA")
    assert (uk.voice, uk.rate, uk.language, uk.disclosure_text) == ("zle/uk", 150, "uk-ua", "Увага: синтезований голос.")
    assert profile.for_language("en").voice == "gmw/en-us"
    assert profile.for_language("en-GB").voice == "gmw/en"
    ru = profile.for_language("ru")  # no entry: the engine's voice for Russian, the built-in disclosure
    assert (ru.voice, ru.language, ru.rate, ru.disclosure_text) == (None, "ru", 180, DISCLOSURES["ru"])


@pytest.mark.parametrize("language", ["de", "fr-FR", "es", "it", "pt-BR", "pl"])
def test_articles_in_other_languages_open_with_the_disclosure_in_their_language(language):
    said = VoiceProfile().for_language(language).disclosure_text
    assert said == DISCLOSURES[language.split("-")[0]]
    assert said != DISCLOSURES["en"]


@pytest.mark.parametrize(
    "toml, message",
    [
        ('[languages.uk]\nspeed = 2\n', "unknown setting 'speed'; known settings: engine, voice, rate"),
        ('[languages.uk]\nrate = "fast"\n', "rate must be a whole number, not 'fast'"),
        ('[languages.uk]\nrate = 900\n', "[languages.uk], rate must be between 80 and 450"),
        ('[languages.Ukrainian]\nvoice = "zle/uk"\n', "[languages.Ukrainian] is not a language code"),
        ('languages = "uk"\n', "[languages] must hold one table per language"),
        ('max_workers = 0\n', "max_workers must be between 1 and 64"),
        ('language = "English"\n', "language must be a language code such as en or uk, not 'English'"),
        ('voice = 5\n', "voice must be text, not 5"),
    ],
)
def test_bad_language_settings_are_clear_errors(tmp_path, toml, message):
    from articlecast.errors import ConfigError

    path = tmp_path / "voice.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as error:
        VoiceProfile.load(path)
    assert message in str(error.value)


@pytest.fixture(scope="module")
def espeak():
    process = EngineProcess("espeak")
    yield process
    process.close()


def trimmed_seconds(clip: Clip) -> float:
    """How long a clip lasts in an episode: the engine's edge silence is trimmed."""
    return trim_silence(clip).duration


def cue_seconds(cue) -> float:
    return (cue.end_time.in_milliseconds() - cue.start_time.in_milliseconds()) / 1000


SPOKEN = {
    "kyiv-bridge-uk.md": [
        "відкрили для руху чотирнадцятого березня дві тисячі двадцять шостого року після двох років ремонту.",
        "Роботи коштували одна ціла дві десятих мільярда гривень.",
        "лише першого травня о шостій тридцять, а квиток подорожчає на дванадцять відсотків, до п'ятнадцяти гривень.",
        "Ремонт університету імені Шевченка триватиме до двадцять другого липня дві тисячі двадцять сьомого року.",
        "У дві тисячі двадцять шостому році Київ",
        "від вулиці Набережної до проспекту Перемоги, так званого південного входу.",
    ],
    "moscow-budget-ru.txt": [
        "вырастут на триста миллионов рублей.",
        "С первого января две тысячи двадцать седьмого года плата за вход вырастет на три целых пять десятых процента"
        " и составит сто пятьдесят рублей.",
        "Библиотеки откроют в девять часов.",
        "в городе Твери, то есть в здании администрации на улице Советской, дом пять.",
        "Он родился в тысяча девятьсот семидесятом году.",
    ],
}


@pytest.mark.parametrize(
    "source, language, voice, id3_language",
    [("kyiv-bridge-uk.md", "uk", "zle/uk", "ukr"), ("moscow-budget-ru.txt", "ru", "zle/ru", "rus")],
)
def test_article_in_another_language_end_to_end(tmp_path, espeak, source, language, voice, id3_language):
    """The article's language picks the voice, the splitter, the disclosure and the number words; ID3 and the
    catalog follow it, and so does the feed unless articlecast.toml sets its language."""
    script = run_cli("script", str(DATA / source), "--json")
    assert script.returncode == 0, script.stderr
    spoken = " ".join(segment["spoken"] for segment in json.loads(script.stdout)["segments"])
    for words in SPOKEN[source]:
        assert words in spoken
    assert not any(char.isdigit() for char in spoken)

    out = tmp_path / "out"
    result = run_cli("build", str(DATA / source), "-o", str(out), "-q")
    assert result.returncode == 0, result.stderr
    mp3 = out / (source.rsplit(".", 1)[0] + ".mp3")
    cues = check_episode_audio(mp3, mp3.with_suffix(".vtt"))
    article = load_article(DATA / source)
    expected = [DISCLOSURES[language], article.title]
    for block in article.blocks:
        expected += [block.text] if block.kind == "heading" else split_sentences(block.text, language)
    assert [cue.text for cue in cues] == expected

    title_cue = cues[1]
    profile = VoiceProfile(voice=voice, language=language)
    chosen = trimmed_seconds(espeak.run("synthesize", article.title, profile))
    english = trimmed_seconds(espeak.run("synthesize", article.title, VoiceProfile(voice="gmw/en")))
    assert cue_seconds(title_cue) == pytest.approx(chosen, abs=0.0015)  # the same voice gives the same samples
    assert abs(english - chosen) > 0.05

    assert ffprobe(mp3)["streams"][0]["sample_rate"] == "44100"
    tags = ID3(mp3)
    assert [frame.lang for frame in tags.getall("USLT")] == [id3_language]
    assert DISCLOSURES[language] in str(tags.getall("TXXX")[0])
    feed = (out / "feed.xml").read_bytes()
    assert DISCLOSURES[language].encode() in feed
    assert feed_languages(feed) == (language, language)  # not configured: the feed follows its episodes
    listed = run_cli("episodes", "-o", str(out), "--json")
    assert [episode["language"] for episode in json.loads(listed.stdout)] == [language]

    settings = tmp_path / "articlecast.toml"
    settings.write_text('[channel]\nlanguage = "en"\n')
    result = run_cli("feed", "-o", str(out), "-c", str(settings))
    assert result.returncode == 0, result.stderr
    assert feed_languages((out / "feed.xml").read_bytes()) == ("en", "en")  # configured: that wins


def feed_languages(feed: bytes) -> tuple[str, str]:
    """The channel language as podcastparser and feedparser read it."""
    return podcastparser.parse("feed.xml", io.BytesIO(feed))["language"], feedparser.parse(feed).feed.language


def test_voices_command_filters_by_language(cli):
    result = cli("voices", "--engine", "espeak", "--language", "ru", "--json")
    assert result.exit_code == 0
    assert {voice["id"] for voice in json.loads(result.output)} == {"zle/ru", "zle/ru-lv"}
