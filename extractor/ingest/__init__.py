"""Ingestion: plain text with byline headers, HTML pages, JSON objects -> Article."""

from .article import Article, parse_published
from .header import Header, parse_header
from .language import detect_language
from .loaders import article_from_html, article_from_mapping, article_from_text, load_article

__all__ = [
    "Article",
    "Header",
    "article_from_html",
    "article_from_mapping",
    "article_from_text",
    "detect_language",
    "load_article",
    "parse_header",
    "parse_published",
]
