"""Reconciliation: one entity, one id.

- `names`     same_person(a, b) -> Link | None, canonical_person_name(spellings) (pure Python)
- `keys`      phonetic keys that fold every romanisation scheme's spelling together
- `translit`  iuliia back-transliteration: which scheme wrote a spelling, press-style rewriting
- `cluster`   blocked clustering of person names (no all-pairs comparison)
- `component` the `extractor_reconcile` spaCy factory (doc._.entities -> doc._.clusters)
- `registry`  reconcile(records) -> Registry: one id per entity across articles
"""
