"""claimx: checkable quantity claims from Portuguese news."""

__version__ = "0.1.0"
