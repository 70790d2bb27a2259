"""Running ``claimx extract`` over a corpus of any size, on one core, many, or a Dask cluster.

``run`` is one run (inputs → plan → engine → output) and ``options`` checks its options before
any work starts; ``jobs`` is what every engine does per article (extract, render JSON, in input
order); the engines are this process, a pool of worker processes (``parallel``) and a Dask
cluster (``cluster``); ``process`` tunes claimx's own processes; ``bench`` and
``bench_engines`` measure throughput (``make bench``).
"""
