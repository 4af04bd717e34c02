from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("extractor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

# Bump when the JSON shape of a record or diff changes incompatibly.
SCHEMA_VERSION = "1.0"
