"""The command line: a thin layer over the library.

Exit codes: 0 success; 2 usage or input error; 1 any other failure. Errors are one line on
stderr, never a traceback (set EXTRACTOR_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from .errors import ExtractorError, InputError, ModelError, UsageError

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse prints the whole usage block; one line is easier to read in a pipeline.
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _build_parser() -> argparse.ArgumentParser:
    from .version import __version__

    parser = _Parser(prog="extractor", description="Extract and compare facts in news articles.")
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("extract", help="print the record of each article as JSON")
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.txt .html .json), or -"
    )
    p.add_argument("--lang", choices=None, help="language code (default: detect)")
    p.add_argument("--published", help="publication date (ISO), for relative dates")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--model", help="a spaCy pipeline name or path to use for NER")

    p = sub.add_parser("diff", help="compare what two or more sources say")
    p.add_argument("paths", nargs="+", metavar="PATH", help="articles or saved records (.json)")
    p.add_argument("--label", action="append", dest="labels", help="label per source (repeat)")
    p.add_argument("--json", action="store_true", help="print the diff record as JSON")
    p.add_argument("--pretty", action="store_true", help="indented JSON (with --json)")
    p.add_argument("--html", type=Path, metavar="FILE", help="also write an HTML report")

    p = sub.add_parser("batch", help="extract many articles into JSON Lines")
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, folders, globs or .jsonl files"
    )
    p.add_argument("-o", "--output", type=Path, help="output .jsonl (default: standard output)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--dask", metavar="ADDRESS", help="a Dask scheduler address, or 'local'")
    p.add_argument("--resume", action="store_true", help="skip ids already in the output")
    p.add_argument("--chunk-size", type=int, default=16, help="articles per task (default 16)")
    p.add_argument("--lang", help="language of every article (default: per article)")
    p.add_argument("--published", help="publication date of every article (ISO)")
    p.add_argument("--model", help="a spaCy pipeline name or path to use for NER")
    p.add_argument("--entities", type=Path, metavar="REGISTRY", help="write the entity registry")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    p = sub.add_parser("table", help="write records' facts and mentions as Parquet or CSV")
    p.add_argument("records", type=Path, metavar="RECORDS", help="records (.jsonl or .json)")
    p.add_argument("-o", "--output", type=Path, required=True, help="output file: .parquet or .csv")

    p = sub.add_parser("schema", help="print the JSON Schema of a record or a diff")
    p.add_argument("which", nargs="?", default="record", choices=["record", "diff", "error"])

    p = sub.add_parser("explain", help="show why each spelling was linked to its entity")
    p.add_argument("path", metavar="RECORD_OR_ARTICLE")

    p = sub.add_parser("evaluate", help="score the extractor on reference data")
    p.add_argument("suite", choices=["seeds", "news", "temporal", "ner", "reconcile", "diff"])
    p.add_argument(
        "dir",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="data folder (the same as --data)",
    )
    p.add_argument(
        "--data",
        type=Path,
        help="data folder (default: corpus/seeds for seeds, ../shared/news-dev for news, "
        "../shared/news-diff for diff, ../shared/data/SUITE otherwise)",
    )

    p.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="seeds, news, diff: pin these scores as the baseline the tests hold the extractor to",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="ner: score the whole extractor (rules and gazetteers on the model), not the model",
    )
    p.add_argument(
        "--published-from-gold",
        action="store_true",
        help="news: also score dates and durations with the gold publication date given "
        "(reported apart; the main score never sees it)",
    )

    p = sub.add_parser("serve", help="run the HTTP service (POST /extract, /diff; /docs)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--no-access-log", action="store_true", help="do not log every request")

    p = sub.add_parser("bench", help="measure speed (one process unless stated)")
    p.add_argument(
        "what",
        nargs="?",
        default="pipeline",
        choices=["pipeline", "temporal", "batch", "diff", "serve"],
    )
    p.add_argument("--input", type=Path, action="append", help="article files or folders")
    p.add_argument("--docs", type=int, default=300, help="documents, repeating the inputs")
    p.add_argument("--model", help="a spaCy pipeline name or path to use for NER")
    p.add_argument(
        "--workers", type=int, default=2, help="batch, serve: worker processes to compare"
    )
    p.add_argument("--clients", type=int, default=16, help="serve: concurrent clients")
    p.add_argument(
        "--memory-docs",
        type=int,
        nargs="*",
        default=[],
        metavar="N",
        help="batch: corpus sizes at which to measure peak memory (e.g. 1000 20000)",
    )
    return parser


def _print_json(data: str) -> None:
    sys.stdout.write(data + "\n")


def _write_file(path: Path, text: str) -> None:
    """Write an output file the user named; a path that cannot be written is an input error."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


