"""Speed measurements that users can run: `extractor bench`.

Speed targets are checked here, never in timed tests. Every figure is for one process on
one core unless it says otherwise.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PipelineBench", "bench_pipeline", "load_texts", "render_pipeline"]


def load_texts(paths: Sequence[Path], repeat_to: int) -> list[tuple[str, str]]:
    """(lang, text) pairs from article files, repeated to `repeat_to` documents."""
    from .ingest import load_article

    base = []
    for path in paths:
        files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
        for file in files:
            article = load_article(file)
            base.append((str(article.language), article.text))
    if not base:
        return []
    return [base[i % len(base)] for i in range(repeat_to)]


@dataclass(slots=True)
class PipelineBench:
    docs: int
    words: int
    seconds: dict[str, float]  # stage name -> seconds for all docs

    def wps(self, stage: str) -> float:
        return self.words / self.seconds[stage] if self.seconds[stage] else float("inf")


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_pipeline(texts: Sequence[tuple[str, str]], model: str | None = None) -> PipelineBench:
    """Tokeniser alone, the statistical NER pass alone, and the whole extraction, same texts."""
    from .api import extract_articles
    from .ingest import article_from_text
    from .pipeline import get_nlp

    langs = sorted({lang for lang, _ in texts})
    for lang in langs:  # loading is not what we measure
        get_nlp(lang, model)
    by_lang = {lang: [t for lg, t in texts if lg == lang] for lang in langs}
    words = 0
    tokenizer = ner = 0.0
    for lang, group in by_lang.items():
        nlp = get_nlp(lang, model)
        words += sum(len(nlp.make_doc(t)) for t in group)
        tokenizer += _timed(lambda: [nlp.make_doc(t) for t in group])  # noqa: B023
        # The statistical pass: tokenizer plus the trained components, nothing of ours.
        base = [name for name, _ in nlp.pipeline if not name.startswith("extractor_")]
        with nlp.select_pipes(enable=[n for n in base if n != "sentencizer"]):
            ner += _timed(lambda: list(nlp.pipe(group, batch_size=32)))  # noqa: B023
    articles = [article_from_text(t, lang=lang) for lang, t in texts]
    total = _timed(lambda: list(extract_articles(articles, model=model, batch_size=32)))
    return PipelineBench(
        docs=len(texts),
        words=words,
        seconds={"tokenizer": tokenizer, "ner": ner, "extract": total},
    )


def render_pipeline(result: PipelineBench) -> str:
    lines = [f"{result.docs} documents, {result.words} words, one process"]
    lines.append(f"{'stage':<12} {'seconds':>8} {'words/s':>10} {'docs/s':>8}")
    for stage, seconds in result.seconds.items():
        docs_per_s = result.docs / seconds if seconds else float("inf")
        lines.append(f"{stage:<12} {seconds:>8.2f} {result.wps(stage):>10.0f} {docs_per_s:>8.1f}")
    ner, total = result.seconds["ner"], result.seconds["extract"]
    tok = result.seconds["tokenizer"]
    lines.append(
        f"end-to-end / NER pass: {total / ner:.2f}x   end-to-end / tokenizer: {total / tok:.1f}x"
    )
    return "\n".join(lines)
