"""Beyond one process: the inputs cut into partitions and mapped over a Dask cluster.

:mod:`.partitions` plans and reads partitions (no Dask needed); :mod:`.on_dask` runs the pipeline
on them (``analyse --engine dask``) and :mod:`.ingest_dask` stores the results (``ingest --engine
dask``). Dask is optional: ``pip install 'narrascope[dask]'``.
"""