def _cmd_extract(args: argparse.Namespace) -> int:
    from .api import extract, extract_file
    from .ingest.encoding import decode_bytes

    if len(args.paths) > 1 and "-" in args.paths:
        raise UsageError("'-' (standard input) cannot be combined with file paths")
    indent = 2 if args.pretty and len(args.paths) == 1 else None
    for path in args.paths:
        if path == "-":
            # Bytes, decoded as a file is: sys.stdin's own decoding depends on the locale and
            # lets undecodable bytes through as lone surrogates.
            decoded = decode_bytes(sys.stdin.buffer.read(), "standard input")
            record = extract(
                decoded.text,
                lang=args.lang,
                published=args.published,
                source={"id": None, "encoding": decoded.encoding},
                model=args.model,
            )
        else:
            record = extract_file(path, lang=args.lang, published=args.published, model=args.model)
        _print_json(record.model_dump_json(indent=indent))
    return 0


def _cmd_diff(args: argparse.Namespace) -> int:
    from .compare import diff, load_record_or_article, render_html, render_text

    if len(args.paths) < 2:
        raise UsageError("diff needs at least two sources")
    if args.labels is not None and len(args.labels) != len(args.paths):
        raise UsageError(f"{len(args.labels)} labels given for {len(args.paths)} sources")
    records = [load_record_or_article(path) for path in args.paths]
    labels = args.labels or [Path(path).stem for path in args.paths]
    result = diff(records, labels=labels)
    if args.html is not None:
        _write_file(args.html, render_html(result, records))
    if args.json:
        _print_json(result.model_dump_json(indent=2 if args.pretty else None))
    else:
        sys.stdout.write(render_text(result, color=sys.stdout.isatty()))
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import BatchOptions, run_batch

    if args.chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    options = BatchOptions(lang=args.lang, published=args.published, model=args.model)
    if args.published:
        from .ingest import parse_published

        parse_published(args.published)  # fail before any work
    if args.lang:
        from .lang import require_language

        require_language(args.lang)  # here, not per article: every article would fail alike
    collector = None
    on_record = None
    if args.entities is not None:
        from .batch.registry import RegistryCollector

        collector = RegistryCollector()
        on_record = collector.add
    summary = run_batch(
        args.inputs,
        args.output,
        options=options,
        workers=args.workers,
        dask=args.dask,
        resume=args.resume,
        chunk_size=args.chunk_size,
        progress=False if args.no_progress else None,
        on_record=on_record,
    )
    if summary.total == 0:
        raise InputError("no articles found in the inputs (.txt .html .json .jsonl)")
    if collector is not None:
        _write_file(args.entities, collector.to_json())
    print(summary.line(), file=sys.stderr)
    for article_id, reason in summary.failures[:5]:
        print(f"  failed: {article_id}: {reason}", file=sys.stderr)
    return 1 if summary.failed else 0


def _cmd_table(args: argparse.Namespace) -> int:
    from .tables import read_records, write_table

    if args.output.suffix.lower() not in (".parquet", ".csv"):
        raise UsageError(f"{args.output}: the output must end in .parquet or .csv")
    records = read_records(args.records)
    rows = write_table(records, args.output)
    print(f"{rows} rows from {len(records)} records: {args.output}", file=sys.stderr)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schemas import schema_json

    _print_json(schema_json(args.which))
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    from .compare import load_record_or_article
    from .explain import explain

    sys.stdout.write(explain(load_record_or_article(args.path)))
    return 0


