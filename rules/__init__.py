"""claimx's rule files: YAML data, shipped in the wheel as the package ``claimx.rules``."""
