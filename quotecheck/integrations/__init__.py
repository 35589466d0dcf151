"""Integrations with other frameworks (``quotecheck.integrations.dask``)."""