def _default_data(suite: str) -> Path:
    repo = Path(__file__).resolve().parent.parent
    if suite == "seeds":
        return repo / "corpus" / "seeds"
    if suite == "news":
        return repo.parent / "shared" / "news-dev"
    if suite == "diff":
        return repo.parent / "shared" / "news-diff"
    return repo.parent / "shared" / "data" / suite


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import importlib

    if args.dir is not None and args.data is not None:
        raise UsageError("give the data folder once: DIR or --data")
    if args.full and args.suite != "ner":
        raise UsageError("--full is only for the ner suite")
    if args.published_from_gold and args.suite != "news":
        raise UsageError("--published-from-gold is only for the news suite")
    if args.write_baseline is not None and args.suite not in ("seeds", "news", "diff"):
        raise UsageError(
            "--write-baseline is only for the seeds and news suites and the diff suite"
        )
    data = args.dir or args.data or _default_data(args.suite)
    if args.suite != "reconcile" and not data.exists():
        raise InputError(f"{data}: no such data folder (pass DIR or --data)")
    module = importlib.import_module(f"extractor.evaluate.{args.suite}")
    if args.suite == "reconcile":
        result = module.evaluate()
    elif args.suite == "ner":
        result = module.evaluate(data, full=args.full)
    elif args.suite == "news":
        result = module.evaluate(data, published_from_gold=args.published_from_gold)
    else:
        result = module.evaluate(data)
    if isinstance(result, list) and not result:
        # The ner and temporal suites skip the test files they do not find: none at all means
        # --data points at the wrong folder, not a score of nothing.
        raise InputError(f"{data}: no {args.suite} evaluation data found (pass --data)")
    sys.stdout.write(module.render(result) + "\n")
    if args.write_baseline is not None:
        if args.suite in ("news", "diff"):
            pinned = module.baseline(result)
        else:
            pinned = module.baseline(result, result["languages"])
        _write_file(args.write_baseline, json.dumps(pinned, indent=2) + "\n")
    return 0


def _bench_temporal(args: argparse.Namespace) -> int:
    """Our tagger against dateparser.search_dates on the corpus articles and their gold."""
    import datetime as dt

    from .evaluate.temporal import bench, bench_news, render

    if args.input:  # folders of real news with gold ('evaluate news' format)
        rows = [r for d in args.input for r in bench_news(d)]
        sys.stdout.write(render(rows) + "\n")
        return 0
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    golds = sorted((corpus / "gold").glob("*.json"))
    if not golds:
        raise InputError(f"{corpus}/gold: no gold files to measure against")
    by_lang: dict[str, list[tuple[str, dict[str, object], dt.date | None]]] = {}
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (corpus / "seeds" / gold["file"]).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        by_lang.setdefault(gold["lang"], []).append((text, gold, published))
    rows = []
    per_lang = max(args.docs // len(by_lang), 1)
    for lang, items in sorted(by_lang.items()):
        repeated = [items[i % len(items)] for i in range(per_lang)]
        rows += bench(
            [t for t, _, _ in repeated],
            lang,
            [g for _, g, _ in repeated],
            [a for _, _, a in repeated],
        )
    sys.stdout.write(render(rows) + "\n")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    serve(args.host, args.port, args.workers, access_log=not args.no_access_log)
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from .bench import bench_pipeline, load_texts, render_pipeline

    if args.docs < 1:
        raise UsageError("--docs must be at least 1")
    if args.what == "temporal":
        return _bench_temporal(args)
    paths = args.input or [Path(__file__).resolve().parent.parent / "corpus" / "seeds"]
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    texts = load_texts(paths, args.docs)
    if not texts:
        raise InputError("no articles to measure (pass --input)")
    if args.what == "diff":
        from .bench import bench_diff, render_diff

        # 6 articles unless --docs says otherwise (the default --docs is the pipeline's 300)
        count = args.docs if args.docs != 300 else 6
        sys.stdout.write(render_diff(bench_diff(load_texts(paths, count))) + "\n")
        return 0
    if args.what == "serve":
        from .serve.bench import bench_serve, render_serve

        if args.workers < 1 or args.clients < 1:
            raise UsageError("--workers and --clients must be at least 1")
        sys.stdout.write(render_serve(bench_serve(texts, args.workers, args.clients)) + "\n")
        return 0
    if args.what == "batch":
        from .bench import bench_batch, render_batch

        result = bench_batch(texts, args.workers, args.memory_docs)
        sys.stdout.write(render_batch(result) + "\n")
        return 0
    sys.stdout.write(render_pipeline(bench_pipeline(texts, model=args.model)) + "\n")
    return 0


_COMMANDS = {
    "extract": _cmd_extract,
    "diff": _cmd_diff,
    "batch": _cmd_batch,
    "table": _cmd_table,
    "schema": _cmd_schema,
    "explain": _cmd_explain,
    "evaluate": _cmd_evaluate,
    "serve": _cmd_serve,
    "bench": _cmd_bench,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (UsageError, InputError) as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        return 2
    except ModelError as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        # A --model that cannot be loaded is a bad option; the shipped models failing is not.
        return 2 if getattr(args, "model", None) else 1
    except ExtractorError as exc:
        print(f"extractor: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `extractor extract ... | head`: the reader left; not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the CLI promises no tracebacks
        if os.environ.get("EXTRACTOR_DEBUG"):
            raise
        # One line, as promised: a pydantic or library message can span many.
        reason = " ".join(str(exc).split())
        print(f"extractor: internal error: {type(exc).__name__}: {reason}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
