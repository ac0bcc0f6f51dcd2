"""The dataset as the commands see it: one import for the three parts it is made of.

- datafile.py reads dataset files (where they are, only regular files, a size limit, the byte
  range of every entry) and checks them;
- index.py is the SQLite index (building it, and `Store`, read access with named rows);
- cache.py is the cache directory (the index's name, one builder at a time, temporary files,
  healing a damaged or stale index, the in-memory fallback).

Other modules import from here; the names below stay stable when the parts move.
"""

from __future__ import annotations

from .cache import IndexCache, cache_dir, files_key, open_store
from .datafile import (
    MAX_FILE_BYTES,
    bundled_dir,
    bundled_files,
    bundled_paths,
    check_file,
    iter_entries,
    parse_file,
    read_data,
    user_files,
    validate_file,
)
from .errors import warn  # the one printer of messages is errors.message
from .index import INDEX_FORMAT, IndexStale, Store, build

__all__ = [
    "INDEX_FORMAT", "MAX_FILE_BYTES", "IndexCache", "IndexStale", "Store", "build", "bundled_dir",
    "bundled_files", "bundled_paths", "cache_dir", "check_file", "files_key", "iter_entries", "open_store", "parse_file", "read_data",
    "user_files", "validate_file", "warn",
]
