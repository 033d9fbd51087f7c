"""Data shipped with narrascope: the default catalogue and the calibrated matcher weights."""
