"""Articles in, claims out: reading inputs and writing results to disk.

Reading: files and folders of ``.txt``, ``.json`` and ``.jsonl`` (``reader``), local paths, globs
and fsspec URLs (``locations``), an article's publication date from its metadata or byline
(``published``) and the shared research corpora by document id (``corpora``). Writing: atomic
files (``writer``), safe output names and temporary files (``output_files``), the output folder
or JSON lines with its index (``output``), ``--resume`` over what is already on disk
(``resume``) and plain-text views of extracted articles for the terminal (``report``).
"""
