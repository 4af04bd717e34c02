"""The public surface is small and pinned: changing it is a deliberate act."""

import extractor

PUBLIC = {
    "Diff",
    "ExtractorError",
    "InputError",
    "ModelError",
    "Record",
    "UnsupportedLanguageError",
    "UsageError",
    "__version__",
    "diff",
    "extract",
    "extract_article",
    "extract_file",
    "table",
}


def test_all_is_pinned() -> None:
    assert set(extractor.__all__) == PUBLIC


def test_all_names_exist() -> None:
    for name in extractor.__all__:
        assert getattr(extractor, name) is not None
