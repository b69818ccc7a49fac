"""How long normalising a 10,000-word article takes (run by hand: python bench/normalize.py).

The article is generated from news-like sentences full of what the rules read:
numbers, money, dates, times, units, initialisms, titles, addresses and quotes.
Prints the time of normalisation alone (sentence by sentence, as prepare() calls
it) and of the whole prepare stage (sentence splitting, cutting, normalising).
"""

from __future__ import annotations

import random
import time

from articlecast.article import Article, Block
from articlecast.config import VoiceProfile
from articlecast.speech import prepare
from articlecast.speech.normalize import normalize
from articlecast.speech.sentences import split_sentences

WORDS = 10_000
TEMPLATES = [
    "On July {day}, {year}, the ICC said Mr. Smith paid ${money} million for {count} homes near St. Petersburg.",
    "Lukashenko will meet Putin on {day} March to discuss “security issues” (and sanctions) — again.",
    "Prices rose {pct}% in {year}–{year2}, while the EU gave €{money}m and the UK £{money}bn.",
    "At {hour}:{minute} p.m. the temperature was -{small}°C and winds reached {count} km/h.",
    "Some {big:,} children were taken; see https://example.org/news or write to desk@example.org.",
    "King Charles III and Lt. Col. Ivan Petrov met in the {decade}s, during World War II, etc.",
    "The 19th-century building, No. {small}, holds {small}/{denominator} of the archive’s {count} files.",
    "NATO, UNESCO and MEPs backed the plan; the FBI, the OSCE and NGOs did not.",
    "Follow @KyivIndependent and #StandWithUkraine for the {ordinal}th update.",
    "Сeasefire talks resumed 👍 after a {small}-hour pause… officials said.",
    "The council approved the budget after a long debate about schools, roads and parks in the city.",
]


def article_text(words: int, seed: int = 1) -> str:
    """Sentences from :data:`TEMPLATES` with random values until ``words`` words."""
    rng = random.Random(seed)
    sentences: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(TEMPLATES).format(
            day=rng.randint(1, 28), year=rng.randint(1990, 2030), year2=rng.randint(1990, 2030),
            money=round(rng.uniform(1, 99), 1), count=rng.randint(2, 999), pct=rng.randint(1, 99),
            hour=rng.randint(1, 12), minute=f"{rng.randint(0, 59):02d}", small=rng.randint(2, 9),
            big=rng.randint(1000, 999_999), decade=rng.choice([1960, 1970, 1980, 1990]),
            denominator=rng.randint(10, 12), ordinal=rng.randint(4, 20),
        )  # fmt: skip
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def seconds(run, repeat: int = 3) -> tuple[float, float]:
    """Seconds of the first run, and the best of ``repeat`` more."""
    start = time.perf_counter()
    run()
    first = time.perf_counter() - start
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return first, min(times)


def main() -> None:
    text = article_text(WORDS)
    paragraphs = [" ".join(text.split()[i : i + 100]) for i in range(0, WORDS, 100)]
    sentences = [sentence for paragraph in paragraphs for sentence in split_sentences(paragraph)]
    article = Article("Benchmark", [Block("paragraph", paragraph) for paragraph in paragraphs])
    print(f"{len(text.split())} words, {len(sentences)} sentences, {len(text)} characters")
    first, best = seconds(lambda: [normalize(sentence, "en") for sentence in sentences])
    print(f"normalize, sentence by sentence: first run {first:.3f} s, then best {best:.3f} s")
    profile = VoiceProfile()
    first, best = seconds(lambda: prepare(article, profile.script_for(article.language)))
    print(f"prepare (split + normalize):     first run {first:.3f} s, then best {best:.3f} s")


if __name__ == "__main__":
    main()
